"""check on a guideline/report pair whose truth is known by construction (corpora/check/written)."""
from __future__ import annotations

import pytest

import policytext as pt
from policytext.check.render import to_html, to_markdown

from ..conftest import CORPORA

W = CORPORA / "check" / "written"


@pytest.fixture(scope="module")
def result():
    return pt.check(W / "report_qingxi_shiyan.txt", W / "guideline_qingxi.txt")


def _item(result, phrase):
    return next(i for i in result.items if phrase in i.requirement)


def _check_text(provisions: str, report: str, policy_title: str = "关于加强学校党支部建设的通知",
                report_title: str = "某校党支部2024年党建工作总结"):
    """The check items of a guideline whose 一、工作要求 holds ``provisions`` against a report
    whose body (headings and paragraphs, one a line) is ``report``."""
    from policytext.pipeline import parse_text

    policy = parse_text(f"{policy_title}\n一、工作要求\n{provisions}")
    return pt.check(parse_text(f"{report_title}\n{report}"), policy).items


@pytest.mark.parametrize(
    "phrase, status, in_reason",
    [
        ("每季度至少讲1次党课", "shortfall", "3次"),            # 3 a year against 4
        ("每月至少组织2次教职工政治学习", "shortfall", "a year"),  # once a month against twice
        ("不少于500元", "shortfall", "400元"),
        ("不少于32学时", "met", "40学时"),
        ("支部委员会每月召开1次", "met", "12次"),
        ("严禁在职教师有偿补课", "shortfall", "problem"),         # admitted in 三、存在的问题
        ("每年至少发展1名青年教师党员", "shortfall", "problem"),
        ("可以设立党总支", "not_mentioned", ""),
        ("每学期开展1次党建工作专项督查", "not_mentioned", ""),
    ],
)
def test_statuses_and_reasons(result, phrase, status, in_reason):
    it = _item(result, phrase)
    assert it.status == status, it.reason
    assert in_reason in it.reason


def test_evidence_points_into_the_report(result):
    report = pt.load(W / "report_qingxi_shiyan.txt")
    for it in result.items:
        for ev in it.evidence:
            assert report.text[ev.start : ev.end] == ev.text


def test_a_figure_verdict_names_the_figure(result):
    it = _item(result, "每季度至少讲1次党课")
    assert [f.surface for f in it.figures] == ["3次"]


def test_html_is_self_contained_and_escapes_text(result):
    from dataclasses import replace

    hostile = replace(result.items[0], requirement="<script>alert(1)</script>要求", reason="a & b")
    page = to_html([replace(result, items=[hostile, *result.items[1:]])])
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;要求" in page
    assert "a &amp; b" in page
    assert "<svg" in page  # the coverage chart is inline
    assert "src=" not in page and "<link" not in page  # nothing fetched from anywhere
    md = to_markdown([result])
    assert md.count("\n| ") >= len(result.items)


@pytest.mark.parametrize("report, policy, phrase, status, in_reason", [
    # a tally clause (…听取团委汇报，全年共1次) counts the work of the clause before it
    ("report_c.txt", "guideline_c.txt", "每学期至少听取1次共青团", "shortfall", "1次"),
    # done late (到4月中旬才全部完成) is an admitted gap, not a yearly duty met
    ("report_d.txt", "guideline_d.txt", "每年3月底前完成", "shortfall", "problem"),
    # a share the report leaves to the reader (共14人，其中党员6人) against 比例不低于50%
    ("report_f.txt", "guideline_f.txt", "中层以上管理人员中党员比例", "shortfall", "(42.9%)"),
    # 全年召开全体党员会议3次 says nothing of 支委会; 支委会…，全年共开13次 does
    ("report_i1.txt", "guideline_i.txt", "党支部委员会会议原则上每月召开1次", "met", "13次"),
    # 其他5名班子成员每人联系2名: the 5名 counts the 班子成员, the 2名 what each does
    ("report_j.txt", "guideline_j.txt", "每人联系高层次人才和学术骨干不少于3名", "shortfall", "2名"),
    # a half-year summary: 3月和6月各召开一次 is two in the half year, so one a quarter
    ("report_i2.txt", "guideline_i.txt", "支部党员大会每季度至少召开1次", "met", "0.5 year"),
    # work dated to different months is as many occasions: 七一前夕… and 11月，…再次…
    ("report_e.txt", "guideline_e.txt", "每年至少为全体党员讲2次党课", "met", "2 different months"),
    # 春季、秋季两个学期开学前 is once a term
    ("report_f.txt", "guideline_f.txt", "开展1次以上政治把关审核", "met", "3月、9月"),
    # lengths of time: 8个工作日 against 5个工作日内; 8个多月 against 不少于1年
    ("report_q.txt", "guideline_q.txt", "在5个工作日内提出处置意见", "shortfall", "8个工作日"),
    ("report_r.txt", "guideline_r.txt", "考察时间不少于1年", "shortfall", "8个多月"),
    # 签订率达到100% against 与8名中层干部签订 (中层干部8人 in 基本情况) and 全部签字
    ("report_q.txt", "guideline_q.txt", "签订率达到100%", "met", "100%"),
    # money per member from a total and the member count stated elsewhere (4,800元 for 1,120名)
    ("report_m.txt", "guideline_m.txt", "每名少先队员每年不低于5元", "shortfall", "4,800元"),
    # 按月集中学习 is once a month; 每月固定两天到校 is two days a month; 入职半年以后 is late
    ("report_s.txt", "guideline_s.txt", "全年集中学习不少于12次", "met", "按月"),
    ("report_t.txt", "guideline_t.txt", "每月驻校工作不少于4天", "shortfall", "两天"),
    ("report_t.txt", "guideline_t.txt", "入职后3个月内", "shortfall", "入职半年以后"),
    # a share whose part is named by a list (其中专业课、文化课一线教师5名)
    ("report_s.txt", "guideline_s.txt", "一线教师所占比例不低于70%", "met", "83.3%"),
])
def test_pairs_written_by_a_second_annotator(report, policy, phrase, status, in_reason):
    it = _item(pt.check(W / report, W / policy), phrase)
    assert it.status == status, it.reason
    assert in_reason in it.reason


@pytest.mark.parametrize("done, status, reason", [
    ("3月、6月、9月和12月各召开1次党员大会", "met", "on each of 4 occasions is 4"),
    # a count in words is multiplied once, in the same place
    ("3月和6月各召开一次党员大会", "shortfall", "2次 is 2 a year against the required 4 a year"),
])
def test_a_count_spread_over_listed_occasions_is_multiplied(done, status, reason):
    (item,) = _check_text("（一）支部党员大会每季度至少召开1次。\n",
                          f"一、主要工作\n{done}，研究发展党员等事项。\n")
    assert item.status == status, item.reason
    assert reason in item.reason


def test_a_sentence_speaks_with_its_heading():
    """3. 党课教育: the sentences under a short heading speak of it."""
    (item,) = _check_text("（一）党支部书记每学期至少为全体党员讲1次党课。\n",
                          "一、自评情况\n（三）党课教育（5分，自评5分）\n"
                          "春季学期书记讲了《做新时代的大先生》，秋季学期结合党纪学习教育讲了《学纪知纪明纪守纪》。\n"
                          "（四）党员发展（5分，自评4分）\n全年确定入党积极分子2名，发展对象1名。\n",
                          report_title="某校党支部2024年党建工作自评报告")
    assert item.status != "not_mentioned", item.reason
    assert "春季学期书记" in item.evidence[0].text


def test_a_duty_spread_over_two_sentences_of_a_paragraph_is_found():
    (item,) = _check_text("（一）各学校党支部每年年底前向县委教育工委书面报告抓党建工作情况。\n",
                          "一、主要工作\n"
                          "12月中旬，书记就一年来抓党建的情况形成书面材料。材料于12月20日报送县委教育工委。\n"
                          "我们把闲置教室改建为活动室。\n")
    assert item.status != "not_mentioned", item.reason
    assert {e.text[:5] for e in item.evidence} >= {"12月中旬", "材料于12"}


def test_a_bare_tally_counts_what_its_sentence_said_before_it():
    from policytext.check.core import _clause_before

    s = "党总支按季度召开意识形态工作形势分析会，全年共开了4次，逐项梳理。"
    assert _clause_before(s, s.index("4次")).startswith("党总支按季度召开")
    # a clause that names what it counts is no bare tally
    s = "3月支委会专门研究部署全年意识形态工作，全年专题研究1次。"
    assert _clause_before(s, s.index("1次")) == "全年专题研究"
    # …and no further back than its sentence, when a passage (a table cell) holds several
    s = "党员大会每季度召开1次，共4次。 党支部书记于“七一”前后和11月分别讲专题党课，共2次。"
    assert _clause_before(s, s.index("2次")).startswith(" 党支部书记")


def test_an_admitted_gap_in_the_reports_own_words_concerns_the_provision_it_matches_best():
    checked = _check_text("（一）党员每年参加集中培训不少于32学时。\n"
                          "（二）教师党员工作调动、退休的，应在调动或退休手续办结后1个月内转接组织关系。\n"
                          "（三）学校应设置相对固定的党员活动室。\n",
                          "一、主要工作\n全体党员参加集中培训40学时。\n"
                          "二、存在的问题\n二是组织关系接转有漏洞，去年调入的1名党员教师至今关系还在外县。\n",
                          policy_title="关于加强学校党员教育管理的通知",
                          report_title="某校党支部2024年工作总结")
    items = {it.requirement[:6]: it for it in checked}
    gap = items["教师党员工作"]
    assert gap.status == "shortfall", gap.reason
    assert "接转有漏洞" in gap.evidence[0].text
    assert items["党员每年参加"].status == "met"  # work shown done stays done
    assert items["学校应设置相"].status == "not_mentioned"  # one admission, one provision


def test_every_bound_of_a_provision_counts():
    """至少联系1个党支部，每学期至少参加1次…: the second bound can be missed, the first met."""
    (item,) = _check_text("（一）党组织班子成员每人至少联系1个党支部，"
                          "每学期至少参加1次所联系党支部的组织生活。\n",
                          "一、主要工作\n党委班子成员每人联系1个党支部，"
                          "全年参加所联系党支部的组织生活1次。\n",
                          report_title="某校党委2024年党建工作总结")
    assert item.status == "shortfall", item.reason
    assert "1次 is 1 a year against the required 2 a year" in item.reason


@pytest.mark.parametrize("done, status", [
    ("7月15日至19日在县委党校举办暑期党员教师示范培训班1期，共5天。", "met"),
    ("7月在县委党校举办暑期党员教师示范培训班1期，为期3天。", "shortfall"),
])
def test_a_provision_that_names_no_duty_is_read_with_the_one_before(done, status):
    """…每年至少举办1期示范培训班。每期不少于5天。: the second sentence speaks of the 培训班."""
    items = _check_text("（一）县教育局党组每年至少举办1期党员教师示范培训班。每期不少于5天。\n",
                        "一、主要工作\n各校春、秋两个学期各组织一期党员集中学习，每期集中学习18学时。\n"
                        f"{done}\n",
                        policy_title="关于加强党员教师教育培训的通知",
                        report_title="某县教育局2024年党员教育培训工作总结")
    item = next(i for i in items if i.requirement.startswith("每期"))
    assert item.status == status, item.reason
    assert "天" in item.reason


def test_a_provision_asking_for_every_one_is_met_by_a_report_that_says_all_did_it():
    (item,) = _check_text("（一）教职工全部签订廉洁从教承诺书，签订率达到100%。\n",
                          "一、主要工作\n"
                          "开学之初，各处室与所属教职工签订廉洁从教承诺书，全校教职工全部签字，没有一人遗漏。\n",
                          policy_title="关于推进清廉学校建设的通知",
                          report_title="某校党支部2024年清廉学校建设总结")
    assert item.status == "met", item.reason
    assert "全部" in item.reason


def test_a_branch_secretarys_count_is_not_the_school_secretarys():
    """In a school with a 党委, 各支部书记…讲微党课21节 says nothing of the 党委书记's 党课."""
    it = _item(pt.check(W / "report_s.txt", W / "guideline_s.txt"), "至少为全体党员讲1次党课")
    assert it.status != "met", it.reason
    assert "21节" not in it.reason


def test_a_branch_secretarys_gap_is_not_the_school_secretarys():
    """In a 学院 with a 党委, 4个学生党支部书记的年度述职工作尚未开展 admits no gap in the
    院系党组织书记's own 述职 to the school 党委; it does in the 支部书记's."""
    result = pt.check(W / "report_u.txt", W / "guideline_u.txt")
    own = _item(result, "院系党组织书记每年应当向学校党委述职")
    branch = _item(result, "党支部书记每年应当向院系党组织述职")
    assert own.status == "met", own.reason
    assert branch.status == "shortfall", branch.reason


def test_the_reports_own_average_decides_over_its_total():
    """…同期召开党员大会142次，平均每个党组织2次: 2 in ten months is short of once a quarter;
    142 (over 71 organisations) is no organisation's count."""
    it = _item(pt.check(W / "report_w.txt", W / "guideline_w.txt"), "每季度至少召开1次党员大会")
    assert it.status == "shortfall", it.reason
    assert "2次" in it.reason and "142" not in it.reason


def test_party_life_in_general_is_no_organisational_life_meeting():
    """组织生活会 is one meeting a year; 组织生活 is all of a branch's party life."""
    items = _check_text("（一）党支部每年要召开组织生活会，认真开展民主评议党员。\n",
                        "一、主要工作\n会议听取了关于全年组织生活开展情况的汇报。各支部每月召开支委会。\n")
    assert items[0].status != "met", items[0].reason
    items = _check_text("（一）党支部每年要召开组织生活会，认真开展民主评议党员。\n",
                        "一、主要工作\n1月，各支部召开年度组织生活会，并对全体党员进行民主评议。\n")
    assert items[0].status == "met", items[0].reason


def test_a_gap_closer_to_another_provision_does_not_undo_a_figure_that_meets():
    items = _check_text(
        "（一）学校党建工作领导小组每年至少召开4次会议，研究部署党建和意识形态工作重点任务。\n"
        "（二）学校党组织每半年至少专题研究1次意识形态工作，分析研判师生思想动态。\n",
        "一、主要工作\n本次会议是今年召开的第四次领导小组会议，前三次分别于3月、6月、9月召开。\n"
        "二、存在的问题\n学校党建和意识形态工作还存在一些短板：意识形态工作专题研判不够经常，"
        "全年仅在3月份专门研究过一次。\n")
    assert items[0].status == "met", items[0].reason
    assert items[1].status == "shortfall", items[1].reason


def test_an_admitted_gap_closer_to_another_provision_is_that_ones():
    """把关 alone does not make a gap in 重大决策 one in 招聘考察."""
    recruit, decide = _check_text(
        "（一）招聘教职工时，党组织要参与考察把关。\n"
        "（二）学校重大事项决策前须经党组织会议研究讨论，党组织发挥把关作用。\n",
        "一、主要工作\n全年召开支委会12次。\n二、存在的问题\n"
        "支部在学校重大事项决策中的把关作用还没有真正落地，董事会先定了再向支部通报。\n")
    assert decide.status == "shortfall", decide.reason
    assert recruit.status != "shortfall", recruit.reason


