"""Time `check`: one report against one guideline, and 100 reports against one guideline.

Baseline, same reports in the same run: parsing them alone (read + clean + structure),
so the ratio shows what checking adds on top of reading. Reports are the bundled real
summaries (seeds 000, 001) and the written work reports (corpora/classify/written/wr_*),
cycled to 100 files; the guideline is seed 003. Aim: 100 reports in under 30 s.

    python benchmarks/check.py
"""
from __future__ import annotations

import itertools
import time
from pathlib import Path

import policytext as pt
from policytext.check import check_many

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    seeds = ROOT / "corpora" / "real" / "seeds"
    pool = [next(seeds.glob("001_*.txt")), next(seeds.glob("000_*.txt"))]
    pool += sorted((ROOT / "corpora" / "classify" / "written").glob("wr_*.txt"))
    reports = list(itertools.islice(itertools.cycle(pool), 100))
    policy = pt.load(next(seeds.glob("003_*.txt")))
    pt.check(pt.load(pool[0]), policy)  # warm up: jieba dictionary, model file

    t0 = time.perf_counter()
    pt.check(pt.load(pool[0]), policy)
    one = time.perf_counter() - t0

    t0 = time.perf_counter()
    docs = [pt.load(p) for p in reports]
    parse_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    results = check_many(docs, policy)
    check_s = time.perf_counter() - t0
    chars = sum(len(d.text) for d in docs)
    n_items = sum(len(r.items) for r in results)

    print(f"guideline: {policy.title} ({len(results[0].items)} provisions)")
    print(f"1 report  : {one:.2f} s (parse + figures + classify + check)")
    print(f"100 reports ({chars / 1e6:.2f} M chars, {n_items} provision checks):")
    print(f"  baseline parse only : {parse_s:6.2f} s")
    print(f"  check (after parse) : {check_s:6.2f} s")
    print(f"  total               : {parse_s + check_s:6.2f} s   (aim < 30 s)  "
          f"= {(parse_s + check_s) / parse_s:.1f}x parsing alone")


if __name__ == "__main__":
    main()
