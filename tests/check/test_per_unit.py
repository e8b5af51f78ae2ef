"""Totals in a report put on a per-head or per-branch provision's footing."""
from __future__ import annotations

import pytest

from policytext.check.per_unit import basis, normalise, ratio_of_groups
from policytext.figures import extract_figures
from policytext.pipeline import parse_text

REPORT = ("一、基本情况\n\n学校党委下设6个党支部，共有党员86名，其中在职党员72名。\n\n"
          "二、主要做法\n\n全年6个党支部共召开支委会65次、党员大会26次。"
          "学校在年度预算中安排党建工作经费3.9万元，人均党费返还120元。\n")


@pytest.fixture(scope="module")
def figures():
    doc = parse_text(REPORT)
    return doc, extract_figures(doc)


def _normalised(figs, surface, how):
    """``normalise`` of the figure written ``surface``, with the words before it in its sentence."""
    f = next(f for f in figs if f.surface == surface)
    return normalise(f, f.sentence[: f.sentence.find(surface)], how, figs)


@pytest.mark.parametrize("provision, actor, per_head, per_branch", [
    ("各学校按照每名党员每年不低于600元的标准安排党组织工作经费。", "各学校", "党员", False),
    ("人均每年参加培训不少于40学时。", None, "党员", False),  # no group named: members
    ("党支部每月召开1次支部委员会会议。", "党支部", None, True),
    ("每个党支部每月开展1次主题党日活动。", None, None, True),  # 每个 a branch, not a head
    ("支部委员会会议每月至少召开1次。", None, None, True),  # opens with the branch
    ("学校党委每学期至少专题研究2次党建工作。", "学校党委", None, False),
    ("学校按生均每年不低于10元的标准安排活动经费。", "学校", "学生", False),  # per pupil
    ("党员教师家访每学期不少于10户。", None, "党员教师", False),  # a duty of people is each one's
    # the meeting a rate is set for is each group's own
    ("严格落实“三会一课”制度，党小组会每月至少召开1次。", "学校党组织", None, True),
    ("党员教师每年参加集中学习培训应不少于32学时。", None, "党员教师", False),  # not 教师 alone
    ("教职工党支部每月至少开展1次主题党日活动。", "教职工党支部", None, True),  # a kind of branch
    ("思政课教师每人每年参加各级各类专题培训不少于40学时。", None, "教师", False),  # 每人 of those named
])
def test_basis_of_a_provision(provision, actor, per_head, per_branch):
    b = basis(provision, actor)
    assert b.per_head == per_head
    assert b.per_branch is per_branch


def test_money_total_is_divided_by_the_members_the_report_states(figures):
    scaled, words = _normalised(figures[1], "3.9万元", basis("每名党员每年不低于600元", None))
    assert round(scaled.value) == 453 and "86名" in words


def test_count_over_branches_is_divided_by_the_branches_named_before_it(figures):
    scaled, words = _normalised(figures[1], "65次", basis("党支部每月召开1次支委会", "党支部"))
    assert round(scaled.value, 1) == 10.8 and "6个党支部" in words


def test_a_figure_already_per_head_is_left_alone(figures):
    assert _normalised(figures[1], "120元", basis("每名党员每年不低于100元", None)) is None


def test_a_ratio_to_another_count_is_held_against_the_count_the_report_states():
    how = basis("初中学段按照每6个教学班不少于1名的标准配备专职道德与法治教师", None)
    assert how.per_units == (6, "个教学班")
    doc = parse_text("一、基本情况\n\n初中部18个教学班配有专职道德与法治教师2名，另由4名文科教师兼任。\n")
    fig = next(f for f in extract_figures(doc) if f.surface == "2名")
    scaled, words = normalise(fig, fig.sentence[: fig.sentence.find("2名")], how, [])
    assert scaled.value == pytest.approx(2 / 3)
    assert "18个教学班" in words


def test_a_total_of_people_is_divided_by_the_members_the_report_states():
    doc = parse_text("一、基本情况\n\n全县共有党员教师1380名。\n\n二、主要做法\n\n"
                     "党员教师共结对帮扶困难学生2416名。\n")
    figs = extract_figures(doc)
    fig = next(f for f in figs if f.surface.startswith("2416"))
    how = basis("每名党员教师至少结对帮扶2名家庭经济困难学生。", None)
    scaled, words = normalise(fig, fig.sentence[: fig.sentence.find("2416")], how, figs)
    assert scaled.value == pytest.approx(2416 / 1380)
    assert "1380名" in words


