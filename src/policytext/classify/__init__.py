"""Classifier: which areas of party building a passage is about (topics, multi-label) and
what it does (function), from a scikit-learn model trained on ``corpora/classify``.

Public API: :func:`classify_document`, :func:`load_model`, :func:`train_model`,
:func:`load_taxonomy`, :class:`PassageClassifier`, :class:`KeywordClassifier`.
"""
from __future__ import annotations

from .baseline import KeywordClassifier
from .features import Passage, make_passage
from .model import PassageClassifier
from .persist import default_model_path, load_model, save_model
from .predict import classify_document
from .taxonomy import Taxonomy, default_taxonomy, load_taxonomy
from .train import train_model

__all__ = [
    "KeywordClassifier", "Passage", "PassageClassifier", "Taxonomy", "classify_document",
    "default_model_path", "default_taxonomy", "load_model", "load_taxonomy", "make_passage",
    "save_model", "train_model",
]
