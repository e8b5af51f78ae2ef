"""What a report sentence does, from its own words (data/check/roles.yaml)."""
from __future__ import annotations

import pytest

from policytext.check.roles import PLAN, PROBLEM, UNVERIFIED, sentence_role


@pytest.mark.parametrize("sentence, role", [
    ("扣分原因：年内没有发展新党员，现有2名入党积极分子还在培养考察期，扣3分。", PROBLEM),
    ("受期末考务影响，2023年度民主评议党员到4月中旬才全部完成。", PROBLEM),
    ("部分学校党组织书记抓党建的意识不强，履职不到位。", PROBLEM),
    ("支部书记述职测评情况还没有和年度考核挂起钩来。", PROBLEM),
    ("下一步，将把党员积分结果和评先评优直接挂钩。", PLAN),
    # work under way, to be finished later, is not yet done; nor is a speaker's plan
    ("成长档案的建立工作目前正在推进，争取明年上半年完成。", PLAN),
    ("林晓：我们准备把“青禾红”党建品牌创建起来。", PLAN),
    # work put on next year's list is not done
    ("县局党组已将指导学校编制年度发展计划列入明年党建工作要点，届时将统筹安排。", PLAN),
    ("学校已将该项工作纳入年度考核，全年考核2次。", None),
    # 将 as 把 (puts it into the budget) is no intention; 将继续把…纳入 is
    ("学校将党建工作经费纳入年度预算，全年安排党建工作经费3.5万元。", None),
    ("学校将继续把党建工作经费纳入年度预算。", PLAN),
    ("党员教师参与课题研究的覆盖面还需进一步扩大。", PROBLEM),
    ("一名是数学基础薄弱的小陈，我每周抽两个中午为他辅导。", None),  # the pupil helped, no gap
    ("换届时间与上届任期届满时间相衔接，没有出现推迟换届的情况。", None),  # a good record
    ("党员大会推迟到6月才召开。", PROBLEM),
    # what a meeting set out to do names no gap
    ("会议听取了副书记关于2025年党建工作情况的汇报，分析了存在的问题，研究部署了2026年重点工作。", None),
    ("学校将党建工作经费1.3万元列入2025年度预算，主要用于党员教育培训。", None),
    ("将每月第一个星期五确定为固定主题党日，全年开展主题党日活动12次。", None),
    # a claim the writer could not check shows nothing done
    ("另据学校汇报，党支部书记每学期均为学生讲授思政课，但督导组未查阅到相关记录，该项情况暂无法核实。",
     UNVERIFIED),
    # a scored self-assessment marks a gap down: 扣2分, 扣0.5分
    ("去年8月调入的1名党员教师，组织关系至今没有转进来，扣2分。", PROBLEM),
    ("满分10分，自评10分。", None),
    # a news report of plans, in reported speech
    ("谈及明年工作，罗书记表示，学院党委将对述职评议实行全覆盖。", PLAN),
    ("校长表示，学校将继续深化“一支部一品牌”创建。", PLAN),
    ("他介绍，今年共发展学生党员56名。", None),
    # a good record is no gap
    ("四个支部的支委会今年月月都开，没有一个月落下。", None),
    ("全年没有发生一起师德失范事件。", None),
    ("全年召开支委会12次、党员大会4次。", None),
    # no points lost, a count below a number, and someone else's false words are no gap
    ("扣分原因：无。", None),
    ("正式党员不足3人的学校，可与邻近学校联合成立党支部。", None),
    ("一名家长在短视频平台发布视频并配有不实文字，学校发现后即电话报告县教育局。", None),
    ("学校党建经费投入不足，活动场所面积偏小。", PROBLEM),
    # what a meeting set out to do is no gap found
    ("党总支召开年终会议，回顾全年工作，查找存在的差距，研究来年工作思路。", None),
    # the classes and schools a school helps are no gap of its own, nor is the reason for
    # a course it took; a weak link still is
    ("你校48名党员教师中有21人担任班主任，在毕业年级和薄弱班级管理中发挥了骨干作用。", None),
    ("村小党员都不足三名，单独建支部条件不够，年初全部与中心小学组成联合党支部。", None),
    ("二是师德师风建设仍有薄弱环节，专项治理还不够深入。", PROBLEM),
    # a lack named by the negated word
    ("个别党小组会议记录内容过于简单，部分记录参会党员签字不全。", PROBLEM),
    # what an inspection or a screening found is a gap; that it found none is not
    ("督导中也发现，部分学校党组织的集中学习仍以理论文章为主，安全知识没有纳入党员学习内容。", PROBLEM),
    ("第一轮排查中发现，七年级1名语文教师要求该生将课文抄写20遍。", PROBLEM),
    ("经课堂巡查和学生问卷核查，检查中未发现，教师有违规言论。", None),
    # a case looked into and confirmed
    ("学校当天约谈王某，核实其自2023年7月起在该机构兼课并领取课酬。", PROBLEM),
    # an inspector's recommendation is still to be done
    ("建议你校固定每月主题党日的活动时间，做到主题明确、内容充实、记录完整。", PLAN),
    ("请你校于8月31日前将整改报告报送市教育督导委员会办公室。", PLAN),
])
def test_sentence_roles(sentence, role):
    assert sentence_role(sentence) == role


