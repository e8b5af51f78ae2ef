"""Numerals as written in Chinese reports, turned into numbers.

Handles Arabic digits (ASCII or full-width, with thousands separators ``1,269`` /
``33，212`` and decimals ``7.1`` / ``５．８``), Chinese numerals (三, 十二, 两, 一千五百一十,
三亿零五百三十万, 八点一, 二〇二三 read digit by digit), scale characters after Arabic
digits (7.1万, 114万亿) and fractions (三分之一, 百分之三十).
"""
from __future__ import annotations

import re

#: full-width digits and separators to ASCII
_FW = str.maketrans("０１２３４５６７８９．，", "0123456789.,")

CN_DIGIT = {"零": 0, "〇": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
            "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_SMALL_UNIT = {"十": 10, "百": 100, "千": 1000}
CN_BIG_UNIT = {"万": 10_000, "亿": 100_000_000}
SCALE = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}


class NumeralError(ValueError):
    """A string that looks numeric but cannot be read as a number."""


def parse_arabic(s: str) -> float:
    """``"1,269"`` / ``"33，212"`` / ``"５．８"`` -> float."""
    t = s.translate(_FW).replace(",", "")
    try:
        return float(t)
    except ValueError:
        raise NumeralError(s) from None


def _cn_section(s: str) -> int:
    """A Chinese numeral below 10 000 (十二, 一千五百一十, 三百零五)."""
    total, digit = 0, None
    for ch in s:
        if ch in CN_DIGIT:
            digit = CN_DIGIT[ch]
        elif ch in CN_SMALL_UNIT:
            total += (1 if digit is None else digit) * CN_SMALL_UNIT[ch]
            digit = None
        else:
            raise NumeralError(s)
    if digit is not None:
        total += digit
    return total


def parse_cn_integer(s: str) -> int:
    """Chinese integer with 万/亿 sections: 三亿七千零六十二万 -> 370620000.

    A run of bare digits (二〇二三, 一九八五) is read digit by digit.
    """
    if s and all(ch in CN_DIGIT for ch in s) and len(s) > 1:
        return int("".join(str(CN_DIGIT[ch]) for ch in s))
    total = 0
    rest = s
    for big, mult in (("亿", 100_000_000), ("万", 10_000)):
        if big in rest:
            head, rest = rest.split(big, 1)
            # 万亿: the 万 section multiplies the 亿 that follows
            val = parse_cn_integer(head) if head else 1
            total += val * mult
    if rest:
        # 一千五 (= 1500) style abbreviations are not used in reports; read as written
        total += _cn_section(rest)
    return total


def parse_cn(s: str) -> float:
    """Chinese numeral with an optional 点 decimal part: 八点一 -> 8.1."""
    if "点" in s:
        whole, frac = s.split("点", 1)
        w = parse_cn_integer(whole) if whole else 0
        if not frac or any(ch not in CN_DIGIT for ch in frac):
            raise NumeralError(s)
        return float(f"{w}.{''.join(str(CN_DIGIT[ch]) for ch in frac)}")
    if "万亿" in s:  # 114万亿 written in characters: 一百一十四万亿
        head, tail = s.split("万亿", 1)
        return float(parse_cn_integer(head) * 1_000_000_000_000 + (parse_cn_integer(tail) if tail else 0))
    return float(parse_cn_integer(s))


#: two neighbouring digits written together, an estimate (一两个, 两三次, 四五十里, 三四百人)
#: (十一二次 is 11 or 12)
_NEIGHBOURS = re.compile(r"^(十)?([一两二三四五六七八])([两二三四五六七八九])([十百千万]?)$")


def approximate_range(s: str) -> tuple[float, float] | None:
    """(low, high) of an estimate written as two neighbouring digits (两三 -> 2, 3;
    四五十 -> 40, 50), or None: such a pair is never a number read digit by digit."""
    m = _NEIGHBOURS.match(s.strip())
    if not m:
        return None
    teen, a, b, scale = m.group(1), CN_DIGIT[m.group(2)], CN_DIGIT[m.group(3)], m.group(4)
    if b != a + 1 or teen and scale:
        return None
    if teen:
        return float(10 + a), float(10 + b)
    k = SCALE.get(scale, 1)  # no scale character: ones
    return float(a * k), float(b * k)


def parse_number(s: str) -> float:
    """Any numeral the extractor matched: Arabic, Chinese, or Arabic with a scale suffix."""
    s = s.strip()
    if not s:
        raise NumeralError(s)
    m = re.match(r"^([0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?)([十百千万亿]*)$", s)
    if m:
        return parse_arabic(m.group(1)) * scale_of(m.group(2))
    return parse_cn(s)


def scale_of(chars: str) -> float:
    """The product of scale characters: 万 -> 1e4, 万亿 -> 1e12, '' -> 1."""
    v = 1.0
    for ch in chars:
        if ch not in SCALE:
            raise NumeralError(chars)
        v *= SCALE[ch]
    return v


def parse_fraction(den: str, num: str) -> float:
    """``三分之一`` (den=三, num=一) as a percentage: 33.33."""
    d, n = parse_number(den), parse_number(num)
    if d == 0:
        raise NumeralError(f"{den}分之{num}")
    return n / d * 100.0
