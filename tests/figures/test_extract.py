"""Figures on real phrases (positive and negative) and on the bundled real documents."""
from __future__ import annotations

import unicodedata

import pytest

from policytext.figures import FigureExtractor, extract_figures
from policytext.pipeline import parse, parse_text

from ..conftest import CORPUS, seed

X = FigureExtractor()


def figs(text: str):
    return X(parse_text(text, clean=False))  # the extractor must read uncleaned text too


# phrase, surface, value, value_max, unit, approx, kind, subject (None = don't check)
POSITIVE = [
    ("截至目前，阳谷县教育系统共有基层党支部66个，党员人数达1510人。", "1510人", 1510, None, "人", None, "count", "党员人数"),
    ("截至目前，阳谷县教育系统共有基层党支部66个。", "66个", 66, None, "个", None, "count", "基层党支部"),
    ("组织7.1万名中小学教师开展职业道德远程研修。", "7.1万名", 71000, None, "名", None, "count", "中小学教师"),
    ("三季度党费总计40余万元。", "40余万元", 400000, None, "元", "more_than", "amount", "党费"),
    ("组织在职教职工7300余人参加考试。", "7300余人", 7300, None, "人", "more_than", "count", None),
    ("每月召开1-2次支部委员会。", "1-2次", 1, 2, "次", None, "count", None),
    ("学制3至5年。", "3至5年", 3, 5, "年", None, "duration", None),
    ("每组10—20人。", "10—20人", 10, 20, "人", None, "count", None),
    ("学校发现后约一个半小时即书面报告。", "约一个半小时", 1.5, None, "小时", "about", "duration", None),
    ("整改历时两个半月。", "两个半月", 2.5, None, "个月", None, "duration", None),
    ("国内生产总值47.2万亿元，比上年增长9.2％；", "9.2％", 9.2, None, "%", None, "change", "国内生产总值"),
    ("国内生产总值47.2万亿元，比上年增长9.2％；", "47.2万亿元", 47.2e12, None, "元", None, "amount", "国内生产总值"),
    ("辍学率控制在1%以内。", "1%以内", 1, None, "%", "less_than", "percent", "辍学率"),
    ("经过八年持续努力，近1亿农村贫困人口实现脱贫。", "近1亿", 1e8, None, None, "about", "count", "农村贫困人口"),
    ("新增机场容量4亿人次。", "4亿人次", 4e8, None, "人次", None, "count", "机场容量"),
    ("农业增加值增长百分之三点五。", "百分之三点五", 3.5, None, "%", None, "change", "农业增加值"),
    ("优良率提高到百分之九十左右。", "百分之九十左右", 90, None, "%", "about", "percent", "优良率"),
    ("约三分之一的学校已完成改造。", "约三分之一", 100 / 3, None, "%", "about", "ratio", None),
    ("比上年增长1.4倍。", "1.4倍", 1.4, None, "倍", None, "change", None),
    ("学生人数比十年前增长三倍。", "三倍", 3, None, "倍", None, "change", None),
    ("比上年提高0.5个百分点。", "0.5个百分点", 0.5, None, "个百分点", None, "change", None),
    ("重污染天数下降超过五成。", "超过五成", 50, None, "%", "more_than", "change", "重污染天数"),
    ("国内生产总值达到４３８００亿元。", "４３８００亿元", 4.38e12, None, "元", None, "amount", "国内生产总值"),
    ("粮食产量33，212万吨。", "33，212万吨", 332120000, None, "吨", None, "amount", "粮食产量"),
    ("全市新建幼儿园一百二十所。", "一百二十所", 120, None, "所", None, "count", "幼儿园"),
    ("全县有三十多万人口。", "三十多万", 3e5, None, None, "more_than", "count", "人口"),
    ("解决了6398万农村人口的饮水困难。", "6398万", 6.398e7, None, None, None, "count", "农村人口"),
    ("多年累计改造棚户区住房4200多万套，上亿人出棚进楼。", "上亿人", 1e8, None, "人", "more_than", "count", None),
    ("新建住房5.8亿平米。", "5.8亿平米", 5.8e8, None, "平方米", None, "amount", None),
    ("新增装机容量一千二百万千瓦。", "一千二百万千瓦", 12e6, None, "千瓦", None, "amount", None),
    ("利用3年时间，累计创建了300所党建工作示范校。", "300所", 300, None, "所", None, "count", "党建工作示范校"),
    ("利用3年时间，累计创建了300所党建工作示范校。", "3年", 3, None, "年", None, "duration", "时间"),
    ("高技术制造业、装备制造业增加值年均分别增长10.6%、7.9%。", "7.9%", 7.9, None, "%", None, "change", "装备制造业增加值"),
    ("城镇居民人均可支配收入和农村居民人均纯收入实际增长8.4％和11.4％。", "11.4％", 11.4, None, "%", None, "change", "农村居民人均纯收入"),
    ("二〇一九年学校经费增加一百二十亿元，二〇二〇年增加一百五十亿元。", "一百五十亿元", 150e8, None, "元", None, "change", "学校经费"),
    ("粮食总产量连续5年超万亿斤。", "超万亿斤", 1e12, None, "斤", "more_than", "amount", None),
    ("培训党员40学时。", "40学时", 40, None, "学时", None, "duration", None),
    # a bound before the number is a qualifier of its own, not 少于 inside 不少于
    ("书记、校长每学期各讲思政课不少于2节。", "不少于2节", 2, None, "节", "more_than", "count", None),
    ("人均学习时间不低于3%。", "不低于3%", 3, None, "%", "more_than", "percent", None),
    ("两件均在8个工作日内提出处理意见。", "8个工作日", 8, None, "工作日", None, "duration", None),
    ("经过8个多月的培养考察，列为发展对象。", "8个多月", 8, None, "个月", "more_than", "duration", None),
    ("各校每学期安排师德专题学习5个学时。", "5个学时", 5, None, "学时", None, "duration", None),
    # a time limit met: a length, not a period anchor (近5年内 stays one)
    ("新接收的党员教师报到后1周内全部编入支部。", "1周", 1, None, "周", None, "duration", None),
    ("全县党员教师与青年教师结成师徒对子1,031对。", "1,031对", 1031, None, "对", None, "count", None),
    ("名单在公示栏公示，为期两周。", "两周", 2, None, "周", None, "duration", None),
    # an aside in brackets after a count names nothing; a terse line sets its word apart
    ("支部书记参加区委教育工委举办的党支部书记集中轮训1期（5天）。", "1期", 1, None, "期", None, "count",
     "党支部书记集中轮训"),
    ("支委会 12次（每月1次）", "12次", 12, None, "次", None, "count", "支委会"),
    # a figure inside an aside: the bracket that closes it names nothing
    ("目前设初中部党支部（党员26名）、高中部党支部（党员23名）。", "26名", 26, None, "名", None, "count", "党员"),
    # a part over its whole with a slash: the part done is the count; a bare one after a rate is the rate
    ("党员教师参加年度集中培训36/38名。", "36/38名", 36, None, "名", None, "count", None),
    ("书记讲党课1/2次。", "1/2次", 1, None, "次", None, "count", None),
    ("结对帮扶困难学生覆盖率45/50。", "45/50", 90, None, "%", None, "ratio", None),
]


