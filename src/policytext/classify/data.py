"""Labelled passages for training and evaluation, read from ``corpora/classify``.

Layout (see docs/api.md): ``written/<id>.txt`` one paragraph or heading per line;
``labels/<id>.jsonl`` one object per non-empty line ``{doc, line, text, kind, topics,
function}``. Labels of real documents name the repo path of the real file in ``doc``.
A label file whose rows carry ``sha1`` instead of ``text`` labels a document that may not
be copied into the project (seed 002): its text is read from ``doc`` relative to the
project root when that file exists, and the file is skipped otherwise.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import DataError, PolicyTextError
from ..pipeline import parse_text
from .features import Passage, genre_of, passages_from_lines
from .taxonomy import OTHER, Taxonomy

#: documents outside the project (../shared): also found under $POLICYTEXT_SHARED
SHARED_PREFIX = "../shared/"
#: kinds a labelled line may have
KINDS = ("title", "meta", "heading", "paragraph")
#: kinds that are body text (what the headline metrics are computed over)
BODY_KINDS = ("heading", "paragraph")


@dataclass(slots=True)
class Example:
    """One labelled line with the passage the model sees."""

    doc: str  # document id (written id or repo path of a real file)
    line: int
    kind: str
    passage: Passage
    topics: tuple[str, ...]
    function: str
    real: bool  # a real document (not written here)


def project_root() -> Path:
    """The checkout this package runs from (…/src/policytext/classify -> …)."""
    return Path(__file__).resolve().parents[3]


def _read_jsonl(path: Path) -> list[dict]:
    rows = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip():
            continue
        try:
            rows.append(json.loads(raw))
        except json.JSONDecodeError:
            raise DataError(f"line {n} is not valid JSON", path=str(path)) from None
    return rows


def _doc_lines(doc: str, label_file: Path, root: Path) -> list[str] | None:
    """The lines of the document a label file describes, or None when it is not present."""
    cands = [root / doc, label_file.parent.parent / "written" / f"{doc}.txt"]
    shared = os.environ.get("POLICYTEXT_SHARED")
    if shared and doc.startswith(SHARED_PREFIX):
        cands.append(Path(shared) / doc[len(SHARED_PREFIX):])
    for c in cands:
        if c.is_file():
            text = c.read_text(encoding="utf-8")
            lines = text.split("\n")
            if lines and lines[-1] == "":
                lines.pop()
            return lines
    return None


def load_label_file(path: Path, taxonomy: Taxonomy, root: Path | None = None) -> list[Example]:
    """Examples of one label file, checked against its document and the taxonomy.

    Returns [] for a text-less (sha1) label file whose document is absent.
    """
    root = root or project_root()
    rows = _read_jsonl(path)
    if not rows:
        return []
    doc = rows[0].get("doc")
    if not isinstance(doc, str) or any(r.get("doc") != doc for r in rows):
        raise DataError("every row needs the same 'doc' id", path=str(path))
    hashed = "text" not in rows[0]
    lines = _doc_lines(doc, path, root)
    if lines is None:
        if hashed:
            return []
        # the labels carry the text: rebuild the document from them (blank lines lost)
        lines = [""] * (max(int(r["line"]) for r in rows) + 1)
        for r in rows:
            lines[int(r["line"])] = r["text"]
    topics_ok, funcs_ok = set(taxonomy.topic_labels), set(taxonomy.function_labels)
    by_line: dict[int, dict] = {}
    for r in rows:
        ln = r.get("line")
        if not isinstance(ln, int) or not 0 <= ln < len(lines):
            raise DataError(f"line {ln!r} is outside the document {doc}", path=str(path))
        text = lines[ln]
        if hashed:
            if hashlib.sha1(text.encode("utf-8")).hexdigest() != r.get("sha1"):
                raise DataError(f"line {ln} of {doc} does not match its sha1 (document changed?)",
                                path=str(path))
        elif r.get("text", "").strip() != text.strip():
            raise DataError(f"line {ln}: text differs from line {ln} of {doc}", path=str(path))
        topics = r.get("topics") or []
        if not topics or any(t not in topics_ok for t in topics):
            raise DataError(f"line {ln}: topics {topics!r} not in the taxonomy", path=str(path))
        if r.get("function") not in funcs_ok:
            raise DataError(f"line {ln}: function {r.get('function')!r} not in the taxonomy",
                            path=str(path))
        if r.get("kind") not in KINDS:
            raise DataError(f"line {ln}: kind {r.get('kind')!r} is not one of {KINDS}", path=str(path))
        by_line[ln] = r
    flags = [by_line.get(i, {}).get("kind") == "heading" for i in range(len(lines))]
    titles = [lines[ln] for ln, r in sorted(by_line.items()) if r.get("kind") == "title"]
    passages = passages_from_lines(lines, flags, titles[0] if titles else None,
                                   document_genre(lines))
    # written here: the text sits in a folder named written/ (classify/written/<id>.txt, or
    # a path such as corpora/check/written/report_a.txt); every other document is real
    real = not ((path.parent.parent / "written" / f"{doc}.txt").is_file() or "written/" in doc)
    out = []
    for ln in sorted(by_line):
        r = by_line[ln]
        topics = tuple(dict.fromkeys(r["topics"]))
        if OTHER in topics and len(topics) > 1:
            topics = tuple(t for t in topics if t != OTHER)
        out.append(Example(doc, ln, r["kind"], passages[ln], topics, r["function"], real))
    return out


def document_genre(lines: list[str]) -> str:
    """The type the parser gives the document these lines make up, as at prediction time."""
    try:
        return genre_of(parse_text("\n".join(lines)))
    except PolicyTextError:
        return ""


def load_examples(data_dir: str | Path, taxonomy: Taxonomy, root: Path | None = None) -> list[Example]:
    """Every labelled line under ``data_dir`` (a folder holding ``labels/``, or ``labels/`` itself)."""
    d = Path(data_dir)
    labels = d / "labels" if (d / "labels").is_dir() else d
    if not labels.is_dir():
        raise DataError("no labels folder here (expected <dir>/labels/*.jsonl)", path=str(d))
    files = sorted(labels.glob("*.jsonl"))
    if not files:
        raise DataError("no label files (*.jsonl) in this folder", path=str(labels))
    out: list[Example] = []
    for f in files:
        out.extend(load_label_file(f, taxonomy, root))
    if not out:
        raise DataError("the label files hold no usable rows", path=str(labels))
    return out


def default_data_dir() -> Path:
    """corpora/classify of this checkout."""
    return project_root() / "corpora" / "classify"


#: documents held out as the real in-domain test set: the seeds
def is_test_doc(doc: str) -> bool:
    """The reported test split: real in-domain documents (the seeds), never trained on."""
    return "/seeds/" in doc


def is_national_doc(doc: str) -> bool:
    """The second real test split: party-building passages of the CPC congress reports
    (real, national rather than education). Held out of its own evaluation, trained on
    by the shipped model."""
    return "report_cpc-congress_" in doc
