"""Plain text in any common Chinese encoding: UTF-8 (BOM or not), GB18030/GBK, UTF-16.

Detection order is BOM, strict UTF-8, then charset-normalizer; GB2312/GBK are decoded as
GB18030, their superset. The encoding used is recorded in the provenance.
"""
from __future__ import annotations

from pathlib import Path

from ..errors import EmptyDocument
from ..records import RawText
from ._common import (
    MAX_BYTES,
    check_text,
    decode_bytes,
    load_bytes,
    normalise_line_ends,
    provenance,
)


def read_txt(path: Path, *, max_bytes: int = MAX_BYTES) -> RawText:
    """Read a text file; line ends become ``\\n``; junk, empty and huge files are refused."""
    path = Path(path)
    data = load_bytes(path, max_bytes)
    return txt_from_bytes(data, path)


def txt_from_bytes(data: bytes, path: Path) -> RawText:
    """Decode already-loaded bytes as a plain-text document."""
    if not data.strip():
        raise EmptyDocument("file is empty", path=str(path))
    text, codec = decode_bytes(data, path=str(path))
    check_text(text, path=str(path))
    text = normalise_line_ends(text)
    if not text.strip():
        raise EmptyDocument("file holds only whitespace", path=str(path))
    prov = provenance(path, data, "txt", encoding=codec)
    return RawText(text=text, provenance=prov)
