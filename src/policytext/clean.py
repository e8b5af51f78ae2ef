"""Cleaning (placeholder): normalise line ends only."""
from __future__ import annotations

from .records import Cleaned, RawText


def clean(raw: RawText) -> Cleaned:
    text = raw.text.replace("\r\n", "\n").replace("\r", "\n")
    return Cleaned(text=text, provenance=raw.provenance)
