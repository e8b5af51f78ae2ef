"""The index and search commands: summaries, formats, filters, figure queries, errors."""
from __future__ import annotations

import csv
import io
import json
import shutil

import pytest
from typer.testing import CliRunner

from policytext.archive import Analysis, open_archive
from policytext.cli import app
from policytext.pipeline import parse

from ..conftest import seed
from .test_store import _figure

runner = CliRunner()


@pytest.fixture(scope="module")
def cli_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli")
    docs = folder / "docs"
    docs.mkdir()
    for p in ("000", "001", "003", "004"):
        shutil.copy(seed(p), docs)
    db = folder / "a.db"
    res = runner.invoke(app, ["index", str(docs), "--db", str(db), "--format", "json"])
    assert res.exit_code == 0, res.output
    summary = json.loads(res.stdout)[0]
    assert summary["added"] == 4 and summary["failed"] == 0
    return docs, db


def test_reindex_reports_unchanged_and_prune(cli_db, tmp_path):
    docs, db = cli_db
    res = runner.invoke(app, ["index", str(docs), "--db", str(db), "--format", "json"])
    assert json.loads(res.stdout)[0]["unchanged"] == 4


def test_search_json_has_contract_fields_and_offsets(cli_db):
    _, db = cli_db
    res = runner.invoke(app, ["search", "换届", "--db", str(db), "--format", "json"])
    assert res.exit_code == 0, res.output
    hits = json.loads(res.stdout)
    assert {h["doc"].rsplit("/", 1)[-1][:3] for h in hits} >= {"000", "001", "003"}
    for h in hits:
        for key in ("doc", "title", "doc_type", "section", "snippet", "score", "matches"):
            assert key in h
        assert "【换届】" in h["snippet"]
        assert all(m["end"] - m["start"] == 2 for m in h["matches"])


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "table"])
def test_search_formats(cli_db, fmt):
    _, db = cli_db
    res = runner.invoke(app, ["search", "党费", "--db", str(db), "--format", fmt, "--limit", "2"])
    assert res.exit_code == 0, res.output
    if fmt == "jsonl":
        assert len(res.stdout.strip().splitlines()) == 2
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(res.stdout)))
        assert len(rows) == 2 and "【党费】" in rows[0]["snippet"]
    else:
        assert "党费" in res.stdout


@pytest.mark.parametrize(
    "args, message",
    [
        (['"党费'], "quote"),
        (["NOT 党费"], "not negated"),
        (["党费 AND"], "AND"),
        (["(党费"], "parenthesis"),
        ([""], "empty"),
        (["党费", "--year", "去年"], "--year"),
    ],
)
def test_bad_queries_exit_1_with_one_line(cli_db, args, message):
    _, db = cli_db
    res = runner.invoke(app, ["search", *args, "--db", str(db)])
    assert res.exit_code == 1
    assert message in res.stderr and "Traceback" not in res.output
    assert len(res.stderr.strip().splitlines()) == 1


def test_missing_archive_is_one_line(tmp_path):
    res = runner.invoke(app, ["search", "党费", "--db", str(tmp_path / "none.db")])
    assert res.exit_code == 1 and "no archive" in res.stderr


def test_index_lists_failures_at_the_end(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(seed("001"), docs)
    (docs / "broken.txt").write_bytes(b"")  # an empty file: nothing to archive
    res = runner.invoke(app, ["index", str(docs), "--db", str(tmp_path / "a.db"), "-f", "json"])
    assert res.exit_code == 1
    assert json.loads(res.stdout)[0]["added"] == 1
    assert "1 of 2 files failed" in res.stderr and "broken.txt" in res.stderr


def test_figure_search_command(tmp_path):
    doc = parse(seed("001"))
    figs = [_figure(doc, "1510人", "党员人数达1510人", 1510, "人", "党员人数"),
            _figure(doc, "22名", "发展党员22名", 22, "名", "发展党员")]
    db = tmp_path / "f.db"
    with open_archive(db, write=True) as archive:
        archive.put("/x/001.txt", doc, Analysis(figures=figs, ran=["figures"]))
    res = runner.invoke(app, ["search", "--figure", "党员", "--min", "1000", "--unit", "人",
                              "--db", str(db), "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    assert [(r["surface"], r["value"], r["unit"]) for r in rows] == [("1510人", 1510, "人")]
    assert "党员人数达1510人" in rows[0]["sentence"]


def test_commands_have_help_with_an_example():
    for cmd in ("index", "search"):
        res = runner.invoke(app, [cmd, "--help"])
        assert res.exit_code == 0 and "Example" in res.stdout
