"""``policytext figures`` and ``policytext evaluate figures``."""
from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import typer

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

COLUMNS = ["doc", "surface", "value", "value_max", "unit", "approx", "kind", "direction",
           "subject", "period", "section", "start", "end"]
TABLE_COLUMNS = ["surface", "value", "unit", "approx", "kind", "subject", "period", "section"]


@app.command("figures")
@guarded
def figures_cmd(
    paths: list[Path] = typer.Argument(..., help="Files or folders (txt, html, pdf, docx, md)."),
    fmt: Format = typer.Option(None, "--format", "-f", help="table (default on a terminal), json, jsonl or csv."),
    check: bool = typer.Option(False, "--check", help="Also check shares against counts and parts against totals."),
) -> None:
    """Every reported figure: value, unit, qualifier, kind and what it counts.

    Example: policytext figures corpora/real/seeds/000_8efa52cf605330b7.txt --check
    """
    from ..figures import FigureExtractor, check_consistency
    from ..pipeline import parse

    extractor = FigureExtractor()

    def one(path: Path):
        doc = parse(path)
        figs = extractor(doc)
        return figs, (check_consistency(figs, doc) if check else [])

    files = expand_inputs(paths)
    done, failed = run_batch(files, one, "figures")
    fmt = resolve_format(fmt)
    figures = [f for _, (figs, _) in done for f in figs]
    findings = [(p, x) for p, (_, fs) in done for x in fs]
    if fmt is Format.table:
        emit(figures, fmt, TABLE_COLUMNS if len(done) <= 1 else ["doc", *TABLE_COLUMNS],
             title=f"{len(figures)} figures")
        if check:
            rows = [{"doc": str(p), "check": x.kind, "status": x.status, "message": x.message}
                    for p, x in findings]
            emit(rows, fmt, ["doc", "check", "status", "message"], title=f"{len(rows)} checks")
    else:
        rows = []
        for f in figures:
            rows.append({"record": "figure", **asdict(f)} if check else f)
        for p, x in findings:
            d = asdict(x)
            d["figures"] = [{"surface": f.surface, "value": f.value, "unit": f.unit,
                             "start": f.start, "end": f.end} for f in x.figures]
            rows.append({"record": "finding", "doc": str(p), **d})
        emit(rows, fmt, COLUMNS if not check else ["record", *COLUMNS, "status", "message"])
    report_failures(failed, len(files))


@evaluate_app.command("figures")
@guarded
def evaluate_figures_cmd(
    split: str = typer.Option("test", "--split", help="test, dev or all."),
    errors: bool = typer.Option(False, "--errors", help="Also list misses, spurious figures and subject disagreements."),
    fmt: Format = typer.Option(None, "--format", "-f", help="table, json, jsonl or csv."),
) -> None:
    """Precision, recall and F1 (value + unit) and subject agreement on corpora/figures/gold.jsonl.

    Example: policytext evaluate figures --split test
    """
    from ..figures.evaluate import evaluate

    sc = evaluate(split)
    fmt = resolve_format(fmt)
    row = sc.as_row()
    if fmt is Format.table:
        out.print(
            f"figures, {split} split: {row['docs']} documents, {row['gold']} gold, "
            f"{row['predicted']} predicted, {row['matched']} matched\n"
            f"  precision {row['precision']:.3f}  recall {row['recall']:.3f}  F1 {row['f1']:.3f}  "
            f"(value + unit)\n  subject agreement {row['subject_agreement']:.3f}  "
            f"kind accuracy {row['kind_accuracy']:.3f}  approx accuracy {row['approx_accuracy']:.3f}",
            highlight=False)
    else:
        emit([row], fmt)
    if errors:
        emit(sc.errors, Format.jsonl)
    if sc.unaligned:
        out.print(f"[yellow]{sc.unaligned} gold figures could not be aligned to the parsed text[/yellow]")
