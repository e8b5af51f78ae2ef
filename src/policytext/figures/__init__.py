"""Figures: every reported statistic in a document, with what it counts.

``extract_figures(doc)`` is the one-call API; :class:`FigureExtractor` compiles once for
batches; :func:`check_consistency` tests figures against each other (shares, totals).
"""
from __future__ import annotations

from .check import Finding, check_consistency
from .extract import FigureExtractor, extract_figures

__all__ = ["FigureExtractor", "Finding", "check_consistency", "extract_figures"]
