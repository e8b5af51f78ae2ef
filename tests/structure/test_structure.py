"""The structure parser on the real seeds and corpus (facts checked by hand in the files)."""
from __future__ import annotations

from pathlib import Path

import pytest

from policytext.pipeline import parse, parse_text
from policytext.records import Document, Section

from ..conftest import CORPUS, seed
from ..realdocs import all_documents, corpus_genres


def top(doc: Document) -> list[str]:
    return [s.heading for s in doc.sections]


def by_number(sections: list[Section], number: str) -> Section:
    return next(s for s in sections if s.number == number)


# ------------------------------------------------------------------ seed 003 (policy)


@pytest.fixture(scope="module")
def doc003() -> Document:
    return parse(seed("003"))


def test_seed_003_title_date_type(doc003: Document):
    assert doc003.title == "东昌区关于进一步加强全区学校党的建设工作的实施意见"
    assert doc003.meta.date == "2017-08-29"
    assert doc003.doc_type == "policy"
    assert doc003.meta.issuer == "东昌区" and doc003.meta.region == "东昌区"
    # 中组发…17号 is cited in the body: not this document's number
    assert doc003.meta.doc_number is None


def test_seed_003_outline(doc003: Document):
    assert top(doc003) == ["指导思想", "主要任务和工作要求", "保障措施"]
    er = doc003.sections[1]
    assert [s.number for s in er.children] == ["（一）", "（二）", "（三）", "（四）", "（五）"]
    items = [c for sub in er.children for c in sub.children]
    assert [s.number for s in items] == [f"{i}." for i in range(1, 19)]  # 1.–18. in the file
    assert [len(sub.children) for sub in er.children] == [2, 3, 4, 4, 5]
    duties = items[0].children
    assert items[0].heading == "学校党组织的主要职责和工作任务"
    assert [s.number for s in duties] == [f"（{i}）" for i in range(1, 9)]
    # a duty is an item: its text is its paragraph, and the rejoined line is whole
    assert doc003.text[duties[0].paragraphs[0].start:duties[0].paragraphs[0].end].startswith(
        "全面贯彻执行党的理论")
    assert "确保正确的办学方向" in doc003.text[duties[0].start:duties[0].end]
    # 三、保障措施 restarts at 1.
    assert [s.number for s in doc003.sections[2].children] == ["1.", "2.", "3."]


def test_seed_003_inline_heading(doc003: Document):
    six = next(s for s in doc003.walk() if s.number == "6.")
    assert six.inline and six.heading == "优化党组织设置"
    assert doc003.text[six.heading_start:six.heading_end] == "优化党组织设置"
    first = six.paragraphs[0]
    assert doc003.text[first.start:first.end].startswith("加大党组织组建力度")
    assert doc003.heading_path(first.start) == (
        "主要任务和工作要求 > 全面提升学校党组织建设水平 > 优化党组织设置")
    assert doc003.outline_path(first.start) == "二.（三）.6"


# ------------------------------------------------------------------ seed 001 (report)


def test_seed_001():
    doc = parse(seed("001"))
    assert doc.title == "教育工委抓教育系统党建工作总结"
    assert doc.meta.date == "2022-12-29" and doc.meta.source == "网友投稿"
    assert doc.doc_type == "report"
    assert top(doc) == ["基本情况", "主要做法", "存在的问题", "下一步打算"]
    zy = doc.sections[1]
    assert [s.number for s in zy.children] == ["（一）", "（二）", "（三）", "（四）", "（五）"]
    assert zy.children[0].inline
    assert zy.children[0].heading == "加强党的制度建设，全面落实党建工作责任制"
    assert "推荐访问" not in doc.text
    # 一是…二是… stay body text
    assert not any(s.heading.startswith(("一是", "二是")) for s in doc.walk())
    problems = doc.sections[2]
    assert len(problems.paragraphs) == 5 and not problems.children


# ------------------------------------------------------------------ seed 000, 004, 002


def test_seed_000_paired_headings():
    doc = parse(seed("000"))
    assert doc.doc_type == "report"
    assert len(doc.sections) == 6
    assert all(s.heading.startswith("实施") and s.heading.endswith("行动") for s in doc.sections)
    assert [s.subtitle for s in doc.sections] == [
        "加强学校思想政治建设", "筑牢基层“红色堡垒”", "发挥先锋模范作用", "激发教育工作新动能",
        "推进全面从严治党", "坚持党对教育工作的全面领导"]
    for s in doc.sections:
        assert doc.text[s.subtitle_start:s.subtitle_end] == s.subtitle
        assert len(s.paragraphs) == 1
    assert doc.meta.author == "范文迎"


