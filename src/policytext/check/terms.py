"""The content words of a provision, and how much of them a report passage covers.

A provision is cut into words with jieba; words that only say how strongly or how often
(要, 每年, 至少 …, ``data/check/query_stopwords.txt``) are dropped because modality and
constraints are judged separately. A passage covers a word when it contains it, so a
word jieba glued differently in the report is still found. Each word weighs by its
rarity across the report's passages (IDF), so 党员 in every sentence counts little and
三重一大 counts much.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from importlib import resources

import yaml

from ..segment import jieba
from .genre import genre_idf

_WORD = re.compile(r"^[\u3400-\u9fffA-Za-z][\u3400-\u9fffA-Za-z0-9]+$")


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    text = resources.files("policytext.data.check").joinpath("query_stopwords.txt").read_text("utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def words(text: str) -> tuple[str, ...]:
    """Distinct words of ``text`` in order (two or more characters, no numbers or punctuation)."""
    return tuple(dict.fromkeys(w for w in jieba.lcut(text) if _WORD.match(w)))


@lru_cache(maxsize=4096)
def content_words(text: str) -> tuple[str, ...]:
    """Distinct content words of ``text`` in order: :func:`words` without the stopwords."""
    stop = _stopwords()
    return tuple(w for w in words(text) if w not in stop)


@lru_cache(maxsize=1)
def _synonyms() -> dict[str, tuple[str, ...]]:
    raw = yaml.safe_load(resources.files("policytext.data.check").joinpath("synonyms.yaml").read_text("utf-8"))
    return {k: tuple(v) for k, v in (raw or {}).items()}


@lru_cache(maxsize=1)
def _kinds() -> tuple[tuple[str, tuple[str, ...]], ...]:
    raw = yaml.safe_load(resources.files("policytext.data.check").joinpath("kinds.yaml").read_text("utf-8"))
    return tuple((kind, tuple(forms)) for group in (raw or {}).values()
                 for kind, forms in group.items())


def kinds_named(text: str) -> frozenset[str]:
    """The kinds of ``data/check/kinds.yaml`` that ``text`` names (支委会, 党员大会 …)."""
    out = set()
    for kind, forms in _kinds():
        for form in forms:
            if form in text:
                out.add(kind)
                break
    return frozenset(out)


def found(word: str, text: str) -> bool:
    """Is ``word`` (or a word the genre uses for the same thing) in ``text``?"""
    return word in text or any(s in text for s in _synonyms().get(word, ()))


class Coverage:
    """IDF-weighted share of a provision's words that one passage contains."""

    def __init__(self, passages: list[str]) -> None:
        self._passages = passages
        self._n = len(passages)
        self._idf: dict[str, float] = {}

    def idf(self, word: str) -> float:
        got = self._idf.get(word)
        if got is None:
            df = sum(found(word, p) for p in self._passages)
            # a word the report never uses still weighs like one it uses once
            got = math.log(1 + (self._n + 1) / (max(df, 1) + 0.5)) * genre_idf(word)
            self._idf[word] = got
        return got

    def share(self, words: tuple[str, ...], passage: int) -> float:
        if not words:
            return 0.0
        text = self._passages[passage]
        total = sum(self.idf(w) for w in words)
        return sum(self.idf(w) for w in words if found(w, text)) / total if total else 0.0
