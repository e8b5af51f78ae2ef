"""The real documents the clean/structure tests run over (seed 002 only from ../shared)."""
from __future__ import annotations

import csv
from pathlib import Path

from .conftest import CORPUS, SEEDS, SHARED


def corpus_genres() -> dict[str, str]:
    """SOURCES.tsv: file name -> genre (report | policy | news)."""
    with open(CORPUS / "SOURCES.tsv", encoding="utf-8") as fh:
        return {row["file"]: row["genre"] for row in csv.DictReader(fh, delimiter="\t")}


def all_documents() -> list[Path]:
    """Every bundled seed and corpus text, plus seed 002 when ../shared has it."""
    docs = sorted(SEEDS.glob("*.txt")) + sorted(CORPUS.glob("*.txt"))
    if SHARED.exists():
        docs += sorted((SHARED / "seeds").glob("002_*.txt"))
    return docs
