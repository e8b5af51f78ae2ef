"""Counts and dates a report states in words (check.occasions)."""
from __future__ import annotations

import pytest

from policytext.check.occasions import EVERY, deadline, months, occasions, series, spelled_counts


@pytest.mark.parametrize("text, counts", [
    ("支部书记4月份、10月份先后为党员讲了两次党课。", [("两次", 2.0)]),
    ("全年召开十二次支委会、三场专题报告会。", [("十二次", 12.0), ("三场", 3.0)]),
    # 一次性 is no count; 第二次 is the ordinal (two so far), not a spelled 二次
    ("组织一次性补助，开展第二次集中学习，每次活动都有记录。", [("第二次", 2.0)]),
    # one after a rate in the same clause is a count: once a quarter
    ("领导小组每季度召开一次形势分析会，全年形成研判报告4份。", [("一次", 1.0)]),
    # one spread by 各 over listed occasions is a count (check multiplies it: two)
    ("3月和6月各召开一次全体党员大会，分别讨论年度工作要点。", [("一次", 1.0)]),
    ("春季、秋季两个学期各讲一次党课。", [("一次", 1.0)]),
    ("组织党员开展一次集中学习。", []),
    # lessons next to a 课, not the holidays of 两节
    ("这学期党员教师上了课程思政示范课三节，书记上了两节党课。", [("三节", 3.0), ("两节", 2.0)]),
    ("两节期间走访慰问困难党员。", []),
    # estimates: about ten, more than ten, two or three (the lower)
    ("全年开展集中学习十来次，讲了十多次党课、两三次微党课。",
     [("十来次", 10.0), ("十多次", 10.0), ("两三次", 2.0)]),
    # an ordinal of occasions, not of a plenum or a document's issue
    ("这是今年召开的第二次专题推进会。", [("第二次", 2.0)]),
    ("学习贯彻党的二十届三中全会和第二次全体会议精神。", []),
    # a lesson's ordinal counts occasions too (the second time)
    ("2025年4月，书记又给全体党员讲了第二堂专题党课。", [("第二堂", 2.0)]),
    # the earlier ones beside an ordinal are part of what it counts
    ("本次会议是今年召开的第四次领导小组会议，前三次分别于3月、6月、9月召开。", [("第四次", 4.0)]),
])
def test_spelled_counts(text, counts):
    got = [(f.surface, f.value) for f in spelled_counts(text, 0, len(text), None, "")]
    assert got == counts
    assert all(f.unit in ("次", "场", "节") for f in spelled_counts(text, 0, len(text), None, ""))


@pytest.mark.parametrize("provision, due", [
    ("党支部委员会任期届满的，应于2024年6月底前完成换届选举。", (6, 31, "6月底前", 2024)),
    ("民主评议党员工作应当于每年3月31日前完成。", (3, 31, "3月31日前", None)),
    ("每学期至少召开1次专题会议。", None),
])
def test_deadline(provision, due):
    assert deadline(provision) == due


def test_months_named_in_a_passage():
    got = months("支部于9月12日召开党员大会完成换届，6月下旬通过章程修正案，4月份讲党课。")
    assert [(m, d) for m, d, _, _ in got] == [(9, 12), (6, 21), (4, 1)]


def test_a_date_in_another_year_is_later_or_earlier_whatever_its_month():
    from policytext.check.occasions import later

    due = deadline("各区（县）要在2025年10月底前建成信息管理平台。")
    assert later(months("计划2026年3月前上线。")[0], due)
    assert not later(months("2025年3月已建成上线。")[0], due)
    assert later(months("11月建成上线。")[0], due)  # no year: the months decide


@pytest.mark.parametrize("passage, got", [
    ("七一前夕，党委书记为全体党员上了一堂专题党课。", {7}),
    ("春季、秋季两个学期开学前，支部会同教务处逐一审核。", {3, 9}),
    ("7月暑期集中学习期间，组织观看警示教育专题片。", {7}),
    ("书记春季学期讲了一次，秋季学期又讲了一次。", {3, 9}),
    ("组织全体党员观看警示教育专题片。", set()),
])
def test_the_months_a_passage_dates_its_work_in(passage, got):
    assert occasions(passage) == got


