"""Check results as Markdown and as one self-contained, printable HTML page.

Every piece of document text goes through ``html.escape``; the chart is inline SVG, so the
page needs no network and no script.
"""
from __future__ import annotations

import html
from collections import Counter

from ..records import Document
from .core import STATUSES, CheckResult

COLOURS = {"met": "#2e7d32", "addressed": "#f9a825", "shortfall": "#c62828", "not_mentioned": "#9e9e9e"}
NAMES = {"met": "met 已落实", "addressed": "addressed 有提及", "shortfall": "shortfall 有差距",
         "not_mentioned": "not mentioned 未提及"}


def to_markdown(results: list[CheckResult]) -> str:
    """A Markdown report: counts, then one table per report."""
    lines = [f"# Check against {results[0].policy if results else ''}", ""]
    for res in results:
        c = res.counts()
        lines += [f"## {res.report}", "",
                  " · ".join(f"{s}: {c.get(s, 0)}" for s in STATUSES), "",
                  "| provision | status | requirement | reason | evidence |", "|---|---|---|---|---|"]
        for it in res.items:
            ev = it.evidence[0].text if it.evidence else ""
            cells = [it.provision, it.status, it.requirement, it.reason, ev]
            lines.append("| " + " | ".join(c.replace("|", "\\|").replace("\n", " ") for c in cells) + " |")
        lines.append("")
    return "\n".join(lines)


def _bar_chart(results: list[CheckResult]) -> str:
    """Stacked horizontal bars: per topic, the share of provisions in each status."""
    totals: dict[str, Counter[str]] = {}
    for res in results:
        for topic, counts in res.coverage().items():
            totals.setdefault(topic, Counter()).update(counts)
    rows = sorted(totals.items())
    width, bar_w, row_h, left = 900, 520, 26, 200
    height = row_h * len(rows) + 40
    parts = [(f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
              f'role="img" aria-label="coverage by topic">')]
    for i, (topic, counts) in enumerate(rows):
        y = 10 + i * row_h
        total = sum(counts.values()) or 1
        parts.append(f'<text x="{left - 8}" y="{y + 15}" text-anchor="end" font-size="13">'
                     f'{html.escape(topic)} ({total})</text>')
        x = float(left)
        for s in STATUSES:
            w = bar_w * counts.get(s, 0) / total
            if w:
                parts.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{row_h - 6}" '
                             f'fill="{COLOURS[s]}"><title>{s}: {counts[s]}</title></rect>')
            x += w
    y = 10 + len(rows) * row_h + 6
    x = left
    for s in STATUSES:
        parts.append(f'<rect x="{x}" y="{y}" width="12" height="12" fill="{COLOURS[s]}"/>'
                     f'<text x="{x + 16}" y="{y + 11}" font-size="12">{html.escape(NAMES[s])}</text>')
        x += 175
    parts.append("</svg>")
    return "".join(parts)


def _in_context(doc: Document | None, start: int, end: int, text: str, pad: int = 60) -> str:
    if doc is None:
        return f"<mark>{html.escape(text)}</mark>"
    a, b = max(0, start - pad), min(len(doc.text), end + pad)
    return (("…" if a else "") + html.escape(doc.text[a:start]) + "<mark>"
            + html.escape(doc.text[start:end]) + "</mark>" + html.escape(doc.text[end:b])
            + ("…" if b < len(doc.text) else ""))


_CSS = """
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;margin:2em auto;max-width:1100px;color:#222}
h1{font-size:1.5em}h2{font-size:1.2em;border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:2em}
table{border-collapse:collapse;width:100%;font-size:.92em}td,th{border:1px solid #ddd;padding:4px 6px;vertical-align:top}
.s{color:#fff;border-radius:3px;padding:1px 6px;white-space:nowrap;font-size:.85em}
mark{background:#fff3b0}.ev{color:#444;font-size:.9em;margin:.2em 0}.reason{font-style:italic}
.matrix td{text-align:center}@media print{h2{page-break-before:always}}
"""


def _badge(status: str) -> str:
    return f'<span class="s" style="background:{COLOURS[status]}">{html.escape(status)}</span>'


def to_html(results: list[CheckResult], reports: dict[str, Document] | None = None) -> str:
    """One page: summary, coverage chart, matrix (several reports), provisions with evidence."""
    reports = reports or {}
    policy = results[0].policy if results else ""
    out = ["<!doctype html><html lang=\"zh\"><head><meta charset=\"utf-8\">",
           f"<title>policytext check: {html.escape(str(policy))}</title><style>{_CSS}</style></head><body>",
           f"<h1>Check against {html.escape(str(policy))}</h1>"]
    out.append("<table><tr><th>report</th>" + "".join(f"<th>{_badge(s)}</th>" for s in STATUSES) + "</tr>")
    for res in results:
        c = res.counts()
        out.append(f"<tr><td>{html.escape(str(res.report))}</td>"
                   + "".join(f"<td>{c.get(s, 0)}</td>" for s in STATUSES) + "</tr>")
    out.append("</table><h2>Coverage by topic</h2>" + _bar_chart(results))
    if len(results) > 1:
        out.append("<h2>Matrix</h2><table class=\"matrix\"><tr><th>provision</th>"
                   + "".join(f"<th>{i + 1}</th>" for i in range(len(results))) + "</tr>")
        for j, it in enumerate(results[0].items):
            out.append(f"<tr><td style=\"text-align:left\">{html.escape(it.provision)} "
                       f"{html.escape(it.requirement[:40])}</td>"
                       + "".join(f"<td>{_badge(r.items[j].status)}</td>" for r in results) + "</tr>")
        out.append("</table><p>" + " · ".join(f"{i + 1} = {html.escape(str(r.report))}"
                                               for i, r in enumerate(results)) + "</p>")
    for res in results:
        doc = reports.get(str(res.report))
        out.append(f"<h2>{html.escape(str(res.report))}</h2><table>"
                   "<tr><th>provision</th><th>status</th><th>requirement and evidence</th></tr>")
        for it in res.items:
            ev = "".join(f'<div class="ev">[{e.score:.2f}] {html.escape(e.section)}: '
                         f'{_in_context(doc, e.start, e.end, e.text)}</div>' for e in it.evidence)
            out.append(f"<tr><td>{html.escape(it.provision)}</td><td>{_badge(it.status)}</td>"
                       f"<td>{html.escape(it.requirement)}<div class=\"reason\">{html.escape(it.reason)}"
                       f"</div>{ev}</td></tr>")
        out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out)
