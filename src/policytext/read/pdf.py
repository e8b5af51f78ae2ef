"""PDF files with a text layer: paragraphs rebuilt from line geometry, tables as rows.

pypdfium2 gives the text and the line boxes quickly (well over 100 pages/s on a small
machine); pdfplumber, much slower, is asked for tables only on pages whose drawing has
enough ruling lines or rectangles to hold one. Wrapped lines are rejoined, page numbers
and running headers dropped, and paragraphs that cross a page break joined, in
:mod:`policytext.read.pdf_layout`. A PDF with no text on any page is a scan and needs OCR.
"""
from __future__ import annotations

import ctypes
import io
from itertools import pairwise
from pathlib import Path

from ..errors import BrokenFile, EmptyDocument, EncryptedPDF, ScannedPDF
from ..records import RawText
from ._common import MAX_BYTES, join_lines, load_bytes, provenance
from .pdf_layout import Line, column_runs, join_wrapped, measure, paragraphs, strip_furniture

#: a page with at least this many drawn path objects may hold a ruled table
TABLE_PATHS = 4
#: metadata keys of the PDF info dictionary we keep, by our name
INFO_KEYS = {"Title": "title", "Author": "author", "Subject": "subject", "Keywords": "keywords",
             "Creator": "creator", "Producer": "producer", "CreationDate": "created",
             "ModDate": "modified"}


def read_pdf(path: Path, *, max_bytes: int = MAX_BYTES, tables: bool = True) -> RawText:
    """Read a PDF's text layer into paragraph lines; tables (when ``tables``) as TAB rows."""
    path = Path(path)
    data = load_bytes(path, max_bytes)
    return pdf_from_bytes(data, path, tables=tables)


def pdf_from_bytes(data: bytes, path: Path, *, tables: bool = True) -> RawText:
    """Read already-loaded PDF bytes."""
    import pypdfium2 as pdfium
    from pypdfium2 import raw

    if not data.strip():
        raise EmptyDocument("file is empty", path=str(path))
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code in (raw.FPDF_ERR_PASSWORD, raw.FPDF_ERR_SECURITY):
            raise EncryptedPDF("is encrypted and needs a password to open", path=str(path)) from exc
        raise BrokenFile("is not a readable PDF (truncated or corrupt)", path=str(path)) from exc
    try:
        n_pages = len(pdf)
        if n_pages == 0:
            raise BrokenFile("is not a readable PDF (it has no pages)", path=str(path))
        warnings: list[str] = []
        pages: list[list[Line]] = []
        heights: list[float] = []
        table_pages: list[int] = []
        empty_pages: list[int] = []
        suspect_pages: list[int] = []
        for i in range(n_pages):
            try:
                page = pdf[i]
            except pdfium.PdfiumError as exc:
                raise BrokenFile(f"is not a readable PDF (page {i + 1} is damaged)",
                                 path=str(path)) from exc
            try:
                heights.append(page.get_height())
                paths, text_objs = _object_counts(page, raw)
                lines, complete = _page_lines(page, i, raw, text_objs)
                if not complete:
                    suspect_pages.append(i)
                if not any(ln.text.strip() for ln in lines) and text_objs == 0:
                    empty_pages.append(i + 1)
                if tables and paths >= TABLE_PATHS:
                    table_pages.append(i)
                pages.append(lines)
            finally:
                page.close()
        metadata = _metadata(pdf)
    finally:
        pdf.close()
    if len(empty_pages) == n_pages:
        raise ScannedPDF("has no text layer (scanned?); run OCR first, e.g. ocrmypdf", path=str(path))
    if empty_pages:
        shown = ", ".join(map(str, empty_pages[:10])) + (" ..." if len(empty_pages) > 10 else "")
        warnings.append(f"pages without a text layer (scanned?): {shown}")
    if suspect_pages:
        _reread_pages(data, pages, heights, suspect_pages)
        warnings.append(f"{len(suspect_pages)} page(s) re-read with pdfminer (fonts without glyph boxes)")
    if table_pages:
        found = _insert_tables(data, pages, heights, table_pages)
        if found:
            warnings.append(f"{found} table(s) read as rows")
    pages, dropped = strip_furniture(pages, heights)
    layout = measure(pages)
    text = join_lines(paragraphs(pages, layout))
    if not text.strip():
        raise EmptyDocument("PDF holds no text", path=str(path))
    if dropped:
        metadata_note = f"dropped {len(dropped)} page numbers / running header and footer lines"
        warnings.append(metadata_note)
    prov = provenance(path, data, "pdf", pages=n_pages, metadata=metadata, warnings=warnings)
    return RawText(text=text, provenance=prov)