def test_a_head_count_is_a_share_of_its_group_counted_elsewhere():
    from policytext.check.per_unit import share_of_group
    from policytext.pipeline import parse_text

    doc = parse_text("某县教育局党组2024年工作总结\n一、基本情况\n全县共有在职党员教师1,380名。\n"
                     "二、主要工作\n全县1,352名党员教师签订了拒绝有偿补课承诺书。\n")
    fig = next(f for f in doc.figures if f.surface.startswith("1,352"))
    got = share_of_group(fig, "党员教师全部签订承诺书，签订率达到100%。", doc.figures)
    assert got is not None and got[0].value == 98.0 and got[0].unit == "%"
    # a provision that does not name the group gets no share of it
    assert share_of_group(fig, "学校食堂从业人员持证率达到100%。", doc.figures) is None


@pytest.mark.parametrize("sentence, surface, per", [
    ("全县32所学校共设立党员示范岗86个。", "86个", 86 / 32),
    # the count of schools may come after the total
    ("各校组织退休党员教师开展座谈、参观等活动，全年共计58次，覆盖全县32所学校。", "58次", 58 / 32),
    # two counts of schools: whose total it is cannot be told
    ("32所学校中有20所学校开展活动，共计58次。", "58次", None),
])
def test_a_total_over_schools_is_divided_by_the_schools_the_sentence_counts(sentence, surface, per):
    how = basis("每所学校每学期至少组织退休党员教师开展1次活动。", None)
    assert how.per_school
    fig = next(f for f in extract_figures(parse_text(f"二、主要做法\n\n{sentence}\n")) if f.surface == surface)
    got = normalise(fig, fig.sentence[: fig.sentence.find(surface)], how, [])
    assert (got[0].value if got else None) == (pytest.approx(per) if per else None)


def test_a_total_done_by_each_school_is_divided_by_the_schools_counted_before():
    doc = parse_text("全县43所中小学党组织都把课后服务写进了年度党建工作计划。"
                     "仅春季学期，各校党组织就先后召开专题会议61次。\n")
    figs = extract_figures(doc)
    how = basis("学校党组织会议每学期专题研究课后服务工作不少于2次。", None)
    assert how.per_school
    fig = next(f for f in figs if f.surface == "61次")
    scaled, words = normalise(fig, fig.sentence[: fig.sentence.find("61次")], how, figs)
    assert scaled.value == pytest.approx(61 / 43) and "43所" in words


def test_money_per_pupil_is_divided_by_the_pupils_the_same_sentence_counts():
    """每生: per pupil; the pupils the money went to, not the first pupils the report counts."""
    doc = parse_text("枫岭镇中心小学现有学生612名。今年县财政安排课后服务专项补助资金520万元，"
                     "惠及全县参加课后服务的3.1万名学生。\n")
    figs = extract_figures(doc)
    how = basis("县教育局要按照参加课后服务学生每生每年不低于200元的标准安排专项补助。", "县教育局")
    assert how.per_head == "学生"
    fig = next(f for f in figs if f.surface == "520万元")
    scaled, words = normalise(fig, fig.sentence[: fig.sentence.find("520万元")], how, figs)
    assert scaled.value == pytest.approx(5_200_000 / 31_000) and "3.1万名" in words


def test_an_area_or_a_length_is_no_total_over_schools():
    """面积最小的为35平方米 in a report over 58所 is each room's area, not a sum."""
    doc = parse_text("全县58所中小学均已建成党员活动室，其中面积最小的为35平方米。\n")
    figs = extract_figures(doc)
    how = basis("每所中小学校应当建有党员活动室，面积不少于30平方米。", None)
    fig = next(f for f in figs if f.surface == "35平方米")
    assert how.per_school and normalise(fig, fig.sentence[: fig.sentence.find("35")], how, figs) is None


