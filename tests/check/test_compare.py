from __future__ import annotations

import math

import pytest

from policytext.check.compare import compare, period_years, report_period_years
from policytext.check.retrieval import BM25, bigrams
from policytext.records import Constraint, Figure


@pytest.mark.parametrize(
    "period, years",
    [("年", 1.0), ("每年", 1.0), ("学年", 1.0), ("学期", 0.5), ("季度", 0.25), ("3个月", 0.25),
     ("三个月", 0.25), ("月", 1 / 12), ("两年", 2.0), ("2年", 2.0), ("周", 1 / 52), (None, None),
     ("届", None)],
)
def test_period_years(period, years):
    got = period_years(period)
    assert got == pytest.approx(years) if years is not None else got is None


@pytest.mark.parametrize(
    "sentence, years",
    [("党支部书记全年讲党课3次", 1.0), ("坚持每月开展1次主题党日活动", 1 / 12),
     ("每学期组织2次专题培训", 0.5), ("上半年召开会议3次", 0.5), ("召开会议3次", None),
     # a term named by its season is one term, also after 今年
     ("仅春季学期，各校党组织就先后召开专题会议61次", 0.5), ("今年秋季学期开展讲座3场", 0.5),
     # a rate holds in its own clause only; a period holds for the sentence
     ("各党组织坚持按月召开支委会；同期召开党员大会142次", None),
     ("上半年，各支部召开支委会6次；召开党员大会2次", 0.5),
     # a count over several years says so (五年来, 近三年), and 四年级 is no span
     ("五年来，在职党员人均累计参加集中学习培训140学时", 5.0), ("近三年共发展党员9名", 3.0),
     # more than two years: two at least, so a rate over two is the most it can be
     ("两年多来，党员人均累计参加集中学习培训60学时", 2.0),
     ("四年级共开展活动8次", None),
     # a tally after a rate is no count of one period (每月…，共召开12次)
     ("各支部坚持每月召开支委会，共召开12次", None), ("各支部坚持每月召开支委会12次", 1 / 12),
     # a grade is no year
     ("秋季学期为高一年级学生讲授专题思政课1次", 0.5), ("全年为初一年级学生讲授1次", 1.0)],
)
def test_report_period_from_words_before_the_figure(sentence, years):
    offset = next(i for i, ch in enumerate(sentence) if ch.isdigit())
    got = report_period_years(sentence, offset)
    assert got == pytest.approx(years) if years is not None else got is None


@pytest.mark.parametrize(
    "sentence, figure, years",
    [("书记每年讲党课2至3次，五年共讲12次", "12次", 5.0), ("书记每年讲党课2至3次，五年共讲12次", "2至3次", 1.0),
     ("2021年至2025年累计投入8.5万元", "8.5万元", 5.0), ("2021年9月至2023年8月共开展活动24次", "24次", 2.0),
     # a school year named by its two years is one year
     ("2024—2025学年共开展活动8次", "8次", 1.0),
     # part of a year: 前三个季度, 前8个月 (not 提前三个月)
     ("2025年前三个季度，4个党支部每季度均召开了党员大会，共召开15次", "15次", 0.75),
     ("今年前8个月共开展活动8次", "8次", 8 / 12)],
)
def test_a_span_of_years_before_a_figure(sentence, figure, years):
    offset = sentence.index(figure) + len(figure)
    assert report_period_years(sentence, offset) == pytest.approx(years)


@pytest.mark.parametrize("sentence, until, years", [
    ("自2023年9月建校以来，累计召开支委会26次", (2025, 12), 28 / 12),
    ("2024年3月成立至今共发展党员3名", (2025, 2), 1.0),
    ("自2023年9月建校以来，累计召开支委会26次", None, None),  # no date: not known
])
def test_a_span_since_a_month_runs_to_the_reports_date(sentence, until, years):
    import math

    got = report_period_years(sentence, len(sentence), None, until)
    assert (got == pytest.approx(years)) if years is not None else math.isnan(got)




def test_a_term_is_as_long_as_the_report_says():
    """任期内 is the term a term report looks back on; of unknown length it decides nothing."""
    sentence = "总支委员会任期内共召开党员大会17次"
    offset = sentence.index("17") + 3
    assert report_period_years(sentence, offset, 5.0) == 5.0
    assert math.isnan(report_period_years(sentence, offset))
    fig = _fig(sentence, "17次", 17, "次")
    yearly_4 = Constraint(kind="frequency", value=4, value_max=None, unit="次", period="年", bound="at_least")
    v = compare(yearly_4, fig, sentence, 0, term_years=5.0)
    assert v is not None and not v.ok and "3.4 a year" in v.reason
    assert compare(yearly_4, fig, sentence, 0) is None


