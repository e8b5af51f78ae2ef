"""Rebuild ``data/check/genre_df.tsv``, the genre word table of :mod:`policytext.check.genre`.

Usage: ``python -m policytext.check.build_genre corpora/classify/written corpora/real/corpus``
(the written training documents and the real corpus; never the documents check is
evaluated on).
"""
from __future__ import annotations

import sys
from collections import Counter
from importlib import resources
from pathlib import Path

from .genre import DATA, MIN_DF
from .terms import words


def count(paths: list[Path]) -> tuple[int, Counter[str]]:
    """Paragraph count and per-word paragraph frequency over the ``.txt`` files under ``paths``."""
    n, df = 0, Counter()
    files = sorted(f for p in paths for f in ([p] if p.is_file() else p.rglob("*.txt")))
    for f in files:
        for line in f.read_text("utf-8").splitlines():
            if len(line.strip()) < 8:
                continue
            n += 1
            df.update(set(words(line)))
    return n, df


def write(path: Path, n: int, df: Counter[str], sources: list[str]) -> None:
    rows = [f"# paragraphs\t{n}", f"# sources\t{' '.join(sources)}"]
    rows += [f"{w}\t{c}" for w, c in sorted(df.items(), key=lambda x: (-x[1], x[0])) if c >= MIN_DF]
    path.write_text("\n".join(rows) + "\n", "utf-8")


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    paths = [Path(a) for a in argv]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        print(f"error: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    n, df = count(paths)
    if not n:  # never replace the shipped table with an empty one
        print("error: no paragraphs in the .txt files under these paths; table left as it was",
              file=sys.stderr)
        return 2
    out = Path(str(resources.files("policytext.data.check").joinpath(DATA)))
    write(out, n, df, [str(p) for p in paths])
    print(f"{n} paragraphs, {sum(c >= MIN_DF for c in df.values())} words -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
