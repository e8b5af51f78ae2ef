"""The functions and classes a user scripts against (``import policytext as pt``).

    doc = pt.load("report.txt")            # a Document; doc.figures, doc.requirements, doc.labels
    result = pt.check("report.txt", "guideline.txt")
    result.to_frame()                      # one row per provision
    with pt.Archive("archive.db") as ar:
        ar.index("corpora/real")
        ar.search("换届", type="report").to_frame()
        ar.figures("党员", min=1000, unit="人")

Everything here is a thin layer over the pipeline modules; nothing is computed twice.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from .archive import FigureHit, FigureQuery, SearchFilters, index_file, open_archive, parse_query
from .archive.base import Archive as _Store
from .check import CheckResult
from .check import check as _check
from .pipeline import parse
from .read import find_documents
from .records import Document, Records, SearchHit

if TYPE_CHECKING:
    from typing import Self  # Python 3.11+; annotations are not evaluated


def _doc(x: str | Path | Document) -> Document:
    return x if isinstance(x, Document) else parse(x)


def check(report: str | Path | Document, policy: str | Path | Document) -> CheckResult:
    """Hold a report against a guideline, provision by provision (paths or Documents)."""
    return _check(_doc(report), _doc(policy))


class Archive:
    """One archive file: add documents, search paragraphs, query figures.

    Opened read-only until :meth:`index` needs to write. Use it as a context manager or
    call :meth:`close`.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._store: _Store | None = None
        self._writable = False

    def _open(self, write: bool) -> _Store:
        if self._store is not None and (self._writable or not write):
            return self._store
        self.close()
        self._store = open_archive(self.path, write=write)
        self._writable = write
        return self._store

    def index(self, *paths: str | Path, force: bool = False) -> dict[str, int]:
        """Add or update documents (files or folders); return counts by outcome.

        A file that fails is counted under ``failed`` and the rest go on, as in the CLI.
        """
        store = self._open(write=True)
        counts: dict[str, int] = {"added": 0, "replaced": 0, "unchanged": 0, "failed": 0}
        from .errors import PolicyTextError

        for f in find_documents(paths):
            try:
                counts[index_file(store, f, force=force)] += 1
            except PolicyTextError:
                counts["failed"] += 1
        return counts

    def search(self, query: str, *, type: str | None = None, topic: str | None = None,
               year: str | int | None = None, issuer: str | None = None,
               region: str | None = None, limit: int | None = 20) -> Records[SearchHit]:
        """Paragraphs matching ``query`` (words, "phrases", AND/OR/NOT), best first."""
        filters = SearchFilters.make(doc_type=type, topic=topic, year=year, issuer=issuer, region=region)
        return Records(self._open(write=False).search(parse_query(query), filters, limit))

    def figures(self, subject: str | None = None, *, min: float | None = None,
                max: float | None = None, unit: str | list[str] | None = None,
                query: str | None = None, limit: int | None = 50, **filters: Any) -> Records[FigureHit]:
        """Stored figures whose subject contains ``subject``, within [min, max], in ``unit``."""
        units = [unit] if isinstance(unit, str) else list(unit or [])
        fq = FigureQuery(subject=subject, min=min, max=max, units=units,
                         text=parse_query(query) if query else None)
        flt = SearchFilters.make(doc_type=filters.pop("type", None), **filters)
        return Records(self._open(write=False).search_figures(fq, flt, limit))

    def stats(self) -> dict[str, Any]:
        """What is stored: documents, paragraphs, figures, sizes, schema version."""
        return self._open(write=False).stats()

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