@pytest.mark.parametrize("passage, every", [
    ("全校96名教职工全部签字，没有一人遗漏。", True),
    ("党费由组织委员统一收取，做到应交尽交。", True),
    ("全年党费按月足额收缴，无拖欠。", True),
    ("全县1,352名党员教师签订了承诺书。", False),
    ("应知应会测试合格率达到95%。", False),
    # universals as rural reports write them
    ("三个村小和两个教学点每个都建了党员活动室。", True),
    ("全校党员教师人人都签了师德承诺书，一个不落。", True),
    ("32名党员教师逐一签署承诺书，无一人遗漏。", True),
    ("每个党员结对两名学生。", False),
])
def test_a_passage_that_says_every_one_did_it(passage, every):
    assert bool(EVERY.search(passage)) == every


@pytest.mark.parametrize("passage, part", [
    ("14名教工党支部书记中，已有11人既是党建带头人又是学术带头人。", (11, 14)),
    ("全县56所学校中有56所完成了换届。", (56, 56)),
    ("目前9名教师党支部书记中，8名是教授或副教授。", (8, 9)),
    ("全年召开支委会12次。", None),
    # a whole due and the part of it done
    ("今年全县共有31个党支部任期届满，局党委派员全程指导，已完成换届选举28个。", (28, 31)),
    ("共有党员教师32名，已签订承诺书32名。", (32, 32)),
    ("共有党员12名，已完成培训的党员中8名是骨干教师。", None),  # a part of the part
])
def test_part_of_a_whole(passage, part):
    from policytext.check.occasions import part_of_whole

    got = part_of_whole(passage)
    assert (got[:2] if got else None) == part


@pytest.mark.parametrize("passage, got", [
    ("学校校级领导和中层干部共14人，其中党员6人。", [("14人，其中党员6人", 42.9, "党员")]),
    ("全校现有道德与法治教师7人，其中专职3人（含新分配的1名特岗教师）。", [("7人，其中专职3人", 42.9, "专职")]),
    # people against bodies, and a part larger than its whole, are no shares
    ("全县32所学校，其中党员120名。", []),
    ("共有党员12名，其中发展对象15名。", []),
    # a few words may stand between the whole and 其中
    ("将3名入党积极分子列为发展对象，其中区级教学能手1名。", [("3名入党积极分子列为发展对象，其中区级教学能手1名", 33.3, "区级教学能手")]),
    # the part of a whole is what follows it, not the whole's name
    ("3名发展对象中，2名已培养考察一年半以上。", [("3名发展对象中，2名", 66.7, "已培养考察一年半以上")]),
    # thousands separators, and hours of a total of hours
    ("全县1,250名党员教师中有1,180名已上墙公示。", [("1,250名党员教师中有1,180名", 94.4, "已上墙公示")]),
    ("全年集中培训40学时，其中师德专题8学时。", [("40学时，其中师德专题8学时", 20.0, "师德专题")]),
    # an age in the part's name
    ("全年发展党员5名，其中35岁以下青年教师2名。", [("5名，其中35岁以下青年教师2名", 40.0, "35岁以下青年教师")]),
    # those who came of those expected, named by the rate words provisions use
    # a whole listed in parts (6所村小、3个教学点): 5 of 9, not of the last part
    ("全镇6所村小、3个教学点中已有5个建成标准化党员活动室。",
     [("6所村小、3个教学点中已有5个", 55.6, "建成标准化党员活动室")]),
    ("会议应到会党员32人，实到30人。", [("应到会党员32人，实到30人", 93.8, "实到（到会率、出席率、参会率、参加率、参训率、参学率）")]),
    ("各校推荐评议代表共84名，当天实际到会65名。",
     [("共84名，当天实际到会65名", 77.4, "实际到会（到会率、出席率、参会率、参加率、参训率、参学率）")]),
    # a count split into grades: each grade's share of their sum
    ("评定“好”等次10名、“较好”等次14名、“一般”等次4名，无“差”等次。",
     [("“好”等次10名", 35.7, "好"), ("“较好”等次14名", 50.0, "较好"), ("“一般”等次4名", 14.3, "一般")]),
])
def test_shares_of_a_whole(passage, got):
    from policytext.check.occasions import shares

    figs = shares(passage, 0, len(passage), None, "")
    assert [(f.surface, f.value, f.subject) for f in figs] == got
    for f in figs:  # the figure points at the words it was worked out from
        assert passage[f.start:f.end] == f.surface and f.unit == "%"


