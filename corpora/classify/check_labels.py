"""Validate the hand-labelled classifier corpus and print label counts.

Why: the classifier trains on ``corpora/classify/labels/<id>.jsonl``; a label record that
drifts from its text line (edited text, shifted line numbers, typo in a label) silently
poisons training.  This script checks, for every ``written/<id>.txt`` (optionally only
ids with a given prefix):

* every non-empty line has exactly one record, in order, with the same 0-based ``line``
  number, the identical ``text`` and ``"doc" == <id>``;
* ``kind`` is one of title/meta/heading/paragraph;
* ``topics`` is a non-empty list of distinct taxonomy topics, ``other`` never combined;
* ``function`` is exactly one taxonomy function;
* ``written/INDEX.tsv`` has the agreed header and exactly one row per checked document;
* a label file for a written document kept elsewhere in the project (``doc`` a path such
  as ``corpora/check/written/report_a.txt``) is checked the same way against that file.

Labels are read from ``docs/taxonomy.md`` (the same file users replace), so the check
follows the taxonomy rather than a hard-coded list.

Usage: ``python corpora/classify/check_labels.py [--prefix wr_] [--min-lines 25 --max-lines 60]``
Exit status 1 and one line per problem when anything is wrong; counts are printed always.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
KINDS = ("title", "meta", "heading", "paragraph")
INDEX_HEADER = ["id", "genre", "level", "region", "school_level", "style", "notes"]
ROW = re.compile(r"^\|\s*`([a-z_]+)`\s*\|")


def load_taxonomy(path: Path) -> tuple[list[str], list[str]]:
    """Return (topics, functions) from the markdown tables under '## Topics' / '## Functions'."""
    topics: list[str] = []
    functions: list[str] = []
    current: list[str] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            head = line.lower()
            current = topics if "topic" in head else functions if "function" in head else None
            continue
        m = ROW.match(line)
        if m and current is not None:
            current.append(m.group(1))
    if not topics or not functions:
        raise SystemExit(f"no topic/function tables found in {path}")
    return topics, functions


def check_doc(doc_id: str, txt: Path, lab: Path, topics: set[str], functions: set[str],
              errors: list[str], doc: str | None = None) -> list[dict]:
    """Check one document's labels; append problems to *errors*; return its records.
    ``doc`` is what the records' ``doc`` field must say (default: ``doc_id``)."""
    doc = doc or doc_id
    lines = txt.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    expected = [(i, t) for i, t in enumerate(lines) if t.strip()]
    if not lab.exists():
        errors.append(f"{doc_id}: missing {lab.relative_to(REPO)}")
        return []
    records: list[dict] = []
    for n, raw in enumerate(lab.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip():
            continue
        try:
            records.append(json.loads(raw))
        except json.JSONDecodeError as exc:
            errors.append(f"{doc_id}: labels line {n} is not JSON ({exc})")
    if len(records) != len(expected):
        errors.append(f"{doc_id}: {len(expected)} non-empty lines but {len(records)} records")
    for (i, text), rec in zip(expected, records):
        where = f"{doc_id}:{i}"
        if rec.get("doc") != doc:
            errors.append(f"{where}: doc is {rec.get('doc')!r}")
        if rec.get("line") != i:
            errors.append(f"{where}: record line is {rec.get('line')!r}")
        if rec.get("text") != text:
            errors.append(f"{where}: text differs from the txt line")
        if rec.get("kind") not in KINDS:
            errors.append(f"{where}: bad kind {rec.get('kind')!r}")
        tps = rec.get("topics")
        if not isinstance(tps, list) or not tps:
            errors.append(f"{where}: topics must be a non-empty list")
        else:
            bad = [t for t in tps if t not in topics]
            if bad:
                errors.append(f"{where}: unknown topics {bad}")
            if len(set(tps)) != len(tps):
                errors.append(f"{where}: duplicate topics {tps}")
            if "other" in tps and len(tps) > 1:
                errors.append(f"{where}: 'other' combined with {tps}")
        if rec.get("function") not in functions:
            errors.append(f"{where}: bad function {rec.get('function')!r}")
        extra = set(rec) - {"doc", "line", "text", "kind", "topics", "function"}
        if extra:
            errors.append(f"{where}: unexpected fields {sorted(extra)}")
    return records


def check_index(written: Path, ids: list[str], prefix: str, errors: list[str]) -> None:
    """INDEX.tsv must have the agreed header and one 7-column row per checked document."""
    index = written / "INDEX.tsv"
    if not index.exists():
        errors.append("INDEX.tsv missing")
        return
    rows = [r.split("\t") for r in index.read_text(encoding="utf-8").splitlines() if r.strip()]
    if rows[0] != INDEX_HEADER:
        errors.append(f"INDEX.tsv header is {rows[0]}")
    seen = Counter(r[0] for r in rows[1:])
    for r in rows[1:]:
        if len(r) != len(INDEX_HEADER):
            errors.append(f"INDEX.tsv row {r[0]!r} has {len(r)} columns")
        elif r[0].startswith(prefix) and r[0] not in ids:
            errors.append(f"INDEX.tsv row {r[0]!r} has no document")
    for doc_id in ids:
        if seen[doc_id] != 1:
            errors.append(f"INDEX.tsv has {seen[doc_id]} rows for {doc_id}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--prefix", default="", help="only check ids starting with this")
    ap.add_argument("--taxonomy", type=Path, default=REPO / "docs" / "taxonomy.md")
    ap.add_argument("--min-lines", type=int, default=0, help="min non-empty lines per doc")
    ap.add_argument("--max-lines", type=int, default=10**9, help="max non-empty lines per doc")
    args = ap.parse_args(argv)

    topic_list, function_list = load_taxonomy(args.taxonomy)
    written, labels = HERE / "written", HERE / "labels"
    ids = sorted(p.stem for p in written.glob(f"{args.prefix}*.txt"))
    errors: list[str] = []
    all_recs: list[dict] = []
    for doc_id in ids:
        recs = check_doc(doc_id, written / f"{doc_id}.txt", labels / f"{doc_id}.jsonl",
                         set(topic_list), set(function_list), errors)
        if not args.min_lines <= len(recs) <= args.max_lines:
            errors.append(f"{doc_id}: {len(recs)} labelled lines, outside "
                          f"{args.min_lines}-{args.max_lines}")
        all_recs.extend(recs)
    for lab in sorted(labels.glob(f"{args.prefix}*.jsonl")):
        if lab.stem in ids or lab.stem.startswith("real_"):
            continue
        # a written document kept elsewhere in the project (the check pairs' documents,
        # corpora/check/written/…): its records name it by its project path
        first = next((ln for ln in lab.read_text(encoding="utf-8").splitlines() if ln.strip()), "")
        try:
            doc = str(json.loads(first).get("doc", ""))
        except (json.JSONDecodeError, AttributeError):
            doc = ""
        if "written/" in doc and (REPO / doc).is_file():
            all_recs.extend(check_doc(lab.stem, REPO / doc, lab, set(topic_list),
                                      set(function_list), errors, doc))
        else:
            errors.append(f"{lab.name}: no matching written/{lab.stem}.txt")
    check_index(written, ids, args.prefix, errors)

    paras = [r for r in all_recs if r.get("kind") == "paragraph"]
    print(f"documents: {len(ids)}  labelled lines: {len(all_recs)}  paragraphs: {len(paras)}")
    print("kinds: " + ", ".join(f"{k}={v}" for k, v in Counter(
        r.get("kind") for r in all_recs).most_common()))
    tp_all = Counter(t for r in all_recs for t in r.get("topics") or [])
    tp_par = Counter(t for r in paras for t in r.get("topics") or [])
    fn_all = Counter(r.get("function") for r in all_recs)
    fn_par = Counter(r.get("function") for r in paras)
    print(f"{'topic':<22}{'paragraphs':>11}{'all lines':>11}")
    for t in topic_list:
        print(f"{t:<22}{tp_par[t]:>11}{tp_all[t]:>11}")
    print(f"{'function':<22}{'paragraphs':>11}{'all lines':>11}")
    for f in function_list:
        print(f"{f:<22}{fn_par[f]:>11}{fn_all[f]:>11}")
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
