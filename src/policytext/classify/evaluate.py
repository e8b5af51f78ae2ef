"""Scores of the model and the keyword baseline on document-level splits.

Two splits, both by document (no line of a test document is ever trained on):

* ``test``: train on every document that is not a seed (written documents and the
  other real ones), test on the real in-domain seeds.
* ``test-national``: the same without the CPC congress reports, tested on their
  party-building passages (real text of the domain at national level).
* ``cv``: GroupKFold by document over every labelled document; out-of-fold predictions
  pooled, plus the spread of the per-fold scores.

Topic scores are per-label precision/recall/F1 and their macro mean over the labels that
occur in the truth of the split; function scores are accuracy and per-label F1. Headline
numbers are over body lines (headings and paragraphs), not titles and boilerplate lines.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
from sklearn.model_selection import GroupKFold

from ..errors import DataError
from .baseline import KeywordClassifier
from .data import BODY_KINDS, Example, is_national_doc, is_test_doc
from .model import PassageClassifier
from .taxonomy import OTHER, Taxonomy


@dataclass
class Scores:
    """Topic and function scores of one system on one set of examples."""

    n: int
    topic_macro_f1: float  # over labels present in the truth, `other` included
    topic_macro_f1_no_other: float
    topic_micro_f1: float
    function_accuracy: float
    topics: dict[str, dict[str, float]] = field(default_factory=dict)  # label -> p, r, f1, support
    functions: dict[str, dict[str, float]] = field(default_factory=dict)


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(true_topics: Sequence[Sequence[str]], pred_topics: Sequence[Sequence[str]],
          true_fn: Sequence[str], pred_fn: Sequence[str], taxonomy: Taxonomy) -> Scores:
    """Per-label and summary scores (macro over labels with support in the truth)."""
    topics: dict[str, dict[str, float]] = {}
    TP = FP = FN = 0
    for lab in taxonomy.topic_labels:
        tp = sum(lab in t and lab in p for t, p in zip(true_topics, pred_topics))
        fp = sum(lab not in t and lab in p for t, p in zip(true_topics, pred_topics))
        fn = sum(lab in t and lab not in p for t, p in zip(true_topics, pred_topics))
        TP, FP, FN = TP + tp, FP + fp, FN + fn
        pr, rc, f1 = _prf(tp, fp, fn)
        topics[lab] = {"precision": pr, "recall": rc, "f1": f1, "support": tp + fn}
    present = [lab for lab, s in topics.items() if s["support"] > 0]
    macro = float(np.mean([topics[x]["f1"] for x in present])) if present else 0.0
    present_no = [x for x in present if x != OTHER]
    macro_no = float(np.mean([topics[x]["f1"] for x in present_no])) if present_no else 0.0
    functions: dict[str, dict[str, float]] = {}
    for lab in taxonomy.function_labels:
        tp = sum(t == lab and p == lab for t, p in zip(true_fn, pred_fn))
        fp = sum(t != lab and p == lab for t, p in zip(true_fn, pred_fn))
        fn = sum(t == lab and p != lab for t, p in zip(true_fn, pred_fn))
        pr, rc, f1 = _prf(tp, fp, fn)
        functions[lab] = {"precision": pr, "recall": rc, "f1": f1, "support": tp + fn}
    acc = float(np.mean([t == p for t, p in zip(true_fn, pred_fn)])) if true_fn else 0.0
    return Scores(len(true_fn), macro, macro_no, _prf(TP, FP, FN)[2], acc, topics, functions)


def _score_examples(exs: Sequence[Example], preds: Sequence, taxonomy: Taxonomy,
                    body_only: bool = True) -> Scores:
    pairs = [(e, p) for e, p in zip(exs, preds) if not body_only or e.kind in BODY_KINDS]
    return score([e.topics for e, _ in pairs], [[t for t, _ in p.topics] for _, p in pairs],
                 [e.function for e, _ in pairs], [p.function[0] for _, p in pairs], taxonomy)


def _per_doc(exs: Sequence[Example], preds: Sequence, taxonomy: Taxonomy) -> dict[str, dict[str, float]]:
    """Body-line scores of each document's predictions, by document."""
    out: dict[str, dict[str, float]] = {}
    for doc in sorted({e.doc for e in exs}):
        idx = [i for i, e in enumerate(exs) if e.doc == doc]
        s = _score_examples([exs[i] for i in idx], [preds[i] for i in idx], taxonomy)
        out[doc] = {"lines": s.n, "topic_macro_f1": s.topic_macro_f1,
                    "function_accuracy": s.function_accuracy}
    return out


