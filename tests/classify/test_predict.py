"""classify_document on real documents: offsets, shape of the Label records, held-out quality."""
from __future__ import annotations

import pytest

from policytext.classify import classify_document, default_taxonomy, load_model
from policytext.pipeline import parse, parse_text

from ..conftest import CORPUS, seed

TAX = default_taxonomy()


@pytest.fixture(scope="module")
def model():
    return load_model()


@pytest.mark.parametrize("path", [seed("000"), seed("001"), seed("003"), seed("004"),
                                  CORPUS / "policy_pkulaw-bu_001.txt"])
def test_labels_cover_sections_and_paragraphs_with_valid_offsets(model, path):
    doc = parse(path)
    labels = classify_document(doc, model)
    paras = [lab for lab in labels if lab.level == "paragraph"]
    sections = [lab for lab in labels if lab.level == "section"]
    assert len(paras) == len(doc.paragraphs)
    assert len(sections) == sum(1 for _ in doc.walk())
    for lab in labels:
        assert 0 <= lab.start < lab.end <= len(doc.text)
        assert doc.text[lab.start:lab.end].strip()
        assert lab.topics and all(t.label in TAX.topic_labels for t in lab.topics)
        assert all(0.0 <= t.score <= 1.0 for t in lab.topics)
        assert lab.function.label in TAX.function_labels
        assert lab.doc == doc.source


def test_shared_seed_002(model, shared_seed_002):
    labels = classify_document(parse(shared_seed_002), model)
    assert any(lab.level == "section" for lab in labels)


def _section(labels, doc, heading):
    return next(lab for lab in labels if lab.level == "section"
                and doc.text[lab.start:lab.end].lstrip().startswith(heading))


def test_report_sections_get_their_function(model):
    """Seed 001 is held out of training: its four parts read as background/measure/problem/plan."""
    doc = parse(seed("001"))
    labels = classify_document(doc, model)
    want = {"一、基本情况": "background", "二、主要做法": "measure", "三、存在的问题": "problem",
            "四、下一步打算": "plan"}
    for heading, fn in want.items():
        assert _section(labels, doc, heading).function.label == fn


def test_guideline_sections_get_their_function_and_topics(model):
    """Seed 003 (held out): tasks are requirements, 保障措施 safeguards, 经费 is resources."""
    doc = parse(seed("003"))
    labels = classify_document(doc, model)
    assert _section(labels, doc, "二、主要任务").function.label == "requirement"
    assert _section(labels, doc, "三、保障措施").function.label == "safeguard"
    fund = next(lab for lab in labels if lab.level == "paragraph"
                and "党建工作经费" in doc.text[lab.start:lab.end])
    assert "resources" in [t.label for t in fund.topics]


def test_document_without_paragraphs_gives_no_labels(model):
    doc = parse_text("一、总则\n本办法自印发之日起施行。\n")
    doc.sections, doc.paragraphs = [], []
    assert classify_document(doc, model) == []


def test_a_reading_of_a_policy_is_read_as_the_policy(model):
    """A 政策解读 in 问/答 is typed news, but its answers restate duties: the model reads it
    with the genre of the policy it explains, so 答：…应当/要… is a requirement, not a measure."""
    from policytext.classify.features import genre_of

    from ..conftest import CORPORA

    doc = parse(CORPORA / "check" / "written" / "guideline_ah.txt")
    assert doc.doc_type == "news" and genre_of(doc) == "policy"
    labels = classify_document(doc, model)
    answers = [lab for lab in labels if lab.level == "paragraph"
               and doc.text[lab.start:lab.end].startswith("答：")
               and any(w in doc.text[lab.start:lab.end] for w in ("应当", "要"))]
    assert len(answers) >= 3
    # duties, and the funding and checking ones as safeguards, as the annotators labelled them
    assert all(lab.function.label in ("requirement", "safeguard") for lab in answers)