def _fig(sentence: str, surface: str, value: float, unit: str, kind: str = "count") -> Figure:
    start = sentence.index(surface)
    return Figure(doc=None, surface=surface, value=value, value_max=None, unit=unit, approx=None,
                  kind=kind, subject=None, period=None, sentence=sentence, section="",
                  start=start, end=start + len(surface))


QUARTERLY = Constraint(kind="frequency", value=1, value_max=None, unit="次", period="季度", bound="at_least")
TWICE_A_MONTH = Constraint(kind="frequency", value=2, value_max=None, unit="次", period="月", bound="at_least")
MIN_HOURS = Constraint(kind="minimum", value=32, value_max=None, unit="学时", period="年", bound="at_least")
MIN_YUAN = Constraint(kind="minimum", value=500, value_max=None, unit="元", period="年", bound="at_least")


@pytest.mark.parametrize(
    "constraint, sentence, surface, value, unit, ok",
    [
        (QUARTERLY, "党支部书记全年讲党课3次", "3次", 3, "次", False),
        (QUARTERLY, "全年召开支部党员大会4次", "4次", 4, "次", True),
        (TWICE_A_MONTH, "坚持每月组织1次教职工政治学习", "1次", 1, "次", False),
        (TWICE_A_MONTH, "全年共组织政治学习24次", "24次", 24, "次", True),
        (MIN_HOURS, "党员人均参加集中培训40学时", "40学时", 40, "学时", True),
        (MIN_HOURS, "党员人均参加集中培训24课时", "24课时", 24, "课时", False),
        (MIN_YUAN, "全年人均党建工作经费400元", "400元", 400, "元", False),
    ],
)
def test_compare_figure_with_constraint(constraint, sentence, surface, value, unit, ok):
    v = compare(constraint, _fig(sentence, surface, value, unit), sentence, 0)
    assert v is not None and v.ok is ok
    assert surface in v.reason


def test_compare_refuses_figures_that_measure_something_else():
    s = "全年人均党建工作经费400元"
    assert compare(MIN_HOURS, _fig(s, "400元", 400, "元"), s, 0) is None


def test_bigrams_keep_every_two_character_word():
    assert "换届" in bigrams("抓好党支部按期换届")
    assert bigrams("党费40余万元")[:2] == ["党费", "40"]


def test_bm25_ranks_the_sentence_that_speaks_to_the_query_first():
    passages = ["全年召开支部党员大会4次、支部委员会12次。", "建成标准化党员活动室。",
                "党支部书记与党员签订党风廉政建设承诺书。"]
    hits = BM25(passages).search("签订党风廉政建设承诺书", k=3)
    assert hits[0].index == 2
    assert all(h.bm25 < hits[0].bm25 / 2 for h in hits[1:])


HOURS_A_YEAR = Constraint(kind="minimum", value=40, value_max=None, unit="学时", period="年", bound="at_least")


@pytest.mark.parametrize("sentence, surface, value, ok, per_year", [
    # a per-term figure is a rate: 18 a term is 36 a year, short of 40
    ("道法教师人均每学期参训18学时", "18学时", 18, False, "36学时 a year"),
    ("道法教师人均每学期参训24学时", "24学时", 24, True, "48学时 a year"),
    # a figure for the year is compared as it stands
    ("全年人均参训42学时", "42学时", 42, True, None),
])
def test_a_minimum_per_period_against_a_figure_per_another_period(sentence, surface, value, ok, per_year):
    v = compare(HOURS_A_YEAR, _fig(sentence, surface, value, "学时"), sentence, 0)
    assert v is not None and v.ok is ok
    assert (per_year in v.reason) if per_year else "minimum of 40学时" in v.reason


def test_a_count_covers_the_half_year_a_half_year_summary_covers():
    sentence = "支部召开全体党员大会2次"
    fig = _fig(sentence, "2次", 2, "次")
    assert not compare(QUARTERLY, fig, sentence, 0).ok  # 2 in a year: short of 4
    half = compare(QUARTERLY, fig, sentence, 0, covers=0.5)  # 2 in half a year: 4 a year
    assert half.ok and "0.5 year" in half.reason


