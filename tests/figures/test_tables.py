"""Figures in table cells take their unit and subject from the column header."""
from __future__ import annotations

from policytext.figures import extract_figures
from policytext.pipeline import parse, parse_text

from ..conftest import CORPORA

TABLE = ("某县教育局2025年党建工作总结\n一、基本情况\n表1 全县学校党组织基本情况\n"
         "学校类别\t学校数（所）\t党员数（名）\t骨干教师数（名）\t其中党员（名）\t组织覆盖率\t工作经费（万元）\n"
         "小学\t38\t452\t264\t82\t100%\t6.5\n"
         "合计\t56\t1,093\t570\t210\t98.2\t27.9\n"
         "从表1可以看出，党员教师主要集中在小学，全年发展党员31名。\n")


def _by_offset(doc, figures):
    return {doc.text[f.start:f.end]: f for f in figures}


def test_a_bare_cell_takes_unit_and_noun_from_its_header():
    doc = parse_text(TABLE)
    figs = [f for f in extract_figures(doc) if doc.tables[0].start <= f.start < doc.tables[0].end]
    total = {f.subject: f for f in figs if "合计" in f.sentence}
    assert total["党员"].value == 1093 and total["党员"].unit == "名" and total["党员"].kind == "count"
    assert total["骨干教师中的党员"].value == 210  # 其中党员 is a part of the column on its left
    assert total["组织覆盖率"].value == 98.2 and total["组织覆盖率"].unit == "%"  # a rate column
    assert total["工作经费"].value == 279000 and total["工作经费"].unit == "元"  # （万元） scales
    # a category row's figures say which category they count; the total row's do not
    assert {f.subject for f in figs if f.sentence.startswith("小学")} >= {"小学党员", "小学学校"}
    for f in figs:  # offsets are the cell itself
        assert doc.text[f.start:f.end] == f.surface
        assert "\t" not in f.surface
    # the running text keeps its figures
    assert any(f.surface == "31名" for f in extract_figures(doc))


def test_a_table_without_a_header_row_is_left_to_the_text_extractor():
    doc = parse_text("某校工作总结\n一、数据\n小学\t38\t452\n初中\t14\t398\n")
    assert [f for f in extract_figures(doc) if doc.tables[0].start <= f.start] == []


def test_the_written_county_reports_tables():
    doc = parse(CORPORA / "check" / "written" / "report_z.txt")
    figs = extract_figures(doc)
    total = {f.subject: f.value for f in figs if f.sentence.startswith("合计")}
    assert total["党员"] == 1093 and total["兼职党务工作者"] == 16
    assert total["党组织书记中的书记、校长一肩挑"] == 29
