"""A task list's time limits: the line under a task that says when it is due.

A 任务清单 writes each task as a duty followed by lines of its own (责任单位：各基层党组织 /
完成时限：2025年3月底前). The requirement extractor takes the duty sentence, so the date
that decides whether the work came in time is not in it. Here a requirement is read with
the time limit written under it, before the next requirement, when that limit is a date
(长期坚持 and 每季度 are no deadline; a frequency is in the duty itself).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..figures.tables import rows
from ..records import Document, Requirement
from ..requirements.lexicon import load_lexicon
from .occasions import deadline


@lru_cache(maxsize=1)
def _time_limit() -> re.Pattern[str]:
    """A task's time-limit line (完成时限：…), its labels from ``time_limit_fields`` in
    ``data/requirements/context.yaml``."""
    labels = "|".join(map(re.escape, load_lexicon().time_limit_fields))
    return re.compile(rf"^[\s\u3000]*(?:{labels})[：:]\s*([^\n]+)", re.MULTILINE)


def with_time_limits(policy: Document, requirements: list[Requirement]) -> list[Requirement]:
    """Each requirement, with ``（完成时限：…）`` after its text when its task's time-limit line,
    or the time-limit cell of its table row, names a date."""
    text = policy.text
    cells = _time_limit_cells(policy)
    out = []
    for i, r in enumerate(requirements):
        stop = requirements[i + 1].start if i + 1 < len(requirements) else len(text)
        m = _time_limit().search(text, r.end, stop)
        due = m.group(1) if m else next((c for s, e, c in cells if s <= r.start < e), None)
        if due and deadline(due) and not deadline(r.text):
            r = replace(r, text=f"{r.text}（完成时限：{due.strip()}）")
        out.append(r)
    return out


def _time_limit_cells(policy: Document) -> list[tuple[int, int, str]]:
    """Each table row's span and its cell under a time-limit header (序号 | 具体要求 | 完成时限)."""
    labels = load_lexicon().time_limit_fields
    text = policy.text
    out = []
    for table in policy.tables:
        table_rows = rows(text, table)
        if not table_rows:
            continue
        head = [text[s:e] for s, e in table_rows[0].cells]
        col = next((j for j, h in enumerate(head) if h.strip() in labels), None)
        if col is None:
            continue
        for r in table_rows[1:]:
            if col < len(r.cells):
                out.append((r.start, r.end, text[r.cells[col][0]:r.cells[col][1]]))
    return out
