"""Snippets cut from the stored paragraph text, with the matches marked.

Matches are found in the normalised paragraph (same length as the real one), so their
offsets cut the real text; the marks 【】 go around the real characters.
"""
from __future__ import annotations

from .query import Node, positive_terms
from .text import find_all, normalize

MARK_OPEN, MARK_CLOSE = "【", "】"
#: characters of context kept before the first match and in the whole snippet
CONTEXT_BEFORE = 30
SNIPPET_CHARS = 120


def match_spans(node: Node, text: str) -> list[tuple[int, int]]:
    """Merged (start, end) spans, relative to ``text``, of every positive query term."""
    norm = normalize(text)
    spans: list[tuple[int, int]] = []
    for term in positive_terms(node):
        spans.extend(find_all(norm, term.text))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def cut_snippet(text: str, spans: list[tuple[int, int]], width: int = SNIPPET_CHARS) -> str:
    """A window of ``text`` around the first match, every match in it marked 【…】."""
    first = spans[0][0] if spans else 0
    lo = max(0, first - CONTEXT_BEFORE)
    hi = min(len(text), lo + width)
    if spans and spans[0][1] > hi:  # a very long match: show it whole
        hi = spans[0][1]
    parts = ["…" if lo > 0 else ""]
    pos = lo
    for s, e in spans:
        if e <= lo or s >= hi:
            continue
        s, e = max(s, lo), min(e, hi)
        parts.append(text[pos:s])
        parts.append(MARK_OPEN + text[s:e] + MARK_CLOSE)
        pos = e
    parts.append(text[pos:hi])
    if hi < len(text):
        parts.append("…")
    return "".join(parts)
