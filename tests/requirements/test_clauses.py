"""Modality, hedge, actor and clause splitting on real sentences (dev documents)."""
from __future__ import annotations

import pytest

from policytext.pipeline import parse_text
from policytext.requirements import RequirementExtractor, extract_requirements, extract_scope

EX = RequirementExtractor()

#: a guideline skeleton: sentences under a numbered task heading are duties
TASK = "二、主要任务\n（一）加强组织建设\n{}\n"
#: a regulation skeleton: only sentences with an explicit cue are duties
REG = "第一章　总则\n第一条　为了加强管理，制定本办法。\n第二条　{}\n"


def reqs(body: str, frame: str = TASK):
    doc = parse_text(frame.format(body))
    return EX.extract(doc)


@pytest.mark.parametrize("sentence, modality, hedge", [
    ("学校党组织要主动负责地向乡镇党委和教育局党委汇报工作。", "must", None),
    ("党组织应当按照规定收缴党员党费。", "must", None),
    ("学校实行校长负责制。", "must", None),
    ("合理配置专兼职党务工作人员。", "must", None),  # bare imperative in a task list
    ("会议一般由校长、副校长和党组织书记、副书记、委员及工会主席参加。", "must", "一般"),
    ("严禁在教育教学活动中有不利于学生健康成长的言行。", "must_not", None),
    ("学校没有党组织书记合适人选的,可由上级党组织选派。", "may", None),
    ("鼓励创先争优,加大宣传力度,发挥先进典型的示范作用。", "encourage", None),
    ("党员行政领导干部一般应进入党组织班子。", "must", "一般"),
])
def test_modality_and_hedge(sentence, modality, hedge):
    found = reqs(sentence)
    assert len(found) == 1, [r.text for r in found]
    assert (found[0].modality, found[0].hedge) == (modality, hedge)


@pytest.mark.parametrize("sentence", [
    "本办法所称绿色建筑是指在建筑的全寿命周期内节约资源的建筑。",  # definition
    "国家加快建立统一开放、竞争有序的现代市场体系。",              # declarative, no cue
    "依法对畜禽养殖废弃物进行综合利用的，不缴纳环境保护税。",      # exemption
])
def test_regulation_needs_a_cue(sentence):
    assert reqs(sentence, REG) == []


@pytest.mark.parametrize("sentence, duty", [
    # a body named first, then a duty verb, opens the article: the body takes on a duty
    ("县委教育工委建立书记抓党建工作述职评议档案，将述职报告、测评结果一并归档。", True),
    ("学校党组织健全党员发展工作台账。", True),
    # the state declaring a policy assigns no one a duty
    ("国家建立知识产权侵权惩罚性赔偿制度，加大对知识产权的保护力度。", False),
])
def test_an_article_opening_with_a_body_and_a_duty_verb(sentence, duty):
    doc = parse_text(f"某县学校党组织书记述职评议考核办法\n{REG.format(sentence)}")
    assert bool(EX.extract(doc)) == duty


@pytest.mark.parametrize("sentence, modality", [
    ("县级以上地方人民政府根据实际情况，可以明确优化营商环境工作的主管部门。", "may"),
    ("任何单位不得利用营商环境评价谋取利益。", "must_not"),
    ("市建设行政主管部门负责全市绿色建筑发展规划和年度实施计划的制订。", "must"),
    ("鼓励开发建设单位或者业主选择通过环境管理体系认证的物业管理企业。", "encourage"),
])
def test_regulation_cues(sentence, modality):
    found = reqs(sentence, REG)
    assert [r.modality for r in found] == [modality]


@pytest.mark.parametrize("sentence", [
    "应税大气污染物的计税依据，按照污染物排放量折合的污染当量数确定。",  # 应税 is not 应
    "可持续发展战略的有关规定另行制定。",                                 # 可持续 is not 可
    "一般性项目的审批流程另行制定。",                                     # 一般性 is not a hedge
])
def test_false_friends(sentence):
    assert reqs(sentence, REG) == []


def test_three_meetings_three_records():
    found = reqs("支部党员大会一般每三个月召开1次,支部委员会一般每月召开1次,党小组会一般每月召开1-2次。")
    assert [r.constraint.period for r in found] == ["3个月", "月", "月"]
    assert [r.hedge for r in found] == ["一般"] * 3
    assert found[2].constraint.value_max == 2


def test_two_actors_two_records():
    found = reqs("党员每年集中学习培训时间一般不少于16学时,学校党组织书记(副书记)和班子成员每年集中学习培训时间不少于32学时。")
    assert [(r.actor, r.constraint.value) for r in found] == [
        ("党员", 16.0), ("学校党组织书记（副书记）和班子成员", 32.0)]


def test_a_clause_that_opens_with_a_verb_is_no_actor():
    found = reqs("注重在优秀青年教师中发展党员，有条件的民办学校每年至少发展1名党员。")
    assert found[0].actor is None
    assert (found[-1].actor, found[-1].constraint.value) == ("民办学校", 1.0)


def test_threshold_clause_splits_from_its_lead():
    found = reqs("加大党组织组建力度,有3名以上正式党员的学校,都要单独建立党组织,并按期进行换届。")
    assert len(found) == 2
    assert found[1].text.startswith("有3名以上")
    assert (found[1].actor, found[1].constraint.kind) == ("学校", "threshold")


