"""Saving and loading the classifier as a skops file (never pickle).

Loading checks every type in the file against :data:`TRUSTED`, a reviewed list; a file
that needs anything else, was written by another format version or scikit-learn release,
or was trained on another taxonomy is refused with a :class:`ModelError` that says how to
build a fresh model.
"""
from __future__ import annotations

import os
import zipfile
from functools import lru_cache
from pathlib import Path

import sklearn

from ..errors import ModelError
from .model import FORMAT_VERSION, PassageClassifier
from .taxonomy import Taxonomy

#: file name of the shipped model inside models/
MODEL_FILE = "classifier.skops"
#: environment variable that points at another model file
MODEL_ENV = "POLICYTEXT_MODEL"
#: every type a model file may contain; reviewed by hand — add nothing you have not read
TRUSTED = [
    "policytext.classify.model.PassageClassifier",
    "policytext.classify.features.PassageVectorizer",
    "policytext.classify.features.jieba_tokens",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "numpy.float32",
    "numpy.float64",
    "numpy.int64",
    "numpy.int8",
    "numpy.dtype",
]
#: what to tell a user whose model cannot be used
ADVICE = "run `policytext train` to build one"


def default_model_path() -> Path:
    """$POLICYTEXT_MODEL; else the model inside an installed wheel; else models/ of this checkout."""
    env = os.environ.get(MODEL_ENV)
    if env:
        return Path(env)
    packaged = Path(__file__).resolve().parents[1] / "models" / MODEL_FILE
    if packaged.exists():
        return packaged
    return Path(__file__).resolve().parents[3] / "models" / MODEL_FILE


def save_model(model: PassageClassifier, path: str | Path) -> Path:
    """Write ``model`` to ``path`` (a .skops file); return the path."""
    import skops.io as sio

    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    sio.dump(model, p, compression=zipfile.ZIP_DEFLATED)
    return p


def _short_version(v: str) -> tuple[str, ...]:
    return tuple(v.split(".")[:2])


def load_model(path: str | Path | None = None, taxonomy: Taxonomy | None = None) -> PassageClassifier:
    """The model at ``path`` (default: :func:`default_model_path`), checked for compatibility.

    Raises ModelError when the file is missing, holds untrusted types, or does not fit this
    library version or ``taxonomy`` (when one is given).
    """
    p = Path(path) if path is not None else default_model_path()
    if not p.is_file():
        raise ModelError(f"no model at {p}; {ADVICE}")
    return _load_cached(str(p.resolve()), p.stat().st_mtime_ns, taxonomy.fingerprint if taxonomy else "")


@lru_cache(maxsize=4)
def _load_cached(path: str, mtime: int, fingerprint: str) -> PassageClassifier:
    import skops.io as sio

    try:
        untrusted = [t for t in sio.get_untrusted_types(file=path) if t not in TRUSTED]
        if untrusted:
            raise ModelError(f"the model at {path} holds types outside the trusted list "
                             f"({', '.join(untrusted[:3])}); {ADVICE}")
        model = sio.load(path, trusted=TRUSTED)
    except ModelError:
        raise
    except Exception as exc:  # noqa: BLE001 - a truncated or foreign file: skops raises many kinds
        raise ModelError(f"cannot read the model at {path} ({type(exc).__name__}); {ADVICE}") from None
    if not isinstance(model, PassageClassifier) or not hasattr(model, "topic_coef_"):
        raise ModelError(f"the file at {path} is not a trained policytext classifier; {ADVICE}")
    if getattr(model, "format_version_", None) != FORMAT_VERSION:
        raise ModelError(f"the model at {path} has format {getattr(model, 'format_version_', '?')}, "
                         f"this policytext needs {FORMAT_VERSION}; {ADVICE}")
    saved = getattr(model, "sklearn_version_", "?")
    if _short_version(saved) != _short_version(sklearn.__version__):
        raise ModelError(f"the model at {path} was built with scikit-learn {saved}, this is "
                         f"{sklearn.__version__}; {ADVICE}")
    if fingerprint and model.taxonomy_fingerprint != fingerprint:
        raise ModelError(f"the model at {path} was trained on another taxonomy; {ADVICE} "
                         f"with this taxonomy")
    return model
