"""Archive fixtures: one archive of the bundled real documents, built once per module."""
from __future__ import annotations

from pathlib import Path

import pytest

from policytext.archive import index_file, open_archive

from ..conftest import CORPORA

REAL = CORPORA / "real"


def real_files() -> list[Path]:
    return sorted(REAL.rglob("*.txt"))


@pytest.fixture(scope="module")
def real_archive(tmp_path_factory) -> Path:
    """Path of an archive holding every bundled seed and corpus document."""
    db = tmp_path_factory.mktemp("archive") / "real.db"
    with open_archive(db, write=True) as archive:
        for f in real_files():
            assert index_file(archive, f) == "added"
    return db
