"""Duties set out as a table (a 考核细则 in a Word file): one provision per duty sentence of
the 考核内容 cells, the item's name as its heading, the scoring columns left out."""
from __future__ import annotations

import pytest

from policytext import api
from policytext.requirements import extract_requirements

from ..conftest import CORPORA

GUIDELINE = CORPORA / "check" / "written" / "guideline_af.docx"


@pytest.fixture(scope="module")
def reqs():
    return extract_requirements(api.parse(GUIDELINE))


def test_a_duty_in_a_cell_does_not_take_the_item_name_or_the_score(reqs):
    texts = [r.text for r in reqs]
    assert "书记每年为全体党员讲党课不少于2次。" in texts  # not 讲授党课\t书记…
    party_class = next(r for r in reqs if r.text.startswith("书记每年为全体党员讲党课"))
    assert party_class.actor == "书记"
    assert party_class.constraint is not None and party_class.constraint.value == 2


def test_scoring_rules_and_points_are_no_provisions(reqs):
    assert not any("扣" in r.text for r in reqs)  # 评分标准: 每少1次扣3分
    assert not any(r.text.strip().isdigit() or r.text.startswith(("8\t", "6\t")) for r in reqs)


def test_a_cell_with_two_duty_sentences_gives_two_provisions(reqs):
    texts = [r.text for r in reqs]
    assert "要建好用好党员活动室。" in texts
    assert "校园内要设置党建宣传栏，并定期更新内容。" in texts


def test_duties_outside_the_table_are_still_read(reqs):
    assert reqs[0].text.startswith("各校党组织要结合实际制定本校年度党建工作任务清单")
    assert reqs[-1].text.startswith("各校要将书记年度述职报告在校内公示")
    assert len(reqs) == 22  # the 22 gold rows of written_af, one per duty sentence


def test_a_rubric_without_item_numbers_reads_each_standard_as_a_duty():
    """A 考核评分细则 copied out of Word: no 序号 column, the 考核项目 cell merged over its rows
    (so filled on the first row only), the duty in 考核内容及标准 without a modal verb."""
    from policytext.pipeline import parse_text

    doc = parse_text(
        "关于印发考核评分细则的通知\n各中小学校党组织：\n现将细则印发给你们，请认真对照执行。\n"
        "中共某县委教育工委\n2025年3月10日\n附件：2025年度中小学校党建工作考核评分细则\n"
        "考核项目\t考核内容及标准\t分值\t评分办法\n"
        "组织生活\t党支部每月至少召开1次支委会，研究党建和学校重大事项。\t5\t每少1次扣0.5分，扣完为止。\n"
        "\t每季度至少召开1次党员大会。\t4\t每少1次扣1分；未开展不得分。\n"
        "队伍建设\t党员教师年度集中学习培训不少于32学时。\t5\t低于32学时的，每少4学时扣1分。\n")
    reqs = extract_requirements(doc)
    assert [r.text for r in reqs] == ["党支部每月至少召开1次支委会，研究党建和学校重大事项。",
                                      "每季度至少召开1次党员大会。", "党员教师年度集中学习培训不少于32学时。"]
    assert [(r.constraint.value, r.constraint.period) for r in reqs] == [(1, "月"), (1, "季度"), (32, None)]
    assert [r.provision for r in reqs] == ["1", "2", "3"]  # the row's place under the header