def test_a_figure_in_brackets_belongs_to_the_words_in_the_brackets():
    """学习5个学时（含集中培训3个学时）: the bound on 专题学习 is held against 5, not 3."""
    (item,) = _check_text("（一）每名教师每学年参加师德专题学习不少于8学时。\n",
                          "一、主要工作\n各校每学期安排师德专题学习5个学时（含集中培训3个学时），"
                          "内容涵盖职业行为准则和典型案例。\n",
                          policy_title="关于加强师德师风建设的通知")
    assert item.status == "met", item.reason
    assert "5个学时 is 10学时 a year" in item.reason


@pytest.mark.parametrize("room, status", [("约30平方米", "shortfall"), ("60平方米", "met")])
def test_an_area_is_held_against_an_area_whatever_words_precede_it(room, status):
    (item,) = _check_text("（一）学校要设立面积不少于40平方米的党员活动室。\n",
                          f"一、主要工作\n我们把综合楼二楼一间{room}的闲置教室改建成党员活动室，"
                          "配齐了党旗和制度牌。\n")
    assert item.status == status, item.reason
    assert room in item.reason


def test_an_attendance_rate_is_worked_out_from_those_expected_and_those_who_came():
    (item,) = _check_text("（一）召开述职评议会议，参会代表到会率不低于80%。\n",
                          "一、主要工作\n12月召开述职评议会议，各校推荐评议代表共84名，"
                          "当天实际到会65名，对28名书记进行了评议。\n",
                          policy_title="关于开展书记抓党建述职评议的通知")
    assert item.status == "shortfall", item.reason
    assert "77.4%" in item.reason


def test_a_data_lines_target_is_no_achievement():
    """指标：…不少于40学时；完成：人均参训32学时: the restated target meets nothing."""
    (item,) = _check_text("（一）党员教师每年参加集中培训不少于40学时。\n",
                          "一、主要工作\n1.党员教师培训。指标：党员教师每年参加集中培训不少于40学时；"
                          "完成：人均参训32学时。\n",
                          report_title="某县教育局2025年度党员教师队伍建设工作情况的报告")
    assert item.status == "shortfall", item.reason
    assert "32学时" in item.reason


def test_listed_occasions_of_one_kind_of_work_add_up_but_meetings_do_not():
    work, branch = _check_text(
        "（一）党员名师工作室每学期开展研修活动不少于3次。\n（二）支委会每月召开1次。\n",
        "一、主要工作\n项目：工作室研修；完成情况：本学期开展同课异构1次、到联盟校送课1次、专题研讨1次。\n"
        "全年召开党员大会4次、支委会8次。\n")
    assert work.status == "met", work.reason
    assert "is 6 a year" in work.reason  # 3 a term
    assert branch.status == "shortfall", branch.reason
    assert "8次" in branch.reason


def test_an_interviews_answers_do_what_the_question_asked():
    """In a 专访, the answer to 还有哪些难点？ admits gaps and the answer to 下一步有什么打算？
    states plans, though neither says 存在的问题 or 将."""
    visits, brand, lessons = _check_text(
        "（一）班主任每学期家访覆盖率达到100%。\n（二）每所学校创建1个党建品牌。\n"
        "（三）学校党组织每学期开展课程思政展示活动不少于2次。\n",
        "记者：青禾小学的“党建+”是怎么做起来的？\n"
        "林晓：我们从课程思政入手，这学期一共举办了3场课程思政展示活动。\n"
        "记者：工作中还有哪些难点？\n"
        "林晓：说实话，有些家长常年在外务工，班主任家访没能走到每一户。\n"
        "记者：下一步有什么打算？\n"
        "林晓：我们想把“青禾红”党建品牌创建起来，形成一校一品。\n",
        report_title="让党建“+”出育人新气象——访青禾小学党支部书记林晓")
    assert visits.status == "shortfall", visits.reason
    assert "工作中还有哪些难点" in visits.reason
    assert brand.status == "addressed", brand.reason
    assert lessons.status == "met", lessons.reason
    assert "6 a year" in lessons.reason  # 这学期: 3 a term


def test_pairs_formed_are_held_per_member_against_a_mentoring_duty():
    (item,) = _check_text("（一）每名党员教师每学年结对帮扶1名青年教师。\n",
                          "一、基本情况\n全县共有党员教师1,250名。\n二、主要工作\n"
                          "全县党员教师与青年教师结成师徒对子1,031对，开展结对帮扶。\n",
                          report_title="某县教育局2025年度党员教师队伍建设工作情况的报告")
    assert item.status == "shortfall", item.reason
    assert "1,031对 for 1,250名" in item.reason


def test_money_per_pupil_is_held_against_the_pupils_the_report_counts():
    (item,) = _check_text("（一）学校按生均每年不低于10元的标准安排“党建+”活动经费。\n",
                          "记者：你们是怎么做的？\n林晓：我们学校有1,200名学生，今年安排“党建+”活动经费1万元。\n",
                          report_title="访青禾小学党支部书记林晓")
    assert item.status == "shortfall", item.reason
    assert "1,200名" in item.reason


def test_i_in_a_secretarys_own_report_is_the_secretary():
    """In 访…党支部书记林晓 (or a 书记…述职报告), 我 is the 党支部书记 a provision names."""
    (item,) = _check_text("（一）党支部书记每学期至少讲1次党课。\n",
                          "记者：你们是怎么做的？\n林晓：这学期我给全体党员讲了两次党课，"
                          "题目是《做新时代的大先生》。\n",
                          report_title="让党建“+”出育人新气象——访青禾小学党支部书记林晓")
    assert item.status == "met", item.reason
    assert "两次" in item.reason


def test_a_share_of_one_group_in_another_is_worked_out_from_their_counts():
    (item,) = _check_text("（一）学生党员占在校生比例不低于3%。\n",
                          "一、主要工作\n学院现有在校生2,400名，学生党员54名，全年发展学生党员12名。\n",
                          policy_title="关于加强职业院校学生党建工作的通知",
                          report_title="某学院2025年学生党建工作总结")
    assert item.status == "shortfall", item.reason
    assert "54名 学生党员 of 2,400名 在校生" in item.reason


def test_hours_from_days_with_words_between():
    # 5天，每天安排课程8学时 is 40 hours of training, not 8
    items = _check_text("学校党组织书记每年参加集中培训不少于40学时。",
                        "一、主要工作\n书记参加区委组织部举办的书记示范培训班，脱产学习5天，每天安排课程8学时。")
    assert items[0].status == "met", items[0].reason
    assert "40" in items[0].reason


@pytest.mark.parametrize("report, status", [
    # a share of schools says nothing of the share of 党员 among 骨干教师
    ("全县共有公办中小学校56所，其中寄宿制学校31所。各校重视骨干教师培养，骨干教师队伍不断壮大。",
     {"addressed", "not_mentioned"}),
    ("全县中小学共有骨干教师50名，其中党员15名。各校重视骨干教师培养。", {"shortfall"}),  # 30%
])
def test_a_worked_out_share_must_be_of_the_rated_group(report, status):
    items = _check_text("各地中小学骨干教师中的党员比例要达到40%以上。", f"一、基本情况\n{report}")
    assert items[0].status in status, items[0].reason


@pytest.mark.parametrize("young, status", [(16, "met"), (12, "shortfall")])  # 69.6%, 52.2%
def test_a_share_of_a_part_in_a_whole_named_after_zhan(young, status):
    """…A占B的比例: the share is of A, and the report's 其中 names A."""
    items = _check_text("（一）35岁以下青年教师占当年发展党员总数的比例不低于60%。",
                        f"一、主要工作\n全年发展新党员23名，其中35岁以下青年教师{young}名。")
    assert items[0].status == status, items[0].reason


TABLE_REPORT = ("一、基本情况\n全县学校党组织设置和骨干教师分布情况见表1。\n表1 全县学校党组织基本情况\n"
                "学校类别\t学校数（所）\t党员数（名）\t骨干教师数（名）\t其中党员（名）\t组织覆盖率\n"
                "高级中学\t2\t186\t78\t40\t100%\n小学\t38\t452\t264\t82\t100%\n"
                "合计\t{schools}\t1093\t570\t{members}\t{rate}\n"
                "二、主要工作\n全年各校共列支党组织工作经费{money}万元，用于党员教育培训。\n")


@pytest.mark.parametrize("members, rate, money, status", [
    # the total row: 210 of 570 骨干教师 is 36.8%, 27.9万元 over 1093 党员 is 255元, 98%
    (210, "98%", 27.9, ["shortfall", "shortfall", "shortfall"]),
    (240, "100%", 35, ["met", "met", "met"]),  # 42.1%, 320元
])
def test_figures_only_in_a_table_are_held_against_the_provisions(members, rate, money, status):
    items = _check_text("（一）确保中小学校党的组织覆盖率达到100%。\n"
                        "（二）各地中小学骨干教师中的党员比例要达到40%以上。\n"
                        "（三）学校党组织工作经费按照每名党员每年不低于300元的标准列入学校年度预算。\n",
                        TABLE_REPORT.format(schools=40, members=members, rate=rate, money=money),
                        report_title="某县教育局2025年学校党建工作总结")
    assert [i.status for i in items] == status, [i.reason for i in items]
    # the evidence is the total row, as written, not a category row
    row = next(e for e in items[1].evidence if "\t" in e.text)
    assert row.text.startswith("合计")


def test_a_kind_of_teacher_is_held_per_head():
    # 150学时 over 5 专职思政课教师 is 30 hours each
    (item,) = _check_text("思政课教师每年参加集中培训不少于40学时。",
                          "一、主要工作\n学校现有专职思政课教师5名，全年参加国培、省培及市县专题培训累计150学时。")
    assert item.status == "shortfall", item.reason
    assert "30" in item.reason


def test_points_in_a_hundred_point_scheme_are_a_weight():
    (item,) = _check_text("学校要将意识形态工作纳入领导班子成员年度考核，所占权重不低于15%。",
                          "一、主要工作\n意识形态工作已纳入班子成员年度考核，在百分制考核细则中占10分。")
    assert item.status == "shortfall", item.reason


def test_a_day_of_each_month_is_a_monthly_schedule():
    (item,) = _check_text("党支部应当按月收缴党费，并及时足额上缴上级党组织。",
                          "一、主要工作\n党费由组织委员在每月10日前收齐并登记，全年共收缴13860元，均在当月足额交到镇教育党委。")
    assert item.status == "met", item.reason


def test_a_length_in_hours_and_a_half_meets_a_deadline():
    (item,) = _check_text("发生涉校网络舆情的，学校应当在发现后2小时内向县级教育行政部门报告。",
                          "一、主要工作\n9月中旬网上出现一条歪曲原意的短视频，学校发现后约一个半小时即向县教育局书面报告。")
    assert item.status == "met", item.reason


def test_a_half_is_a_share_bound():
    (item,) = _check_text("每年新确定的入党积极分子中，35周岁以下青年教师应当不少于一半。",
                          "一、主要工作\n2024年新确定入党积极分子5名，其中35周岁以下青年教师2名，其余3名为中年骨干教师。")
    assert item.status == "shortfall", item.reason


def test_a_tally_over_listed_kinds_of_lesson_is_divided_per_head():
    # 48 lessons by 32 党员教师 in a year is 1.5 each, against 1 a term (2 a year)
    (item,) = _check_text("党员教师每学期应当至少执教1节校级及以上公开课或示范课。",
                          "一、基本情况\n支部现有党员教师32名。\n二、主要工作\n"
                          "全年党员教师共执教校级以上公开课、示范课四十八节，其中区级以上12节。")
    assert item.status == "shortfall", item.reason


def test_a_condition_clause_with_a_bracket_is_no_duty_of_its_own():
    """对…整改不到位的民办学校（幼儿园），要约谈…: the first clause says whom the duty is
    about; a report of an annual inspection that names 整改 and 幼儿园 does not do it."""
    from policytext.check.core import _duty_clauses
    from policytext.records import Requirement

    req = Requirement(doc="g", provision="（十六）", text="对党建工作落实不力、整改不到位的民办学校（幼儿园），"
                      "要约谈其举办者和主要负责人。", modality="must", actor=None, action=None,
                      constraint=None, topics=[], start=0, end=0)
    assert _duty_clauses(req) == [("约谈", "举办者", "负责人")]


def test_a_count_of_some_other_meeting_does_not_measure_a_duty():
    """推进会1次 beside work on 指导员 says nothing of how often they visit their schools."""
    (item,) = _check_text("（一）党建工作指导员每月到联系学校开展指导不少于1次。\n",
                          "一、主要工作\n从局机关挑选8名同志担任党建工作指导员，指导员定期深入联系学校开展指导。"
                          "4月份召开全区党建工作推进会1次，部署指导员联系学校工作。\n")
    assert item.status != "shortfall", item.reason
    assert not item.reason.startswith("report figure"), item.reason


def test_the_passage_with_the_verdicts_figure_is_shown_first():
    """A share worked out from a count in a passage that ranks below another: the evidence a
    person reads first holds the figure the reason names."""
    (item,) = _check_text("（一）民办幼儿园党组织覆盖率应当不低于80%。\n",
                          "一、基本情况\n全区共有民办幼儿园112所。\n二、主要工作\n"
                          "民办幼儿园新入职教职工中有党员57名，组织关系全部转入幼儿园党组织。"
                          "上半年新建党组织19个，民办幼儿园中已建立党组织的有83所。\n"
                          "三、下半年打算\n加快推进民办幼儿园党组织组建，扩大覆盖面。\n")
    assert item.status == "shortfall", item.reason
    fig = item.figures[0]
    first = item.evidence[0]
    assert first.start <= fig.start < first.end


def test_a_clause_that_says_when_shows_no_duty_done():
    """重大问题决策前，…要个别酝酿、充分沟通: a report's 集体决策 on 重大事项 is not the 酝酿."""
    (item,) = _check_text("（一）重大问题决策前，党组织书记和校长要个别酝酿、充分沟通。\n",
                          "一、主要工作\n全年共召开党委会18次，研究议题300余项，重大问题全部按程序集体决策。\n")
    assert item.status in ("not_mentioned", "addressed"), item.reason


def test_a_yearly_duty_with_a_date_is_checked_by_its_date():
    """每年3月底前制定计划 against a plan made in April: a monthly count elsewhere in the
    same passage is no verdict on it."""
    (item,) = _check_text("（一）各学校党支部每年3月底前制定年度发展党员计划，报县委教育工委审核。\n",
                          "一、主要工作\n4月中旬，支委会研究制定了年度发展党员计划，上报工委审核；"
                          "团支部每月开展一次青年教师教学研讨。\n")
    assert item.status == "shortfall", item.reason
    assert "deadline" in item.reason


def test_a_count_of_lessons_does_not_measure_another_duty():
    """书记共讲授专题党课71场 says nothing of how often 意识形态 is 专题分析研判."""
    (item,) = _check_text("（一）区县教育工委每半年至少专题分析研判1次本系统意识形态形势。\n",
                          "一、主要工作\n42名学校党组织书记全年共讲授专题党课71场。我们注重分析研判师生思想动态。\n")
    assert not item.reason.startswith("report figure"), item.reason


