"""policytext: Chinese policy documents and work reports as data you can check, count and search.

>>> import policytext as pt
>>> doc = pt.load("corpora/docs/some_report.txt")   # doctest: +SKIP
>>> doc.title, [s.heading for s in doc.sections]     # doctest: +SKIP
"""
from __future__ import annotations

from .errors import PolicyTextError
from .pipeline import parse, parse_text
from .records import Document

__version__ = "0.1.0"

load = parse

__all__ = ["Document", "PolicyTextError", "load", "parse", "parse_text", "__version__"]