@pytest.mark.parametrize("text, kinds", [
    ("党支部委员会会议原则上每月召开1次", {"支委会"}),
    ("全年召开全体党员会议3次", {"党员大会"}),
    ("召开支部党员大会2次、支委会6次、党小组会6次", {"党员大会", "支委会", "党小组会"}),
    ("每月15日为支部固定活动日", {"主题党日"}),
    ("全年发展党员3名", set()),
])
def test_kinds_of_meeting_a_text_names(text, kinds):
    from policytext.check.terms import kinds_named

    assert kinds_named(text) == kinds


@pytest.mark.parametrize("title, years", [
    ("云岫县实验幼儿园党支部2024年上半年党建工作小结", 0.5),
    ("某局2024年半年工作总结", 0.5),
    ("某县教育系统2024年党建工作总结", 1.0),
])
def test_the_period_a_report_covers(title, years):
    from policytext.check.occasions import report_years

    assert report_years(title) == years


@pytest.mark.parametrize("sentence, surface", [
    ("每月15日为支部固定活动日，学期中在活动室集中开展。", "每月15日为支部固定"),
    ("道法教研组把每周三下午第七节固定为组内研讨时间。", "每周三下午第七节固定"),
    ("支委会固定在每月第一个星期一放学后召开。", "固定在每月"),
    ("党费由组织委员在每个季度末统一收取。", "每个季度末"),
    ("伙食费收支明细在食堂公示栏公布，每月上旬公布上月收支。", "每月上旬"),
    ("伙食费收支按月公开。", "按月"),
    ("沟通记录本显示，每一周都有书记、校长碰头的记录。", "每一周都"),
    ("支部每个月都召开支委会。", "每个月都"),
])
def test_a_fixed_schedule_is_once_a_period(sentence, surface):
    from policytext.check.compare import report_period_years
    from policytext.check.occasions import schedules

    (fig,) = schedules(sentence, 0, len(sentence), None, "")
    assert (fig.surface, fig.value, fig.unit) == (surface, 1.0, "次")
    # the period comes before the figure's end, so the count is a rate per that period
    assert report_period_years(sentence, fig.end) in (1 / 12, 1 / 52, 1 / 4)


def test_no_schedule_without_a_fixed_day():
    from policytext.check.occasions import schedules

    s = "每月组织党员集中学习，全年未中断。"
    assert schedules(s, 0, len(s), None, "") == []


def test_a_spelled_count_counts_the_thing_after_it():
    t = "党总支书记在春季、秋季两次开学全体教职工会上讲形势、提要求。"
    (fig,) = spelled_counts(t, 0, len(t), None, "")
    assert (fig.value, fig.subject) == (2.0, "开学全体教职工会上讲")  # ten characters at most


@pytest.mark.parametrize("basics, sentence, pct, group", [
    # 在职党员中有29人… of 其中在职党员52名 in 基本情况
    ("学校共有党员68名，其中在职党员52名、退休党员16名。",
     "目前在职党员中有29人在班主任、教研组长或年级组长岗位上。", 55.8, "在职党员"),
    # 民办幼儿园中已建立党组织的有83所 of 民办幼儿园112所: a coverage rate
    ("全区共有民办中小学校37所、民办幼儿园112所。",
     "上半年新建党组织19个，民办幼儿园中已建立党组织的有83所。", 74.1, "民办幼儿园已建立党组织"),
])
def test_a_part_of_a_group_the_report_counts_elsewhere_is_a_share(basics, sentence, pct, group):
    from policytext.check.occasions import group_shares
    from policytext.figures import extract_figures
    from policytext.pipeline import parse_text

    doc = parse_text(f"一、基本情况\n\n{basics}\n\n二、主要做法\n\n{sentence}\n")
    at = doc.text.index(sentence)
    end = at + len(sentence)
    (share,) = group_shares(doc.text, at, end, None, "", extract_figures(doc))
    assert share.value == pytest.approx(pct)
    assert share.subject.startswith(group)
    # no count of the group anywhere: no share
    assert group_shares(doc.text, at, end, None, "", []) == []


