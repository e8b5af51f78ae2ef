"""Cleaning: web boilerplate out, broken lines rejoined, characters made consistent.

``clean(raw)`` keeps every character of the body (CJK, digits, letters) in order; what it
drops is whole boilerplate lines or line tails (breadcrumbs, 发布时间/来源 lines, copyright
and ICP footers, 上一篇/下一篇, 打印此页, an e-mail's headers and the earlier message quoted
below a reply ...), each listed in ``Cleaned.removed``. The
metadata those lines carry (date, source, author, publisher) goes to ``Cleaned.meta``.

Character choices (documented, applied to the whole text):

* full-width digits and Latin letters become ASCII (１９９４ -> 1994, ｗｗｗ -> www);
* ASCII ``, ; : ? ! ( )`` next to Chinese text become full-width (，；：？！（）); they stay
  ASCII between digits (1,269  17:00:07) and in Latin text or URLs (http://); the ASCII
  full stop is never touched (decimal points, 1. numbering);
* the brackets around the year of a document number become 〔〕 (国发[2011]35号 ->
  国发〔2011〕35号);
* zero-width characters (U+200B-U+200D, U+2060, U+FEFF) are dropped; private-use
  glyphs (icon fonts) become a space;
* letter-spaced words ("总　　则", "国 务 院", "1 9 9 8 年") are closed up, and so is a line
  whose characters all stand apart ("全 年 召 开 1 2 次 ，", a justified line out of a PDF);
* a run of two or more ideographic / no-break spaces inside a line is a paragraph break
  (pages that put a whole document on one line with "　　" indents); single odd spaces
  become an ASCII space; indents and trailing spaces go; blank lines go.

Outline markers that follow a sentence end inside one long line ("…。二、…", "…？问：…")
start a new line, when they continue the numbering seen so far. A line broken mid-sentence
is joined to the next one when it does not end in closing punctuation, is not shaped like
a heading, and the next line is neither a heading nor a new numbered item.

Text copied out of printed pages (a PDF viewer, pdftotext) is hard-wrapped: when several
breaks after an open line fall inside a word (…中国特 / 色社会主义…), a line that reaches
the wrap width or cuts a word goes on in the next one, even when it would pass for a
heading; an indented line (or one after a blank line) still opens a paragraph. Page
numbers on their own line (— 2 —, 第2页 共5页, a run 1, 2, 3) and the running header or
footer that stands next to them are removed and listed in ``Cleaned.removed``; a
header printed only once is known by standing inside a sentence the page break cuts. A
line of marks alone (a scan's stray ·, a ※ divider) goes the same way.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from statistics import median

import yaml

from .errors import DataError, EmptyDocument
from .records import Cleaned, RawText
from .structure.dates import parse_date
from .structure.markers import (
    CLOSING,
    CONTINUES,
    HEADING_MAX,
    PAGE_DASH,
    PAGE_NUMBER,
    QUOTE_CLOSERS,
    SENTENCE_END,
    heading_shaped,
    is_bullet,
    is_date_line,
    match_marker,
    numbered_heading_line,
)

# --------------------------------------------------------------------------- characters

#: zero-width characters that carry nothing
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
#: line separators other than \n
_NEWLINES_RE = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
#: private-use glyphs (icon fonts, editor markers)
_PUA_RE = re.compile("[\ue000-\uf8ff]")
#: full-width digits and Latin letters -> ASCII
_WIDTH_TABLE = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)}
_WIDTH_TABLE.update({c: c - 0xFEE0 for c in range(0xFF21, 0xFF3B)})
_WIDTH_TABLE.update({c: c - 0xFEE0 for c in range(0xFF41, 0xFF5B)})
_WIDTH_TABLE.update({ord(c): None for c in ZERO_WIDTH})

#: spaces other than ASCII space and TAB (TAB separates table cells and is kept)
ODD_SPACE = "\u3000\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"
_SPACE = f" {ODD_SPACE}"
#: a run of spaces holding at least one odd space
_ODD_RUN_RE = re.compile(f"[{_SPACE}]*[{ODD_SPACE}][{_SPACE}]*")
#: letter-spaced ideographs: single characters separated by spaces ("总　　则", "国 务 院")
_LETTER_SPACED_RE = re.compile(f"(?<![^{_SPACE}])[\u4e00-\u9fff](?:[{_SPACE}]+[\u4e00-\u9fff](?![^{_SPACE}]))+")
_SPACES_RE = re.compile(f"[{_SPACE}]+")
#: a paragraph's first-line indent: an ideographic space, or two spaces of any kind
_INDENT_RE = re.compile(f"^(?:\u3000|[{_SPACE}]{{2}})")
#: a whole line letter-spaced, as a justified line copied out of a PDF comes out: at least
#: this many characters, nearly all standing alone between spaces ("全 年 召 开 1 2 次 ，")
_SPACED_LINE_MIN = 6
_SPACED_LINE_SHARE = 0.8
#: a figure card's number: alone on its line (36, 98.6%, 1,656), or in 【】 leading one
_CARD_NUMBER_RE = re.compile(r"\d[\d,]*(?:\.\d+)?%?")
_CARD_LEAD_RE = re.compile(r"【(\d[\d,]*(?:\.\d+)?%?)】\s*")
#: a year written with spaced digits: "1 9 9 8 年"
_SPACED_YEAR_RE = re.compile(r"(?<!\d)\d(?: \d){3} ?(?=年)")

#: ideographs and the punctuation of Chinese text (a neighbour that makes ASCII
#: punctuation "inside Chinese text")
_CJK_CTX = "\u4e00-\u9fff\u3400-\u4dbf\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\u2018\u2019\u201c\u201d\u2026\u2014《》"
_ASCII_PUNCT_RE = re.compile(f"(?<=[{_CJK_CTX}])[,;:?!]|[,;:?!](?=[{_CJK_CTX}])")
_ANY_ASCII_PUNCT_RE = re.compile("[,;:?!]")
_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
#: an ASCII-bracketed span with no brackets inside
_PAREN_RE = re.compile(r"\(([^()\n]{0,200})\)")
_CJK_RE = re.compile("[\u4e00-\u9fff]")

#: a document number (发文字号): issuer abbreviation, bracketed year, number, 号
DOC_NUMBER_RE = re.compile(
    r"(?P<org>[\u4e00-\u9fff]{1,12})\s*[〔\[［【(（]\s*(?P<year>(?:19|20)\d{2})\s*[〕\]］】)）]"
    r"\s*(?P<num>\d{1,5})\s*号"
)


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    """The boilerplate markers (data/clean/boilerplate.yaml), compiled once."""
    try:
        raw = yaml.safe_load(
            resources.files("policytext").joinpath("data/clean/boilerplate.yaml").read_text("utf-8")
        )
        keys = sorted(raw["meta_keys"], key=len, reverse=True)
        return {
            "line_max": int(raw["lines"]["max_len"]),
            "lines": [re.compile(p) for p in raw["lines"]["patterns"]],
            "tails": [re.compile(p) for p in raw["tails"]],
            "footer": [re.compile(p) for p in raw["footer"]],
            "quoted": [re.compile(p) for p in raw.get("quoted", [])],
            "meta_fields": raw["meta_keys"],
            "meta_key_re": re.compile(r"(?P<key>" + "|".join(map(re.escape, keys)) + r")\s*[:：]"),
            "weak_keys": set(raw["weak_meta_keys"]),
            "header_lines": int(raw["header_lines"]),
        }
    except (OSError, KeyError, TypeError, re.error, yaml.YAMLError) as exc:
        raise DataError(f"boilerplate lexicon is unreadable: {exc}") from exc


@lru_cache(maxsize=1)
def _card_units() -> re.Pattern[str]:
    """A figure card's unit (data/clean/cards.yaml), as a pattern."""
    try:
        raw = yaml.safe_load(
            resources.files("policytext").joinpath("data/clean/cards.yaml").read_text("utf-8"))
        units = sorted(map(str, raw["units"]), key=len, reverse=True)
    except (OSError, KeyError, TypeError, yaml.YAMLError) as exc:
        raise DataError(f"card units are unreadable: {exc}") from exc
    return re.compile("|".join(map(re.escape, units)))


