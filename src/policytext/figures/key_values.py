"""Figures of key–value lines: a report's data list (附：2025年党建工作主要数据) as people type it.

    支委会：12次（7月暑假未开）
    集中学习人均学时：30.5
    党员教师家访（户）：124（其中特殊群体学生家庭47户）

A value that carries its unit (12次) is read by the running-text extractor; its subject is
set to the key. A bare number (30.5, 124) takes its unit from the key, as a table cell takes
it from its column header: the key's closing bracket (（户） -> 户), or a unit word the key
ends with (人均学时 -> 学时, 收缴率 -> %). The figure's span is the number itself.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Document, Figure
from ..structure.markers import KEY_VALUE  # the structure step reads such a line as no heading
from .tables import HEADER_UNIT, cell_figure, named_unit

if TYPE_CHECKING:
    from .extract import FigureExtractor


def key_of(line: str) -> str | None:
    """The key of a key–value line, or None."""
    m = KEY_VALUE.fullmatch(line.strip())
    return m.group("key") if m else None


def key_value_figures(doc: Document, extractor: FigureExtractor, found: list[Figure]) -> list[Figure]:
    """``found`` with each key–value line's figure named by its key, and a figure made for a
    bare number whose unit the key gives."""
    text = doc.text
    made: list[Figure] = []
    for m in KEY_VALUE.finditer(text):
        key = HEADER_UNIT.sub("", m.group("key")).strip()  # 党员教师家访（户） -> 党员教师家访
        s = m.start("num")
        line = text[m.start("key"):m.end()]
        here = [f for f in found if f.start == s]
        if here:
            for f in here:
                f.subject = key  # 支委会：12次 counts 支委会
            continue
        if m.group("rest")[:1] and not m.group("rest")[:1] in "（(；;，, \t":
            continue  # the number runs on into words the extractor did not read as a unit
        unit = named_unit(m.group("key"))
        if unit is None:
            continue
        fig = cell_figure(doc, extractor, m.group("num"), s, m.end("num"), f"{key}（{unit}）", key, line)
        if fig is not None:
            made.append(fig)
    if not made:
        return found
    return sorted(found + made, key=lambda f: f.start)
