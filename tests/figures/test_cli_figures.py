"""``policytext figures`` and ``policytext evaluate figures`` from the command line."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from policytext.cli import app

from ..conftest import seed

runner = CliRunner()


def test_figures_jsonl_contract_fields() -> None:
    res = runner.invoke(app, ["figures", str(seed("001")), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in res.stdout.splitlines()]
    assert any(r["surface"] == "66个" and r["subject"] == "基层党支部" for r in rows)
    for key in ("doc", "surface", "value", "value_max", "unit", "approx", "kind", "subject",
                "period", "sentence", "section", "start", "end"):
        assert key in rows[0]


def test_figures_check_reports_the_mismatch() -> None:
    res = runner.invoke(app, ["figures", str(seed("000")), "--check", "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    bad = [r for r in rows if r["record"] == "finding" and r["status"] == "mismatch"]
    assert bad and "20.2%" in bad[0]["message"]


def test_figures_csv_and_table() -> None:
    res = runner.invoke(app, ["figures", str(seed("001")), "--format", "csv"])
    assert res.exit_code == 0 and res.stdout.startswith("doc,surface,value")
    res = runner.invoke(app, ["figures", str(seed("001")), "--format", "table"])
    assert res.exit_code == 0 and "1510" in res.stdout


def test_figures_missing_file() -> None:
    res = runner.invoke(app, ["figures", "/no/such/file.txt"])
    assert res.exit_code == 1 and "Traceback" not in res.output


def test_evaluate_figures_dev() -> None:
    res = runner.invoke(app, ["evaluate", "figures", "--split", "dev", "--format", "json"])
    assert res.exit_code == 0, res.output
    row = json.loads(res.stdout)[0]
    assert row["split"] == "dev" and 0 <= row["f1"] <= 1


def test_evaluate_bad_split() -> None:
    res = runner.invoke(app, ["evaluate", "figures", "--split", "nope"])
    assert res.exit_code == 1 and "unknown split" in res.stderr
