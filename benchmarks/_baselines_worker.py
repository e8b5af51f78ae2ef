"""Run Recognizers-Text and JioNLP on texts (stdin JSON) in their own venv; print JSON results.

Called by benchmarks/figures.py with the interpreter of .benchvenv (Recognizers needs emoji<2,
which the project venv must not be forced into). Output per text:
{"recognizers": [[start, end, value, unit]], "jionlp": [[start, end, value, unit]], "timing": {...}}
"""
from __future__ import annotations

import json
import sys
import time


def recognizers(text: str) -> list:
    from recognizers_number import Culture, recognize_number, recognize_percentage

    out = []
    for r in recognize_number(text, Culture.Chinese):
        try:
            v = float(r.resolution["value"])
        except (TypeError, ValueError, KeyError):
            continue
        out.append([r.start, r.end + 1, v, None])
    for r in recognize_percentage(text, Culture.Chinese):
        try:
            v = float(str(r.resolution["value"]).rstrip("%"))
        except (TypeError, ValueError, KeyError):
            continue
        out.append([r.start, r.end + 1, v, "%"])
    return out


def jio(text: str) -> list:
    import jionlp

    out = []
    for r in jionlp.ner.extract_money(text, with_parsing=True):
        d = r.get("detail") or {}
        num = d.get("num")
        try:
            v = float(num[0] if isinstance(num, list) else num)
        except (TypeError, ValueError, IndexError):
            continue
        unit = {"元": "元", "美元": "美元"}.get(d.get("case"), d.get("case"))
        out.append([r["offset"][0], r["offset"][1], v, unit])
    return out


def main() -> None:
    texts = json.load(sys.stdin)
    res = {"recognizers": [], "jionlp": [], "timing": {}}
    for name, fn in (("recognizers", recognizers), ("jionlp", jio)):
        try:
            t0 = time.perf_counter()
            res[name] = [fn(t) for t in texts]
            res["timing"][name] = time.perf_counter() - t0
        except ImportError as exc:
            res[name] = None
            res["timing"][name] = f"not installed ({exc})"
    json.dump(res, sys.stdout)


if __name__ == "__main__":
    main()
