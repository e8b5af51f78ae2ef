"""Run-in headings: the short name an item opens with before its duty.

A guideline often names an item and then states its duty in the same line (①支委会。每月至少
召开1次，研究支部重要工作。). The requirement extractor reads the name as a heading and takes the
duty sentence alone, which then says how often but not what. For the check, such a
requirement is read from the start of a name that says which meeting it counts (支委会), when
the duty names none; its span grows to take the name in, so the text is still the guideline's own.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..records import Document, Requirement
from .terms import kinds_named

#: an item's number at the start of its line: ①, 1., 1、, (1), （1）, 一、, （一）
_MARKER = re.compile(r"\s*(?:[①-⑳]|\(?\d{1,2}[)）.．、]|（\d{1,2}）|[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)\s*")
#: a run-in name: a few words closed by a full stop or a colon, no clause of its own
_NAME = re.compile(r"[^，,。；;：:\s]{1,12}[。：:]")


def with_run_in_headings(policy: Document, requirements: list[Requirement]) -> list[Requirement]:
    """Each requirement that follows its item's run-in name on the same line, read from the name."""
    text = policy.text
    out = []
    for r in requirements:
        line_start = text.rfind("\n", 0, r.start) + 1
        m = _MARKER.match(text, line_start)
        # (only a name that says which meeting the duty counts, when the duty says none)
        if (m and m.end() < r.start and _NAME.fullmatch(text, m.end(), r.start)
                and kinds_named(text[m.end():r.start]) and not kinds_named(r.text)):
            r = replace(r, text=text[m.end():r.end], start=m.end())
        out.append(r)
    return out
