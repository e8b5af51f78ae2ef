"""How informative a word is in this genre: document frequency over a reference corpus.

A report's own IDF says how rare a word is in that report; it cannot tell 民主评议 (a
specific duty) from 开展 (said of every duty) when the report uses neither. The genre IDF
does: it is counted once over paragraphs of the project's reference documents (written
training documents and the real corpus, never the documents the check is evaluated on)
and shipped as ``data/check/genre_df.tsv``.

Rebuild with ``python -m policytext.check.build_genre corpora/classify/written corpora/real/corpus``.
"""
from __future__ import annotations

import math
from functools import lru_cache
from importlib import resources

#: a word seen in fewer paragraphs than this is not written to the data file (it weighs as unseen)
MIN_DF = 2
DATA = "genre_df.tsv"


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
