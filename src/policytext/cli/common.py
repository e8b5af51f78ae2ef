"""What every command shares: input expansion, batches with progress, output formats, errors.

Commands stay thin: they parse arguments, call the library, and hand records to
:func:`emit`. A :class:`~policytext.errors.PolicyTextError` becomes one line on stderr.
"""
from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import is_dataclass
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from ..errors import PolicyTextError
from ..read import find_documents
from ..records import to_dict

T = TypeVar("T")

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


FormatOption = typer.Option(
    None, "--format", "-f", help="table (default on a terminal), json, jsonl or csv."
)


def resolve_format(fmt: Format | None) -> Format:
    """``table`` on a terminal, ``jsonl`` when piped, unless the user chose."""
    if fmt is not None:
        return fmt
    return Format.table if sys.stdout.isatty() else Format.jsonl


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print one line on stderr and return the Exit to raise."""
    err.print(f"[red]error:[/red] {message}", highlight=False, markup=True)
    return typer.Exit(code)


def expand_inputs(paths: Sequence[Path]) -> list[Path]:
    """Files as given; folders walked (sorted) for readable files."""
    return find_documents(paths)


def run_batch(
    files: Sequence[Path], fn: Callable[[Path], T], label: str = "reading"
) -> tuple[list[tuple[Path, T]], list[tuple[Path, str]]]:
    """Apply ``fn`` to each file; keep going past failures and return both lists.

    A progress bar (on stderr) is shown for more than one file.
    """
    done: list[tuple[Path, T]] = []
    failed: list[tuple[Path, str]] = []
    show = len(files) > 1
    with Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[name]}"),
        console=err,
        transient=True,
        disable=not show,
    ) as progress:
        task = progress.add_task(label, total=len(files), name="")
        for f in files:
            progress.update(task, name=f.name)
            try:
                done.append((f, fn(f)))
            except PolicyTextError as exc:
                failed.append((f, str(exc) if exc.path else f"{f}: {exc}"))
            except (OSError, ValueError, RuntimeError, MemoryError) as exc:  # pragma: no cover
                failed.append((f, f"{f}: unexpected {type(exc).__name__}: {exc}"))
            progress.advance(task)
    return done, failed


def report_failures(failed: Sequence[tuple[Path, str]], total: int) -> None:
    """List the files that failed; raise Exit(1) if any did."""
    if not failed:
        return
    if total == 1:
        raise fail(failed[0][1])
    err.print(f"[red]{len(failed)} of {total} files failed:[/red]")
    for _, msg in failed:
        err.print(f"  {msg}", highlight=False, markup=False)
    raise typer.Exit(1)


def _plain(value: Any) -> Any:
    """A record as JSON-ready data (the record's own ``to_dict`` first); others as they are."""
    return to_dict(value) if is_dataclass(value) and not isinstance(value, type) else value


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def emit(
    records: Iterable[Any],
    fmt: Format,
    columns: Sequence[str] | None = None,
    title: str | None = None,
) -> None:
    """Write records as a rich table, JSON array, JSON lines or CSV on stdout.

    ``columns`` picks and orders the fields for table and CSV; JSON always has all.
    """
    rows = [_plain(r) for r in records]
    if fmt is Format.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    if fmt is Format.jsonl:
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
        return
    cols = list(columns) if columns else (list(rows[0].keys()) if rows else [])
    if fmt is Format.csv:
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            w.writerow([_cell(r.get(c)) for c in cols])
        return
    table = Table(title=title, show_lines=False)
    for c in cols:
        table.add_column(c, overflow="fold")
    for r in rows:
        table.add_row(*[_cell(r.get(c)) for c in cols])
    out.print(table)


def guarded(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn a PolicyTextError raised by a command into one stderr line and exit 1."""
    import functools

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except PolicyTextError as exc:
            raise fail(str(exc)) from None
        except KeyboardInterrupt:
            raise fail("interrupted", code=130) from None

    return wrapper