# --------------------------------------------------------------------------- steps


def _normalise_chars(text: str) -> str:
    text = _NEWLINES_RE.sub("\n", text)
    text = text.translate(_WIDTH_TABLE)
    return _PUA_RE.sub(" ", text)


def _letter_spaced(line: str) -> bool:
    """Whether every character of *line* stands apart: the line is letter-spaced as a whole.

    A justified line copied out of a typeset PDF puts a space between any two characters,
    digits and signs too ("党 员 参 学 率 9 8 . 6 % ，"), so its numbers are only whole again
    when all of its spaces go. A table row or a line of words has longer tokens.
    """
    tokens = _SPACES_RE.split(line.strip(_SPACE))
    if len(tokens) < _SPACED_LINE_MIN or not _CJK_RE.search(line):
        return False
    return sum(len(t) == 1 for t in tokens) >= _SPACED_LINE_SHARE * len(tokens)


#: a run of ASCII spaces that parts two cells of a table copied as space-aligned text
_CELL_GAP_RE = re.compile(r"(?<=\S) {2,}(?=\S)")
#: a space-aligned table: at least this many rows under its header
_MIN_TABLE_ROWS = 3


def _width(text: str) -> int:
    """Display width: a CJK (wide) character takes two columns."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cells(line: str) -> list[tuple[int, str]]:
    """The cells of a space-aligned line with the display column each starts at."""
    body = line.rstrip()
    start = len(body) - len(body.lstrip(" "))  # where the current cell starts
    out: list[tuple[int, str]] = []
    for m in _CELL_GAP_RE.finditer(body):
        out.append((_width(body[:start]), body[start:m.start()]))
        start = m.end()
    if out:
        out.append((_width(body[:start]), body[start:]))
    return out


def _space_tables(lines: list[str]) -> list[str]:
    """A table copied out of a PDF as text, its columns aligned with runs of spaces, made
    into TAB-separated rows as the readers give tables: each cell goes to the header column
    it starts under (an empty cell stays empty), and a short line alone between two rows
    carries on the row above's first cell (党员参加集中学习培训 / 总学时)."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        head = _cells(lines[i])
        if len(head) < 3:
            out.append(lines[i])
            i += 1
            continue
        rows, j = [head], i + 1
        while j < len(lines):
            cells = _cells(lines[j])
            if len(cells) >= 2:
                rows.append(cells)
            elif (lines[j].strip() and len(lines[j].strip()) <= 12 and j + 1 < len(lines)
                  and len(_cells(lines[j + 1])) >= 2 and rows[-1] is not head):
                rows.append([(0, lines[j].strip())])  # the first cell, wrapped
            else:
                break
            j += 1
        starts = [c for c, _ in head]
        aligned = sum(1 for r in rows[1:] if len(r) >= 2 and any(abs(c - starts[1]) <= 1 for c, _ in r[1:]))
        if len(rows) - 1 < _MIN_TABLE_ROWS or aligned < (len(rows) - 1) / 2:
            out.append(lines[i])
            i += 1
            continue
        table: list[list[str]] = []
        for r in rows:
            if len(r) == 1 and table:
                table[-1][0] += r[0][1]
                continue
            row = [""] * len(starts)
            for col, text in r:
                k = max((n for n, c in enumerate(starts) if c <= col + 1), default=0)
                row[k] = (row[k] + " " + text).strip() if row[k] else text.strip()
            table.append(row)
        out.extend("\t".join(r).rstrip("\t") for r in table)
        i = j
    return out


