#!/usr/bin/env python3
"""Make report_ci.txt from report_ci_source.txt the way copying text out of a
typeset PDF does it: fixed-width lines, letter-spaced title and headings, about a
third of the body lines letter-spaced (justified lines), and page furniture
(running header, page number) about every 40 lines.

Only spaces and line breaks are added; no character of the source is lost.
Run:  python3 make_report_ci.py   (writes report_ci.txt next to this file and checks it)
"""
import random
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "report_ci_source.txt"
OUT = HERE / "report_ci.txt"

RUNNING_HEADER = "石桥九年一贯制学校党支部2025年度党建工作总结"
MAX_CHARS = 36           # a line never holds more characters than this
LINE_UNITS = 64          # text block width in half-em units: 32 CJK characters
INDENT_UNITS = 4         # first line of a paragraph is indented two characters
LINES_PER_PAGE = 38      # text lines per page, furniture not counted
JUSTIFIED_SHARE = 1 / 3
SEED = 20251219

# Lines that must come out letter-spaced: the line holding each of these figures.
FORCED_JUSTIFIED = ["91.9", "860", "、8个工作", "春季学期1次", "签订率100"]

NO_LINE_START = set("，。、；：？！）》」』”’%…—")   # kinsoku: never open a line
NO_LINE_END = set("（《「『“‘")                       # kinsoku: never close a line
HEADING_RE = re.compile(r"^[一二三四五六七八九十]+、\S{2,12}$")
SIGNOFF_RE = re.compile(r"^(中共.*委员会|\d{4}年\d{1,2}月\d{1,2}日)$")


def width(ch):
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def number_spans(text):
    """Index ranges that must not be broken: digit runs with inner , or ."""
    return [(m.start(), m.end()) for m in re.finditer(r"\d(?:[\d,.]*\d)?", text)]


def break_paragraph(text):
    spans = number_spans(text)
    inside = set()
    for a, b in spans:
        inside.update(range(a + 1, b))      # a break before index i is illegal if i in inside
    lines, start, first = [], 0, True
    while start < len(text):
        limit = LINE_UNITS - (INDENT_UNITS if first else 0)
        used, end = 0, start
        while (end < len(text) and used + width(text[end]) <= limit
               and end - start < MAX_CHARS):
            used += width(text[end])
            end += 1
        if end < len(text):
            # kinsoku: a closing mark never opens a line; hang it on this line
            # when there is room, else push the last character down with it
            if text[end] in NO_LINE_START:
                if end - start < MAX_CHARS and text[end + 1:end + 2] not in NO_LINE_START:
                    end += 1
                else:
                    while end > start + 1 and text[end] in NO_LINE_START:
                        end -= 1
            # never split a number: move the break back before it
            while end in inside:
                end -= 1
            while end - 1 > start and text[end - 1] in NO_LINE_END:
                end -= 1
        lines.append(text[start:end])
        start, first = end, False
    return lines


def spaced(line, sep=" "):
    return sep.join(line)


def main():
    src = SRC.read_text(encoding="utf-8")
    paras = [p.strip() for p in src.split("\n") if p.strip()]
    title, body = paras[0], paras[1:]

    # (kind, text): kind in title / heading / body / body_last / signoff
    items = [("title", spaced(title))]
    for p in body:
        if HEADING_RE.match(p):
            items.append(("heading", spaced(p, "\u3000")))
        elif SIGNOFF_RE.match(p):
            items.append(("signoff", p))
        else:
            ls = break_paragraph(p)
            for i, l in enumerate(ls):
                items.append(("body_last" if i == len(ls) - 1 else "body", l))

    # choose the justified (letter-spaced) body lines
    body_idx = [i for i, (k, _) in enumerate(items) if k in ("body", "body_last")]
    forced = set()
    for key in FORCED_JUSTIFIED:
        hits = [i for i in body_idx if key in items[i][1]]
        if not hits:
            sys.exit(f"forced figure {key!r} is not whole on any line")
        forced.add(hits[0])
    want = round(len(body_idx) * JUSTIFIED_SHARE)
    rng = random.Random(SEED)
    pool = [i for i in body_idx if items[i][0] == "body" and i not in forced]
    rng.shuffle(pool)
    justified = set(forced) | set(pool[: max(0, want - len(forced))])
    lines = []
    for i, (k, t) in enumerate(items):
        lines.append(spaced(t) if i in justified else t)

    # paginate: running header on top of pages 2.., page number at the foot
    out, page = [], 1
    for n in range(0, len(lines), LINES_PER_PAGE):
        if page > 1:
            out.append(RUNNING_HEADER)
        out.extend(lines[n:n + LINES_PER_PAGE])
        out.append(f"— {page} —")
        page += 1
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")

    # --- checks ---------------------------------------------------------
    kept = [l for l in out
            if l.strip() != RUNNING_HEADER and not re.fullmatch(r"— \d+ —", l.strip())]
    got = re.sub(r"[ \u3000\n]", "", "\n".join(kept))
    exp = re.sub(r"\s", "", src)
    assert got == exp, "copy lost or changed characters"
    for i in body_idx:
        n = len(items[i][1])
        if items[i][0] == "body":
            assert 28 <= n <= 36, (n, items[i][1])
        # no number split across a line end
        nxt = items[i + 1][1] if i + 1 < len(items) and items[i + 1][0].startswith("body") else ""
        if nxt and items[i][0] == "body":
            assert not (re.search(r"\d[,.]?$", items[i][1]) and re.match(r"[,.]?\d", nxt)), \
                (items[i][1], nxt)
    print(f"lines out: {len(out)}, pages: {page - 1}, body lines: {len(body_idx)}, "
          f"justified: {len(justified)} ({len(justified) / len(body_idx):.0%}), "
          f"forced: {len(forced)}")
    print("body line lengths (non-final):",
          sorted({len(items[i][1]) for i in body_idx if items[i][0] == "body"}))
    print("check passed: copy minus spaces/newlines/furniture == source minus whitespace")


if __name__ == "__main__":
    main()