def test_a_rectified_finding_is_no_gap_and_one_under_way_is():
    """A 整改落实情况报告: 问题一 marked 已完成 admits nothing; 问题二 正在推进 admits its gap."""
    items = _check_text("（一）学校食堂伙食费收支情况应当每月公示。\n（二）学校应当开展固定资产全面清查。\n",
                        "一、问题整改情况\n问题一：食堂伙食费收支不公开。\n整改措施：建立公示制度。\n"
                        "整改进展：已完成。食堂伙食费收支情况已在校务公开栏公示。\n"
                        "问题二：固定资产账实不符。\n整改措施：开展资产清查。\n整改进展：正在推进。\n")
    food, assets = items
    assert food.status != "shortfall", food.reason
    assert assets.status == "shortfall", assets.reason


def test_a_copied_requirement_is_no_work_done():
    """对照检查报告: 对照要求：(the guideline's words) then 落实情况：…; only the latter counts."""
    (item,) = _check_text("（一）培养联系人每季度至少与入党积极分子谈心谈话1次。\n",
                          "一、逐项对照落实情况\n对照要求：培养联系人每季度至少与入党积极分子谈心谈话1次。\n"
                          "落实情况：培养人大体上每半年与积极分子谈一次心。\n")
    assert item.status != "met", item.reason


@pytest.mark.parametrize("provision, done, title, status, in_reason", [
    # a per-head count in words: 每人结对三名 is three each
    ("（一）党员教师每人结对帮扶留守儿童不少于2名。\n",
     "一、主要工作\n村小的党员老师每人结对三名留守儿童，逢年过节上门走访。\n", None, "met", "三名"),
    # days in words times hours a day in words: 三个半天，每个半天四个学时 is 12学时
    ("（一）中心学校党组织每年对党员教师开展集中培训，累计不少于16学时。\n",
     "一、主要工作\n全年的集中培训放在暑假，把党员教师叫到中心学校集中培训了三个半天，每个半天四个学时。\n",
     None, "shortfall", "12"),
    # a secretary's duty is each secretary's: 71场 by 42名 书记 is 1.69 each
    ("（一）学校党组织书记每年为本校党员讲授党课不少于2次。\n",
     "一、主要工作\n42名学校（单位）党组织书记全年共讲授专题党课71场。\n", None, "shortfall", "71场"),
    # the year before stands beside this year's figure: 上年为89场 is not this year's
    ("（一）学校党组织书记每年为本校党员讲授党课不少于2次。\n",
     "一、主要工作\n42名学校党组织书记全年共讲授专题党课71场，上年为89场。\n", None, "shortfall", "71场"),
    # per pupil where the pupils are named before 人均 (在校学生人均), not per member
    ("（一）学校应当按照在校学生人均不低于20元的标准安排安全教育专项经费。\n",
     "一、基本情况\n学校有在校学生1260人，党员41名。\n二、主要工作\n学校全年安排年度安全教育专项经费2.1万元。\n",
     None, "shortfall", "1260人"),
    # a share inside the provision's own numerator is not its share of the total
    ("（一）区级以上样板党支部数量应达到所属党支部总数的15%以上。\n",
     ("一、基本情况\n全区共有党支部96个。\n二、主要工作\n区级及以上样板党支部由上年的9个增加到13个，"
      "其中市级样板党支部2个。\n"), None, "addressed", ""),
    # a date in the next year is after a deadline in this one, whatever its month
    ("（一）各区（县）要在2025年10月底前建成师德师风信息管理平台。\n",
     "一、主要工作\n师德师风信息管理平台建设已完成需求调研和招标，计划2026年3月前建成上线。\n",
     "某区教育局2025年度师德师风建设工作总结", "shortfall", "2026年3月"),
    # 全年每校4次 is already per school: not divided again by the 47所
    ("（一）各中小学校每学期至少组织开展2次师德专题学习教育活动。\n",
     "一、主要工作\n全区共有中小学校47所。师德专题学习教育：47所学校春、秋两个学期各组织2次，全年每校4次。\n",
     "某区教育局2025年度师德师风建设工作总结", "met", "4"),
    # 累计不少于40学时 goes on from …参加集中培训; a list of persons (书记、校长) is per head
    ("（一）学校党组织书记、校长每年应当参加集中培训，累计不少于40学时。\n",
     "一、主要做法\n区委教育工委举办书记、校长专题培训班2期，72名书记、校长全员参训，累计完成集中培训2160学时。\n",
     "某区中小学校党组织领导的校长负责制运行情况调研报告", "shortfall", "72名"),
    # a rate that opens the sentence governs its count: 每个季度，…谈一次心 is 4 a year
    ("（一）书记每年与每名支委委员谈心谈话不少于2次。\n",
     "一、履职情况\n每个季度，我都和另外4名支委委员分别谈一次心，谈分工、谈思想。\n",
     "某校党支部书记2025年度抓基层党建工作述职报告", "met", "4 a year"),
    # a duty of a kind of school is each school's: 送教7次 by 5所城区学校 is 1.4 each a term
    ("（一）城区学校党组织每学期应当组织党员教师到农村薄弱学校送教不少于2次。\n",
     "一、主要工作\n今年春季学期，全县5所城区学校党组织共组织党员教师赴乡村学校送教7次。\n",
     None, "shortfall", "5所城区学校"),
    # a district's tally of a school meeting is over the schools it counted
    ("（一）校长办公会议每月至少召开2次。\n",
     "一、基本情况\n全区共有公办中小学校36所。\n二、主要做法\n校长办公会议全年累计召开540次，主要集中在开学前后。\n",
     "某区中小学校党组织领导的校长负责制运行情况调研报告", "shortfall", "36所"),
    # counted kinds of school add up: three 村小 and two 教学点 are five schools
    ("（一）每个联合党支部覆盖的学校不超过4所。\n",
     "一、主要工作\n柏树、高坪三个村小和黄泥坎、石板沟两个教学点合在一起成立了一个联合党支部。\n",
     None, "shortfall", "5"),
    ("（一）每个联合党支部覆盖的学校不超过4所。\n",
     "一、主要工作\n两个村小和一个教学点合在一起成立了一个联合党支部。\n", None, "met", "3"),
    # a duty of every school, shown done in fewer of the schools the report counts
    ("（一）联合党支部要在每所村小、教学点明确1名党员联络员，负责日常联系。\n",
     ("一、基本情况\n全镇有一所中心小学、七所村小和十二个教学点。\n二、主要做法\n"
     "支部在七所村小和五个规模较大的教学点各明确了一名党员联络员，负责校点党员的日常联系。\n"),
     None, "shortfall", "12 (“七所村小和五个规模较大的教学点”) of the 20"),
    ("（一）联合党支部要在每所村小、教学点明确1名党员联络员，负责日常联系。\n",
     ("一、基本情况\n全镇有七所村小和五个教学点。\n二、主要做法\n"
     "支部在七所村小和五个教学点各明确了一名党员联络员，负责校点党员的日常联系。\n"),
     None, "met", ""),
    # an ordinal counts the occasions so far: the second in December is two in the year
    ("（一）县委教育工委每季度至少召开1次工作推进会。\n",
     "一、主要工作\n12月3日，县委教育工委召开工作推进会。这是今年继4月份之后召开的第二次专题推进会。\n",
     None, "shortfall", "第二次"),
    # …unless the report gives the count itself
    ("（一）县委教育工委每季度至少召开1次工作推进会。\n",
     "一、主要工作\n县委教育工委全年召开工作推进会4次，12月3日召开的是第四次推进会。\n",
     None, "met", "4次"),
    # a rate of every second week or month: 每两个星期…一次 is 26 a year
    ("（一）师徒结对后每月至少互相听评课1次。\n",
     "一、主要工作\n每对师徒一起订了帮带计划，每两个星期互相听评课一次。\n", None, "met", "26 a year"),
    ("（一）师徒结对后每月至少互相听评课2次。\n",
     "一、主要工作\n每对师徒一起订了帮带计划，每两个月互相听评课1次。\n", None, "shortfall", "6 a year"),
    # a meeting of another of the school's bodies is no 支委会
    ("（一）党支部委员会会议每月至少召开1次。\n",
     "一、主要工作\n全年董事会共召开会议5次，审议年度预算等重大事项11项。全年共召开支委会14次。\n",
     None, "met", "14次"),
    # 逐月召开 is monthly, as 按月召开 is
    ("（一）学校党组织委员会会议每月至少召开1次。\n",
     ("一、主要工作\n你校于3月召开意识形态工作专题会议，全年共召开此类专题会议1次。"
     "党总支委员会会议逐月召开，每月均有会议记录可查。\n"), None, "met", "逐月"),
    # …or a pair of a span and a count: 两周一回 is every second week, 一月一次 monthly
    ("（一）走教党员教师每月到结对校点上课不少于1次。\n",
     "一、主要工作\n十名走教党员两周一回到结对校点上课，风雨无阻。\n", None, "met", "26 a year"),
    ("（一）走教党员教师每月到结对校点上课不少于2次。\n",
     "一、主要工作\n十名走教党员一月一次到结对校点上课，风雨无阻。\n", None, "shortfall", "12 a year"),
    # a day of each week or month is a schedule: weekly, monthly
    ("（一）各学科组每两周至少开展1次集体备课。\n",
     "一、主要工作\n各学科组坚持每周三下午集体备课。\n", None, "met", "52 a year"),
    ("（一）校长办公会议一般每两周召开1次。\n",
     "一、主要工作\n校长办公会议每月第一个周一召开。\n", None, "shortfall", "12 a year"),
    # nearly a bound is short of it; the bound itself meets it
    ("（一）党员教师担任班主任的比例不低于30%。\n",
     "一、主要工作\n学校有党员教师40名，担任班主任的党员教师占近三成。\n", None, "shortfall", "近三成"),
    ("（一）党员教师担任班主任的比例不低于30%。\n",
     "一、主要工作\n学校有党员教师40名，担任班主任的党员教师占三成。\n", None, "met", "三成"),
    # a time limit after an event is when the duty is due, not what it is; the report's
    # own time limit in words or as an ordinal day is held against it
    ("（一）教师党员工作调动的，应在调动手续办结后1个月内转接组织关系。\n",
     "一、主要工作\n春季新调入3名党员教师，报到后半个月内全部转入了组织关系。\n", None, "met",
     "半个月内"),
    ("（一）述职评议结束后15个工作日内向各书记反馈问题清单。\n",
     "一、主要工作\n会后第5个工作日，工委已将问题清单逐一反馈给28名书记。\n", None, "met",
     "第5个工作日"),
    ("（一）述职评议结束后3个工作日内向各书记反馈问题清单。\n",
     "一、主要工作\n会后第5个工作日，工委已将问题清单逐一反馈给28名书记。\n", None, "shortfall",
     "第5个工作日"),
    # a span of dates is how long it lasted: in working days when the year is known
    ("（一）确定入党积极分子时，须在校内进行公示，公示期不少于5个工作日。\n",
     "一、主要工作\n确定入党积极分子前，在校内公示栏进行公示，公示时间为5月6日至10日。\n", None,
     "met", "5工作日"),
    ("（一）确定入党积极分子时，须在校内进行公示，公示期不少于5个工作日。\n",
     "一、主要工作\n2024年5月8日至12日在校内公示栏公示拟发展对象。\n", "某校党支部总结",
     "shortfall", "3工作日"),  # Wednesday to Sunday
    ("（一）确定入党积极分子时，须在校内进行公示，公示期不少于5个工作日。\n",
     "一、主要工作\n5月6日至10日在校内公示栏公示拟发展对象。\n", "某校党支部总结",
     "addressed", "no figure"),  # no year: the weekend is not known
    ("（一）确定入党积极分子时，须在校内进行公示，公示期不少于7天。\n",
     "一、主要工作\n5月6日至10日在校内公示栏公示拟发展对象。\n", None, "shortfall", "5月6日至10日"),
    # an area is stated in 平方米, whatever the room is called
    ("（一）各校要建成集理论学习、组织生活、成果展示于一体的党员活动室，使用面积不少于40平方米。\n",
     ("一、主要工作\n学校腾挪出原教师阅览室，改建成60余平方米的“红烛书屋”，这里既是党员读书学习的"
      "充电站，也是过组织生活的主阵地。\n"), None, "met", "60余平方米"),
    # the genre's short forms: 思政课 is a 思想政治理论课
    ("（一）学校党组织书记每学期至少为学生讲授1次思想政治理论课。\n",
     "一、主要工作\n党委书记4月、9月分别为学生上思政课，春季、秋季两个学期各1次。\n", None, "met",
     "2 a year"),
    # every period without a gap is a rate, of the work the genre's word for it names
    ("（一）书记、校长每周至少沟通1次。\n",
     "一、主要工作\n各校书记、校长的碰头记录本显示，每一周都有两人碰头商议的记录。\n", None, "met",
     "52 a year"),
    ("（一）书记、校长每周至少沟通2次。\n",
     "一、主要工作\n各校书记、校长的碰头记录本显示，每一周都有两人碰头商议的记录。\n", None,
     "shortfall", "52 a year"),
])
def test_a_figure_held_against_a_bound(provision, done, title, status, in_reason):
    """Whose figure it is, which year it counts, how it is written: the last provision of the
    guideline (a clause that goes on from the one before is read with it) against the report."""
    item = _check_text(provision, done, **({"report_title": title} if title else {}))[-1]
    assert item.status == status, item.reason
    assert in_reason in item.reason


@pytest.mark.parametrize("done, status", [
    ("4月17日召开2024年度组织生活会，同步开展民主评议党员。", "shortfall"),
    ("3月20日召开2024年度组织生活会，同步开展民主评议党员。", "met"),
])
def test_a_task_is_due_by_the_time_limit_written_under_it(done, status):
    """A 任务清单 puts each task's deadline on a 完成时限 line of its own."""
    items = _check_text("1. 召开2024年度组织生活会，同步开展民主评议党员。\n"
                        "责任单位：各基层党组织\n完成时限：2025年3月底前\n"
                        "2. 党支部每月开展1次主题党日活动。\n责任单位：各基层党组织\n完成时限：每月\n",
                        f"一、重点任务推进情况\n{done}\n",
                        policy_title="2025年基层党建工作重点任务清单",
                        report_title="某校党支部2025年第三季度重点任务推进情况报告")
    first, second = items
    assert first.status == status, first.reason
    assert "3月底前" in first.requirement
    assert "完成时限" not in second.requirement  # 每月 is no deadline


def test_a_task_tables_rows_are_provisions_due_by_their_time_limit_cell():
    """A 任务分解表 copied from Word: each row's 具体要求 is a numbered provision, its
    完成时限 cell the deadline; the notice's 印发给你们 formula is no duty."""
    policy = ("现将《2025年党建重点任务分解表》印发给你们，请认真抓好落实。\n"
              "附件：2025年党建重点任务分解表\n"
              "序号\t重点任务\t具体要求\t完成时限\t责任主体\n"
              "1\t规范支委会\t党支部每月至少召开1次支部委员会会议。\t全年\t各党支部\n"
              "2\t换届选举\t任期届满的党支部按期进行换届选举。\t6月30日前\t各学校党组织\n")
    items = _check_text(policy, "一、主要工作\n全年召开支委会9次。7月15日，任期届满的第一党支部召开党员大会，完成换届选举。\n",
                        policy_title="关于印发《2025年党建重点任务分解表》的通知")
    assert [i.requirement for i in items] == ["党支部每月至少召开1次支部委员会会议。",
                                              "任期届满的党支部按期进行换届选举。（完成时限：6月30日前）"]
    assert [i.status for i in items] == ["shortfall", "shortfall"], [i.reason for i in items]


