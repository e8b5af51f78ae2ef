"""Dates as official documents write them, normalised to YYYY-MM-DD / YYYY-MM / YYYY."""
from __future__ import annotations

import re

_CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}

#: a Chinese-numeral year written digit by digit: 二〇一七, 一九九九
CN_YEAR = "[〇○零一二三四五六七八九]{4}"
#: a Chinese-numeral month or day: 八, 十二, 二十九, 三十一
CN_MD = "[一二三四五六七八九十]{1,3}"

#: 2017年8月29日 / 二〇一七年八月二十九日 / 2017-08-29 / 2017.8.29 / 2017/08/29
DATE_RE = re.compile(
    rf"(?P<y>\d{{4}}|{CN_YEAR})\s*年\s*(?:(?P<m>\d{{1,2}}|{CN_MD})\s*月"
    rf"(?:\s*(?P<d>\d{{1,2}}|{CN_MD})\s*[日号])?)?"
    r"|(?P<y2>(?:19|20)\d{2})[-./](?P<m2>\d{1,2})(?:[-./](?P<d2>\d{1,2}))?(?!\d)"
)


def _cn_small(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if "十" in s:
        a, _, b = s.partition("十")
        return (_CN_DIGITS.get(a, 1) if a else 1) * 10 + (_CN_DIGITS.get(b, 0) if b else 0)
    return _CN_DIGITS.get(s)


def _year(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    try:
        return int("".join(str(_CN_DIGITS[c]) for c in s))
    except KeyError:
        return None


def normalise_match(m: re.Match[str]) -> str | None:
    """A DATE_RE match as YYYY-MM-DD, YYYY-MM or YYYY; None when it is not a real date."""
    y, mo, d = (m.group("y"), m.group("m"), m.group("d")) if m.group("y") else (
        m.group("y2"), m.group("m2"), m.group("d2"))
    year = _year(y)
    if year is None or not 1900 <= year <= 2100:
        return None
    if not mo:
        return f"{year:04d}"
    month = _cn_small(mo)
    if month is None or not 1 <= month <= 12:
        return None
    if not d:
        return f"{year:04d}-{month:02d}"
    day = _cn_small(d)
    if day is None or not 1 <= day <= 31:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def parse_date(text: str) -> str | None:
    """The first date in ``text``, normalised; None when there is none."""
    for m in DATE_RE.finditer(text):
        norm = normalise_match(m)
        if norm:
            return norm
    return None
