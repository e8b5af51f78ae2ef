"""The section tree from outline numbering and unnumbered headings.

Levels are not fixed per style: a style's rank is the order in which it first appears in
the document (GB/T 9704-2012: 一、 then （一） then 1. then （1））, so a document that
starts at （一） or 1. nests the same way. A marker is a heading only when its number
continues a sequence: the next number of a sequence open in the current path (a sibling),
1 (a new sequence under the current section; a same-style restart nests under it), or the
next number of a sequence that runs on across parents (1.–18. under （一）–（五）). A
stray "2." that continues nothing is body text.

Heading spans: ``heading_start``/``heading_end`` cover the heading text WITHOUT the
number (and without a final 。); ``number`` is the marker as written ("二、", "（一）",
"9.", "第一条"). An item with no heading of its own (a 第X条 article, a long "（1）…"
duty) has ``heading`` = its number and the heading span on the number; its text is the
section's first paragraph. An inline heading ("6.优化党组织设置。加大…") has
``inline=True`` and the rest of the line as its first paragraph.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..records import Paragraph, Section, Table
from .markers import (
    CLOSING,
    HEADING_MAX,
    Marker,
    heading_shaped,
    is_date_line,
    match_marker,
)
from .sentences import split_sentences

#: longest first sentence still read as an inline heading ("（一）指导思想。全面贯彻…")
INLINE_MAX = 40
_STOP_RE = re.compile(r"[。！？!?]")
_INNER_RE = re.compile(r"[。！？；!?;]")
UNNUMBERED = "unnumbered"
#: the line that heads an appendix of a report: 附：2025年党建工作主要数据, 附表2：…
APPENDIX = re.compile(r"^附(?:表\s*\d*|录)?[：:]\s*(?!\d+[.、．])\S{4,30}$")


@dataclass(slots=True)
class _Entry:
    style: str
    n: int
    section: Section


@dataclass(slots=True)
class Outline:
    """What the outline pass found; offsets index the cleaned text."""

    sections: list[Section] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty line, surrounding spaces excluded."""
    out = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = n
        s, e = pos, nl
        while s < e and text[s] in " \u3000\t":
            s += 1
        while e > s and text[e - 1] in " \u3000\t":
            e -= 1
        if e > s:
            out.append((s, e))
        pos = nl + 1
    return out


