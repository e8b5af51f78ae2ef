"""Score the requirement extractor against the hand-annotated gold in corpora/requirements.

Gold records store the clause text as in the file, not offsets, so the gold survives
cleaning changes. Each gold clause is located in the parsed document by NFKC-normalised
text (whitespace ignored); a prediction matches a gold clause when their character
overlap is at least half of the shorter one (one-to-one, best overlap first).

Metrics: provision precision / recall / F1 (predictions outside the annotated part of a
document are ignored), modality accuracy on matched pairs, constraint precision / recall
/ F1 (a constraint is right when kind, value, value_max, unit and period all agree),
plus hedge, actor, bound and provision-path agreement on matched pairs.
"""
from __future__ import annotations

import csv
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import DataError, InputNotFound
from ..pipeline import parse
from ..records import Constraint, Requirement
from .extractor import RequirementExtractor, default_extractor

MATCH_OVERLAP = 0.5


def _norm_map(text: str) -> tuple[str, list[int]]:
    out, idx = [], []
    for i, ch in enumerate(text):
        for c in unicodedata.normalize("NFKC", ch):
            if not c.isspace():
                out.append(c)
                idx.append(i)
    return "".join(out), idx


def _norm(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKC", s) if not c.isspace())


@dataclass
class DocSpec:
    doc: str
    split: str
    part: str
    genre: str = ""


@dataclass
class Score:
    """Counts for one document or a whole split."""

    gold: int = 0
    pred: int = 0
    matched: int = 0
    modality_ok: int = 0
    hedge_ok: int = 0
    actor_ok: int = 0
    path_ok: int = 0
    c_gold: int = 0
    c_pred: int = 0
    c_ok: int = 0
    bound_ok: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for k in ("gold", "pred", "matched", "modality_ok", "hedge_ok", "actor_ok", "path_ok",
                  "c_gold", "c_pred", "c_ok", "bound_ok"):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    def metrics(self) -> dict[str, float | int]:
        def div(a: int, b: int) -> float:
            return round(a / b, 3) if b else 0.0

        p, r = div(self.matched, self.pred), div(self.matched, self.gold)
        cp, cr = div(self.c_ok, self.c_pred), div(self.c_ok, self.c_gold)
        return {
            "gold": self.gold, "predicted": self.pred, "matched": self.matched,
            "provision_precision": p, "provision_recall": r,
            "provision_f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "modality_accuracy": div(self.modality_ok, self.matched),
            "hedge_accuracy": div(self.hedge_ok, self.matched),
            "actor_accuracy": div(self.actor_ok, self.matched),
            "provision_path_accuracy": div(self.path_ok, self.matched),
            "constraints_gold": self.c_gold, "constraints_predicted": self.c_pred,
            "constraint_precision": cp, "constraint_recall": cr,
            "constraint_f1": round(2 * cp * cr / (cp + cr), 3) if cp + cr else 0.0,
            "bound_accuracy": div(self.bound_ok, self.c_ok),
        }


def load_split(root: Path) -> list[DocSpec]:
    """The annotated documents and their split, from ``split.tsv``."""
    path = root / "split.tsv"
    if not path.exists():
        raise InputNotFound("no split.tsv: is this the corpora/requirements folder?", path=str(path))
    rows = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    specs = []
    for row in csv.reader(rows[1:], delimiter="\t"):
        if len(row) < 3:
            raise DataError(f"split.tsv row has {len(row)} fields, needs doc, split, part", path=str(path))
        specs.append(DocSpec(*row[:4]))
    return specs


def load_gold(root: Path) -> dict[str, list[dict[str, Any]]]:
    """Gold provisions by document path."""
    gold: dict[str, list[dict[str, Any]]] = {}
    for f in sorted((root / "gold").glob("*.jsonl")):
        for n, ln in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if not ln.strip():
                continue
            try:
                rec = json.loads(ln)
            except json.JSONDecodeError as exc:
                raise DataError(f"line {n} is not JSON: {exc}", path=str(f)) from None
            gold.setdefault(rec["doc"], []).append(rec)
    return gold


def _part_span(ntext: str, part: str) -> tuple[int, int]:
    if part == "all":
        return 0, len(ntext)
    m = re.match(r"from (.+) to (.+)", part)
    if not m:
        raise DataError(f"bad part spec: {part!r}")
    a = ntext.find(_norm(m.group(1)))
    b = ntext.find(_norm(m.group(2)), a + 1)
    if a < 0 or b < 0:
        raise DataError(f"part anchors not found: {part!r}")
    return a, b


def _cons_key(c: dict[str, Any] | Constraint | None) -> tuple[Any, ...] | None:
    if c is None:
        return None
    d = c if isinstance(c, dict) else {
        "kind": c.kind, "value": c.value, "value_max": c.value_max, "unit": c.unit, "period": c.period}
    return (d["kind"], d["value"], d["value_max"], d["unit"], d["period"])


def score_document(spec: DocSpec, gold: list[dict[str, Any]], root_dir: Path,
                   extractor: RequirementExtractor) -> Score:
    """Align predictions with gold for one document and count agreements."""
    doc = parse(root_dir / spec.doc)
    ntext, idx = _norm_map(doc.text)
    rev = {}
    for j, i in enumerate(idx):
        rev.setdefault(i, j)
    lo, hi = _part_span(ntext, spec.part)
    sc = Score()
    # gold spans in normalised coordinates
    g_spans = []
    cursor = lo
    for g in gold:
        t = _norm(g["text"])
        p = ntext.find(t, cursor)
        if p < 0:
            p = ntext.find(t, lo)
        if p < 0:
            sc.errors.append(f"gold text not found: {g['text'][:30]}")
            continue
        g_spans.append((p, p + len(t), g))
        cursor = p + 1
    preds = []
    for r in extractor.extract(doc):
        a = next((rev[i] for i in range(r.start, r.end) if i in rev), None)
        b = next((rev[i] + 1 for i in range(r.end - 1, r.start - 1, -1) if i in rev), None)
        if a is None or b is None or a < lo or a >= hi:
            continue
        preds.append((a, b, r))
    sc.gold, sc.pred = len(g_spans), len(preds)
    pairs = []
    for gi, (gs, ge, _) in enumerate(g_spans):
        for pi, (ps, pe, _) in enumerate(preds):
            ov = min(ge, pe) - max(gs, ps)
            if ov > 0:
                ratio = ov / min(ge - gs, pe - ps)
                if ratio >= MATCH_OVERLAP:
                    pairs.append((ratio, gi, pi))
    used_g, used_p = set(), set()
    for _, gi, pi in sorted(pairs, reverse=True):
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        g = g_spans[gi][2]
        r: Requirement = preds[pi][2]
        sc.matched += 1
        sc.modality_ok += g["modality"] == r.modality
        sc.hedge_ok += (g.get("hedge") or None) == r.hedge
        sc.actor_ok += _norm(g.get("actor") or "") == _norm(r.actor or "")
        sc.path_ok += _norm(g["provision"]) == _norm(r.provision)
        gk, pk = _cons_key(g.get("constraint")), _cons_key(r.constraint)
        if gk is not None and gk == pk:
            sc.c_ok += 1
            sc.bound_ok += g["constraint"]["bound"] == r.constraint.bound  # type: ignore[union-attr]
        if g["modality"] != r.modality:
            sc.errors.append(f"modality {r.modality} != gold {g['modality']}: {g['text'][:30]}")
        if gk != pk:
            sc.errors.append(f"constraint {pk} != gold {gk}: {g['text'][:30]}")
    sc.c_gold = sum(1 for *_, g in g_spans if g.get("constraint"))
    sc.c_pred = sum(1 for *_, r in preds if r.constraint is not None)
    sc.misses = [g["text"][:50] for gi, (*_, g) in enumerate(g_spans) if gi not in used_g]
    sc.extras = [r.text[:50] for pi, (*_, r) in enumerate(preds) if pi not in used_p]
    return sc


def evaluate(root: Path | str = "corpora/requirements", split: str = "all",
             extractor: RequirementExtractor | None = None) -> dict[str, Any]:
    """Scores per document and per split; ``split`` is dev, test or all."""
    root = Path(root)
    repo = root.resolve().parents[1]
    specs = load_split(root)
    gold = load_gold(root)
    ex = extractor or default_extractor()
    by_split: dict[str, Score] = {}
    docs = []
    for spec in specs:
        if split != "all" and spec.split != split:
            continue
        sc = score_document(spec, gold.get(spec.doc, []), repo, ex)
        by_split.setdefault(spec.split, Score()).add(sc)
        docs.append({"doc": spec.doc, "split": spec.split, **sc.metrics(),
                     "missed": sc.misses, "extra": sc.extras, "errors": sc.errors})
    return {"splits": {k: v.metrics() for k, v in by_split.items()}, "documents": docs}
