"""The content words of a provision, and how much of them a report passage covers.

A provision is cut into words with jieba; words that only say how strongly or how often
(要, 每年, 至少 …, ``data/check/query_stopwords.txt``) are dropped because modality and
constraints are judged separately. A passage covers a word when it contains it, so a
word jieba glued differently in the report is still found. Each word weighs by its
rarity across the report's passages (IDF), so 党员 in every sentence counts little and
三重一大 counts much.
"""
from __future__ import annotations

import bisect
import itertools
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


#: an enumeration (讲座、报告会、论坛等活动) is one slot of a provision, met by any of its items;
#: it is written as one term: items joined by ``ANY``, the words of an item by ``ALL``
ANY, ALL = "/", "+"
_CLAUSE = re.compile(r"[^，,；;。：:！？!?]+")


#: how often (每半年, 每两周) is for the constraint logic; an amount (1次, 32学时) keeps only its
#: unit, cut off so jieba does not glue it to the next word (1次思政课 -> 次思政课; 2小时内向
#: -> 小时, not 内向)
_EVERY = re.compile(r"每[一二两三四五六七八九十半双\d]*个?(年|月|季度|学期|学年|周|天|日)")
#: a fraction (五分之四): a number, not words to look for
_FRACTION = re.compile(r"[一二三四五六七八九十百]+分之[一二三四五六七八九十]+")
_AMOUNT = re.compile(r"[\d.]+\s*(个工作日|个月|学时|小时|万元|元|次|名|个|项|所|人|天|周|年)(?:以内|之内|内)?")


def _is_word(w: str) -> bool:
    return bool(_WORD.match(w)) and w not in _stopwords()


#: an item of a list is short; a longer stretch between two 、 ends one list and opens another
ITEM_MAX = 3
_AND = frozenset({"和", "及", "以及", "与"})


def _lists(tokens: list[str]) -> list[tuple[list[list[str]], int, int]]:
    """The enumerations in ``tokens`` (one clause): their items' words and token spans."""
    cuts = [i for i, t in enumerate(tokens) if t == "、"]
    if not cuts:
        return []
    bounds = list(zip([-1, *cuts], [*cuts, len(tokens)]))  # segment i = tokens[a+1:b]
    idx = [[j for j in range(a + 1, b) if _is_word(tokens[j])] for a, b in bounds]
    runs, run = [], [0]
    for i in range(1, len(bounds)):
        run.append(i)
        if i < len(bounds) - 1 and len(idx[i]) > ITEM_MAX:  # a long middle: one list ends here
            runs.append(run)
            run = [i]
    runs.append(run)
    out = []
    for run in runs:
        if len(run) < 2:
            continue
        inner = [idx[i] for i in run[1:-1] if len(idx[i]) <= ITEM_MAX]
        # the last item runs to 等 (班级群等网络阵地), or is as long as the item before it,
        # and 管理和监督 adds one more
        a, b = bounds[run[-1]]
        stop = next((j for j in range(a + 1, b) if tokens[j] == "等" or
                     (len(tokens[j]) > 1 and tokens[j].endswith("等"))), None)
        tail: list[list[int]] = []
        if stop is not None:
            # …整改落实和下一步工作思路等: 和 parts items too; an item still longer is no list item
            item: list[int] = []
            for j in range(a + 1, stop + 1):
                if tokens[j] in _AND and item:
                    tail.append(item)
                    item = []
                elif _is_word(tokens[j].removesuffix("等")):
                    item.append(j)
            tail.append(item)
            if any(len(it) > ITEM_MAX for it in tail):
                continue
            end = stop + 1
        else:
            k = max(1, min(ITEM_MAX, len(inner[-1]) if inner else 1))
            item = idx[run[-1]][:k]
            tail.append(item)
            end = (item[-1] + 1) if item else a + 1
            if end < b and tokens[end] in _AND:
                more = [j for j in idx[run[-1]] if j > end][:k]
                if more:
                    tail.append(more)
                    end = more[-1] + 1
        k = max(1, min(ITEM_MAX, len(inner[0]) if inner else len(tail[0])))
        head = idx[run[0]][-k:]
        start = head[0] if head else bounds[run[0]][1]
        items = [[tokens[j].removesuffix("等") for j in it] for it in [head, *inner, *tail] if it]
        items = [[w for w in it if _is_word(w)] for it in items]
        items = [it for it in items if it]
        if len(items) >= 2:
            out.append((items, start, end))
    return out


@lru_cache(maxsize=4096)
def content_words(text: str) -> tuple[str, ...]:
    """Distinct content words of ``text`` in order: :func:`words` without the stopwords.

    An enumeration is one term (``讲座/报告会/论坛``): a passage that names one item covers it.
    """
    out: list[str] = []
    for m in _CLAUSE.finditer(_AMOUNT.sub(r" \1 ", _EVERY.sub(" ", _FRACTION.sub(" ", text)))):
        tokens = jieba.lcut(m.group())
        at = 0
        for items, start, end in _lists(tokens):
            out.extend(w for w in tokens[at:start] if _is_word(w))
            out.append(ANY.join(ALL.join(dict.fromkeys(it)) for it in items))
            at = end
        out.extend(w for w in tokens[at:] if _is_word(w))
    return tuple(dict.fromkeys(out))


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


