"""A reading of a policy (政策解读) in questions and answers: the answers restate the
policy's duties, with or without a modal verb; the questions and the explanations around
them are no duties."""
from __future__ import annotations

import pytest

from policytext import api
from policytext.requirements import extract_requirements

from ..conftest import CORPORA

READING = CORPORA / "check" / "written" / "guideline_ah.txt"


@pytest.fixture(scope="module")
def reqs():
    return extract_requirements(api.parse(READING))


def test_a_quantified_duty_in_an_answer_is_a_provision(reqs):
    texts = [r.text for r in reqs]
    assert any(t.startswith("党建工作指导员每月到所联系学校开展工作不少于1次") for t in texts)
    assert "每个联合党支部覆盖的学校不超过4所。" in texts
    assert any(t.startswith("村小、教学点党员教师每人结对帮扶留守儿童不少于2名") for t in texts)


def test_the_answer_label_and_the_explanations_are_left_out(reqs):
    assert not any(r.text.startswith("答") for r in reqs)
    assert not any("问：" in r.text or r.text.endswith("？") for r in reqs)
    assert not any(r.text.startswith(("我市山区面积大", "实践中", "这些规定旨在", "以往")) for r in reqs)


def test_the_same_words_in_news_are_still_no_duty():
    """Outside a reading, news keeps needing an explicit cue: 全年开展…不少于 describes."""
    from policytext.pipeline import parse_text

    doc = parse_text("本报讯 近日，某县召开党建工作推进会\n一、会议内容\n各校党支部全年开展主题党日不少于12次，"
                     "记者从会上获悉。\n")
    assert doc.doc_type == "news"
    assert extract_requirements(doc) == []


def test_numbered_questions_and_a_title_with_a_duty_word_are_no_provisions():
    """A 政策问答 numbers its questions as headings of a sort (二、哪些事项须经…研究决定？) and
    may carry a duty word in its title (…校长负责制政策问答): only the answers lay duties."""
    from policytext.pipeline import parse_text

    doc = parse_text("中小学校党组织领导的校长负责制政策问答\n"
                     "一、哪些事项须经党组织会议研究决定？\n"
                     "答：学校改革发展稳定及教育教学中的重大问题，应当由党组织会议研究决定。\n"
                     "二、校长办公会议多长时间召开一次？\n"
                     "答：校长办公会议原则上每周召开1次。\n")
    assert [r.text for r in extract_requirements(doc)] == [
        "学校改革发展稳定及教育教学中的重大问题，应当由党组织会议研究决定。",
        "校长办公会议原则上每周召开1次。"]
