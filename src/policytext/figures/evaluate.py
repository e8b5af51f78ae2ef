"""Score figure extraction against the hand-annotated gold in corpora/figures/gold.jsonl.

Gold stores raw-file offsets *and* ~15 characters of context on each side, so it survives
a cleaner that changes punctuation, digits or line breaks: every gold figure and region
boundary is re-found in ``doc.text`` by NFKC-normalised context matching. Only predictions
inside annotated regions count. A prediction matches a gold figure when their spans overlap
and value (and value_max) and unit agree; subject agreement is scored on matched pairs.
"""
from __future__ import annotations

import json
import math
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DataError
from ..records import Document, Figure
from .subject import normalise_subject

_DROP = {"\u200b", "\u200c", "\u200d", "\ufeff"}


def _norm_char(ch: str) -> str:
    if ch.isspace() or ch in _DROP:
        return ""
    return unicodedata.normalize("NFKC", ch)


class NormText:
    """A text with whitespace removed and NFKC applied, mapped back to original offsets."""

    def __init__(self, text: str) -> None:
        chars: list[str] = []
        index: list[int] = []
        for i, ch in enumerate(text):
            for c in _norm_char(ch):
                chars.append(c)
                index.append(i)
        self.norm = "".join(chars)
        self.index = index
        self.n_orig = len(text)

    @staticmethod
    def of(s: str) -> str:
        return "".join(_norm_char(ch) for ch in s)

    def orig(self, k: int) -> int:
        """Original offset of normalised position k (k may be len(norm))."""
        if k >= len(self.index):
            return self.n_orig
        return self.index[k]

    def find(self, left: str, core: str, right: str, hint: float = 0.0) -> tuple[int, int] | None:
        """Original (start, end) of ``core`` found with as much context as matches."""
        L, C, R = self.of(left), self.of(core), self.of(right)
        for lcut, rcut in ((len(L), len(R)), (8, 8), (4, 4), (0, 4), (4, 0), (0, 0)):
            lc = L[len(L) - min(lcut, len(L)):]
            rc = R[: min(rcut, len(R))]
            needle = lc + C + rc
            hits = []
            k = self.norm.find(needle)
            while k >= 0 and len(hits) < 50:
                hits.append(k)
                k = self.norm.find(needle, k + 1)
            if hits:
                # closest to the expected relative position
                best = min(hits, key=lambda h: abs(h / max(1, len(self.norm)) - hint))
                s = best + len(lc)
                e = s + len(C)
                return self.orig(s), self.orig(e - 1) + 1
        return None


@dataclass
class Scores:
    split: str
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    subject_agree: int = 0
    kind_agree: int = 0
    approx_agree: int = 0
    unaligned: int = 0
    docs: int = 0
    errors: list[dict] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def subject_agreement(self) -> float:
        return self.subject_agree / self.matched if self.matched else 0.0

    def as_row(self) -> dict:
        return {
            "split": self.split, "docs": self.docs, "gold": self.gold, "predicted": self.predicted,
            "matched": self.matched, "precision": round(self.precision, 4),
            "recall": round(self.recall, 4), "f1": round(self.f1, 4),
            "subject_agreement": round(self.subject_agreement, 4),
            "kind_accuracy": round(self.kind_agree / self.matched, 4) if self.matched else 0.0,
            "approx_accuracy": round(self.approx_agree / self.matched, 4) if self.matched else 0.0,
        }


def load_gold(path: str | Path) -> list[dict]:
    """Records of gold.jsonl (regions and figures)."""
    p = Path(path)
    if not p.exists():
        raise DataError("figures gold file not found", path=str(p))
    out = []
    for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError:
                raise DataError(f"line {n} is not JSON", path=str(p)) from None
    return out


