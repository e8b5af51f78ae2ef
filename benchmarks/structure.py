"""Throughput of clean + structure, against named baselines, in one run.

Input: the bundled seeds and corpus (corpora/real), concatenated and repeated to about
TARGET_MB megabytes (default 50; set BENCH_MB to change) -- one big document, which also
shows the parse is linear in the text length.

Baselines:
  naive   - ``text.splitlines()`` + one outline regex per line (what a quick script does)
  jieba   - jieba word segmentation of the same text (a common first step elsewhere;
            measured on a 5 MB slice and reported per MB)

Prints MB/s for each and the ratios. Target: clean + structure >= 2 MB/s.
"""
from __future__ import annotations

import hashlib
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from policytext.clean import clean
from policytext.records import Provenance, RawText
from policytext.structure import structure

TARGET_MB = float(os.environ.get("BENCH_MB", "50"))
NAIVE_RE = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．、]|[（(]\d+[）)])")


def corpus_text() -> str:
    parts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpora/real").glob("*/*.txt"))]
    return "\n".join(parts)


def mb(text: str) -> float:
    return len(text.encode("utf-8")) / 1e6


def timed(fn, *args):
    t = time.perf_counter()
    out = fn(*args)
    return out, time.perf_counter() - t


def naive(text: str) -> int:
    return sum(1 for line in text.splitlines() if NAIVE_RE.match(line))


def main() -> None:
    base = corpus_text()
    reps = max(1, int(TARGET_MB / mb(base)))
    text = "\n".join([base] * reps)
    size = mb(text)
    raw = RawText(text, Provenance(path=None, format="txt", size=int(size * 1e6),
                                   sha256=hashlib.sha256(text.encode()).hexdigest()))
    print(f"input: bundled seeds + corpus x{reps} = {size:.1f} MB")

    _, t_naive = timed(naive, text)
    cleaned, t_clean = timed(clean, raw)
    doc, t_struct = timed(structure, cleaned)
    t_ours = t_clean + t_struct
    print(f"clean              {size / t_clean:8.2f} MB/s  ({t_clean:.1f} s)")
    print(f"structure          {size / t_struct:8.2f} MB/s  ({t_struct:.1f} s)")
    print(f"clean+structure    {size / t_ours:8.2f} MB/s  ({t_ours:.1f} s)  "
          f"sections={sum(1 for _ in doc.walk())} paragraphs={len(doc.paragraphs)}")
    print(f"baseline naive     {size / t_naive:8.2f} MB/s  (splitlines + one outline regex)")

    jieba_mb = min(5.0, size)
    sl = text.encode("utf-8")[: int(jieba_mb * 1e6)].decode("utf-8", "ignore")
    try:
        import jieba

        jieba.setLogLevel(60)
        jieba.initialize()
        _, t_jieba = timed(lambda s: sum(1 for _ in jieba.cut(s)), sl)
        jieba_rate = mb(sl) / t_jieba
        print(f"reference jieba    {jieba_rate:8.2f} MB/s  (word segmentation, {mb(sl):.1f} MB slice)")
    except ImportError:
        jieba_rate = None
        print("reference jieba    not installed")

    ours = size / t_ours
    print(f"ratio ours/naive   {ours / (size / t_naive):8.3f}")
    if jieba_rate:
        print(f"ratio ours/jieba   {ours / jieba_rate:8.3f}")
    print(f"target >= 2 MB/s:  {'met' if ours >= 2 else 'NOT met'}")


if __name__ == "__main__":
    main()
