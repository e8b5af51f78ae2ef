"""Passages: outline levels, heading context, and one feature path for training and prediction."""
from __future__ import annotations

import pytest

from policytext.classify.data import load_label_file
from policytext.classify.features import (
    heading_stacks, looks_like_heading, make_passage, outline_level, units_from_document,
)
from policytext.classify.taxonomy import default_taxonomy
from policytext.pipeline import parse_text
from policytext.records import Paragraph, Section

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


def test_training_and_prediction_build_the_same_passage():
    """A document with a section tree gives the paragraph the passage its label line gives."""
    path = seed("001")
    text = path.read_text(encoding="utf-8")
    doc = parse_text(text, source=str(path))
    ex = {e.line: e for e in load_label_file(CORPORA / "classify/labels/real_001_68d2b7ca2e635964.jsonl",
                                               default_taxonomy())}
    lines = text.split("\n")
    off = [sum(len(x) + 1 for x in lines[:i]) for i in range(len(lines))]

    def span(i):
        return off[i], off[i] + len(lines[i])

    # sections as the structure parser gives them: 三、存在的问题 holding lines 24..32
    hs, he = span(22)
    sec = Section(id="3", number="三、", level=1, heading=lines[22], start=hs, end=span(32)[1],
                  heading_start=hs, heading_end=he,
                  paragraphs=[Paragraph(*span(i)) for i in (24, 26, 28, 30, 32)])
    doc.sections = [sec]
    doc.paragraphs = [Paragraph(*span(i)) for i in (24, 26, 28, 30, 32)]
    units = {u.start: u for u in units_from_document(doc)}
    for i in (24, 28):
        got, want = units[off[i]].passage, ex[i].passage
        assert got.text == want.text
        assert got.headings == want.headings == ("三、存在的问题",)
        assert abs(got.position - want.position) < 0.01
    assert units[hs].passage.is_heading and units[hs].passage.headings == ()


def test_units_without_a_section_tree_rebuild_heading_context():
    doc = parse_text("二、主要做法\n（一）加强组织建设。成立教育工委。\n三、存在的问题\n党员比例偏低。\n")
    units = units_from_document(doc)
    assert [u.level for u in units] == ["heading", "paragraph", "heading", "paragraph"]
    assert units[3].passage.headings == ("三、存在的问题",)
    for u in units:
        assert doc.text[u.start:u.end].strip() == u.passage.text


def test_make_passage_clamps_position():
    assert make_passage("x", [], 50, 10).position == 1.0
    assert make_passage("x", ["", " 一、总则 "], 0, 0).headings == ("一、总则",)
