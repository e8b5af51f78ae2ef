"""Cleaning on the real seeds and corpus: boilerplate out, body kept, lines rejoined."""
from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from policytext.clean import clean
from policytext.errors import EmptyDocument
from policytext.records import Provenance, RawText

from ..conftest import seed
from ..realdocs import all_documents


def raw_of(text: str, path: str | None = None) -> RawText:
    data = text.encode("utf-8")
    return RawText(text, Provenance(path=path, format="txt", size=len(data),
                                    sha256=hashlib.sha256(data).hexdigest()))


def clean_file(path: Path):
    return clean(raw_of(path.read_text(encoding="utf-8"), str(path)))


# ------------------------------------------------------------------ body preservation

_FOLD = {c: c - 0xFEE0 for c in list(range(0xFF10, 0xFF1A)) + list(range(0xFF21, 0xFF3B))
         + list(range(0xFF41, 0xFF5B))}


def body_chars(text: str) -> str:
    """CJK ideographs, digits and letters, full-width folded to ASCII."""
    text = text.translate(_FOLD)
    return "".join(c for c in text if c.isalnum() and unicodedata.category(c)[0] in "LN"
                   and unicodedata.category(c) != "No")


def is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


@pytest.mark.parametrize("path", all_documents(), ids=lambda p: p.name)
def test_nothing_of_the_body_is_lost(path: Path):
    raw = path.read_text(encoding="utf-8")
    cleaned = clean(raw_of(raw, str(path)))
    before = Counter(body_chars(raw))
    after = Counter(body_chars(cleaned.text))
    removed = Counter()
    for item in cleaned.removed:
        removed.update(body_chars(item))
    assert before == after + removed
    assert is_subsequence(body_chars(cleaned.text), body_chars(raw))


# ------------------------------------------------------------------ boilerplate


def test_seed_003_boilerplate_and_meta():
    c = clean_file(seed("003"))
    removed = "\n".join(c.removed)
    for marker in ("您现在的位置", "发布者:管理员", "发布时间:2017-08-29", "吉ICP备07000858号",
                   "技术支持", "公网安备", "版权归属"):
        assert marker in removed
        assert marker not in c.text
    assert c.meta["date"] == "2017-08-29"
    assert c.meta["publisher"] == "管理员"
    assert c.text.startswith("东昌区关于进一步加强全区学校党的建设工作的实施意见\n")


def test_seed_001_source_and_recommendations():
    c = clean_file(seed("001"))
    assert c.meta == {"date": "2022-12-29", "source": "网友投稿"}
    assert any(r.startswith("推荐访问") for r in c.removed)
    assert "推荐访问" not in c.text
    assert "阳谷县教育系统共有基层党支部66个" in c.text


def test_seed_004_breadcrumb_and_page_furniture():
    c = clean_file(seed("004"))
    assert c.meta["source"] == "苏州市教育局" and c.meta["date"] == "2020-10-20"
    assert "浏览量" not in c.text and "字体" not in c.text and "您现在的位置" not in c.text
    assert "打印此页" not in c.text
    assert "以书记项目为抓手积极打造党建品牌" in c.text.split("\n")


def test_seed_002_footer_removed(shared_seed_002: Path):
    c = clean_file(shared_seed_002)
    for marker in ("版权声明", "上一篇", "下一篇", "相关推荐", "未经许可不得转载"):
        assert marker not in c.text
    assert "（0）" not in c.text and "(0)" not in c.text
    # the body sentence that carried the tail is still there
    assert "构建党建业务融合新格局。" in c.text


@pytest.mark.parametrize("line", [
    "您现在的位置: 首页 > 教育概览 > 党建工作",
    "发布者:管理员",
    "时间:2022-12-29 17:00:07 来源:网友投稿",
    "来源:苏州市教育局发布时间:2020-10-20 16:22浏览量:字体:",
    "版权归属:东昌区教育信息中心 吉ICP备07000858号",
    "吉公网安备 22050202000160号",
    "推荐访问:工委 党建 工作总结 教育系统 教育",
    "上一篇 2023年6月1日 上午10:40",
    "打印此页关闭窗口",
    "技术支持:长春首佳科技有限公司",
    "(作者:范文迎 审核:宫玉新)",
    "【打印】【关闭】",
    "分享到：",
])
def test_boilerplate_lines_are_removed(line: str):
    c = clean(raw_of(f"关于做好工作的通知\n{line}\n各单位要认真落实本通知要求。\n"))
    assert line.strip() in c.removed
    assert c.text == "关于做好工作的通知\n各单位要认真落实本通知要求。"


