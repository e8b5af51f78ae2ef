"""Table rows as report passages: what a row says, in words a provision can be matched to.

An indicator table (统计表: 序号 | 指标 | 单位 | 数量 | 备注) names each figure in its own row:
the row reads out as 党委书记讲专题党课1次（6月，面向全体党员）, a sub-row with its parent's
name (党支部党员大会（高三年级党支部）3次).

A report's table row (合计	56	44	56	100%	1093	570	210) is evidence like a sentence,
but its words are in the header. For the check each data row is a passage whose span is
the row as written, and whose words for matching are the row read out with its header
(合计：学校56所，党组织44个，…，骨干教师570名，骨干教师中的党员210名). When a table has a
total row (合计, 全县), that row speaks for the whole and the rows it adds up are left out:
a provision binds the whole, and one category's figure is no verdict on it.

A 其中 column (其中党员 right of 骨干教师数) gives a share the report leaves to the reader:
210 of 570 is 36.8% 骨干教师中的党员, a figure spanning the two cells.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..figures.tables import (
    data_rows,
    headers,
    indicators,
    is_total,
    label_of,
    long_form,
    required_columns,
    subjects,
    unit_for,
)
from ..records import Document, Figure
from .roles import column_role


@dataclass(slots=True)
class RowPassage:
    start: int
    end: int
    words: str  # the row read out with its header, for matching
    role: str | None = None  # a cell under 存在问题 admits a gap, one under 下一步措施 plans
    least: bool = False  # a roster's row that holds the least value of one of its columns


def row_passages(doc: Document) -> list[RowPassage]:
    """The data rows a check reads, each with its words; only the total row of a table that has
    one, and of a roster also the rows with the least of a column (see :func:`_least_rows`)."""
    text = doc.text
    out = []
    for t, rs, n in data_rows(doc):
        caption = _caption(text, t.start)
        form = long_form(text, rs)
        if form is not None:  # 党委书记讲专题党课 | 次 | 1 | 6月: 党委书记讲专题党课1次（6月）
            for ind in indicators(text, rs, form):
                said = "、".join(text[s:e] + ind.unit for s, e in ind.values)
                note = f"（{ind.note}）" if ind.note else ""
                out.append(RowPassage(ind.row.start, ind.row.end, f"{caption}{ind.name}{said}{note}"))
            continue
        if not n:
            continue
        heads = headers(text, rs, n)
        subj = subjects(heads)
        required = required_columns(text, rs, n)
        # a column of gaps (存在问题) or of plans (下一步措施): its cells are passages of that role,
        # and no part of what the row shows done
        said_by = {j: role for j, head in enumerate(heads) if (role := column_role(head))}
        body = rs[n:]
        totals = [r for r in body if is_total(label_of(text, r))]
        for r in totals or body:
            label = label_of(text, r)
            # (a 考核要求 cell copies the guideline: nothing done)
            words = _read_out(text, r, heads, subj, required | set(said_by) | ({0} if label else set()))
            out.append(RowPassage(r.start, r.end, caption + (f"{label}：{words}" if label else words)))
        taken = {r.start for r in totals or body}
        out += [RowPassage(r.start, r.end, caption + _read_out(text, r, heads, subj, set()), least=True)
                for r in _least_rows(text, body, heads) if r.start not in taken]
        for r in body:
            # (a gap is of the row's task: 落实“三重一大”决策制度 | … | 个别…未经支委会前置研究)
            task = "，".join(text[slice(*r.cells[j])] for j in range(min(len(r.cells), len(heads)))
                            if j in required or j not in said_by and _TASK_COLUMN.search(heads[j]))
            for j, role in said_by.items():
                if j < len(r.cells) and (cell := text[slice(*r.cells[j])].strip()) and cell not in _EMPTY:
                    out.append(RowPassage(*r.cells[j], f"{caption}{task}｜{subj[j]}：{cell}", role))
    return out


#: a column that names the row's task (任务内容, 工作类别, 考核项目)
_TASK_COLUMN = re.compile(r"任务|项目|内容|类别|事项|指标|要求")
#: what an empty cell of a gaps or plans column says (无, —)
_EMPTY = {"无", "/", "—", "-", "——", "暂无", "无。"}


#: a roster's column of names (序号 | 姓名 | 类别 | 集中学习学时 | …): one row per person
_NAME_HEADER = re.compile(r"^(?:党员|教师)?姓\s*名$"
                          # …or one row per school or branch (学校 | 主题党日（次） | …)
                          r"|^(?:学校|学校名称|校名|单位|单位名称|党支部|支部|党组织)$")
#: a roster's average row (人均, 平均), which no person reached
_AVERAGE_ROW = re.compile(r"^(?:人\s*均|平\s*均|均\s*值)$")
#: a roster needs at least this many people to tell a least value from a sample
ROSTER_MIN = 3


def _read_out(text: str, row, heads: list[str], subj: list[str], skip: set[int]) -> str:
    """A row's cells read out with their column's name and unit (党员数1093名，…), the columns
    in ``skip`` left out."""
    return "，".join(f"{subj[j]}{text[s:e]}{unit_for(heads[j], text[s:e])}"
                    for j, (s, e) in enumerate(row.cells) if j < len(heads) and text[s:e] and j not in skip)


def _least_rows(text: str, body: list, heads: list[str]) -> list:
    """The rows of a roster (序号 | 姓名 | … | 集中学习学时 | 年度积分) that hold the least
    value of one of its measured columns: a duty of every member (每名党员…不少于32学时) is met
    only when the one with the least meets it, whatever the average (人均35.6) says. [] for a
    table that is no roster."""
    if not any(_NAME_HEADER.match(h.strip()) for h in heads):
        return []
    people = [r for r in body if not is_total(lab := label_of(text, r)) and not _AVERAGE_ROW.match(lab.strip())]
    if len(people) < ROSTER_MIN:
        return []
    least: set[int] = set()
    for j, head in enumerate(heads):
        values = [(float(cell), k) for k, r in enumerate(people) if j < len(r.cells)
                  and re.fullmatch(r"\d+(?:\.\d+)?", cell := text[slice(*r.cells[j])].strip())
                  and unit_for(head, cell)]
        if len(values) >= ROSTER_MIN:
            low = min(values)[0]
            least |= {k for v, k in values if v == low}
    return [people[k] for k in sorted(least)]


#: a table's caption: 表1 2025年全县学校党组织基本情况, 附表2：…
_CAPTION = re.compile(r"^(?:附?表|Table)\s*[0-9一二三四五六七八九十]+")


def _caption(text: str, start: int) -> str:
    """The caption line right above a table (blank lines aside), with a bar after it, or ''."""
    before = text[:start].rstrip("\n \u3000")
    line = before[before.rfind("\n") + 1:].strip()
    return f"{line}｜" if _CAPTION.match(line) and len(line) <= 60 else ""


def required_cells(doc: Document) -> list[tuple[int, int]]:
    """The spans of the cells that restate a requirement (考核要求（摘要） | 党员每年…不少于32学时):
    a figure in them is no figure of the report's work."""
    out = []
    for _t, rs, n in data_rows(doc):
        required = required_columns(doc.text, rs, n)
        out += [r.cells[j] for r in rs[n:] for j in sorted(required) if j < len(r.cells)]
    return out


def row_shares(text: str, figures: list[Figure]) -> list[Figure]:
    """Shares a row's 其中 columns state: the part over the whole on its left, in the same row
    (骨干教师570, 其中党员210: 36.8% 骨干教师中的党员). The figure spans the two cells."""
    out = []
    for f in figures:
        whole_name, sep, _part = (f.subject or "").partition("中的")
        if not sep or f.kind != "count":
            continue
        whole = next((g for g in figures if g.subject == whole_name and g.unit == f.unit
                      and g.sentence == f.sentence and g.start < f.start), None)
        if whole is None or not whole.value or not 0 <= f.value <= whole.value:
            continue
        pct = round(100.0 * f.value / whole.value, 1)
        out.append(Figure(f.doc, text[whole.start:f.end], pct, None, "%", None, "percent",
                          f.subject, f.period, f.sentence, f.section, whole.start, f.end))
    return out