@pytest.mark.parametrize("sentence, unit", [
    ("每学期开学后两周内，党支部应召开支委会研究部署本学期党建工作。", "周"),
    ("支部委员会任期届满前3个月，党支部应向上级党组织提出换届申请。", None),
    ("党员组织关系转入后1个月内，党支部应将其编入党小组。", "月"),
])
def test_a_time_limit_before_its_duty_stays_with_it(sentence, unit):
    """开学后两周内，… says when the duty that follows is due; it is no duty of its own."""
    (found,) = reqs(sentence)
    assert found.text == sentence
    assert found.actor == "党支部"
    assert (found.constraint.unit if found.constraint else None) == unit


@pytest.mark.parametrize("sentence", [
    "到2025年底，党支部书记“双带头人”比例达到60%；2026年达到80%；2027年实现全覆盖。",
    "2025年，党员教师参加市级以上培训比例不低于30%，2026年不低于50%。",
])
def test_a_target_staged_by_year_is_one_provision(sentence):
    (found,) = reqs(sentence)
    assert found.text == sentence


def test_modality_change_splits():
    found = reqs("每两年评选1次优秀共产党员和优秀党务工作者,鼓励创先争优,加大宣传力度。")
    assert [r.modality for r in found] == ["must", "encourage"]
    found = reqs("市建设行政主管部门应当制定、公布限制、禁止使用目录，列入禁止使用目录的不得在建筑中使用。", REG)
    assert [r.modality for r in found] == ["must", "must_not"]
    assert found[1].text.startswith("列入")


def test_duty_list_items_inherit_the_actor():
    text = ("二、主要任务\n（一）发挥作用\n1.学校党组织的主要职责和工作任务。\n"
            "（1）全面贯彻执行党的理论和路线方针政策。\n（2）完成上级党组织交办的其他任务。\n")
    found = extract_requirements(parse_text(text))
    assert [(r.provision, r.actor) for r in found] == [
        ("二.（一）.1.（1）", "学校党组织"), ("二.（一）.1.（2）", "学校党组织")]


def test_background_and_preamble_are_not_duties():
    text = ("根据有关规定，结合我区实际，特制定如下实施意见。\n一、指导思想\n"
            "坚持党要管党、从严治党，全面提升学校党组织建设水平。\n二、主要任务\n（一）加强建设\n"
            "健全沟通协调机制。\n本实施意见适用于全区各级各类公办小学。\n")
    doc = parse_text(text)
    assert [r.text for r in extract_requirements(doc)] == ["健全沟通协调机制。"]
    assert [s.kind for s in extract_scope(doc)] == ["applies_to"]


def test_a_named_bodys_explicit_duty_under_a_background_heading_is_a_duty():
    """总体要求 holds guiding ideas and goals, and sometimes one plain duty of a named body."""
    text = ("为发挥学校党组织作用，制定本方案。\n一、总体要求\n"
            "坚持党建引领、育人为本，把党组织的政治优势转化为工作优势。"
            "到2025年底，全县中小学基本形成党组织统筹的工作格局。\n"
            "各学校党组织要把课后服务工作纳入党组织年度工作要点。\n"
            "二、重点任务\n（一）强化统筹\n学校党组织书记要担任课后服务工作领导小组组长。\n")
    got = [r.text for r in extract_requirements(parse_text(text))]
    assert got == ["各学校党组织要把课后服务工作纳入党组织年度工作要点。",
                   "学校党组织书记要担任课后服务工作领导小组组长。"]


def test_report_is_not_a_task_list():
    text = "党建工作总结\n一、主要做法\n（一）加强思想建设\n组织开展专题学习12次。\n"
    assert extract_requirements(parse_text(text)) == []


def test_offsets_are_truth():
    doc = parse_text(TASK.format("支部党员大会一般每三个月召开1次,支部委员会一般每月召开1次。"))
    for r in extract_requirements(doc):
        assert doc.text[r.start:r.end] == r.text


@pytest.mark.parametrize("sentence, duty", [
    # a copula that assigns a responsibility is a duty in a task list …
    ("学校主要负责人是本校师德师风建设第一责任人。", True),
    # … one that argues or describes is not
    ("主题党日是党员教育管理的重要载体。", False),
])
def test_a_copula_that_assigns_responsibility(sentence, duty):
    assert bool(reqs(sentence)) is duty


def test_under_a_general_heading_a_bound_or_a_ban_is_still_a_duty():
    """一、把准总体要求 > （二）优化结构: …比例应当不低于60% and 不得突击发展 are provisions,
    though the guiding ideas under such a heading are not."""
    from policytext.pipeline import parse_text
    from policytext.requirements import extract_requirements

    doc = parse_text("关于做好发展党员工作的通知\n一、把准总体要求\n（一）坚持标准。各学校党组织要把政治标准放在首位。"
                     "不得突击发展。\n（二）优化结构。每年新发展的教师党员中，35周岁以下青年教师所占比例应当不低于60%。\n"
                     "二、加强培养\n（三）党组织应当为每名入党积极分子指定培养联系人。\n")
    texts = [r.text for r in extract_requirements(doc)]
    assert "不得突击发展。" in texts
    assert any("不低于60%" in t for t in texts)
