"""Whom a duty is done to (data/check/people.txt)."""
from __future__ import annotations

import pytest

from policytext.check.objects import other_people


@pytest.mark.parametrize("passage, other", [
    # the same thing done to other people
    ("春节前，支部在中心小学集中慰问了二十来名家庭困难的留守儿童，送去了学习用品。", True),
    ("资助慰问家庭经济困难学生\t人次\t126", True),
    # to the provision's people, or to them among others
    ("春节前，支部书记带队走访慰问了6名生活困难党员和2名老党员。", False),
    ("七一前夕，走访慰问老党员、困难党员和困难学生共20人。", False),
    # a group inside a longer noun names no one the duty is done to
    ("支部组织党员佩戴党员徽章，走访社区。", False),
    # no group after the verb: nothing to compare
    ("支部开展了“冬日送温暖”慰问活动。", False),
])
def test_a_passage_doing_the_duty_to_other_people(passage, other):
    assert other_people("逢年过节要走访慰问生活困难党员和老党员。", passage) is other


def test_a_topic_noun_is_no_group():
    """涉及教职工绩效工资 and 涉及…教师队伍建设 speak of matters, not of people."""
    provision = "校长办公会议研究涉及办学方向、教师队伍建设等重大事项的，应当事先经党组织会议研究讨论。"
    assert not other_people(provision, "凡是涉及教职工绩效工资分配、职称推荐等事项，我们都先上党委会研究讨论。")


def test_a_verb_without_an_object_does_the_clause_befores():
    """关心关爱生活困难党员和老党员，经常开展走访慰问: the visits are to those members, so
    visiting pupils' families is someone else; a bracket is no clause (学校书记（副书记）与…)."""
    provision = "要关心关爱生活困难党员和老党员，经常开展走访慰问。"
    assert other_people(provision, "组织党员教师开展家访活动，走访慰问留守学生和困难学生家庭37户。")
    assert not other_people(provision, "春节前走访慰问生活困难党员和老党员12人。")
    assert not other_people("建立学校书记（副书记）与教职工定期谈心谈话制度。",
                            "谈心谈话、民主评议党员、主题党日等制度执行不到位。")
