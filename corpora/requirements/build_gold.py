"""Turn the hand-written annotation files (annotations/*.ann) into gold JSONL (gold/*.jsonl).

An .ann file is written by a person reading the document; this script only resolves each
record's text spec to the exact clause text in the file and checks it exists, so that the
gold stores the clause "as in the file" (the evaluator aligns by normalised text overlap).

Format (one record per line, fields separated by " | "):
    provision | modality | hedge | actor | action | constraint | text
- "-" means null.  constraint: "kind value[-value_max] unit period bound" (each "-" if null).
- text: a substring of the document, or "A…B" = from A to the first B after it (inclusive).
  Matching ignores whitespace and full-/half-width differences (NFKC).
Header lines: "# doc: <repo path>", "# split: dev|test".  Other "#" lines are comments.
Usage: python corpora/requirements/build_gold.py   (from the repo root)
"""
from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def norm_map(text: str) -> tuple[str, list[int]]:
    out, idx = [], []
    for i, ch in enumerate(text):
        for c in unicodedata.normalize("NFKC", ch):
            if c.isspace():
                continue
            out.append(c)
            idx.append(i)
    return "".join(out), idx


def norm(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKC", s) if not c.isspace())


def parse_constraint(spec: str) -> dict | None:
    if spec.strip() == "-":
        return None
    kind, value, unit, period, bound = spec.split()
    vmax = None
    if "-" in value[1:]:
        value, vmax = value.split("-", 1)
    nul = lambda s: None if s == "-" else s
    return {"kind": kind, "value": None if value == "-" else float(value),
            "value_max": None if vmax is None else float(vmax),
            "unit": nul(unit), "period": nul(period), "bound": bound}


def build(ann: Path) -> list[dict]:
    head: dict[str, str] = {}
    rows = []
    cursor = 0
    text = ntext = None
    idx: list[int] = []
    for ln, line in enumerate(ann.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        if line.startswith("#"):
            if ":" in line and line[1:].split(":", 1)[0].strip() in ("doc", "split"):
                k, v = line[1:].split(":", 1)
                head[k.strip()] = v.strip()
                if k.strip() == "doc":
                    text = (ROOT / head["doc"]).read_text(encoding="utf-8")
                    ntext, idx = norm_map(text)
            continue
        parts = [p.strip() for p in line.split(" | ")]
        if len(parts) != 7:
            sys.exit(f"{ann}:{ln}: expected 7 fields, got {len(parts)}")
        prov, mod, hedge, actor, action, cons, spec = parts
        if "…" in spec:
            a, b = (norm(x) for x in spec.split("…", 1))
            s = ntext.find(a, cursor)
            e = ntext.find(b, s + len(a)) + len(b) if s >= 0 else -1
            if s < 0 or e < len(b):
                s = -1
        else:
            a = norm(spec)
            s = ntext.find(a, cursor)
            e = s + len(a)
        if s < 0:
            sys.exit(f"{ann}:{ln}: text not found after previous record: {spec[:40]}")
        start, end = idx[s], idx[e - 1] + 1
        cursor = s + 1
        nul = lambda v: None if v == "-" else v
        rows.append({
            "doc": head["doc"], "split": head["split"], "provision": prov,
            "text": text[start:end], "modality": mod, "hedge": nul(hedge),
            "actor": nul(actor), "action": nul(action), "constraint": parse_constraint(cons),
        })
    return rows


def main() -> None:
    out_dir = HERE / "gold"
    out_dir.mkdir(exist_ok=True)
    for ann in sorted((HERE / "annotations").glob("*.ann")):
        rows = build(ann)
        with open(out_dir / f"{ann.stem}.jsonl", "w", encoding="utf-8") as f:
            f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        print(f"{ann.stem}: {len(rows)} provisions")


if __name__ == "__main__":
    main()