def test_a_quarters_count_settles_a_yearly_duty_only_when_it_already_reaches_it():
    """A 第三季度 summary: 1 in the quarter against 每年至少2次 leaves the rest of the year open;
    2 already meet it; a monthly duty is held to the quarter's three months."""
    from policytext.check.occasions import report_years

    assert report_years("2025年第三季度党建工作总结", "7月8日召开支委会；9月2日召开支委会。") == 0.25
    # a third-quarter progress report that goes back to 3月 reports the year so far
    assert report_years("2025年第三季度基层党建重点任务推进情况报告", "分别于3月、8月、9月组织") == 1.0
    assert report_years("党建工作月报（2025年10月）", "现将10月份党建工作情况报告如下。") == 1 / 12
    yearly_2 = Constraint(kind="frequency", value=2, value_max=None, unit="次", period="年", bound="at_least")
    monthly = Constraint(kind="frequency", value=1, value_max=None, unit="次", period="月", bound="at_least")
    once, twice = "本季度书记讲党课1次", "本季度书记讲党课2次"
    assert compare(yearly_2, _fig(once, "1次", 1, "次"), once, 0, covers=0.25) is None
    assert compare(yearly_2, _fig(twice, "2次", 2, "次"), twice, 0, covers=0.25).ok
    held = "7月、9月各召开支委会1次，共2次"
    assert not compare(monthly, _fig(held, "2次", 2, "次"), held, 0, covers=0.25).ok  # 2 of 3 months
    termly = Constraint(kind="frequency", value=1, value_max=None, unit="次", period="学期", bound="at_least")
    visit = "7月10日，组织在职党员开展现场教学1次"
    assert compare(termly, _fig(visit, "1次", 1, "次"), visit, 0, covers=0.25) is None  # 2 terms a year
    hours = "本季度集中学习共计12学时"
    assert compare(MIN_HOURS, _fig(hours, "12学时", 12, "学时"), hours, 0, covers=0.25) is None
    # a year's budget is a year's, in a half-year report too
    budget = "在2026年度预算中将党建工作经费单独列支，合计安排人均450元"
    v = compare(MIN_YUAN, _fig(budget, "450元", 450, "元"), budget, 0, covers=0.5)
    assert v is not None and not v.ok


@pytest.mark.parametrize("surface, value, unit, need, need_unit, ok", [
    ("约10个月", 10, "个月", 1, "年", False),   # 培养考察时间不少于1年
    ("14个月", 14, "个月", 1, "年", True),
    ("两周", 2, "周", 5, "工作日", True),       # 公示期不少于5个工作日
    ("3天", 3, "天", 5, "工作日", False),
])
def test_lengths_of_time_in_different_units_are_compared_in_days(surface, value, unit, need,
                                                                  need_unit, ok):
    fig = _fig(surface, surface, value, unit, kind="duration")
    c = Constraint(kind="minimum", value=need, value_max=None, unit=need_unit, period=None,
                   bound="at_least")
    v = compare(c, fig, surface, 0)
    assert v is not None and v.ok is ok
    assert f"{need}{need_unit}" in v.reason


@pytest.mark.parametrize("lo, hi, unit, limit, limit_unit, ok", [
    (40, None, "分钟", 2, "小时", True),     # 2小时内电话报告: 9时30分 to 10时10分
    (42, 61, "天", 1, "月", False),          # 1个月内谈话: 3月初 to 4月下旬, late either way
    (20, 40, "天", 1, "月", None),           # the limit falls inside the range: no verdict
    (10, 20, "天", 1, "月", True),
])
def test_a_length_known_within_a_range_decides_only_when_the_whole_range_does(
        lo, hi, unit, limit, limit_unit, ok):
    from dataclasses import replace

    fig = replace(_fig("x", "x", lo, unit, kind="duration"), value_max=hi)
    c = Constraint(kind="maximum", value=limit, value_max=None, unit=limit_unit, period=None,
                   bound="at_most")
    v = compare(c, fig, "x", 0)
    assert (v.ok if v is not None else None) is ok


