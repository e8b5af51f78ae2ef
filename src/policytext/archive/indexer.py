"""Index files into an archive: skip unchanged ones by hash, parse, analyse, store."""
from __future__ import annotations

import hashlib
from pathlib import Path

from ..errors import EmptyDocument, InputNotFound
from .analysis import analyze
from .base import Archive


def file_sha256(path: Path) -> str:
    """sha256 of a file's bytes, read in blocks."""
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
    except FileNotFoundError as exc:
        raise InputNotFound("no such file", path=str(path)) from exc
    return h.hexdigest()


def index_file(archive: Archive, path: Path, *, force: bool = False) -> str:
    """Store one file; return "added", "replaced" or "unchanged" (same path and sha256)."""
    from ..pipeline import parse

    key = str(Path(path).resolve())
    sha = file_sha256(Path(path))
    if not force and archive.has(key, sha):
        return "unchanged"
    doc = parse(path)
    if not doc.text.strip():
        raise EmptyDocument("the document has no text to archive", path=str(path))
    return archive.put(key, doc, analyze(doc), sha256=sha)