class OutlineBuilder:
    """Builds the section tree for one document (create one per document)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.out = Outline()
        self.stack: list[_Entry] = []
        self.rank: dict[str, int] = {}
        self.last: dict[str, int] = {}
        self.top: list[Section] = []

    # ------------------------------------------------------------------ placing

    def _rank(self, style: str) -> int:
        if style not in self.rank:
            self.rank[style] = len(self.rank)
        return self.rank[style]

    def _place(self, style: str, n: int, pure: bool) -> bool:
        """Fit a marker into the open path; False when it continues no sequence."""
        stack = self.stack
        numbered = style not in (UNNUMBERED, "question")
        for idx in range(len(stack) - 1, -1, -1):
            e = stack[idx]
            if e.style != style:
                continue
            if not numbered or n == e.n + 1:
                del stack[idx:]
                return True
        same = [k for k, e in enumerate(stack) if e.style == style]
        if numbered and same:
            # a restart of an open style nests right under the open entry of that style
            # (一、…五、 restarting inside 二、 belong to 二、, not to its last （三）)
            if n != 1:
                return False
            del stack[same[-1] + 1:]
            return True
        first_time = style not in self.last
        if not numbered or n == 1 or n == self.last.get(style, -9) + 1 or (first_time and pure):
            r = self._rank(style)
            while stack and self.rank[stack[-1].style] >= r:
                stack.pop()
            return True
        return False

    def _open(self, style: str, n: int, sec: Section) -> None:
        self.last[style] = n
        self._rank(style)
        sec.level = len(self.stack) + 1
        if self.stack:
            self.stack[-1].section.children.append(sec)
        else:
            self.top.append(sec)
        self.stack.append(_Entry(style, n, sec))

    # ------------------------------------------------------------------ records

    def _paragraph(self, start: int, end: int) -> None:
        while start < end and self.text[start] in " \u3000":
            start += 1
        if end <= start:
            return
        owner = self.stack[-1].section if self.stack else None
        p = Paragraph(start, end, section=None,
                      sentences=split_sentences(self.text, start, end))
        if owner is not None:
            owner.paragraphs.append(p)
            p.section = f"@{id(owner)}"
        self.out.paragraphs.append(p)

    def _numbered(self, s: int, e: int, mk: Marker) -> bool:
        text = self.text
        rest_s = s + mk.end
        rest = text[rest_s:e]
        number = text[s:s + mk.number_end]
        if mk.style == "article" or (mk.style != "question" and not rest):
            kind = "item"
        elif mk.style == "question" or (len(rest) <= HEADING_MAX and not _INNER_RE.search(rest.rstrip("。？?"))
              and rest[-1] not in "；;，,：:、"):
            kind = "pure"
        else:
            m = _STOP_RE.search(rest)
            if m and m.end() <= INLINE_MAX and m.end() < len(rest) and not _INNER_RE.search(
                    rest[:m.start()]):
                kind = "inline"
            else:
                kind = "item"
        if not self._place(mk.style, mk.n, kind == "pure"):
            return False
        if kind == "item":
            sec = Section(id="", number=number, level=0, heading=number.strip(), start=s, end=e,
                          heading_start=s, heading_end=s + mk.number_end)
            self._open(mk.style, mk.n, sec)
            if rest:
                self._paragraph(rest_s, e)
            return True
        if kind == "pure":
            h_end = e - 1 if text[e - 1] == "。" else e
            sec = Section(id="", number=number, level=0, heading=text[rest_s:h_end], start=s,
                          end=e, heading_start=rest_s, heading_end=h_end)
            self._open(mk.style, mk.n, sec)
            return True
        m = _STOP_RE.search(rest)
        assert m is not None
        h_end = rest_s + m.start() + (0 if m.group() == "。" else 1)
        sec = Section(id="", number=number, level=0, heading=text[rest_s:h_end], start=s, end=e,
                      heading_start=rest_s, heading_end=h_end, inline=True)
        self._open(mk.style, mk.n, sec)
        self._paragraph(rest_s + m.end(), e)
        return True

    # ------------------------------------------------------------------ driver

    def build(self, lines: list[tuple[int, int]]) -> Outline:
        text = self.text
        i = 0
        table_rows: list[tuple[int, int]] = []
        n_lines = len(lines)
        while i < n_lines:
            s, e = lines[i]
            line = text[s:e]
            if "\t" in line:
                table_rows.append((s, e))
                i += 1
                continue
            if table_rows:
                self._flush_table(table_rows)
                table_rows = []
            mk = match_marker(line)
            if mk is not None and mk.end < len(line) + 1 and self._numbered(s, e, mk):
                i += 1
                continue
            appendix = mk is None and self._is_appendix(lines, i)
            if mk is None and (appendix or self._is_unnumbered_heading(lines, i)):
                sec = Section(id="", number=None, level=0, heading=line, start=s, end=e,
                              heading_start=s, heading_end=e)
                if appendix:
                    self.stack.clear()  # an appendix stands beside the body's sections, not in them
                else:
                    self._place(UNNUMBERED, 0, True)
                self._open(UNNUMBERED, 0, sec)
                if i + 1 < n_lines and self._is_subtitle(lines, i + 1):
                    ss, se = lines[i + 1]
                    sec.subtitle = text[ss:se]
                    sec.subtitle_start, sec.subtitle_end = ss, se
                    sec.end = se
                    i += 1
                i += 1
                continue
            self._paragraph(s, e)
            i += 1
        if table_rows:
            self._flush_table(table_rows)
        self._finish()
        return self.out

    def _is_unnumbered_heading(self, lines: list[tuple[int, int]], i: int) -> bool:
        s, e = lines[i]
        line = self.text[s:e]
        if not heading_shaped(line) or i + 1 >= len(lines):
            return False
        # a heading is followed by body: not by the closing signature or date lines
        for j in range(i + 1, min(i + 3, len(lines))):
            nxt = self.text[lines[j][0]:lines[j][1]]
            if is_date_line(nxt):
                return False
            if not heading_shaped(nxt):
                return True
        return j + 1 < len(lines)

    def _is_appendix(self, lines: list[tuple[int, int]], i: int) -> bool:
        """附：2025年党建工作主要数据 (附表1：…) heads an appendix of its own, followed by its
        lines; 附件：1.…, a list of attachments at a notice's end, is no heading."""
        line = self.text[lines[i][0]:lines[i][1]]
        if not APPENDIX.match(line) or i + 1 >= len(lines):
            return False
        nxt = self.text[lines[i + 1][0]:lines[i + 1][1]]
        return match_marker(nxt) is None and not is_date_line(nxt)

    def _is_subtitle(self, lines: list[tuple[int, int]], j: int) -> bool:
        s, e = lines[j]
        line = self.text[s:e]
        if match_marker(line) or not heading_shaped(line) or j + 1 >= len(lines):
            return False
        nxt = self.text[lines[j + 1][0]:lines[j + 1][1]]
        return not heading_shaped(nxt) and not is_date_line(nxt)

    def _homogenise(self, secs: list[Section]) -> None:
        """A list is one kind: when most numbered siblings are items (long duty lines),
        an "inline heading" among them is an item too ((3) in a (1)-(8) duty list)."""
        numbered = [s for s in secs if s.number is not None]
        items = [s for s in numbered if s.heading_start == s.start and s.paragraphs]
        inline = [s for s in numbered if s.inline]
        if items and len(items) >= len(inline):
            for sec in inline:
                p = sec.paragraphs[0]
                p.start = sec.heading_start
                p.sentences = split_sentences(self.text, p.start, p.end)
                sec.inline = False
                sec.heading = sec.number.strip()
                sec.heading_start, sec.heading_end = sec.start, sec.start + len(sec.number)
        for s in secs:
            self._homogenise(s.children)

    def _flush_table(self, rows: list[tuple[int, int]]) -> None:
        self.out.tables.append(Table(rows[0][0], rows[-1][1],
                                     rows=[self.text[s:e].split("\t") for s, e in rows]))

    def _finish(self) -> None:
        by_id: dict[str, Section] = {}

        def fix(sec: Section) -> int:
            # a numbered heading with nothing under it is an item: its text is a paragraph
            if (sec.number is not None and not sec.children and not sec.paragraphs
                    and not sec.inline and sec.heading_end > sec.heading_start
                    and sec.heading_start > sec.start and not sec.number.startswith("问")):
                line_end = sec.end
                p_start = sec.heading_start
                sec.heading = sec.number.strip()
                sec.heading_start, sec.heading_end = sec.start, sec.start + len(sec.number)
                p = Paragraph(p_start, line_end, sentences=split_sentences(self.text, p_start,
                                                                           line_end))
                p.section = f"@{id(sec)}"
                sec.paragraphs.append(p)
                self._late.append(p)
            end = max(sec.end, sec.subtitle_end)
            for p in sec.paragraphs:
                end = max(end, p.end)
            for c in sec.children:
                end = max(end, fix(c))
            sec.end = end
            return end

        self._late: list[Paragraph] = []
        self._homogenise(self.top)
        for sec in self.top:
            fix(sec)
        if self._late:
            self.out.paragraphs.extend(self._late)
            self.out.paragraphs.sort(key=lambda p: p.start)

        def number(secs: list[Section], prefix: str, level: int) -> None:
            for k, sec in enumerate(secs, 1):
                sec.id = f"{prefix}{k}"
                sec.level = level
                by_id[f"@{id(sec)}"] = sec
                number(sec.children, sec.id + ".", level + 1)

        number(self.top, "", 1)
        for p in self.out.paragraphs:
            if p.section is not None:
                p.section = by_id[p.section].id
        self.out.sections = self.top


def ends_closed(line: str) -> bool:
    """True when a line ends in closing punctuation."""
    return bool(line) and line[-1] in CLOSING
