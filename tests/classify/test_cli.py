"""The classify / train / evaluate classify commands."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from policytext.cli import app

from ..conftest import seed

runner = CliRunner()


def test_classify_jsonl_gives_label_records():
    res = runner.invoke(app, ["classify", str(seed("001")), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in res.stdout.splitlines()]
    assert {r["level"] for r in rows} == {"section", "paragraph"}
    for r in rows:
        assert set(r) == {"doc", "section", "level", "start", "end", "topics", "function"}
        assert r["topics"] and {"label", "score"} <= set(r["topics"][0])


def test_classify_csv_and_table():
    res = runner.invoke(app, ["classify", str(seed("000")), "--format", "csv"])
    assert res.exit_code == 0
    assert res.stdout.splitlines()[0] == "doc,level,section,start,end,topics,function"
    res = runner.invoke(app, ["classify", str(seed("000")), "--format", "table"])
    assert res.exit_code == 0 and "section" in res.stdout


def test_missing_model_is_one_line_with_advice(tmp_path):
    res = runner.invoke(app, ["classify", str(seed("001")), "--model", str(tmp_path / "none.skops")])
    assert res.exit_code == 1
    assert "policytext train" in res.output and "Traceback" not in res.output


def test_bad_taxonomy_for_train_is_one_line(tmp_path):
    bad = tmp_path / "t.yaml"
    bad.write_text("topics: [a]\nfunctions: [other]\n", encoding="utf-8")
    res = runner.invoke(app, ["train", "--taxonomy", str(bad), "--out", str(tmp_path / "m")])
    assert res.exit_code == 1 and "catch-all" in res.output


def test_help_texts_show_examples():
    for args in (["classify", "--help"], ["train", "--help"], ["evaluate", "classify", "--help"]):
        res = runner.invoke(app, args)
        assert res.exit_code == 0 and "Example" in res.stdout


def test_evaluate_unseen_scores_the_shipped_model_without_training():
    """The seeds are never trained on, so the shipped model can be scored on one as it is."""
    from ..conftest import CORPORA

    labels = CORPORA / "classify" / "labels" / "real_001_68d2b7ca2e635964.jsonl"
    res = runner.invoke(app, ["evaluate", "classify", "--unseen", str(labels)])
    assert res.exit_code == 0, res.output
    row = next(x for x in res.stdout.splitlines() if x.startswith("| unseen | model |"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert int(cells[2]) == 20  # body lines of seed 001
    assert float(cells[6]) >= 0.8  # function accuracy (1.000 when written)
