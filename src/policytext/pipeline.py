"""read -> clean -> structure: the one direction every command starts from."""
from __future__ import annotations

import hashlib
from pathlib import Path

from .clean import clean
from .read import read_file
from .records import Document, Provenance, RawText
from .structure import structure


def parse(path: str | Path) -> Document:
    """Read, clean and structure one file (txt, html, pdf or docx)."""
    return structure(clean(read_file(Path(path))))


def parse_text(text: str, source: str | None = None) -> Document:
    """Clean and structure a text already in memory (treated as a plain-text file)."""
    data = text.encode("utf-8")
    prov = Provenance(
        path=source, format="txt", encoding="utf-8", size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
    )
    return structure(clean(RawText(text=text, provenance=prov)))
