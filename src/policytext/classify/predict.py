"""Labels for a parsed document: one per section and one per paragraph (the Label record)."""
from __future__ import annotations

import numpy as np

from ..records import Document, Label, Score
from .features import units_from_document
from .model import PassageClassifier
from .persist import load_model


def classify_document(doc: Document, model: PassageClassifier | None = None) -> list[Label]:
    """Topics (with scores, at least one) and the function of every section and paragraph.

    A paragraph is classified from its text, its section path and its position. A section
    is labelled from its heading and every paragraph inside it: a topic scores the highest
    any of them gives it (a section is about what any part of it is about), the function is
    the mean over them. Raises ModelError when no usable model is available.
    """
    model = model if model is not None else load_model()
    units = units_from_document(doc)
    if not units:
        return []
    passages = [u.passage for u in units]
    tp = model.topic_proba(passages)
    fp = model.function_proba(passages)
    fclasses = [model.function_labels_[int(c)] for c in model.function_model_.classes_]
    topics = model.decide_topics(tp)

    def fn(row: np.ndarray) -> Score:
        i = int(np.argmax(row))
        return Score(fclasses[i], round(float(row[i]), 4))

    labels: list[Label] = []
    starts = np.array([u.start for u in units])
    for sec in doc.walk():
        idx = np.nonzero((starts >= sec.start) & (starts < max(sec.end, sec.start + 1)))[0]
        if len(idx) == 0:
            continue
        st = model.decide_topics(tp[idx].max(axis=0, keepdims=True))[0]
        labels.append(Label(doc=doc.source, section=doc.heading_path(sec.start), level="section",
                            start=sec.start, end=sec.end,
                            topics=[Score(t, round(s, 4)) for t, s in st],
                            function=fn(fp[idx].mean(axis=0))))
    for u, t, row in zip(units, topics, fp):
        if u.level == "heading" and doc.sections:
            continue
        labels.append(Label(doc=doc.source, section=u.section, level="paragraph", start=u.start,
                            end=u.end, topics=[Score(a, round(s, 4)) for a, s in t], function=fn(row)))
    labels.sort(key=lambda lab: (lab.start, lab.level != "section", -lab.end))
    return labels
