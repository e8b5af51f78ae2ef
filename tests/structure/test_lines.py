"""Tables of real lines: heading lines vs body lines, markers, dates, sentences."""
from __future__ import annotations

import pytest

from policytext.structure.dates import parse_date
from policytext.structure.markers import cn_to_int, heading_shaped, match_marker
from policytext.structure.meta import region_of
from policytext.structure.sentences import split_sentences


@pytest.mark.parametrize("line", [
    "实施铸魂强基行动",  # seed 000
    "加强学校思想政治建设",
    "筑牢基层“红色堡垒”",
    "以书记项目为抓手积极打造党建品牌",  # seed 004
    "完善制度机制为长三角教育一体化发展提供政治保障",
    "筑牢战斗堡垒，练强抓严学校党组织建设的基本功",  # seed 002
    "关于国内建设",  # GWR 1984
    "结束语",
    "新余市绿色建筑管理办法",
])
def test_unnumbered_heading_lines(line: str):
    assert heading_shaped(line)


@pytest.mark.parametrize("line", [
    "各位代表！",
    "同志们：",
    "本市推广应用以下技术和产品：",
    "确定这样的主题，是时代的要求，人民的愿望。",
    "现在，我代表国务院，向大会报告政府工作，请各位代表审议，并请全国政协委员提出意见",
    "——坚持党管农村工作。",
    "二○一二年一月九日",
    "（2018年1月2日）",
    "(作者:范文迎 审核:宫玉新)",
    "联系人：邹思媛",
    "百年大计，教育为本；教育大计，教师为本。",
    "图为党员教师在青山县革命烈士纪念馆重温入党誓词",  # a photo's caption
    "图：党员志愿者在社区开展服务",
    "■ 党员大会：4次，每季度1次",  # an item of a bulleted list
    "▲ 党员大会4次",
    "◎工作提示",
    "36场主题党日活动",  # a figure card: a count opens it
    "98.6% 党员参学率",
    "2025年3月26日 品牌创建方案报区委教育工委备案",  # a dated card
    "4月24日｜专题组织生活会｜应到31人，实到29人",  # a ledger's row
    "缺席人员及原因：刘慧（病假）、吴静（产假）",  # a field of a minutes' header
    "支委会 12次（每月1次）",  # a terse line of a slide
    "教职工 86人 · 学生 1420人",
    "✔ 主题党日 按月开展",  # ticked and crossed items
    "✘ 党员示范岗 尚未设立",
])
def test_body_lines_are_not_headings(line: str):
    assert not heading_shaped(line)


@pytest.mark.parametrize("line, style, n", [
    ("一、指导思想", "cn", 1),
    ("十二、坚持和平发展道路", "cn", 12),
    ("（一）充分发挥学校党组织政治核心作用", "cn_paren", 1),
    ("(二)健全完善学校党组织工作管理体制", "cn_paren", 2),
    ("㈢太阳能、地热能、风能和沼气等可再生能源；", "cn_paren", 3),
    ("18.加强党风廉政建设。", "arabic", 18),
    ("1、完善党建工作责任机制", "arabic", 1),
    ("（8）完成上级党组织交办的其他任务。", "arabic_paren", 8),
    ("①加强领导", "circled", 1),
    ("第二十六条 本条例自2018年1月1日起施行。", "article", 26),
    ("第五章 附则", "chapter", 5),
    ("第一，全国动员，大办农业", "ordinal", 1),
    ("问：请简要介绍一下《条例》的出台背景。", "question", 1),
])
def test_outline_markers(line: str, style: str, n: int):
    m = match_marker(line)
    assert m is not None and (m.style, m.n) == (style, n)


@pytest.mark.parametrize("line", [
    "一是严格要求自己，强化思想引领。",
    "3.5%的增长",
    "2019年以来，我局以党的十九大精神为指导",
    "——坚持农业农村优先发展。",
    "第一责任人要切实负责",
])
def test_not_outline_markers(line: str):
    assert match_marker(line) is None


@pytest.mark.parametrize("s, n", [("一", 1), ("十", 10), ("十二", 12), ("二十六", 26),
                                  ("七十二", 72), ("一百零一", 101), ("12", 12)])
def test_cn_numerals(s: str, n: int):
    assert cn_to_int(s) == n


@pytest.mark.parametrize("text, date", [
    ("二〇一七年八月二十九日", "2017-08-29"),
    ("二○一一年十月十七日", "2011-10-17"),
    ("（2018年1月2日）", "2018-01-02"),
    ("2017-08-29 14:57:00", "2017-08-29"),
    ("2020年10月", "2020-10"),
    ("（2020年）", "2020"),
])
def test_dates(text: str, date: str):
    assert parse_date(text) == date


@pytest.mark.parametrize("issuer, region", [
    ("东昌区", "东昌区"),
    ("新余市人民政府办公室", "新余市"),
    ("新疆维吾尔自治区质监局", "新疆维吾尔自治区"),
    ("济宁市委教育工委", "济宁市"),
    ("国务院", "全国"),
    ("中共中央 国务院", "全国"),
    ("国家市场监督管理总局", "全国"),
    ("教育部", "全国"),
    ("教育工委", None),
])
def test_region_rule(issuer: str, region: str | None):
    assert region_of(issuer) == region


@pytest.mark.parametrize("text, sentences", [
    ("“问渠那得清如许，为有源头活水来。”新学期已至，苏州教育又站上新的起跑线。",
     ["“问渠那得清如许，为有源头活水来。”", "新学期已至，苏州教育又站上新的起跑线。"]),
    ("百年大计，教育为本；教育大计，教师为本。", ["百年大计，教育为本；", "教育大计，教师为本。"]),
    ("他说：“要扛起第一责任。要持续加强。”大家表示赞同！",
     ["他说：“要扛起第一责任。要持续加强。”", "大家表示赞同！"]),
    ("严格执行《准则（试行）。》等规定。后续工作……继续推进", ["严格执行《准则（试行）。》等规定。",
                                                "后续工作……", "继续推进"]),
    ("没有结束标点的句子", ["没有结束标点的句子"]),
    # a half-width full stop typed for 。 ends a sentence; inside a number or a date it does not
    ("全年累计志愿服务297小时.七一前夕,支部走访慰问困难党员2名.2025.3.12, 支部召开党员大会,占38.1 %.",
     ["全年累计志愿服务297小时.", "七一前夕,支部走访慰问困难党员2名.", "2025.3.12, 支部召开党员大会,占38.1 %."]),
])
def test_sentences(text: str, sentences: list[str]):
    spans = split_sentences(text, 0, len(text))
    assert [text[s.start:s.end] for s in spans] == sentences
