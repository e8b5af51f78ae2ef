"""Check the written guideline/news corpus (wp_*, wn_*) against its label files.

Why: the classifier trains on `corpora/classify/labels/<id>.jsonl`; a label that has
drifted from its line (edited text, shifted line number, unknown label) silently
poisons training. This script fails loudly on any such mismatch and prints the label
counts so the balance of the set can be seen.

Usage (from the repo root):
    python corpora/classify/check_labels_policies.py            # wp_* and wn_*
    python corpora/classify/check_labels_policies.py wp_01 wn_02
Exit code 1 when any problem is found.
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
WRITTEN = HERE / "written"
LABELS = HERE / "labels"

# Taxonomy of /work/shared/taxonomy.md (the default shipped taxonomy).
TOPICS = (
    "theory_ideology", "moral_education", "leadership_system", "org_building",
    "org_life", "cadre_team", "member_management", "brand_culture",
    "integrity_discipline", "teacher_ethics", "accountability", "resources", "other",
)
FUNCTIONS = (
    "background", "measure", "result", "problem", "plan", "requirement",
    "safeguard", "scope", "other",
)
KINDS = ("title", "meta", "heading", "paragraph")
POLICY_FUNCTIONS = {"background", "requirement", "safeguard", "scope", "other"}
INDEX_HEADER = ["id", "genre", "level", "region", "school_level", "style", "notes"]
MIN_LINES, MAX_LINES = 20, 60


def check_doc(doc_id: str) -> tuple[list[str], list[dict]]:
    """Return (problems, records) for one written document and its label file."""
    problems: list[str] = []
    txt = WRITTEN / f"{doc_id}.txt"
    lab = LABELS / f"{doc_id}.jsonl"
    if not lab.exists():
        return [f"{doc_id}: missing label file {lab.name}"], []
    lines = txt.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # trailing newline at end of file
    expected = [(i, line) for i, line in enumerate(lines) if line.strip()]
    records: list[dict] = []
    for n, raw in enumerate(lab.read_text(encoding="utf-8").splitlines(), 1):
        try:
            records.append(json.loads(raw))
        except json.JSONDecodeError as exc:
            problems.append(f"{doc_id}: label line {n} is not JSON ({exc})")
    if len(records) != len(expected):
        problems.append(
            f"{doc_id}: {len(expected)} non-empty lines but {len(records)} label records"
        )
    for (i, line), rec in zip(expected, records):
        where = f"{doc_id}:{i}"
        if rec.get("doc") != doc_id:
            problems.append(f"{where}: doc is {rec.get('doc')!r}")
        if rec.get("line") != i:
            problems.append(f"{where}: record says line {rec.get('line')}")
        if rec.get("text") != line:
            problems.append(f"{where}: text differs from the file")
        if rec.get("kind") not in KINDS:
            problems.append(f"{where}: bad kind {rec.get('kind')!r}")
        topics = rec.get("topics")
        if not isinstance(topics, list) or not topics:
            problems.append(f"{where}: topics must be a non-empty list")
        else:
            bad = [t for t in topics if t not in TOPICS]
            if bad:
                problems.append(f"{where}: unknown topics {bad}")
            if "other" in topics and len(topics) > 1:
                problems.append(f"{where}: 'other' combined with another topic")
            if len(set(topics)) != len(topics):
                problems.append(f"{where}: duplicate topics")
        if rec.get("function") not in FUNCTIONS:
            problems.append(f"{where}: bad function {rec.get('function')!r}")
        elif doc_id.startswith("wp_") and rec["function"] not in POLICY_FUNCTIONS:
            problems.append(f"{where}: report-only function {rec['function']!r} in a policy")
        if rec.get("kind") == "paragraph" and len(line.strip()) < 8:
            problems.append(f"{where}: very short paragraph, is it a heading?")
    if not MIN_LINES <= len(expected) <= MAX_LINES:
        problems.append(f"{doc_id}: {len(expected)} non-empty lines (want {MIN_LINES}-{MAX_LINES})")
    return problems, records


def check_index(ids: list[str]) -> list[str]:
    """Every checked document needs exactly one INDEX.tsv row with the fixed header."""
    index = WRITTEN / "INDEX.tsv"
    if not index.exists():
        return ["INDEX.tsv missing"]
    with index.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))
    problems = [] if rows and rows[0] == INDEX_HEADER else ["INDEX.tsv: wrong header"]
    seen = Counter(r[0] for r in rows[1:] if r)
    for r in rows[1:]:
        if r and len(r) != len(INDEX_HEADER):
            problems.append(f"INDEX.tsv: row {r[0]} has {len(r)} columns")
        if r and r[0][:3] in ("wp_", "wn_"):
            want = "policy" if r[0].startswith("wp_") else "news"
            if r[1] != want:
                problems.append(f"INDEX.tsv: {r[0]} genre {r[1]!r}, want {want!r}")
    for doc_id in ids:
        if seen[doc_id] != 1:
            problems.append(f"INDEX.tsv: {doc_id} has {seen[doc_id]} rows")
    return problems


def main(argv: list[str]) -> int:
    ids = argv or sorted(
        p.stem for p in WRITTEN.glob("w[pn]_*.txt")
    )
    problems: list[str] = []
    all_records: list[dict] = []
    for doc_id in ids:
        p, recs = check_doc(doc_id)
        problems += p
        all_records += recs
    problems += check_index(ids)
    paras = [r for r in all_records if r.get("kind") == "paragraph"]
    print(f"documents: {len(ids)}  labelled lines: {len(all_records)}  paragraphs: {len(paras)}")
    print("kinds:", dict(Counter(r.get("kind") for r in all_records)))
    topic_all = Counter(t for r in all_records for t in r.get("topics", []))
    topic_par = Counter(t for r in paras for t in r.get("topics", []))
    print(f"{'topic':22} {'paragraphs':>10} {'all lines':>10}")
    for t in TOPICS:
        print(f"{t:22} {topic_par[t]:>10} {topic_all[t]:>10}")
    func_all = Counter(r.get("function") for r in all_records)
    func_par = Counter(r.get("function") for r in paras)
    print(f"{'function':22} {'paragraphs':>10} {'all lines':>10}")
    for f in FUNCTIONS:
        print(f"{f:22} {func_par[f]:>10} {func_all[f]:>10}")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