def _xy(exs: Sequence[Example]) -> tuple[list, list, list]:
    return [e.passage for e in exs], [(e.topics, e.function) for e in exs], [e.doc for e in exs]


Factory = Callable[[], object]


@dataclass
class SplitResult:
    """Scores of each system on one split, and how it was made."""

    name: str
    description: str
    n_train_docs: int
    n_test_docs: int
    systems: dict[str, Scores]  # body lines
    systems_all_lines: dict[str, Scores]
    per_doc: dict[str, dict[str, float]] = field(default_factory=dict)  # model, test split only
    fold_spread: dict[str, tuple[float, float]] = field(default_factory=dict)
    seconds: float = 0.0


def _systems(taxonomy: Taxonomy, model_params: dict) -> dict[str, Factory]:
    return {
        "model": lambda: PassageClassifier.for_taxonomy(taxonomy, **model_params),
        "keyword baseline": lambda: KeywordClassifier(taxonomy),
    }


#: the real held-out splits: name -> (which documents are tested, description)
HELD_OUT: dict[str, tuple[Callable[[str], bool], str]] = {
    "test": (is_test_doc,
             ("train: written + other real documents (never the seeds); "
             "test: real in-domain seeds")),
    "test-national": (is_national_doc,
                      ("train: as `test`, without the congress reports; test: party-building "
                      "passages of the 15th–20th CPC congress reports (real, national)")),
}


def evaluate_test_split(examples: Sequence[Example], taxonomy: Taxonomy,
                        model_params: dict | None = None, split: str = "test") -> SplitResult:
    """Train on every document outside the real held-out sets, test on one of them."""
    t0 = time.perf_counter()
    tested, description = HELD_OUT[split]
    train = [e for e in examples if not is_test_doc(e.doc) and not tested(e.doc)]
    test = [e for e in examples if tested(e.doc)]
    body: dict[str, Scores] = {}
    allv: dict[str, Scores] = {}
    per_doc: dict[str, dict[str, float]] = {}
    for name, make in _systems(taxonomy, model_params or {}).items():
        X, y, g = _xy(train)
        clf = make().fit(X, y, g)
        preds = clf.predict_labels([e.passage for e in test]) if test else []
        body[name] = _score_examples(test, preds, taxonomy)
        allv[name] = _score_examples(test, preds, taxonomy, body_only=False)
        if name == "model":
            per_doc = _per_doc(test, preds, taxonomy)
    return SplitResult(split, description, len({e.doc for e in train}),
                       len({e.doc for e in test}), body, allv, per_doc,
                       seconds=time.perf_counter() - t0)


def evaluate_held_out(examples: Sequence[Example], taxonomy: Taxonomy,
                      model_params: dict | None = None) -> list[SplitResult]:
    """Every real held-out split that has documents in ``examples``."""
    return [evaluate_test_split(examples, taxonomy, model_params, name)
            for name, (tested, _) in HELD_OUT.items() if any(tested(e.doc) for e in examples)]


def evaluate_cv(examples: Sequence[Example], taxonomy: Taxonomy, folds: int = 5,
                model_params: dict | None = None) -> SplitResult:
    """GroupKFold by document over all labelled documents; pooled out-of-fold scores."""
    t0 = time.perf_counter()
    exs = list(examples)
    docs = [e.doc for e in exs]
    k = min(folds, len(set(docs)))
    splits = list(GroupKFold(n_splits=k).split(exs, groups=docs))
    body: dict[str, Scores] = {}
    allv: dict[str, Scores] = {}
    spread: dict[str, tuple[float, float]] = {}
    for name, make in _systems(taxonomy, model_params or {}).items():
        preds: list = [None] * len(exs)
        fold_scores = []
        for tr, te in splits:
            X, y, g = _xy([exs[i] for i in tr])
            clf = make().fit(X, y, g)
            out = clf.predict_labels([exs[i].passage for i in te])
            for i, p in zip(te, out):
                preds[i] = p
            fs = _score_examples([exs[i] for i in te], out, taxonomy)
            fold_scores.append((fs.topic_macro_f1, fs.function_accuracy))
        body[name] = _score_examples(exs, preds, taxonomy)
        allv[name] = _score_examples(exs, preds, taxonomy, body_only=False)
        arr = np.array(fold_scores)
        spread[name + " topic_macro_f1"] = (float(arr[:, 0].mean()), float(arr[:, 0].std()))
        spread[name + " function_accuracy"] = (float(arr[:, 1].mean()), float(arr[:, 1].std()))
    return SplitResult(
        "cv", f"GroupKFold by document, {k} folds, over all labelled documents",
        len(set(docs)), len(set(docs)), body, allv, fold_spread=spread,
        seconds=time.perf_counter() - t0)


