"""Chinese tokenisation for search: length-preserving normalisation and character bigrams.

Why bigrams and not words: a word segmenter (jieba) glues two-character words into longer
ones (廉政 inside 党风廉政建设), so a word index misses what a person typed. Indexing every
overlapping pair of characters makes any query of two or more characters a phrase of its
bigrams, which matches exactly where the query occurs as a substring.

Every character position ``i`` of a normalised paragraph yields exactly one token,
``s[i:i+2]`` (the last position yields the single last character). Token position ``i`` is
therefore character offset ``i``, phrases are runs of consecutive positions, and a single
character ``X`` is any token that starts with ``X``. Normalisation keeps the length, so
offsets found in the normalised text are offsets into the real text.
"""
from __future__ import annotations

import unicodedata
from itertools import pairwise

#: what whitespace becomes inside a token (the search tokenizer splits on whitespace)
SPACE_MARK = "\u2423"


class _FoldTable(dict):
    """``str.translate`` table built on demand: NFKC + lower case, one char to one char."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if ch.isspace():
            folded = SPACE_MARK
        else:
            folded = unicodedata.normalize("NFKC", ch).lower()
            if len(folded) != 1 or folded.isspace():
                folded = ch
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def normalize(text: str) -> str:
    """Fold width and case (ＧＤＰ -> gdp) and mark whitespace, keeping every offset."""
    return text.translate(_FOLD)


def bigram_stream(text: str) -> str:
    """The space-joined token stream indexed for ``text``: one token per character."""
    s = normalize(text)
    if not s:
        return ""
    return " ".join([a + b for a, b in pairwise(s)] + [s[-1]])


def query_tokens(phrase: str) -> list[str]:
    """Tokens a phrase query needs, in order (positions are their list indices).

    For two or more characters these are the overlapping bigrams; a single character
    returns itself (to be matched as a token prefix).
    """
    s = normalize(phrase)
    if len(s) < 2:
        return [s] if s else []
    return [a + b for a, b in pairwise(s)]


def find_all(haystack_norm: str, needle: str) -> list[tuple[int, int]]:
    """Every (start, end) of ``needle`` in an already normalised text, overlaps included."""
    n = normalize(needle)
    out: list[tuple[int, int]] = []
    if not n:
        return out
    i = haystack_norm.find(n)
    while i != -1:
        out.append((i, i + len(n)))
        i = haystack_norm.find(n, i + 1)
    return out