@pytest.mark.parametrize("line", [
    "联系人：邹思媛",  # a notice's 附注 (policy_pkulaw-bu_002)
    "联系电话：0991-2817458 2316124（传真）",
    "通讯地址：海口市政府第二办公区滨海大道长滨三路",
    "根据《中华人民共和国教育法》等有关规定，结合我区实际，特制定如下实施意见。",
    "机关党建如何更加接地气？苏州教育的做法是，重心下移、力量下沉。",
    "上级来源不明的资金一律不得使用。",
    "时间：5月1日上午9时",  # a meeting time in the body, not a page header
])
def test_body_lines_are_kept(line: str):
    head = "\n".join(f"第{i}段正文内容在这里。" for i in range(12))
    c = clean(raw_of(f"关于做好工作的通知\n{head}\n{line}\n各单位要认真落实本通知要求。\n"))
    assert line in c.text.split("\n")
    assert c.removed == []


def test_an_interviewers_question_is_body_not_a_byline():
    """记者：… is a byline in a page header, unless what follows is a question."""
    c = clean(raw_of("访青禾小学党支部书记林晓\n记者：王蕾\n记者：工作中还有哪些难点？\n"
                     "林晓：家访这一块我们做得还不够。\n"))
    assert c.meta["author"] == "王蕾"
    assert "记者：工作中还有哪些难点？" in c.text.split("\n")
    assert c.removed == ["记者：王蕾"]


# ------------------------------------------------------------------ rejoining, splitting


def test_seed_003_broken_lines_rejoined():
    c = clean_file(seed("003"))
    assert "确保正确的办学方向，全面推进素质教育" in c.text
    assert "学校实行校长负责制。推行党组织与行政领导班子成员双向进入" in c.text
    assert "健全沟通协调机制，学校党组织要发挥政治优势" in c.text
    # headings are never glued to the line after them
    lines = c.text.split("\n")
    assert "一、指导思想" in lines and "（一）充分发挥学校党组织政治核心作用" in lines


def test_seed_001_heading_not_glued_to_open_line():
    lines = clean_file(seed("001")).text.split("\n")
    assert lines[1].endswith("现将教育系统党建开展情况汇报如下")
    assert lines[2] == "一、基本情况"


def test_ideographic_space_runs_become_line_breaks():
    c = clean(raw_of("各单位：　　一、总体要求　　（一）指导思想。坚持稳中求进。"))
    assert c.text.split("\n") == ["各单位：", "一、总体要求", "（一）指导思想。坚持稳中求进。"]


def test_flattened_document_split_at_continuing_markers():
    c = clean_file(Path(__file__).parents[2] / "corpora/real/corpus/policy_govcn-hf_004.txt")
    lines = c.text.split("\n")
    starts = [ln[:2] for ln in lines]
    for mark in ("一、", "二、", "三、", "四、", "五、", "六、"):
        assert mark in starts
    assert lines[0] == "国务院关于北京市环境污染防治目标和对策的批复"
    assert lines[1] == "国函〔1999〕134号"


def test_interview_split_at_questions_and_answers():
    c = clean_file(Path(__file__).parents[2] / "corpora/real/corpus/news_govcn-hf_005.txt")
    lines = c.text.split("\n")
    assert sum(ln.startswith("问：") for ln in lines) == 4
    assert sum(ln.startswith("答：") for ln in lines) == 4


def test_stray_number_inside_sentence_is_not_split():
    c = clean(raw_of("一、总体要求\n增长率达到3.5%。2.5亿元用于建设。"))
    assert c.text.split("\n") == ["一、总体要求", "增长率达到3.5%。2.5亿元用于建设。"]


