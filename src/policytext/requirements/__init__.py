"""Requirements: the normative provisions of a policy as checklist records.

``extract_requirements(doc)`` returns one :class:`~policytext.records.Requirement` per
normative clause (must / must_not / may / encourage) with its outline path, actor,
action, hedge and quantitative constraint; ``extract_scope(doc)`` returns the scope and
effect clauses (适用范围, 施行日期) that are document metadata rather than duties.
:class:`RequirementExtractor` compiles the lexicons once for batch use.
"""
from __future__ import annotations

from .constraints import ConstraintFinder, parse_number
from .extractor import RequirementExtractor, Scope, extract_requirements, extract_scope

__all__ = [
    "ConstraintFinder",
    "RequirementExtractor",
    "Scope",
    "extract_requirements",
    "extract_scope",
    "parse_number",
]
