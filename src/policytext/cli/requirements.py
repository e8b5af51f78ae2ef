"""``policytext requirements`` and ``policytext evaluate requirements``."""
from __future__ import annotations

import json
import sys
from dataclasses import asdict
from enum import Enum
from pathlib import Path
from typing import Any

import typer

from ..pipeline import parse
from ..records import Constraint
from ..requirements import RequirementExtractor
from . import app, evaluate_app
from .common import (
    Format,
    emit,
    expand_inputs,
    guarded,
    out,
    report_failures,
    resolve_format,
    run_batch,
)

COLUMNS = ["provision", "modality", "hedge", "actor", "action", "constraint", "text"]
_BOUND = {"at_least": "≥", "at_most": "≤", "exactly": ""}


def constraint_text(c: Constraint | None) -> str:
    """A constraint in one short cell: "frequency ≥1次/年", "threshold ≥3名"."""
    if c is None:
        return ""
    v = "" if c.value is None else f"{c.value:g}"
    if c.value_max is not None:
        v += f"-{c.value_max:g}"
    per = f"/{c.period}" if c.period else ""
    return f"{c.kind} {_BOUND.get(c.bound, '')}{v}{c.unit or ''}{per}"


class Split(str, Enum):
    dev = "dev"
    test = "test"
    all = "all"


@app.command("requirements")
@guarded
def requirements_cmd(
    paths: list[Path] = typer.Argument(..., help="Policy files or folders (txt, html, pdf, docx, md)."),
    fmt: Format | None = typer.Option(None, "--format", "-f", help="table (default on a terminal), json, jsonl or csv."),
    scope: bool = typer.Option(False, "--scope", help="json/jsonl: also output scope clauses (适用范围, 施行日期) as records with \"record\": \"scope\"."),
) -> None:
    """One normative provision per row: provision path, modality, actor, action, constraint.

    Example: policytext requirements corpora/real/seeds/003_5fc48af29f382da5.txt --format table
    """
    files = expand_inputs(paths)
    extractor = RequirementExtractor()
    done, failed = run_batch(files, lambda p: extractor.extract_all(parse(p)), "extracting")
    fmt = resolve_format(fmt)
    if fmt is Format.table:
        for path, (reqs, scopes) in done:
            rows = [{**asdict(r), "constraint": constraint_text(r.constraint)} for r in reqs]
            caption = "; ".join(s.text for s in scopes)
            title = f"{path.name}: {len(reqs)} provisions" + (f" — scope: {caption}" if caption else "")
            emit(rows, fmt, COLUMNS, title=title)
    elif fmt is Format.csv:
        rows = [{**asdict(r), "constraint": constraint_text(r.constraint)} for _, (reqs, _) in done for r in reqs]
        emit(rows, fmt, ["doc"] + COLUMNS + ["topics", "start", "end"])
    else:
        records: list[Any] = []
        for _, (reqs, scopes) in done:
            records.extend(({"record": "requirement", **asdict(r)} if scope else r) for r in reqs)
            if scope:
                records.extend({"record": "scope", **asdict(s)} for s in scopes)
        emit(records, fmt)
    report_failures(failed, len(files))


@evaluate_app.command("requirements")
@guarded
def evaluate_requirements_cmd(
    split: Split = typer.Option(Split.all, "--split", help="Score the dev documents, the held-out test documents, or all."),
    corpora: Path = typer.Option(Path("corpora/requirements"), "--corpora", help="Folder with split.tsv and gold/."),
    fmt: Format | None = typer.Option(None, "--format", "-f", help="table (default on a terminal) or json."),
    details: bool = typer.Option(False, "--details", help="json: list missed and extra clauses per document."),
) -> None:
    """Provision recall/precision, modality accuracy and constraint F1 against the gold.

    Example: policytext evaluate requirements --split test
    """
    from ..requirements.evaluate import evaluate

    result = evaluate(corpora, split.value)
    fmt = resolve_format(fmt)
    if fmt in (Format.json, Format.jsonl):
        if not details:
            for d in result["documents"]:
                for k in ("missed", "extra", "errors"):
                    d.pop(k, None)
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
        return
    keys = ["gold", "predicted", "provision_recall", "provision_precision", "modality_accuracy",
            "constraint_f1", "hedge_accuracy", "actor_accuracy", "provision_path_accuracy"]
    rows = [{"scope": f"split {name}", **{k: m[k] for k in keys}} for name, m in sorted(result["splits"].items())]
    rows += [{"scope": f"{Path(d['doc']).name} ({d['split']})", **{k: d[k] for k in keys}} for d in result["documents"]]
    emit(rows, fmt, ["scope"] + keys, title="requirements against corpora/requirements gold")
    if fmt is Format.table:
        out.print("[dim]A prediction matches a gold clause at ≥0.5 character overlap of the shorter; "
                  "constraint = kind+value+value_max+unit+period.[/dim]")