# ------------------------------------------------------------------ characters


@pytest.mark.parametrize("raw, expected", [
    ("一、１９９４年国内工作的回顾", "一、1994年国内工作的回顾"),
    ("截至2019年,共有党员1,269名", "截至2019年，共有党员1,269名"),
    ("时间为17:00:07整", "时间为17:00:07整"),
    ("网址为http://www.xjzj.gov.cn", "网址为http://www.xjzj.gov.cn"),
    ("增长3.5%;同比下降", "增长3.5%；同比下降"),
    ("机关党建如何更加接地气?苏州教育", "机关党建如何更加接地气？苏州教育"),
    ("意见(中组发201617号)等", "意见（中组发201617号）等"),
    ("(1)全面贯彻执行党的理论", "（1）全面贯彻执行党的理论"),
    ("国发 〔2011〕 35 号", "国发〔2011〕35号"),
    ("京政文[1999]56号", "京政文〔1999〕56号"),
    ("第一章　总　　则", "第一章 总则"),
    ("二、关于1 9 9 8 年政府工作的建议", "二、关于1998年政府工作的建议"),
    # a justified line copied out of a PDF: every character stands apart, digits too
    ("全 年 召 开 支 委 会 1 2 次 ， 参 学 率 9 8 . 6 % ，", "全年召开支委会12次，参学率98.6%，"),
    ("一 、 主 要 工 作", "一、主要工作"),
    # a line of words keeps its spaces between numbers
    ("支委会 12 次 党员大会 4 次", "支委会 12 次 党员大会 4 次"),
    ("各位代表\u200b！", "各位代表！"),
    ("The value f(x) is 3", "The value f(x) is 3"),
])
def test_character_normalisation(raw: str, expected: str):
    assert clean(raw_of(raw)).text == expected


@pytest.mark.parametrize("text", ["", "   \n\u3000\n", "\u200b"])
def test_empty_input_is_a_clear_error(text: str):
    with pytest.raises(EmptyDocument):
        clean(raw_of(text))


def test_only_boilerplate_is_a_clear_error():
    with pytest.raises(EmptyDocument):
        clean(raw_of("您现在的位置: 首页 > 新闻\n打印此页关闭窗口\n"))


# ------------------------------------------------------------------ text from printed pages

# written here: a summary as it comes out of a PDF's text layer (hard line breaks at the
# page width, a running header and page numbers between pages, indented first lines)
_PRINTED = """某中学2024年度党建工作总结

某区某中学党支部2024年度党建工作总结
　　2024年，学校党支部在区委教育工委的领导下，以习近平新时代中国特
色社会主义思想为指导，认真落实党组织领导的校长负责制，推动党建工
作与教育教学深度融合。学校现有教职工86名，其中党员31名。
一、规范组织生活，提升支部组织力
全年按月召开支部委员会会议，共开会12次；每季度召开党员大会，全年共
召开4次。书记为全体党员讲党课2次，组织主题党日活动12次，党员参学率

— 1 —

某中学2024年度党建工作总结

达到96%以上。
二、加强教师队伍建设，不断提升党员教师的政治素养、业务本领和履职尽责
能力
　　开展师德师风专题教育，组织全体教职工签订师德承诺书86份，全年未发
生师德失范问题。
- 2 -
"""


def test_printed_pages_are_rejoined_and_page_furniture_goes():
    c = clean(raw_of(_PRINTED))
    lines = c.text.split("\n")
    assert lines[0] == "某区某中学党支部2024年度党建工作总结"  # the running header is not the title
    assert "中国特色社会主义思想" in c.text and "党建工作与教育教学" in c.text
    # a paragraph runs on across the page break; the page number and header are gone
    assert "党员参学率达到96%以上。" in c.text
    assert "— 1 —" in c.removed and "- 2 -" in c.removed
    assert "某中学2024年度党建工作总结" in c.removed
    assert "某中学2024年度党建工作总结" not in c.text
    # a heading broken over two lines is one heading, and the indented paragraph after it
    # stays a paragraph of its own
    assert "二、加强教师队伍建设，不断提升党员教师的政治素养、业务本领和履职尽责能力" in lines
    assert any(s.startswith("开展师德师风专题教育") for s in lines)
    assert "一、规范组织生活，提升支部组织力" in lines
    # every line now ends a sentence or is a heading
    assert all(s[-1] in "。；：" or len(s) <= 40 for s in lines)