@pytest.mark.parametrize("report, status, in_reason", [
    ("全年共召开党员大会5次，第一至第四季度分别召开2次、1次、0次、2次。", "shortfall", "第三季度"),
    ("全年共召开党员大会5次，第一至第四季度分别召开2次、1次、1次、1次。", "met", "each at least"),
    # a series of another thing in the paragraph says nothing of this one
    ("全年共召开党员大会4次。全年讲党课3次，其中上半年2次、下半年1次。", "met", "4次"),
])
def test_a_count_period_by_period_decides_a_duty_of_each_period(report, status, in_reason):
    (item,) = _check_text("1. 党支部每季度至少召开1次党员大会。\n", f"一、主要工作\n{report}\n")
    assert item.status == status and in_reason in item.reason, item.reason


def test_each_doers_series_is_held_against_a_duty_of_each():
    """书记…第一学期讲授思政课5节、第二学期4节；校长第一学期讲授6节、第二学期3节: the 校长's
    second term is short of 每学期…均不少于4节."""
    (item,) = _check_text("1. 学校党组织书记、校长每学期为学生讲授思政课均不少于4节。\n",
                          "一、主要工作\n党支部书记第一学期讲授思政课5节、第二学期4节；"
                          "校长第一学期讲授6节、第二学期3节，内容围绕“强国有我”等主题。\n")
    assert item.status == "shortfall" and "3节" in item.reason, item.reason


@pytest.mark.parametrize("report, status, in_reason", [
    # a range over the schools: its low end is a school's own count
    ("各校支委会全年召开次数在10至16次之间，平均每校13.2次。", "shortfall", "10次"),
    ("各校支委会全年召开次数在12至16次之间，平均每校13.2次。", "met", ""),
    # the count of those that reached it, and the rest
    ("53个党组织中有47个坚持每月召开支委会、全年达到12次，其余6个全年召开9至11次。", "shortfall", "9"),
])
def test_the_least_of_the_schools_decides_a_duty_of_each_school(report, status, in_reason):
    (item,) = _check_text("1. 各校党组织每年召开支委会不少于12次。\n", f"一、主要工作\n{report}\n",
                          report_title="某县委教育工委2025年党建工作自查报告")
    assert item.status == status and in_reason in item.reason, item.reason


def test_a_range_of_members_hours_is_not_a_total_with_its_average():
    (item,) = _check_text("1. 各校应组织党员每年参加集中学习培训不少于32学时。\n",
                          "一、主要工作\n各校党员人均集中学习培训时长在26至52学时之间，全县平均每名党员38.6学时。\n",
                          report_title="某县委教育工委2025年党建工作自查报告")
    assert item.status == "shortfall" and "26" in item.reason, item.reason


_SET_OUT = "一、基本情况\n党总支下设初中部党支部、高中部党支部、行政后勤党支部3个支部。\n二、主要工作\n"
_BY_BRANCH = ("一、各支部工作情况\n（一）初中部党支部。全年召开支委会12次，每月开展主题党日活动，全年12次。\n"
              "（二）高中部党支部。全年召开支委会12次，开展主题党日活动12次。\n")


@pytest.mark.parametrize("report, status", [
    # the branches' tally, shared over the branches the report sets out elsewhere
    (_SET_OUT + "各支部认真落实“三会一课”，全年共开展主题党日活动27次。", "shortfall"),
    (_SET_OUT + "各支部认真落实“三会一课”，全年共开展主题党日活动36次。", "met"),
    # one part per branch: the branch that held fewer falls short, whatever the others did
    (_BY_BRANCH + "（三）行政后勤党支部。全年召开支委会12次，开展主题党日活动10次。", "shortfall"),
])
def test_a_duty_of_each_branch_is_held_against_every_branch(report, status):
    (item,) = _check_text("1. 各党支部每月应固定1天开展主题党日活动。\n", report)
    assert item.status == status, item.reason


@pytest.mark.parametrize("report, status", [
    ("经排查，全年共查处在职教师有偿补课问题2起，对2名教师分别给予警告、记过处分。", "shortfall"),
    ("经两轮排查，全年未发现在职教师有偿补课问题，未发生教师参与有偿补课现象。", "met"),
    # cases of something else found in the same sweep say nothing of the ban
    ("经排查，未发现在职教师组织、参与有偿补课问题；妥善处置学生之间的欺凌事件3起。", "met"),
])
def test_a_ban_the_report_counts_broken_falls_short(report, status):
    (item,) = _check_text("1. 严禁在职教师组织、参与有偿补课。\n", f"一、排查整治\n{report}\n",
                          report_title="某县教育局2025年师德师风专项整治工作总结")
    assert item.status == status, item.reason


_SINCE_OPENING = "某校党支部建校以来党建工作情况汇报\n2025年12月20日"
_YEAR_REPORT = "某区教育局党组2025年度党建工作报告"


@pytest.mark.parametrize("report_title, said, status", [
    # a count since a month covers the months to the report's date (28 to December 2025)
    (_SINCE_OPENING, "自2023年9月建校以来，累计召开支委会26次。", "shortfall"),
    (_SINCE_OPENING, "自2023年9月建校以来，累计召开支委会30次。", "met"),
    # in a list of years and values, only the report's year's value counts
    (_YEAR_REPORT, "2024年、2025年各校分别召开支委会10次、12次。", "met"),  # the 10 is 2024's
    (_YEAR_REPORT, "2024年、2025年分别召开支委会12次、10次。", "shortfall"),
])
def test_a_count_is_read_over_the_span_and_year_the_report_states(report_title, said, status):
    (item,) = _check_text("1. 党支部每月至少召开1次支委会。\n", f"一、主要工作\n{said}\n",
                          report_title=report_title)
    assert item.status == status, item.reason


def test_a_table_of_months_decides_duties_of_each_month_and_quarter():
    """月份 | 支委会 | 党员大会 | 党课: July without a 支委会, no 党员大会 in the third quarter,
    a 党课 in every quarter; the 合计 row alone would not tell."""
    months = {m: (1, int(m in (3, 6, 12)), int(m in (3, 5, 9, 11))) for m in range(1, 13)}
    months[7] = (0, 0, 0)
    months[1] = (2, 0, 0)
    table = "\n".join(["月份\t支委会\t党员大会\t党课"] + [f"{m}月\t{a}\t{b}\t{c}" for m, (a, b, c) in months.items()]
                      + ["合计\t12\t3\t4"])
    items = _check_text("1. 党支部每月至少召开1次支委会。\n2. 党支部每季度至少召开1次党员大会。\n"
                        "3. 党支部每季度至少上1次党课。\n4. 党支部每年至少上4次党课。\n",
                        f"一、主要工作\n支部严格落实“三会一课”制度，全年会议召开情况见下表。\n{table}\n")
    # (a yearly duty is held against the 合计 row: a column named for a meeting counts times)
    assert [i.status for i in items] == ["shortfall", "shortfall", "met", "met"], [i.reason for i in items]
    assert "7月" in items[0].reason and "第三季度" in items[1].reason


@pytest.mark.parametrize("duty, said, status", [
    # a monthly schedule that leaves months out falls short of every month
    ("党支部应当每月召开1次支部委员会会议。", "各支部坚持按月召开支委会（7月、8月暑假期间未召开）。", "shortfall"),
    ("党支部应当每月召开1次支部委员会会议。", "各支部坚持按月召开支委会，研究支部重点工作。", "met"),
    # a count two office holders give together is shared between them (1.5 each against 2)
    ("党组织书记和校长每学期至少为学生讲授1次思政课。", "全年书记、校长共为学生讲授思政课3次。", "shortfall"),
    ("党组织书记和校长每学期至少为学生讲授1次思政课。", "全年书记、校长共为学生讲授思政课4次。", "met"),
    # a count several people each gave is each one's own, not spread over them as occasions
    ("每名党员教师每年至少上2节示范课。", "全年党员教师王芳、赵磊各上示范课1节。", "shortfall"),
    ("每名党员教师每年至少上2节示范课。", "全年党员教师分别在春季学期和秋季学期各上示范课1节。", "met"),
    # members named one by one with their figures: the least decides a duty of each
    ("党员教师每人每年参加志愿服务不少于20小时。",
     "罗建军全年志愿服务40小时，潘静怡36小时，邱海峰32小时，方志远20小时，袁小琴14小时。", "shortfall"),
    ("党员教师每人每年参加志愿服务不少于20小时。",
     "罗建军全年志愿服务40小时，潘静怡36小时，邱海峰32小时，方志远20小时，袁小琴24小时。", "met"),
    # person-times over the people counted in the clause are times each (21人次 of 7名: 3 each)
    ("领导班子成员中的党员应当以普通党员身份参加所在党支部组织生活，每人每年不少于4次。",
     "7名局党组成员全年以普通党员身份参加所在支部组织生活共计21人次。", "shortfall"),
    ("领导班子成员中的党员应当以普通党员身份参加所在党支部组织生活，每人每年不少于4次。",
     "7名局党组成员全年以普通党员身份参加所在支部组织生活共计28人次。", "met"),
    # a completion rate is a share of what was required; it says what a schedule does not
    ("党支部每季度至少讲1次党课。", "全年党课完成率75%，均由支部书记讲授。", "shortfall"),
    ("党支部每季度至少讲1次党课。", "支部坚持按计划讲党课，完成率100%。", "met"),
    ("党支部每月确定1天为固定主题党日。",
     "支部将每月第二周的星期五下午定为主题党日。全年主题党日活动完成率91.7%（11/12）。", "shortfall"),
    # two bounds joined by 、 are each held; the hours are given day by day (8+6+6 = 20 < 24)
    ("各基层党组织要组织党员集中培训，时间不少于3天、累计不少于24学时。",
     ("1月8日至10日举办党员冬训集中培训班，为期3天：第一天解读全会《决定》，安排8学时；"
      "第二天开展党务实务培训，安排6学时；第三天分组研讨，安排6学时。"), "shortfall"),
    # a share written in words is the report's own, not one worked out from two counts
    ("党员志愿服务参与率不低于80%。", "党员志愿服务参与率近八成。", "shortfall"),
    ("党员教师担任班主任的比例不低于50%。", "党员教师担任班主任的比例不到一半。", "shortfall"),
    # an approximate figure at the bound can be either side of it; away from it, it decides
    ("党员每年集中学习培训不少于40学时。", "党员全年集中学习培训40学时左右。", "addressed"),
    ("党员每年集中学习培训不少于32学时。", "党员全年集中学习培训约30学时。", "shortfall"),
    ("每年组织党员志愿服务不少于100人次。", "全年组织党员志愿服务逾百人次。", "met"),  # 人次, not 人
    # a cumulative bound is held against the report's tally, not one year's count
    ("三年累计培训党务干部不少于3000人次。",
     "2023年培训党务干部980人次，2024年1050人次，2025年1120人次，三年来累计培训3150人次。", "met"),
    # periods of half a month and a fortnight: 24 and 26 a year
    ("每半月开展1次集中学习。", "全年开展集中学习20次。", "shortfall"),
    ("党小组每双周组织1次学习交流。", "党小组全年组织学习交流26次。", "met"),
    # a rule announced to start after the report's time is an intention, not its practice
    ("每月至少召开1次党小组会。", "从下学期起将实行党小组会每月召开一次的制度。", "addressed"),
    ("每月至少召开1次党小组会。", "下学期起，党小组会每月召开一次。", "addressed"),
    ("每月至少召开1次党小组会。", "坚持党小组会每月召开一次，交流学习心得。", "met"),
    # a part over its whole written with a slash: the part is the count, and the share is worked out
    ("党员教师年度集中培训参训率达到100%。", "党员教师参加年度集中培训36/38名。", "shortfall"),
    ("党员结对帮扶困难学生覆盖率不低于80%。", "党员结对帮扶困难学生覆盖率45/50。", "met"),
    ("党组织书记每年至少讲2次党课。", "书记讲党课1/2次。", "shortfall"),
    ("党支部每月至少召开1次支委会。", "支委会完成12/12次，研究重大事项。", "met"),
    ("青年教师中党员比例不低于三分之一。", "青年教师中党员9/30名。", "shortfall"),  # 三分之一, not 3分
    # two groups as a ratio (1 of 3), and a share to one decimal at a bound no decimal writes
    ("学校骨干教师中党员比例至少占三分之一。", "党员与非党员骨干比为1:2。", "met"),
    ("学校骨干教师中党员比例至少占三分之一。", "党员与非党员骨干比为1:3。", "shortfall"),
    ("学校骨干教师中党员比例至少占三分之一。", "骨干教师中党员占33.3%。", "met"),
    ("深入实施“双培养”工程，确保党员骨干教师人数至少占学校骨干教师总数的三分之一。", "深入实施“双培养”工程，目前全校党员与非党员骨干教师比为1:2。", "met"),
    ("组织党员教师开展结对帮扶，结对帮扶覆盖率不低于80%。", "由党员教师一对一结对帮扶，覆盖率45/50。", "met"),
    ("每名党员教师每年都要参加县级以上集中培训。", "组织在职党员教师参加县级集中培训，参训36/38名。", "shortfall"),
    ("年度党建重点任务确保年底前全部完成。", "县教育局下达的4项年度党建重点任务，目前已完成3/4项。", "shortfall"),
    # times over people are the group's, person by person: 21人次 for 36名 is 0.58 each
    ("支部书记每年至少与每名党员谈心谈话1次。", "支部现有党员36名。支部书记全年与党员谈心谈话21人次。", "shortfall"),
    ("支部书记每年至少与每名党员谈心谈话1次。", "支部现有党员36名。支部书记全年与党员谈心谈话40人次。", "met"),
    # a branch's own figure in a breakdown is not shared over the branches; the least decides
    ("教工党支部每月至少开展1次集中政治理论学习。",
     "3个教工党支部全年开展集中理论学习40次，其中语言学教工党支部15次、文学教工党支部14次、新闻传播教工党支部11次。",
     "shortfall"),
    ("教工党支部每月至少开展1次集中政治理论学习。",
     "3个教工党支部全年开展集中理论学习40次，其中语言学教工党支部15次、文学教工党支部13次、新闻传播教工党支部12次。",
     "met"),
    # a monthly duty that leaves months out asks only for the months left (the 寒假 one, the 暑假 two)
    ("支委会每月召开1次（寒暑假除外）。", "全年召开支委会9次，寒暑假期间未召开。", "met"),
    ("党支部每月开展1次主题党日活动（7月、8月除外）。", "全年开展主题党日活动9次。", "shortfall"),
    # occasions listed by their dates: as many as the dates, spread over the months they name
    ("党支部每月至少召开1次支委会。",
     "支部分别于1.8、2.26、3.12、4.9、5.14、6.11、9.10、10.15、11.12、12.10召开支委会。", "shortfall"),
    ("党支部每季度至少召开1次党员大会。", "支部于3.20、6.18、9.25、12.19召开党员大会。", "met"),
    ("党支部每季度至少召开1次党员大会。", "支部分别于3月20日、6月18日、12月19日召开党员大会。", "shortfall"),
    ("书记每学期至少讲1次党课。", "书记于4.22、5.28讲党课。", "shortfall"),
    # hours of a year's training added up over the members who took it
    ("党员教师年度集中学习培训不少于32学时。", "72名在职党员教师累计参加集中学习培训2,088学时。", "shortfall"),
    # a duty to each member against a count of the members it reached, of all the report has
    ("党支部书记每年与每名党员谈心谈话不少于1次。",
     "支部现有党员26名。年内，支部书记与19名党员进行了一对一谈心谈话。", "shortfall"),
    ("新入职教师须参加岗前师德培训并签订师德承诺书。",
     "学校有教师86名。今年新入职的6名教师全部参加岗前师德培训，并签订《师德承诺书》。", "met"),
    # a table by halves of the year against a duty per quarter: a half needs two; 支委会 is the
    # genre's name for 支部委员会会议
    ("党员大会每季度至少召开1次。", "附表\n项目\t上半年\t下半年\t全年合计\n党员大会（次）\t1\t3\t4\n", "shortfall"),
    ("党支部委员会会议每月至少召开1次。", "附表\n项目\t上半年\t下半年\t全年合计\n支委会（次）\t6\t6\t12\n", "met"),
    # the only one is one (唯一一次 is no eleven)
    ("每学期至少组织1次师德师风专题学习。", "9月组织全体教师开展师德师风专题学习，这是全年组织的唯一一次师德师风专题学习。", "shortfall"),
    # several bounds in one provision: each figure is held against the bound on what it counts
    ("班子成员每学期听课不少于10节、参加教研活动不少于4次。", "班子成员每学期人均听课12节，参加教研活动3次。", "shortfall"),
    ("班子成员每学期听课不少于10节、参加教研活动不少于4次。", "班子成员每学期人均听课12节，参加教研活动5次。", "met"),
    # most is not every one (基本, 绝大多数, 除个别…外), 全员 and 无一遗漏 are
    ("党员教师年度集中培训参训率达到100%。", "绝大多数党员教师参加了年度集中培训。", "shortfall"),
    ("党员结对帮扶困难学生实现全覆盖。", "党员结对帮扶困难学生基本实现全覆盖。", "shortfall"),
    ("每名党员都要参加志愿服务。", "除个别因病请假外，党员均参加了志愿服务。", "shortfall"),
    ("每名党员都要参加志愿服务。", "党员参加志愿服务全员参与、人人过关。", "met"),
    ("党员每年参加集中学习培训不少于32学时，确保每名党员都完成学习任务。", "大部分党员完成了全年32学时的学习培训任务。", "shortfall"),
    # hours of each session are each attendee's, not shared over them
    ("学校党组织书记每年参加集中培训不少于40学时。",
     "举办全县学校党组织书记示范培训班2期，每期集中培训6天、共48学时，46名书记分期全员参训。", "met"),
    # the count of members who did it is not what each did: 39 of 46 leave 7 with none
    ("每名党员教师至少结对帮扶1名学习困难或家庭困难学生。",
     "学校共有党员教师46名。开展结对帮扶，39名党员教师与学习困难或家庭困难学生结成帮扶对子，共结对学生57名。", "shortfall"),
    # a body's duty of each member is held against the members' figure, not a course the body held
    ("学校党组织要组织党员开展经常性学习，每名党员每年参加集中学习培训不少于32学时。",
     "举办学校党组织书记示范培训班2期，每期集中培训6天、共48学时。全县学校党员1,386名，全年累计参加集中学习培训41,580学时。",
     "shortfall"),
    # schools named after their count (已有43所学校建成…, of 46), unless all of a kind (38所中小学全部…)
    ("每所学校均应建成标准化党员活动室，实现全覆盖。", "全县46所学校均已单独建立党组织。\n目前已有43所学校建成标准化党员活动室。", "shortfall"),
    # a strip of key figures set apart by bars: each figure is its own clause's
    ("党支部每季度至少召开1次党员大会。", "【年度数据】支委会12次｜党员大会3次｜党课5次", "shortfall"),
    ("党支部每月至少召开1次支委会。", "【年度数据】支委会12次·党员大会3次·党课5次", "met"),
    # an average per period written 月均, 周均
    ("党支部每月至少召开1次支委会。", "月均召开支委会1.2次。", "met"),
    ("每周开展1次政治学习。", "政治学习周均1次。", "met"),
    # an intention inside a work section
    ("在各年级设立党员先锋岗。", "同时计划在各年级设立党员先锋岗。", "addressed"),
    ("组织党员赴红色教育基地开展研学。", "后续还将组织党员赴红色教育基地研学。", "addressed"),
    # the members a talk reached, of all the report counts (发展党员1名 is no count of members)
    ("支部委员每年与每名党员至少开展1次谈心谈话。",
     "【年度数据】发展党员1名｜党课4次\n支部现有党员45名。年内支部委员与党员开展谈心谈话，共覆盖党员38名。", "shortfall"),
    # counts up to a month before the year ends: the periods that have passed decide
    ("党支部每月至少召开1次支委会。", "1—11月，共召开支委会11次。", "met"),
    ("党支部每季度至少召开1次党员大会。", "截至11月底，召开党员大会3次。", "met"),
    ("党支部每季度至少召开1次党员大会。", "截至11月底，召开党员大会2次。", "shortfall"),
    # a year told month by month or quarter by quarter: one month's count is no rate for the year
    ("党支部每月至少召开1次支委会。",
     "1月召开支委会1次，研究年度计划；2月因寒假未召开；3月、4月各召开1次；5月至12月每月召开1次。", "shortfall"),
    ("党支部每月至少召开1次支委会。",
     "1月召开支委会1次，研究年度计划；2月召开1次；3月、4月各召开1次；5月至12月每月召开1次。", "met"),
    ("党支部每季度至少召开1次党员大会。",
     "第一季度，召开党员大会1次；第二季度，召开党员大会2次；第三季度未召开；第四季度召开党员大会1次。", "shortfall"),
    # a time limit counted from an event: the report's day of the event and of the work
    ("每学期开学后两周内，党支部应召开支委会研究部署本学期党建工作。",
     "3月3日春季学期开学，3月12日召开支委会研究部署本学期党建工作。", "met"),
    ("每学期开学后两周内，党支部应召开支委会研究部署本学期党建工作。",
     ("3月3日春季学期开学，3月12日召开支委会研究部署本学期党建工作。"
      "秋季学期9月1日开学，9月24日召开支委会部署本学期党建工作。"), "shortfall"),  # each term
    ("党员组织关系转入后1个月内，党支部应将其编入党小组。",
     "新转入党员3名，组织关系均于4月2日转入，5月20日编入党小组。", "shortfall"),
    # …but a day of other work before it is no event, and an occasion's length no time elapsed
    ("每学期开学后两周内，党支部应召开支委会研究部署本学期党建工作。",
     "3月5日完成年级组教师分工，3月28日召开支委会研究部署本学期党建工作。", "addressed"),
    ("组织生活会召开后15个工作日内，党支部应将会议情况报区委教育工委备案。",
     "1月召开组织生活会，会议情况报区委教育工委备案。支部书记参加区委教育工委举办的集中轮训1期（5天）。",
     "addressed"),
    # a deadline of every school: the rest split off after the first passage is late
    ("各校须于2025年6月底前完成学校章程修订。",
     ("按照上级部署推进学校章程修订工作，中学12所均在6月底前完成章程修订并报县教育局核准；"
      "小学有28所在6月底前完成，另外3所于9月下旬完成。"), "shortfall"),
    # a whole, then a named part of it
    ("推动党员教师担任班主任，党员班主任占班主任总数的比例不低于40%。", "党员教师积极担任班主任，全校62名班主任中党员27名。", "met"),
    ("推动党员教师担任班主任，党员班主任占班主任总数的比例不低于40%。", "党员教师积极担任班主任，全校62名班主任中党员22名。", "shortfall"),
    # each term added up from the months told under its name: spring 5, autumn 8
    ("党支部每学期集中学习不少于6次。",
     ("支部集中学习方面，春季学期开学后，3月、4月各组织集中学习2次，5月组织1次，6月起未再安排；"
      "秋季学期9月至12月每月组织集中学习2次。"), "shortfall"),
])
def test_one_provision_held_against_one_passage(duty, said, status):
    (item,) = _check_text(f"1. {duty}\n", f"一、主要工作\n{said}\n")
    assert item.status == status, item.reason


