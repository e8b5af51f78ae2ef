"""Classifier speed against the keyword-rule baseline: training time and paragraphs/s.

Run: PYTHONPATH=src python benchmarks/classify.py [--repeat N]
Trains both systems on the training split of corpora/classify (seeds held out), then
times prediction over every paragraph of the real corpus (corpora/real/), parsed once.
Prints absolute numbers and ratios against the keyword baseline.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from policytext.classify import KeywordClassifier, PassageClassifier, classify_document, load_model
from policytext.classify.data import default_data_dir, is_test_doc, load_examples
from policytext.classify.features import units_from_document
from policytext.classify.taxonomy import default_taxonomy
from policytext.pipeline import parse

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=3, help="prediction passes (best is kept)")
    args = ap.parse_args()
    tax = default_taxonomy()
    ex = [e for e in load_examples(default_data_dir(), tax) if not is_test_doc(e.doc)]
    X, y, g = [e.passage for e in ex], [(e.topics, e.function) for e in ex], [e.doc for e in ex]

    t = time.perf_counter()
    base = KeywordClassifier(tax).fit(X, y, g)
    t_base = time.perf_counter() - t
    t = time.perf_counter()
    PassageClassifier.for_taxonomy(tax, tune_thresholds=False).fit(X, y, g)
    t_fit = time.perf_counter() - t
    t = time.perf_counter()
    PassageClassifier.for_taxonomy(tax).fit(X, y, g)
    t_full = time.perf_counter() - t
    print(f"training on {len(X)} labelled lines from {len(set(g))} documents")
    print(f"  keyword baseline fit     {t_base:8.3f} s")
    print(f"  model fit (no tuning)    {t_fit:8.3f} s")
    print(f"  model fit (with 5-fold threshold tuning) {t_full:8.3f} s "
          f"({t_full / t_fit:.1f}x the plain fit)")

    files = sorted((ROOT / "corpora" / "real").rglob("*.txt"))
    docs = [parse(f) for f in files]
    passages = [u.passage for d in docs for u in units_from_document(d)]
    n_par = sum(len(d.paragraphs) for d in docs)
    model = load_model()

    def best(fn):
        times = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        return min(times)

    model.predict_labels(passages[:10])  # warm up jieba's dictionary
    t_kw = best(lambda: base.predict_labels(passages))
    t_model = best(lambda: model.predict_labels(passages))
    t_docs = best(lambda: [classify_document(d, model) for d in docs])
    chars = sum(len(p.text) for p in passages)
    print(f"prediction over {len(passages)} passages ({chars / 1e6:.2f} M chars) of {len(docs)} "
          f"real documents, best of {args.repeat}")
    print(f"  keyword baseline         {len(passages) / t_kw:10.0f} passages/s  (1.00x)")
    print(f"  model                    {len(passages) / t_model:10.0f} passages/s  "
          f"({t_kw / t_model:.2f}x the baseline's speed)")
    print(f"  classify_document        {n_par / t_docs:10.0f} paragraphs/s  "
          f"(sections + paragraphs labelled; parse excluded)")


if __name__ == "__main__":
    main()
