"""The keyword-rule baseline: labels from the taxonomy's cue words, no learning.

Topics: every topic with a cue word in the passage (``other`` when none). Function: the
function whose cues occur most in the enclosing headings (weighted double, since sections
such as 存在的问题 or 保障措施 name their function) and in the passage; when no cue occurs,
the most frequent function of the training labels (the only thing ``fit`` learns). It is
what a careful person could build in an afternoon, so the model's gain over it is visible.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .features import Passage
from .model import Prediction
from .taxonomy import OTHER, Taxonomy

#: weight of a cue found in the enclosing headings against one found in the passage
HEADING_WEIGHT = 2.0


class KeywordClassifier:
    """Cue-word rules from a taxonomy, with the estimator-style ``fit``/``predict_labels``."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy

    def fit(self, X: Sequence[Passage], y: Sequence[tuple[Sequence[str], str]],
            groups: object = None) -> KeywordClassifier:
        """Learn only the fallback function (the most frequent one)."""
        counts = Counter(f for _, f in y)
        self.fallback_ = counts.most_common(1)[0][0] if counts else OTHER
        return self

    def _topics(self, p: Passage) -> list[tuple[str, float]]:
        hits = []
        for d in self.taxonomy.topics:
            n = sum(p.text.count(c) for c in d.cues)
            if n:
                hits.append((d.label, float(n)))
        hits.sort(key=lambda x: -x[1])
        return hits or [(OTHER, 1.0)]

    def _function(self, p: Passage) -> tuple[str, float]:
        scores: dict[str, float] = {}
        ctx = p.context + (" " + p.text if p.is_heading else "")
        for d in self.taxonomy.functions:
            s = HEADING_WEIGHT * sum(ctx.count(c) for c in d.cues)
            s += sum(p.text.count(c) for c in d.cues)
            if s:
                scores[d.label] = s
        if not scores:
            return (getattr(self, "fallback_", OTHER), 0.0)
        best = max(scores.items(), key=lambda kv: kv[1])
        return (best[0], best[1] / sum(scores.values()))

    def predict_labels(self, X: Sequence[Passage]) -> list[Prediction]:
        return [Prediction(self._topics(p), self._function(p)) for p in X]

    def predict_topics(self, X: Sequence[Passage]) -> list[list[str]]:
        return [[t for t, _ in p.topics] for p in self.predict_labels(X)]

    def predict_function(self, X: Sequence[Passage]) -> list[str]:
        return [p.function[0] for p in self.predict_labels(X)]
