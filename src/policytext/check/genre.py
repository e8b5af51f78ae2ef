"""How informative a word is in this genre: document frequency over a reference corpus.

A report's own IDF says how rare a word is in that report; it cannot tell 民主评议 (a
specific duty) from 开展 (said of every duty) when the report uses neither. The genre IDF
does: it is counted once over paragraphs of the project's reference documents (written
training documents and the real corpus, never the documents the check is evaluated on)
and shipped as ``data/check/genre_df.tsv``.

Rebuild with ``python -m policytext.check.genre corpora/classify/written corpora/real/corpus``.
"""
from __future__ import annotations

import math
import sys
from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .terms import words

#: a word seen in fewer paragraphs than this is not written to the data file (it weighs as unseen)
MIN_DF = 2
DATA = "genre_df.tsv"


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


@lru_cache(maxsize=1)
def _table() -> tuple[int, dict[str, int]]:
    text = resources.files("policytext.data.check").joinpath(DATA).read_text("utf-8")
    n, df = 1, {}
    for line in text.splitlines():
        key, _, val = line.partition("\t")
        if key == "# paragraphs":
            n = int(val)
        elif not key.startswith("#"):
            df[key] = int(val)
    return n, df


def genre_idf(word: str) -> float:
    """log((N + 1) / (df + 1)) + 1 over the reference paragraphs; unseen words weigh most."""
    n, df = _table()
    return math.log((n + 1) / (df.get(word, 0) + 1)) + 1.0


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    paths = [Path(a) for a in argv]
    n, df = count(paths)
    out = Path(str(resources.files("policytext.data.check").joinpath(DATA)))
    write(out, n, df, [str(p) for p in paths])
    print(f"{n} paragraphs, {sum(c >= MIN_DF for c in df.values())} words -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