def test_one_paragraph_per_line_is_not_taken_for_wrapped_text():
    # headings end open and are followed by body, but no break falls inside a word
    text = ("关于加强学校党支部建设的通知\n一、加强组织建设，推动党支部全面进步全面过硬\n"
            "各学校要按照有关规定设置党支部，党员人数超过50人的可以设立党总支。\n"
            "二、严格组织生活，不断提高组织生活质量\n支部委员会每月召开1次，党员大会每季度召开1次。\n"
            "三、强化工作保障，确保各项任务落到实处\n各学校要保障党组织工作经费。\n")
    lines = clean(raw_of(text)).text.split("\n")
    assert "二、严格组织生活，不断提高组织生活质量" in lines
    assert "三、强化工作保障，确保各项任务落到实处" in lines
    assert len(lines) == 7


def test_bare_numbers_are_page_numbers_only_in_a_run():
    body = "学校党支部全年召开支部委员会会议12次。\n"
    assert "3" in clean(raw_of(f"标题\n{body}3\n{body}")).text.split("\n")
    c = clean(raw_of(f"标题\n{body}1\n{body}2\n{body}"))
    assert c.text.split("\n").count("学校党支部全年召开支部委员会会议12次。") == 3
    assert "1" not in c.text.split("\n") and "2" not in c.text.split("\n")


def test_a_wechat_articles_leftovers_go_and_its_body_stays():
    """A 公众号 article saved from the browser: the follow banner, the editors' lines and
    the QR prompt go; every body line stays."""
    body = ["一、组织生活更加规范", "支委会按月议事，全学年累计召开支委会36次。",
            "二、存在的不足", "一是党小组作用发挥不充分。"]
    page = "\n".join(["学年回眸｜明德中学党总支2024—2025学年党建工作总结", "点击蓝字 关注我们", *body,
                      "编辑：王晓琳", "审核：赵刚", "责编：周建平", "长按识别二维码关注", "阅读原文 在看 点赞"])
    out = clean(raw_of(page))
    for line in body:
        assert line in out.text
    for gone in ("点击蓝字", "编辑：", "责编", "二维码", "阅读原文"):
        assert gone not in out.text


def test_bulleted_lines_stay_apart():
    """A 汇报提纲's bullet lines (■ 支委会：全年12次, ▲ 党员大会4次) end without a full stop but
    are items of a list: none runs into the line before it, and none is a heading."""
    from policytext.pipeline import parse_text

    doc = parse_text("某校党总支汇报提纲\n一、主要做法\n■ 支委会：全年12次，每月1次，有记录\n"
                     "■ 党员大会：4次，每季度1次\n▲ 书记讲党课：1次（3月）\n二、存在问题\n"
                     "▲ 意识形态研判：不够经常，全年1次\n")
    assert [s.heading for s in doc.sections] == ["主要做法", "存在问题"]
    lines = [doc.text[p.start:p.end] for p in doc.paragraphs]
    assert "■ 党员大会：4次，每季度1次" in lines and "▲ 书记讲党课：1次（3月）" in lines


# written here: a 数说 year review copied as text: figure cards, the number alone on a line and
# its unit on the next, or in 【】 leading a line; a dated card among them
_CARDS = """数说2025｜某中学党建工作年度盘点

2025年3月26日
品牌创建方案
报区委教育工委备案

36
场
主题党日活动
3个党支部每月各开展1场，全年没有一个月断档

10
次
党总支委员会会议
集体研究“三重一大”事项27项

【782】小时 党员志愿服务全年总时长

【98.6%】党员参学率
"""