def test_seed_004_news():
    doc = parse(seed("004"))
    assert doc.title == "苏州市教育机关融合校园党建的苏派实践，引领长三角教育高质量一体化发展"
    assert doc.meta.date == "2020-10-20" and doc.meta.source == "苏州市教育局"
    assert doc.doc_type == "news"
    assert top(doc) == ["以书记项目为抓手积极打造党建品牌", "以品牌融合为切口落地长三角教育一体化发展目标",
                        "完善制度机制为长三角教育一体化发展提供政治保障"]
    assert all(s.number is None for s in doc.sections)
    assert "您现在的位置" not in doc.text and "浏览量" not in doc.text


def test_seed_002_news(shared_seed_002: Path):
    doc = parse(shared_seed_002)
    assert doc.doc_type == "news"
    assert len(doc.sections) == 4 and all(s.number is None for s in doc.sections)
    assert doc.sections[0].heading == "筑牢战斗堡垒，练强抓严学校党组织建设的基本功"


# ------------------------------------------------------------------ corpus

GENRES = corpus_genres()


@pytest.mark.parametrize("name", sorted(GENRES), ids=str)
def test_corpus_doc_type_is_the_sources_genre(name: str):
    assert parse(CORPUS / name).doc_type == GENRES[name]


@pytest.mark.parametrize("name, chapters, articles", [
    ("policy_govcn-hf_001.txt", 5, 26),
    ("policy_govcn-hf_002.txt", 7, 72),
])
def test_regulations_give_chapters_with_articles(name: str, chapters: int, articles: int):
    doc = parse(CORPUS / name)
    chaps = [s for s in doc.walk() if s.number and s.number.endswith("章")]
    assert len(chaps) == chapters
    arts = [c for ch in chaps for c in ch.children]
    assert all(a.number.endswith("条") for a in arts)
    assert len(arts) == articles
    assert [a.number for a in arts][:3] == ["第一条", "第二条", "第三条"]
    assert all(a.level == chaps[0].level + 1 for a in arts)
    assert doc.meta.doc_number.startswith("国务院令第")


@pytest.mark.parametrize("name, count", [
    ("report_gwr-national_001.txt", 6),
    ("report_gwr-national_013.txt", 7),
    ("report_gwr-national_015.txt", 7),
    ("report_gwr-national_019.txt", 10),
    ("report_gwr-national_043.txt", 3),
    ("report_cpc-congress_006.txt", 15),
])
def test_reports_top_level_parts(name: str, count: int):
    doc = parse(CORPUS / name)
    cn = "一二三四五六七八九十"
    expected = [f"{cn[i]}、" if i < 10 else f"十{cn[i - 10]}、" for i in range(count)]
    assert [s.number for s in doc.sections] == expected


@pytest.mark.parametrize("name, numbers", [
    ("news_govcn-hf_003.txt", ["一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、"]),
    ("news_govcn-hf_004.txt", ["问："] * 6),
    ("news_govcn-hf_005.txt", ["问："] * 4),
    ("policy_govcn-hf_004.txt", ["一、", "二、", "三、", "四、", "五、", "六、"]),
    ("policy_govcn-hf_003.txt", ["一、", "二、", "三、"]),
])
def test_one_line_documents_get_an_outline(name: str, numbers: list[str]):
    raw = (CORPUS / name).read_text(encoding="utf-8")
    assert len([ln for ln in raw.splitlines() if ln.strip()]) <= 2  # one long line in the file
    doc = parse(CORPUS / name)
    assert [s.number for s in doc.sections] == numbers


def test_policy_meta_from_title_block_and_signature():
    doc = parse(CORPUS / "policy_govcn-hf_003.txt")
    assert doc.title == "国务院关于加强环境保护重点工作的意见"
    assert doc.meta.doc_number == "国发〔2011〕35号"  # written "国发 〔2011〕 35 号"
    assert doc.meta.date == "2011-10-17"  # 二○一一年十月十七日
    assert doc.meta.issuer == "国务院" and doc.meta.region == "全国"
    doc = parse(CORPUS / "policy_pkulaw-bu_001.txt")
    assert doc.meta.doc_number == "余府发〔2012〕3号" and doc.meta.date == "2012-01-09"
    assert doc.meta.region == "新余市"
    doc = parse(CORPUS / "policy_bitcourse_001.txt")
    assert doc.meta.date == "2018-01-02" and doc.meta.issuer == "中共中央 国务院"
    assert doc.meta.region == "全国"
    doc = parse(CORPUS / "policy_pkulaw-bu_002.txt")
    assert doc.meta.region == "新疆维吾尔自治区"