def test_a_heading_that_carries_the_figure_is_read_with_its_section():
    """（一）召开支委会11次，研究重大事项35项: the paragraph under it does not repeat the number."""
    items = _check_text("1. 党支部每月至少召开1次支委会。\n2. 党员每年参加集中学习培训不少于32学时。\n",
                        "一、主要工作\n（一）召开支委会11次，研究重大事项35项\n"
                        "支委会坚持集体领导，研究学校重大事项，形成决议并抓好落实。\n"
                        "（二）党员人均学习培训36学时\n支部通过专题辅导、线上学习等形式组织党员学习培训。\n")
    assert [i.status for i in items] == ["shortfall", "met"], [i.reason for i in items]


def test_a_share_of_an_amount_is_worked_out():
    (item,) = _check_text("1. 党建工作经费用于党员教育培训的比例不低于60%。\n",
                          "一、经费保障\n学校安排党建工作经费1.2万元，其中用于党员教育培训0.6万元。\n")
    assert item.status == "shortfall" and "50%" in item.reason, item.reason


def test_an_answer_keyed_to_an_article_is_read_with_its_duty():
    """第三条：全年召开11次 answers 第三条's duty without restating it; 第四条：已落实。 shows nothing."""
    from policytext.pipeline import parse_text

    policy = parse_text("中小学校党支部工作规范（试行）\n第一条 为规范中小学校党支部工作，制定本规范。\n"
                        "第三条 党支部每月至少召开1次支部委员会会议，研究部署支部工作。\n"
                        "第四条 党支部应当建立党员积分管理制度。\n第五条 党支部应当规范建设党员活动室。\n")
    report = parse_text("某初级中学党支部对照《工作规范》逐条落实情况报告\n一、落实情况\n"
                        "第三条：全年召开11次，7月暑假未召开。\n第四条：已落实。\n")
    items = pt.check(report, policy).items
    assert [i.status for i in items] == ["shortfall", "addressed", "not_mentioned"], [i.reason for i in items]


def test_a_gap_named_by_the_negated_word_is_admitted():
    """签字不全 admits a gap in 签字齐全, though archiving the records was done."""
    items = _check_text("1. 建立“三会一课”和主题党日记录台账，做到一会一记录、内容完整、签字齐全。\n",
                        "一、主要工作\n3月14日，完成2023年度“三会一课”会议记录和主题党日活动资料的整理归档工作。\n"
                        "二、存在的问题\n会议记录规范化程度不高，个别党小组会议记录内容过于简单，"
                        "部分记录存在参会党员签字不全的情况。\n")
    (item,) = items
    assert item.status == "shortfall", item.reason


def test_a_part_of_some_other_whole_is_no_gap_in_every_one():
    """1,236名党员教师中，有902名 counts teachers; it says nothing of 全县学校全覆盖."""
    items = _check_text("1. 局党组每年至少组织1次专项督导，做到全县学校全覆盖。\n",
                        "一、专项督导\n6月，局党组组织5个督导组，对全县学校开展专项督导。"
                        "全县共有中小学、幼儿园62所，此次督导了62所，实现全覆盖。"
                        "专项督导期间，全县1,236名党员教师中，有902名参与了学校护学岗值守。\n",
                        report_title="某县教育局2025年专项督导工作总结")
    (item,) = items
    assert item.status == "met", item.reason


def test_an_indicator_tables_rows_decide_provisions():
    """A 统计表 pasted as text: 党委书记讲专题党课 | 次 | 1 against 每学期至少1次; 2296 人·学时
    over 党员总数 82 against 32学时 each."""
    from tests.figures.test_tables import INDICATORS

    items = _check_text("1. 学校党组织书记每学期至少为全体党员讲授1次专题党课。\n"
                        "2. 党员每年参加集中学习培训应不少于32学时。\n",
                        INDICATORS.split("\n", 1)[1].replace("一、统计表\n", "一、统计表\n党员总数：82名。\n"),
                        report_title="某校党委2025年度党建工作情况统计表")
    lesson, hours = items
    assert lesson.status == "shortfall" and "1" in lesson.reason, lesson.reason
    assert hours.status == "shortfall" and "28" in hours.reason, hours.reason


def test_a_ban_the_report_found_broken_is_a_shortfall():
    """禁止…到校外培训机构兼职兼薪 against a teacher found teaching there for pay (兼课, 课酬)."""
    items = _check_text("1. 禁止在职教师到校外培训机构兼职兼薪或为其介绍生源。\n",
                        "一、对照负面清单排查结果\n（四）校外兼职方面。10月9日，一名学生家长反映，"
                        "本校数学教师王某周末在校外“启明学堂”授课。学校当天约谈王某，"
                        "核实其自7月起在该机构兼课并领取课酬。\n",
                        policy_title="关于印发中小学教师师德失范行为负面清单的通知",
                        report_title="某校2023—2024学年师德师风自查自纠报告")
    (item,) = items
    assert item.status == "shortfall", item.reason


def test_a_report_made_late_is_a_shortfall_of_its_time_limit():
    """应当在3个工作日内报告区教育局 against a case found on 10月9日 and reported on 10月24日:
    the report gives dates, not 工作日, so the unit is no word of the duty."""
    items = _check_text("1. 学校发现师德失范问题线索的，应当在3个工作日内报告区教育局。\n",
                        "一、排查结果\n2023年10月9日，一名学生家长向班主任反映教师王某在校外授课。"
                        "学校当天约谈王某，核实其自2023年7月起在该机构兼课。"
                        "学校于10月24日将核实情况书面报告区教育局。\n",
                        report_title="某校2023—2024学年师德师风自查自纠报告")
    (item,) = items
    assert item.status == "shortfall", item.reason
    assert "15天" in item.reason


def test_a_tables_requirement_column_reports_nothing_done():
    """序号 | 考核项目 | 考核要求（摘要） | 自评得分 | 自评说明: the 考核要求 cell copies the
    guideline's 32学时; only the 说明 says what was done (667学时 for 23名 is 29 each)."""
    items = _check_text("1. 党员每年参加集中学习培训应不少于32学时。\n",
                        "一、基本情况\n支部现有党员23名。\n二、逐项自评\n"
                        "序号\t考核项目\t考核要求（摘要）\t分值\t自评得分\t自评说明\n"
                        "5\t党员教育\t党员每年集中学习培训不少于32学时\t10\t10\t"
                        "全年组织集中学习22次，党员累计参学667学时。\n",
                        report_title="某小学党支部标准化建设自评报告")
    (item,) = items
    assert item.status == "shortfall", item.reason
    assert "667学时" in item.reason


def test_a_duty_of_every_office_holder_is_not_met_by_some_of_them():
    """学校党组织书记每年至少参加1次县级以上集中轮训 against 58名书记中有46名参加了."""
    items = _check_text("1. 学校党组织书记每年至少参加1次县级以上党委组织部门组织的集中轮训。\n",
                        "一、主要工作\n我们举办了全县学校党组织书记示范培训班，58名书记中有46名参加了县级以上集中轮训。\n",
                        report_title="在全县2025年教育系统党建工作会议上的讲话")
    (item,) = items
    assert item.status == "shortfall", item.reason
    assert "46 of 58" in item.reason


