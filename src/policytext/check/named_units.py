"""Duties to each school of a kind, against the schools a report names.

每学期…到每所村小开展送教活动 asks every 村小 to be reached every term. Reports often name the
schools rather than count them: 石岭村小…；东坳、白水、杉木3所村小… names four, and 春季学期到
石岭、东坳、白水村小 names the three a term's visits reached. A term whose list leaves out a
school the report names elsewhere falls short of "each", whatever the number of visits.
"""
from __future__ import annotations

import re
from collections import Counter

from .per_unit import school_kinds

#: a school's name before its kind: 2 or 3 characters
_NAME = r"[\u4e00-\u9fff]{2,3}?"
#: words that may open a list of named schools and are no part of the first name
_LEAD = re.compile(r"^(?:到|赴|去|在|对|走进|深入|前往|为|给|向)")
#: a period a list of schools belongs to, at the start of its clause
_PERIOD = re.compile(r"(春季学期|秋季学期|上学期|下学期|上半年|下半年|第[一二三四]季度)")


def _lists(text: str, kind: str) -> list[tuple[int, list[str]]]:
    """Each list of names the report gives for ``kind`` (石岭、东坳、白水村小; 杉木3所村小), with
    where it ends."""
    out = []
    pattern = re.compile(rf"(?:(?<=[，,。；;、（(：:\s到赴在对])|^)((?:{_NAME}[、和及与])*{_NAME})(?:等)?"
                         rf"(?:\d+|[二三四五六七八九十])?(?:所|个)?{re.escape(kind)}", re.MULTILINE)
    for m in pattern.finditer(text):
        names = re.split(r"[、和及与]", m.group(1))
        names[0] = _LEAD.sub("", names[0])[-3:]
        names = [n for n in names if len(n) >= 2]
        if names:
            out.append((m.start(), names))
    return out


def each_unit_short(provision: str, text: str) -> str | None:
    """Why a duty to each school of a kind, in each period, falls short by the names the
    report gives; None when it does not or cannot be told."""
    kind = next((k for k in school_kinds() if re.search(rf"每(?:所|个){re.escape(k)}", provision)), None)
    if kind is None or not re.search(r"每(?:学期|季度|半年|学年|年|月)", provision):
        return None
    lists = _lists(text, kind)
    # (a name is a school's when the report names it twice or more: 实现村小…全覆盖 names none)
    seen = Counter(n for _, ns in lists for n in ns)
    named = {n for n, k in seen.items() if k >= 2}
    lists = [(at, [n for n in ns if n in named]) for at, ns in lists]
    if len(named) < 2:
        return None
    for at, names in lists:
        clause = re.split(r"[。；;，,（(]", text[:at])[-1]
        period = _PERIOD.search(clause) or _PERIOD.search(text[max(0, at - 12):at])
        missing = sorted(named - set(names))
        if period and missing and len(names) >= 2:
            return (f"the report names {len(named)} {kind} ({'、'.join(sorted(named))}); in the "
                    f"{period.group()} it reached {'、'.join(names)}, not {'、'.join(missing)}")
    return None