@pytest.mark.parametrize("report, provision, surface, per", [
    # what a group did, added up, is divided by the group the report counts
    ("局党组7名班子成员每人联系1至2所学校。今年春季学期，班子成员共到联系点调研指导9次。",
     "班子成员每学期到联系点开展调研指导不少于2次。", "9次", 9 / 7),
    ("现有在职党员教师二十四名。过去两个学期，二十四名党员教师一共上了四十五节公开课。",
     "党员教师每学期至少上1节公开课或示范课。", "四十五节", 45 / 24),
    # each of those who took part: 每名参训党务干部 (240学时 for 20人)
    ("7月举办党务干部联合培训班1期，5所学校党务干部20人参训，累计培训240学时。",
     "每名参训党务干部的培训时长不少于16学时。", "240学时", 12),
    # a tally whose verb phrase runs long (全年累计参加集中学习培训38,580学时)
    ("全县1,286名党员教师全年累计参加集中学习培训38,580学时。",
     "党员教师每年参加集中学习培训应不少于32学时。", "38,580学时", 38580 / 1286),
    # the group may open the sentence before the tally's clause
    ("全县学校党组织书记58名。各校书记带头讲党课，全年共讲授党课87次。",
     "学校党组织书记每年至少为党员讲授2次党课。", "87次", 87 / 58),
    # events a body held are no one's share: no tally by the group, no division
    ("现有党员86名。全年共开展主题党日活动12次。", "党员每月参加1次主题党日活动。", "12次", None),
    # a count of the members themselves is not what each of them did
    ("现有党员三十一名。全校十四名党员骨干教师，每人至少带一个徒弟，一共结了十七对。",
     "每名党员骨干教师至少结对帮带1名青年教师。", "十四名", None),
    # …but the pairs are per head of those fourteen, not of all members
    ("现有党员31名。全校14名党员骨干教师，每人至少带一个徒弟，一共结了17对。",
     "每名党员骨干教师至少结对帮带1名青年教师。", "17对", 17 / 14),
])
def test_per_head_totals_of_acts_and_counts(report, provision, surface, per):
    doc = parse_text(report + "\n")
    figs = extract_figures(doc)
    fig = next(f for f in figs if f.surface == surface)
    got = normalise(fig, fig.sentence[: fig.sentence.find(surface)], basis(provision, None), figs)
    assert (got[0].value if got else None) == (pytest.approx(per) if per else None)


def test_tallied_hours_are_divided_by_the_members_and_hours_per_person_are_not():
    doc = parse_text("一、基本情况\n\n全县党员教师1250名。\n\n二、主要做法\n\n"
                     "党员教师全年累计参训46000学时，骨干党员参加专题培训48学时。\n")
    figs = extract_figures(doc)
    how = basis("每名党员教师每年参加集中培训不少于40学时。", None)
    total, each = (next(f for f in figs if f.surface == s) for s in ("46000学时", "48学时"))
    scaled, words = normalise(total, total.sentence[: total.sentence.find("46000")], how, figs)
    assert scaled.value == pytest.approx(46000 / 1250) and "1250名" in words
    assert normalise(each, each.sentence[: each.sentence.find("48学时")], how, figs) is None


def test_a_total_is_divided_by_the_bodies_of_the_kind_each_of_which_owes_it():
    """每个二级学院须至少配备1名专职组织员 against 全校共配备专职组织员6名 and 二级学院9个."""
    doc = parse_text("一、基本情况\n\n该校现有二级学院9个、学生党支部15个，党员教师286名。\n\n"
                     "二、主要做法\n\n各学院均配备了专职副书记。全校共配备专职组织员6名。\n")
    figs = extract_figures(doc)
    how = basis("每个二级学院须至少配备1名专职组织员，负责日常工作。", None)
    assert how.per_kind == "二级学院"
    scaled, why = _normalised(figs, "6名", how)
    assert round(scaled.value, 2) == 0.67
    assert "9个" in why


def test_a_total_over_branches_the_report_does_not_count_decides_no_branchs_duty():
    """各党支部共召开支部党员大会112次 with no count of the branches says nothing of 每季度1次."""
    import policytext as pt

    policy = parse_text("关于加强二级学院党组织建设的若干措施\n一、工作要求\n1. 党支部每季度至少召开1次党员大会。\n")
    report = parse_text("某校党建工作调研报告\n一、主要做法\n"
                   "各党支部坚持“三会一课”，2023年全校各党支部共召开支部党员大会112次。\n")
    (item,) = pt.check(report, policy).items
    assert item.status != "met", item.reason


def test_a_duty_of_each_member_is_not_met_when_some_members_did_none():
    """每名党员至少结对帮扶1名 against 24名党员与37名学生结对, of 党员31名: 7 have none; 人均
    asks only for the average."""
    doc = parse_text("一、基本情况\n\n支部现有党员31名。\n\n二、主要做法\n\n"
                     "目前已有24名党员与37名学业困难学生结成帮扶对子。\n")
    figs = extract_figures(doc)
    each = basis("每名党员至少结对帮扶1名学业困难学生。", None)
    assert each.each
    scaled, why = _normalised(figs, "37名", each)
    assert scaled.value == 0 and "31名" in why
    average = basis("党员人均结对帮扶学生不少于1名。", None)
    assert not average.each
    scaled, _ = _normalised(figs, "37名", average)
    assert round(scaled.value, 2) == 1.54


