"""The spaCy component puts exactly the figures and requirements policytext finds into doc.spans."""
from __future__ import annotations

import pytest

from policytext import parse_text
from policytext.figures import extract_figures
from policytext.requirements import extract_requirements

from ..conftest import seed

spacy = pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("policytext")  # found through the spacy_factories entry point
    return nlp


def test_figure_spans_match_policytext_figures_on_a_real_report(nlp):
    text = seed("001").read_text("utf-8")
    doc = nlp(text)
    expected = extract_figures(parse_text(text, clean=False))
    spans = list(doc.spans["figures"])
    assert len(spans) == len(expected) > 5
    for span, fig in zip(spans, expected):
        assert (span._.pt_start, span._.pt_end) == (fig.start, fig.end)
        assert text[span._.pt_start : span._.pt_end] == fig.surface
        assert span.start_char <= fig.start and span.end_char >= fig.end  # widened at most
        assert (span._.figure_value, span._.figure_unit, span._.figure_subject) == (fig.value, fig.unit, fig.subject)
        assert span.label_ == fig.kind
    surfaces = {s._.pt_record["surface"]: s for s in spans}
    assert surfaces["1510人"]._.figure_subject == "党员人数"


def test_a_figure_inside_a_jieba_token_still_gets_a_span(nlp):
    doc = nlp("全市共评选公布60个中小学党建品牌。")
    spans = list(doc.spans["figures"])
    assert [s._.pt_record["surface"] for s in spans] == ["60个"]
    assert "60" in spans[0].text


def test_requirement_spans_carry_modality_and_provision(nlp):
    text = seed("003").read_text("utf-8")
    doc = nlp(text)
    expected = extract_requirements(parse_text(text, clean=False))
    spans = list(doc.spans["requirements"])
    assert len(spans) == len(expected) > 50
    assert {s._.requirement_modality for s in spans} >= {"must", "may"}
    for span, req in zip(spans, expected):
        assert text[span._.pt_start : span._.pt_end] == req.text


def test_displacy_renders_the_spans(nlp):
    from spacy import displacy

    doc = nlp("截至目前，全县共有基层党支部66个，党员人数达1510人。")
    html = displacy.render(doc, style="span", options={"spans_key": "figures"}, page=False)
    assert html.count("count") >= 2  # both figures rendered with their kind as the label
    assert "1510" in html and "66" in html
