"""Consistency checks between figures (placeholder, filled below)."""
from __future__ import annotations
from dataclasses import dataclass, field
from ..records import Document, Figure


@dataclass(slots=True)
class Finding:
    kind: str
    status: str
    message: str
    figures: list[Figure] = field(default_factory=list)


def check_consistency(figures: list[Figure], doc: Document) -> list[Finding]:
    return []
