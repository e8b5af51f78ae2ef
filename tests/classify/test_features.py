"""Passages: outline levels, heading context, and one feature path for training and prediction."""
from __future__ import annotations

import re

import pytest

from policytext.classify.data import load_label_file
from policytext.classify.features import (
    heading_stacks,
    looks_like_heading,
    make_passage,
    outline_level,
    units_from_document,
)
from policytext.classify.taxonomy import default_taxonomy
from policytext.pipeline import parse, parse_text
from policytext.records import Paragraph

from ..conftest import CORPORA, seed


@pytest.mark.parametrize("line, level", [
    ("一、基本情况", 1),
    ("三、存在的问题", 1),
    ("第一章　总则", 1),
    ("（一）加强党的制度建设，全面落实党建工作责任制。", 2),
    ("(二)健全完善学校党组织工作管理体制", 2),
    ("1.学校党组织的主要职责和工作任务。", 3),
    ("12.健全党内激励关怀帮扶机制。", 3),
    ("(1)全面贯彻执行党的理论和路线方针政策", 4),
    ("㈠新型节能建筑体系", 4),
    ("实施铸魂强基行动", None),
    ("2019年以来，我局以党的十九大精神为指导", None),
    ("1.5万名党员参加培训", None),
])
def test_outline_level(line, level):
    assert outline_level(line) == level


@pytest.mark.parametrize("line, expected", [
    ("实施铸魂强基行动", True),
    ("以书记项目为抓手积极打造党建品牌", True),
    ("四、下一步打算", True),
    ("随着各县教育工委的成立，党建工作面临着许多新情况和新问题。", False),
    ("本实施意见适用于全区各级各类公办小学、幼儿园(含民办幼儿园)。", False),
])
def test_looks_like_heading(line, expected):
    assert looks_like_heading(line) is expected


def test_heading_stacks_nest_by_outline_level():
    lines = ["二、主要任务", "（一）发挥政治核心作用", "1.主要职责。", "正文一", "（二）健全体制", "正文二",
             "三、保障措施", "正文三"]
    flags = [True, True, True, False, True, False, True, False]
    st = heading_stacks(lines, flags)
    assert st[3] == ("二、主要任务", "（一）发挥政治核心作用", "1.主要职责。")
    assert st[5] == ("二、主要任务", "（二）健全体制")
    assert st[7] == ("三、保障措施",)


def test_paired_unnumbered_headings_nest():
    """Seed 000 opens each part with two unnumbered heading lines."""
    ex = load_label_file(CORPORA / "classify/labels/real_000_8efa52cf605330b7.jsonl", default_taxonomy())
    body = {e.line: e for e in ex}
    assert body[3].passage.headings == ("实施铸魂强基行动", "加强学校思想政治建设")
    assert body[18].passage.headings == ("实施组织保障提升行动", "坚持党对教育工作的全面领导")


@pytest.mark.parametrize("prefix", ["000", "001", "003", "004"])
def test_training_and_prediction_build_the_same_passage(prefix):
    """Parsed with the structure parser, a seed gives the passages its label lines give."""
    path = seed(prefix)
    label_file = next((CORPORA / "classify/labels").glob(f"real_{path.stem}.jsonl"))
    ex = [e for e in load_label_file(label_file, default_taxonomy()) if e.kind in ("paragraph", "heading")]
    by_text = {e.passage.text: e.passage for e in ex}
    units = [u for u in units_from_document(parse(path)) if u.passage.text in by_text]
    body = [u for u in units_from_document(parse(path))]
    # lines the cleaner rejoins (003 breaks two provisions mid-sentence) cannot match
    assert len(units) >= 0.9 * len(body)
    for u in units:
        want = by_text[u.passage.text]
        assert u.passage.headings == want.headings, u.passage.text[:20]
        assert u.passage.is_heading == want.is_heading
        assert abs(u.passage.position - want.position) < 0.05


def test_units_without_a_section_tree_rebuild_heading_context():
    text = "二、主要做法\n（一）加强组织建设。成立教育工委。\n三、存在的问题\n党员比例偏低。\n"
    doc = parse_text(text)
    doc.sections = []
    doc.paragraphs = [Paragraph(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    units = units_from_document(doc)
    assert [u.level for u in units] == ["heading", "paragraph", "heading", "paragraph"]
    assert units[3].passage.headings == ("三、存在的问题",)
    for u in units:
        assert doc.text[u.start:u.end].strip() == u.passage.text


def test_make_passage_clamps_position():
    assert make_passage("x", [], 50, 10).position == 1.0
    assert make_passage("一是加强领导,落实责任;", [], 0, 10).text == "一是加强领导，落实责任；"
    assert make_passage("x", ["", " 一、总则 "], 0, 0).headings == ("一、总则",)
