"""Readers: bytes on disk to :class:`~policytext.records.RawText` with provenance.

One module per format (txt, markdown, html, pdf, docx); :func:`read_file` picks by extension and
sniffs the content where the extension lies (a ``.txt`` that is really a PDF, HTML or a
Word file). Every reader returns one paragraph or heading per line, tables as TAB rows.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from ..errors import InputNotFound, UnsupportedFormat
from ..records import RawText
from ._common import MAX_BYTES

#: extension -> format
EXTENSIONS = {
    ".txt": "txt", ".text": "txt", "": "txt",
    ".html": "html", ".htm": "html", ".shtml": "html", ".xhtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
    ".md": "markdown", ".markdown": "markdown",
}
#: how many leading bytes are looked at to sniff the real format
SNIFF_BYTES = 2048

_TAG = re.compile(rb"<[A-Za-z!/?]")

__all__ = ["EXTENSIONS", "MAX_BYTES", "find_documents", "read_file", "sniff"]


def find_documents(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given; folders walked (sorted) for files with a readable extension.

    A missing path, or a folder with nothing readable in it, is an error: a batch should
    not quietly do nothing.
    """
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            # in a folder only files whose extension names a format (not Makefile, LICENSE …)
            found = sorted(f for f in p.rglob("*")
                           if f.is_file() and f.suffix and f.suffix.lower() in EXTENSIONS)
            if not found:
                raise InputNotFound("folder holds no readable documents", path=str(p))
            files.extend(found)
        elif p.exists():
            files.append(p)
        else:
            raise InputNotFound("no such file or folder", path=str(p))
    return files


def sniff(head: bytes) -> str | None:
    """The format the first bytes of a file show, or None when they show nothing special."""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    low = stripped[:SNIFF_BYTES].lower()
    if low.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in low or \
            low.startswith((b"<!doctype html", b"<html")):
        return "html"
    if b"\x00" not in head and (b"<html" in low[:512] or b"<head" in low[:512]):
        return "html"
    return None


def read_file(path: str | Path, *, max_bytes: int = MAX_BYTES) -> RawText:
    """Read one file of any supported format (txt, markdown, html, pdf, docx) into RawText."""
    path = Path(path)
    if not path.exists():
        raise InputNotFound("no such file", path=str(path))
    if not path.is_file():
        raise InputNotFound("is not a file", path=str(path))
    suffix = path.suffix.lower()
    fmt = EXTENSIONS.get(suffix)
    if fmt is None:
        if suffix == ".doc":
            raise UnsupportedFormat("old Word .doc files are not read; save it as .docx first",
                                    path=str(path))
        known = ", ".join(sorted(s for s in EXTENSIONS if s))
        raise UnsupportedFormat(f"cannot read '{suffix}' files (supported: {known})", path=str(path))
    with path.open("rb") as fh:
        head = fh.read(SNIFF_BYTES)
    found = sniff(head)
    if found == "zip":
        found = "docx" if fmt != "docx" and _is_docx(path) else None
    if found and found != fmt:
        fmt = found
    elif fmt == "html" and not found and not _TAG.search(head.replace(b"\x00", b"")):
        fmt = "txt"  # a "page" that holds no markup at all is plain text
    if fmt == "pdf":
        from .pdf import read_pdf

        return read_pdf(path, max_bytes=max_bytes)
    if fmt == "docx":
        from .docx import read_docx

        return read_docx(path, max_bytes=max_bytes)
    if fmt == "markdown":
        from .markdown import read_markdown

        return read_markdown(path, max_bytes=max_bytes)
    if fmt == "html":
        from .html import read_html

        return read_html(path, max_bytes=max_bytes)
    from .txt import read_txt

    return read_txt(path, max_bytes=max_bytes)


def _is_docx(path: Path) -> bool:
    import zipfile

    try:
        with zipfile.ZipFile(path) as z:
            return "word/document.xml" in z.namelist()
    except (zipfile.BadZipFile, OSError):
        return False