def _split_spaces(line: str) -> list[str]:
    """Close up letter-spacing, then break the line at runs of odd spaces."""
    if not _SPACES_RE.search(line):  # most lines: nothing to do
        return [line] if line else []
    if _letter_spaced(line):
        return [_SPACES_RE.sub("", line)]
    line = _LETTER_SPACED_RE.sub(lambda m: _SPACES_RE.sub("", m.group()), line)
    line = _SPACED_YEAR_RE.sub(lambda m: m.group().replace(" ", ""), line)
    line = line.strip(_SPACE)
    parts = []
    pos = 0
    for m in _ODD_RUN_RE.finditer(line):
        if m.end() - m.start() >= 2:
            parts.append(line[pos:m.start()])
            pos = m.end()
    parts.append(line[pos:])
    return [_ODD_RUN_RE.sub(" ", p) for p in parts if p.strip(_SPACE)]


def _join_cards(lines: list[str], starts: list[bool]) -> tuple[list[str], list[bool], list[bool]]:
    """Figure cards (a 数说 post copied as text) made into lines that read as prose.

    A number alone on a line, its unit alone on the next and what it counts on the one
    after become one line that opens a paragraph (36 / 场 / 主题党日活动 -> 36场主题党日活动),
    with the card's other lines up to the next paragraph after a space;
    a number in 【】 that leads a line loses its brackets (【782】小时 党员志愿服务… ->
    782小时 党员志愿服务…; 【100%】3个… -> 100% 3个…), so the figure reads as written.
    Returns the lines, their paragraph starts, and which lines are cards: a card is never
    joined to the line before it.
    """
    units = _card_units()
    out: list[str] = []
    out_starts: list[bool] = []
    cards: list[bool] = []
    carded = any(_CARD_NUMBER_RE.fullmatch(a.strip(_SPACE)) and units.fullmatch(b.strip(_SPACE))
                 for a, b in pairwise(lines))
    i = 0
    while i < len(lines):
        line, start = lines[i].strip(_SPACE), starts[i]
        if (_CARD_NUMBER_RE.fullmatch(line) and i + 1 < len(lines)
                and units.fullmatch(lines[i + 1].strip(_SPACE))):
            parts = [line, lines[i + 1].strip(_SPACE)]
            i += 2
            # what the number counts, and the card's other lines up to the next paragraph
            first = True
            while i < len(lines) and (first or not starts[i]):
                label = lines[i].strip(_SPACE)
                if not label or numbered_heading_line(label) or label.startswith(("【", "「", "[")) \
                        or _CARD_NUMBER_RE.fullmatch(label):
                    break
                parts.append(label if first else " " + label)
                first = False
                i += 1
            out.append("".join(parts))
            out_starts.append(True)
            cards.append(True)
            continue
        if carded and is_date_line(line) and start and i + 1 < len(lines) and not starts[i + 1]:
            # among cards, a dated one (2025年3月26日 / …品牌创建方案 / 报区委教育工委备案): one
            # line (elsewhere a date line may close a decree before the title of what it enacts)
            parts = [line]
            i += 1
            while i < len(lines) and not starts[i] and not numbered_heading_line(lines[i]):
                parts.append(lines[i].strip(_SPACE))
                i += 1
            out.append(" ".join(parts))
            out_starts.append(True)
            cards.append(True)
            continue
        m = _CARD_LEAD_RE.match(line)
        if m:
            rest = line[m.end():]
            unit = not m.group(1).endswith("%") and units.match(rest)  # 【97.8%】期末…: no unit
            line = m.group(1) + (rest if unit else " " + rest)
        out.append(line)
        out_starts.append(start or m is not None)
        cards.append(m is not None)
        i += 1
    return out, out_starts, cards