@pytest.mark.parametrize("sentence, opens", [
    ("一年来，学校党建工作虽然取得了一定成效，但对照上级要求和师生期盼，还存在一些不足。", True),
    ("对照学校党委的要求和师生的期盼，我抓党建工作还有不少差距，主要有三点。", True),
    ("存在的问题主要表现在三个方面：", True),
    # a gap that names what is lacking is an admission
    ("二是师德师风建设仍有薄弱环节，个别教师仍存在有偿补课现象，专项治理还不够深入。", False),
    ("回顾一年工作，我们也认识到还存在一些不足：一是支委会的纪要有时要拖到一周以后才整理出来；", False),
])
def test_a_sentence_that_only_opens_a_list_of_gaps(sentence, opens):
    from policytext.check.roles import opens_gaps

    assert opens_gaps(sentence) == opens


@pytest.mark.parametrize("sentence", [
    "每月10日为支部主题党日，寒暑假期间也没有中断，截至11月共开展11次。",
])
def test_a_good_record_is_no_gap(sentence):
    assert sentence_role(sentence) is None


def test_a_sentence_that_goes_on_keeps_the_role_of_the_one_before():
    from policytext.check.core import prepare_report
    from policytext.pipeline import parse_text

    doc = parse_text("某校2024年党建工作总结\n"
                     "一、主要工作\n"
                     "谈及明年工作，书记表示，学校将推行党员积分管理；同时探索党员先锋岗评议办法。"
                     "学校全年发展党员3名。\n")
    view = prepare_report(doc, [], [])
    roles = {doc.text[p.start:p.end][:4]: p.role for p in view.passages}
    assert roles["同时探索"] == PLAN  # goes on with the plan before it
    assert roles["学校全年"] != PLAN  # a new statement of work done


def test_a_heading_of_gaps_and_intentions_lets_each_sentence_say_which():
    from policytext.check.core import prepare_report
    from policytext.check.roles import DONE
    from policytext.pipeline import parse_text

    doc = parse_text("某中心学校党总支2024年工作总结\n一、主要工作\n全年召开支委会12次。\n"
                     "二、不足与努力方向\n一方面，村小图书角的清查还不到位。另一方面，青年教师入党积极性不高。"
                     "下一步，党总支将对青年教师实行一对一联系培养。\n")
    roles = {doc.text[p.start:p.end][:4]: p.role for p in prepare_report(doc).passages}
    assert roles == {"全年召开": DONE, "一方面，": PROBLEM, "另一方面": PROBLEM, "下一步，": PLAN}


def test_a_gap_owned_under_a_plan_heading_is_admitted():
    """An application's 今后努力方向 concedes its gaps in soft words before each plan; the
    gaps of others a plan will act on (对工作滞后的学校进行约谈) stay the plan."""
    from policytext.check.core import prepare_report
    from policytext.pipeline import parse_text

    doc = parse_text("示范党支部申报材料\n一、创建做法\n全年召开支委会12次。\n二、今后努力方向\n"
                     "一是党员教师参与课题研究的覆盖面还需进一步扩大，下一步将推动更多党员教师参与课题研究。"
                     "二是结对帮扶工作有待进一步深化，目前仍有部分党员尚未达到每人2名的要求。"
                     "三是对工作滞后的党小组进行约谈。\n")
    roles = {doc.text[p.start:p.end][:4]: p.role for p in prepare_report(doc).passages}
    assert roles["一是党员"] == PROBLEM and roles["二是结对"] == PROBLEM
    assert roles["三是对工"] == PLAN


def test_work_already_done_under_a_plan_heading_is_done():
    from policytext.check.core import prepare_report
    from policytext.check.roles import DONE
    from policytext.pipeline import parse_text

    doc = parse_text("关于述职评议情况的通报\n一、基本情况\n2月20日召开述职评议会议。\n"
                     "二、下一步工作要求\n会后第5个工作日，工委已将问题清单逐一反馈给28名书记。"
                     "各学校党组织书记要逐条明确整改措施。\n")
    roles = {doc.text[p.start:p.end][:4]: p.role for p in prepare_report(doc).passages}
    assert roles["会后第5"] == DONE
    assert roles["各学校党"] == PLAN