def test_figure_cards_read_as_lines_of_prose():
    lines = clean(raw_of(_CARDS)).text.splitlines()
    assert lines[1:] == [
        "2025年3月26日 品牌创建方案 报区委教育工委备案",
        "36场主题党日活动 3个党支部每月各开展1场，全年没有一个月断档",
        "10次党总支委员会会议 集体研究“三重一大”事项27项",
        "782小时 党员志愿服务全年总时长",
        "98.6% 党员参学率",
    ]


def test_a_date_line_outside_cards_stays_alone():
    """A decree's date is followed by the title of what it enacts: no card."""
    text = "国务院令\n总理 李克强\n\n2017年12月25日\n中华人民共和国某某条例\n第一章 总则\n"
    assert "2017年12月25日\n" in clean(raw_of(text)).text


# written here: a summary copied out of a mail client, with the reply's headers and the
# earlier message quoted below it
_MAIL = """发件人：陈晓雯 <ntcz_dzb@163.com>
发送时间：2025年12月22日(星期一) 下午4:36
收件人：李振华 <lizhenhua@example.gov.cn>
主题：回复：关于报送2025年度党建工作总结的通知

李科长：您好！现将我校党支部2025年度党建工作总结报送如下，请审阅。

某中学党支部2025年度党建工作总结
全年召开支委会12次。

-----原始邮件-----
发件人："李振华"<lizhenhua@example.gov.cn>
主题：关于报送2025年度党建工作总结的通知
请各校重点报告每月至少开展1次主题党日活动的落实情况。
"""


def test_an_email_keeps_its_own_text_and_drops_the_quoted_message():
    cleaned = clean(raw_of(_MAIL))
    assert "全年召开支委会12次。" in cleaned.text
    assert "原始邮件" not in cleaned.text and "每月至少开展1次主题党日" not in cleaned.text
    assert "发件人" not in cleaned.text and "主题：" not in cleaned.text
    assert cleaned.meta["author"].startswith("陈晓雯")
    assert any("原始邮件" in r for r in cleaned.removed)


def test_slide_markers_of_an_exported_presentation_go():
    cleaned = clean(raw_of("幻灯片 1\n2025年度抓基层党建工作述职\n\n幻灯片 2\n支部基本情况\n党员 24名 · 支委 5名\n"))
    assert "幻灯片" not in cleaned.text
    assert "党员 24名 · 支委 5名" in cleaned.text


# A summary as an OCR program returns a scanned paper copy (written here): lines broken at
# 20 characters, every paragraph opened by an indent, a running header printed on page 2
# only, a page number, a speck read as a line of its own.
_SCANNED = """\
　　2025年，学校党总支坚持以党的政治
建设为统领，扎实推进基层党组织标准化规范
化建设，现将全年工作总结如下。
一、主要工作
　　（一）规范组织生活。全年召开总支委员
会12次，党员大会4次，各支部按月召开支
委会，会议记录规范完整，归档及时、有序。
主题党日活动每月开展，全年共12次，参加
党员达到了516人次，平均参学率为95.
— 1 —
青松县第二中学党总支
·
6%，较上年提高了两个百分点，其中结合“
我为群众办实事”开展志愿服务8次，服务学
生和家长1200余人次。
　　（二）加强教育培训。暑期组织党员集中
轮训3天，人均学时达到36学时，党员教师
参训率为95.2%，全部完成年度任务。
　　（三）严格党员管理。全年发展党员2名
，按期转正1名。
二、存在的问题
　　理论学习的深度还不够，个别党员满足于
读原文、记笔记，联系教育教学实际思考不足
，学用结合还有差距，需要在新的一年里切实
加以改进。
"""