def test_dash_led_list_items_stay_body():
    doc = parse(CORPUS / "policy_bitcourse_001.txt")
    dash = [p for p in doc.paragraphs if doc.text[p.start:p.end].startswith("——坚持")]
    assert len(dash) == 7
    assert all(doc.section_by_id(p.section).heading == "基本原则" for p in dash)


def test_congress_title_block_is_not_sections():
    doc = parse(CORPUS / "report_cpc-congress_005.txt")
    assert doc.meta.date == "2017-10-18"
    assert doc.sections[0].number == "一、"
    assert not any(s.heading in ("习近平", "决胜全面建成小康社会") for s in doc.walk())


# ------------------------------------------------------------------ offsets, everywhere


def check_offsets(doc: Document) -> None:
    text = doc.text
    if doc.title_span:
        assert text[doc.title_span.start:doc.title_span.end] == doc.title
    ids = {s.id for s in doc.walk()}
    last = -1
    for p in doc.paragraphs:
        assert 0 <= p.start < p.end <= len(text)
        assert p.start >= last
        last = p.end
        assert p.section is None or p.section in ids
        assert "\n" not in text[p.start:p.end]
        for s in p.sentences:
            assert p.start <= s.start < s.end <= p.end
        assert "".join(text[s.start:s.end] for s in p.sentences).replace(" ", "") == \
            text[p.start:p.end].replace(" ", "")

    def walk(secs: list[Section], parent: Section | None, level: int) -> None:
        for s in secs:
            assert s.level == level
            assert s.start <= s.heading_start <= s.heading_end <= s.end <= len(text)
            assert text[s.heading_start:s.heading_end] == s.heading
            if s.number is not None:
                assert text[s.start:s.start + len(s.number)] == s.number
            if s.subtitle:
                assert text[s.subtitle_start:s.subtitle_end] == s.subtitle
            if parent:
                assert parent.start <= s.start and s.end <= parent.end
                assert s.id.startswith(parent.id + ".")
            for p in s.paragraphs:
                assert p.section == s.id and s.start <= p.start and p.end <= s.end
            walk(s.children, s, level + 1)

    walk(doc.sections, None, 1)
    for t in doc.tables:
        assert text[t.start:t.end].split("\n")[0].split("\t") == t.rows[0]


@pytest.mark.parametrize("path", all_documents(), ids=lambda p: p.name)
def test_every_document_parses_with_true_offsets(path: Path):
    doc = parse(path)
    assert doc.doc_type in ("policy", "report", "news", "other")
    assert doc.paragraphs
    check_offsets(doc)


def test_tables_from_tab_rows():
    doc = parse_text("关于报送统计表的通知\n各单位：\n请按下表填报。\n项目\t数量\t备注\n党员\t66\t无\n以上请于月底前报送。")
    assert len(doc.tables) == 1
    assert doc.tables[0].rows == [["项目", "数量", "备注"], ["党员", "66", "无"]]
    check_offsets(doc)


def test_restarted_sequence_nests_under_its_parent():
    doc = parse(CORPUS / "report_gwr-national_009.txt")
    er = doc.sections[1]
    assert er.number == "二、"
    assert [c.number for c in er.children if "、" in c.number] == ["一、", "二、", "三、", "四、", "五、"]
    assert doc.sections[2].number == "三、"


def test_document_starting_at_a_lower_style_still_nests():
    doc = parse_text("关于做好工作的通知\n（一）总体要求\n1.坚持标准。全面推进。\n2.突出重点。分步实施。\n"
                     "（二）保障措施\n1.加强领导。明确责任。")
    assert [s.number for s in doc.sections] == ["（一）", "（二）"]
    assert [c.number for c in doc.sections[0].children] == ["1.", "2."]
    assert [c.number for c in doc.sections[1].children] == ["1."]


@pytest.mark.parametrize("title, doc_type", [
    # a 工作要点 sets the year's tasks: a policy, not news
    ("中共澴川区委教育工委2025年全区教育系统党建工作要点", "policy"),
    # a 小结 is a (short) summary
    ("芒洲镇中心小学党支部2024年上半年工作小结", "report"),
    # a review of work done ends in 意见 too, but it is about what was done
    ("关于云溪中学党总支书记2025年度抓基层党建工作述职的点评意见", "report"),
    ("关于进一步加强中小学校党建工作的意见", "policy"),
])
def test_doc_type_from_title_words(title, doc_type):
    body = "一、主要工作\n支部组织党员开展集中学习，每月一次。\n二、下一步\n继续抓好组织生活。\n"
    assert parse_text(f"{title}\n{body}").doc_type == doc_type
