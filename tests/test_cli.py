from __future__ import annotations

import json

from typer.testing import CliRunner

from policytext.cli import app

from .conftest import seed

runner = CliRunner()


def test_parse_json_keeps_contract_fields():
    res = runner.invoke(app, ["parse", str(seed("001")), "--format", "json"])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.stdout)
    for key in ("source", "sha256", "format", "title", "doc_type", "meta", "text", "sections"):
        assert key in doc
    assert "阳谷县教育系统共有基层党支部66个" in doc["text"]


def test_missing_file_is_one_line_error():
    res = runner.invoke(app, ["parse", "/no/such/file.txt"])
    assert res.exit_code == 1
    assert "no such file" in res.stderr
    assert "Traceback" not in res.output


def test_parse_jsonl_of_several_files_is_the_document_record_only():
    res = runner.invoke(app, ["parse", str(seed("001")), str(seed("000")), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    docs = [json.loads(line) for line in res.stdout.splitlines()]
    assert len(docs) == 2
    assert all("_cache" not in d and "sections" in d for d in docs)
