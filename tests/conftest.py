"""Shared fixtures: the bundled real documents, and ../shared when it is present."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "corpora"
SEEDS = CORPORA / "real" / "seeds"
CORPUS = CORPORA / "real" / "corpus"
SHARED = ROOT.parent / "shared"


def seed(prefix: str) -> Path:
    """A bundled seed by its number, e.g. seed("001")."""
    return next(SEEDS.glob(f"{prefix}_*.txt"))


@pytest.fixture
def shared_seed_002() -> Path:
    """Seed 002 may not be copied into the project: read it from ../shared or skip."""
    hits = sorted((SHARED / "seeds").glob("002_*.txt")) if SHARED.exists() else []
    if not hits:
        pytest.skip("../shared/seeds/002 is not present on this machine")
    return hits[0]