def _split_doc_number(lines: list[str], starts: list[bool]) -> tuple[list[str], list[bool]]:
    """Put a document number that shares the title line on a line of its own.

    Pages that flatten the head of a document give "国务院关于…的意见 国发〔2011〕35号";
    GB/T 9704 places the 发文字号 on its own line, so the line is broken around it.
    """
    out: list[str] = []
    out_starts: list[bool] = []
    seen = 0
    for line, start in zip(lines, starts, strict=True):
        if seen < 3 and line.strip():
            seen += 1
            m = DOC_NUMBER_RE.search(line)
            if m and m.start() > 0 and line[m.start() - 1] == " ":
                head, tail = line[:m.start()].rstrip(), line[m.end():].lstrip()
                pieces = [head]
                if tail and line[m.end():m.end() + 1] == " ":
                    pieces.extend([line[m.start():m.end()], tail])
                else:
                    pieces.append(line[m.start():])
                out.extend(pieces)
                out_starts.extend([start] + [True] * (len(pieces) - 1))
                continue
        out.append(line)
        out_starts.append(start)
    return out, out_starts


#: what ends a sentence, and never a name, date or source
_SENTENCE_END = re.compile(r"[？?。！!]")


def _parse_meta_line(line: str, lex: dict, in_header: bool) -> dict[str, str] | None:
    """Key-value pairs of a metadata line ("来源:X 发布时间:Y 浏览量:"), or None."""
    body = line.strip()
    if len(body) > 160:
        return None
    if body[:1] in "（(【[" and body[-1:] in "）)】]":
        body = body[1:-1].strip()
    keys = list(lex["meta_key_re"].finditer(body))
    if not keys or keys[0].start() != 0:
        return None
    if len(keys) == 1 and keys[0].group("key") in lex["weak_keys"] and not in_header:
        return None
    pairs: dict[str, str] = {}
    for i, k in enumerate(keys):
        value = body[k.end(): keys[i + 1].start() if i + 1 < len(keys) else len(body)]
        value = value.strip(" \t|｜/,，;；")
        if len(value) > 60 or _SENTENCE_END.search(value) or "，" in value:
            # 记者：工作中还有哪些难点？ is an interviewer's question, not a byline; a value is
            # a name, a date or a place, and a comma makes it a clause (记者：周书记，实行…)
            return None
        field = lex["meta_fields"][k.group("key")]
        if field and value and field not in pairs:
            pairs[field] = value
    return pairs


