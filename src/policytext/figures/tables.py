"""Figures in tables: a number in a cell takes its unit and subject from its column's header.

Reports carry many of their figures in tables (a DOCX, HTML or PDF table, read as TAB
rows; a table pasted into a .txt). Under a header 党员数（名） a column reads 186, 52, …,
1093: bare numbers the running-text extractor cannot read, since the unit and the noun
are in the header. Here every numeric cell becomes a figure

* whose span is the number in the cell itself (offsets into the cleaned text),
* whose unit comes from the cell (100%, 27.9万元) or else from the header's bracket
  (（名）, (万元), （%）) or its last word (组织覆盖率 is a share),
* whose subject is the header's noun (党员数 -> 党员; 其中党员 right of 骨干教师数 ->
  骨干教师中的党员), prefixed by the row's label (小学党员) unless the row is the table's
  total (合计, 总计, 全县),
* whose sentence is the row, as written.

Cells that hold running text (工作内容 | 完成情况) keep the figures the text extractor
found in them.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from ..records import Document, Figure, Table
from .lexicon import cues
from .patterns import PERIOD

if TYPE_CHECKING:
    from .extract import FigureExtractor

#: a header's unit in brackets at its end: 党员数（名）, 经费(万元), 比例（%）
HEADER_UNIT = re.compile(r"[（(]\s*([^（）()]{1,4}?)\s*[）)]\s*$")
#: a header that names a share: its bare numbers are percentages
#: the word that ends a rate's name (组织覆盖率, 党员比例); the check reads rate columns by it too
RATE_WORD = r"(?:率|比例|占比|比重)"
_SHARE_HEADER = re.compile(rf"{RATE_WORD}$")
#: a cell that is one number, with at most a qualifier and a unit of its own
_NUMERIC = re.compile(r"^(?:约|近|超过)?\s*[0-9][0-9,，]*(?:\.[0-9]+)?\s*[万亿]?\s*[^\d\s]{0,3}$")
#: a row that totals the others: its figures speak for the whole table
TOTAL_ROW = re.compile(r"^(?:合\s*计|总\s*计|共\s*计|总\s*数|总\s*体|全(?:县|市|区|省|州|盟|旗|校|镇|乡)(?:合计)?)$")
#: a header that is a part of the column on its left (其中党员, 其中：女), or an indicator
#: row that is a part of the row above it (其中：专职)
_PART = re.compile(r"^其中[：:、]?")
#: a count noun's 数 (党员数 -> 党员), not in 人数 or 次数, which say what they count
_COUNT_SUFFIX = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?<![人次])数(?:量)?$")


@dataclass(slots=True)
class Row:
    """One row of a table: its span and its cells' spans (stripped) in the cleaned text."""

    start: int
    end: int
    cells: list[tuple[int, int]]


def rows(text: str, table: Table) -> list[Row]:
    """The table's rows with their cells' offsets, header rows included."""
    out = []
    pos = table.start
    for line in text[table.start:table.end].split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if "\t" not in line:
            continue
        cells = []
        at = start
        for cell in line.split("\t"):
            s, e = at, at + len(cell)
            at = e + 1
            while s < e and text[s] in " \u3000":
                s += 1
            while e > s and text[e - 1] in " \u3000":
                e -= 1
            cells.append((s, e))
        out.append(Row(start, end, cells))
    return out


def is_numeric(cell: str) -> bool:
    return bool(_NUMERIC.match(cell.strip()))


#: a header cell that names a year (2025年, 2025年度, 2024学年)
_YEAR_CELL = re.compile(r"(?:19|20)\d{2}(?:年度?|学年)?")


def header_rows(text: str, table_rows: list[Row]) -> int:
    """How many leading rows are headers: rows without a numeric cell."""
    n = 0
    for r in table_rows:
        # (a row of years, 指标 | 2023年 | 2024年 | 2025年, names columns: it holds no data)
        if any(is_numeric(text[s:e]) and not _YEAR_CELL.fullmatch(text[s:e].strip()) for s, e in r.cells):
            break
        n += 1
    return n if n < len(table_rows) else 0


