"""HTML pages: the article body, one paragraph or heading per line, without site chrome.

Bytes are decoded honestly (BOM, declared meta charset, then detection; GBK pages are
common and are decoded as GB18030). trafilatura finds the article and keeps headings,
paragraphs, list items, line breaks and tables (rows as TAB-separated lines); lines it
lets through that are plainly page chrome (上一篇/下一篇, 打印本页 关闭窗口, copyright and
ICP lines ...) are dropped using the marker list in ``data/read/html_leaks.txt``. When
trafilatura finds nothing, the largest block of text in the page is taken instead.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from ..errors import BrokenFile, EmptyDocument
from ..records import RawText
from ._common import (
    MAX_BYTES,
    bom_codec,
    check_text,
    decode_bytes,
    join_lines,
    load_bytes,
    load_markers,
    provenance,
)

#: a leaked chrome line is at most this long; longer lines are body text that may quote a marker
LEAK_MAX_CHARS = 60

#: a table cell with more text than this is page layout, not a data table
LAYOUT_CELL_CHARS = 400

#: charset declared in <meta charset=...> or <meta http-equiv content="...; charset=...">
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
#: an XML declaration's encoding (XHTML)
XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-]+)""", re.IGNORECASE)

#: elements whose text is never article text
NON_CONTENT = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form",
               "select", "button", "iframe", "template", "svg")
#: block elements the fallback collects lines from
BLOCKS = {"p", "div", "td", "th", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
          "blockquote", "section", "article", "dd", "dt", "center", "font", "span", "br"}

#: meta tags many Chinese government CMSs fill in, by our metadata key
META_NAMES = {
    "author": ("author", "Author"),
    "source": ("ContentSource", "source", "Source"),
    "date": ("PubDate", "pubdate", "publishdate", "firstpublishedtime"),
    "title": ("ArticleTitle",),
}
_SPACE = re.compile(r"[ \t\r\f\v\u00a0\u3000]+")


@lru_cache(maxsize=1)
def _leak_markers() -> tuple[str, ...]:
    return load_markers("html_leaks.txt")


