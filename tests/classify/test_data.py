"""The labelled corpus: every label file loads, matches its document and the taxonomy."""
from __future__ import annotations

import json
from collections import Counter

import pytest

from policytext.classify.data import is_test_doc, load_examples, load_label_file
from policytext.classify.taxonomy import default_taxonomy
from policytext.errors import DataError

from ..conftest import CORPORA

LABELS = CORPORA / "classify" / "labels"


@pytest.fixture(scope="module")
def examples():
    return load_examples(CORPORA / "classify", default_taxonomy())


def test_corpus_size_and_split(examples):
    docs = {e.doc for e in examples}
    assert len(docs) >= 20
    test_docs = {d for d in docs if is_test_doc(d)}
    assert {d.split("/")[-1][:3] for d in test_docs} >= {"000", "001", "003", "004"}
    assert all(e.real for e in examples if is_test_doc(e.doc))


def test_training_passages_carry_the_type_the_parser_gives_their_document(examples):
    genre = {e.doc.split("/")[-1][:3]: e.passage.genre for e in examples if is_test_doc(e.doc)}
    assert genre["000"] == genre["001"] == "report"
    assert genre["003"] == "policy" and genre["004"] == "news"
    assert Counter(e.passage.genre for e in examples).keys() <= {"policy", "report", "news", "other"}


def test_real_seed_labels_cover_every_nonempty_line():
    for f in sorted(LABELS.glob("real_00*_*.jsonl")):
        if f.name.endswith(".sha1.jsonl"):
            continue
        rows = [json.loads(x) for x in f.read_text(encoding="utf-8").splitlines()]
        lines = (CORPORA.parent / rows[0]["doc"]).read_text(encoding="utf-8").split("\n")
        assert [r["line"] for r in rows] == [i for i, x in enumerate(lines) if x.strip()]


def test_seed_002_label_file_holds_no_text():
    f = next(LABELS.glob("real_002_*.sha1.jsonl"))
    for raw in f.read_text(encoding="utf-8").splitlines():
        row = json.loads(raw)
        assert "text" not in row and len(row["sha1"]) == 40


def test_seed_002_is_skipped_cleanly_when_absent(tmp_path, monkeypatch):
    monkeypatch.delenv("POLICYTEXT_SHARED", raising=False)
    f = next(LABELS.glob("real_002_*.sha1.jsonl"))
    assert load_label_file(f, default_taxonomy(), root=tmp_path / "nowhere") == []


def test_seed_002_loads_when_shared_is_present(shared_seed_002):
    f = next(LABELS.glob("real_002_*.sha1.jsonl"))
    ex = load_label_file(f, default_taxonomy())
    assert len(ex) == 30 and ex[0].kind == "title"


def test_labels_use_the_whole_taxonomy(examples):
    topics = Counter(t for e in examples for t in e.topics)
    functions = Counter(e.function for e in examples)
    assert set(topics) == set(default_taxonomy().topic_labels)
    assert set(functions) >= {"background", "measure", "problem", "plan", "requirement",
                              "safeguard", "scope", "other"}
    assert not any("other" in e.topics and len(e.topics) > 1 for e in examples)


@pytest.mark.parametrize("row, message", [
    ({"line": 0, "text": "一、基本情况", "kind": "heading", "topics": ["nope"], "function": "background"},
     "not in the taxonomy"),
    ({"line": 0, "text": "一、基本情况", "kind": "heading", "topics": ["other"], "function": "x"},
     "function"),
    ({"line": 0, "text": "一、基本情况", "kind": "body", "topics": ["other"], "function": "background"},
     "kind"),
    ({"line": 0, "text": "二、主要做法", "kind": "heading", "topics": ["other"], "function": "background"},
     "text differs"),
    ({"line": 7, "text": "一、基本情况", "kind": "heading", "topics": ["other"], "function": "background"},
     "outside"),
])
def test_bad_label_rows_raise_data_error(tmp_path, row, message):
    (tmp_path / "written").mkdir()
    (tmp_path / "labels").mkdir()
    (tmp_path / "written" / "x.txt").write_text("一、基本情况\n正文。\n", encoding="utf-8")
    (tmp_path / "labels" / "x.jsonl").write_text(json.dumps({"doc": "x", **row}, ensure_ascii=False),
                                                  encoding="utf-8")
    with pytest.raises(DataError, match=message):
        load_examples(tmp_path, default_taxonomy())


def test_empty_label_folder_is_a_clear_error(tmp_path):
    with pytest.raises(DataError, match="no labels folder|no label files"):
        load_examples(tmp_path, default_taxonomy())


@pytest.mark.parametrize("doc, real", [
    ("corpora/check/written/report_a.txt", False),  # written here, kept with the check pairs
    ("corpora/real/seeds/report.txt", True),
])
def test_a_document_is_real_unless_its_text_sits_in_a_written_folder(tmp_path, doc, real):
    (tmp_path / doc).parent.mkdir(parents=True)
    (tmp_path / doc).write_text("某校党建工作总结\n支部全年召开支委会12次。\n", encoding="utf-8")
    (tmp_path / "labels").mkdir()
    row = {"doc": doc, "line": 1, "text": "支部全年召开支委会12次。", "kind": "paragraph",
           "topics": ["org_life"], "function": "measure"}
    (tmp_path / "labels" / "x.jsonl").write_text(json.dumps(row, ensure_ascii=False), encoding="utf-8")
    (ex,) = load_examples(tmp_path, default_taxonomy(), root=tmp_path)
    assert ex.real is real