def same_value(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def subject_agrees(gold: str | None, pred: str | None) -> bool:
    """Equal, or one contains the other, after dropping quotes, brackets and 的."""
    g, p = normalise_subject(gold), normalise_subject(pred)
    if not g:
        return True
    if not p:
        return False
    return g in p or p in g


def figure_matches(g: dict, f: Figure, match_unit: bool = True) -> bool:
    if not same_value(g["value"], f.value):
        return False
    if match_unit and (g["unit"] or None) != (f.unit or None):
        return False
    if g.get("value_max") is not None:
        return f.value_max is not None and same_value(g["value_max"], f.value_max)
    return True


def score(
    gold: list[dict],
    split: str,
    root: Path,
    predict: Callable[[Document], list[Figure]],
    parse: Callable[[Path], Document],
    match_unit: bool = True,
) -> Scores:
    """Precision/recall/F1 and subject agreement of ``predict`` on one split ('all' for both)."""
    sc = Scores(split)
    regions = [r for r in gold if r["type"] == "region" and (split == "all" or r["split"] == split)]
    by_doc: dict[str, list[dict]] = {}
    for r in regions:
        by_doc.setdefault(r["doc"], []).append(r)
    for docname, regs in by_doc.items():
        path = root / docname
        if not path.exists():
            continue
        doc = parse(path)
        raw_len = len(path.read_text(encoding="utf-8"))
        nt = NormText(doc.text)
        preds = predict(doc)
        sc.docs += 1
        for reg in regs:
            gfigs = [g for g in gold if g["type"] == "figure" and g["doc"] == docname
                     and reg["raw_start"] <= g["raw_start"] < reg["raw_end"]]
            span_s = nt.find("", reg["first"], "", reg["raw_start"] / max(1, raw_len))
            span_e = nt.find("", reg["last"], "", reg["raw_end"] / max(1, raw_len))
            # a region that runs to the file's edge keeps that edge even when the cleaner
            # dropped the boilerplate line it began or ended with (e.g. an 作者/审核 line)
            if span_s is None and reg["raw_start"] == 0:
                span_s = (0, 0)
            if span_e is None and raw_len - reg["raw_end"] <= 2:
                span_e = (len(doc.text), len(doc.text))
            if span_s is None or span_e is None:
                raise DataError(f"cannot find region {reg['lines']} of {docname} in the parsed text")
            r0, r1 = span_s[0], span_e[1]
            in_region = [f for f in preds if r0 <= f.start < r1]
            sc.predicted += len(in_region)
            sc.gold += len(gfigs)
            used: set[int] = set()
            for g in gfigs:
                loc = nt.find(g["left"], g["surface"], g["right"], g["raw_start"] / max(1, raw_len))
                if loc is None:
                    sc.unaligned += 1
                    sc.errors.append({"type": "unaligned", "doc": docname, "gold": g["surface"]})
                    continue
                gs, ge = loc
                hit = None
                for k, f in enumerate(in_region):
                    if k in used or f.end <= gs or f.start >= ge:
                        continue
                    if figure_matches(g, f, match_unit):
                        hit = k
                        break
                if hit is None:
                    near = [f for f in in_region if not (f.end <= gs or f.start >= ge)]
                    sc.errors.append({"type": "missed", "doc": docname, "gold": g["surface"],
                                      "value": g["value"], "unit": g["unit"],
                                      "got": [(f.surface, f.value, f.unit) for f in near],
                                      "context": g["left"] + "【" + g["surface"] + "】" + g["right"]})
                    continue
                used.add(hit)
                f = in_region[hit]
                sc.matched += 1
                if subject_agrees(g.get("subject"), f.subject):
                    sc.subject_agree += 1
                else:
                    sc.errors.append({"type": "subject", "doc": docname, "gold": g["surface"],
                                      "gold_subject": g.get("subject"), "pred_subject": f.subject})
                sc.kind_agree += g["kind"] == f.kind
                sc.approx_agree += (g["approx"] or None) == (f.approx or None)
            for k, f in enumerate(in_region):
                if k not in used:
                    sc.errors.append({"type": "spurious", "doc": docname, "pred": f.surface,
                                      "value": f.value, "unit": f.unit,
                                      "context": doc.text[max(0, f.start - 12):f.end + 6]})
    return sc


def evaluate(split: str = "test", root: str | Path | None = None,
             predict: Callable[[Document], list[Figure]] | None = None) -> Scores:
    """Score the default extractor on corpora/figures/gold.jsonl under ``root`` (repo root)."""
    from ..pipeline import parse
    from .extract import extract_figures

    base = Path(root) if root else _repo_root()
    gold = load_gold(base / "corpora" / "figures" / "gold.jsonl")
    if split not in ("dev", "test", "all"):
        raise DataError(f"unknown split {split!r}: use dev, test or all")
    return score(gold, split, base, predict or extract_figures, parse)


def _repo_root() -> Path:
    here = Path(__file__).resolve()
    for p in [Path.cwd(), *here.parents]:
        if (p / "corpora" / "figures" / "gold.jsonl").exists():
            return p
    raise DataError("corpora/figures/gold.jsonl not found: run from the policytext repository")


def iter_errors(sc: Scores, kinds: Iterable[str] = ("missed", "spurious", "subject")) -> Iterable[dict]:
    for e in sc.errors:
        if e["type"] in kinds:
            yield e
