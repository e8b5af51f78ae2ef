"""Figures: throughput against jieba and Recognizers-Text, and F1 of the baselines on the test split.

One run, same text for every system: all 40 corpus documents plus the 4 bundled seeds.
  - baseline 1: jieba segmentation alone (jieba.lcut) — what any jieba-based extractor pays first;
  - baseline 2: Recognizers-Text number (+ percentage) model and JioNLP money extraction, run in
    .benchvenv (they need emoji<2) if it exists: `python3 -m venv .benchvenv &&
    .benchvenv/bin/pip install recognizers-text-suite "emoji<2" jionlp`; "not installed" otherwise.
Prints chars/s and ratios, then P/R/F1 on the gold test split for policytext, policytext with
jieba subjects, Recognizers-Text and JioNLP (value + unit, and value only), plus subject
agreement of rules vs jieba on dev. Run: PYTHONPATH=src python benchmarks/figures.py
"""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from policytext.figures import FigureExtractor
from policytext.figures.evaluate import load_gold, score
from policytext.pipeline import parse, parse_text
from policytext.records import Figure

BENCH_PY = ROOT / ".benchvenv" / "bin" / "python"
WORKER = ROOT / "benchmarks" / "_baselines_worker.py"


def corpus_text() -> list[str]:
    files = sorted((ROOT / "corpora" / "real" / "corpus").glob("*.txt"))
    files += sorted((ROOT / "corpora" / "real" / "seeds").glob("*.txt"))
    return [f.read_text(encoding="utf-8") for f in files]


def rate(n: int, secs: float) -> str:
    return f"{n / secs / 1e6:6.3f} M chars/s"


def run_baselines(texts: list[str]) -> dict | None:
    if not BENCH_PY.exists():
        return None
    proc = subprocess.run([str(BENCH_PY), str(WORKER)], input=json.dumps(texts), text=True,
                          capture_output=True, timeout=3000, check=False)
    if proc.returncode != 0:
        print("baselines failed:", proc.stderr.strip().splitlines()[-1:])
        return None
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    texts = corpus_text()
    n = sum(len(t) for t in texts)
    print(f"text: {len(texts)} documents, {n:,} characters (one run each)\n")
    docs = [parse_text(t) for t in texts]

    import jieba

    jieba.setLogLevel(60)
    jieba.lcut("预热")
    t0 = time.perf_counter()
    for t in texts:
        jieba.lcut(t)
    t_jieba = time.perf_counter() - t0

    ex = FigureExtractor()
    ex(docs[0])  # compile and load once, outside the timing
    t0 = time.perf_counter()
    nc = sum(len(ex.candidates(d.text)) for d in docs)
    t_regex = time.perf_counter() - t0
    t0 = time.perf_counter()
    nf = sum(len(ex(d)) for d in docs)
    t_full = time.perf_counter() - t0
    exj = FigureExtractor(subjects="jieba")
    exj(docs[0])
    t0 = time.perf_counter()
    for d in docs:
        exj(d)
    t_fullj = time.perf_counter() - t0

    base = run_baselines(texts)
    print(f"{'system':44s} {'throughput':>18s}  ratio to jieba")
    rows = [("jieba.lcut (segmentation only, baseline)", t_jieba),
            (f"policytext figures, regex path ({nc} figures)", t_regex),
            (f"policytext figures, full path ({nf} figures)", t_full),
            ("policytext figures, jieba subjects", t_fullj)]
    if base:
        for name in ("recognizers", "jionlp"):
            t = base["timing"][name]
            if isinstance(t, (int, float)):
                rows.append((f"{name} ({'number+percentage' if name == 'recognizers' else 'money'})", t))
            else:
                print(f"{name}: {t}")
    else:
        print("recognizers-text, jionlp: not installed (.benchvenv missing)")
    for name, t in rows:
        print(f"{name:44s} {rate(n, t):>18s}  {t_jieba / t:6.2f}x")

    # ------------------------------------------------------------------ accuracy
    gold = load_gold(ROOT / "corpora" / "figures" / "gold.jsonl")
    test_docs = sorted({r["doc"] for r in gold if r["type"] == "region" and r["split"] == "test"})
    parsed = {d: parse(ROOT / d) for d in test_docs}
    systems = {"policytext (rules)": ex, "policytext (jieba subjects)": exj}
    if base:
        out = run_baselines([parsed[d].text for d in test_docs])
        for name in ("recognizers", "jionlp"):
            if out and out.get(name) is not None:
                preds = {}
                for d, spans in zip(test_docs, out[name]):
                    text = parsed[d].text
                    preds[text] = [Figure(doc=d, surface=text[s:e], value=v, value_max=None, unit=u,
                                          approx=None, kind="count", subject=None, period=None,
                                          sentence="", section="", start=s, end=e)
                                   for s, e, v, u in spans]
                systems[name] = lambda doc, p=preds: p.get(doc.text, [])
    print(f"\ntest split ({len(test_docs)} documents, never tuned on):")
    print(f"{'system':30s} {'P':>6s} {'R':>6s} {'F1':>6s}  {'F1 value-only':>13s}  subject")
    cache = {d: parsed[d] for d in test_docs}
    for name, fn in systems.items():
        sc = score(gold, "test", ROOT, fn, lambda p: cache[str(p.relative_to(ROOT))])
        sv = score(gold, "test", ROOT, fn, lambda p: cache[str(p.relative_to(ROOT))], match_unit=False)
        print(f"{name:30s} {sc.precision:6.3f} {sc.recall:6.3f} {sc.f1:6.3f}  {sv.f1:13.3f}  "
              f"{sc.subject_agreement:.3f}")
    dev = {}
    for name, e in (("rules", ex), ("jieba", exj)):
        dev[name] = score(gold, "dev", ROOT, e, parse).subject_agreement
    print(f"\nsubject agreement on dev: rules {dev['rules']:.3f}, jieba POS {dev['jieba']:.3f}")


if __name__ == "__main__":
    main()