def _remove_boilerplate(lines: list[str]) -> tuple[list[str], dict[str, str], list[str]]:
    lex = _lexicon()
    meta: dict[str, str] = {}
    removed_at: dict[int, str] = {}
    keep: list[str] = list(lines)
    # an e-mail reply quotes the earlier message below it (-----原始邮件-----): not the document's
    quoted = next((i for i, line in enumerate(lines) if any(p.match(line.strip()) for p in lex["quoted"])), None)
    if quoted is not None:
        for i in range(quoted, len(lines)):
            if lines[i].strip():
                removed_at[i] = lines[i].strip()
            keep[i] = ""
        lines = keep[:]
    nonblank = 0
    for i, line in enumerate(lines):
        s = line.strip()
        if not s:
            continue
        nonblank += 1
        pairs = _parse_meta_line(s, lex, nonblank <= lex["header_lines"])
        if pairs is not None:
            for field, value in pairs.items():
                if field == "date":
                    value = parse_date(value) or value
                meta.setdefault(field, value)
            removed_at[i] = s
            keep[i] = ""
            continue
        if len(s) <= lex["line_max"] and any(p.match(s) for p in lex["lines"]):
            if nonblank <= lex["header_lines"] and re.match(lex["lines"][0].pattern, s):
                meta.setdefault("breadcrumb", s)
            removed_at[i] = s
            keep[i] = ""
            continue
        for p in lex["tails"]:
            m = p.search(s)
            if m and m.start() > 0:
                keep[i] = s[:m.start()].rstrip()
                removed_at[i] = s[m.start():]
                break
    # footer lines (addresses, counters) go only next to removed boilerplate
    changed = True
    while changed:
        changed = False
        for i, line in enumerate(keep):
            s = line.strip()
            if not s or i in removed_at or not any(p.match(s) for p in lex["footer"]):
                continue
            if _touches_removed(i, keep, removed_at):
                removed_at[i] = s
                keep[i] = ""
                changed = True
    removed = [removed_at[i] for i in sorted(removed_at)]
    return keep, meta, removed


#: a page number as printed on its own line: framed (— 2 —, - 2 -) or worded (第2页 共5页)
_FRAMED_PAGE_RE = re.compile(rf"^\s*(?:{PAGE_DASH}|第|共|[Pp]age|PAGE)")
_BARE_PAGE_RE = re.compile(r"^\s*\d{1,4}\s*$")
#: a line of marks that are no punctuation: a scan's specks, rules and dividers
_STRAY_RE = re.compile(r"[·•|｜¦※*＊_=＝~～#━─═\-\s]+")
#: a running header or footer is a short line
_RUNNING_MAX = 40


def _page_furniture(lines: list[str]) -> set[int]:
    """Page numbers and running headers/footers of text taken from printed pages.

    A page number stands alone on its line, framed by dashes or worded (第2页 共5页); bare
    numbers count only when they run 1, 2, 3 … through the text. A running header or footer
    is a short line that recurs in the text and stands next to a page number; its first
    occurrence at the very top goes too when a title-shaped line follows it (the document's
    own title). Returns the indices of those lines.
    """
    nonblank = [i for i, s in enumerate(lines) if s.strip()]
    framed = [i for i in nonblank if PAGE_NUMBER.match(lines[i]) and _FRAMED_PAGE_RE.match(lines[i])]
    bare = [i for i in nonblank if _BARE_PAGE_RE.match(lines[i])]
    pages = set(framed)
    if len(bare) >= 2 and all(int(lines[b]) == int(lines[a]) + 1 for a, b in pairwise(bare)):
        pages |= set(bare)
    if not pages:
        return set()
    pos = {i: k for k, i in enumerate(nonblank)}
    counts: dict[str, int] = {}
    for i in nonblank:
        counts[lines[i].strip()] = counts.get(lines[i].strip(), 0) + 1
    drop = set(pages)
    running: set[str] = set()
    # a body line of a wrapped text runs to the width; a header is shorter than this
    full = 0.8 * median(len(lines[i].strip()) for i in nonblank)
    for i in pages:
        k = pos[i]
        near = nonblank[max(0, k - 2):k] + nonblank[k + 1:k + 3]
        for j in near:
            s = lines[j].strip()
            if j in pages or len(s) > _RUNNING_MAX or s[-1] in CLOSING:
                continue
            if counts[s] >= 2 or _inside_cut(lines, nonblank, pos, i, j, full):
                drop.add(j)
                running.add(s)
    first = nonblank[0]
    if lines[first].strip() in running and len(nonblank) > 1 and heading_shaped(lines[nonblank[1]]):
        drop.add(first)
    return drop