def read_html(path: Path, *, max_bytes: int = MAX_BYTES) -> RawText:
    """Read an HTML page and return its article text with page metadata."""
    path = Path(path)
    data = load_bytes(path, max_bytes)
    return html_from_bytes(data, path)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first bytes (meta tag or XML declaration)."""
    head = data[:8192]
    m = META_CHARSET.search(head) or XML_ENCODING.search(head)
    return m.group(1).decode("ascii") if m else None


def html_from_bytes(data: bytes, path: Path) -> RawText:
    """Decode already-loaded page bytes and extract the article."""
    if not data.strip():
        raise EmptyDocument("file is empty", path=str(path))
    declared = None if bom_codec(data) else declared_charset(data)
    markup, codec = decode_bytes(data, declared, path=str(path))
    check_text(markup, path=str(path))
    try:
        tree = lxml_html.document_fromstring(markup.replace("\x00", ""))
    except (etree.ParserError, ValueError) as exc:
        raise BrokenFile("cannot parse the HTML page", path=str(path)) from exc
    warnings: list[str] = []
    if declared and codec not in (declared.lower(), "gb18030"):
        warnings.append(f"page declares charset {declared} but decodes as {codec}")
    unwrapped = _unwrap_layout_tables(tree)
    if unwrapped:
        warnings.append(f"treated {unwrapped} layout table(s) as page blocks")
    _split_at_br(tree)
    lines, meta = _trafilatura_lines(tree)
    if not lines:
        lines = _largest_block(lxml_html.document_fromstring(markup.replace("\x00", "")))
        if lines:
            warnings.append("article extractor found nothing; kept the largest text block")
    kept = [ln for ln in lines if not _is_leak(ln)]
    if len(kept) < len(lines):
        warnings.append(f"dropped {len(lines) - len(kept)} page-chrome lines")
    kept = _with_title(kept, tree, meta)
    text = join_lines(kept)
    if not text.strip():
        raise EmptyDocument("page holds no text", path=str(path))
    meta.update({k: v for k, v in _meta_tags(tree).items() if k not in meta})
    prov = provenance(path, data, "html", encoding=codec, metadata=meta, warnings=warnings)
    return RawText(text=text, provenance=prov)


# --------------------------------------------------------------------------- trafilatura


def _unwrap_layout_tables(tree: lxml_html.HtmlElement) -> int:
    """Turn tables used for page layout (old CMS pages) into plain blocks, so that the
    article inside is not mistaken for one huge table cell. A layout table nests another
    table or has a cell holding a long run of text; data tables have neither."""
    count = 0
    for table in list(tree.iter("table")):
        cells = [c for c in table.iter("td", "th") if _owner_table(c) is table]
        nested = any(t is not table for t in table.iter("table"))
        long_cell = any(len("".join(c.itertext()).strip()) > LAYOUT_CELL_CHARS for c in cells)
        if not (nested or long_cell):
            continue
        count += 1
        for el in [table, *(e for e in table.iter("tbody", "thead", "tfoot", "tr", "td", "th")
                            if _owner_table(e) is table)]:
            el.tag = "div"
            for attr in ("colspan", "rowspan", "width", "valign"):
                el.attrib.pop(attr, None)
    return count


#: inline elements that old pages wrap whole articles in
INLINE = {"font", "span", "b", "strong", "em", "i", "u", "a", "small", "big", "label"}


def _split_at_br(tree: lxml_html.HtmlElement) -> None:
    """Pages that separate paragraphs with <br> get one <p> per run between breaks, so the
    paragraph breaks survive article extraction (which otherwise joins them)."""
    parents: list = []
    seen: set[int] = set()
    for br in tree.iter("br"):
        par = br.getparent()
        if par is not None and id(par) not in seen:
            seen.add(id(par))
            parents.append(par)
    for parent in reversed(parents):  # innermost first, in a fixed order
        # inside a cell, list item or paragraph a <br> is a line break: trafilatura keeps it
        if parent.tag not in ("td", "th", "li", "p", "h1", "h2", "h3", "h4", "h5", "h6"):
            _regroup(parent)


def _regroup(parent: etree._Element) -> None:
    """Rebuild ``parent``'s content as <p> runs split at its direct <br> children."""
    if parent.tag in INLINE:
        parent.tag = "div"
    run: list = [parent.text or ""]
    parent.text = None
    children = list(parent)
    for child in children:
        parent.remove(child)
    for child in children:
        tail, child.tail = child.tail or "", None
        if child.tag == "br":
            _emit_run(parent, run)
            run = []
        elif isinstance(child.tag, str) and child.tag not in INLINE:
            _emit_run(parent, run)
            run = []
            parent.append(child)
        else:
            run.append(child)
        run.append(tail)
    _emit_run(parent, run)


def _emit_run(parent: etree._Element, run: list) -> None:
    """Append the strings and inline elements of ``run`` to ``parent`` as one <p>."""
    if not any((x if isinstance(x, str) else "".join(x.itertext())).strip() for x in run):
        return
    p = etree.SubElement(parent, "p")
    for x in run:
        if not isinstance(x, str):
            p.append(x)
        elif len(p):
            p[-1].tail = (p[-1].tail or "") + x
        else:
            p.text = (p.text or "") + x


def _owner_table(el: etree._Element) -> etree._Element | None:
    node = el.getparent()
    while node is not None and node.tag != "table":
        node = node.getparent()
    return node


