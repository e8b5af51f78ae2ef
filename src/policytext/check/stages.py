"""Targets staged by year: which stage a report is held against.

A plan over several years sets one target in stages (到2025年底…达到60%；2026年达到80%；
2027年实现全覆盖) or starts work now and finishes it later (2025年启动…，2027年底前全部完成).
A report on 2025 answers the 2025 stage: the words of the provision up to that stage are
what it is held against, and a stage due later is no shortfall yet. A provision whose
every stage falls after the report's year is not yet due at all.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

#: a clause that opens with the year its stage is due (到2025年底, 2026年, 2027年底前), not
#: a date (2025年3月底前 is a deadline, read elsewhere)
_STAGE_YEAR = re.compile(r"^(?:到|至|截至|在)?(20\d\d)年(?:底|末)?(?:前|以前)?(?![\d一二三四五六七八九十]+月)")
_CLAUSE = re.compile(r"[^，,；;。]+[，,；;。]?")


@dataclass(frozen=True)
class Stage:
    """The provision's words up to the stage due in the report's year, and, when every
    stage is due later, the first year one is due (``due``)."""

    text: str
    due: int | None = None


def is_stage(clause: str) -> bool:
    """Whether a clause opens with the year a stage is due (2026年达到80%)."""
    return _STAGE_YEAR.match(clause.strip()) is not None


def stage(provision: str, year: int | None) -> Stage | None:
    """The stage of ``provision`` a report on ``year`` answers, or None when the provision
    is not staged by year (or the report's year is unknown)."""
    if year is None:
        return None
    clauses = [(m.start(), m.end(), m.group()) for m in _CLAUSE.finditer(provision)]
    stages = [(k, int(m.group(1))) for k, (_, _, c) in enumerate(clauses)
              if (m := _STAGE_YEAR.match(c.strip()))]
    if not stages:
        return None
    passed = [(k, y) for k, y in stages if y <= year]
    if not passed:
        return Stage(provision, due=min(y for _, y in stages))
    k, _ = passed[-1]
    later = next((j for j, _ in stages if j > k), None)
    if later is None:
        return None  # the last stage is due: the whole provision answers
    return Stage(provision[: clauses[later][0]].rstrip("，,；; "))