def _inside_cut(lines: list[str], nonblank: list[int], pos: dict[int, int], page: int, j: int,
                full: float) -> bool:
    """Whether line *j*, next to page number *page*, stands inside a sentence the page break
    cuts: the body line before them ends open and the one after goes on. A running header
    printed once (a two-page text) is known by this, not by recurring. ``full`` is the length
    from which a line is a body line running to the wrap width."""
    s = lines[j].strip()
    if not heading_shaped(s) or match_marker(s):
        return False
    if len(s) >= full:
        return False
    lo, hi = pos[min(page, j)], pos[max(page, j)]
    if lo == 0 or hi + 1 >= len(nonblank):
        return False
    before, after = lines[nonblank[lo - 1]].strip(), lines[nonblank[hi + 1]].strip()
    return (len(before) > 12 and _ends_open(before) and not match_marker(after)
            and (len(after) >= full or not heading_shaped(after)))


def _paragraph_starts(lines: list[str], indents: list[bool], furniture: set[int]) -> list[bool]:
    """Which lines open a paragraph by their layout: indented, or after a blank line that
    is not part of a page break (the blanks around a page number or running header)."""
    starts: list[bool] = []
    blank, page_break = True, False
    for i, (line, indent) in enumerate(zip(lines, indents, strict=True)):
        if i in furniture:
            page_break = True
        if i in furniture or not line.strip():
            starts.append(False)
            blank = True
            continue
        starts.append(indent or (blank and not page_break))
        blank, page_break = False, False
    return starts


def _touches_removed(i: int, keep: list[str], removed_at: dict[int, str]) -> bool:
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(keep) and not keep[j].strip() and j not in removed_at:
            j += step
        if 0 <= j < len(keep) and j in removed_at and not keep[j].strip():
            return True
    return False


def _full_width(line: str) -> str:
    """ASCII punctuation inside Chinese text -> full-width (see module docstring)."""
    def paren(m: re.Match[str]) -> str:
        inner = m.group(1)
        before = line[m.start() - 1] if m.start() else ""
        after = line[m.end()] if m.end() < len(line) else ""
        if (_CJK_RE.search(inner) or _CJK_RE.match(before or "a") or _CJK_RE.match(after or "a")
                or (m.start() == 0 and inner.strip().isdigit())):
            return "（" + inner + "）"
        return m.group()

    if "(" in line:
        line = _PAREN_RE.sub(paren, line)
    if _ANY_ASCII_PUNCT_RE.search(line):
        line = _ASCII_PUNCT_RE.sub(lambda m: _FULL[m.group()], line)
    if "号" in line:
        line = DOC_NUMBER_RE.sub(
            lambda m: f"{m.group('org')}〔{m.group('year')}〕{m.group('num')}号", line)
    return line


#: where a new outline item may start inside a line: after a sentence end (or a colon
#: that introduces a list), optional spaces, then a marker
_MID_MARKER_RE = re.compile(r"(?<=[。！？：])[ ]*(?=第|问[：:]|答[：:]|[（(]|[一二三四五六七八九十]|\d)")
#: styles that may start a new line in the middle of a flattened document
_SPLIT_STYLES = {"part", "chapter", "section", "article", "cn", "cn_paren", "arabic", "question"}


def _split_outline_runs(lines: list[str], starts: list[bool]) -> tuple[list[str], list[bool]]:
    """Break flattened documents at outline markers that continue the numbering."""
    last: dict[str, int] = {}
    out: list[str] = []
    out_starts: list[bool] = []
    for line, start in zip(lines, starts, strict=True):
        out_starts.append(start)
        if not line:
            out.append(line)
            continue
        m0 = match_marker(line)
        if m0:
            last[m0.style] = m0.n
        cands = []
        for m in _MID_MARKER_RE.finditer(line):
            pos = m.end()
            if line.startswith(("答：", "答:"), pos):
                if line[m.start() - 1] in "？?。":
                    cands.append((pos, "answer", 0))
                continue
            mk = match_marker(line, pos)
            if mk and mk.style in _SPLIT_STYLES and mk.end < len(line):
                cands.append((pos, mk.style, mk.n))
        cuts = []
        for k, (pos, style, n) in enumerate(cands):
            prev_char = line[pos - 1] if pos else ""
            if style in ("question", "answer"):
                if prev_char != "：":
                    cuts.append(pos)
                continue
            ok = n == last.get(style, 0) + 1 and (n > 1 or any(
                s == style and nn == 2 for _, s, nn in cands[k + 1:]))
            if ok and prev_char == "：" and n != 1:
                ok = False
            if ok:
                cuts.append(pos)
                last[style] = n
        if not cuts:
            out.append(line)
            continue
        prev = 0
        for pos in cuts:
            out.append(line[prev:pos].rstrip())
            prev = pos
        out.append(line[prev:])
        out_starts.extend([True] * len(cuts))
    return out, out_starts


