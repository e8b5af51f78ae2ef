"""Consistency checks: a real case from seed 000 and a table of arithmetic."""
from __future__ import annotations

import pytest

from policytext.figures import check_consistency, extract_figures
from policytext.pipeline import parse, parse_text

from ..conftest import seed


def findings(text: str):
    doc = parse_text(text)
    return check_consistency(extract_figures(doc), doc)


def test_seed_000_star_shares() -> None:
    # 612 + 501 + 283 = 1396; 43.8% and 35.9% round right, 283/1396 = 20.27% is printed as 20.2%
    doc = parse(seed("000"))
    fs = check_consistency(extract_figures(doc), doc)
    share = [f for f in fs if f.kind == "share_of_counts"]
    assert [(f.figures[0].surface, f.figures[1].surface, f.status) for f in share] == [
        ("612个", "43.8%", "ok"), ("501个", "35.9%", "ok"), ("283个", "20.2%", "mismatch")]
    assert share[2].expected == pytest.approx(20.27, abs=0.01)
    total = [f for f in fs if f.kind == "shares_sum"]
    assert total and total[0].status == "ok" and total[0].stated == pytest.approx(99.9)


ARITHMETIC = [
    # text, kind, statuses
    ("优秀的30个，良好的50个，合格的20个，分别占比为30%、50%、20%。", "share_of_counts", ["ok", "ok", "ok"]),
    ("优秀的30个，良好的50个，合格的20个，分别占比为35%、45%、20%。", "share_of_counts", ["mismatch", "mismatch", "ok"]),
    ("优秀的1个，合格的2个，分别占比为33.3%、66.7%。", "share_of_counts", ["ok", "ok"]),
    ("三类学校分别占40%、35%、15%。", "shares_sum", ["mismatch"]),
    ("三类学校分别占40%、35%、25%。", "shares_sum", ["ok"]),
    ("全县共有学校45所，其中小学30所、初中10所。", "parts_sum", ["ok"]),
    ("全县共有学校45所，其中小学30所、初中20所。", "parts_sum", ["mismatch"]),
    ("全县共有学校45所，分别为小学30所、初中10所、高中5所。", "parts_sum", ["ok"]),
    ("全县共有学校45所，分别为小学30所、初中10所、高中4所。", "parts_sum", ["mismatch"]),
]


@pytest.mark.parametrize("text,kind,statuses", ARITHMETIC)
def test_arithmetic(text: str, kind: str, statuses: list[str]) -> None:
    assert [f.status for f in findings(text) if f.kind == kind] == statuses


def test_findings_name_both_figures_with_offsets() -> None:
    doc = parse(seed("000"))
    for f in check_consistency(extract_figures(doc), doc):
        assert len(f.figures) >= 2
        for fig in f.figures:
            assert doc.text[fig.start:fig.end] == fig.surface