def test_a_scanned_copy_runs_on_over_full_lines_and_its_furniture_goes():
    c = clean(raw_of(_SCANNED))
    lines = c.text.split("\n")
    # a line that runs to the width and happens to end a sentence goes on when the next
    # line is not indented (…归档及时、有序。 / 主题党日…); so does a line that opens with a
    # closing mark (，, 。)
    assert any(s.startswith("（一）规范组织生活。") and s.endswith("服务学生和家长1200余人次。") for s in lines)
    assert "归档及时、有序。主题党日活动每月开展，全年共12次" in c.text
    # the header printed once inside the cut sentence goes, and so do the page number and
    # the speck
    assert "青松县第二中学党总支" not in c.text and "青松县第二中学党总支" in c.removed
    assert "— 1 —" in c.removed and "·" in c.removed and "·" not in lines
    # an indented line still opens a paragraph; a heading stays a line of its own
    assert any(s.startswith("（二）加强教育培训。") for s in lines)
    assert "二、存在的问题" in lines and "一、主要工作" in lines
    # the figures survive the rejoining
    assert "党员大会4次" in c.text and "参训率为95.2%" in c.text
    assert "平均参学率为95.6%，较上年" in c.text  # cut by the page break


def test_a_line_of_punctuation_alone_is_body_and_a_divider_is_not():
    c = clean(raw_of("学校党支部全年召开支委会12次\n。\n━━━━━━━━\n党员大会4次。\n"))
    assert "12次。" in c.text and "━━━━━━━━" in c.removed


def test_a_byline_key_before_a_clause_is_no_byline():
    """记者：周书记，实行…的方式 is the interviewer's question cut at the line end, not a
    reporter's name; a plain byline still goes to the metadata."""
    text = ("专访青禾二中党总支书记\n记者：李明\n"
            "　　记者：周书记，实行党组织领导的校长负责制以后，学校决策的方式\n有什么变化？\n"
            "　　周敏华：最大的变化是规矩立起来了。\n")
    c = clean(raw_of(text))
    assert "记者：周书记，实行党组织领导的校长负责制以后，学校决策的方式有什么变化？" in c.text.split("\n")
    assert c.meta.get("author") == "李明"


def test_real_documents_hard_wrapped_and_paged_clean_to_the_same_text():
    """Each real document, broken at 30 characters with indented paragraphs and a page
    number and running header every 38 lines, cleans back to the same characters (odd
    spaces aside); the header goes wherever it recurs."""
    for path in all_documents():
        raw = raw_of(path.read_text(encoding="utf-8"), str(path))
        ref = clean(raw).text
        out, n = [], 0
        for para in ref.split("\n"):
            s = "\u3000\u3000" + para
            for k in range(0, len(s), 30) if "\t" not in s else [0]:
                out.append(s[k:k + 30] if "\t" not in s else para)
                n += 1
                if n % 38 == 0:
                    out += [f"— {n // 38 + 1} —", "某某单位文件"]
        got = clean(raw_of("\n".join(out))).text
        assert _no_space(got).replace("某某单位文件", "") == _no_space(ref), path.name
        if n >= 2 * 38:
            assert "某某单位文件" not in got, path.name


def _no_space(text: str) -> str:
    return "".join(text.split())


def test_a_space_aligned_table_becomes_tab_rows():
    """A statistics table copied out of a PDF (written here): columns aligned with runs of
    spaces, an empty cell, a label wrapped onto a line of its own."""
    text = ("全年主要党建工作数据如下：\n"
            "项目                      单位  2025年  2024年  备注\n"
            "党员总数                  人    28      26      均为在职教职工\n"
            "党员大会                  次    3       4\n"
            "党员参加集中学习培训      学时  812     868\n"
            "总学时\n"
            "结对帮扶困难学生          户    15              2025年新开展\n"
            "二、主要工作\n")
    lines = clean(raw_of(text)).text.split("\n")
    assert "项目\t单位\t2025年\t2024年\t备注" in lines
    assert "党员大会\t次\t3\t4" in lines
    assert "党员参加集中学习培训总学时\t学时\t812\t868" in lines
    assert "结对帮扶困难学生\t户\t15\t\t2025年新开展" in lines  # the 2024年 cell stays empty
    assert lines[-1] == "二、主要工作"


def test_prose_with_a_double_space_is_no_table():
    text = "支部全年召开支委会12次。  党员大会4次。\n主题党日12次。  志愿服务8次。\n一、主要工作\n"
    assert "\t" not in clean(raw_of(text)).text