_SENTENCE_INSIDE_RE = re.compile(r"[。！？；，!?;]")


#: the genre word a document title ends with (GB/T 9704: 发文机关 + 关于 + 事由 + 文种)
_TITLE_END_RE = re.compile(r"(?:的)?(?:通知|意见|实施方案|方案|办法|规定|决定|细则|批复|公告|通告|规则|准则|通报)$")


def _ends_open(line: str) -> bool:
    return bool(line) and line[-1] not in CLOSING


def _join_broken(lines: list[str], starts: list[bool], firm: list[bool]) -> list[str]:
    """Join lines broken in mid-sentence (see module docstring for the rule).

    ``starts`` marks lines that open a paragraph by their layout (indented, or after a
    blank line); the hard-wrap rule never joins those. ``firm`` lines (figure cards) are
    never joined to the line before.
    """
    width = _wrap_width(lines)
    indented = width is not None and _indent_marked(lines, starts, width)
    out: list[str] = []
    for line, start, alone in zip(lines, starts, firm, strict=True):
        if out and not alone and (_should_join(out[-1], line) or (not start and (
                _wrapped(out[-1], line, width) or (indented and _runs_on(out[-1], line, width))))):
            prev = out[-1]
            sep = " " if prev[-1].isascii() and prev[-1].isalpha() and line[0].isascii() and line[0].isalpha() else ""
            out[-1] = prev + sep + line
        else:
            out.append(line)
    return out


#: characters each side of a line break that are segmented to see if it cuts a word
_WINDOW = 6
#: a text is hard-wrapped when at least this many breaks, and this share of its breaks
#: after an open line, fall inside a word
_MIN_CUT_WORDS, _MIN_CUT_SHARE = 3, 0.2


def _cuts_word(prev: str, nxt: str) -> bool:
    """True when the break between two lines falls inside a jieba word (中国特|色社会主义)."""
    from .segment import jieba

    left, right = prev[-_WINDOW:], nxt[:_WINDOW]
    if not (_CJK_RE.match(left[-1]) and _CJK_RE.match(right[0])):
        return False
    pos = 0
    for tok in jieba.lcut(left + right, HMM=False):
        if pos < len(left) < pos + len(tok):
            return True
        pos += len(tok)
    return False


