"""Duties over several years, held at their pace in a report on one of them.

每五年对全体党员轮训一遍 asks every member once in five years. A report on the fourth year
cannot show it done or missed, but it can show how far along it is: 2023年换届以来，累计轮训
党员168人，占党员总数的40% is behind a pace that by then would have reached three fifths
(the years completed before the report's own). The share counted since a named start
(…以来, 近三年, 本轮（2021—2025年）) over the years elapsed decides; a share with no start
says nothing of the pace.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..figures.numerals import NumeralError, parse_number
from ..records import Figure

#: once in N years for every one: 每五年对全体党员轮训一遍, 每三年…全覆盖
_ROUND = re.compile(r"每([二两三四五六七八九十\d]+)年[^。；;]{0,20}?(?:一遍|一轮|全覆盖|全员)")
#: where the count starts: 2023年换届以来, 2021年以来, 近三年, 本轮（2021—2025年）
_SINCE = re.compile(r"(20\d\d)年[^，,。；;]{0,10}?(?:以来|起)")
_RECENT = re.compile(r"近([二两三四五六七八九十\d]+)年")
_SPAN = re.compile(r"(20\d\d)\s*[—\-－~～至到]\s*(20\d\d)年")


@dataclass(frozen=True)
class Pace:
    """A share counted since a start against the share the years elapsed call for."""

    ok: bool
    figure: Figure
    reason: str


def round_years(provision: str) -> int | None:
    """N for a duty of every one once in N years (N ≥ 2), else None."""
    m = _ROUND.search(provision)
    if m is None:
        return None
    try:
        n = int(parse_number(m.group(1)))
    except NumeralError:
        return None
    return n if n >= 2 else None


def _elapsed(sentence: str, year: int) -> int | None:
    """Years from the count's start to the report's year, both counted."""
    m = _SINCE.search(sentence)
    if m:
        start = int(m.group(1))
        return year - start + 1 if start <= year else None
    m = _SPAN.search(sentence)
    if m and int(m.group(1)) <= year:
        return year - int(m.group(1)) + 1
    m = _RECENT.search(sentence)
    if m:
        try:
            return int(parse_number(m.group(1)))
        except NumeralError:
            return None
    return None


def pace(provision: str, share: Figure, year: int | None) -> Pace | None:
    """The share ``share`` (in %) counted since a start, against a duty of every one once in
    N years, in a report on ``year``: behind when it is short of the years completed before
    the report's own (three of five by the fourth year)."""
    n = round_years(provision)
    if n is None or year is None or share.unit != "%" or share.value is None:
        return None
    elapsed = _elapsed(share.sentence or "", year)
    if elapsed is None or elapsed > n:
        return None
    due = 100.0 * (elapsed - 1) / n
    ok = share.value + 1e-9 >= due
    reason = (f"{share.surface} in {elapsed} years of the {n} the provision gives "
              f"{'keeps' if ok else 'falls behind'} the pace of {due:g}% by the years completed")
    return Pace(ok, share, reason)
