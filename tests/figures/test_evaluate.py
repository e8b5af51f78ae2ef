"""The gold set is well-formed, survives text normalisation, and scores above a floor on dev."""
from __future__ import annotations

import json
import unicodedata

import pytest

from policytext.figures import extract_figures
from policytext.figures.evaluate import NormText, evaluate, load_gold, score, subject_agrees
from policytext.pipeline import parse, parse_text

from ..conftest import CORPORA, ROOT

GOLD = CORPORA / "figures" / "gold.jsonl"


def test_gold_is_well_formed_and_split_by_document() -> None:
    recs = load_gold(GOLD)
    figs = [r for r in recs if r["type"] == "figure"]
    regions = [r for r in recs if r["type"] == "region"]
    assert len(figs) >= 400 and len({r["doc"] for r in regions}) >= 10
    split_of = {}
    for r in regions:
        assert split_of.setdefault(r["doc"], r["split"]) == r["split"]  # a document is in one split
    test = sum(1 for f in figs if f["split"] == "test")
    assert test * 3 >= len(figs)  # at least a third held out
    for f in figs:
        raw = (ROOT / f["doc"]).read_text(encoding="utf-8")
        assert raw[f["raw_start"]:f["raw_end"]] == f["surface"]
        assert f["unit"] is None or isinstance(f["unit"], str)


def _simulated_cleaner(text: str) -> str:
    """What the new cleaner may do: NFKC digits/punctuation, rejoin lines, drop zero-width spaces."""
    t = unicodedata.normalize("NFKC", text).replace("\u200b", "")
    return t.replace("，\n", "，").replace("\n\n", "\n")


def test_alignment_survives_normalisation() -> None:
    gold = load_gold(GOLD)

    def parse_cleaned(path):
        return parse_text(_simulated_cleaner(path.read_text(encoding="utf-8")), source=str(path))

    a = score(gold, "dev", ROOT, extract_figures, parse)
    b = score(gold, "dev", ROOT, extract_figures, parse_cleaned)
    assert b.unaligned == 0
    assert abs(a.f1 - b.f1) < 0.02


def test_normtext_maps_back() -> None:
    nt = NormText("国内生产总值　４３８００亿元，比上年")
    s, e = nt.find("国内生产总值", "43800亿元", ",比")
    assert (s, e) == (7, 14)


@pytest.mark.parametrize("gold,pred,ok", [
    ("就业率", "普通高校毕业生就业率", True), ("五星级标准", "五星级标准", True),
    ("“双带头人”占比", "“双带头人”", True), ("党员", "党费", False), ("党员", None, False), (None, "x", True),
])
def test_subject_agreement(gold, pred, ok) -> None:
    assert subject_agrees(gold, pred) is ok


def test_dev_floor() -> None:
    sc = evaluate("dev", root=ROOT)
    assert sc.f1 >= 0.95 and sc.subject_agreement >= 0.85, json.dumps(sc.as_row())