def _wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped text was broken at (text copied out of a PDF, pdftotext,
    e-mail), or None for a text with one paragraph per line.

    A line is broken at a width, not at a sentence end, so in such a text many breaks after
    an open line cut a word in two (…中国特 / 色社会主义…). Headings and short label lines
    also end open, but the break after them falls between words.
    """
    opened = [(a, b) for a, b in pairwise(lines) if len(a) > 12 and _ends_open(a) and b
              and not match_marker(b)]
    if len(opened) < _MIN_CUT_WORDS:
        return None
    cut = [len(a) for a, b in opened if _cuts_word(a, b)]
    if len(cut) < _MIN_CUT_WORDS or len(cut) < _MIN_CUT_SHARE * len(opened):
        return None
    return int(median(cut))


def _may_join(prev: str, nxt: str, *, wrapped: bool = False) -> bool:
    """What both joining rules ask: ``prev`` ends open, neither line is a table row, and
    ``nxt`` starts no new item, date line or dash line. In a hard-wrapped text a closing
    quote or bracket ends a line open too, unless a sentence ends inside it (…“立德树人” /
    根本任务 goes on; …反响较好。” does not)."""
    open_end = _ends_open(prev) or (wrapped and len(prev) > 1 and prev[-1] in QUOTE_CLOSERS
                                    and prev[-2] not in _SENTENCE_CLOSE + "…")
    if not open_end or "\t" in prev or "\t" in nxt:
        return False
    return not (match_marker(nxt) or is_date_line(nxt) or nxt.startswith("—") or is_bullet(nxt))


def _wrapped(prev: str, nxt: str, width: int | None) -> bool:
    """In a hard-wrapped text, a line that ends open and either cuts a word or runs to the
    wrap width goes on in the next line, even when it would pass for a heading alone."""
    if width is None or not _may_join(prev, nxt, wrapped=True):
        return False
    return len(prev) >= 0.8 * width or _cuts_word(prev, nxt)


#: a line ends a sentence here when it closes with one of these
_SENTENCE_CLOSE = SENTENCE_END + "；;"
#: a hard-wrapped text marks its paragraphs by indent when this share of its clear
#: paragraph ends (a short line closing a sentence) is followed by an indented line
_MIN_INDENT_SHARE = 0.8


def _indent_marked(lines: list[str], starts: list[bool], width: int) -> bool:
    """Whether a hard-wrapped text opens every paragraph with an indent (or a blank line):
    after a line that closes a sentence well short of the wrap width, the next line is
    indented or a numbered item, nearly always."""
    after = [start or bool(match_marker(nxt))
             for prev, nxt, start in zip(lines, lines[1:], starts[1:], strict=False)
             if prev and prev[-1] in _SENTENCE_CLOSE and len(prev) < 0.8 * width]
    return len(after) >= _MIN_CUT_WORDS and sum(after) >= _MIN_INDENT_SHARE * len(after)


def _runs_on(prev: str, nxt: str, width: int) -> bool:
    """In a hard-wrapped text whose paragraphs open with an indent, a line that runs to the
    wrap width and happens to end a sentence goes on in the next line when that line is not
    indented: …董事会再作决定。 / 把好教师入口关，…"""
    if prev[-1] not in _SENTENCE_CLOSE or len(prev) < 0.9 * width or "\t" in prev or "\t" in nxt:
        return False
    if match_marker(nxt) or is_date_line(nxt) or nxt.startswith("—") or is_bullet(nxt):
        return False
    return not heading_shaped(nxt) or len(nxt) >= 0.9 * width


#: no line of Chinese text opens with these (行首禁则): such a line goes on the one before
_NEVER_OPENS = "。，、；：！？）》”’」』】,;:!?)"


def _should_join(prev: str, nxt: str) -> bool:
    if nxt[0] in _NEVER_OPENS and "\t" not in prev and not match_marker(prev):
        return True
    if not _may_join(prev, nxt):
        return False
    if prev[-1] in CONTINUES:
        return True
    if heading_shaped(prev) or numbered_heading_line(prev) or is_date_line(prev):
        return False
    # a document title (…关于…的通知) is complete even when long and unpunctuated
    if _TITLE_END_RE.search(prev) and ("关于" in prev or len(prev) <= 60):
        return False
    # a broken line is a sentence cut short: long, or holding sentence punctuation;
    # a short label line ("联系人：邹思媛") is complete as it stands
    if len(prev) <= HEADING_MAX and not _SENTENCE_INSIDE_RE.search(prev):
        return False
    return not heading_shaped(nxt)


# --------------------------------------------------------------------------- public


def clean(raw: RawText) -> Cleaned:
    """Boilerplate out, broken lines joined, characters unified; nothing of the body lost."""
    text = _normalise_chars(raw.text)
    if not text.strip(_SPACE + "\n\t"):
        raise EmptyDocument("the document has no text", path=raw.provenance.path)
    lines: list[str] = []
    indents: list[bool] = []  # the line opens a paragraph by its indent (or a space run)
    for line in _space_tables(text.split("\n")):
        parts = _split_spaces(line) or [""]
        lines.extend(parts)
        indents.extend([bool(_INDENT_RE.match(line))] + [True] * (len(parts) - 1))
    lines, indents = _split_doc_number(lines, indents)
    furniture = _page_furniture(lines)
    starts = _paragraph_starts(lines, indents, furniture)
    removed_pages = [lines[i].strip() for i in sorted(furniture)]
    lines = ["" if i in furniture else s for i, s in enumerate(lines)]
    lines, meta, removed = _remove_boilerplate(lines)
    # a line of marks alone (a scan's stray ·, |, a ※ or ━ divider) holds no word of the body;
    # a line of punctuation alone (。 wrapped onto a line of its own) is body
    stray = [s.strip() for s in lines if s.strip() and _STRAY_RE.fullmatch(s.strip())]
    lines = ["" if s.strip() and _STRAY_RE.fullmatch(s.strip()) else s for s in lines]
    removed = removed_pages + removed + stray
    kept = [(_full_width(s.strip(_SPACE)), b) for s, b in zip(lines, starts, strict=True)
            if s.strip(_SPACE + "\t")]
    lines, starts = _split_outline_runs([s for s, _ in kept], [b for _, b in kept])
    kept = [(s, b) for s, b in zip(lines, starts, strict=True) if s]
    lines, starts, cards = _join_cards([s for s, _ in kept], [b for _, b in kept])
    lines = _join_broken(lines, starts, cards)
    if not lines:
        raise EmptyDocument("nothing but boilerplate (web-page lines, page numbers, running headers) in the document",
                            path=raw.provenance.path)
    return Cleaned(text="\n".join(lines), provenance=raw.provenance, meta=meta, removed=removed)
