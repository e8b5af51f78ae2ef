"""Numerals as written in reports -> numbers."""
from __future__ import annotations

import pytest

from policytext.figures.numerals import NumeralError, parse_fraction, parse_number

CASES = [
    ("1510", 1510), ("1,269", 1269), ("33，212", 33212), ("7.1万", 71000), ("114万亿", 114e12),
    ("1.2亿", 1.2e8), ("４３８００", 43800), ("５．８亿", 5.8e8), ("三", 3), ("十二", 12),
    ("两", 2), ("十", 10), ("一千五百一十", 1510), ("三亿零五百三十万", 305300000),
    ("三亿七千零六十二万", 370620000), ("一千四百六十二万", 14620000), ("八点一", 8.1),
    ("三十六点五", 36.5), ("二〇二三", 2023), ("一九八○", 1980), ("四千零七十三亿", 407300000000),
    ("一百零三", 103), ("二十万", 200000),
]


@pytest.mark.parametrize("text,value", CASES)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("den,num,pct", [("三", "一", 33.333333), ("四", "三", 75.0), ("10", "3", 30.0)])
def test_fraction_as_percent(den: str, num: str, pct: float) -> None:
    assert parse_fraction(den, num) == pytest.approx(pct, rel=1e-5)


@pytest.mark.parametrize("bad", ["", "abc", "三分", "五点"])
def test_bad_numeral_raises(bad: str) -> None:
    with pytest.raises(NumeralError):
        parse_number(bad)


@pytest.mark.parametrize("text, span", [
    ("一两", (1.0, 2.0)), ("两三", (2.0, 3.0)), ("四五十", (40.0, 50.0)), ("三四百", (300.0, 400.0)),
    ("十二", None), ("二〇", None), ("三五", None), ("二十二", None),
    ("十一二", (11.0, 12.0)), ("十一二万", None),
])
def test_two_neighbouring_digits_are_an_estimate(text: str, span) -> None:
    from policytext.figures.numerals import approximate_range

    assert approximate_range(text) == span


def test_an_estimate_is_a_range_not_a_number_read_digit_by_digit() -> None:
    from policytext.figures import extract_figures
    from policytext.pipeline import parse_text

    doc = parse_text("某校党建工作总结\n每处只有一两个党员，全校三四百人，主题党日十一二次，"
                     "村小老师五十来人，联系10来个支部，三年来未变。\n")
    got = {f.surface: (f.value, f.value_max, f.approx) for f in extract_figures(doc)}
    assert got["一两个"] == (1.0, 2.0, "about")
    assert got["三四百人"] == (300.0, 400.0, "about")
    assert got["十一二次"] == (11.0, 12.0, "about")
    # 来 after a round number is about that many; 三年来 is no figure
    assert got["五十来人"] == (50.0, None, "about")
    assert got["10来个"] == (10.0, None, "about")
    assert not any("年来" in s for s in got)
