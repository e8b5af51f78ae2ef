"""Builders that turn one real text (one paragraph per line) into every format we read.

The integrator reuses these for the cross-format test: the same document as txt,
GB18030 txt, HTML, PDF, DOCX and Markdown must give the same body text and outline.

A line holding TAB characters is a table row; a run of such lines is one table. Lines
that start with Chinese outline numbers (一、 / （一） / 1. / （1）) are headings or list
items and get the formats' own means: <h2>/<h3>, a bigger PDF font, DOCX heading styles
and Word automatic numbering (the number then lives only in numbering.xml), ``##``/``###``
in Markdown.
"""
from __future__ import annotations

import re
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "corpora" / "real" / "seeds"
CORPUS = ROOT / "corpora" / "real" / "corpus"

# --------------------------------------------------------------------------- outline

#: (level, pattern) for the Chinese outline; group 1 is the whole number with its mark
OUTLINE = (
    (0, re.compile(r"^([一二三四五六七八九十]+、)")),
    (1, re.compile(r"^([（(][一二三四五六七八九十]+[)）])")),
    (2, re.compile(r"^(\d+[.．、])(?!\d)")),
    (3, re.compile(r"^([（(]\d+[)）])")),
)


def outline_level(line: str) -> tuple[int, str] | None:
    """(level, number as written) when ``line`` starts with an outline number."""
    for level, pat in OUTLINE:
        m = pat.match(line)
        if m:
            return level, m.group(1)
    return None


def is_heading(line: str) -> bool:
    """A short outline line without closing punctuation inside: a heading, not a list item."""
    lv = outline_level(line)
    return lv is not None and lv[0] <= 1 and len(line) <= 40 and "。" not in line[:-1]


# --------------------------------------------------------------------------- real text


def seed_text(prefix: str) -> str:
    """A bundled seed's full text."""
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def seed_body(prefix: str) -> str:
    """The body of a scraped seed: its non-empty lines from the title to the last body
    line, without the web chrome the scraper kept (breadcrumb, 发布者 line, footer)."""
    lines = [ln.strip().replace("\xa0", " ") for ln in seed_text(prefix).splitlines()]
    lines = [ln for ln in lines if ln]
    chrome = re.compile(r"您现在的位置|发布者|发布时间|版权|ICP|公网安备|地\s*址|技术支持|推荐访问|来源[:：]")
    return "\n".join(ln for ln in lines if not chrome.search(ln)) + "\n"


#: a small table of figures stated in seed 001 (阳谷县教育系统), to put tables in fixtures
SEED_001_TABLE = "项目\t数量\n基层党支部\t66个\n党员人数\t1510人\n县属学校\t9个\n乡镇中小学\t45个\n"


def with_table(text: str, after_line: int = 6, table: str = SEED_001_TABLE) -> str:
    """``text`` with a table inserted after its ``after_line``-th line."""
    lines = text.rstrip("\n").split("\n")
    return "\n".join(lines[:after_line] + table.rstrip("\n").split("\n") + lines[after_line:]) + "\n"


def corpus_text(name: str) -> str:
    return (CORPUS / name).read_text(encoding="utf-8")


def blocks(text: str) -> list[tuple[str, list]]:
    """The text as ("p", line) and ("table", rows) blocks."""
    out: list[tuple[str, list]] = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        if "\t" in line:
            row = line.split("\t")
            if out and out[-1][0] == "table":
                out[-1][1].append(row)
            else:
                out.append(("table", [row]))
        else:
            out.append(("p", [line]))
    return out


# --------------------------------------------------------------------------- HTML

