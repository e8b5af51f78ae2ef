"""Outline numbering of Chinese official documents, as named patterns.

GB/T 9704-2012 (7.3.3) orders the levels of a document's structure as 一、 > （一） >
1. > （1）; regulations use 第X编 > 第X章 > 第X节 > 第X条; reports add 第一，/第一、
ordinals and 问：/答： interviews. These patterns are shared by the cleaner (which must not
glue a heading to the line before it) and the structure parser (which builds the tree).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# --------------------------------------------------------------------------- parts

CN_DIGIT = "一二三四五六七八九"
#: a Chinese numeral as used in outline numbers (一 ... 九十九, 一百零一)
CN_NUM = "[零〇一二三四五六七八九十百两]{1,5}"
#: an outline number in Chinese or Arabic digits (第十二条, 第12条)
ANY_NUM = rf"(?:{CN_NUM}|\d{{1,4}})"
#: opening / closing round brackets, full-width or ASCII (the cleaner turns them full-width)
LP, RP = "[（(]", "[）)]"
#: parenthesised ideographs ㈠..㈩ used by some typesetters for （一）..（十）
PAREN_IDEO = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"
#: circled numbers ①..⑳
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

# --------------------------------------------------------------------------- pages

#: dashes that frame a page number: — – - － ‐ ‒ ― ─
PAGE_DASH = r"[—–\-－‐‒―─~～]"
#: a page number as printed at the foot/head of a page
PAGE_NUMBER = re.compile(
    rf"""^\s*(?:
        {PAGE_DASH}*\s*\d{{1,4}}\s*{PAGE_DASH}*                      # — 3 —, -3-, - 3 -, 3
      | 第\s*\d{{1,4}}\s*页(?:\s*[,，/]?\s*共\s*\d{{1,4}}\s*页)?   # 第3页, 第 3 页 共 10 页
      | 共\s*\d{{1,4}}\s*页\s*[,，]?\s*第\s*\d{{1,4}}\s*页         # 共10页 第3页
      | \d{{1,4}}\s*/\s*\d{{1,4}}                            # 3 / 10
      | (?:page|Page|PAGE)\s*\d{{1,4}}(?:\s*(?:of|/)\s*\d{{1,4}})?
      | [\[【(（]\s*\d{{1,4}}\s*[\]】)）]                        # [3] (3) at a page foot
    )\s*$""",
    re.VERBOSE,
)

#: every outline style: name -> pattern of the marker at the start of a line. The name
#: is the style; levels are assigned by order of appearance in a document, not here.
STYLE_PATTERNS: dict[str, str] = {
    "part": rf"第(?P<n_part>{ANY_NUM})编",  # 第一编
    "chapter": rf"第(?P<n_chapter>{ANY_NUM})章",  # 第一章
    "section": rf"第(?P<n_section>{ANY_NUM})节",  # 第一节
    "article": rf"第(?P<n_article>{ANY_NUM})条",  # 第一条
    "cn": rf"(?P<n_cn>{CN_NUM})(?:、|[．.](?!\d))",  # 一、  二．
    "cn_paren": rf"(?:{LP}(?P<n_cn_paren>{CN_NUM}){RP}|(?P<n_ideo>[{PAREN_IDEO}]))",  # （一） ㈠
    "arabic": r"(?P<n_arabic>\d{1,3})(?:[、．]|\.(?![\d.]))",  # 1.  1、  1．  (not 1.5)
    "arabic_paren": rf"{LP}(?P<n_arabic_paren>\d{{1,3}}){RP}",  # （1）
    "circled": rf"(?P<n_circled>[{CIRCLED}])",  # ①
    "ordinal": rf"第(?P<n_ordinal>{CN_NUM})(?:[，,、：:])",  # 第一，（reports）
    "question": r"(?P<n_question>问)[：:]",  # 问：（interviews, policy Q&A）
}

#: the marker of any style at the start of a line, after optional spaces
MARKER_RE = re.compile(
    r"[ \u3000]*(?:" + "|".join(f"(?P<{k}>{v})" for k, v in STYLE_PATTERNS.items()) + r")[ \u3000]*"
)

#: punctuation that closes a sentence or clause at the end of a line
CLOSING = "。！？；：…”’」』）》】!?;:"
#: punctuation that ends a sentence (for the inline-heading and sentence splitter)
SENTENCE_END = "。！？!?"
#: a heading may end with a closing quote or bracket (筑牢基层“红色堡垒”, 办法（试行）),
#: never with sentence or clause punctuation
HEADING_NEVER_ENDS = "。！？；：…!?;:"
QUOTE_CLOSERS = "”’」』）)》】"
#: characters that never end a heading line (a clause goes on)
CONTINUES = "，、,"

_CN_VALUES = {c: i + 1 for i, c in enumerate(CN_DIGIT)}
_CN_VALUES.update({"零": 0, "〇": 0, "两": 2})


def cn_to_int(s: str) -> int | None:
    """Value of a Chinese or Arabic outline numeral: "十二" -> 12, "一百零一" -> 101."""
    if s.isdigit():
        return int(s)
    total, cur = 0, 0
    for ch in s:
        if ch in _CN_VALUES:
            cur = _CN_VALUES[ch]
        elif ch == "十":
            total += (cur or 1) * 10
            cur = 0
        elif ch == "百":
            total += (cur or 1) * 100
            cur = 0
        else:
            return None
    return total + cur


@dataclass(slots=True, frozen=True)
class Marker:
    """An outline marker found at the start of a line."""

    style: str
    n: int
    end: int  # offset after the marker and the spaces that follow it
    number_end: int  # offset after the marker itself (spaces excluded)


def match_marker(line: str, pos: int = 0) -> Marker | None:
    """The outline marker at ``line[pos:]``, or None."""
    m = MARKER_RE.match(line, pos)
    if m is None:
        return None
    style = m.lastgroup
    assert style is not None
    if style == "cn_paren" and m.group("n_ideo"):
        n = PAREN_IDEO.index(m.group("n_ideo")) + 1
    elif style == "circled":
        n = CIRCLED.index(m.group("n_circled")) + 1
    elif style == "question":
        n = 1
    else:
        val = cn_to_int(m.group("n_" + style))
        if val is None:
            return None
        n = val
    # "一、" must not be the start of a sentence like "一、二年级..." -> require text after
    number_end = m.end(style)
    return Marker(style, n, m.end(), number_end)


#: a line (or a text chunk) that is only a date, optionally in brackets or after "——"
DATE_LINE_RE = re.compile(
    r"^[（(\[〔]?\s*(?:(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年"
    r"(?:\s*[\d〇○零一二三四五六七八九十]{1,3}\s*月(?:\s*[\d〇○零一二三四五六七八九十]{1,3}\s*日)?)?)"
    r"\s*[）)\]〕]?$"
)


def is_date_line(line: str) -> bool:
    """True for "二○一二年一月九日", "（2018年1月2日）", "（2020年）"."""
    return DATE_LINE_RE.match(line.strip()) is not None


_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
#: "label：value" lines (联系人：邹思媛) are not headings
_LABEL_RE = re.compile(r"^[\u4e00-\u9fff]{1,6}[：:]\S")
#: a key–value line of a data list (党员教师家访（户）：124, 集中学习人均学时：30.5): a short key
#: without sentence punctuation, a colon, a value that opens with a number
KEY_VALUE = re.compile(r"^[ \t\u3000]*(?P<key>[^\s：:，,。；;！？]{2,16}?)[：:][ \t\u3000]*"
                       r"(?P<num>\d[\d,，]*(?:\.\d+)?)(?P<rest>[^\n]*)$", re.MULTILINE)
_INNER_STOP_RE = re.compile(r"[。！？；!?;]")

#: longest line still shaped like an unnumbered heading (seed 004's are 16-23 chars)
HEADING_MAX = 40
#: a heading has at most this many commas (筑牢战斗堡垒，练强抓严学校党组织建设的基本功)
MAX_HEADING_COMMAS = 2


#: a photo's caption in a news page (图为…, 图：…, 图片来源…, 摄影 …)
_CAPTION_RE = re.compile(r"^[（(]?(?:图为|上图|下图|左图|右图|图\s*\d*\s*[：:]|图片来源|摄影|图/|▲)")


#: a line opened by a bullet (■ 支委会：全年12次, ▲ 党员大会4次, ● …): an item of a list, never
#: a heading, never the rest of the line before it
BULLETS = "■□▲△●○◆◇★☆▶►▪▫•◎※➢➤✓✔☑✅✘✗❌√❖"
BULLET_RE = re.compile(rf"^\s*[{BULLETS}]")


def is_bullet(line: str) -> bool:
    return bool(BULLET_RE.match(line))


#: a line that opens with a count (36场主题党日活动, 98.6% 党员参学率, a figure card's line)
#: or a day's date (2025年3月26日 …方案报…备案): a statement, no heading (a year, 2025年工作
#: 回顾, may open one)
_COUNT_LEAD_RE = re.compile(r"\d[\d,]*(?:\.\d+)?\s*(?:%|[场次名个位节堂项期篇件所户元条份]|学时|课时|小时|人次|万元)"
                            r"|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*\S"
                            # …or a terse line of a slide or an outline that sets a count after its
                            # word (支委会 12次（每月1次）, 党员 24名 · 支委 5名)
                            r"|[^\d]*?[\u4e00-\u9fff]\s+\d[\d,]*(?:\.\d+)?\s*(?:%|[场次名个位节堂项期篇件所户人]|学时)")


#: a record's fields set apart by bars (4月24日｜专题组织生活会｜应到31人，实到29人): a row of
#: a ledger, no heading
_RECORD_RE = re.compile(r"[｜|][^｜|]+[｜|]"
                        # …or a field of a minutes' header (缺席人员及原因：刘慧（病假）…)
                        r"|^(?:会议名称|会议时间|时间|地点|会议地点|主持人|记录人|应到人数|实到人数|缺席人员"
                        r"|列席人员|参会人员|出席人员|参加人员)[^：:]{0,6}[：:].")


def heading_shaped(line: str) -> bool:
    """A short line with no sentence punctuation: a possible unnumbered heading or title.

    Does not look at context (a heading must be followed by body; the parser checks).
    """
    s = line.strip()
    if (not s or len(s) > HEADING_MAX or "\t" in s or is_bullet(s) or _COUNT_LEAD_RE.match(s)
            or _RECORD_RE.search(s)):
        return False
    if s[-1] in HEADING_NEVER_ENDS or s[-1] in CONTINUES:
        return False
    if s[-1] in QUOTE_CLOSERS and len(s) > 1 and s[-2] in SENTENCE_END:
        return False
    if _INNER_STOP_RE.search(s):
        return False
    if s.startswith("—"):
        return False
    if s.count("，") + s.count(",") > MAX_HEADING_COMMAS:  # a sentence without its 。
        return False
    if len(_CJK_RE.findall(s)) < 2:
        return False
    if is_date_line(s):
        return False
    if _LABEL_RE.match(s) or KEY_VALUE.match(s):  # 联系电话：68724690, 附件：…, 集中学习人均学时：30.5
        return False
    if _CAPTION_RE.match(s):  # 图为党员教师在…重温入党誓词: a photo's caption
        return False
    # a bracketed note: (作者: ...), （2018年1月2日）
    return not (s[0] in "（(" and s[-1] in "）)")


def numbered_heading_line(line: str) -> bool:
    """A line that starts with an outline marker and is short enough to be a heading line."""
    m = match_marker(line)
    if m is None:
        return False
    rest = line[m.end:].strip()
    return len(rest) <= HEADING_MAX and not _INNER_STOP_RE.search(rest.rstrip("。")) and not _RECORD_RE.search(rest)