def test_a_data_list_decides_measured_provisions():
    """支委会：12次 and 党员大会：3次 in 附：2025年党建工作主要数据 against 每月 and 每季度; the
    section 下一步打算 above it does not make the list a plan."""
    items = _check_text("1. 支部委员会每月至少召开1次会议。\n2. 支部党员大会每季度至少召开1次。\n",
                        "一、主要做法\n支部坚持三会一课。\n二、下一步打算\n下一步将规范党员大会。\n"
                        "附：2025年党建工作主要数据\n党员总数：34名\n支委会：12次（7月暑假未开）\n"
                        "党员大会：3次（3月、6月、12月）\n")
    committee, assembly = items
    assert committee.status == "met" and "12次" in committee.reason, committee.reason
    assert assembly.status == "shortfall" and "3次" in assembly.reason, assembly.reason


def test_a_promise_copied_before_what_was_done_reports_nothing():
    """【承诺事项】 copies the guideline's number; only 【践诺情况】 says what was done (19 and 22
    谈心谈话 a term for 25 members is short of every member)."""
    items = _check_text("1. 党支部书记每学期应与每名党员至少开展1次谈心谈话。\n",
                        "一、基本情况\n支部现有在职党员25名。\n二、逐项践诺情况\n"
                        "【承诺事项】每学期与每名党员至少谈心谈话1次。\n"
                        "【践诺情况】3月起春季学期与党员谈心谈话19人次，9月起秋季学期22人次。\n",
                        report_title="某小学党支部书记2025年度承诺践诺情况报告")
    (item,) = items
    assert item.status != "met", item.reason


def test_a_delay_between_two_days_is_no_length_of_a_period():
    """公示期不少于5个工作日: 经2月26日支委会研究…于3月12日至14日公示 (3 days), not the 14 days from
    the meeting to the 公示."""
    items = _check_text("1. 承诺事项确定后，应在校务公开栏进行公示，公示期不少于5个工作日。\n",
                        "一、主要工作\n本人提出承诺事项11项，经2月26日支委会集体研究后报区委教育工委审核同意，"
                        "于3月12日至14日在校务公开栏公示，公示期3个工作日。\n",
                        report_title="某小学党支部书记2025年度承诺践诺情况报告")
    (item,) = items
    assert item.status == "shortfall", item.reason


def test_a_share_of_another_whole_is_no_share_of_the_provisions():
    """党员教师占专任教师的比例 against 党员1,352名，其中在职党员教师1,280名 (a share of 党员): the
    report's 专任教师5,596名 decide (22.9%)."""
    items = _check_text("1. 党员教师占专任教师的比例应达到25%以上。\n",
                        "一、基本情况\n全县现有中小学校58所，专任教师5,596名。\n二、主要工作\n"
                        "全县学校党组织共有党员1,352名，其中在职党员教师1,280名，占学校党员总数的94.7%。\n",
                        report_title="某县教育局党组2024年度党建工作情况报告")
    (item,) = items
    assert item.status == "shortfall", item.reason


def test_a_breakdown_by_school_that_leaves_one_out_is_a_shortfall():
    """各成员学校每学年至少承办1次联盟联合活动 against 4所成员学校 named and a breakdown (其中…) that
    names three of them."""
    items = _check_text("1. 各成员学校每学年至少承办1次联盟联合活动。\n",
                        "一、基本情况\n联盟以实验小学为牵头学校，联合城关一小、河湾小学、石桥小学、柳塘小学4所成员学校。\n"
                        "二、主要工作\n全年联盟共组织联合活动24次，其中实验小学承办20次，城关一小承办2次，"
                        "河湾小学、石桥小学各承办1次。\n",
                        report_title="某学区党建联盟2023年度工作总结")
    (item,) = items
    assert item.status == "shortfall", item.reason
    assert "柳塘小学" in item.reason


def test_a_term_report_divides_its_totals_by_the_term():
    """A 工作报告 to the 党员大会 at the end of a five-year term: its totals cover five years."""
    items = _check_text("1. 党员大会每年至少召开4次。\n2. 党员每年集中学习培训不少于32学时。\n"
                        "3. 支部委员会每月至少召开1次会议。\n",
                        "本届委员会于2020年12月选举产生，到本月任期已满五年，今天召开党员大会进行换届选举。\n"
                        "一、五年来的主要工作\n总支委员会坚持每月召开会议，任期内共召开63次；任期内共召开党员大会17次。"
                        "五年来，在职党员人均累计参加集中学习培训140学时。\n",
                        report_title="在中共某中学总支部委员会党员大会上的工作报告")
    congress, training, committee = items
    assert congress.status == "shortfall" and "3.4 a year" in congress.reason, congress.reason
    assert training.status == "shortfall" and "28学时 a year" in training.reason, training.reason
    assert committee.status == "met", committee.reason


_LOG = ("一月\n1月8日　召开支委会，研究年度工作要点。\n1月17日　开展主题党日活动，学习会议精神。\n"
        "二月\n2月26日　开展主题党日活动，参与校园安全检查。\n"
        "三月\n3月6日　召开支委会，研究发展对象。\n3月14日　开展主题党日活动，参观革命历史陈列馆。\n3月20日　召开支部党员大会，通报年度工作要点。\n"
        "四月\n4月3日　召开支委会，研究清明祭扫活动。\n4月25日　开展主题党日活动，到社区报到。\n"
        "五月\n5月8日　召开支委会，研究预审事项。\n5月29日　开展主题党日活动，共庆六一。\n"
        "六月\n6月9日　召开支委会，听取公示情况。\n6月20日　开展主题党日活动，学习党章。\n"
        "七月\n7月1日　开展主题党日活动，重温入党誓词。\n7月3日　召开支委会，研究暑期党员管理。\n"
        "八月\n8月22日　开展线上主题党日活动。\n"
        "九月\n9月4日　召开支委会，研究新学期安排。\n9月25日　开展主题党日活动，参观廉政教育基地。\n"
        "十月\n10月9日　召开支委会，研究课后服务安排。\n10月24日　开展主题党日活动，送教下乡。\n"
        "十一月\n11月6日　召开支委会，研究组织生活会筹备。\n11月28日　开展主题党日活动，开展教学研讨。\n"
        "十二月\n12月3日　召开支委会，审定组织生活会方案。\n12月19日　开展主题党日活动，学习宪法。\n")


def test_a_dated_record_shows_the_months_work_was_done_and_missed():
    """A 大事记 lists every occasion: 支委会 in 10 of 12 months falls short of 每月; 主题党日 in
    every month meets it; an ordinary summary's months prove no gap."""
    provisions = "1. 支部委员会会议每月至少召开1次。\n2. 每月固定1天开展主题党日活动。\n"
    committee, day = _check_text(provisions, _LOG, report_title="某小学党支部2025年党建工作大事记")
    assert committee.status == "shortfall", committee.reason
    assert "10 of 12 months" in committee.reason and "2月、8月" in committee.reason
    assert day.status == "met", day.reason
    summary = "一、主要工作\n3月、6月、9月和12月，支部分别召开支委会研究发展党员和组织生活会工作。\n"
    (committee,) = _check_text("1. 支部委员会会议每月至少召开1次。\n", summary)
    assert committee.status != "shortfall", committee.reason


def test_a_deed_set_for_a_later_date_is_a_plan():
    """初步商定，拟于2026年签订结对共建协议: the agreement is not signed yet."""
    (item,) = _check_text("1. 学校党组织要与所在社区党组织结对共建。\n",
                          "一、主要工作\n目前已与青柳社区党委初步商定，拟于2026年签订结对共建协议。\n")
    assert item.status == "addressed", item.reason


def test_a_sentences_own_cue_outweighs_the_reading_of_its_paragraph():
    """A closing paragraph under no heading that admits gaps and then states next year's plans:
    the plans are plans, not gaps."""
    (item,) = _check_text("1. 按年级组或教研组划分党小组。\n",
                          "一、主要工作\n全年召开支委会12次。\n年度小结\n2025年，支部各项组织生活总体有序开展。"
                          "工作中也存在不足：一是谈心谈话没有做到全覆盖；二是部分退休党员党费未按月交纳。"
                          "2026年，支部将按教研组划分党小组。\n")
    assert item.status == "addressed", item.reason


def test_each_office_holder_a_provision_lists_is_held_to_its_bound():
    """书记、校长…均不少于4节: the principal's 3节 in the second term falls short, though the
    secretary's figures, closer to the provision's words, all meet it."""
    (item,) = _check_text("1. 学校党组织书记、校长每学期为学生讲授思政课均不少于4节。\n",
                          "一、主要做法\n党支部书记第一学期讲授思政课5节、第二学期4节；校长第一学期讲授6节、第二学期3节。\n",
                          report_title="某学校2024—2025学年思政课建设工作总结")
    assert item.status == "shortfall" and "3节" in item.reason, item.reason


@pytest.mark.parametrize(
    "provision, report, in_reason",
    [
        # the heads counted in the tally's own clause (在职党员19人累计532学时: 28 each)
        ("1. 党支部要确保党员每年参加集中学习培训累计不少于32学时。\n",
         "一、主要工作\n完成全年党员集中学习培训学时统计，在职党员19人累计532学时。\n", "19人"),
        # the members counted where the sentence opens (领导班子7名成员…全年共听思政课56节: 4 a term)
        ("1. 学校领导班子成员每学期听思政课不少于5节。\n",
         "一、主要工作\n学校领导班子7名成员坚持推门听课，全年共听思政课56节。\n", "7名"),
        # pupils counted by school section (在校生1310人、在校生1050人) make the whole
        ("1. 各学校应按照每生每年不少于20元的标准安排思政课实践教学专项经费。\n",
         "学校小学部在校生1310人、初中部在校生1050人。\n一、主要工作\n全年安排思政课实践教学专项经费4.25万元。\n",
         "2360"),
    ],
)
def test_a_total_is_divided_by_the_heads_it_is_for(provision, report, in_reason):
    (item,) = _check_text(provision, report)
    assert item.status == "shortfall", item.reason
    assert in_reason in item.reason, item.reason


def test_an_interviewers_question_is_no_evidence_but_its_answer_speaks_to_it():
    """记者：通知要求书记和校长每周至少专门沟通一次…您是怎么做的？ holds the duty's words
    and number; only the answer (每两周一次) says what was done, and it falls short."""
    (item,) = _check_text("（一）党组织书记和校长每周至少开展1次专门工作沟通。\n",
                          "记者：省里的通知要求书记和校长每周至少专门沟通一次。您和校长是怎么做的？\n"
                          "周敏华：我们把专门沟通固定了下来，每两周一次，一般放在双周的周一下午。\n",
                          report_title="访青禾县第二中学党总支书记周敏华")
    assert item.status == "shortfall", item.reason
    assert all(not e.text.startswith("记者") for e in item.evidence)


def test_an_answer_of_attitude_alone_only_addresses_a_duty():
    """意识形态工作我们一直高度重视，始终摆在重要位置 names the work and no deed."""
    (item,) = _check_text("（一）落实意识形态工作责任制，严格课堂、讲座和网站等阵地管理。\n",
                          "一、主要工作\n意识形态工作我们一直高度重视，始终摆在重要位置，这根弦从来不敢松。\n")
    assert item.status == "addressed", item.reason


def test_lessons_are_class_hours():
    """讲了2节思政课 against 每学期…不少于4课时: a lesson is a class hour."""
    (item,) = _check_text("（一）党组织书记每学期为学生讲授思政课不少于4课时。\n",
                          "一、主要工作\n上学期，党组织书记给初二年级学生讲了2节思政课。\n")
    assert item.status == "shortfall", item.reason
    assert "2节" in item.reason


@pytest.mark.parametrize("restated", [
    "【对标要求】党支部每季度至少召开1次党员大会。\n【落实情况】",
    "文件明确要求党支部每季度至少召开1次党员大会。",
    "对照“每季度至少召开1次党员大会”的要求，",
])
def test_a_restated_requirement_is_no_work_done(restated):
    """A 自查报告 restates each requirement before its answer: neither the words nor the
    number of the restatement are the report's (3次 a year against 每季度1次)."""
    (item,) = _check_text("（一）党支部每季度至少召开1次党员大会。\n",
                          f"一、严格组织生活\n{restated}学年内我校共召开党员大会3次。\n")
    assert item.status == "shortfall", item.reason
    assert "3次" in item.reason


def test_a_restated_requirement_answered_with_something_else_is_not_mentioned():
    (item,) = _check_text("（一）党支部每年至少专题研究1次共青团、少先队工作。\n",
                          "一、党建带团建\n对照“党支部每年至少专题研究1次共青团、少先队工作”的要求，"
                          "我校少先队大队本学年组织开展主题活动8次，参与学生2100余人次。\n")
    assert item.status != "met", item.reason


def test_a_promise_in_a_pledge_report_is_an_intention():
    """承诺践诺: 【承诺事项】 with no 践诺 that does it is a promise, at most addressed."""
    (item,) = _check_text("（一）党支部要定期听取少先队工作汇报。\n",
                          "一、逐项践诺情况\n【承诺事项】每学期听取1次少先队工作汇报。\n"
                          "【践诺情况】少先队大队开展了“红领巾心向党”主题活动。\n")
    assert item.status == "addressed", item.reason


def test_a_finding_set_as_a_heading_is_no_gap_once_rectified():
    """（一）反馈问题：… as a heading, its details below it, then 整改成效：已完成 with the fix:
    the finding's words admit nothing, the fix is work done."""
    items = _check_text("（一）及时维护全国党员管理信息系统，确保党员信息准确率达到100%。\n"
                        "（二）退休教师党员必须逐一纳入党组织管理。\n",
                        "二、反馈问题整改情况\n（一）反馈问题：党员教育管理有短板。\n"
                        "全国党员管理信息系统信息更新滞后。\n"
                        "整改措施：开展党员信息专项清理。\n"
                        "整改成效：已完成。对照档案逐一核对系统信息，更正错误信息12条，系统内党员信息准确率达到100%。\n"
                        "（二）反馈问题：退休党员管理松散。\n"
                        "整改进展：正在推进。全校14名退休党员中，12名已纳入支部管理，仍有2名尚未纳入党组织管理。\n",
                        report_title="关于区委巡察组反馈问题整改情况的报告")
    accuracy, retired = items
    assert accuracy.status == "met", accuracy.reason
    assert retired.status == "shortfall", retired.reason


def test_neighbours_that_visit_other_people_do_not_speak_to_visiting_members():
    """…与37名家庭困难学生结对；…走访慰问困难学生家庭37户 visits pupils' families."""
    (item,) = _check_text("（一）重要节日期间走访慰问困难党员和老党员。\n",
                          "一、主要工作\n党员教师与37名家庭困难学生一对一结对，开展学业辅导；"
                          "寒假前夕，党员们走访慰问困难学生家庭37户，送去学习用品。\n")
    assert item.status == "not_mentioned", item.reason


def test_attendance_counted_in_person_times_is_a_rate_of_attendance():
    (item,) = _check_text("（一）党员参加主题党日活动的到会率应当达到90%以上。\n",
                          "一、主要工作\n支部对主题党日严格考勤，全年主题党日应到党员552人次，实到478人次。\n")
    assert item.status == "shortfall", item.reason
    assert "86.6%" in item.reason


def test_plans_after_the_gaps_under_a_gap_heading_are_plans():
    (item,) = _check_text("（一）在各年级组设立党员示范岗。\n",
                          "三、正视不足\n一是分类施教针对性不强。\n"
                          "新的一年，支部拟在各年级组设置党员示范岗位，让党员教师挂牌亮身份。\n")
    assert item.status == "addressed", item.reason


