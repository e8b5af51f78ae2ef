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


INDICATORS = ("某校党委2025年度党建工作情况统计表\n一、统计表\n"
              "序号\t指标\t单位\t数量\t备注\n"
              "一\t组织生活\t\t\t\n"
              "1\t党委书记讲专题党课\t次\t1\t6月，面向全体党员\n"
              "2\t党支部党员大会\t次\t15\t\n"
              "2.1\t  高一年级党支部\t次\t4\t\n"
              "2.2\t  高三年级党支部\t次\t3\t\n"
              "3\t党员集中学习培训\t人·学时\t2296\t参训党员82人\n"
              "4\t党建工作经费\t元\t18000\t已列入预算\n"
              "二、填报说明\n本表次数类指标按会议记录统计。\n")


def test_an_indicator_table_names_each_figure_in_its_own_row():
    """序号 | 指标 | 单位 | 数量 | 备注: the unit and the noun are in the row; a sub-row is
    named with the indicator above it; the 序号 and a group row are no figures."""
    doc = parse_text(INDICATORS)
    t = doc.tables[0]
    figs = {f.subject: f for f in extract_figures(doc) if t.start <= f.start < t.end}
    assert figs["党委书记讲专题党课"].value == 1 and figs["党委书记讲专题党课"].unit == "次"
    assert figs["党支部党员大会（高三年级党支部）"].value == 3
    assert figs["党员集中学习培训"].unit == "学时"  # 人·学时: hours added up over the heads
    assert figs["党建工作经费"].value == 18000 and figs["党建工作经费"].unit == "元"
    assert not any(f.value in (2.1, 2.2) for f in figs.values())
    for f in figs.values():
        assert doc.text[f.start:f.end] == f.surface


def test_a_merged_group_cell_heads_the_empty_cells_after_it():
    from policytext.figures.tables import header_rows, headers, rows

    doc = parse_text("统计表\n一、情况\n附表\n项目\t上半年\t\t下半年\t\t全年合计\n\t计划\t实际\t计划\t实际\t\n"
                     "支委会（次）\t6\t6\t6\t5\t11\n")
    rs = rows(doc.text, doc.tables[0])
    assert headers(doc.text, rs, header_rows(doc.text, rs)) == [
        "项目", "上半年计划", "上半年实际", "下半年计划", "下半年实际", "全年合计"]
    # a row of counts takes its unit from its name when the column names none
    assert [(f.surface, f.unit) for f in extract_figures(doc)][-1] == ("11", "次")
    # …and 集中学习（人均学时） gives 学时, each member's
    doc = parse_text("统计表\n一、情况\n附表\n项目\t上半年\t下半年\t全年合计\n集中学习（人均学时）\t14\t15\t29\n")
    assert [(f.surface, f.unit) for f in extract_figures(doc)][-1] == ("29", "学时")