@pytest.mark.parametrize("split, per", [
    ("其中三分之二设在中心小学，其余设在村小", 4 / 7),
    ("其中一半设在村小，其余设在中心小学", 6 / 7),
    ("其中25%设在中心小学，其余设在村小", 9 / 7),
])
def test_a_total_split_between_kinds_of_school_is_divided_by_the_schools_of_the_kind(split, per):
    """每所村小至少设立1个党员示范岗 against twelve posts split between the centre school and
    the seven 村小."""
    doc = parse_text("一、基本情况\n\n全镇有一所中心小学、七所村小和十二个教学点。\n\n二、主要做法\n\n"
                     f"全镇共设立党员示范岗12个，{split}，涵盖教学、安全等岗位。\n")
    figs = extract_figures(doc)
    how = basis("每所村小至少设立1个党员示范岗。", None)
    assert how.per_school and how.school_kind == "村小"
    scaled, why = _normalised(figs, "12个", how)
    assert scaled.value == pytest.approx(per)
    assert "7所村小" in why


def test_a_tally_over_bodies_named_with_it_is_divided_by_them():
    """每月至少组织开展1次主题党日活动 (a body's duty) against 全县87个学校党组织全年共开展主题
    党日活动738次: 8.5 each a year."""
    doc = parse_text("一、主要工作\n\n全县87个学校党组织全年共开展主题党日活动738次，围绕红色教育组织活动。\n")
    figs = extract_figures(doc)
    scaled, why = _normalised(figs, "738次", basis("每月至少组织开展1次主题党日活动。", None))
    assert scaled.value == pytest.approx(738 / 87)
    assert "87个学校党组织" in why


def test_a_table_rows_total_is_divided_by_the_schools_the_row_counts():
    """家长学校每学期至少开展2次集中授课活动 against a 合计 row: 82 家长学校, 304 授课."""
    doc = parse_text("某区教育局党组2024年度工作情况报告\n一、主要工作\n"
                     "学段\t学校数（所）\t家长学校数（所）\t家长学校集中授课（次）\n"
                     "小学\t52\t52\t214\n合计\t82\t82\t304\n")
    figs = extract_figures(doc)
    how = basis("家长学校每学期至少开展2次集中授课活动。", None)
    assert how.per_school and how.body == "家长学校"
    scaled, why = _normalised(figs, "304", how)
    assert scaled.value == pytest.approx(304 / 82)
    assert "82" in why


def test_a_groups_meetings_are_shared_out_over_the_groups_but_a_rate_is_not():
    """党小组会每月至少召开1次 against 3个党小组共召开党小组会21次: 7 each, short of 12; the
    rate 每月1次 said after 3个支部支委会各12次 is no total to share out."""
    how = basis("严格落实“三会一课”制度，党小组会每月至少召开1次。", "学校党组织")
    doc = parse_text("一、主要工作\n\n2024—2025学年3个党小组共召开党小组会21次，开展主题党日活动6次。"
                     "3个支部支委会各12次，每月1次，有记录。\n")
    figs = extract_figures(doc)
    scaled, why = _normalised(figs, "21次", how)
    assert scaled.value == 7 and "3个党小组" in why
    assert _normalised(figs, "1次", how) is None


@pytest.mark.parametrize("counted, heads", [
    # all teachers, and a later part of them (2名党员教师获评…) is no count of them all
    ("党支部现有党员26名，均为在职在编教师。2名党员教师获评区优秀共产党员。", 26),
    ("党支部现有党员30名，其中教师党员26名。", 26),
    ("党支部现有党员26名。", 26),  # the report counts no other
])
def test_a_duty_of_each_member_teacher_is_held_against_the_member_teachers(counted, heads):
    """党员教师每年…不少于32学时 against 全体党员累计参训754学时."""
    doc = parse_text(f"一、基本情况\n\n{counted}\n\n二、主要工作\n\n"
                     "全年组织党员集中学习培训20场次，全体党员累计参训754学时。\n")
    figs = extract_figures(doc)
    how = basis("党员教师每年参加集中学习培训应不少于32学时。", None)
    scaled, why = _normalised(figs, "754学时", how)
    assert scaled.value == pytest.approx(754 / heads)
    assert f"{heads}名" in why


def test_sessions_times_hours_are_each_members_hours_not_a_pool():
    """集中学习4次，每次安排3学时，共计12学时: everyone who came has the 12; 全体党员累计参训754学时
    is a pool to share out."""
    how = basis("党员每年参加集中学习培训累计不少于32学时。", None)
    doc = parse_text("一、基本情况\n\n支部现有党员41名。\n\n二、主要工作\n\n"
                     "7月、9月共组织党员集中学习4次，每次安排3学时，本季度集中学习共计12学时。"
                     "全体党员累计参训754学时。\n")
    figs = extract_figures(doc)
    assert _normalised(figs, "12学时", how) is None
    scaled, _ = _normalised(figs, "754学时", how)
    assert scaled.value == pytest.approx(754 / 41)