#: what a county education-bureau site wraps around an article; none of it is body text
NAV = ("网站首页", "机构设置", "政务公开", "文件通知", "党建工作", "教育教学", "招生考试", "联系我们")
SIDEBAR = (
    "市教育局召开全市教育系统安全工作会议",
    "我区举行中小学教师基本功大赛颁奖仪式",
    "关于做好暑期学生安全教育工作的通知",
    "区教育局开展师德师风专项督查",
    "全区中小学校长培训班顺利开班",
    "关于公布区级优秀班主任评选结果的公示",
)
FOOTER = (
    "版权所有：东昌区教育信息中心",
    "吉ICP备07000858号",
    "吉公网安备 22050202000160号",
    "地址：吉林省通化市东昌区民主路51-14号 邮政编码：134001",
    "技术支持：长春首佳科技有限公司",
)
PREV_NEXT = ("上一篇：关于开展2017年度党员冬训工作的通知", "下一篇：区教育局关于做好新学期开学工作的通知")
#: strings of the chrome a reader must not return
CHROME = NAV + SIDEBAR + FOOTER + PREV_NEXT + ("您现在的位置", "最新动态", "热点新闻", "打印本页", "关闭窗口")


def make_html(text: str, path: Path, encoding: str = "utf-8", *, title: str | None = None,
              date: str = "2017-08-29", author: str = "管理员", headings: bool = True,
              declare: bool = True) -> Path:
    """Write ``text`` as an article page in realistic gov-site chrome.

    ``encoding`` is the page's byte encoding (utf-8, gbk ...), declared in a meta tag
    unless ``declare`` is False. The first line is the article title (<h1>); outline
    headings become <h2>/<h3> when ``headings``; TAB lines become a <table>.
    """
    bl = blocks(text)
    first = bl[0][1][0] if bl and bl[0][0] == "p" else "文章"
    title = title or first
    body: list[str] = []
    for kind, content in bl[1:] if bl and bl[0][0] == "p" else bl:
        if kind == "table":
            rows = "".join(
                "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>\n" for row in content
            )
            body.append(f'<table border="1" cellspacing="0" class="MsoTable">\n<tbody>\n{rows}</tbody></table>')
            continue
        line = content[0]
        lv = outline_level(line)
        if headings and is_heading(line) and lv is not None:
            tag = "h2" if lv[0] == 0 else "h3"
            body.append(f"<{tag}>{escape(line)}</{tag}>")
        else:
            body.append(f'<p style="text-indent:2em">{escape(line)}</p>')
    nav = "".join(f'<li><a href="/col/{i}/index.html">{n}</a></li>' for i, n in enumerate(NAV))
    side = "".join(
        f'<li><a href="/art/2017/8/{20 + i}/art_{1000 + i}.html" title="{s}">{s}</a><span>2017-08-{20 + i}</span></li>'
        for i, s in enumerate(SIDEBAR)
    )
    hot = "".join(f'<li><a href="/art/hot/{i}.html">{s}</a></li>' for i, s in enumerate(reversed(SIDEBAR)))
    charset = f'<meta http-equiv="Content-Type" content="text/html; charset={encoding}">' if declare else ""
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{charset}
<title>{escape(title)}_东昌区教育信息网</title>
<meta name="keywords" content="东昌区,教育,党建">
<meta name="ArticleTitle" content="{escape(title)}">
<meta name="PubDate" content="{date} 14:57">
<meta name="ContentSource" content="东昌区教育局">
<meta name="author" content="{escape(author)}">
<link rel="stylesheet" href="/css/style.css" type="text/css">
<script type="text/javascript">var _hmt = _hmt || []; function doZoom(size){{document.getElementById('zoom').style.fontSize=size+'px';}}</script>
</head>
<body>
<div id="top"><div class="logo"><img src="/images/logo.png" alt="东昌区教育信息网"></div>
<div class="search"><form action="/search"><input type="text" name="q"><input type="submit" value="搜索"></form></div></div>
<div id="nav"><ul>{nav}</ul></div>
<div class="main">
<div class="left">
<div class="box"><div class="box-title">最新动态</div><ul class="list">{side}</ul></div>
<div class="box"><div class="box-title">热点新闻</div><ul class="list">{hot}</ul></div>
</div>
<div class="right">
<div class="position">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/col/3/index.html">文件通知</a> &gt;&gt; <a href="/col/4/index.html">党建工作文件通知</a> &gt;&gt; 正文</div>
<div class="article">
<h1 class="title">{escape(first)}</h1>
<div class="info">发布者：{escape(author)}　　发布时间：{date} 14:57:00　　浏览次数：<span id="hits">1024</span>　　字体：[<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>]</div>
<div class="content" id="zoom">
{chr(10).join(body)}
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="prevnext"><p><a href="/art/2017/8/28/art_998.html">{PREV_NEXT[0]}</a></p><p><a href="/art/2017/8/30/art_1001.html">{PREV_NEXT[1]}</a></p></div>
<div class="tools"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
</div>
</div>
</div>
<div id="footer"><p>{FOOTER[0]}　{FOOTER[1]}</p><p>{FOOTER[3]}</p><p>{FOOTER[4]}</p><p><img src="/images/ga.png">{FOOTER[2]}</p></div>
</body>
</html>
"""
    path.write_bytes(page.encode(encoding, errors="strict"))
    return path


# --------------------------------------------------------------------------- DOCX

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_CN_NUM = re.compile(r"[一二三四五六七八九十]+")
_DIGITS = re.compile(r"\d+")


def _cn_value(s: str) -> int:
    digits = "一二三四五六七八九"
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + digits.index(s[1]) + 1
    if "十" in s:
        a, _, b = s.partition("十")
        return (digits.index(a) + 1) * 10 + (digits.index(b) + 1 if b else 0)
    return digits.index(s) + 1


def _number_value(number: str) -> tuple[int, str, str]:
    """("(一)") -> (1, "chineseCounting", "(%N)")."""
    m = _CN_NUM.search(number)
    if m:
        return _cn_value(m.group()), "chineseCounting", number[: m.start()] + "%N" + number[m.end():]
    m = _DIGITS.search(number)
    assert m, number
    return int(m.group()), "decimal", number[: m.start()] + "%N" + number[m.end():]


#: the Markdown line length a long paragraph is wrapped at (soft line breaks)
MD_WRAP = 38


def make_markdown(text: str, path: Path) -> Path:
    """``text`` as a Markdown file typed in a notes app: ``#`` title, ``##``/``###``
    headings, a bold run-in lead (up to the first 。 of a paragraph that has one early), long
    paragraphs wrapped every ``MD_WRAP`` characters, tables as pipe tables."""
    out: list[str] = []
    for n, (kind, rows) in enumerate(blocks(text)):
        if kind == "table":
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            out.extend("| " + " | ".join(r) + " |" for r in rows[1:])
        else:
            line = rows[0]
            level = outline_level(line)
            if n == 0:
                out.append("# " + line)
            elif is_heading(line):
                out.append(("## " if level[0] == 0 else "### ") + line)
            else:
                stop = line.find("。")
                if 0 < stop < 30 and stop < len(line) - 1:
                    line = "**" + line[: stop + 1] + "**" + line[stop + 1:]
                out.append("\n".join(line[i:i + MD_WRAP] for i in range(0, len(line), MD_WRAP)))
        out.append("")
    path.write_text("\n".join(out), encoding="utf-8")
    return path


def make_docx(text: str, path: Path, *, title: str | None = None, author: str = "东昌区教育局",
              numbering: bool = True) -> Path:
    """Write ``text`` as a Word document the way an office writes one.

    The first line gets the Title style; outline headings get Heading 1/Heading 2; TAB
    lines become a table. With ``numbering`` the outline numbers (一、 / (一) / 1. / (1))
    are taken OUT of the text and defined as Word automatic numbering in numbering.xml:
    one multi-level list, level 1 linked through the Heading 1 style, the others through
    each paragraph's own numPr; levels restart the way the source text does (a level
    that runs on across its parent gets w:lvlRestart), and a number the counters would
    not reach gets a new list instance with w:startOverride.
    """
    import docx
    from docx.oxml import parse_xml
    from docx.shared import Pt

    bl = blocks(text)
    doc = docx.Document()
    doc.core_properties.title = title or (bl[0][1][0] if bl else "")
    doc.core_properties.author = author
    items = [(i, outline_level(c[0])) for i, (k, c) in enumerate(bl) if k == "p"]
    items = [(i, lv) for i, lv in items if lv is not None]
    # lvlText and numFmt per level from the first number seen at that level
    fmts: dict[int, tuple[str, str]] = {}
    for _, (level, number) in items:
        if level not in fmts:
            _, fmt, pattern = _number_value(number)
            fmts[level] = (fmt, pattern.replace("%N", f"%{level + 1}"))
    # does a level run on when its parent changes? (seed 003: 1..18 across (一)..(五))
    runs_on: dict[int, bool] = {}
    last: dict[int, int] = {}
    parent_changed: dict[int, bool] = {}
    for _, (level, number) in items:
        value = _number_value(number)[0]
        if parent_changed.get(level) and level in last and value == last[level] + 1:
            runs_on[level] = True
        last[level] = value
        parent_changed[level] = False
        for deeper in range(level + 1, 9):
            parent_changed[deeper] = True
    if numbering and fmts:
        lvls = []
        for level in range(9):
            fmt, lvl_text = fmts.get(level, ("decimal", f"%{level + 1}."))
            restart = '<w:lvlRestart w:val="1"/>' if runs_on.get(level) and level >= 2 else ""
            lvls.append(
                f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{restart}'
                f'<w:lvlText w:val="{lvl_text}"/><w:suff w:val="nothing"/><w:lvlJc w:val="left"/></w:lvl>'
            )
        numbering_el = doc.part.numbering_part.element
        numbering_el.insert(0, parse_xml(
            f'<w:abstractNum {_W} w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>'
            + "".join(lvls) + "</w:abstractNum>"))
        numbering_el.append(parse_xml(f'<w:num {_W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
        h1 = doc.styles["Heading 1"].element
        h1.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {_W}><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr>'))
    # simulate the counters to know where a list instance must restart at a given value
    counters: dict[int, int | None] = {}
    next_num = 91
    current_num = "90"
    for idx, (kind, content) in enumerate(bl):
        if kind == "table":
            table = doc.add_table(rows=0, cols=max(len(r) for r in content))
            table.style = "Table Grid"
            for row in content:
                cells = table.add_row().cells
                for c, value in zip(cells, row):
                    c.text = value
            continue
        line = content[0]
        lv = outline_level(line)
        if idx == 0:
            doc.add_paragraph(line, style="Title")
            continue
        if lv is None or not numbering:
            style = None
            if lv is not None and is_heading(line):
                style = "Heading 1" if lv[0] == 0 else "Heading 2"
            p = doc.add_paragraph(line, style=style)
            if style:
                p.paragraph_format.first_line_indent = None
            else:
                p.paragraph_format.first_line_indent = Pt(24)
            if style == "Heading 1" and numbering and fmts:
                # the heading style carries numbering: switch it off for this paragraph
                p._p.get_or_add_pPr().append(parse_xml(
                    f'<w:numPr {_W}><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>'))
            continue
        level, number = lv
        value = _number_value(number)[0]
        expected = (counters.get(level) or 0) + 1
        if value != expected:
            # the source restarts (or jumps) here: a new list instance with startOverride
            nid = str(next_num)
            next_num += 1
            doc.part.numbering_part.element.append(parse_xml(
                f'<w:num {_W} w:numId="{nid}"><w:abstractNumId w:val="90"/>'
                f'<w:lvlOverride w:ilvl="{level}"><w:startOverride w:val="{value}"/></w:lvlOverride></w:num>'))
            current_num = nid
        counters[level] = value
        for deeper in range(level + 1, 9):
            if not (runs_on.get(deeper) and level >= 1):
                counters[deeper] = None
        body = line[len(number):].lstrip()
        if level == 0 and is_heading(line):
            p = doc.add_paragraph(body, style="Heading 1")
            if current_num != "90":
                p._p.get_or_add_pPr().append(parse_xml(
                    f'<w:numPr {_W}><w:ilvl w:val="0"/><w:numId w:val="{current_num}"/></w:numPr>'))
        else:
            style = "Heading 2" if level == 1 and is_heading(line) else None
            p = doc.add_paragraph(body, style=style)
            p._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {_W}><w:ilvl w:val="{level}"/><w:numId w:val="{current_num}"/></w:numPr>'))
    doc.save(str(path))
    return path


# --------------------------------------------------------------------------- PDF

#: the running header printed at the top of every PDF page (chrome, not body)
PDF_HEADER = "东昌区教育局文件汇编"


def _wrap(text: str, font: str, size: float, width: float, indent: float) -> list[str]:
    """Break ``text`` into lines that fit ``width`` (the first line ``indent`` narrower)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, cur, cur_w = [], "", indent
    for ch in text:
        w = stringWidth(ch, font, size)
        limit = width
        if cur and cur_w + w > limit:
            lines.append(cur)
            cur, cur_w = "", 0.0
        cur += ch
        cur_w += w
    if cur:
        lines.append(cur)
    return lines


