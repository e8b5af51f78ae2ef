"""Sentence units of a guideline's tables, cell by cell.

Guidelines often set their duties out as a table (a 考核细则: 考核项目 | 考核内容 | 分值 |
评分标准). A sentence unit must not run across cells: the item's name (讲授党课) is the
duty's heading, not part of its words, and the columns that score a duty (分值, 评分标准,
扣分办法) or say how it is checked (考核方式, 查阅…) hold no duties of their own.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace

from ..figures.tables import header_rows, headers, is_numeric, rows
from ..records import Document
from .lexicon import Lexicon
from .segment import Unit

#: a label cell (考核项目, 一级指标) is short and names the item the row's duty is under
LABEL_MAX = 16
#: a row's item number in its first cell (序号: 1, 12, 3.2)
_ITEM = re.compile(r"\d{1,3}(?:\.\d{1,2})?")


def table_units(doc: Document, units: list[Unit], lex: Lexicon) -> list[Unit]:
    """``units`` with each unit that lies in a table row cut at the cell borders, the cells
    of scoring and header rows dropped, and the row's label cells added to its headings."""
    # start, end, a duty's cell?, row labels, the row's item number (序号 1, 2 …) if any
    cells: list[tuple[int, int, bool, tuple[str, ...], str | None]] = []
    text = doc.text
    for table in doc.tables:
        table_rows = rows(text, table)
        if not table_rows:
            continue
        n_head = header_rows(text, table_rows) or _named_header(text, table_rows, lex)
        heads = headers(text, table_rows, n_head) if n_head else []
        for r in table_rows[:n_head]:  # the header row states no duty
            cells.append((r.start, r.end, False, (), None))
        above: dict[int, str] = {}  # a label cell's text, carried down the empty cells under it
        for k, r in enumerate(table_rows[n_head:], 1):
            scoring = [j < len(heads) and any(w in heads[j] for w in lex.table_scoring)
                       for j in range(len(r.cells))]
            row_labels = {j: text[s:e] for j, (s, e) in enumerate(r.cells)
                          if not scoring[j] and 0 < e - s <= LABEL_MAX and not is_numeric(text[s:e])
                          and not any(c in text[s:e] for c in "。；，")
                          and j < len(r.cells) - 1}
            # a merged 考核项目 cell is copied out on its first row only; the rows under it are its too
            carried = {j: above[j] for j, (s, e) in enumerate(r.cells) if s == e and j in above}
            above = {**{j: t for j, t in above.items() if j < min(row_labels, default=len(r.cells))},
                     **row_labels}
            labels = tuple(t for _, t in sorted({**carried, **row_labels}.items()))
            first = text[r.cells[0][0]:r.cells[0][1]] if r.cells else ""
            # a row is an item of the table's list: by its 序号 cell, else by its place under
            # the header (a 考核细则 whose rows have no 序号 of their own)
            item = first if _ITEM.fullmatch(first) else (str(k) if n_head else None)
            for j, (s, e) in enumerate(r.cells):
                duty = not scoring[j] and not is_numeric(text[s:e]) and text[s:e] not in labels and s < e
                cells.append((s, e, duty, labels, item))
    if not cells:
        return units
    cells.sort()
    starts = [c[0] for c in cells]
    spans = [(t.start, t.end) for t in doc.tables]
    out: list[Unit] = []
    for u in units:
        if not any(s < u.end and u.start < e for s, e in spans):
            out.append(u)  # outside every table
            continue
        lo = max(bisect.bisect_right(starts, u.start) - 1, 0)
        for s, e, duty, labels, item in cells[lo:]:
            if s >= u.end:
                break
            if duty and e > u.start:
                # a row numbered by its 序号 cell is an item of a task list, as 1. is in prose
                numbered = {"numbered": True, "path": u.path + (item,), "block_start": s >= u.start} if item else {}
                out.append(replace(u, start=max(s, u.start), end=min(e, u.end),
                                   headings=u.headings + labels, heading=False, **numbered))
    return out


def _named_header(text: str, table_rows: list, lex: Lexicon) -> int:
    """1 when the first row names a scoring column (考核内容 | 分值 | 评分标准) even though a
    cell of it looks numeric; else 0."""
    first = [text[s:e] for s, e in table_rows[0].cells]
    return 1 if any(any(w in c for w in lex.table_scoring) for c in first) else 0