# --------------------------------------------------------------------------- pypdfium2


def _page_lines(page, index: int, raw, text_objs: int) -> tuple[list[Line], bool]:
    """The page's lines in reading order (top to bottom), with their geometry, and whether
    pdfium's text is complete.

    pdfium drops a one-character text object that it takes for a duplicate of the one
    before when glyph boxes are empty (a CJK font that is neither embedded nor installed).
    On pages whose glyph boxes are empty we check that every text object is represented.
    """
    textpage = page.get_textpage()
    try:
        n = textpage.count_chars()
        if n <= 0:
            return [], text_objs == 0
        text = textpage.get_text_range(0, n)
        tp = textpage.raw
        if len(text) != n:  # characters outside the BMP: index one by one
            text = "".join(chr(raw.FPDFText_GetUnicode(tp, i) or 32) for i in range(n))
        left, right, bottom, top = (ctypes.c_double() for _ in range(4))
        complete = True
        if _empty_glyph_boxes(tp, n, text, raw, left, right, bottom, top):
            seen = set()
            for i in range(n):
                addr = ctypes.cast(raw.FPDFText_GetTextObject(tp, i), ctypes.c_void_p).value
                if addr:  # generated spaces and line breaks belong to no object
                    seen.add(addr)
            complete = len(seen) >= text_objs
        ox, oy = ctypes.c_double(), ctypes.c_double()

        def box(i: int) -> tuple[float, float]:
            raw.FPDFText_GetCharBox(tp, i, ctypes.byref(left), ctypes.byref(right),
                                    ctypes.byref(bottom), ctypes.byref(top))
            return left.value, right.value

        lines: list[Line] = []
        start = 0
        for end in sorted(set(_line_ends(text)) | set(_gap_ends(text, box))):
            seg = text[start:end]
            a = start + (len(seg) - len(seg.lstrip()))
            b = start + len(seg.rstrip()) - 1
            if b >= a:
                x0 = box(a)[0]
                x1 = box(b)[1]
                raw.FPDFText_GetCharOrigin(tp, a, ctypes.byref(ox), ctypes.byref(oy))
                size = raw.FPDFText_GetFontSize(tp, a)
                if b > a:  # the first character may be an odd one (bullet, digit)
                    size = max(size, raw.FPDFText_GetFontSize(tp, min(b, a + 1)))
                lines.append(Line(text=text[a:b + 1].replace("\r", "").replace("\n", ""),
                                  x0=x0, x1=x1, y=oy.value, size=size, page=index))
            start = end
        return _in_reading_order(lines), complete
    finally:
        textpage.close()