def test_the_rest_of_a_group_did_what_the_clause_before_counted():
    """38个党组织…召开党员大会4次以上，其余8个党组织召开2至3次: the 8 fall short."""
    (item,) = _check_text("（一）各学校党组织每季度至少召开1次党员大会。\n",
                          "一、主要工作\n全县46个党组织中，38个党组织全年召开党员大会4次以上，"
                          "其余8个党组织召开2至3次。\n",
                          report_title="某县2025年全县中小学校党建工作总结")
    assert item.status == "shortfall", item.reason


def test_a_spelled_once_after_a_tally_is_a_count():
    """全年召开支委会专题研究意识形态工作一次: 一次 in a clause that opens with 全年 counts."""
    (item,) = _check_text("（一）学校党组织每学期至少专题研究1次意识形态工作。\n",
                          "一、主要工作\n全年召开支委会专题研究意识形态工作一次，与各党小组签订责任书十二份。\n")
    assert item.status == "shortfall", item.reason
    assert "一次" in item.reason


def test_a_schedule_kept_by_each_branch_is_not_divided_among_them():
    """4个党支部每季度均召开了党员大会，共召开15次 over three quarters: each branch quarterly."""
    (item,) = _check_text("（一）党支部党员大会每季度至少召开1次。\n",
                          "一、主要工作\n2025年前三个季度，4个党支部每季度均召开了党员大会，共召开15次。\n")
    assert item.status == "met", item.reason
    assert "15次" in item.reason



def test_each_branch_counted_with_ge_is_not_divided():
    """3个党支部每月各开展1场: each branch once a month."""
    (item,) = _check_text("（一）各党支部每月固定开展1次主题党日活动。\n",
                          "一、主要工作\n36场主题党日活动 3个党支部每月各开展1场，全年没有一个月断档。\n")
    assert item.status == "met", item.reason


def test_a_figure_card_says_after_its_number_what_it_totals():
    """782小时 党员志愿服务全年总时长 over 46 members is 17 each, under 20."""
    (item,) = _check_text("（一）每名党员每年志愿服务时长不少于20小时。\n",
                          "一、基本情况\n学校党总支现有党员46名。\n"
                          "二、主要工作\n782小时 党员志愿服务全年总时长，46名党员全部参与。\n")
    assert item.status == "shortfall", item.reason
    assert "782小时" in item.reason


def test_a_figure_card_names_the_group_after_its_number():
    """78节 党员教师全年开设的示范课、公开课 over 46 members is under 2 a year each."""
    (item,) = _check_text("（一）每名党员教师每学期至少开设1节示范课或公开课。\n",
                          "一、基本情况\n学校党总支现有党员教师46名。\n"
                          "二、主要工作\n78节党员教师全年开设的示范课、公开课，其中8节为区级展示课。\n")
    assert item.status == "shortfall", item.reason


_ROSTER = ("附件：党员学习情况登记表\n序号\t姓名\t类别\t集中学习学时\t线上学习学时\n"
           "1\t陈立新\t在职\t44\t62\n2\t黄素梅\t在职\t40\t58\n3\t林志远\t在职\t{low}\t55\n"
           "4\t周家明\t在职\t36\t49\n合计\t4人\t—\t{total}\t224\n")


@pytest.mark.parametrize("low, status", [(24, "shortfall"), (34, "met")])
def test_a_duty_of_each_member_is_held_against_the_least_in_a_roster(low, status):
    """人均35学时 says nothing of the member with 24: a roster row decides 每名党员…不少于32学时."""
    total = 44 + 40 + low + 36
    report = ("一、主要工作\n全年组织党员集中学习，党员人均参加集中学习" f"{total / 4:g}学时。\n"
              + _ROSTER.format(low=low, total=total))
    (item,) = _check_text("（一）每名党员每年参加集中学习培训累计不少于32学时。\n", report)
    assert item.status == status, item.reason
    if status == "shortfall":
        assert "least" in item.reason


def test_a_roster_row_says_nothing_of_an_average():
    report = ("一、主要工作\n全年组织党员集中学习，党员人均参加集中学习36学时。\n"
              + _ROSTER.format(low=24, total=144))
    (item,) = _check_text("（一）党员人均参加集中学习培训不少于32学时。\n", report)
    assert item.status == "met", item.reason


def test_those_expected_at_a_training_and_those_who_came_give_its_rate():
    items = _check_text("（一）每年组织班主任、思政课教师参加意识形态专题培训，参训率达到100%。\n",
                        "一、主要工作\n选派全校班主任和思政课教师参加意识形态工作专题培训，应参训46人，实际参训46人。\n")
    item = next(i for i in items if i.requirement.startswith("参训率"))
    assert item.status == "met", item.reason


def test_people_counted_after_you_make_up_the_team_named_after_them():
    """组建由7名青年骨干教师组成的网络评论员队伍: 7 on the team, not the 2 who watch the web."""
    (item,) = _check_text("（一）各校应组建不少于5人的网络评论员队伍，积极开展网上正面宣传。\n",
                          "一、主要工作\n组建由7名青年骨干教师组成的网络评论员队伍，围绕学校重大活动开展网上正面宣传。"
                          "建立网络舆情监测处置机制，由信息中心2名教师每日巡查涉校网络信息。\n")
    assert item.status == "met", item.reason


def test_a_share_of_people_is_of_the_rate_the_provision_names():
    """…全部签订…签订率100%。…为79名教师建立师德档案 is no share of those who signed."""
    (item,) = _check_text("（一）学校要组织全体教师签订师德师风承诺书，签订率达到100%。\n",
                          "一、基本情况\n学校现有在岗教师86名。\n二、主要工作\n春季开学初，86名教师全部签订《师德师风承诺书》，"
                          "签订率100%。推进师德档案建设，年内已为79名教师建立师德档案，建档率91.9%。\n")
    assert item.status == "met", item.reason


def test_signed_copies_are_a_share_of_the_people_counted_before_them():
    (item,) = _check_text("（一）组织全体在职教师签订拒绝有偿补课承诺书，签订率达到100%。\n",
                          "一、主要工作\n全校在岗教师268人，已签订《不参与有偿补课承诺书》261份，另有7人因病假暂未签订。\n")
    assert item.status == "shortfall", item.reason
    assert "97.4%" in item.reason


# written here: a 三会一课 ledger by kind that lists every occasion, with no totals
_LEDGER = ("说明：现将本支部2025年度“三会一课”开展情况逐次列出。\n一、支部委员会\n"
           + "".join(f"{k}. {m}月{d}日｜研究{m}月工作安排｜应到5人，实到5人\n"
                     for k, (m, d) in enumerate([(1, 8), (2, 24), (3, 6), (4, 10), (5, 8), (6, 5), (7, 3),
                                                  (9, 4), (10, 9), (11, 6), (12, 4)], 1))
           + "二、党课\n1. 3月27日｜支部书记林佩瑶讲《做新时代“四有”好老师》｜应到31人，实到30人\n"
           "2. 5月22日｜支部副书记、校长周立衡讲《以高质量党建引领学校高质量发展》｜应到31人，实到29人\n"
           "3. 9月25日｜邀请区委党校讲师讲《全面从严治党永远在路上》｜应到31人，实到30人\n")


def test_a_ledger_by_kind_counts_entries_under_their_heading():
    """Entries under 一、支部委员会 name no meeting themselves: the heading does; August has none."""
    (item,) = _check_text("（一）支部委员会会议每月至少召开1次。\n", _LEDGER,
                          report_title="某中学党支部2025年度“三会一课”落实情况台账")
    assert item.status == "shortfall", item.reason
    assert "8月" in item.reason


def test_a_ledger_counts_the_occasions_of_the_office_a_provision_binds():
    """支部书记…讲党课不少于2次: one of the three 党课 is the secretary's (副书记 is not)."""
    (item,) = _check_text("（一）支部书记每年为全体党员讲党课不少于2次。\n", _LEDGER,
                          report_title="某中学党支部2025年度“三会一课”落实情况台账")
    assert item.status == "shortfall", item.reason
    assert "lists 1 by the 书记" in item.reason


def test_a_share_of_respondents_who_think_is_no_share_of_work_done():
    """认为…“冲在前面”的占38.2% is an opinion; 担任…的有527名，占46.8% is the count."""
    (item,) = _check_text("（一）党员教师中担任班主任、年级组长、教研组长的比例不低于40%。\n",
                          "一、调查发现\n据台账统计，全区1,126名党员教师中担任班主任、年级组长、教研组长的有527名，"
                          "占46.8%；非党员教职工卷中，认为身边党员教师在急难险重任务中“冲在前面”的占38.2%。\n")
    assert item.status == "met", item.reason


def test_the_whole_a_share_is_of_is_no_part_of_it():
    """1,126名党员教师中…参加过社区志愿服务的为958名，占85.1%: not 1,126 of 1,126."""
    (item,) = _check_text("（一）组织党员教师常态化参加社区志愿服务，党员教师年度参与率不低于90%。\n",
                          "一、调查发现\n据各校志愿服务台账统计，全区1,126名党员教师中本年度参加过社区志愿服务的为958名，"
                          "占85.1%。\n")
    assert item.status == "shortfall", item.reason
    assert "85.1%" in item.reason


def test_hours_are_each_persons_when_a_school_is_charged_with_them():
    (item,) = _check_text("（一）学校党组织要把党员教师政治理论学习纳入年度学习计划，确保党员教师每年参加集中学习培训"
                          "不少于32学时。\n",
                          "一、调查发现\n据台账统计，全区共有党员教师1,126名，本年度累计参加集中学习培训33,160学时。\n")
    assert item.status == "shortfall", item.reason


def test_a_count_of_the_meeting_named_by_its_short_name_speaks_to_the_provision():
    """支委会全年开了9次 against 支部委员会会议每月至少召开1次, in a speaker's turn."""
    (item,) = _check_text("（一）支部委员会会议每月至少召开1次，遇有重要情况及时召开。\n",
                          "会议记录：\n郑国平（支部书记）：这一年支部主要做了几件事。一是“三会一课”基本坚持下来了，"
                          "党员大会开了5次；支委会全年开了9次；党课我自己讲了2次。\n")
    assert item.status == "shortfall", item.reason
    assert "9次" in item.reason


def test_grades_named_by_their_words_are_shares_of_their_sum():
    (item,) = _check_text("（一）评定为“优秀”等次的党员人数不得超过参评党员总数的30%。\n",
                          "一、民主评议\n本次民主评议参评党员21名，经现场计票，评定为“优秀”等次的8名，合格13名。\n")
    assert item.status == "shortfall", item.reason
    assert "38.1%" in item.reason


def test_attendance_on_two_header_lines_of_minutes():
    (item,) = _check_text("（一）组织生活会党员实到人数不得少于应到人数的90%。\n",
                          "会议名称：2025年度组织生活会\n应到人数：24人\n实到人数：21人\n"
                          "会议记录：\n郑国平（支部书记）：今天我们召开2025年度组织生活会。\n")
    assert item.status == "shortfall", item.reason
    assert "87.5%" in item.reason


def test_a_count_of_another_kind_of_warning_decides_nothing():
    """防溺水、交通安全等安全警示教育 is no 党风廉政警示教育 (the kinds file keeps them apart, as it
    keeps a members' 党课 from the pupils' 思政课)."""
    (item,) = _check_text("（一）学校党组织每学期至少开展1次党风廉政警示教育。\n",
                          "一、主要工作\n每学期面向学生开展防溺水、交通安全等安全警示教育，全年共6场。\n")
    assert item.status not in ("met", "shortfall"), item.reason


def test_a_ledgers_attendance_is_held_against_an_attendance_provision():
    """Each 党员大会 row of a ledger by kind gives its attendance: the lowest, 26 of 31, is 83.9%."""
    ledger = ("一、支部党员大会\n1. 3月13日｜传达学习全国两会精神｜应到31人，实到29人\n"
              "2. 6月19日｜讨论预备党员转正｜应到31人，实到28人\n3. 11月20日｜讨论发展规划｜应到31人，实到26人\n"
              + _LEDGER.split("\n", 1)[1])
    (item,) = _check_text("（一）支部党员大会实到会党员人数不得低于应到人数的80%。\n", ledger,
                          report_title="某中学党支部2025年度“三会一课”落实情况台账")
    assert item.status == "met", item.reason


# written here: a task table whose columns say what was done, what is lacking and what is next
_TASKS = ("附件：2025年度党建工作任务完成情况表\n序号\t任务内容\t完成情况\t存在问题\t下一步措施\n"
          "1\t宣传阵地管理\t全年发布各类信息168条，配备兼职审核员2名。\t部分推文仅经一级审核即发布，“三审三校”制度落实不够严格。"
          "\t建立信息发布审核登记台账。\n"
          "2\t发展党员工作\t注重做好青年教师的政治引领。\t\t计划2026年将2名入党积极分子列为发展对象，严格履行发展党员程序。\n")


def test_a_gaps_column_admits_and_a_plans_column_plans():
    items = _check_text("（一）校园网站、公众号发布信息必须落实“三审三校”制度。\n"
                        "（二）严格履行发展党员程序，确保发展党员程序规范。\n", "一、主要工作\n全年工作有序推进。\n" + _TASKS)
    assert [i.status for i in items] == ["shortfall", "addressed"], [i.reason for i in items]


def test_branches_counted_in_chinese_numerals_divide_a_total():
    """三个支部共确定…入党积极分子5名 is under 2 a branch."""
    (item,) = _check_text("（一）每个党支部每年确定35岁以下青年教师入党积极分子不少于2名。\n",
                          "一、主要工作\n同年，三个支部共确定35岁以下青年教师入党积极分子5名。\n")
    assert item.status == "shortfall", item.reason


def test_a_count_that_meets_the_rate_does_not_answer_for_every_one():
    """党员教师每学期至少上1节示范课，做到全覆盖 against 18名在职党员教师中有15人登台上了示范课,
    带动…听评课200余节: three gave none."""
    (item,) = _check_text("1. 党员教师每学期至少上1节示范课，做到全覆盖。\n",
                          "一、主要工作\n开展“党员示范课”活动，2024年秋季学期，全校18名在职党员教师中有15人"
                          "登台上了示范课，带动青年教师开展听评课200余节。\n")
    assert item.status == "shortfall", item.reason
    assert "15 of 18" in item.reason


def test_a_claim_the_inspectors_could_not_check_is_only_addressed():
    """A 督导评估报告's 主要成绩 hears the school's word (据学校汇报…) but says it found no
    record: the duty is spoken to, not shown done."""
    (item,) = _check_text("1. 党组织书记每学期至少为学生讲授1次思政课。\n",
                          "二、主要成绩\n另据学校汇报，党支部书记每学期均为学生讲授思政课，但督导组未查阅到"
                          "相关授课教案和记录，该项情况暂无法核实。\n",
                          report_title="关于青石桥小学党建工作专项督导的评估报告")
    assert item.status == "addressed", item.reason
    assert "could not check" in item.reason


def test_a_judgement_that_states_the_whole_duty_is_only_addressed():
    """A 会议纪要's 会议认为 says the duty's whole words; the gaps 会议指出 are about other
    duties, and the agenda line (分析了存在的问题) admits nothing."""
    (item,) = _check_text("1. 要推动党建工作与教育教学工作同谋划、同部署、同落实、同考核。\n",
                          "一、会议听取了汇报\n会议听取了副书记关于2025年党建工作情况的汇报，分析了存在的问题，研究部署了"
                          "2026年重点工作。\n二、会议对全年工作的评价\n会议认为，2025年学校党建工作与教育教学同谋划、"
                          "同部署、同落实、同考核的工作格局基本形成。\n三、会议指出的问题\n会议指出，学校党建工作还存在"
                          "以下不足：班子成员履行“一岗双责”还不够到位。\n",
                          report_title="2025年度党建工作领导小组会议纪要")
    assert item.status == "addressed", item.reason


