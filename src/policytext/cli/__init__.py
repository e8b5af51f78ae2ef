"""The ``policytext`` command: a thin layer over the library.

Each area registers its commands from its own module; this file only joins them.
"""
from __future__ import annotations

import typer

app = typer.Typer(
    name="policytext",
    help="Read Chinese policy documents and work reports; turn them into data you can check, count and search.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode="rich",
)
evaluate_app = typer.Typer(help="Score extractors and models on the gold sets in corpora/.", no_args_is_help=True)
app.add_typer(evaluate_app, name="evaluate")

# command modules register themselves on `app` / `evaluate_app` when imported
from . import archive as _archive  # noqa: F401
from . import check as _check  # noqa: F401
from . import classify as _classify  # noqa: F401
from . import figures as _figures  # noqa: F401
from . import parse as _parse  # noqa: F401
from . import requirements as _requirements  # noqa: F401


def main() -> None:
    """Console-script entry point."""
    app()
