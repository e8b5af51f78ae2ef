"""``policytext parse``: documents as JSON or an outline table."""
from __future__ import annotations

from pathlib import Path

import typer

from ..pipeline import parse
from . import app
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


@app.command("parse")
@guarded
def parse_cmd(
    paths: list[Path] = typer.Argument(..., help="Files or folders (txt, html, pdf, docx, md)."),
    fmt: Format = typer.Option(None, "--format", "-f", help="json, jsonl or table (the outline)."),
) -> None:
    """Read, clean and structure documents: title, meta, type, outline, paragraphs.

    Example: policytext parse corpora/docs/report.txt --format json
    """
    files = expand_inputs(paths)
    done, failed = run_batch(files, parse, "parsing")
    fmt = resolve_format(fmt)
    if fmt is Format.table:
        for _, doc in done:
            _print_outline(doc)
    elif fmt is Format.csv:
        rows = [
            {"source": d.source, "id": s.id, "number": s.number, "level": s.level,
             "heading": s.heading, "start": s.start, "end": s.end}
            for _, d in done for s in d.walk()
        ]
        emit(rows, fmt)
    elif fmt is Format.json and len(paths) == 1 and len(done) == 1:
        import json
        import sys

        sys.stdout.write(json.dumps(done[0][1].to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        emit([d for _, d in done], fmt)
    report_failures(failed, len(files))


def _print_outline(doc) -> None:
    from rich.tree import Tree

    m = doc.meta
    facts = " · ".join(
        f"{k} {v}" for k, v in (("type", doc.doc_type), ("issuer", m.issuer), ("no.", m.doc_number),
                               ("date", m.date), ("source", m.source), ("region", m.region)) if v
    )
    tree = Tree(f"[bold]{doc.title or '(no title)'}[/bold]  [dim]{facts}[/dim]")

    def add(node, sec):
        child = node.add(f"{sec.number or '·'} {sec.heading}  [dim]{len(sec.paragraphs)} ¶[/dim]")
        for c in sec.children:
            add(child, c)

    for s in doc.sections:
        add(tree, s)
    out.print(tree)
    out.print(f"[dim]{doc.source}: {len(doc.paragraphs)} paragraphs, {len(doc.text)} chars[/dim]")