def headers(text: str, table_rows: list[Row], n_header: int) -> list[str]:
    """Each column's header, the header rows' cells joined (年度 / 党员数（名）)."""
    width = max(len(r.cells) for r in table_rows)
    grid = [[text[s:e] for s, e in r.cells] + [""] * (width - len(r.cells)) for r in table_rows[:n_header]]
    # a merged group cell (上半年 over 计划 | 实际) is copied out once, then empty cells: each
    # empty cell of an upper row over a cell of the row below belongs to the group on its left
    for upper, lower in pairwise(grid):
        for j in range(1, width):
            if not upper[j] and lower[j] and upper[j - 1]:
                upper[j] = upper[j - 1]
    out = []
    for j in range(width):
        parts: list[str] = []
        for row in grid:
            if row[j] and row[j] not in parts:
                parts.append(row[j])
        out.append("".join(parts))
    return out


def noun(header: str) -> str:
    """What a column counts: the header without its unit bracket and count suffix."""
    h = HEADER_UNIT.sub("", header).strip()
    return _COUNT_SUFFIX.sub("", h)


def subjects(heads: list[str]) -> list[str]:
    """Each column's subject; a 其中 column is a part of the nearest whole column on its left."""
    out: list[str] = []
    whole = ""
    for h in heads:
        n = noun(h)
        if _PART.match(n) and whole:
            out.append(f"{whole}中的{_PART.sub('', n)}")
        else:
            out.append(n)
            whole = n
    return out


def header_unit(header: str) -> str | None:
    """The unit in a header's closing bracket (党员数（名） -> 名), if any."""
    m = HEADER_UNIT.search(header)
    if m is None:
        return None
    return re.sub(r"^(?:人均|平均|每人)", "", m.group(1)) or None  # 集中学习（人均学时）: 学时 each


def named_unit(name: str) -> str | None:
    """The unit a name gives the bare numbers under it: its bracket (党员数（名） -> 名), else
    the unit word it ends with (参与人数 -> 人, 人均学时 -> 学时, 参训率 -> %; cues.yaml
    ``name_units``)."""
    unit = header_unit(name)
    if unit:
        return unit
    bare = noun(name)
    return next((u for word, u in _name_units() if bare.endswith(word)), None)


@lru_cache(maxsize=1)
def _name_units() -> tuple[tuple[str, str], ...]:
    """``name_units`` of cues.yaml, longest word first (人次数 before 次数)."""
    table = cues().get("name_units") or {}
    return tuple(sorted(((str(w), str(u)) for w, u in table.items()), key=lambda p: -len(p[0])))


def unit_for(header: str, cell: str) -> str:
    """The unit a bare number takes from its header (1093 under 党员数（名） is 1093名; 98.5
    under 参训率 is 98.5%, 34 under 参与人数 is 34人); '' when the cell writes its own (100%,
    27.9万元)."""
    if re.search(r"[^\d.,，\s]$", cell):
        return ""
    return named_unit(header) or ("%" if _SHARE_HEADER.search(noun(header)) else "")


def is_total(label: str) -> bool:
    return bool(TOTAL_ROW.match(label.strip()))


def label_of(text: str, row: Row) -> str:
    """The row's label: its first cell, when that is not a number."""
    if not row.cells:
        return ""
    s, e = row.cells[0]
    return "" if is_numeric(text[s:e]) else text[s:e]


#: an indicator table (统计表): one indicator a row, its unit and value in columns of their own
#: (序号 | 指标 | 单位 | 数量 | 备注): the unit and the noun are in the row, not the header
_LABEL_HEAD = re.compile(r"^(?:指标|指标名称|项目|项目名称|统计项目|统计指标|内容|名称|类别)$")
_UNIT_HEAD = re.compile(r"^(?:计量)?单位$")
_VALUE_HEAD = re.compile(r"^(?:数量|数值|数据|数|完成数|完成值|实际完成|实际完成数|合计|总数|本年|本年度|本期|"
                         r"全年|\d{4}年(?:度)?(?:数)?)$")
