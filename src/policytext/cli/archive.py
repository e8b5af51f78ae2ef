"""``policytext index`` and ``policytext search``: the archive commands (thin over the library)."""
from __future__ import annotations

import re
from pathlib import Path

import typer

from ..archive import FigureQuery, SearchFilters, index_file, open_archive, parse_query
from ..errors import QueryError
from . import app
from .common import (
    Format,
    emit,
    err,
    expand_inputs,
    guarded,
    out,
    report_failures,
    resolve_format,
    run_batch,
)


@app.command("index")
@guarded
def index_cmd(
    paths: list[Path] | None = typer.Argument(None, help="Files or folders (txt, html, pdf, docx, md)."),
    db: Path = typer.Option(..., "--db", help="The archive file (created if missing)."),
    prune: bool = typer.Option(False, "--prune", help="Remove documents whose files are gone."),
    force: bool = typer.Option(False, "--force", help="Re-index files even when unchanged."),
    rebuild_search: bool = typer.Option(
        False, "--rebuild-search", help="Rebuild the text-search index from the archive."
    ),
    fmt: Format = typer.Option(None, "--format", "-f", help="table, json, jsonl or csv summary."),
) -> None:
    """Add or update documents in an archive (one SQLite file plus its search index).

    Unchanged files (same sha256) are skipped; a changed file replaces its old rows.

    Example: policytext index corpora/real --db archive.db
    """
    files = expand_inputs(paths) if paths else []
    if not files and not prune and not rebuild_search:
        raise typer.BadParameter("give files or folders to index (or --prune / --rebuild-search)")
    counts = {"added": 0, "replaced": 0, "unchanged": 0, "pruned": 0, "failed": 0}
    with open_archive(db, write=True) as archive:
        if rebuild_search:
            n = archive.rebuild_search()
            err.print(f"search index rebuilt: {n} paragraphs", highlight=False)
        done, failed = run_batch(files, lambda f: index_file(archive, f, force=force), "indexing")
        for _, status in done:
            counts[status] += 1
        if prune:
            counts["pruned"] = len(archive.prune())
        stats = archive.stats()
    counts["failed"] = len(failed)
    summary = dict(counts, documents=stats["documents"], paragraphs=stats["paragraphs"], archive=str(db))
    fmt = resolve_format(fmt)
    if fmt is Format.table:
        out.print(", ".join(f"{v} {k}" for k, v in counts.items())
                  + f" — {db}: {stats['documents']} documents, {stats['paragraphs']} paragraphs",
                  highlight=False)
    else:
        emit([summary], fmt)
    report_failures(failed, len(files))


@app.command("search")
@guarded
def search_cmd(
    query: str | None = typer.Argument(
        None, help='Words, "quoted phrases", AND / OR / NOT, -word, ( ).'
    ),
    db: Path = typer.Option(..., "--db", help="The archive file."),
    doc_type: str | None = typer.Option(None, "--type", help="policy, report, news or other."),
    topic: str | None = typer.Option(None, "--topic", help="A taxonomy label, e.g. org_life."),
    year: str | None = typer.Option(None, "--year", help="2020, or a range 2015-2020."),
    issuer: str | None = typer.Option(None, "--issuer", help="Part of the issuer's name."),
    region: str | None = typer.Option(None, "--region", help="Part of the region's name."),
    limit: int = typer.Option(20, "--limit", min=1, help="Most hits to show."),
    figure: str | None = typer.Option(
        None, "--figure", help="Search figures whose subject contains this, e.g. 党员."
    ),
    min_value: float | None = typer.Option(None, "--min", help="With --figure: value at least."),
    max_value: float | None = typer.Option(None, "--max", help="With --figure: value at most."),
    unit: str | None = typer.Option(None, "--unit", help="With --figure: unit(s), e.g. 人 or 个,所."),
    fmt: Format = typer.Option(None, "--format", "-f", help="table, json, jsonl or csv."),
) -> None:
    """Ranked paragraphs (BM25) with the document, section and a snippet, matches marked 【】.

    Example: policytext search '党费 OR 换届' --db archive.db --type report

    With --figure: stored figures whose subject matches, with their sentence
    (policytext search --figure 党员 --min 1000 --unit 人 --db archive.db).
    """
    filters = SearchFilters.make(doc_type=doc_type, topic=topic, year=year, issuer=issuer, region=region)
    fmt = resolve_format(fmt)
    figure_mode = figure is not None or min_value is not None or max_value is not None or unit
    if not figure_mode and query is None:
        raise QueryError("the query is empty")
    node = parse_query(query) if query is not None else None
    with open_archive(db) as archive:
        if figure_mode:
            fq = FigureQuery(subject=figure, min=min_value, max=max_value,
                             units=[u for u in re.split(r"[,，\s]+", unit or "") if u], text=node)
            hits = archive.search_figures(fq, filters, limit)
            if fmt is Format.table and not hits:
                out.print("no figures")
                return
            emit(hits, fmt, columns=["doc", "subject", "surface", "value", "unit", "sentence"])
            return
        hits = archive.search(node, filters, limit)
        pending = archive.stats()["search_pending"]
    if fmt is Format.table:
        for h in hits:
            h.doc = Path(h.doc).name
    emit(hits, fmt, columns=["score", "doc", "title", "section", "snippet"])
    if pending:
        err.print(f"note: {pending} documents are not yet searchable; run `policytext index` "
                  "again to finish", highlight=False)
    if not hits and fmt is Format.table:
        out.print("no hits")