def test_what_a_meeting_asks_or_decides_is_still_to_be_done():
    """Minutes (会议纪要): a paragraph opened by 会议要求/强调/决定 is all plan, its later
    sentences too; what the meeting heard (会议听取了…) was done."""
    from policytext.check.core import prepare_report
    from policytext.check.roles import DONE
    from policytext.pipeline import parse_text

    doc = parse_text("某校党总支年终党建工作领导小组会议纪要\n"
                     "会议听取了组织委员的汇报。全年组织党员参加集中培训，人均30学时。\n"
                     "会议要求，各支部要改进集中学习的组织方式；宣传委员牵头，在寒假前对图书室藏书"
                     "组织一次全面排查。\n")
    roles = {doc.text[p.start:p.end][:4]: p.role for p in prepare_report(doc).passages}
    assert roles["全年组织"] == DONE
    assert roles["会议要求"] == PLAN
    assert roles["宣传委员"] == PLAN


def test_what_a_meeting_judges_is_no_work_done():
    import policytext as pt
    from policytext.pipeline import parse_text

    policy = parse_text("关于加强学校党建工作的通知\n一、工作要求\n（一）班子成员要定期深入联系的年级组、"
                        "教研组指导工作。\n")
    report = parse_text("某校党总支年终党建工作领导小组会议纪要\n会议认为，一年来学校党建工作有了新的进展。"
                        "班子成员深入年级组、教研组指导工作的意识有所增强。\n")
    (item,) = pt.check(report, policy).items
    assert item.status == "addressed", item.reason
    assert "judgement" in item.reason


@pytest.mark.parametrize("question, role", [
    ("记者：工作中还有哪些难点？", PROBLEM),
    ("记者：下一步有什么打算？", PLAN),
    ("问：志愿服务方面是怎么做的？", "done"),
    ("工作中还有哪些难点？", None),  # no interviewer: no question of an interview
    ("主持人：周立群（党总支书记、党建工作领导小组组长）", None),  # the chair of a meeting
])
def test_an_interviewers_question_says_what_its_answers_do(question, role):
    from policytext.check.roles import asked

    assert asked(question) == role


@pytest.mark.parametrize("heading, role", [
    ("三、存在的薄弱环节", PROBLEM),
    ("三、困难和挑战", PROBLEM),
    ("三、不足之处和改进方向", "problem+plan"),
    ("四、下一步工作安排", PLAN),
    ("四、整改建议", PLAN),
    ("五、对策建议", PLAN),
    ("二、主要成效", None),
    # what was done about last year's findings: the fixes, though 整改措施 names them
    ("一、上年度整改措施落实情况", None),
    # the causes of the gaps speak to no duty in particular; a heading that names the gaps
    # too, or a score's reason, is no cause heading
    ("三、问题产生的原因", "frame"),
    ("二、存在的问题及原因分析", PROBLEM),
    ("【未践诺及原因】", PROBLEM),
    ("二、党员队伍（本项自评得分18分，扣2分，原因是党员信息系统数据维护不够及时）", None),
    # the year after the report's (title 某校党支部2025年工作总结)
    ("「2026，我们这样干」", PLAN),
    ("「2025，我们这样干」", None),
])
def test_a_heading_gives_its_section_a_role(heading, role):
    from policytext.check.roles import heading_role
    from policytext.pipeline import parse_text

    doc = parse_text(f"某校党支部2025年工作总结\n{heading}\n正文一句话。\n")
    assert heading_role(doc, doc.paragraphs[-1].start) == role


def test_a_review_inside_a_plan_was_done():
    """In a 2026年党建工作计划, 一、2025年工作回顾 looks back: the title's 工作计划 makes the
    rest plan, not the review."""
    from policytext.check.roles import heading_role
    from policytext.pipeline import parse_text

    doc = parse_text("某中学党总支\n2026年党建工作计划\n\n一、2025年工作回顾\n\n全年共召开支委会36次。\n\n"
                     "二、主要任务\n\n各党支部将以每月第一个星期五为固定主题党日。\n")
    review, task = doc.paragraphs[-2], doc.paragraphs[-1]
    assert heading_role(doc, review.start) is None
    assert heading_role(doc, task.start) == PLAN


def test_a_gap_named_to_say_what_was_done_about_it_is_no_admission():
    from policytext.check.roles import sentence_role

    assert sentence_role('一是针对"组织生活不够经常"的问题，严格落实"三会一课"制度，全年召开党员大会5次。') is None
    assert sentence_role("一是组织生活不够经常，全年仅召开党员大会2次。") == PROBLEM


@pytest.mark.parametrize("sentence", ["今年支部确实一次也没有向党员通报党费收缴和使用情况。",
                                      "这是支委会工作没做到位。"])
def test_never_once_is_an_admission(sentence):
    from policytext.check.roles import sentence_role

    assert sentence_role(sentence) == PROBLEM


def test_a_good_record_of_never_missing_is_no_admission():
    from policytext.check.roles import sentence_role

    assert sentence_role("全年每周一次从未间断，巡查情况逐次登记。") is None
