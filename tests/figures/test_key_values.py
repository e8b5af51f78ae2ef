"""Figures of a report's data list: key–value lines (附：2025年党建工作主要数据)."""
from __future__ import annotations

from policytext.figures import extract_figures
from policytext.pipeline import parse_text

DATA = ("某中学党支部2025年工作总结\n一、主要做法\n支部坚持三会一课。\n"
        "附：2025年党建工作主要数据\n党员总数：34名（在职党员教师31名，退休党员3名）\n支委会：12次（7月暑假未开）\n"
        "集中学习人均学时：30.5\n党费收缴金额（元）：20736\n党员教师家访（户）：124（其中特殊群体学生家庭47户）\n"
        "上级表彰：区级优秀共产党员2名\n")


def test_a_data_lists_key_names_its_figure_and_gives_a_bare_number_its_unit():
    doc = parse_text(DATA)
    figs = {f.surface: f for f in extract_figures(doc)}
    assert figs["12次"].subject == "支委会"
    assert figs["30.5"].unit == "学时" and figs["30.5"].subject == "集中学习人均学时"
    assert figs["20736"].unit == "元" and figs["20736"].subject == "党费收缴金额"
    assert figs["124"].unit == "户" and figs["124"].subject == "党员教师家访"
    for f in figs.values():
        assert doc.text[f.start:f.end] == f.surface


def test_the_appendix_heads_a_section_of_its_own():
    doc = parse_text(DATA)
    assert [s.heading for s in doc.sections] == ["主要做法", "附：2025年党建工作主要数据"]
