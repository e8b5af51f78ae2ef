"""Constraint patterns on real phrases from the policy corpus (dev documents)."""
from __future__ import annotations

import pytest

from policytext.requirements import ConstraintFinder, parse_number
from policytext.requirements.lexicon import load_lexicon

FINDER = ConstraintFinder(load_lexicon())


def find(text: str, cue: str | None = None):
    cue_at = text.index(cue) if cue else None
    f = FINDER.find(text, 0, len(text), cue_at)
    if f is None:
        return None
    c = f.constraint
    return (c.kind, c.value, c.value_max, c.unit, c.period, c.bound)


@pytest.mark.parametrize("phrase, cue, expected", [
    ("抓好党组织书记任职培训、业务培训和专题培训,每年至少集中培训1次。", None,
     ("frequency", 1.0, None, "次", "年", "at_least")),
    ("支部党员大会一般每三个月召开1次", None, ("frequency", 1.0, None, "次", "3个月", "exactly")),
    ("支部委员会一般每月召开1次", None, ("frequency", 1.0, None, "次", "月", "exactly")),
    ("每学期开展课程思政示范课不少于4节", None, ("frequency", 4.0, None, "节", "学期", "at_least")),
    # items posted count as occasions: twice a month, not once
    ("要用好微信公众号等平台，每月发布品牌创建信息不少于2条。", None,
     ("frequency", 2.0, None, "条", "月", "at_least")),
    # a bare quantity of people in each period is that many, not once a period
    ("每名党员教师每学年结对帮扶1名青年教师", None, ("minimum", 1.0, None, "名", "学年", "exactly")),
    ("每月确定1个固定日期开展主题党日", None, ("frequency", 1.0, None, "次", "月", "exactly")),
    ("党小组会一般每月召开1-2次。", None, ("frequency", 1.0, 2.0, "次", "月", "exactly")),
    ("每两年评选1次优秀共产党员和优秀党务工作者", None, ("frequency", 1.0, None, "次", "2年", "exactly")),
    ("每月至少组织2次教职工政治学习。", None, ("frequency", 2.0, None, "次", "月", "at_least")),
    ("原则上每学年与教职工谈心谈话1次。", None, ("frequency", 1.0, None, "次", "学年", "exactly")),
    ("每年研究制定党员学习计划,落实党员培训制度", None, ("frequency", 1.0, None, "次", "年", "exactly")),
    # a bound a few words after the period is still the bound: 每年集中学习不少于12次
    ("每年集中学习不少于12次。", None, ("frequency", 12.0, None, "次", "年", "at_least")),
    # a whole period with a count in it is a frequency, as 每年 is; without a count it is none
    ("理论学习中心组全年集中学习不少于10次。", None, ("frequency", 10.0, None, "次", "年", "at_least")),
    ("全学年组织党员集中培训不少于3次。", None, ("frequency", 3.0, None, "次", "学年", "at_least")),
    ("年内党支部标准化建设达标率达到100%。", None, ("minimum", 100.0, None, "%", None, "at_least")),
    ("区局按年度评选先进集体", None, ("frequency", 1.0, None, "次", "年", "exactly")),
    ("党员每年集中学习培训时间一般不少于16学时,", None, ("minimum", 16.0, None, "学时", "年", "at_least")),
    ("有3名以上正式党员的学校,都要单独建立党组织", "要", ("threshold", 3.0, None, "名", None, "at_least")),
    ("正式党员不足3人的学校,可就近就便与其他学校建立联合党组织", "可", ("threshold", 3.0, None, "人", None, "at_most")),
    ("大型公共建筑（单体建筑面积2万平方米以上）应当按照绿色建筑标准进行建设", "应当",
     ("threshold", 20000.0, None, "平方米", None, "at_least")),
    ("绿色建筑项目投入运行1年以上，可以申报", "可以", ("threshold", 1.0, None, "年", None, "at_least")),
    ("单位应配备3名以上专职人员", "应", ("minimum", 3.0, None, "名", None, "at_least")),
    ("办理时限不超过5个工作日", None, ("maximum", 5.0, None, "工作日", None, "at_most")),
    ("现场述职每人不超过8分钟", None, ("maximum", 8.0, None, "分钟", None, "at_most")),
    # a target rate to reach is a minimum
    ("签订率须达到100%", "须", ("minimum", 100.0, None, "%", None, "at_least")),
    ("“双带头人”教师党支部书记比例应达到100%", "应", ("minimum", 100.0, None, "%", None, "at_least")),
    # a lead time is a minimum; a bound a few words before its number, or a fraction
    ("邀请校外人员主讲的，须提前5个工作日报学校党组织审批", "须",
     ("minimum", 5.0, None, "工作日", None, "at_least")),
    ("每名党员教师至少结对帮扶2名家庭经济困难学生", None, ("minimum", 2.0, None, "名", None, "at_least")),
    ("其中“好”等次人数不超过参评总人数的30%", None, ("maximum", 30.0, None, "%", None, "at_most")),
    ("现场述职人数不少于参加述职书记总数的三分之一", None, ("minimum", 33.3, None, "%", None, "at_least")),
    ("35周岁以下青年教师应当不少于一半", None, ("minimum", 50.0, None, "%", None, "at_least")),
    ("选举大会须有应到会党员五分之四以上到会方可进行。", "须", ("minimum", 80.0, None, "%", None, "at_least")),
    # occasions with no period: that many in all; copies are counted in 份
    ("各党支部要组织党员开展会前集中学习，集中学习不少于3次。", "要", ("minimum", 3.0, None, "次", None, "at_least")),
    ("回收征求意见表不少于30份。", None, ("minimum", 30.0, None, "份", None, "at_least")),
    # …but after a 每-period they are a frequency
    ("党组织书记每年应当向教职工代表大会报告党组织工作不少于1次", "应当",
     ("frequency", 1.0, None, "次", "年", "at_least")),
    # a condition first (不足3名的…) and the bound after it: the bound is what is asked
    ("不足3名的采取与邻近学校联合组建等方式建立党组织，确保2025年底前全市中小学校党组织覆盖率达到100%。", "确保",
     ("minimum", 100.0, None, "%", None, "at_least")),
    # 1年以上的 after the cue names what is asked, not whom
    ("入党积极分子须经过1年以上的培养教育和考察，基本具备党员条件的，方可列为发展对象。", "须",
     ("minimum", 1.0, None, "年", None, "at_least")),
    # a margin asked for (差额选举): more than, by a share
    ("委员候选人实行差额选举，候选人数应多于应选人数的20%。", None, ("minimum", 20.0, None, "%", None, "at_least")),
    # 不得低于 forbids less: a minimum, not a maximum; 不得高于 forbids more
    ("党员教师参与课后服务的比例不得低于80%", None, ("minimum", 80.0, None, "%", None, "at_least")),
    ("每次研究议题不得多于6项", None, ("maximum", 6.0, None, "项", None, "at_most")),
    # courses are counted in 门
    ("每所学校开设的兴趣类课程不少于6门", None, ("minimum", 6.0, None, "门", None, "at_least")),
])
def test_constraint_table(phrase, cue, expected):
    assert find(phrase, cue) == expected


@pytest.mark.parametrize("phrase", [
    "自2018年1月1日起施行",                     # a date is not a constraint
    "建立年度发展党员工作台账",                  # 年度 without 每/按 is not a frequency
    "应当对每一排放口排放的不同应税污染物分别计算",  # 每一 is not a period
    "按照绿色建筑的标准进行设计和建设",          # 按照 is not 按+period
    "按期进行换届",
    "定期组织党员开展主题教育活动",              # no number: nothing to check
])
def test_no_constraint(phrase):
    assert find(phrase) is None


@pytest.mark.parametrize("s, v", [("16", 16), ("三", 3), ("两", 2), ("十二", 12), ("六十", 60), ("1.5", 1.5)])
def test_parse_number(s, v):
    assert parse_number(s) == v
