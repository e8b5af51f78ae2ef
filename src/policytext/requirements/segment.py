"""Cut a policy text into sentence units that know their place in the outline.

The structure parser gives paragraphs; this module rejoins lines broken mid-sentence,
finds Chinese outline numbering (一、 （一） 1. （1） ① ㈠ 一是 第X章 第X条) at the start of a
paragraph *and inline* (State Council texts often run several numbered points on one
line), keeps a stack of the numbers seen so far, and yields one :class:`Unit` per
sentence (split at 。！？；) with its outline path, whether it is a heading, and the
heading chain above it (used for background sections and inherited actors).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..records import Document
from ..structure.sentences import split_sentences

# -------------------------------------------------------------------- patterns
#: Chinese numerals as used in outline numbers
CN_NUM = "[一二三四五六七八九十百零〇]+"
#: fullwidth or ASCII brackets around an outline number
LP, RP = "[（(]", "[）)]"
#: circled or parenthesised single-character numbers: ① … ⑳, ㈠ … ㈩
CIRCLED = "[\u2460-\u2473]"
PAREN_CN_CHAR = "[\u3220-\u3229]"

#: one outline marker; the named group says which numbering family it belongs to
MARKER = re.compile(
    rf"(?P<chapter>第{CN_NUM}章)[\s\u3000]*"
    rf"|(?P<part>第{CN_NUM}节)[\s\u3000]*"
    rf"|(?P<article>第{CN_NUM}条)[\s\u3000]*"
    rf"|(?P<cn>{CN_NUM})、"
    rf"|(?P<pcn>{LP}{CN_NUM}{RP}|{PAREN_CN_CHAR})"
    rf"|(?P<par>{LP}\d{{1,2}}{RP})"
    rf"|(?P<ar>\d{{1,2}})[.．、](?!\d)"
    rf"|(?P<circ>{CIRCLED})"
    rf"|(?P<shi>[一二三四五六七八九十]是)(?=[^，,。；、的]{{2}})"
)
#: where an inline marker may start: after a sentence end, a colon, or a run of spaces
INLINE_BEFORE = re.compile(r"[。；：！？!?;:]|[ \t\u3000]{2,}|[ \u3000]$")
#: sentence ends
SENT_END = "。！？；!?;"
TERMINAL = "。！？；：!?;:"
#: characters that open / close a bracket pair (commas inside do not split)
OPEN, CLOSE = "（(《“\"【[", "）)》”\"】]"

def _label(kind: str, raw: str) -> str:
    """Outline label as it appears in a provision path: 二, （三）, 9, （1）, 第五条."""
    raw = raw.strip().rstrip("、.．")
    if kind == "pcn" and len(raw) == 1:  # ㈠ -> （一）
        return "（" + "一二三四五六七八九十"[ord(raw) - 0x3220] + "）"
    if kind in ("pcn", "par"):
        return "（" + raw[1:-1] + "）"
    return raw


@dataclass
class Unit:
    """One sentence (or heading) of the text with its outline context."""

    start: int
    end: int
    path: tuple[str, ...]
    heading: bool = False
    headings: tuple[str, ...] = ()  # heading texts of the enclosing outline levels
    numbered: bool = False  # inside some numbered section (not preamble)
    block_start: bool = False  # first sentence of its numbered point


@dataclass
class _Frame:
    kind: str
    label: str
    heading: str = ""


@dataclass
class _Segment:
    start: int  # body start (after the marker)
    end: int
    kind: str | None
    label: str | None
    heading: bool = False
    children: bool = False
    stack: list[_Frame] = field(default_factory=list)


def _blocks(doc: Document) -> list[tuple[int, int]]:
    """Paragraph spans, with lines broken mid-sentence joined back together."""
    text = doc.text
    # lines of the cleaned text, not doc.paragraphs: the structure parser's paragraphs
    # start after the outline number, and the numbers are what we track here
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    spans = [_strip(text, s, e) for s, e in spans]
    spans = [(s, e) for s, e in spans if e > s]
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and _continues(text, *out[-1], s, e):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


#: a line that is one labelled field (责任单位：各学校党组织, 完成时限：每学期)
_FIELD = re.compile(r"[\u4e00-\u9fff]{2,6}[：:]")


def _continues(text: str, ps: int, pe: int, s: int, e: int) -> bool:
    """Does line ``s:e`` continue the sentence left open at the end of ``ps:pe``?"""
    prev = text[ps:pe]
    if prev[-1] in TERMINAL or MARKER.match(text, s):
        return False
    if _FIELD.match(prev) and _FIELD.match(text, s):
        return False  # 责任单位：…，局人事科 / 完成时限：每学期: one field a line
    heading_like = 4 <= len(prev) <= 40 and not re.search("[，,。]", prev)
    return not heading_like


#: what follows 一、 in an enumeration of numbers (一、二、三级, 一、二年级), not a heading's text
_ENUMERATION = re.compile(r"[二三四五六七八九十][、级等年类]")


def _markers(text: str, s: int, e: int) -> list[re.Match[str]]:
    """Outline markers in a block: at its start, or inline after a sentence end."""
    found = []
    for m in MARKER.finditer(text, s, e):
        if m.lastgroup in ("ar",) and m.start() != s:
            continue  # arabic "1." inline is too often a decimal or a list in prose
        if m.start() == s or INLINE_BEFORE.search(text[max(s, m.start() - 2):m.start()]):
            if m.lastgroup == "cn" and _ENUMERATION.match(text, m.end(), e):
                continue  # "一、二、三级" is an enumeration, not numbering (二、十项常规 is)
            found.append(m)
    return found


def segments(doc: Document) -> list[Unit]:
    """All sentence units of ``doc`` in order, each with its outline path."""
    text = doc.text
    segs: list[_Segment] = []
    for bs, be in _blocks(doc):
        ms = _markers(text, bs, be)
        cuts = [(bs, None)] + [(m.start(), m) for m in ms]
        for i, (cs, m) in enumerate(cuts):
            ce = cuts[i + 1][0] if i + 1 < len(cuts) else be
            if m is None:
                if ce > cs:
                    segs.append(_Segment(cs, ce, None, None))
                continue
            body_s, body_e = _strip(text, m.end(), ce)
            segs.append(_Segment(body_s, body_e, m.lastgroup, _label(m.lastgroup, m.group(m.lastgroup))))
    # outline stack and heading decisions
    stack: list[_Frame] = []
    for i, seg in enumerate(segs):
        if seg.kind is not None:
            kinds = [f.kind for f in stack]
            if seg.kind in kinds:
                del stack[kinds.index(seg.kind):]
            stack.append(_Frame(seg.kind, seg.label or ""))
            nxt = next((x for x in segs[i + 1:] if x.kind is not None), None)
            seg.children = nxt is not None and nxt.kind not in [f.kind for f in stack]
            seg.heading = _is_heading(text, seg)
            if seg.heading:
                stack[-1].heading = _first_sentence(text, seg.start, seg.end)[2]
        seg.stack = [_Frame(f.kind, f.label, f.heading) for f in stack]
    units: list[Unit] = []
    for seg in segs:
        path = tuple(f.label for f in seg.stack)
        heads = tuple(f.heading for f in seg.stack)
        first = True
        for ss, se in _sentences(text, seg.start, seg.end):
            is_head = seg.heading and first
            units.append(Unit(ss, se, path, heading=is_head, headings=heads,
                              numbered=bool(path), block_start=first and seg.kind is not None))
            first = False
    return units


def _first_sentence(text: str, s: int, e: int) -> tuple[int, int, str]:
    m = re.search(f"[{SENT_END}]", text[s:e])
    fe = s + m.end() if m else e
    return s, fe, text[s:fe].rstrip(SENT_END)


def _is_heading(text: str, seg: _Segment) -> bool:
    """A numbered title (加强师德师风建设。) rather than a numbered sentence."""
    body = text[seg.start:seg.end]
    if not body:
        return True
    if seg.kind == "article":
        return False  # 第X条 opens a rule, never a title
    if body.rstrip().endswith(("：", ":")):
        return False  # a lead-in to a list ("…交送下列信息："), not a title
    if not any(c in body for c in SENT_END):
        return len(body) <= 40 or not re.search("[，,]", body)
    _fs, fe, first = _first_sentence(text, seg.start, seg.end)
    # a title names a theme; a sentence with a count (每月至少召开1次会议。) states a rule
    short = len(first) <= 20 and not re.search(r"[，,；;：:\d]", first)
    if not short:
        return False
    if fe < seg.end:  # more text follows on the same line: an inline title
        return True
    return seg.children  # a lone short line is a title only if numbered items follow


def _sentences(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Sentence spans in ``s:e``: the parser's sentence splitter, without empty bits."""
    return [(sp.start, sp.end) for sp in split_sentences(text, s, e)
            if re.search(r"\w", text[sp.start:sp.end])]


def comma_parts(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Comma-separated parts of a sentence (commas inside brackets or quotes do not cut)."""
    out = []
    depth = 0
    cur = s
    for i in range(s, e):
        c = text[i]
        if c in "（(《【“":
            depth += 1
        elif c in "）)》】”" and depth:
            depth -= 1
        elif c in "，," and depth == 0:
            out.append((cur, i + 1))
            cur = i + 1
    if cur < e:
        out.append((cur, e))
    return out
