"""`make demo`: parse the bundled corpus and show what policytext finds."""
from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table

import policytext as pt

ROOT = Path(__file__).parent
console = Console()


def main() -> None:
    files = sorted((ROOT / "corpora" / "real").rglob("*.txt"))
    table = Table(title=f"policytext parse: {len(files)} bundled documents")
    for col in ("file", "type", "title", "date", "sections", "paragraphs"):
        table.add_column(col, overflow="fold")
    for f in files:
        doc = pt.load(f)
        table.add_row(f.name, doc.doc_type, (doc.title or "")[:40], doc.meta.date or "",
                      str(sum(1 for _ in doc.walk())), str(len(doc.paragraphs)))
    console.print(table)


if __name__ == "__main__":
    main()
