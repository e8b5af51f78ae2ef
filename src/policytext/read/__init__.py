"""Readers: bytes on disk to :class:`~policytext.records.RawText` with provenance.

One module per format; :func:`read_file` picks by extension (and sniffs content).
"""
from __future__ import annotations

from pathlib import Path

from ..errors import InputNotFound, UnsupportedFormat
from ..records import RawText


def read_file(path: Path) -> RawText:
    """Read one file of any supported format."""
    path = Path(path)
    if not path.is_file():
        raise InputNotFound("no such file", path=str(path))
    suffix = path.suffix.lower()
    if suffix in {".txt", ".text", ""}:
        from .txt import read_txt

        return read_txt(path)
    raise UnsupportedFormat(f"cannot read '{suffix}' files", path=str(path))