@pytest.mark.parametrize("text,surface,value,vmax,unit,approx,kind,subject", POSITIVE)
def test_positive(text, surface, value, vmax, unit, approx, kind, subject) -> None:
    hits = [f for f in figs(text) if f.surface == surface]
    assert hits, f"{surface} not found in {[f.surface for f in figs(text)]}"
    f = hits[0]
    assert f.value == pytest.approx(value)
    assert f.value_max == (pytest.approx(vmax) if vmax is not None else None)
    assert (f.unit, f.approx, f.kind) == (unit, approx, kind)
    if subject is not None:
        assert f.subject == subject


def test_change_direction() -> None:
    up = next(f for f in figs("居民消费价格上涨2.5％。") if f.unit == "%")
    down = next(f for f in figs("单位国内生产总值能耗下降8.1%。") if f.unit == "%")
    assert (up.direction, down.direction) == ("up", "down")


# phrases with numerals that are NOT figures: dates, ordinals, names, formulas, codes
NEGATIVE = [
    "2019年5月成立教育工委。", "三季度召开会议。", "近3年来，开展活动。", "近5年内发展党员。", "开展一对一帮扶。", "一年来，我们主要做了以下工作。",
    "第一书记深入基层。", "首批国家实验室组建。", "中组发〔2016〕17号文件。", "联系电话0635-6212345。",
    "地址：民主路51-14号。", "七一中学、第二中学开展活动。", "推动长三角一体化发展。",
    "学习贯彻党的十九大精神。", "认真落实“三会一课”制度。", "深入推进“两学一做”学习教育。",
    "牢固树立“四个意识”，坚定“四个自信”，做到“两个维护”。", "开展“一校一品”党建品牌创建。",
    "建立“三重一大”决策纪实制度。", "坚持五育并举。", "认真履行“一岗双责”。", "实行一票否决。",
    "帮助有困难的家庭收拾庭院。", "建设一支高素质的教师队伍。", "十一届三中全会以来。",
    "发挥三大法宝作用。", "推行“五好”标准，建设“六有”活动室。", "以庆祝建党98周年为契机。",
    "细颗粒物（PM2.5）平均浓度。", "发展5G网络。", "一是严格要求自己。", "采取一系列措施，组织一批活动。",
    "在过去的二十八年间。", "经过八年持续努力。", "2021年3月5日在大会上。",
    "实现了“十二五”时期良好开局。", "实施“一徽一旗一栏一廊”建设。",
    "注重发展35周岁以下青年教师。",  # an age, not a length of weeks
    "换届于2025/6/30前完成。", "会议于6/30召开。",  # dates with slashes
    "这是全年组织的唯一一次专题学习。",  # 一一 is no eleven
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(text: str) -> None:
    assert figs(text) == [], [f.surface for f in figs(text)]


REAL = [seed("000"), seed("001"), seed("004"), *sorted(CORPUS.glob("report_gwr-national_0[0-4]*.txt"))[:6],
        *sorted(CORPUS.glob("policy_*.txt"))[:2], *sorted(CORPUS.glob("news_*.txt"))[:2]]


@pytest.mark.parametrize("path", REAL, ids=lambda p: p.name)
def test_offsets_are_truth(path) -> None:
    doc = parse(path)
    for f in extract_figures(doc):
        assert doc.text[f.start:f.end] == f.surface
        assert f.sentence and f.surface in doc.text[f.start - len(f.sentence):f.end + len(f.sentence)]


def test_seed_001_counts() -> None:
    got = {(f.surface, f.subject) for f in extract_figures(parse(seed("001")))}
    for pair in [("66个", "基层党支部"), ("1510人", "党员人数"), ("22名", "党员"),
                 ("12个", "基层党组织"), ("8名", "党支部书记"), ("40余万元", "党费")]:
        assert pair in got


def test_seed_004_has_one_figure_among_many_numerals() -> None:
    # 长三角, 一校一品, 第一、二批, 近3年来, 2017年以来, 三大法宝 are not figures; 118所 is
    assert [f.surface for f in extract_figures(parse(seed("004")))] == ["118所"]


def test_fullwidth_and_ascii_give_the_same_figures() -> None:
    text = seed("000").read_text(encoding="utf-8")
    fw = text.translate(str.maketrans("0123456789.%,", "０１２３４５６７８９．％，"))
    a = [(f.value, f.unit, f.subject) for f in figs(text)]
    b = [(f.value, f.unit, f.subject) for f in figs(fw)]
    nfkc = [(f.value, f.unit, f.subject) for f in figs(unicodedata.normalize("NFKC", fw))]
    assert a == b == nfkc and len(a) > 20


def test_period_and_section_filled() -> None:
    f = next(x for x in figs("2007年，国内生产总值达到24.66万亿元。") if x.unit == "元")
    assert f.period == "2007年"
    assert isinstance(f.section, str)


def test_bad_subject_mode() -> None:
    with pytest.raises(ValueError):
        FigureExtractor(subjects="spacy")


def test_a_clause_named_only_by_its_term_goes_on_the_one_before():
    """书记第一学期讲授思政课5节、第二学期4节: the 4节 are the secretary's too, in the second term."""
    got = {f.surface: f.subject for f in figs("党支部书记第一学期讲授思政课5节、第二学期4节；校长第一学期讲授6节、第二学期3节。")}
    assert got["4节"] == "党支部书记第二学期讲授思政课"
    assert got["3节"] == "校长第二学期讲授"