def test_a_count_bound_by_a_share_of_another_groups_total():
    """示范岗数量不少于党员总数的30% against 党员58名 and 党员示范岗15个: 25.9%."""
    doc = parse_text("一、基本情况\n\n党总支共有党员58名。\n\n二、主要工作\n\n在教育教学一线设立党员示范岗15个。\n")
    share, why = ratio_of_groups("学校应在教育教学一线设立党员示范岗，示范岗数量不少于党员总数的30%。",
                                 extract_figures(doc))
    assert share.value == pytest.approx(25.9) and "58名" in why


def test_a_tables_latest_year_column_holds_the_years_values_and_a_total_is_shared_out():
    """项目 | 单位 | 2025年 | 2024年: the 2024年 cells are last year's; a row labelled 总学时 is
    the members' hours added up."""
    doc = parse_text("2025年党建工作总结\n一、基本情况\n支部现有党员28名。\n"
                     "项目\t单位\t2025年\t2024年\t备注\n支部委员会会议\t次\t12\t10\t每月召开\n"
                     "党员参加集中学习培训总学时\t学时\t812\t868\n党费收缴率\t%\t100\t96.2\n")
    figs = extract_figures(doc)
    assert {f.surface for f in figs if f.subject and "支部委员会" in f.subject} == {"12"}
    f = next(f for f in figs if f.surface == "812")
    how = basis("党员每年参加集中学习培训不少于32学时。", None)
    scaled, why = normalise(f, f.sentence[: f.start - doc.text.find(f.sentence)], how, figs)
    assert scaled.value == pytest.approx(29) and "28名" in why


def test_the_groups_meetings_added_up_are_shared_out_over_the_groups_the_report_counts():
    """本月全总支共召开党小组会6次 with 设党小组8个 in 基本情况: 0.75 each; 全年召开…党小组会12次
    adds nothing up and is no total to share."""
    how = basis("党小组每月至少召开1次党小组会，组织党员学习、交流思想。", None)
    doc = parse_text("一、基本情况\n\n党总支共有党员56名，设党小组8个。\n\n二、主要工作\n\n"
                     "本月全总支共召开党小组会6次。全年召开支部党员大会4次、党小组会12次。\n")
    figs = extract_figures(doc)
    scaled, why = _normalised(figs, "6次", how)
    assert scaled.value == 0.75 and "8个" in why
    assert _normalised(figs, "12次", how) is None


def test_a_count_of_times_the_group_gave_is_shared_out_over_the_group():
    """全县88名党组织书记带头讲党课，全年讲党课次数在上年135次的基础上增加23次: 158 over 88."""
    from policytext.check.occasions import changed_values

    text = "二、主要工作\n\n全县88名党组织书记带头讲党课，全年讲党课次数在上年135次的基础上增加23次。\n"
    doc = parse_text(text)
    figs = extract_figures(doc)
    start = doc.text.find("全县")
    end = doc.text.find("。", start) + 1
    (f,) = changed_values(doc.text, start, end, None, "")
    how = basis("学校党组织书记每年为党员讲党课不少于2次。", None)
    scaled, why = normalise(f, doc.text[start:f.start], how, figs + [f])
    assert scaled.value == pytest.approx(158 / 88) and "88名" in why


def test_a_total_over_branches_of_a_kind_is_shared_out_over_them():
    how = basis("教职工党支部每月至少开展1次主题党日活动。", "教职工党支部")
    doc = parse_text("一、主要工作\n\n4个教职工党支部依托系部设置，全年共开展主题党日活动40次。\n")
    figs = extract_figures(doc)
    scaled, why = _normalised(figs, "40次", how)
    assert scaled.value == 10 and "4个教职工党支部" in why


def test_a_count_each_branch_gave_in_its_own_clause_is_not_shared_out():
    """三个支部坚持每月…开展主题党日，全年各开展12次，累计36次: 12 is each branch's own."""
    how = basis("各党支部每月固定1天开展主题党日活动。", "各党支部")
    doc = parse_text("一、主要工作\n\n三个支部坚持每月第一个周五开展主题党日，全年各开展12次，累计36次。\n")
    figs = extract_figures(doc)
    assert _normalised(figs, "12次", how) is None
    scaled, _ = _normalised(figs, "36次", how)
    assert scaled.value == 12
