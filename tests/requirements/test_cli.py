"""``policytext requirements`` and ``policytext evaluate requirements`` through typer."""
from __future__ import annotations

import csv
import io
import json

from typer.testing import CliRunner

from policytext.cli import app
from tests.conftest import CORPUS, ROOT, seed

runner = CliRunner()


def test_requirements_jsonl_keeps_contract_fields():
    res = runner.invoke(app, ["requirements", str(seed("003")), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(ln) for ln in res.stdout.splitlines()]
    assert len(rows) > 50
    for key in ("doc", "provision", "text", "modality", "actor", "action", "constraint", "topics",
                "start", "end", "hedge"):
        assert key in rows[0]
    freq = [r for r in rows if r["constraint"] and r["constraint"]["kind"] == "frequency"]
    assert any(r["constraint"]["period"] == "3个月" for r in freq)


def test_scope_records_only_when_asked():
    path = str(CORPUS / "policy_govcn-hf_001.txt")
    plain = runner.invoke(app, ["requirements", path, "-f", "json"])
    rows = json.loads(plain.stdout)
    assert all("record" not in r for r in rows)
    res = runner.invoke(app, ["requirements", path, "-f", "json", "--scope"])
    kinds = {r["record"] for r in json.loads(res.stdout)}
    assert kinds == {"requirement", "scope"}


def test_table_and_csv():
    res = runner.invoke(app, ["requirements", str(seed("003")), "-f", "table"])
    assert res.exit_code == 0 and "provisions" in res.stdout and "scope" in res.stdout
    res = runner.invoke(app, ["requirements", str(seed("003")), "-f", "csv"])
    table = list(csv.DictReader(io.StringIO(res.stdout)))
    assert table[0]["provision"] == "二.（一）.1.（1）"
    assert any(r["constraint"] == "frequency ≥1次/年" for r in table)


def test_missing_file_is_one_line_error():
    res = runner.invoke(app, ["requirements", "/no/such/policy.txt"])
    assert res.exit_code == 1
    assert "no such file" in res.stderr and "Traceback" not in res.output


def test_evaluate_requirements_json():
    res = runner.invoke(app, ["evaluate", "requirements", "--split", "dev", "-f", "json",
                              "--corpora", str(ROOT / "corpora" / "requirements")])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert set(out["splits"]) == {"dev"}
    assert out["splits"]["dev"]["provision_recall"] >= 0.95


def test_evaluate_bad_folder():
    res = runner.invoke(app, ["evaluate", "requirements", "--corpora", "/no/such/dir"])
    assert res.exit_code == 1 and "split.tsv" in res.stderr


def test_help_mentions_example():
    res = runner.invoke(app, ["requirements", "--help"])
    assert res.exit_code == 0 and "Example" in res.stdout