@pytest.mark.parametrize("text, hours", [
    ("每期集中培训4天、每天6个学时，课程涵盖党的基本理论。", 24.0),
    ("举办为期3天的专题培训班，每天8学时。", 24.0),
])
def test_days_times_hours_a_day(text, hours):
    from policytext.check.occasions import day_products

    (fig,) = day_products(text, 0, len(text), None, "")
    assert (fig.value, fig.unit) == (hours, fig.unit) and fig.unit in ("学时", "小时")


def test_a_date_counts_for_the_work_only_in_or_before_a_clause_about_it():
    """…做了一次专题调研，…3条建议已在秋季学期落实: the autumn term dates what followed."""
    from policytext.check.occasions import occasions

    text = ("今年3月，我围绕青年教师思想状况做了一次专题调研，走访了4个教研组，"
            "提出的3条建议已在秋季学期落实。")
    assert occasions(text) == {3, 9}
    assert occasions(text, lambda clause: "调研" in clause) == {3}
    text = "七一前夕，党委书记以“做新时代的大先生”为题，为全体党员上了一堂专题党课。"
    assert occasions(text, lambda clause: "党课" in clause) == {7}


@pytest.mark.parametrize("sentence, value, unit", [
    ("全年讲党课次数在上年135次的基础上增加23次。", 158, "次"),
    ("其中一线教师占比在上年73.6%的基础上提高4.2个百分点。", 77.8, "%"),
    ("预算总额在上年16.8万元的基础上增长20%。", 201600, "元"),
    ("党员教师人均参加集中培训学时同比增长12.5%，上年人均为24学时。", 27, "学时"),
])
def test_this_years_value_given_as_a_change_on_last_years(sentence, value, unit):
    from policytext.check.occasions import changed_values

    (f,) = changed_values(sentence, 0, len(sentence), None, "")
    assert f.value == pytest.approx(value) and f.unit == unit


def test_a_change_alone_gives_no_value():
    from policytext.check.occasions import changed_values

    s = "平均每个支部较上年增加3次。局党委全年召开党委会4次，较上年增加1次。"
    assert changed_values(s, 0, len(s), None, "") == []


@pytest.mark.parametrize("sentence, value, group", [
    ("全年发展党员12名，其中学生8名，其余均为35岁以下青年教师。", 4, "青年教师"),
    ("支部现有党员46名，其中退休党员5名、学生党员2名，其余为在职教师。", 39, "在职教师"),
])
def test_the_rest_of_a_whole_is_worked_out(sentence, value, group):
    from policytext.check.occasions import remainders

    (f,) = remainders(sentence, 0, len(sentence), None, "")
    assert f.value == value and group in f.subject and f.unit == "名"


def test_parts_with_no_rest_named_give_no_rest():
    from policytext.check.occasions import remainders

    s = "全年发展党员12名，其中学生8名、青年教师4名。党员46名，其中女党员30名，其余情况见附表。"
    assert remainders(s, 0, len(s), None, "") == []


@pytest.mark.parametrize("sentence, period, counts", [
    ("全年共召开党员大会5次，第一至第四季度分别召开2次、1次、0次、2次。", "季度", (2, 1, 0, 2)),
    ("1—12月分别召开支委会2次、1次、1次、1次、2次、1次、0次、1次、2次、1次、1次、1次，全年共14次。", "月",
     (2, 1, 1, 1, 2, 1, 0, 1, 2, 1, 1, 1)),
    ("春季学期和秋季学期分别举行3次、1次。", "学期", (3, 1)),
    ("全年组织党员志愿服务8次，其中春季学期5次、秋季学期3次。", "学期", (5, 3)),
    ("上半年和下半年分别开展2次、2次。", "半年", (2, 2)),
])
def test_counts_given_period_by_period(sentence, period, counts):
    from policytext.check.occasions import series

    (s,) = series(sentence, 0, len(sentence))
    assert (s.period, s.counts) == (period, counts)