def make_pdf(text: str, path: Path, *, body_size: float = 15.0, heading_size: float = 18.0,
             title_size: float = 21.0, header: str | None = PDF_HEADER, page_numbers: str = "— {n} —",
             encrypt: str | None = None) -> Path:
    """Write ``text`` as an A4 official-document-style PDF with reportlab's CJK CID font.

    Body paragraphs are wrapped to the text block with a two-character first-line indent;
    the first line is a centred title; outline headings are set in a bigger font; TAB
    lines become a ruled table; every page has a running ``header`` at the top and a
    ``page_numbers`` footer ("— 3 —"). Paragraphs flow across page breaks. ``encrypt``
    sets a user password.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    font = "STSong-Light"
    if font not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(font))
    page_w, page_h = A4
    left, right, top, bottom = 28 * 2.835, 26 * 2.835, 37 * 2.835, 35 * 2.835
    width = page_w - left - right
    c = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt, invariant=1)
    c.setTitle(blocks(text)[0][1][0] if blocks(text) else "")
    c.setAuthor("东昌区教育局")
    state = {"y": page_h - top, "page": 1}

    def decorate() -> None:
        if header:
            c.setFont(font, 10.5)
            c.drawCentredString(page_w / 2, page_h - top + 30, header)
            c.setLineWidth(0.5)
            c.line(left, page_h - top + 24, page_w - right, page_h - top + 24)
        if page_numbers:
            c.setFont(font, 14)
            c.drawCentredString(page_w / 2, bottom - 36, page_numbers.format(n=state["page"]))

    def need(height: float) -> None:
        if state["y"] - height < bottom:
            c.showPage()
            state["page"] += 1
            state["y"] = page_h - top
            decorate()

    decorate()
    for i, (kind, content) in enumerate(blocks(text)):
        if kind == "table":
            cols = max(len(r) for r in content)
            row_h = body_size * 1.9
            col_w = width / cols
            state["y"] -= body_size * 0.8
            for row in content:
                need(row_h)
                y = state["y"]
                c.setLineWidth(0.8)
                c.line(left, y, left + width, y)
                c.line(left, y - row_h, left + width, y - row_h)
                for k in range(cols + 1):
                    c.line(left + k * col_w, y, left + k * col_w, y - row_h)
                c.setFont(font, body_size - 2)
                for k, cell in enumerate(row):
                    c.drawString(left + k * col_w + 6, y - row_h + (row_h - body_size) / 2 + 2, cell)
                state["y"] -= row_h
            state["y"] -= body_size * 0.8
            continue
        line = content[0]
        lv = outline_level(line)
        if i == 0:
            size, indent, centred = title_size, 0.0, True
        elif lv is not None and is_heading(line):
            size, indent, centred = heading_size, 2 * body_size if lv[0] else 0.0, False
        else:
            size, indent, centred = body_size, 2 * body_size, False
        leading = size * 1.75
        wrapped = _wrap(line, font, size, width, indent if not centred else 0.0)
        for k, part in enumerate(wrapped):
            need(leading)
            state["y"] -= leading
            c.setFont(font, size)
            if centred:
                c.drawCentredString(page_w / 2, state["y"], part)
            else:
                c.drawString(left + (indent if k == 0 else 0.0), state["y"], part)
        if i == 0:
            state["y"] -= size
    c.showPage()
    c.save()
    return path
