"""spaCy integration: a ``policytext`` pipeline component.

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("policytext")
    doc = nlp(text)
    doc.spans["figures"], doc.spans["requirements"]

The component runs policytext's own extractors on ``doc.text`` as it is (no cleaning, so
character offsets are the spaCy doc's own) and turns each record into a span. A figure
whose edge falls inside a jieba token still gets a span: it is widened to the token
edges, and the exact characters stay in ``span._.pt_start`` / ``span._.pt_end``.
Registered through the ``spacy_factories`` entry point, so ``pip install`` is enough.
"""
from __future__ import annotations

from dataclasses import asdict
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

#: span extensions set by the component (all default to None)
EXTENSIONS = (
    "pt_start", "pt_end", "pt_record",
    "figure_value", "figure_value_max", "figure_unit", "figure_approx", "figure_kind",
    "figure_subject", "figure_period",
    "requirement_provision", "requirement_modality", "requirement_actor", "requirement_action",
)
for _name in EXTENSIONS:
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)


class PolicyTextComponent:
    """Puts policytext figures and requirements into ``doc.spans``."""

    def __init__(self, nlp: Language, name: str, figures: bool = True, requirements: bool = True) -> None:
        self.name = name
        self.figures = figures
        self.requirements = requirements

    def __call__(self, doc: Doc) -> Doc:
        from .pipeline import parse_text

        ptdoc = parse_text(doc.text, clean=False)
        if self.figures:
            from .figures import extract_figures

            doc.spans["figures"] = [
                self._span(doc, f, f.kind, figure_value=f.value, figure_value_max=f.value_max,
                           figure_unit=f.unit, figure_approx=f.approx, figure_kind=f.kind,
                           figure_subject=f.subject, figure_period=f.period)
                for f in extract_figures(ptdoc)
            ]
        if self.requirements:
            from .requirements import extract_requirements

            doc.spans["requirements"] = [
                self._span(doc, r, r.modality, requirement_provision=r.provision,
                           requirement_modality=r.modality, requirement_actor=r.actor,
                           requirement_action=r.action)
                for r in extract_requirements(ptdoc)
            ]
        return doc

    @staticmethod
    def _span(doc: Doc, record: Any, label: str, **attrs: Any) -> Span:
        span = doc.char_span(record.start, record.end, label=label, alignment_mode="expand")
        if span is None:  # only whitespace tokens around it; fall back to the covering tokens
            tokens = [t.i for t in doc if t.idx < record.end and t.idx + len(t) > record.start]
            span = Span(doc, tokens[0], tokens[-1] + 1, label=label)
        span._.pt_start, span._.pt_end = record.start, record.end
        span._.pt_record = asdict(record)
        for k, v in attrs.items():
            setattr(span._, k, v)
        return span


@Language.factory("policytext", default_config={"figures": True, "requirements": True})
def make_component(nlp: Language, name: str, figures: bool, requirements: bool) -> PolicyTextComponent:
    """spaCy factory for the ``policytext`` component."""
    return PolicyTextComponent(nlp, name, figures=figures, requirements=requirements)
