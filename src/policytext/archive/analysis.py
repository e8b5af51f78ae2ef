"""One place where the extractors and the classifier are called for the archive.

Each analysis is used when its module is importable (they land in parallel); a missing
module, or a classifier without a model (ModelError), leaves that table empty for the
document and says so in ``Analysis.notes`` instead of failing the whole document.
"""
from __future__ import annotations

import importlib

from ..errors import ModelError, PolicyTextError
from ..records import Document
from .base import Analysis

#: (name, module, function): the cross-module API names fixed in briefs/api.md
ANALYSES = (
    ("figures", "policytext.figures", "extract_figures"),
    ("requirements", "policytext.requirements", "extract_requirements"),
    ("labels", "policytext.classify", "classify_document"),
)


def _load(module: str, func: str):
    try:
        return getattr(importlib.import_module(module), func)
    except (ImportError, AttributeError):
        return None


def analyze(doc: Document) -> Analysis:
    """Figures, requirements and labels for ``doc``, each when available."""
    result = Analysis()
    for name, module, func in ANALYSES:
        fn = _load(module, func)
        if fn is None:
            result.notes.append(f"{name}: {module}.{func} is not installed")
            continue
        try:
            records = list(fn(doc))
        except ModelError as exc:
            result.notes.append(f"{name}: no model ({exc})")
            continue
        except PolicyTextError as exc:
            result.notes.append(f"{name}: {exc}")
            continue
        except Exception as exc:  # noqa: BLE001 - an extractor bug must not lose the document's text
            result.notes.append(f"{name} failed: {type(exc).__name__}: {exc}")
            continue
        setattr(result, name, records)
        result.ran.append(name)
    return result
