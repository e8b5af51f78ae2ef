"""The storage interface every archive backend implements, and :func:`open_archive`.

The CLI talks only to :class:`Archive`, so a server database (PostgreSQL) can be added as
another implementation without touching the commands.
"""
from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ArchiveError, QueryError
from ..records import Document, Figure, Label, Requirement, SearchHit
from .query import Node

if TYPE_CHECKING:
    from typing import Self  # Python 3.11+; annotations are not evaluated


@dataclass(slots=True)
class Analysis:
    """What the extractors and the classifier produced for one document."""

    figures: list[Figure] = field(default_factory=list)
    requirements: list[Requirement] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    ran: list[str] = field(default_factory=list)  # analyses that ran: figures, requirements, labels
    notes: list[str] = field(default_factory=list)  # why an analysis did not run or failed


_YEARS = re.compile(r"^\s*(\d{4})\s*(?:[-–~至]\s*(\d{4})?\s*)?$")


def year_range(year: str | None) -> tuple[int | None, int | None]:
    """"2020" -> (2020, 2020); "2015-2020" -> (2015, 2020); "2015-" -> (2015, None)."""
    if not year:
        return None, None
    m = _YEARS.match(year)
    if not m:
        raise QueryError(f"--year takes a year or a range like 2015-2020, not {year!r}")
    lo = int(m.group(1))
    hi = int(m.group(2)) if m.group(2) else (None if any(c in year for c in "-–~至") else lo)
    return lo, hi


@dataclass(slots=True)
class SearchFilters:
    """Document filters shared by text and figure search; ``None`` means any."""

    doc_type: str | None = None
    topic: str | None = None
    year_from: int | None = None
    year_to: int | None = None
    issuer: str | None = None  # substring
    region: str | None = None  # substring

    @classmethod
    def make(cls, *, doc_type: str | None = None, topic: str | None = None,
             year: str | int | None = None, issuer: str | None = None,
             region: str | None = None) -> SearchFilters:
        """Filters from user words: ``year`` is 2020, "2015-2020" or "2015-" (open end)."""
        lo, hi = year_range(None if year is None else str(year))
        return cls(doc_type=doc_type, topic=topic, year_from=lo, year_to=hi, issuer=issuer,
                   region=region)


@dataclass(slots=True)
class FigureQuery:
    """Figures whose subject contains ``subject``, within [min, max], in one of ``units``."""

    subject: str | None = None
    min: float | None = None
    max: float | None = None
    units: list[str] = field(default_factory=list)
    text: Node | None = None  # a parsed query the figure's sentence must match


@dataclass(slots=True)
class FigureHit:
    """A stored figure with the document it came from."""

    doc: str
    title: str | None
    doc_type: str | None
    subject: str | None
    surface: str
    value: float
    value_max: float | None
    unit: str | None
    kind: str | None
    period: str | None
    sentence: str
    section: str | None
    start: int
    end: int


class Archive(ABC):
    """A store of documents and their analyses with paragraph-level text search."""

    @abstractmethod
    def has(self, path: str, sha256: str) -> bool:
        """True if ``path`` is stored with exactly this content hash."""

    @abstractmethod
    def put(self, path: str, doc: Document, analysis: Analysis, sha256: str | None = None) -> str:
        """Add or replace the document stored for ``path``; return "added" or "replaced"."""

    @abstractmethod
    def delete(self, path: str) -> bool:
        """Remove the document stored for ``path``; False if there was none."""

    @abstractmethod
    def prune(self, exists: Callable[[str], bool] | None = None) -> list[str]:
        """Remove documents whose files are gone; return their paths."""

    @abstractmethod
    def search(
        self, query: str | Node, filters: SearchFilters | None = None, limit: int | None = 20
    ) -> list[SearchHit]:
        """Paragraphs matching ``query``, best first (BM25), with marked snippets."""

    @abstractmethod
    def match_ids(self, query: str | Node, filters: SearchFilters | None = None) -> set[int]:
        """Ids of every paragraph matching ``query`` (for counts and recall checks)."""

    @abstractmethod
    def search_figures(
        self, fq: FigureQuery, filters: SearchFilters | None = None, limit: int | None = 50
    ) -> list[FigureHit]:
        """Stored figures matching ``fq``, largest value first."""

    @abstractmethod
    def stats(self) -> dict[str, Any]:
        """Counts of what is stored, file sizes, schema version, pending search work."""

    @abstractmethod
    def rebuild_search(self) -> int:
        """Rebuild the text-search index from the stored paragraphs; return their count."""

    @abstractmethod
    def close(self) -> None:
        """Commit pending search work and release the archive."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_archive(url_or_path: str | Path, *, write: bool = False) -> Archive:
    """Open (``write=True``: create if needed) the archive at a path or URL.

    A plain path or ``sqlite:///path`` is the embedded SQLite archive. Server databases
    are a later backend: their URLs are refused with a clear message for now.
    """
    target = str(url_or_path)
    if target.startswith("sqlite:///"):
        target = target[len("sqlite:///"):]
    elif "://" in target:
        scheme = target.split("://", 1)[0]
        raise ArchiveError(f"archive backend '{scheme}' is not available; use a .db file path")
    from .sqlite import SqliteArchive

    return SqliteArchive(Path(target), write=write)
