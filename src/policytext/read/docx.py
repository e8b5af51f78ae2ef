"""Word .docx files: body paragraphs and tables in document order.

Automatic numbering defined in numbering.xml is rendered into the text (see
:mod:`policytext.read.numbering`), so "一、总体要求" reads as written even when the "一、"
exists only as Word list numbering. Tables become TAB-separated rows; core properties
(title, author, created ...) go into the provenance metadata.
"""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

from ..errors import BrokenFile, EmptyDocument
from ..records import RawText
from ._common import MAX_BYTES, join_lines, load_bytes, provenance
from .numbering import Numbering

_SPACE = re.compile(r"[ \t\u00a0]+")
#: a number text ending in one of these needs no space before the paragraph text
_NUM_END = "、.．）)]】:："


def read_docx(path: Path, *, max_bytes: int = MAX_BYTES) -> RawText:
    """Read a .docx file: paragraphs (with rendered list numbers) and tables, in order."""
    import io

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    path = Path(path)
    data = load_bytes(path, max_bytes)
    if not data.strip():
        raise EmptyDocument("file is empty", path=str(path))
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise BrokenFile("is not a readable .docx file (corrupt or not a Word document)",
                         path=str(path)) from exc
    except Exception as exc:  # lxml XMLSyntaxError and friends from a damaged part
        if type(exc).__module__.startswith(("lxml", "docx", "zipfile")):
            raise BrokenFile("is not a readable .docx file (a damaged part)", path=str(path)) from exc
        raise
    numbering = Numbering.from_document(document)
    warnings: list[str] = []
    lines = _body_lines(document, numbering, warnings)
    text = join_lines(lines)
    if not text.strip():
        raise EmptyDocument("document holds no text", path=str(path))
    prov = provenance(path, data, "docx", metadata=_core_properties(document), warnings=warnings)
    return RawText(text=text, provenance=prov)


def _body_lines(document, numbering: Numbering, warnings: list[str]) -> list[str]:
    from docx.oxml.ns import qn

    lines: list[str] = []
    style_names = {s.style_id: (s.name or "") for s in document.styles}

    def walk(container) -> None:
        for child in container.iterchildren():
            tag = child.tag
            if tag == qn("w:p"):
                lines.extend(_paragraph_lines(child, numbering, style_names))
            elif tag == qn("w:tbl"):
                lines.append("")
                lines.extend(_table_rows(child))
                lines.append("")
            elif tag == qn("w:sdt"):
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    walk(content)
            elif tag in (qn("w:customXml"), qn("w:ins")):
                walk(child)

    walk(document.element.body)
    return lines


def _paragraph_lines(p_el, numbering: Numbering, style_names: dict[str, str]) -> list[str]:
    from docx.oxml.ns import qn

    style = p_el.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    style_id = style.get(qn("w:val")) if style is not None else None
    text = _run_text(p_el)
    resolved = numbering.resolve(p_el, style_id)
    if resolved is not None:
        label = numbering.label(*resolved)
        if label and text.strip():
            sep = "" if label[-1] in _NUM_END or not label[-1].isascii() else " "
            text = label + sep + text.lstrip()
    parts = [_SPACE.sub(" ", t).strip() for t in text.split("\n")]
    return [t for t in parts if t]


def _run_text(el) -> str:
    """Visible text of a paragraph: runs, hyperlinks, fields' results, breaks and tabs;
    deleted revisions, text moved away (its copy stands where it was moved to) and field
    codes are skipped: the text reads as with every tracked change accepted."""
    from docx.oxml.ns import qn

    out: list[str] = []
    skip_tags = {qn("w:del"), qn("w:moveFrom"), qn("w:instrText"), qn("w:delText"), qn("w:pPr"), qn("w:rPr"),
                 qn("w:fldSimple") + "#never"}
    in_field_code = False

    def walk(node) -> None:
        nonlocal in_field_code
        for child in node.iterchildren():
            tag = child.tag
            if tag in skip_tags:
                continue
            if tag == qn("w:fldChar"):
                kind = child.get(qn("w:fldCharType"))
                if kind == "begin":
                    in_field_code = True
                elif kind in ("separate", "end"):
                    in_field_code = False
                continue
            if tag == qn("w:t"):
                if not in_field_code:
                    out.append(child.text or "")
            elif tag == qn("w:tab") or tag == qn("w:ptab"):
                out.append(" ")
            elif tag in (qn("w:br"), qn("w:cr")):
                if child.get(qn("w:type")) in (None, "textWrapping"):
                    out.append("\n")
            elif tag == qn("w:noBreakHyphen"):
                out.append("-")
            elif tag == qn("w:sym"):
                char = child.get(qn("w:char"))
                if char:
                    try:
                        code = int(char, 16)
                        out.append(chr(code - 0xF000) if code >= 0xF000 else chr(code))
                    except ValueError:
                        pass
            elif tag == qn("w:txbxContent") or tag.endswith(("}drawing", "}pict")):
                continue  # text boxes float outside the reading order
            else:
                walk(child)

    walk(el)
    return "".join(out)


def _table_rows(tbl) -> list[str]:
    """One TAB-separated line per row; a horizontally merged cell appears once."""
    from docx.oxml.ns import qn

    rows = []
    for tr in tbl.iterchildren(qn("w:tr")):
        cells = []
        for tc in tr.iterchildren(qn("w:tc")):
            paras = []
            for p in tc.iter(qn("w:p")):
                t = _SPACE.sub(" ", _run_text(p).replace("\n", " ")).strip()
                if t:
                    paras.append(t)
            cells.append(" ".join(paras))
        if any(cells):
            rows.append("\t".join(cells))
    return rows


def _core_properties(document) -> dict[str, str]:
    meta: dict[str, str] = {}
    try:
        cp = document.core_properties
    except Exception:  # noqa: BLE001 - a missing or odd core part is not worth failing for
        return meta
    for key in ("title", "author", "subject", "keywords", "category", "last_modified_by"):
        value = getattr(cp, key, None)
        if value and str(value).strip():
            meta[key] = str(value).strip()
    for key in ("created", "modified"):
        value = getattr(cp, key, None)
        if value is not None:
            meta[key] = value.isoformat()
    return meta