_NOTE_HEAD = re.compile(r"^(?:备注|说明|情况说明)$")
#: a total over people and hours (2296 人·学时): hours added up over the heads
PERSON_HOURS = re.compile(r"^人[·•・.]?(学时|课时|小时)$")
#: a sub-row under the indicator above it: an indented label, 其中：…, or a 序号 such as 11.2
_SUB_NUMBER = re.compile(r"^\d+[.．]\d+$")


@dataclass(slots=True)
class LongForm:
    """The columns of an indicator table."""

    label: int
    unit: int
    values: list[int]
    notes: list[int]


def long_form(text: str, table_rows: list[Row]) -> LongForm | None:
    """The columns of an indicator table (序号 | 指标 | 单位 | 数量 | 备注), or None; of
    several year columns (2025年 | 2024年) only the latest holds the year's values."""
    if len(table_rows) < 2:
        return None
    heads = [text[s:e] for s, e in table_rows[0].cells]
    label = next((j for j, h in enumerate(heads) if _LABEL_HEAD.match(h)), None)
    unit = next((j for j, h in enumerate(heads) if _UNIT_HEAD.match(h)), None)
    values = [j for j, h in enumerate(heads) if _VALUE_HEAD.match(h)]
    if label is None or unit is None or not values:
        return None
    # 2025年 | 2024年: a column for an earlier year is the comparison, not the year reported
    years = {j: int(m.group()) for j in values if (m := re.match(r"\d{4}", heads[j]))}
    if len(years) >= 2:
        values = [j for j in values if years.get(j, max(years.values())) == max(years.values())]
    return LongForm(label, unit, values, [j for j, h in enumerate(heads) if _NOTE_HEAD.match(h)])


@dataclass(slots=True)
class Indicator:
    """One data row of an indicator table, read out."""

    row: Row
    name: str  # 党支部党员大会 (a sub-row: 党支部党员大会（高一年级党支部）)
    unit: str  # 次, 人·学时
    values: list[tuple[int, int]]  # the spans of its value cells
    note: str  # 备注


def indicators(text: str, table_rows: list[Row], form: LongForm) -> list[Indicator]:
    """The rows of an indicator table that hold a value, each named with its parent's name
    when it is a sub-row (11.2 / an indented label: 高二年级党支部 under 党支部党员大会)."""
    def cell(r: Row, j: int) -> str:
        return text[r.cells[j][0]:r.cells[j][1]] if j < len(r.cells) else ""

    out, parent = [], ""
    for r in table_rows[1:]:
        raw = text[r.start:r.end].split("\t")
        label = cell(r, form.label)
        number = cell(r, 0) if form.label else ""
        sub = bool(_SUB_NUMBER.match(number)) or bool(_PART.match(label)) or (
            form.label < len(raw) and raw[form.label][:1] in " \u3000" and bool(parent))
        name = _PART.sub("", label)
        if not sub:
            parent = name
        elif parent and not _PART.match(label):
            name = f"{parent}（{name}）"  # 高一年级党支部 of 党支部党员大会
        values = [r.cells[j] for j in form.values if j < len(r.cells) and is_numeric(cell(r, j))]
        if values:
            note = "；".join(cell(r, j) for j in form.notes if cell(r, j))
            out.append(Indicator(r, name, cell(r, form.unit), values, note))
    return out


#: a column that restates what is required (考核要求（摘要）, 评分标准, 目标要求): its cells copy
#: the guideline, so its figures and words report nothing done
_REQUIRED_HEAD = re.compile(r"^(?:考核|评分|评价|工作|指标|目标|检查)?(?:要求|标准|内容及要求|要求及标准)$")


