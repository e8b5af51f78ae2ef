"""What each report sentence does for a check: work done, an admitted gap, or an intention.

The classifier's paragraph function decides when a model is available; headings
(三、存在的问题, 下一步打算) and sentence cues from ``data/check/roles.yaml`` decide
otherwise, and a heading always wins over a paragraph guess.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from ..records import Document

DONE, PROBLEM, PLAN = "done", "problem", "plan"
#: a heading that names both gaps and intentions (不足与努力方向, 问题及整改措施): its
#: sentences say which they are, and a sentence that does not is an admitted gap
MIXED = "problem+plan"


#: a sentence that only opens a list of gaps (…仍存在一些短板弱项。): no admission of anything
FRAME = "frame"


@lru_cache(maxsize=1)
def _cues() -> tuple[dict[str, tuple[str, ...]], dict[str, re.Pattern[str]]]:
    raw = yaml.safe_load(resources.files("policytext.data.check").joinpath("roles.yaml").read_text("utf-8"))
    heading = {role: tuple(words) for role, words in raw["heading"].items()}
    sentence = {role: re.compile("|".join(f"(?:{p})" for p in pats)) for role, pats in raw["sentence"].items()}
    sentence[FRAME] = re.compile("|".join(f"(?:{p})" for p in raw["frame"]))
    return heading, sentence


def opens_gaps(text: str) -> bool:
    """Does the sentence only open a list of gaps (还存在一些不足。 主要有三点：)?"""
    _, sentence = _cues()
    return bool(sentence[FRAME].search(text.strip()))


def heading_role(doc: Document, offset: int) -> str | None:
    """The role the enclosing headings give a passage, innermost heading first
    (:data:`MIXED` when the heading names both a gap and an intention)."""
    heading, _ = _cues()
    for sec in reversed(doc.section_path(offset)):
        roles = [role for role, words in heading.items() if any(w in sec.heading for w in words)]
        if len(roles) > 1:
            return MIXED
        if roles:
            return roles[0]
    return None


def sentence_role(text: str) -> str | None:
    """A role a single sentence states by itself (an admission or an intention)."""
    _, sentence = _cues()
    for role in (PROBLEM, PLAN):
        if sentence[role].search(text):
            return role
    return None
