"""The label set: topics (multi-label) and functions (one per passage), loaded from data.

The default taxonomy ships as ``policytext/data/taxonomy.yaml``; users may pass their own
YAML or JSON file with the same shape (``topics`` and ``functions``, each a list of
``{label, zh, definition, cues}``). Loading validates the file and raises ``DataError``
with one clear sentence when it is malformed.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from ..errors import DataError

#: a label is a short ASCII identifier, as used in the JSON output
LABEL_RE = re.compile(r"^[a-z][a-z0-9_]*$")
#: the catch-all label every taxonomy must have in both lists
OTHER = "other"


@dataclass(frozen=True, slots=True)
class LabelDef:
    """One label: identifier, Chinese name, definition, cue words (for the keyword baseline)."""

    label: str
    zh: str = ""
    definition: str = ""
    cues: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Taxonomy:
    """Topics and functions; ``fingerprint`` ties a trained model to this label set."""

    name: str
    topics: tuple[LabelDef, ...]
    functions: tuple[LabelDef, ...]
    source: str = field(default="", compare=False)

    @property
    def topic_labels(self) -> list[str]:
        return [d.label for d in self.topics]

    @property
    def function_labels(self) -> list[str]:
        return [d.label for d in self.functions]

    @property
    def fingerprint(self) -> str:
        """A short hash of the label identifiers (not the prose), stable across edits of names."""
        key = json.dumps([self.topic_labels, self.function_labels])
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def _defs(raw: object, what: str, source: str) -> tuple[LabelDef, ...]:
    if not isinstance(raw, list) or not raw:
        raise DataError(f"the taxonomy needs a non-empty list of {what}", path=source)
    out: list[LabelDef] = []
    for item in raw:
        if isinstance(item, str):
            item = {"label": item}
        if not isinstance(item, dict) or not isinstance(item.get("label"), str):
            raise DataError(f"every entry of {what} needs a 'label' string", path=source)
        label = item["label"]
        if not LABEL_RE.match(label):
            raise DataError(f"label {label!r} in {what} must be lower-case ASCII letters, digits and _",
                            path=source)
        cues = item.get("cues") or []
        if not isinstance(cues, list) or not all(isinstance(c, str) for c in cues):
            raise DataError(f"cues of {label!r} must be a list of strings", path=source)
        out.append(LabelDef(label, str(item.get("zh", "")), str(item.get("definition", "")),
                            tuple(c for c in cues if c)))
    labels = [d.label for d in out]
    if len(set(labels)) != len(labels):
        raise DataError(f"{what} has a repeated label", path=source)
    if OTHER not in labels:
        raise DataError(f"{what} must include the catch-all label '{OTHER}'", path=source)
    return tuple(out)


def taxonomy_from_dict(data: object, source: str = "") -> Taxonomy:
    """Validate a parsed taxonomy (dict with ``topics`` and ``functions``)."""
    if not isinstance(data, dict):
        raise DataError("a taxonomy file must hold a mapping with 'topics' and 'functions'", path=source)
    return Taxonomy(
        name=str(data.get("name") or "custom"),
        topics=_defs(data.get("topics"), "topics", source),
        functions=_defs(data.get("functions"), "functions", source),
        source=source,
    )


def load_taxonomy(path: str | Path | None = None) -> Taxonomy:
    """The taxonomy in ``path`` (YAML or JSON), or the shipped default when ``path`` is None."""
    if path is None:
        return default_taxonomy()
    p = Path(path)
    if not p.is_file():
        raise DataError("no such taxonomy file", path=str(p))
    try:
        text = p.read_text(encoding="utf-8")
        data = json.loads(text) if p.suffix.lower() == ".json" else yaml.safe_load(text)
    except (UnicodeDecodeError, json.JSONDecodeError, yaml.YAMLError) as exc:
        raise DataError(f"cannot read the taxonomy ({type(exc).__name__})", path=str(p)) from None
    return taxonomy_from_dict(data, str(p))


@lru_cache(maxsize=1)
def default_taxonomy() -> Taxonomy:
    """The shipped taxonomy (docs/taxonomy.md), loaded once."""
    ref = resources.files("policytext") / "data" / "taxonomy.yaml"
    return taxonomy_from_dict(yaml.safe_load(ref.read_text(encoding="utf-8")), "policytext:data/taxonomy.yaml")
