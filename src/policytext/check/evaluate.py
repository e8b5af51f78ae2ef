"""Score ``check`` against the gold statuses in ``corpora/check/gold.jsonl``.

Each gold row names a (report, guideline) pair, an anchor — a short phrase of the
provision as written in the guideline — and the true status. A row is matched to the
check item whose provision text contains the anchor (compared without punctuation or
width differences, so cleaning cannot break the match); a row whose anchor no extracted
provision contains counts as a disagreement, never silently dropped.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DataError, InputNotFound
from ..pipeline import parse
from .core import STATUSES


def _norm(s: str) -> str:
    return re.sub(r"[^\w]", "", unicodedata.normalize("NFKC", s))


@dataclass
class CheckScore:
    rows: int = 0
    agree: int = 0
    unmatched: int = 0
    met_on_shortfall: int = 0
    confusion: Counter = field(default_factory=Counter)  # (gold, predicted) -> n
    by_pair: dict = field(default_factory=dict)  # pair -> (agree, rows)
    details: list = field(default_factory=list)

    @property
    def overall(self) -> float:
        return self.agree / self.rows if self.rows else 0.0

    def per_status(self) -> dict[str, dict[str, float]]:
        """Precision, recall and support of each status."""
        out = {}
        for s in STATUSES:
            tp = self.confusion[(s, s)]
            gold = sum(n for (g, _), n in self.confusion.items() if g == s)
            pred = sum(n for (_, p), n in self.confusion.items() if p == s)
            out[s] = {"precision": tp / pred if pred else 0.0, "recall": tp / gold if gold else 0.0,
                      "support": gold}
        return out


def load_gold(path: Path) -> list[dict]:
    if not path.exists():
        raise InputNotFound("no check gold file", path=str(path))
    rows = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            assert row["status"] in STATUSES and row["anchor"] and row["report"] and row["policy"]
        except (ValueError, KeyError, AssertionError) as exc:
            raise DataError(f"line {n} is not a valid gold row ({exc})", path=str(path)) from None
        rows.append(row)
    return rows


def evaluate(gold_path: Path, root: Path, pairs: set[str] | None = None) -> CheckScore:
    """Run the check on every gold pair and compare statuses."""
    from . import check

    rows = [r for r in load_gold(gold_path) if not pairs or r["pair"] in pairs]
    grouped: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in rows:
        grouped[(r["report"], r["policy"])].append(r)
    score = CheckScore()
    for (report, policy), items in grouped.items():
        result = check(parse(root / report), parse(root / policy))
        texts = [(_norm(it.requirement), it) for it in result.items]
        agree = 0
        for r in items:
            anchor = _norm(r["anchor"])
            hit = next((it for t, it in texts if anchor in t), None)
            pred = hit.status if hit else "unmatched"
            score.rows += 1
            score.unmatched += hit is None
            score.confusion[(r["status"], pred)] += 1
            score.met_on_shortfall += r["status"] == "shortfall" and pred == "met"
            ok = pred == r["status"]
            agree += ok
            score.details.append({"pair": r["pair"], "anchor": r["anchor"], "gold": r["status"],
                                  "predicted": pred, "reason": hit.reason if hit else ""})
        score.agree += agree
        score.by_pair[items[0]["pair"]] = (agree, len(items))
    return score
