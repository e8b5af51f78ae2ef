"""Duties over several years, held at their pace in a report on one of them.

每五年对全体党员轮训一遍 asks every member once in five years. A report on the fourth year
cannot show it done or missed, but it can show how far along it is: 2023年换届以来，累计轮训
党员168人，占党员总数的40% is behind a pace that by then would have reached three fifths
(the years completed before the report's own). The share counted since a named start
(…以来, 近三年, 2021—2025年, read as any count's stretch is) over the years elapsed decides;
a share with no stretch says nothing of the pace.
"""
from __future__ import annotations

import math
import re

from ..figures.numerals import NumeralError, parse_number
from ..records import Figure
from .compare import Verdict, report_period_years

#: once in N years for every one: 每五年对全体党员轮训一遍, 每三年…全覆盖
_ROUND = re.compile(r"每([二两三四五六七八九十\d]+)年[^。；;]{0,20}?(?:一遍|一轮|全覆盖|全员)")


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


def pace(provision: str, share: Figure, year: int | None, until: tuple[int, int] | None = None) -> Verdict | None:
    """The share ``share`` (in %) counted since a start, against a duty of every one once in
    N years, in a report on ``year`` (dated ``until``: year, month): behind when it is short of
    the years completed before the report's own (three of five by the fourth year). The
    years the count covers are read as any count's are (:func:`report_period_years`)."""
    n = round_years(provision)
    if n is None or year is None or share.unit != "%" or share.value is None:
        return None
    sentence = share.sentence or ""
    at = sentence.find(share.surface)
    covered = report_period_years(sentence, at if at >= 0 else len(sentence), None, until or (year, 12))
    if covered is None or math.isnan(covered) or covered < 1:
        return None  # a share of one year, or of no stated stretch, says nothing of the pace
    elapsed = round(covered)
    if elapsed > n:
        return None
    due = 100.0 * (elapsed - 1) / n
    ok = share.value + 1e-9 >= due
    reason = (f"{share.surface} in {elapsed} years of the {n} the provision gives "
              f"{'keeps' if ok else 'falls behind'} the pace of {due:g}% by the years completed")
    return Verdict(ok, share, reason)
