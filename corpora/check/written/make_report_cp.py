"""Lay out report_cp_source.txt as a two-column 党建工作简报 (A4 PDF).

Run with .venv/bin/python corpora/check/written/make_report_cp.py (from the repository root)
Reads report_cp_source.txt next to this file and writes report_cp.pdf.

Source format (the reading order of the printed 简报):
  line 1  简报 name; line 2  期号; line 3  编印单位 + full-width spaces + date
  then a blank line, the spanning headline block (【工作动态】 + title),
  then paragraphs and item headlines (一、… at line start) separated by blank lines,
  and finally the 报：/送：/发： lines.
"""
import os
import re

from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "report_cp_source.txt")
OUT = os.path.join(HERE, "report_cp.pdf")

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

RED = Color(0.78, 0.08, 0.08)
W, H = A4

# geometry -----------------------------------------------------------------
FS = 10.5            # body size
N = 22               # full-width characters per column line
COL_W = N * FS       # 231 pt
GAP = 24
LEFT = (W - 2 * COL_W - GAP) / 2
COL_X = [LEFT, LEFT + COL_W + GAP]
LEAD = 17            # body line height
HEAD_FS = 12
HEAD_LEAD = 20
HEAD_SPACE = 8       # space above an item headline (not at column top)
TOP = H - 56         # column top on pages 2..
BOTTOM = 62          # column bottom
FOOT_Y = 34          # page number baseline
END_BLOCK_H = 80     # room kept for the 报/送/发 block on the last page

NO_START = set("，。、；：！？）》」』”’%．,.;:!?)")
NO_END = set("（《「『“‘(")


def units(ch):
    """Width of one character in full-width units: a Chinese character or
    full-width punctuation counts 1; digits and Latin letters count their
    (proportional) share of a full-width cell."""
    if ord(ch) < 128:
        return pdfmetrics.stringWidth(ch, FONT, 10) / 10.0
    return 1.0


def tokens(text):
    """Split into breakable tokens: each CJK char alone, ASCII runs kept whole."""
    return re.findall(r"[0-9A-Za-z.%+\-]+|.", text)


def wrap(text, first_indent=2.0):
    """Wrap a paragraph by character count; returns list of (line, is_last, indent)."""
    toks = tokens(text)
    lines = []
    cur, cu = [], 0.0
    indent = first_indent
    for tok in toks:
        tu = sum(units(c) for c in tok)
        if cu + tu + indent > N + 1e-6 and cur:
            # line full: keep forbidden punctuation off the next line's start
            carry = []
            if tok[0] in NO_START:
                carry.insert(0, cur.pop())
            while cur and cur[-1][-1] in NO_END:
                carry.insert(0, cur.pop())
            lines.append(("".join(cur), False, indent))
            cur = carry
            cu = sum(units(c) for t in cur for c in t)
            indent = 0.0
        cur.append(tok)
        cu += tu
    if cur:
        lines.append(("".join(cur), True, indent))
    return lines


# parse the source ------------------------------------------------------------
def parse(path):
    raw = open(path, encoding="utf-8").read().strip("\n")
    blocks = [b.strip() for b in re.split(r"\n\s*\n", raw) if b.strip()]
    mast = blocks[0].split("\n")
    span = blocks[1].split("\n")
    body, endlines = [], []
    for b in blocks[2:]:
        ls = b.split("\n")
        if all(re.match(r"^[报送发抄]：", l) for l in ls):
            endlines.extend(ls)
        elif re.match(r"^[一二三四五六七八九十]+、", b) and len(b) <= N:
            body.append(("head", b))
        else:
            body.append(("para", b.replace("\n", "")))
    return mast, span, body, endlines


# items to flow -----------------------------------------------------------------
def build_items(body):
    items = []
    for kind, text in body:
        if kind == "head":
            items.append({"kind": "head", "text": text})
        else:
            for line, last, ind in wrap(text):
                items.append({"kind": "line", "text": line, "last": last, "indent": ind})
    return items


def item_h(it, at_top):
    if it["kind"] == "head":
        return HEAD_LEAD + (0 if at_top else HEAD_SPACE)
    return LEAD


def col_height(seq):
    return sum(item_h(it, k == 0) for k, it in enumerate(seq))


def greedy(items, i, avail):
    """Take items from i while they fit in avail; never end a column on a headline."""
    used, j = 0.0, i
    while j < len(items):
        h = item_h(items[j], j == i)
        if used + h > avail:
            break
        if items[j]["kind"] == "head" and (j + 1 >= len(items) or used + h + LEAD > avail):
            break
        used += h
        j += 1
    return j


def balanced(rem, avail):
    """Split rem into two columns of near-equal height, both within avail."""
    best = None
    for s in range(1, len(rem) + 1):
        left, right = rem[:s], rem[s:]
        if left[-1]["kind"] == "head":
            continue
        hl, hr = col_height(left), col_height(right)
        if hl > avail or hr > avail:
            continue
        if hl >= hr:
            return s
        best = s
    return best