def _empty_glyph_boxes(tp, n: int, text: str, raw, left, right, bottom, top) -> bool:
    """True when most sampled characters have a zero-height box."""
    step = max(1, n // 24)
    flat = total = 0
    for i in range(0, n, step):
        if text[i] in " \r\n":
            continue
        raw.FPDFText_GetCharBox(tp, i, ctypes.byref(left), ctypes.byref(right),
                                ctypes.byref(bottom), ctypes.byref(top))
        total += 1
        flat += (top.value - bottom.value) < 0.5
    return total > 0 and flat * 2 > total


def _reread_pages(data: bytes, pages: list[list[Line]], heights: list[float], which: list[int]) -> None:
    """Replace the lines of ``which`` pages by pdfminer's (via pdfplumber): slower, complete."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pl:
        for i in which:
            page = pl.pages[i]
            lines = []
            for tl in page.extract_text_lines(return_chars=True, layout=False):
                chars = [c for c in tl["chars"] if c["text"].strip()]
                for piece in _gutter_pieces(chars):  # one line of each of two columns
                    size = piece[min(1, len(piece) - 1)]["size"]
                    lines.append(Line(text=_piece_text(piece), x0=piece[0]["x0"],
                                      x1=piece[-1]["x1"], y=heights[i] - piece[0]["bottom"], size=size, page=i))
            pages[i] = _in_reading_order(lines)


def _line_ends(text: str) -> list[int]:
    """Ends of pdfium's lines: after each generated CR LF, and the text's end."""
    ends = []
    pos = text.find("\r\n")
    while pos != -1:
        ends.append(pos + 2)
        pos = text.find("\r\n", pos + 2)
    ends.append(len(text))
    return ends


#: a gap wider than this many of its neighbours' widths between two characters of one
#: printed line is a gutter: the line is two pieces (the same line of two columns)
GUTTER_WIDTHS = 3.0
#: a gap wider than this share of the font size between two pieces of one line is a space
WORD_GAP = 0.5


def _is_gutter(left: tuple[float, float], right: tuple[float, float]) -> bool:
    """Do two characters of one printed line, given as (x0, x1), stand a gutter apart?"""
    return right[0] - left[1] > GUTTER_WIDTHS * max(left[1] - left[0], right[1] - right[0], 1.0)


def _gap_ends(text: str, box) -> list[int]:
    """Ends of line pieces at gutters: after a space pdfium generated between two
    characters that stand far apart on one baseline (one line of each of two columns)."""
    ends = []
    pos = text.find(" ")
    while pos != -1:
        if (0 < pos < len(text) - 1 and text[pos - 1].strip() and text[pos + 1].strip()
                and _is_gutter(box(pos - 1), box(pos + 1))):
            ends.append(pos + 1)
        pos = text.find(" ", pos + 1)
    return ends


def _gutter_pieces(chars: list[dict]) -> list[list[dict]]:
    """pdfminer's characters of one printed line, split at gutters (see :data:`GUTTER_WIDTHS`)."""
    pieces: list[list[dict]] = []
    for c in chars:
        if pieces and not _is_gutter((pieces[-1][-1]["x0"], pieces[-1][-1]["x1"]), (c["x0"], c["x1"])):
            pieces[-1].append(c)
            continue
        pieces.append([c])
    return pieces


def _piece_text(chars: list[dict]) -> str:
    """The text of a run of pdfminer characters, a space where they stand apart (Word 文档)."""
    out = [chars[0]["text"]]
    for a, b in pairwise(chars):
        if b["x0"] - a["x1"] > WORD_GAP * max(a["size"], 1.0):
            out.append(" ")
        out.append(b["text"])
    return "".join(out)


def _in_reading_order(lines: list[Line]) -> list[Line]:
    """A page's lines top to bottom, a two-column page column by column (see
    :func:`column_runs`), pieces on one baseline joined."""
    # the content stream may draw lines in any order (headers last, footers first)
    lines.sort(key=lambda ln: (-round(ln.y, 0), ln.x0))
    runs = column_runs(lines)
    if runs is None:
        return _merge_same_baseline(lines)
    return [ln for run in runs for ln in _merge_same_baseline(run)]


def _merge_same_baseline(lines: list[Line]) -> list[Line]:
    """Pieces pdfium split on one baseline (a gap, a font change) become one line."""
    out: list[Line] = []
    for ln in lines:
        last = out[-1] if out else None
        if last is not None and abs(last.y - ln.y) < 0.3 * max(ln.size, 1.0) and ln.x0 >= last.x1 - 1:
            gap = ln.x0 - last.x1
            sep = " " if gap > WORD_GAP * ln.size else ""
            last.text = (last.text + sep + ln.text) if sep else join_wrapped(last.text, ln.text)
            last.x1 = ln.x1
            continue
        out.append(ln)
    return out


def _object_counts(page, raw) -> tuple[int, int]:
    """(drawn path objects, text objects) on the page: paths are cheap table evidence."""
    paths = texts = 0
    n = raw.FPDFPage_CountObjects(page.raw)
    for i in range(n):
        kind = raw.FPDFPageObj_GetType(raw.FPDFPage_GetObject(page.raw, i))
        if kind == raw.FPDF_PAGEOBJ_PATH:
            paths += 1
        elif kind == raw.FPDF_PAGEOBJ_TEXT:
            texts += 1
    return paths, texts


def _metadata(pdf) -> dict[str, str]:
    meta: dict[str, str] = {}
    try:
        info = pdf.get_metadata_dict(skip_empty=True)
    except Exception:  # noqa: BLE001 - a broken info dictionary is not worth failing for
        return meta
    for key, name in INFO_KEYS.items():
        value = info.get(key)
        if value and str(value).strip():
            meta[name] = _pdf_date(str(value).strip()) if name in ("created", "modified") else str(value).strip()
    return meta


def _pdf_date(value: str) -> str:
    """D:20170829145700+08'00' -> 2017-08-29T14:57:00 (as much as is given)."""
    v = value.removeprefix("D:")
    digits = "".join(ch for ch in v[:14] if ch.isdigit())
    if len(digits) < 4:
        return value
    out = digits[:4]
    if len(digits) >= 8:
        out += f"-{digits[4:6]}-{digits[6:8]}"
    if len(digits) >= 14:
        out += f"T{digits[8:10]}:{digits[10:12]}:{digits[12:14]}"
    return out


# --------------------------------------------------------------------------- pdfplumber tables


def _insert_tables(data: bytes, pages: list[list[Line]], heights: list[float],
                   candidates: list[int]) -> int:
    """Find ruled tables with pdfplumber on candidate pages; replace the lines inside each
    table's box by one table item. Returns the number of tables found."""
    import pdfplumber

    found = 0
    with pdfplumber.open(io.BytesIO(data)) as pl:
        for i in candidates:
            try:
                tables = pl.pages[i].find_tables()
            except Exception:  # noqa: BLE001, S112 - table finding is a bonus; the text is kept
                continue
            for t in tables:
                rows = [[_cell_text(c) for c in row] for row in t.extract()]
                rows = [r for r in rows if any(r)]
                if len(rows) < 2 or max(len(r) for r in rows) < 2:
                    continue  # a box around a paragraph, not a table
                x0, top, x1, bottom = t.bbox
                y_top, y_bottom = heights[i] - top, heights[i] - bottom
                inside = [ln for ln in pages[i]
                          if y_bottom - 1 <= ln.y <= y_top + 1 and ln.x1 >= x0 - 1 and ln.x0 <= x1 + 1]
                if not inside:
                    continue
                keep = [ln for ln in pages[i] if all(ln is not j for j in inside)]
                item = Line(text="", x0=x0, x1=x1, y=max(ln.y for ln in inside), size=0.0,
                            page=i, table=rows)
                pos = next((k for k, ln in enumerate(keep) if ln.y < item.y), len(keep))
                keep.insert(pos, item)
                pages[i] = keep
                found += 1
    return found


def _cell_text(cell: str | None) -> str:
    if not cell:
        return ""
    parts = [p.strip() for p in cell.replace("\t", " ").split("\n") if p.strip()]
    out = ""
    for p in parts:
        out = join_wrapped(out, p)
    return out
