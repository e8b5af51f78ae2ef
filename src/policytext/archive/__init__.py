"""The archive: documents and their analyses stored in SQLite, searchable by paragraph.

- :func:`open_archive` opens the store behind the :class:`Archive` interface;
- :func:`index_file` adds one file (skipping it when unchanged);
- :func:`analyze` is the one place the figures, requirements and classifier run;
- :func:`parse_query` reads the query language (words, "phrases", AND/OR/NOT, ``-x``).

The schema is documented in docs/archive.md.
"""
from __future__ import annotations

from .analysis import analyze
from .base import Analysis, Archive, FigureHit, FigureQuery, SearchFilters, open_archive
from .indexer import file_sha256, index_file
from .query import parse_query

__all__ = [
    "Analysis", "Archive", "FigureHit", "FigureQuery", "SearchFilters", "analyze",
    "file_sha256", "index_file", "open_archive", "parse_query",
]