def test_hours_given_day_by_day_add_up():
    from policytext.check.occasions import daily_hours

    t = ("举办集中培训班，为期3天：第一天解读全会《决定》，安排8学时；第二天开展党务实务培训，安排6学时；"
         "第三天分组研讨，安排6学时。")
    (f,) = daily_hours(t, 0, len(t), None, "")
    assert (f.value, f.unit) == (20, "学时") and t[f.start:f.end].startswith("第一天")
    assert daily_hours("第二天安排6学时；第三天安排6学时。", 0, 16, None, "") == []  # not from the first day


def test_a_table_of_months_gives_a_series_per_column_and_adds_up_by_quarter():
    from policytext.check.occasions import by_quarter, table_series
    from policytext.pipeline import parse_text

    rows = ["月份\t支委会\t备注"] + [f"{m}月\t{0 if m == 8 else 1}\t" for m in range(1, 13)] + ["合计\t11\t"]
    doc = parse_text("一、主要工作\n会议召开情况见下表。\n" + "\n".join(rows) + "\n")
    (s,) = table_series(doc.text, doc.tables)  # the empty 备注 column is no series
    assert s.before == "支委会" and s.counts[7] == 0 and len(s.counts) == 12
    assert by_quarter(s).counts == (3, 3, 2, 3)


@pytest.mark.parametrize("sentence", [
    "第一至第四季度分别召开2次、1次。",  # fewer counts than quarters
    "其中第一季度2次、第三季度1次。",  # two quarters of four
    "春季学期和秋季学期分别有3名和1名教师获奖，共4名。",  # people, not occasions
])
def test_no_series_unless_every_period_has_its_count(sentence):
    from policytext.check.occasions import series

    assert series(sentence, 0, len(sentence)) == []


@pytest.mark.parametrize("sentence, schedule, months", [
    ("各支部坚持按月召开支委会（截至11月底各支部均召开9次，7月、8月暑假期间未召开）；按季度召开党员大会", "按月", 2),
    ("除7月、8月外每月召开支委会", "每月", 2),
    ("除寒暑假外，每月开展主题党日", "每月", 3),
    ("支部按月开展主题党日，暑假期间暂停活动", "按月", 2),
    ("坚持按月召开支委会，全年共召开12次", "按月", None),
    ("按月收缴党费；7月、8月未召开党小组会", "按月", None),  # another clause's months
    ("除外出学习的2名党员外，按月交纳党费", "按月", None),  # people left out, not months
])
def test_months_a_monthly_schedule_leaves_out(sentence, schedule, months):
    from policytext.check.occasions import excepted_months

    at = sentence.index(schedule)
    got = excepted_months(sentence, at, at + len(schedule))
    assert (got[0] if got else None) == months


@pytest.mark.parametrize("before, n", [
    ("3月和6月各召开", 2),
    ("开学初、期中和期末各召开", 3),
    ("研究党员教育、发展党员和支部重点工作（截至11月底各支部均召开", None),  # each branch, in an aside
    # the times listed right before 各, not the people named before them
    ("沈卫东、许秋云、杜明华10名党员教师春季、秋季两个学期各上", 2),
])
def test_a_count_spread_over_listed_occasions(before, n):
    from policytext.check.occasions import spread

    got = spread(before)
    assert (got[0] if got else None) == n


@pytest.mark.parametrize("sentence, sums", [
    (("支部集中学习方面，春季学期开学后，3月、4月各组织集中学习2次，5月组织1次，6月起未再安排；"
      "秋季学期9月至12月每月组织集中学习2次。"), (5, 8)),
    ("春季学期3月、4月共组织集中学习2次；秋季学期10月组织1次，12月组织2次。", (2, 3)),  # 共: two in all
    ("春季学期3月、4月各组织集中学习2次。", None),  # one term told
])
def test_each_term_is_added_up_from_the_months_told_under_its_name(sentence, sums):
    terms = [s for s in series(sentence, 0, len(sentence)) if s.period == "学期"]
    assert (terms[0].counts if terms else None) == sums