def _trafilatura_lines(tree: lxml_html.HtmlElement) -> tuple[list[str], dict[str, str]]:
    """Article lines (tables as TAB rows, framed by "" markers) and metadata."""
    import trafilatura

    xml = trafilatura.extract(
        tree, output_format="xml", include_tables=True, include_comments=False,
        include_links=False, include_images=False, include_formatting=False,
        with_metadata=True, deduplicate=False,
        # only dates the page states in its markup, not guesses from the body text
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if not xml:
        return [], {}
    root = etree.fromstring(xml.encode("utf-8"))
    meta = {k: v.strip() for k, v in root.attrib.items()
            if k in ("title", "author", "date", "sitename", "description", "categories") and v.strip()}
    if "sitename" in meta:
        meta.setdefault("source", meta["sitename"])
    main = root.find("main")
    lines: list[str] = []
    if main is not None:
        for el in main:
            _element_lines(el, lines)
    return lines, meta


def _element_lines(el: etree._Element, out: list[str]) -> None:
    tag = el.tag
    if tag == "table":
        out.append("")
        for row in el.iter("row"):
            cells = [_flat(c) for c in row if c.tag == "cell"]
            if any(cells):
                out.append("\t".join(cells))
        out.append("")
    elif tag in ("list", "quote", "div"):
        for child in el:
            _element_lines(child, out)
        if (el.text or "").strip():
            out.append(_flat_text(el.text or ""))
    elif tag == "graphic":
        return
    else:  # head, p, item, code, ...
        out.extend(_split_lb(el))


def _split_lb(el: etree._Element) -> list[str]:
    """An element's text split at <lb/> (a <br> in the page), nested inline text in order."""
    parts: list[str] = [""]

    def walk(node: etree._Element) -> None:
        if node.tag == "lb":
            parts.append("")
        else:
            parts[-1] += node.text or ""
            for child in node:
                walk(child)
        if node is not el:
            parts[-1] += node.tail or ""

    walk(el)
    return [_flat_text(p) for p in parts if p.strip()]


def _flat(el: etree._Element) -> str:
    return _flat_text("".join(el.itertext()))


def _flat_text(s: str) -> str:
    return _SPACE.sub(" ", s.replace("\n", " ")).strip()


def _is_leak(line: str) -> bool:
    if not line or "\t" in line or len(line) > LEAK_MAX_CHARS:
        return False
    return any(m in line for m in _leak_markers())


# --------------------------------------------------------------------------- title, meta


def _with_title(lines: list[str], tree: lxml_html.HtmlElement, meta: dict[str, str]) -> list[str]:
    """Put the article's visible title (its <h1>, or an element whose text is the
    stated title) in front when the extractor left it out."""
    body = "\n".join(lines[:5])
    cands = []
    for h in tree.iter("h1"):
        cands.append(_flat(h))
    stated = meta.get("title")
    if stated:
        for el in tree.iter("h2", "h3", "div", "td", "p", "span", "strong", "b", "font"):
            if len(el) == 0 and _flat(el) == stated:
                cands.append(stated)
                break
    for title in cands:
        if title and title not in body and not _is_leak(title):
            return [title, *lines]
        if title and title in body:
            break
    return lines


def _meta_tags(tree: lxml_html.HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    metas = {m.get("name"): (m.get("content") or "").strip() for m in tree.iter("meta") if m.get("name")}
    for key, names in META_NAMES.items():
        for n in names:
            if metas.get(n):
                found[key] = metas[n]
                break
    title = tree.find(".//title")
    if title is not None and "title" not in found and _flat(title):
        found["title"] = _flat(title)
    return found


# --------------------------------------------------------------------------- fallback


def _largest_block(tree: lxml_html.HtmlElement) -> list[str]:
    """Lines of the element that holds the most non-link text directly in its blocks."""
    for bad in tree.xpath("|".join(f"//{t}" for t in NON_CONTENT)):
        bad.drop_tree()
    body = tree.find("body")
    root = body if body is not None else tree
    best, best_len = None, 0
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        own = _own_text_len(el)
        if own > best_len:
            best, best_len = el, own
    if best is None:
        return []
    if best.getparent() is not None and best.tag in ("p", "br", "span", "font", "li"):
        best = best.getparent()
    return _block_lines(best)


def _own_text_len(el: etree._Element) -> int:
    """Characters of text in ``el``'s direct text and direct inline children, not in links."""
    n = len((el.text or "").strip())
    for child in el:
        if not isinstance(child.tag, str):
            continue
        if child.tag in ("p", "br", "span", "font", "strong", "b", "em", "i", "u"):
            n += sum(len(t.strip()) for t in child.xpath(".//text()[not(ancestor::a)]"))
        n += len((child.tail or "").strip())
    return n


def _block_lines(el: etree._Element) -> list[str]:
    lines: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        s = _flat_text("".join(buf))
        if s:
            lines.append(s)
        buf.clear()

    def walk(node: etree._Element) -> None:
        if not isinstance(node.tag, str):
            buf.append(node.tail or "")
            return
        block = node.tag in BLOCKS and node.tag not in ("span", "font")
        if node.tag == "table":
            flush()
            lines.append("")
            for tr in node.iter("tr"):
                cells = [_flat(c) for c in tr if c.tag in ("td", "th")]
                if any(cells):
                    lines.append("\t".join(cells))
            lines.append("")
            buf.append(node.tail or "")
            return
        if block:
            flush()
        buf.append(node.text or "")
        for child in node:
            walk(child)
        if block:
            flush()
        buf.append(node.tail or "")

    walk(el)
    flush()
    return lines
