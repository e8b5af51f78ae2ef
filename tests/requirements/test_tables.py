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
