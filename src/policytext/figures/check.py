"""Consistency checks between the figures of one document.

Reports often state counts and the shares computed from them (五星级 612个, 四星级 501个,
三星级 283个, 分别占比为43.8%、35.9%、20.2%), or a total and its parts (共有…66个, 其中…).
Each check becomes a :class:`Finding` naming both sides, so a reader can redo the sum.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..records import Document, Figure

#: a stated percentage may differ from the recomputed one by rounding to one decimal
SHARE_TOLERANCE = 0.05
#: shares that partition a whole should add up to 100 within rounding
SUM_TOLERANCE = 0.5


@dataclass(slots=True)
class Finding:
    """One consistency check: ``status`` is ``ok`` or ``mismatch``."""

    kind: str  # share_of_counts | shares_sum | parts_sum
    status: str  # ok | mismatch
    message: str
    expected: float | None = None
    stated: float | None = None
    figures: list[Figure] = field(default_factory=list)
    start: int = 0
    end: int = 0


def _sentence_groups(figures: list[Figure]) -> list[list[Figure]]:
    groups: dict[tuple[int, str], list[Figure]] = {}
    order: list[tuple[int, str]] = []
    for f in figures:
        key = (hash(f.sentence), f.sentence)
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(f)
    return [groups[k] for k in order]


def _list_runs(text: str, figs: list[Figure]) -> list[list[Figure]]:
    """Runs of figures separated only by 、/和/及 (the shape of a 分别 list)."""
    runs: list[list[Figure]] = []
    cur: list[Figure] = []
    for f in figs:
        if cur and re.fullmatch(r"\s*(?:、|和|及|与|,|，)\s*", text[cur[-1].end:f.start]):
            cur.append(f)
        else:
            if len(cur) >= 2:
                runs.append(cur)
            cur = [f]
    if len(cur) >= 2:
        runs.append(cur)
    return runs


def check_consistency(figures: list[Figure], doc: Document) -> list[Finding]:
    """Check shares against the counts they come from, shares against 100%, parts against totals."""
    text = doc.text
    findings: list[Finding] = []
    for group in _sentence_groups(figures):
        for run in _list_runs(text, group):
            if not all(f.unit == "%" and f.kind in ("percent", "ratio") for f in run):
                continue
            head = text[max(0, run[0].start - 12):run[0].start]
            earlier = [f for f in group if f.end <= run[0].start and f.unit not in ("%", None)
                       and f.kind in ("count", "amount")]
            k = len(run)
            if "分别" in head and len(earlier) >= k and len({f.unit for f in earlier[-k:]}) == 1:
                parts = earlier[-k:]
                total = sum(p.value for p in parts)
                if total > 0:
                    for p, pct in zip(parts, run):
                        exp = p.value / total * 100
                        ok = abs(exp - pct.value) <= SHARE_TOLERANCE + 1e-9
                        findings.append(Finding(
                            kind="share_of_counts", status="ok" if ok else "mismatch",
                            message=(f"{pct.surface} stated for {p.surface}: {p.value:g} of "
                                     f"{' + '.join(f'{q.value:g}' for q in parts)} = {total:g} "
                                     f"is {exp:.2f}%"),
                            expected=round(exp, 2), stated=pct.value, figures=[p, pct],
                            start=min(p.start, pct.start), end=max(p.end, pct.end)))
            if "分别" in head or "占" in head or "占" in text[run[-1].end:run[-1].end + 6]:
                s = sum(f.value for f in run)
                if 90 <= s <= 110 or len(earlier) >= k:
                    ok = abs(s - 100) <= SUM_TOLERANCE
                    findings.append(Finding(
                        kind="shares_sum", status="ok" if ok else "mismatch",
                        message=f"shares {' + '.join(f.surface for f in run)} add up to {s:.1f}%",
                        expected=100.0, stated=round(s, 4), figures=list(run),
                        start=run[0].start, end=run[-1].end))
        findings.extend(_parts_sum(text, group))
    return findings


_TOTAL_CUE = re.compile(r"(?:共|共有|总计|合计|总数|累计|总共|一共)[^，。；,;]{0,12}$")


def _parts_sum(text: str, group: list[Figure]) -> list[Finding]:
    """共有…N个, 其中 A a个、B b个: the parts must not exceed the total (equal if 分别)."""
    out: list[Finding] = []
    for i, tot in enumerate(group):
        if tot.kind not in ("count", "amount") or tot.approx is not None:
            continue
        if not _TOTAL_CUE.search(text[max(0, tot.start - 20):tot.start]):
            continue
        tail = text[tot.end:tot.end + 8]
        if not re.match(r"\s*[，,：:]?\s*(?:其中|分别为|分别是|包括)", tail):
            continue
        exhaustive = "分别" in tail
        parts = [f for f in group[i + 1:] if f.unit == tot.unit and f.kind == tot.kind]
        if len(parts) < 2:
            continue
        s = sum(p.value for p in parts)
        if exhaustive:
            ok = abs(s - tot.value) < 1e-6 * max(1.0, tot.value)
            msg = f"parts {' + '.join(p.surface for p in parts)} = {s:g}, total {tot.surface}"
        else:
            ok = s <= tot.value + 1e-9
            msg = (f"parts {' + '.join(p.surface for p in parts)} = {s:g} "
                   f"{'within' if ok else 'exceed'} total {tot.surface}")
        out.append(Finding(kind="parts_sum", status="ok" if ok else "mismatch", message=msg,
                           expected=tot.value, stated=s, figures=[tot, *parts],
                           start=tot.start, end=parts[-1].end))
    return out