def evaluate_saved(model: PassageClassifier, test: Sequence[Example], train: Sequence[Example],
                   taxonomy: Taxonomy, description: str) -> SplitResult:
    """Score a trained model, as it is, on labelled documents it has not seen.

    The keyword baseline is fitted on ``train`` (for its fallback function). Raises
    DataError when the model records that it was trained on one of the test documents.
    """
    t0 = time.perf_counter()
    seen = set(getattr(model, "train_docs_", None) or ()) & {e.doc for e in test}
    if seen:
        raise DataError(f"the model was trained on {min(seen)}: not an unseen test"
                        + (f" (and {len(seen) - 1} more)" if len(seen) > 1 else ""))
    X, y, g = _xy(train)
    baseline = KeywordClassifier(taxonomy).fit(X, y, g)
    passages = [e.passage for e in test]
    preds = {"model": model.predict_labels(passages), "keyword baseline": baseline.predict_labels(passages)}
    body = {n: _score_examples(test, p, taxonomy) for n, p in preds.items()}
    allv = {n: _score_examples(test, p, taxonomy, body_only=False) for n, p in preds.items()}
    per_doc = _per_doc(test, preds["model"], taxonomy)
    return SplitResult("unseen", description, len({e.doc for e in train}), len(per_doc), body, allv,
                       per_doc, seconds=time.perf_counter() - t0)


def format_report(results: Sequence[SplitResult], taxonomy: Taxonomy) -> str:
    """The results as Markdown tables (summary, then per-label tables per split)."""
    header = ("| split | system | body lines | topic macro-F1 | (without `other`) | topic micro-F1 "
              "| function accuracy | (all lines) |")
    lines = [header, "|---|---|---|---|---|---|---|---|"]
    for r in results:
        for name, s in r.systems.items():
            a = r.systems_all_lines[name]
            lines.append(f"| {r.name} | {name} | {s.n} | {s.topic_macro_f1:.3f} | "
                         f"{s.topic_macro_f1_no_other:.3f} | {s.topic_micro_f1:.3f} | "
                         f"{s.function_accuracy:.3f} | {a.function_accuracy:.3f} |")
    lines.append("")
    for r in results:
        lines.append(f"**{r.name}** — {r.description}; {r.n_train_docs} training documents, "
                     f"{r.n_test_docs} test documents ({r.seconds:.0f} s).")
        for k, (m, sd) in r.fold_spread.items():
            lines.append(f"- per fold, {k}: {m:.3f} ± {sd:.3f}")
        for doc, d in r.per_doc.items():
            lines.append(f"- model on `{doc}`: {d['lines']:.0f} body lines, topic macro-F1 "
                         f"{d['topic_macro_f1']:.3f}, function accuracy {d['function_accuracy']:.3f}")
        lines.append("")
        lines += _label_table(r, "topic", taxonomy.topic_labels, lambda s: s.topics)
        lines += _label_table(r, "function", taxonomy.function_labels, lambda s: s.functions)
    return "\n".join(lines)


def _label_table(r: SplitResult, what: str, labels: Sequence[str],
                 per_label: Callable[[Scores], dict[str, dict[str, float]]]) -> list[str]:
    """One Markdown row per label: its support and each system's F1."""
    names = list(r.systems)
    out = [f"| {what} | support | " + " | ".join(f"{n} F1" for n in names) + " |",
           "|---|---|" + "---|" * len(names)]
    for lab in labels:
        sup = per_label(r.systems[names[0]])[lab]["support"]
        out.append(f"| {lab} | {sup:.0f} | " + " | ".join(
            f"{per_label(r.systems[n])[lab]['f1']:.3f}" for n in names) + " |")
    return out + [""]
