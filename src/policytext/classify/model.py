"""The passage classifier: topics (one-vs-rest, tuned thresholds) and function (multinomial).

Shaped as a scikit-learn estimator: ``__init__`` stores settings, ``fit`` returns self,
learned state ends in ``_``, and using it before ``fit`` raises ``NotFittedError``.
Features come from :class:`~.features.PassageVectorizer` (TF-IDF over character 1–3-grams
and jieba words, plus heading context and layout). Topic thresholds are tuned per label on
out-of-fold probabilities grouped by document, so no document tunes its own threshold.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
import sklearn
from sklearn.base import BaseEstimator
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, KFold
from sklearn.utils.validation import check_is_fitted

from .features import Passage, PassageVectorizer
from .taxonomy import OTHER, Taxonomy

#: bump when the saved layout of the estimator or the features it expects change; old
#: files are then refused (2: the document-genre one-hot)
FORMAT_VERSION = 2
#: candidate thresholds for a topic label
THRESHOLDS = np.round(np.arange(0.10, 0.91, 0.025), 3)
#: where a paragraph's sentences end (the split keeps the mark), and the shortest piece
#: worth a topic score of its own
_SENTENCE_SPLIT = re.compile(r"(?<=[。；！？])")
MIN_SENTENCE = 8


@dataclass(slots=True)
class Prediction:
    """Labels of one passage: topics (score ≥ threshold, at least one) and the function."""

    topics: list[tuple[str, float]]
    function: tuple[str, float]


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


class PassageClassifier(BaseEstimator):
    """Topics and function of passages of Chinese policy documents and work reports.

    ``fit(X, y, groups)``: ``X`` a list of :class:`Passage`, ``y`` a list of
    ``(topics, function)`` pairs, ``groups`` the document id of each passage (for the
    threshold tuning folds).

    Defaults were chosen by 4-fold GroupKFold on the training documents only (seeds never
    looked at): taxonomy cue counts as features (``cue_weight`` 0.5), no heading context
    for topics then (see below), double weight for it in the function model, weak
    regularisation for topics.
    ``relative_threshold`` 0.5 (a topic must also score half the top topic's score; long
    paragraphs were given too many topics) was chosen on 5-fold document CV: 0.776 -> 0.781.
    The function model also reads the parsed document's type (``genre_weight`` 1.0, chosen
    on 5-fold document CV among 0.5/1.0/1.5/3.0: function accuracy 0.817 -> 0.874). With
    the check documents' labels added, heading context helps topics too
    (``topic_context_weight`` 0.5, chosen on 5-fold document CV among 0/0.5/1.0: topic
    macro-F1 0.800/0.803/0.802).
    A paragraph also takes ``sentence_weight`` times the best score of each topic over its
    sentences: a long paragraph that spends one sentence on 经费 is about resources too,
    though the sentence is drowned in the whole. Chosen on 5-fold document CV over the
    training documents (seeds left out): among 0/0.7/0.85/1.0 topic macro-F1
    0.817/0.822/0.821/0.821 (paragraphs of 150 characters or more: 0.748/0.786/0.784/0.788);
    with the o–r and wy_ labels added, among 0/0.4/0.5/0.6/0.7 0.813/0.815/0.816/0.818/0.817
    (long paragraphs 0.752/0.771/0.772/0.782/0.783): 0.6.
    """

    def __init__(self, topic_labels: Sequence[str] = (), function_labels: Sequence[str] = (),
                 C_topic: float = 30.0, C_function: float = 10.0,
                 char_ngrams: tuple[int, int] = (1, 3), words: bool = True,
                 topic_context_weight: float = 0.5, function_context_weight: float = 2.0,
                 layout_weight: float = 0.5, balanced: bool = True, tune_thresholds: bool = True,
                 folds: int = 5, cue_weight: float = 0.5, relative_threshold: float = 0.5,
                 genre_weight: float = 1.0, sentence_weight: float = 0.6,
                 cues: tuple[tuple[str, ...], ...] = (), taxonomy_fingerprint: str = "") -> None:
        self.topic_labels = topic_labels
        self.function_labels = function_labels
        self.C_topic = C_topic
        self.C_function = C_function
        self.char_ngrams = char_ngrams
        self.words = words
        self.topic_context_weight = topic_context_weight
        self.function_context_weight = function_context_weight
        self.layout_weight = layout_weight
        self.balanced = balanced
        self.tune_thresholds = tune_thresholds
        self.folds = folds
        self.cue_weight = cue_weight
        self.relative_threshold = relative_threshold
        self.genre_weight = genre_weight
        self.sentence_weight = sentence_weight
        self.cues = cues
        self.taxonomy_fingerprint = taxonomy_fingerprint

    @classmethod
    def for_taxonomy(cls, taxonomy: Taxonomy, **params: object) -> PassageClassifier:
        """A classifier over the labels of ``taxonomy``."""
        cues = tuple(d.cues for d in taxonomy.topics) + tuple(d.cues for d in taxonomy.functions)
        return cls(topic_labels=tuple(taxonomy.topic_labels),
                   function_labels=tuple(taxonomy.function_labels), cues=cues,
                   taxonomy_fingerprint=taxonomy.fingerprint, **params)

    # ------------------------------------------------------------------ fitting
    def _blocks(self, X: Sequence[Passage]) -> tuple[sp.csr_matrix, sp.csr_matrix]:
        text, ctx, layout, genre = self.vectorizer_.transform_blocks(X)
        xt = sp.hstack([text, ctx * self.topic_context_weight, layout], format="csr")
        xf = sp.hstack([text, ctx * self.function_context_weight, layout,
                        genre * self.genre_weight], format="csr")
        return xt, xf

    def _fit_core(self, X: Sequence[Passage], Y: np.ndarray, f: np.ndarray) -> tuple:
        vec = PassageVectorizer(char_ngrams=tuple(self.char_ngrams), words=self.words,
                                layout_weight=self.layout_weight,
                                cues=self.cues if self.cue_weight > 0 else (),
                                cue_weight=self.cue_weight).fit(X)
        self.vectorizer_ = vec
        xt, xf = self._blocks(X)
        coef = np.zeros((Y.shape[1], xt.shape[1]), dtype=np.float32)
        icpt = np.full(Y.shape[1], -30.0, dtype=np.float32)  # a label never seen: never predicted
        for j in range(Y.shape[1]):
            yj = Y[:, j]
            if yj.min() == yj.max():
                if yj[0] == 1:
                    icpt[j] = 30.0
                continue
            lr = LogisticRegression(C=self.C_topic, solver="liblinear",
                                    class_weight="balanced" if self.balanced else None,
                                    max_iter=2000).fit(xt, yj)
            coef[j] = lr.coef_[0]
            icpt[j] = lr.intercept_[0]
        fn = LogisticRegression(C=self.C_function, max_iter=3000).fit(xf, f)
        fn.coef_ = fn.coef_.astype(np.float32)
        return vec, coef, icpt, fn

    def fit(self, X: Sequence[Passage], y: Sequence[tuple[Sequence[str], str]],
            groups: Sequence[str] | None = None) -> PassageClassifier:
        """Learn features, per-topic models, the function model and topic thresholds."""
        X = list(X)
        if not X:
            raise ValueError("no training passages")
        tl = list(self.topic_labels) or sorted({t for ts, _ in y for t in ts})
        fl = list(self.function_labels) or sorted({f for _, f in y})
        Y = np.array([[1 if t in ts else 0 for t in tl] for ts, _ in y], dtype=np.int8)
        f = np.array([fl.index(fn) for _, fn in y])
        thresholds = np.full(len(tl), 0.5)
        if self.tune_thresholds:
            thresholds = self._tune(X, Y, f, groups, tl)
        self.topic_labels_ = tl
        self.function_labels_ = fl
        _, coef, icpt, fn = self._fit_core(X, Y, f)
        self.topic_coef_, self.topic_intercept_, self.function_model_ = coef, icpt, fn
        self.thresholds_ = thresholds.astype(np.float64)
        self.n_train_ = len(X)
        # the documents trained on, so a later score can prove its test documents unseen
        self.train_docs_ = sorted(set(groups)) if groups is not None else []
        self.format_version_ = FORMAT_VERSION
        self.sklearn_version_ = sklearn.__version__
        return self

    def _tune(self, X: list[Passage], Y: np.ndarray, f: np.ndarray,
              groups: Sequence[str] | None, tl: list[str]) -> np.ndarray:
        """Per-label thresholds that maximise F1 on out-of-fold probabilities."""
        n_groups = len(set(groups)) if groups is not None else 0
        if n_groups >= 3:
            splitter = GroupKFold(n_splits=min(self.folds, n_groups))
            splits = list(splitter.split(X, groups=list(groups)))
        else:
            splits = list(KFold(n_splits=min(self.folds, len(X)), shuffle=True,
                                random_state=0).split(X))
        oof = np.zeros(Y.shape, dtype=np.float64)
        for tr, te in splits:
            sub = PassageClassifier(**{**self.get_params(), "tune_thresholds": False})
            sub.topic_labels_, sub.function_labels_ = tl, []
            _, coef, icpt, _ = sub._fit_core([X[i] for i in tr], Y[tr], f[tr])
            xt, _ = sub._blocks([X[i] for i in te])
            oof[te] = _sigmoid(xt @ coef.T + icpt)
        out = np.full(Y.shape[1], 0.5)
        for j in range(Y.shape[1]):
            if Y[:, j].sum() < 3:
                continue
            best, best_t = -1.0, 0.5
            for t in THRESHOLDS:
                pred = oof[:, j] >= t
                tp = float((pred & (Y[:, j] == 1)).sum())
                f1 = 2 * tp / (pred.sum() + Y[:, j].sum()) if tp else 0.0
                if f1 > best + 1e-9:
                    best, best_t = f1, float(t)
            out[j] = best_t
        return out

    # ------------------------------------------------------------------ predicting
    def _topic_scores(self, X: Sequence[Passage]) -> np.ndarray:
        xt, _ = self._blocks(list(X))
        return _sigmoid(np.asarray(xt @ self.topic_coef_.T) + self.topic_intercept_)

    def topic_proba(self, X: Sequence[Passage]) -> np.ndarray:
        """Score of each topic label (columns in ``topic_labels_`` order): the passage's
        probability, or ``sentence_weight`` times its best sentence's if that is higher."""
        check_is_fitted(self, "topic_coef_")
        X = list(X)
        proba = self._topic_scores(X)
        weight = getattr(self, "sentence_weight", 0.0)  # files saved before it existed
        if weight <= 0:
            return proba
        pieces, owner = [], []
        for i, p in enumerate(X):
            if p.is_heading:
                continue
            parts = [s for s in _SENTENCE_SPLIT.split(p.text) if len(s.strip()) >= MIN_SENTENCE]
            if len(parts) >= 2:
                pieces.extend(dataclasses.replace(p, text=s) for s in parts)
                owner.extend([i] * len(parts))
        if pieces:
            best = np.zeros_like(proba)
            np.maximum.at(best, np.array(owner), self._topic_scores(pieces))
            proba = np.maximum(proba, weight * best)
        return proba

    def function_proba(self, X: Sequence[Passage]) -> np.ndarray:
        """Probability of each function label seen in training (``function_model_.classes_``)."""
        check_is_fitted(self, "function_model_")
        _, xf = self._blocks(list(X))
        return self.function_model_.predict_proba(xf)

    def decide_topics(self, proba: np.ndarray) -> list[list[tuple[str, float]]]:
        """Topics whose score reaches its threshold and ``relative_threshold`` times the top
        score (at least the top one); ``other`` only alone."""
        rel = getattr(self, "relative_threshold", 0.0)  # files saved before it existed
        out = []
        for row in proba:
            floor = rel * row.max()
            picked = [j for j in np.argsort(-row) if row[j] >= self.thresholds_[j] and row[j] >= floor]
            if not picked:
                picked = [int(np.argmax(row))]
            labels = [(self.topic_labels_[j], float(row[j])) for j in picked]
            if len(labels) > 1:
                labels = [x for x in labels if x[0] != OTHER] or labels[:1]
            out.append(labels)
        return out

    def predict_labels(self, X: Sequence[Passage]) -> list[Prediction]:
        """Topics with scores and the function with its probability, per passage."""
        X = list(X)
        if not X:
            return []
        topics = self.decide_topics(self.topic_proba(X))
        fp = self.function_proba(X)
        classes = self.function_model_.classes_
        return [Prediction(t, (self.function_labels_[int(classes[i])], float(row[i])))
                for t, row, i in zip(topics, fp, fp.argmax(axis=1))]

    def predict_topics(self, X: Sequence[Passage]) -> list[list[str]]:
        return [[t for t, _ in p.topics] for p in self.predict_labels(X)]

    def predict_function(self, X: Sequence[Passage]) -> list[str]:
        return [p.function[0] for p in self.predict_labels(X)]
