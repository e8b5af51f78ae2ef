"""read -> clean -> structure: the one direction every command starts from."""
from __future__ import annotations

import hashlib
from pathlib import Path

from .clean import clean as clean_text
from .read import read_file
from .records import Cleaned, Document, Provenance, RawText
from .structure import structure


def parse(path: str | Path) -> Document:
    """Read, clean and structure one file (txt, html, pdf, docx or md)."""
    return structure(clean_text(read_file(Path(path))))


def parse_text(text: str, source: str | None = None, clean: bool = True) -> Document:
    """Clean and structure a text already in memory (treated as a plain-text file).

    With ``clean=False`` the text is structured exactly as given, so offsets index the
    caller's own string (the spaCy component needs that).
    """
    data = text.encode("utf-8")
    prov = Provenance(
        path=source, format="txt", encoding="utf-8", size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
    )
    raw = RawText(text=text, provenance=prov)
    if not clean:
        return structure(Cleaned(text=text, provenance=prov))
    return structure(clean_text(raw))