def paginate(items, first_top):
    pages = []
    i = 0
    while i < len(items):
        top = first_top if not pages else TOP
        rem = items[i:]
        s = balanced(rem, top - BOTTOM - END_BLOCK_H)
        if s is not None:
            pages.append((top, [rem[:s], rem[s:]], True))
            break
        cols = []
        for _ in range(2):
            j = greedy(items, i, top - BOTTOM)
            cols.append(items[i:j])
            i = j
        pages.append((top, cols, False))
    if not pages[-1][2]:
        pages.append((TOP, [[], []], True))
    return pages


# drawing -----------------------------------------------------------------------
def draw_text(c, x, y, text, size, color=black, bold=False, char_space=0.0):
    # text state (char spacing, render mode) persists in PDF, so isolate it
    c.saveState()
    t = c.beginText(x, y)
    t.setFont(FONT, size)
    t.setFillColor(color)
    if bold:
        c.setStrokeColor(color)
        c.setLineWidth(size * 0.03)
        t.setTextRenderMode(2)
    if char_space:
        t.setCharSpace(char_space)
    t.textOut(text)
    c.drawText(t)
    c.restoreState()


def sw(text, size):
    return pdfmetrics.stringWidth(text, FONT, size)


def draw_masthead(c, mast, span):
    name, issue, unit_date = mast
    parts = re.split(r"[\u3000 ]{2,}", unit_date)
    unit, date = parts[0], parts[-1]
    size, cs = 36, 8
    wname = sw(name, size) + cs * (len(name) - 1)
    y = H - 100
    draw_text(c, (W - wname) / 2, y, name, size, RED, bold=True, char_space=cs)
    y -= 30
    draw_text(c, (W - sw(issue, 12)) / 2, y, issue, 12)
    y -= 26
    draw_text(c, LEFT, y, unit, 11)
    draw_text(c, W - LEFT - sw(date, 11), y, date, 11)
    y -= 10
    c.setStrokeColor(RED)
    c.setLineWidth(2.2)
    c.line(LEFT, y, W - LEFT, y)
    c.setLineWidth(0.6)
    c.line(LEFT, y - 3.5, W - LEFT, y - 3.5)
    # spanning headline block: category tag, then the title across both columns
    tag, title = span[0], span[1]
    y -= 30
    draw_text(c, LEFT, y, tag, 12, RED, bold=True)
    y -= 30
    draw_text(c, (W - sw(title, 16)) / 2, y, title, 16, bold=True)
    return y - 22   # first column top (as a baseline reference)


def draw_column(c, x, top, seq):
    y = top
    for k, it in enumerate(seq):
        if it["kind"] == "head":
            if k:
                y -= HEAD_SPACE
            y -= HEAD_LEAD
            draw_text(c, x, y + 5, it["text"], HEAD_FS, bold=True)
        else:
            y -= LEAD
            text, ind = it["text"], it["indent"]
            x0 = x + ind * FS
            cs = 0.0
            if not it["last"] and len(text) > 1:
                spare = (x + COL_W) - x0 - sw(text, FS)
                if spare > 0:
                    cs = spare / (len(text) - 1)
            draw_text(c, x0, y + 4, text, FS, char_space=cs)


def draw_end_block(c, endlines):
    y_top = BOTTOM + END_BLOCK_H - 10
    c.setStrokeColor(black)
    c.setLineWidth(0.8)
    c.line(LEFT, y_top, W - LEFT, y_top)
    y = y_top
    for l in endlines:
        y -= 18
        draw_text(c, LEFT + FS, y, l, FS)
    y -= 8
    c.line(LEFT, y, W - LEFT, y)


def main():
    mast, span, body, endlines = parse(SRC)
    items = build_items(body)
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("党建工作简报 2025年第4期")
    c.setAuthor("中共柏溪镇中心学校总支部委员会")
    # dry run to know where page 1 columns start
    from io import BytesIO
    probe = canvas.Canvas(BytesIO(), pagesize=A4)
    first_top = draw_masthead(probe, mast, span)
    pages = paginate(items, first_top)
    for p, (top, cols, last) in enumerate(pages):
        if p == 0:
            draw_masthead(c, mast, span)
        for x, seq in zip(COL_X, cols):
            draw_column(c, x, top, seq)
        # thin rule between the columns
        low = BOTTOM + (END_BLOCK_H if last else 0)
        hmax = max(col_height(s) for s in cols) if any(cols) else 0
        c.setStrokeColor(Color(0.6, 0.6, 0.6))
        c.setLineWidth(0.4)
        c.line(W / 2, top - 4, W / 2, max(low, top - hmax - 4))
        if last:
            draw_end_block(c, endlines)
        num = f"— {p + 1} —"
        draw_text(c, (W - sw(num, 10.5)) / 2, FOOT_Y, num, 10.5)
        c.showPage()
    c.save()
    print(f"wrote {OUT}: {len(pages)} pages, {len(items)} column lines")


if __name__ == "__main__":
    main()
