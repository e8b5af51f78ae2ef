"""Find the report sentences that speak to a provision: BM25 over character bigrams.

Character bigrams find every two-character word a guideline uses (换届, 党费, 学时) where
a word segmenter may glue it into a longer token. Scores are BM25, for ranking only: how
much of a provision a passage covers is measured on words (``check.terms.Coverage``).
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

_RUN = re.compile(r"[\u3400-\u9fff]+|[A-Za-z]+|\d+(?:\.\d+)?")

#: bigrams so common in this genre that they carry no evidence on their own
_STOP = frozenset(
    ["工作", "进一步", "一步", "加强", "开展", "全面", "推进", "深入", "积极", "认真", "切实", "有关", "相关", "各类", "不断", "提高", "要求", "建立", "健全", "完善", "落实", "组织", "充分", "发挥", "坚持", "学校", "党的"]
)


def bigrams(text: str) -> list[str]:
    """Overlapping CJK bigrams (single characters stay), Latin words and numbers."""
    out: list[str] = []
    for m in _RUN.finditer(text):
        s = m.group()
        if "\u3400" <= s[0] <= "\u9fff":
            if len(s) == 1:
                out.append(s)
            else:
                out.extend(s[i : i + 2] for i in range(len(s) - 1))
        else:
            out.append(s.lower())
    return out


@dataclass(slots=True)
class Hit:
    index: int  # which passage
    bm25: float


class BM25:
    """A small in-memory BM25 index over a list of passages."""

    def __init__(self, passages: list[str], k1: float = 1.2, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self._tf: list[Counter[str]] = [Counter(bigrams(p)) for p in passages]
        self._len = [sum(c.values()) or 1 for c in self._tf]
        self._avg = (sum(self._len) / len(self._len)) if self._len else 1.0
        self._post: dict[str, list[int]] = defaultdict(list)
        for i, c in enumerate(self._tf):
            for t in c:
                self._post[t].append(i)
        n = len(passages)
        self._n = n
        self._idf = {t: math.log(1 + (n - len(p) + 0.5) / (len(p) + 0.5)) for t, p in self._post.items()}

    def __len__(self) -> int:
        return self._n

    def search(self, query: str, k: int = 5, extra: dict[str, float] | None = None) -> list[Hit]:
        """Top ``k`` passages for ``query``; ``extra`` adds weight to chosen terms."""
        terms = Counter(t for t in bigrams(query) if t not in _STOP)
        if not terms or not self._n:
            return []
        weights = {t: q * (1.0 + (extra or {}).get(t, 0.0)) for t, q in terms.items()}
        scores: dict[int, float] = defaultdict(float)
        for t, w in weights.items():
            idf = self._idf.get(t)
            if idf is None:
                continue
            for i in self._post[t]:
                tf = self._tf[i][t]
                norm = tf * (self.k1 + 1) / (tf + self.k1 * (1 - self.b + self.b * self._len[i] / self._avg))
                scores[i] += w * idf * norm
        best = sorted(scores, key=scores.__getitem__, reverse=True)[:k]
        return [Hit(i, scores[i]) for i in best]
