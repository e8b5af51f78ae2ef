"""Compile the hand annotations in annot/*.txt into gold.jsonl.

Each annotation line is ``surface|value|unit|approx|kind|subject`` (approx: '' | '>' | '~' | '<';
kind: count, amount, percent, change+, change-, duration, ratio; value '1-2' for a range).
Surfaces are located in the raw file in order, inside the region's lines, so each gold figure
gets raw offsets plus ~15 characters of context on each side: the evaluator re-finds them in
any cleaned text by NFKC-normalised context matching. Run: python corpora/figures/build_gold.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
APPROX = {"": None, ">": "more_than", "~": "about", "<": "less_than"}
CTX = 15


def build() -> list[dict]:
    out: list[dict] = []
    for ann in sorted((HERE / "annot").glob("*.txt")):
        doc = split = None
        region = None
        figs: list[dict] = []
        lines = ann.read_text(encoding="utf-8").splitlines()
        for n, line in enumerate(lines, 1):
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("@doc "):
                doc = line.split(None, 1)[1].strip()
                raw = (ROOT / doc).read_text(encoding="utf-8")
                continue
            if line.startswith("@split "):
                split = line.split(None, 1)[1].strip()
                continue
            if line.startswith("@region "):
                a, b = (int(x) for x in line.split()[1:3])
                rlines = raw.split("\n")
                r0 = sum(len(x) + 1 for x in rlines[: a - 1])
                r1 = sum(len(x) + 1 for x in rlines[:b]) - 1
                region = {"raw_start": r0, "raw_end": min(r1, len(raw)),
                          "first": rlines[a - 1][:20], "last": rlines[b - 1][-20:],
                          "lines": [a, b]}
                pos = r0
                continue
            parts = line.split("|")
            if len(parts) != 6:
                sys.exit(f"{ann.name}:{n}: expected 6 fields, got {len(parts)}")
            surface, value, unit, approx, kind, subject = parts
            left_hint = ""
            if "«" in surface:
                left_hint, surface = surface.split("«", 1)
            i = raw.find(left_hint + surface, pos, region["raw_end"])
            if i < 0:
                sys.exit(f"{ann.name}:{n}: {surface!r} not found after offset {pos}")
            s = i + len(left_hint)
            e = s + len(surface)
            pos = e
            vmax = None
            if "-" in value[1:]:
                value, vmax = value.split("-", 1)
            direction = None
            if kind.startswith("change"):
                direction = {"+": "up", "-": "down"}.get(kind[6:])
                kind = "change"
            figs.append({
                "type": "figure", "doc": doc, "split": split, "surface": surface,
                "value": float(value), "value_max": float(vmax) if vmax else None,
                "unit": unit or None, "approx": APPROX[approx], "kind": kind,
                "direction": direction, "subject": subject or None,
                "raw_start": s, "raw_end": e,
                "left": raw[max(0, s - CTX):s], "right": raw[e:e + CTX],
            })
        out.append({"type": "region", "doc": doc, "split": split, **region,
                    "annotation": f"annot/{ann.name}", "figures": len(figs)})
        out.extend(figs)
    return out


if __name__ == "__main__":
    recs = build()
    with open(HERE / "gold.jsonl", "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    n = {s: sum(1 for r in recs if r["type"] == "figure" and r["split"] == s) for s in ("dev", "test")}
    docs = {s: len({r["doc"] for r in recs if r["split"] == s}) for s in ("dev", "test")}
    print(f"gold.jsonl: {n['dev']} dev figures in {docs['dev']} docs, {n['test']} test figures in {docs['test']} docs")
