"""Printed lines back into paragraphs: the geometry half of the PDF reader.

A PDF holds positioned lines, not paragraphs. Chinese official documents (GB/T
9704-2012) give the cues to undo the wrapping: a paragraph's first line is indented by
two characters, its last line usually stops short of the right margin, headings are set
in another size, and blocks are separated by more than the line spacing. Page furniture
is recognised by position and repetition: page numbers ("— 3 —", "-3-", "第3页 共10页")
at the foot or head of a page, and running headers/footers (the same short line at the
top or bottom of most pages). A paragraph that runs on across a page break is joined.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise
from statistics import median

from ..structure.markers import PAGE_NUMBER

#: characters that close a sentence or clause at a paragraph end
CLOSING = "。！？；：!?;:…”」』）)】"
#: outline numbers that start a new item (一、 （一） 1. （1） ① 第一条 第一章)
OUTLINE_START = re.compile(
    r"^\s*(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百]+[)）]|\d{1,3}[.．、](?!\d)"
    r"|[（(]\d{1,3}[)）]|[①-⑳]|第[一二三四五六七八九十百零〇\d]+[章节条款部分篇])"
)
_DIGITS = re.compile(r"\d+")
_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


@dataclass(slots=True)
class Line:
    """One printed line: its text and where it sits (PDF points, y up from the page foot)."""

    text: str
    x0: float
    x1: float
    y: float  # baseline
    size: float  # font size of its first characters
    page: int
    table: list[list[str]] | None = None  # set when this item stands for a whole table


#: a page set in two columns: at least this many lines, and this share, on each side of the
#: middle of the text block (a single-column page has few lines that start right of it)
COLUMN_LINES, COLUMN_SHARE = 5, 0.25


def column_runs(lines: list[Line]) -> list[list[Line]] | None:
    """A two-column page's lines as runs in reading order, or None for a single column.

    ``lines`` are sorted top to bottom. A line that crosses the middle of the text block
    (a title, a full-width heading) is a run of its own and closes the band above it; in
    each band the left column is read before the right. The right column's lines are moved
    onto the left one's margin, so indents and short last lines measure as in one column.
    """
    if len(lines) < 2 * COLUMN_LINES:
        return None
    mid = (min(ln.x0 for ln in lines) + max(ln.x1 for ln in lines)) / 2
    left = [ln for ln in lines if ln.x1 <= mid]
    right = [ln for ln in lines if ln.x0 >= mid]
    if min(len(left), len(right)) < max(COLUMN_LINES, COLUMN_SHARE * len(lines)):
        return None
    shift = min(ln.x0 for ln in right) - min(ln.x0 for ln in left)
    runs: list[list[Line]] = []
    band_left: list[Line] = []
    band_right: list[Line] = []

    def close() -> None:
        runs.extend(r for r in (band_left[:], band_right[:]) if r)
        band_left.clear()
        band_right.clear()

    for ln in lines:
        if ln.x1 <= mid:
            band_left.append(ln)
        elif ln.x0 >= mid:
            ln.x0 -= shift
            ln.x1 -= shift
            band_right.append(ln)
        else:
            close()
            runs.append([ln])
    close()
    return runs


@dataclass(slots=True)
class Layout:
    """Body geometry measured over the whole document."""

    left: float
    right: float
    size: float
    spacing: dict[float, float] = field(default_factory=dict)  # font size -> line spacing


def is_page_number(text: str) -> bool:
    """True for "— 3 —", "-3-", "第 3 页 共 10 页", a lone "3" ..."""
    return bool(PAGE_NUMBER.match(text))


def strip_furniture(pages: list[list[Line]], page_heights: list[float]) -> tuple[list[list[Line]], list[str]]:
    """Drop page numbers and running headers/footers; return kept lines and what was dropped.

    Only lines in the top or bottom band of a page (the first/last two lines) are
    candidates, so body text that happens to be a number is never touched.
    """
    dropped: list[str] = []
    edge_counts: Counter[str] = Counter()
    pages_with_text = sum(1 for p in pages if p)
    for lines in pages:
        seen = set()
        for ln in _edges(lines):
            key = _furniture_key(ln.text)
            if key and key not in seen:
                seen.add(key)
                edge_counts[key] += 1
    need = max(2, (pages_with_text + 1) // 2)
    running = {k for k, n in edge_counts.items() if n >= need} if pages_with_text >= 2 else set()
    out: list[list[Line]] = []
    for lines in pages:
        edge_ids = {id(ln) for ln in _edges(lines)}
        kept = []
        for ln in lines:
            if id(ln) in edge_ids and ln.table is None and (
                is_page_number(ln.text) or _furniture_key(ln.text) in running
            ):
                dropped.append(ln.text)
                continue
            kept.append(ln)
        out.append(kept)
    return out, dropped


def _edges(lines: list[Line]) -> list[Line]:
    if len(lines) <= 4:
        return list(lines)
    return lines[:2] + lines[-2:]


def _furniture_key(text: str) -> str:
    t = "".join(text.split())
    if not t or len(t) > 50:
        return ""
    return _DIGITS.sub("#", t)


def measure(pages: list[list[Line]]) -> Layout:
    """Left and right text margins, body font size and line spacing per size."""
    body = [ln for p in pages for ln in p if ln.table is None and len(ln.text.strip()) >= 2]
    if not body:
        return Layout(left=0.0, right=0.0, size=10.0)
    sizes = Counter(round(ln.size * 2) / 2 for ln in body)
    size = sizes.most_common(1)[0][0]
    lefts = Counter(round(ln.x0) for ln in body)
    left = float(min(lefts, key=lambda x: (-lefts[x], x)))
    # lines that start at the margin and are long reach the right margin; take a high
    # percentile of their right ends so a few overlong lines do not move it
    ends = sorted(ln.x1 for ln in body if abs(ln.x0 - left) <= 2 and len(ln.text) >= 8) or \
        sorted(ln.x1 for ln in body)
    right = ends[int(0.9 * (len(ends) - 1))]
    spacing: dict[float, list[float]] = {}
    for p in pages:
        for a, b in pairwise(p):
            if a.table is None and b.table is None and abs(a.size - b.size) < 0.5:
                gap = a.y - b.y
                if gap > 0:
                    spacing.setdefault(round(a.size * 2) / 2, []).append(gap)
    return Layout(left=left, right=right, size=size,
                  spacing={k: median(v) for k, v in spacing.items()})


def paragraphs(pages: list[list[Line]], layout: Layout) -> list[str]:
    """Join wrapped lines into paragraph lines; tables come out as TAB rows framed by ""."""
    out: list[str] = []
    prev: Line | None = None
    for lines in pages:
        for ln in lines:
            if ln.table is not None:
                out.append("")
                out.extend("\t".join(c for c in row) for row in ln.table if any(row))
                out.append("")
                prev = None
                continue
            text = ln.text.strip()
            if not text:
                continue
            if prev is not None and not _starts_paragraph(prev, ln, layout):
                out[-1] = join_wrapped(out[-1], text)
            else:
                out.append(text)
            prev = ln
    return out


def _starts_paragraph(prev: Line, cur: Line, layout: Layout) -> bool:
    """Whether ``cur`` begins a new paragraph rather than continuing ``prev``."""
    size = max(prev.size, cur.size, 1.0)
    if abs(prev.size - cur.size) > 0.6:
        return True  # a heading set in another size
    spacing = layout.spacing.get(round(cur.size * 2) / 2, cur.size * 1.75)
    if cur.page == prev.page and cur.size > layout.size + 0.6 and _centred(prev, layout) \
            and _centred(cur, layout) and prev.y - cur.y <= 1.45 * spacing + 0.1 * size \
            and prev.x1 - prev.x0 > 0.6 * (layout.right - layout.left):
        return False  # a long title or heading wrapped onto a second centred line
    if cur.x0 > layout.left + 0.8 * cur.size:
        return True  # first-line indent, or a centred line
    if prev.x1 < layout.right - 1.5 * prev.size:
        return True  # the previous line stopped short of the margin
    if cur.page == prev.page and prev.y - cur.y > 1.45 * spacing + 0.1 * size:
        return True  # more space than the line spacing: a block gap
    last = prev.text.rstrip()[-1:] if prev.text.strip() else ""
    # "。" then "二、…" with no indent: a new item
    return bool(last and last in CLOSING and OUTLINE_START.match(cur.text))


def _centred(ln: Line, layout: Layout) -> bool:
    mid = (layout.left + layout.right) / 2
    return abs((ln.x0 + ln.x1) / 2 - mid) < ln.size


def join_wrapped(left: str, right: str) -> str:
    """Join two pieces of one wrapped paragraph: no space between CJK, one between words."""
    if not left:
        return right
    a, b = left[-1], right[:1]
    if a == "-" and len(left) > 1 and left[-2].isalpha() and b.islower():
        return left[:-1] + right  # a hyphenated English word
    if _CJK.match(a) or _CJK.match(b) or not b:
        return left + right
    return left + " " + right
