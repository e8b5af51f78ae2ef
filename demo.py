"""`make demo`: the main job on the bundled corpus, printed as tables a person can read.

1. read and structure every bundled real document;
2. pull every figure out of the two work summaries, and check their arithmetic;
3. turn the district guideline into a checklist of requirements;
4. hold both summaries against the guideline (also written to out/check.html);
5. build an archive of everything and search it by word and by figure.
"""
from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.progress import track
from rich.table import Table

import policytext as pt
from policytext.check.render import to_html
from policytext.figures import check_consistency

ROOT = Path(__file__).parent
OUT = ROOT / "out"
console = Console()


def table(title: str, *cols: str) -> Table:
    t = Table(title=title, title_justify="left", title_style="bold")
    for c in cols:
        t.add_column(c, overflow="fold")
    return t


def main() -> None:
    OUT.mkdir(exist_ok=True)
    files = sorted((ROOT / "corpora" / "real").rglob("*.txt"))
    docs = {f: pt.load(f) for f in track(files, description="parsing", console=console)}

    t = table(f"1. {len(docs)} bundled documents", "file", "type", "title", "date", "sections", "¶")
    for f, d in list(docs.items())[:12] + list(docs.items())[-4:]:
        t.add_row(f.name[:28], d.doc_type, (d.title or "")[:34], d.meta.date or "",
                  str(sum(1 for _ in d.walk())), str(len(d.paragraphs)))
    console.print(t)
    console.print(f"   types: {dict(Counter(d.doc_type for d in docs.values()))}  (16 of {len(docs)} shown)\n")

    seeds = {f.name[:3]: d for f, d in docs.items() if f.parent.name == "seeds"}
    t = table("2. figures in the two work summaries (seeds 000 and 001)", "doc", "surface", "value",
              "unit", "approx", "kind", "subject")
    for key in ("001", "000"):
        for fig in seeds[key].figures[:10]:
            t.add_row(key, fig.surface, f"{fig.value:g}", fig.unit or "", fig.approx or "", fig.kind,
                      fig.subject or "")
    console.print(t)
    for key in ("000", "001"):
        for finding in check_consistency(list(seeds[key].figures), seeds[key]):
            if finding.status == "mismatch":
                console.print(f"   [red]consistency[/red] seed {key}: {finding.message}")
    console.print()

    guideline = seeds["003"]
    reqs = guideline.requirements
    t = table(f"3. {guideline.title}: {len(reqs)} requirements "
              f"{dict(Counter(r.modality for r in reqs))}; those with a measurable constraint",
              "provision", "modality", "actor", "constraint", "text")
    for r in reqs:
        if r.constraint and r.constraint.value is not None:
            c = r.constraint
            t.add_row(r.provision, r.modality, r.actor or "",
                      f"{c.kind} {c.bound} {c.value:g}{c.unit or ''}/{c.period or '-'}", r.text[:40])
    console.print(t)

    results = [pt.check(seeds[k], guideline) for k in ("001", "000")]
    t = table("4. the summaries checked against the guideline", "report", "met", "addressed",
              "shortfall", "not_mentioned")
    for res in results:
        c = res.counts()
        t.add_row(Path(res.report).name, *[str(c.get(s, 0)) for s in ("met", "addressed", "shortfall",
                                                                       "not_mentioned")])
    console.print(t)
    for it in [i for i in results[0].items if i.status == "shortfall"][:4]:
        console.print(f"   [red]shortfall[/red] {it.provision} {it.requirement[:36]}… — {it.reason}")
    html = OUT / "check.html"
    html.write_text(to_html(results, {str(s.source): s for s in seeds.values()}), "utf-8")
    console.print(f"   the full check with evidence: {html.relative_to(ROOT)}\n")

    db = OUT / "archive.db"
    for p in OUT.glob("archive.db*"):
        shutil.rmtree(p) if p.is_dir() else p.unlink()
    with pt.Archive(db) as archive:
        counts = archive.index(ROOT / "corpora" / "real")
        hits = archive.search("换届 AND 党支部", limit=5)
        members = archive.figures("党员", min=500, unit="人")
    console.print(f"5. archive {db.relative_to(ROOT)}: {counts}")
    t = table("   search: 换届 AND 党支部", "doc", "section", "snippet")
    for h in hits:
        t.add_row(Path(h.doc).name[:24], h.section[:20], h.snippet[:70])
    console.print(t)
    t = table("   figures: subject 党员, at least 500, unit 人", "doc", "subject", "surface", "sentence")
    for h in members:
        t.add_row(Path(h.doc).name[:24], h.subject or "", h.surface, h.sentence[:50])
    console.print(t)


if __name__ == "__main__":
    main()
