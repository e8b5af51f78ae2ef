"""Kill-and-rerun: SIGKILL `policytext index` at random moments; the archive must stay
intact and searchable, and a rerun of the same command must equal a clean build."""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from policytext.archive import open_archive

from ..conftest import ROOT
from .conftest import real_files

WORDS = ["改革", "换届", "党费", "廉政", "教育", "脱贫"]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    """Four variants of every bundled real document (so a run lasts a few seconds)."""
    folder = tmp_path_factory.mktemp("inputs")
    for copy in range(4):
        for f in real_files():
            text = f.read_text(encoding="utf-8")
            (folder / f"{copy}_{f.name}").write_text(f"{text}\n副本{copy}\n", encoding="utf-8")
    return folder


def _command(inputs: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "policytext.cli", "index", str(inputs), "--db", str(db),
            "--format", "json"]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _snapshot(db: Path) -> dict:
    conn = sqlite3.connect(db)
    docs = sorted(conn.execute("SELECT path, sha256 FROM documents"))
    paras = conn.execute("SELECT count(*) FROM paragraphs").fetchone()[0]
    pending = conn.execute("SELECT count(*) FROM search_queue").fetchone()[0]
    conn.close()
    with open_archive(db) as archive:
        counts = {w: len(archive.match_ids(w)) for w in WORDS}
    return {"docs": docs, "paragraphs": paras, "pending": pending, "counts": counts}


def test_kill_at_random_moments_then_rerun_equals_clean_build(tmp_path, inputs):
    clean_db = tmp_path / "clean.db"
    t0 = time.monotonic()
    built = subprocess.run(_command(inputs, clean_db), env=_env(), capture_output=True,
                           text=True, timeout=300, check=False)
    run_time = time.monotonic() - t0  # kill moments are drawn inside a run of this length
    assert built.returncode == 0, built.stderr
    clean = _snapshot(clean_db)
    assert clean["pending"] == 0 and all(clean["counts"].values())

    db = tmp_path / "killed.db"
    rng = random.Random(20240607)
    kills = 0
    for _ in range(4):
        proc = subprocess.Popen(_command(inputs, db), env=_env(), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.15, 0.6) * run_time)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait()
        if not db.exists():
            continue
        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        with open_archive(db) as archive:  # opens and searches (possibly partial)
            hits = archive.search("改革", limit=5)
            assert all("【改革】" in h.snippet for h in hits)
    assert kills >= 1  # at least one moment fell inside a run

    done = subprocess.run(_command(inputs, db), env=_env(), capture_output=True, text=True,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert _snapshot(db) == {**clean, "docs": clean["docs"]}