@pytest.mark.parametrize("kept, status", [("当月5日前", "met"), ("当月15日前", "shortfall")])
def test_a_monthly_deadline_is_held_against_the_day_the_report_keeps(kept, status):
    items = _check_text("1. 党员教师应于每月10日前足额交纳当月党费，不得无故拖欠。\n",
                        f"一、参加组织生活\n党费方面，我每月领取工资后即在{kept}交纳，全年12个月没有拖欠，"
                        "共交纳党费1380元。\n", report_title="2025年度党员个人总结")
    item = next(i for i in items if "10日前" in i.requirement)
    assert item.status == status, item.reason
    assert kept in item.reason


@pytest.mark.parametrize("days, status", [("9月24日、10月24日、11月24日", "met"),
                                          ("9月24日、10月27日、11月24日", "shortfall")])
def test_a_monthly_deadline_is_held_against_each_dated_sending(days, status):
    (item,) = _check_text("1. 各学校须于每月25日前向区委教育工委报送专项工作进展情况。\n",
                          f"一、主要做法\n专项工作开展以来，我们分别于{days}向区委教育工委报送了工作进展情况。\n")
    assert item.status == status, item.reason


def test_a_time_limit_is_checked_by_the_step_that_ends_in_its_act():
    """在15日内将入党志愿书…报…审批: 4月25日 (支部大会) to 5月20日 (报送审批) is 25 days; the
    step 6月19日届满，支部于6月24日召开党员大会 ends in no 报…审批 and decides nothing."""
    (item,) = _check_text("1. 支部大会讨论通过后，党支部应当在15日内将入党志愿书及有关材料报县委教育工委审批。\n",
                          "一、主要做法\n4月25日，支部召开党员大会讨论接收预备党员，3人均获全票通过。5月20日，支部将3人的"
                          "入党志愿书等材料报送县委教育工委审批。\n预备党员王某某预备期于2025年6月19日届满，支部于6月24日"
                          "召开党员大会讨论其转正问题，6月26日将讨论结果报县委教育工委审批。\n")
    assert item.status == "shortfall", item.reason
    assert "4月25日" in item.reason and "5月20日" in item.reason


def test_the_rest_of_a_whole_decides_a_duty_on_its_group():
    """发展党员12名，其中学生8名，其余均为青年教师: 4 teachers, not 12, against 不少于5名."""
    (item,) = _check_text("1. 每年在青年教师中发展党员不少于5名。",
                          "一、主要工作\n全年发展党员12名，其中学生8名，其余均为35岁以下青年教师。")
    assert item.status == "shortfall" and "4名" in item.reason


def test_a_table_whose_header_takes_two_rows_is_read_by_its_done_columns():
    """项目 | 上半年 (计划 | 实际) | 下半年 (…) | 全年合计, the group cells merged: the plan columns
    show nothing done, the halves are a series by term, the total is the year's count."""
    table = ("附表：2025年组织生活开展情况统计表\n"
             "项目\t上半年\t\t下半年\t\t全年合计\n"
             "\t计划\t实际\t计划\t实际\t\n"
             "支委会（次）\t6\t6\t6\t5\t11\n"
             "党员大会（次）\t2\t2\t2\t2\t4\n"
             "党课（次）\t2\t2\t2\t0\t2\n"
             "集中学习（学时）\t16\t16\t16\t14\t30\n")
    items = _check_text("1. 党支部每月至少召开1次支委会。\n2. 党支部每季度至少召开1次党员大会。\n"
                        "3. 书记每学期至少讲1次党课。\n4. 党员每年集中学习不少于32学时。\n",
                        "一、主要工作\n支部严格落实“三会一课”制度，各项组织生活开展情况见附表。\n" + table,
                        report_title="某镇中心小学党总支2025年党建工作总结")
    assert [i.status for i in items] == ["shortfall", "met", "shortfall", "shortfall"], [i.reason for i in items]
    assert "下半年 5次" in items[0].reason and "下半年 0次" in items[2].reason and "30" in items[3].reason


def test_a_gap_said_outright_outweighs_the_work_around_it():
    """在3个教研组设立党员先锋岗 covers much of the duty, but 各年级组尚未设立 holds a whole duty
    clause and says it not done."""
    items = _check_text("1. 在各年级组、教研组设立党员先锋岗，发挥党员教师示范带头作用。\n",
                        "一、主要工作\n在语文、数学、英语3个教研组设立党员先锋岗，党员教师带头上示范课、承担毕业班教学任务。\n"
                        "二、存在的问题\n三是党员先锋岗覆盖面不广，目前只在3个教研组设立，各年级组尚未设立。\n")
    assert [i.status for i in items] == ["shortfall"], [i.reason for i in items]


def test_a_table_with_a_column_per_year_is_read_by_the_reports_year():
    """指标 | 2023年 | 2024年 | 2025年: the row of years is a header, and only 2025's column
    answers a 2025 report; a cell under 比例（%） is a share the report wrote."""
    table = ("附表：近三年党员队伍建设主要指标\n指标\t2023年\t2024年\t2025年\t备注\n"
             "发展党员（名）\t3\t3\t1\t\n主题党日（次）\t10\t11\t12\t\n党员教师占专任教师比例（%）\t28\t31\t33\t\n")
    items = _check_text("1. 每年至少发展2名党员。\n2. 每月开展1次主题党日活动。\n3. 党员教师占专任教师比例不低于30%。\n",
                        "一、主要工作\n支部加强党员队伍建设，主要指标见附表。\n" + table,
                        report_title="某九年一贯制学校党总支2025年党建工作总结")
    assert [i.status for i in items] == ["shortfall", "met", "met"], [i.reason for i in items]


def test_a_gap_said_softly_is_admitted():
    from policytext.check.roles import sentence_role

    for said in ["党员教育的针对性还有较大提升空间。", "党建品牌创建与上级要求相比仍有差距。",
                 "谈心谈话的常态化机制还没有真正形成。", "部分教师存在“重业务、轻党建”的倾向。"]:
        assert sentence_role(said) == "problem", said
    assert sentence_role("学校党建阵地已经形成。") is None


def test_a_run_in_name_says_which_meeting_the_duty_counts():
    """①支委会。每月至少召开1次…: the duty is read from the name, so 10 支委会 fall short."""
    from policytext.check.run_in import with_run_in_headings
    from policytext.pipeline import parse_text
    from policytext.requirements import extract_requirements

    policy = parse_text("关于规范三会一课制度的通知\n一、严格会议制度\n1.支部委员会会议\n"
                        "①支委会。每月至少召开1次，研究支部重要工作。\n②党员大会。每季度至少召开1次。\n")
    report = parse_text("某小学党支部2025年自查报告\n一、主要工作\n全年召开支委会10次，研究支部重要工作。全年召开党员大会4次。\n")
    items = pt.check(report, policy).items
    assert [i.requirement for i in items] == ["支委会。每月至少召开1次，研究支部重要工作。", "党员大会。每季度至少召开1次。"]
    assert [i.status for i in items] == ["shortfall", "met"], [i.reason for i in items]
    assert all(policy.text[r.start:r.end] == r.text  # the span grows to take the name in
               for r in with_run_in_headings(policy, extract_requirements(policy)))


def test_a_table_of_schools_as_rows_is_held_by_its_least_row():
    """学校 | 主题党日（次） | 党课（次）: a duty of each school is met only when the school with the
    least meets it, however the 合计 row adds up."""
    table = ("附表：各校党建工作开展情况\n学校\t党员数（名）\t主题党日（次）\t党课（次）\n"
             "中心小学\t18\t12\t4\n镇初中\t15\t12\t4\n石门村小\t3\t12\t4\n柳溪村小\t2\t12\t2\n合计\t38\t48\t14\n")
    items = _check_text("1. 每所学校每月至少开展1次主题党日活动。\n2. 各校党组织每季度至少讲1次党课。\n",
                        "一、主要工作\n各校认真落实三会一课制度，开展情况见附表。\n" + table,
                        report_title="某镇中心学校党总支2025年党建工作总结")
    assert [i.status for i in items] == ["met", "shortfall"], [i.reason for i in items]
    assert "柳溪村小" in items[1].reason


def test_a_duty_on_schools_of_some_size_does_not_bind_a_school_outside_it():
    """党员人数超过50人的学校…设立党总支 owes nothing in a school of 42 members, though the report
    has 支委会 in its branches; a condition on each branch, or a county's total, decides nothing."""
    provisions = ("1. 党员人数超过50人的学校，应设立党总支。\n2. 教职工100人以上的学校，应配备专职组织员1名。\n"
                  "3. 正式党员7人以上的党支部，应设立支部委员会。\n")
    school = "一、基本情况\n我校现有教职工86人，党员42名，设3个党支部，各支部均设支委会。\n"
    items = _check_text(provisions, school)
    assert [i.status for i in items[:2]] == ["not_mentioned", "not_mentioned"], [i.reason for i in items]
    assert "42名" in items[0].reason and "86人" in items[1].reason
    assert "does not apply" not in items[2].reason
    county = "一、基本情况\n全县共有中小学校46所，教职工3120人，党员1206名，设立党总支8个。\n"
    items = _check_text(provisions, county)
    assert not any("does not apply" in i.reason for i in items), [i.reason for i in items]


@pytest.mark.parametrize("report, status, figure", [
    # the share the report writes is of the wrong whole: 党员教师中骨干教师占52.2% is no 骨干教师中党员
    ("全县骨干教师640人，其中党员298人。党员教师中骨干教师占52.2%。", "shortfall", "46.6%"),
    ("全县骨干教师686人，其中党员372人。党员教师中骨干教师占36.8%。", "met", "54.2%"),
    ("全县骨干教师686人，党员占骨干教师的54.2%。", "met", "54.2%"),
])
def test_a_share_is_held_only_if_it_is_of_the_provisions_whole(report, status, figure):
    (item,) = _check_text("1. 骨干教师中党员的比例不低于50%。\n", f"一、基本情况\n{report}\n")
    assert item.status == status and figure in item.reason, item.reason


@pytest.mark.parametrize("year, said, status", [
    (2025, "全区党支部书记中“双带头人”占64.3%。", "met"),        # the 2025 stage: 60%
    (2026, "全区党支部书记中“双带头人”占64.3%。", "shortfall"),  # the 2026 stage: 80%
    (2025, "全区党支部书记中“双带头人”占52.0%。", "shortfall"),
])
def test_a_target_staged_by_year_is_held_at_the_reports_year(year, said, status):
    (item,) = _check_text("1. 到2025年底，党支部书记“双带头人”比例达到60%；2026年达到80%；2027年实现全覆盖。\n",
                          f"一、主要工作\n{said}\n", report_title=f"某区教育局党委{year}年推进情况报告")
    assert item.status == status, item.reason
    assert item.requirement.endswith("2027年实现全覆盖。")


def test_a_target_due_after_the_reports_year_is_not_yet_short():
    (item,) = _check_text("1. 到2027年，建成市级党建品牌学校不少于10所。\n", "一、主要工作\n全区已建成市级党建品牌学校4所。\n",
                          report_title="某区教育局党委2025年推进情况报告")
    assert item.status == "addressed" and "2027" in item.reason, item.reason


@pytest.mark.parametrize("said, status", [
    ("本届党委2023年换届以来，按照五年轮训一遍的要求，累计轮训党员168人，占全体党员的40%。", "met"),  # 3 years: 40%
    ("2021年以来，学院分批轮训党员，累计轮训党员84人，占全体党员的20%。", "shortfall"),  # 5 years: 80%
])
def test_a_duty_once_in_five_years_is_held_at_its_pace(said, status):
    (item,) = _check_text("1. 每五年对全体党员轮训一遍。\n", f"一、主要工作\n{said}\n",
                          report_title="某学院党委2025年党建工作总结")
    assert item.status == status and "pace" in item.reason, item.reason


@pytest.mark.parametrize("said, status", [
    ("党委书记本届任期内已讲授专题党课3次。", "met"),
    ("党委书记本届任期内已讲授专题党课2次。", "addressed"),   # the term still runs
    ("本届任期届满，党委书记任期内共讲授专题党课2次。", "shortfall"),
])
def test_a_bound_over_a_term_of_office(said, status):
    (item,) = _check_text("1. 党组织书记任期内至少讲授专题党课3次。\n", f"一、主要工作\n{said}\n",
                          report_title="某学院党委2025年党建工作总结")
    assert item.status == status, item.reason


@pytest.mark.parametrize("duty, said, status", [
    ("全年党员集中学习学时要较上年有所增加。",
     "全年组织集中学习38场次，在职党员累计参学4472学时，人均52学时，上年人均为46学时。", "met"),
    ("注重在优秀青年教师中发展党员，年度发展党员数量不少于上年。", "全年发展预备党员2名，均为35岁以下青年教师；2024年发展党员3名。", "shortfall"),
    # the amount rose, its share of the whole fell
    ("党建工作经费占学校公用经费的比例不低于上年水平。",
     "全年学校公用经费支出286万元，其中党建工作经费11.4万元，较上年的11.2万元有所增加；上年学校公用经费支出260万元。",
     "shortfall"),
    ("党员教师中骨干教师人数逐年增加。", "现有党员教师中县级以上骨干教师27名。", "addressed"),  # no last year
])
def test_a_bound_relative_to_last_year(duty, said, status):
    (item,) = _check_text(f"1. {duty}\n", f"一、主要工作\n{said}\n", report_title="某中学党委2025年党建工作总结")
    assert item.status == status, item.reason


@pytest.mark.parametrize("said, status", [
    # 57 on average, but the 31 besides the 12 logged 1587 (51.2 each)
    ("全县43名学校党组织书记全年累计参训2451学时，人均57学时；其中，中学党组织书记12名累计参训864学时。", "shortfall"),
    ("全县43名学校党组织书记全年累计参训2451学时，人均57学时；其中，中学党组织书记12名累计参训700学时。", "met"),
])
def test_an_average_does_not_hide_a_part_below_the_bound(said, status):
    (item,) = _check_text("1. 学校党组织书记每年参加集中培训累计不少于56学时。\n", f"一、主要工作\n{said}\n")
    assert item.status == status, item.reason


@pytest.mark.parametrize("said, status", [
    (("石岭村小有党员4名；东坳、白水、杉木3所村小各有党员2名。春、秋两个学期各组织党员骨干教师送教下村3次"
     "（春季学期到石岭、东坳、白水村小，秋季学期到石岭、白水、杉木村小）。"), "shortfall"),
    (("石岭村小有党员4名；东坳、白水、杉木3所村小各有党员2名。春、秋两个学期各组织党员骨干教师送教下村4次"
     "（春季学期到石岭、东坳、白水、杉木村小，秋季学期到石岭、东坳、白水、杉木村小）。"), "met"),
])
def test_a_duty_to_each_school_is_held_against_the_schools_named(said, status):
    (item,) = _check_text("1. 中心学校每学期至少组织1次党员骨干教师到每所村小开展送教活动。\n", f"一、主要工作\n{said}\n")
    assert item.status == status, item.reason