def required_columns(text: str, table_rows: list[Row], n_header: int) -> set[int]:
    """The columns whose header says they hold what is required, not what was done."""
    if not n_header:
        return set()
    return {j for j, h in enumerate(headers(text, table_rows, n_header)) if _REQUIRED_HEAD.match(noun(h))}


def data_rows(doc: Document) -> Iterator[tuple[Table, list[Row], int]]:
    """Each table with its rows and the number of header rows (0 when it has none)."""
    for t in doc.tables:
        rs = rows(doc.text, t)
        if rs:
            yield t, rs, header_rows(doc.text, rs)


def table_figures(doc: Document, extractor: FigureExtractor, found: list[Figure]) -> list[Figure]:
    """``found`` (the running-text figures) with the figures of numeric table cells put in
    place of whatever the text extractor made of them."""
    text = doc.text
    made: list[Figure] = []
    replaced: list[tuple[int, int]] = []
    for _t, rs, n in data_rows(doc):
        form = long_form(text, rs)
        if form is not None:  # 序号 | 指标 | 单位 | 数量: each row names its own figure
            replaced.append((rs[0].start, rs[0].end))
            for ind in indicators(text, rs, form):
                unit = PERSON_HOURS.sub(r"\1", ind.unit)
                for s, e in ind.values:
                    fig = cell_figure(doc, extractor, text[s:e], s, e, f"{ind.name}（{unit}）",
                                       ind.name, text[ind.row.start:ind.row.end])
                    if fig is not None:
                        made.append(fig)
                        replaced.append((s, e))
            continue
        if not n:
            continue  # no header: the cells' meaning is unknown
        heads = headers(text, rs, n)
        subj = subjects(heads)
        replaced += [(r.start, r.end) for r in rs[:n]]  # a header's own 2025年 is no data either
        for r in rs[n:]:
            label = label_of(text, r)
            prefix = "" if not label or is_total(label) else label
            sentence = text[r.start:r.end]
            for j, (s, e) in enumerate(r.cells):
                cell = text[s:e]
                if j >= len(heads) or not is_numeric(cell) or (j == 0 and label):
                    continue
                # (a row of counts by period, 支委会（次） | 6 | 5: the row's name gives the unit)
                head = heads[j] if unit_for(heads[j], cell) or not label else f"{heads[j]}{label}"
                fig = cell_figure(doc, extractor, cell, s, e, head, prefix + subj[j], sentence)
                if fig is not None:
                    made.append(fig)
                    replaced.append((s, e))
    if not made and not replaced:
        return found
    kept = [f for f in found if not any(s <= f.start < e for s, e in replaced)]
    return sorted(kept + made, key=lambda f: f.start)


def _period(header: str) -> str | None:
    """The period a column is for, when its header names one (2025年党员数)."""
    found = [m.group() for m in PERIOD.finditer(header)]
    return found[-1] if found else None


def cell_figure(doc: Document, extractor: FigureExtractor, cell: str, s: int, e: int, header: str,
                subject: str, sentence: str) -> Figure | None:
    """The figure a table cell (or a data list's value) holds at ``s:e``, its unit from the
    *header* when the cell has none; None when the cell is no single number."""
    suffix = unit_for(header, cell)
    # read as the number in a clause (为186名。): the extractor takes a number at the very
    # start or end of a text for a code or a heading number
    cands = extractor.candidates(f"为{cell}{suffix}。")
    if len(cands) != 1 or cands[0].start != 1 or cands[0].end < len(cell) + 1:
        return None
    c = cands[0]
    return Figure(
        doc=doc.source, surface=cell, value=c.value, value_max=c.value_max, unit=c.unit,
        approx=c.approx, kind=c.kind, subject=subject or None,
        period=_period(header), sentence=sentence,
        section=doc.heading_path(s), start=s, end=e,
    )
