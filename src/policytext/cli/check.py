"""``policytext check``: reports held against a guideline, provision by provision."""
from __future__ import annotations

import contextlib
import sys
from dataclasses import asdict
from enum import Enum
from pathlib import Path

import typer

from ..pipeline import parse
from . import app, evaluate_app
from .common import Format, emit, expand_inputs, guarded, out, report_failures, run_batch


class CheckFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    md = "md"
    html = "html"


_STYLE = {"met": "green", "addressed": "yellow", "shortfall": "red", "not_mentioned": "dim"}


@app.command("check")
@guarded
def check_cmd(
    reports: list[Path] = typer.Argument(..., help="Report files or folders."),
    against: Path = typer.Option(..., "--against", "-a", help="The guideline (policy) to check against."),
    fmt: CheckFormat | None = typer.Option(None, "--format", "-f",
                                              help="table, json, jsonl, csv, md or html."),
    output: Path | None = typer.Option(None, "--out", "-o", help="Write to this file instead of stdout."),
) -> None:
    """Check each report against a guideline: met, addressed, shortfall or not_mentioned.

    Example: policytext check corpora/real/seeds/001_68d2b7ca2e635964.txt
    --against corpora/real/seeds/003_5fc48af29f382da5.txt --format html -o check.html
    """
    from ..check import check_many
    from ..check.render import to_html, to_markdown

    policy = parse(against)
    files = expand_inputs(reports)
    done, failed = run_batch(files, parse, "reading reports")
    docs = [d for _, d in done]
    results = check_many(docs, policy) if docs else []
    fmt = fmt or (CheckFormat.table if sys.stdout.isatty() and output is None else CheckFormat.jsonl)
    with contextlib.ExitStack() as stack:
        if output is not None:
            stack.enter_context(contextlib.redirect_stdout(stack.enter_context(output.open("w", encoding="utf-8"))))
        if fmt is CheckFormat.html:
            sys.stdout.write(to_html(results, {str(d.source): d for d in docs}))
        elif fmt is CheckFormat.md:
            sys.stdout.write(to_markdown(results) + "\n")
        elif fmt is CheckFormat.table and output is None:
            _table(results)
        else:
            rows = [asdict(it) for r in results for it in r.items]
            emit(rows, Format(fmt.value), columns=["report", "provision", "status", "reason", "requirement"])
    report_failures(failed, len(files))


def _table(results) -> None:
    from rich.table import Table

    for res in results:
        c = res.counts()
        t = Table(title=f"{res.report} against {res.policy}",
                  caption=" · ".join(f"[{_STYLE[s]}]{s} {c.get(s, 0)}[/]" for s in _STYLE))
        for col in ("provision", "status", "requirement", "reason"):
            t.add_column(col, overflow="fold")
        for it in res.items:
            t.add_row(it.provision, f"[{_STYLE[it.status]}]{it.status}[/]", it.requirement[:60], it.reason)
        out.print(t)


@evaluate_app.command("check")
@guarded
def evaluate_check(
    gold: Path = typer.Option(Path("corpora/check/gold.jsonl"), "--gold", help="Gold statuses (jsonl)."),
    root: Path = typer.Option(Path("."), "--root", help="Folder the gold file's paths are relative to."),
    pair: list[str] | None = typer.Option(None, "--pair", help="Only these pairs."),
    details: bool = typer.Option(False, "--details", help="List every disagreement."),
) -> None:
    """Agreement of `check` with the gold statuses, per status and overall.

    Example: policytext evaluate check --details
    """
    from rich.table import Table

    from ..check.evaluate import STATUSES, evaluate

    score = evaluate(gold, root, set(pair) if pair else None)
    t = Table(title=f"check: {score.agree}/{score.rows} agree = {score.overall:.3f} overall")
    for col in ("status", "precision", "recall", "support"):
        t.add_column(col)
    for s, m in score.per_status().items():
        t.add_row(s, f"{m['precision']:.3f}", f"{m['recall']:.3f}", str(m["support"]))
    out.print(t)
    for name, (a, n) in score.by_pair.items():
        out.print(f"  {name}: {a}/{n} = {a / n:.3f}")
    out.print(f"  met where the truth is shortfall: {score.met_on_shortfall}; "
              f"gold provisions no extracted provision contains: {score.unmatched}")
    m = Table(title="confusion (rows gold, columns predicted)")
    m.add_column("gold \\ pred")
    cols = list(STATUSES) + ["unmatched"]
    for c in cols:
        m.add_column(c)
    for g in STATUSES:
        m.add_row(g, *[str(score.confusion[(g, c)]) for c in cols])
    out.print(m)
    if details:
        for d in score.details:
            if d["gold"] != d["predicted"]:
                out.print(f"  [{d['pair']}] {d['anchor']}: gold {d['gold']}, got {d['predicted']} — {d['reason']}")
