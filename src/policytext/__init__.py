"""policytext: Chinese policy documents and work reports as data you can check, count and search.

    import policytext as pt
    doc = pt.load("corpora/real/seeds/001_68d2b7ca2e635964.txt")
    doc.title, [s.heading for s in doc.sections]
    doc.figures.to_frame()                  # every statistic, with what it counts
    pt.check(report_path, guideline_path)   # provision by provision
    pt.Archive("archive.db").search("换届")

See the README's "Library API" section.
"""
from __future__ import annotations

from .api import Archive, check
from .errors import PolicyTextError
from .pipeline import parse, parse_text
from .read import find_documents
from .records import Document, Records

__version__ = "0.1.0"

#: read, clean and structure one file: ``pt.load(path) -> Document``
load = parse

__all__ = ["Archive", "Document", "PolicyTextError", "Records", "__version__", "check",
           "find_documents", "load", "parse", "parse_text"]