def test_how_long_one_step_took_to_the_next():
    from policytext.check.occasions import elapsed

    def got(text):
        return [(f.value, f.value_max, f.unit) for f in elapsed(text, 0, len(text), None, "")]

    assert got("学校9时30分发现后，10时10分即电话报告县教育局，当天下午3时前报送书面说明。") == [
        (40.0, None, "分钟")]
    assert got("3月初递交申请的骨干教师，支部于4月下旬安排组织委员与其谈话。") == [(42.0, 61.0, "天")]
    # a span, a list and two separate events are no step from one time to the next
    assert got("公示时间为5月6日至5月10日。") == []
    assert got("3月和6月各召开一次全体党员大会。") == []
    assert got("4月组织参观，7月观看专题片。") == []
    # hours of the day written with a colon; a span of hours is how long the work lasts,
    # and the later time is still in the afternoon the earlier one named
    assert got("全县各校课后服务从每天下午4:10开始，到6:20结束。") == [(130.0, None, "分钟")]
    assert got("课后服务时间为16:30至17:40。") == [(70.0, None, "分钟")]
    assert got("会议于14:30召开，共有30人参加。") == []
    # a time limit after an event in words, and the ordinal day after it
    assert got("新调入3名党员教师，报到后半个月内全部转入了组织关系。") == [(15.0, None, "天")]
    assert got("收到反馈后三天内完成整改。") == [(3.0, None, "天")]
    assert got("会后第5个工作日，工委已将问题清单反馈给各位书记。") == [(5.0, None, "工作日")]
    assert got("报到后20天内转入组织关系。") == []  # the figure extractor reads 20天


def test_a_step_from_a_day_written_earlier_in_the_paragraph():
    """学校于10月24日将核实情况书面报告… steps from the day the paragraph opened with
    (10月9日), not from a month (7月起) in between."""
    from policytext.check.occasions import elapsed

    para = ("2023年10月9日，一名学生家长向班主任反映教师王某在校外授课。学校当天约谈王某，"
            "核实其自2023年7月起在该机构兼课。学校于10月24日将核实情况书面报告区教育局。")
    start = para.index("学校于")
    got = [(f.surface[:5], f.value, f.unit) for f in elapsed(para, start, len(para), None, "", 0)]
    assert got == [("10月9日", 15.0, "天")]
    assert elapsed(para, start, len(para), None, "") == []  # no paragraph: one sentence only
    # a later day not opened by 于/即/才… is no step from the earlier one
    other = "3月12日召开支委会。4月15日召开党员大会。"
    assert elapsed(other, other.index("4月"), len(other), None, "", 0) == []
    # …but a sentence that opens with its day and sends something on steps from it
    sent = "10月16日下午召开党员大会进行换届选举。10月29日，我们将选举结果报区委教育工委审批。"
    got = [(f.value, f.unit) for f in elapsed(sent, sent.index("10月29日"), len(sent), None, "", 0)]
    assert got == [(13.0, "天")]


MAX_DAYS = Constraint(kind="maximum", value=10, value_max=None, unit="天", period=None, bound="at_most")
MAX_SCHOOLS = Constraint(kind="maximum", value=4, value_max=None, unit="所", period=None, bound="at_most")


@pytest.mark.parametrize("constraint, surface, value, unit, ok", [
    # open upwards: above a minimum or beyond a maximum for sure, below them perhaps not
    (MIN_HOURS, "超过32学时", 32, "学时", True),
    (MIN_HOURS, "超过30学时", 30, "学时", None),
    (MIN_HOURS, "30学时以上", 30, "学时", None),
    (MAX_SCHOOLS, "超过4所", 4, "所", False),  # strictly beyond its number
    (MAX_SCHOOLS, "3所以上", 3, "所", None),
    # open downwards: the other way round
    (MIN_HOURS, "不到30学时", 30, "学时", False),
    (MIN_HOURS, "不到32学时", 32, "学时", False),  # strictly short of its number
    (MAX_DAYS, "半个月内", 15, "天", None),  # within half a month may be more than 10 days
    (MAX_DAYS, "五天内", 5, "天", True),
    (MIN_HOURS, "不到40学时", 40, "学时", None),
    (MAX_SCHOOLS, "不到4所", 4, "所", True),
    (MAX_SCHOOLS, "4所以下", 4, "所", True),
    (MAX_SCHOOLS, "6所以下", 6, "所", None),
])
def test_a_figure_open_on_one_side_decides_only_the_other(constraint, surface, value, unit, ok):
    sentence = f"全年人均参加集中学习{surface}"
    v = compare(constraint, _fig(sentence, surface, value, unit), sentence, 0)
    assert (v.ok if v is not None else None) is ok


def test_a_rate_ends_where_an_aside_opens_and_a_count_up_to_a_month_covers_the_months():
    """按月召开支委会（截至11月底各支部均召开9次）: the 9 are no month's, they are eleven months'."""
    s = "各支部坚持按月召开支委会，研究支部重点工作（截至11月底各支部均召开9次"
    assert report_period_years(s, len(s)) == pytest.approx(11 / 12)