def kind_names(text: str) -> str:
    """The full name of each kind ``text`` names (支委会 -> 支部委员会会议), for matching a
    provision that calls it by that name; '' when it names none."""
    named = kinds_named(text)
    return "、".join(forms[0] for kind, forms in _kinds() if kind in named)


def _forms(word: str) -> tuple[str, ...]:
    """The strings whose presence means ``word`` is there: the word, the words the genre
    uses for the same thing, for a rate (达标率, 签订率) what it rates (达标), and for money
    (教育经费) the same money earmarked (教育专项经费), and for a meeting (办公会议) its short
    name (办公会)."""
    rated = (word[:-1],) if len(word) >= 3 and word.endswith("率") else ()
    # 教育经费 is there in 党员教育专项经费: money earmarked is still that money
    earmarked = (f"{word[:-2]}专项{word[-2:]}",) if len(word) >= 4 and word[-2:] in ("经费", "资金") else ()
    # 办公会议 is there in 校长办公会: a meeting goes by its name without 议
    meeting = (word[:-1],) if len(word) >= 4 and word.endswith("会议") else ()
    return (word, *_synonyms().get(word, ()), *rated, *earmarked, *meeting)


def found(word: str, text: str) -> bool:
    """Is ``word`` (or a word the genre uses for the same thing) in ``text``? A rate
    (达标率, 签订率) is found where what it rates is (4个支部通过达标验收)."""
    return any(f in text for f in _forms(word))


class _Where:
    """Which of many texts hold a word (by :func:`found`), from one scan of them joined."""

    SEP = "\x00"

    def __init__(self, texts: list[str]) -> None:
        self._joined = self.SEP.join(texts)
        self._starts = list(itertools.accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
        self._ends = [s + len(t) for s, t in zip(self._starts, texts)]
        self._cache: dict[str, frozenset[int]] = {}

    def __call__(self, word: str) -> frozenset[int]:
        got = self._cache.get(word)
        if got is None:
            hits: set[int] = set()
            joined, starts, ends = self._joined, self._starts, self._ends
            for form in _forms(word):
                if not form:
                    continue
                pos = joined.find(form)
                while pos != -1:
                    i = bisect.bisect_right(starts, pos) - 1
                    hits.add(i)
                    pos = joined.find(form, ends[i] + 1)
            got = self._cache[word] = frozenset(hits)
        return got


class Coverage:
    """IDF-weighted share of a provision's words that one passage contains."""

    def __init__(self, passages: list[str], context: list[str] | None = None) -> None:
        self._passages = passages
        self._context = context or passages
        self._n = len(passages)
        self._where = _Where(passages)
        self._where_wide = _Where(self._context) if context is not None else self._where
        self._idf: dict[str, float] = {}
        self._totals: dict[tuple[str, ...], float] = {}
        self._credits: dict[tuple[str, int, bool], float] = {}  # a provision word in a passage

    def idf(self, word: str) -> float:
        got = self._idf.get(word)
        if got is not None:
            return got
        if ANY in word or ALL in word:  # a slot weighs like one of its items
            alts = [a.split(ALL) for a in word.split(ANY)]
            got = sum(sum(self.idf(w) for w in alt) for alt in alts) / len(alts)
        else:
            df = len(self._where(word))
            # a word the report never uses still weighs like one it uses once
            got = math.log(1 + (self._n + 1) / (max(df, 1) + 0.5)) * genre_idf(word)
        self._idf[word] = got
        return got

    def has_context(self, passage: int) -> bool:
        """Does the passage's wider context hold more than the passage itself?"""
        return len(self._context[passage]) > len(self._passages[passage])

    def context(self, passage: int) -> str:
        """The passage with its neighbours, as matched."""
        return self._context[passage]

    def share(self, words: tuple[str, ...], passage: int, wide: bool = False) -> float:
        if not words:
            return 0.0
        total = self._totals.get(words)
        if total is None:
            total = self._totals[words] = sum(self.idf(w) for w in words)
        if not total:
            return 0.0
        credits = self._credits
        got = 0.0
        for w in words:
            c = credits.get((w, passage, wide))
            if c is None:
                c = credits[(w, passage, wide)] = self._credit(w, passage, wide)
            if c:
                got += self.idf(w) * c
        return got / total

    def _credit(self, word: str, passage: int, wide: bool) -> float:
        """1 when the passage (with its neighbours if ``wide``) has the word; for a slot,
        the best share of one item's words."""
        where = self._where_wide if wide else self._where
        if ANY not in word and ALL not in word:
            return 1.0 if passage in where(word) else 0.0
        best = 0.0
        for alt in word.split(ANY):
            parts = alt.split(ALL)
            total = sum(self.idf(w) for w in parts)
            got = sum(self.idf(w) for w in parts if passage in where(w))
            best = max(best, got / total if total else 0.0)
        return best
