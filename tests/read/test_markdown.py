"""Markdown reader: a report typed in a notes app or pasted from a writing assistant."""
from __future__ import annotations

import pytest

from policytext import parse
from policytext.errors import EmptyDocument, NotText
from policytext.figures import extract_figures
from policytext.read import read_file
from policytext.read.markdown import read_markdown

REPORT = """# 青石镇初级中学党支部2025年度工作总结

## 一、主要工作

### （一）抓实理论学习

**一是健全学习制度。**全年组织党员集中学习
24次，人均学时达到36学时。

- 召开支委会12次，研究“三重一大”事项8项
- 书记讲专题党课2次，校长讲党课1次

1. 建立党员示范岗
2. 开展结对帮扶

| 项目 | 次数 | 参与人数 |
|---|---|---|
| 主题党日 | 12 | 34 |
| **家访** | 156 | 40 |

> 党员教师王某：结对帮扶让我和学生走得更近。

## 二、存在的问题
部分党员理论学习<b>不够深入</b>。
"""


@pytest.fixture()
def md_file(tmp_path):
    path = tmp_path / "report.md"
    path.write_text(REPORT, encoding="utf-8")
    return path


def test_lines_without_markdown_marks(md_file):
    raw = read_file(md_file)
    assert raw.provenance.format == "markdown"
    lines = raw.text.split("\n")
    assert lines[:3] == ["青石镇初级中学党支部2025年度工作总结", "一、主要工作", "（一）抓实理论学习"]
    # the bold lead CommonMark leaves open (closing ** after 。) loses its marks; the soft
    # break inside the paragraph joins the Chinese text without a space
    assert "一是健全学习制度。全年组织党员集中学习24次，人均学时达到36学时。" in lines
    assert "• 召开支委会12次，研究“三重一大”事项8项" in lines
    assert "1. 建立党员示范岗" in lines and "2. 开展结对帮扶" in lines
    assert "主题党日\t12\t34" in lines and "家访\t156\t40" in lines
    assert not any("|" in ln or "---" in ln or ln.startswith(("#", ">")) for ln in lines)
    assert "党员教师王某：结对帮扶让我和学生走得更近。" in lines
    # raw HTML in the file is text, not markup
    assert "部分党员理论学习<b>不够深入</b>。" in lines


def test_parse_keeps_outline_and_list_items(md_file):
    doc = parse(md_file)
    assert doc.title == "青石镇初级中学党支部2025年度工作总结"
    assert [(s.number, s.heading) for s in doc.walk() if s.level <= 2] == [
        ("一、", "主要工作"), ("（一）", "抓实理论学习"), ("二、", "存在的问题")]
    # an ordered list's items are the numbered items of their section, as typed in a .txt
    assert [s.number for s in doc.walk() if s.level == 3] == ["1.", "2."]
    # a bullet item is never joined to the line before it, though that line ends open
    texts = [doc.text[p.start:p.end] for p in doc.paragraphs]
    assert any(t.startswith("• 书记讲专题党课2次") for t in texts)
    assert not any("8项•" in t or "8项 •" in t for t in texts)


def test_figures_from_a_pipe_table_carry_their_row_and_column(md_file):
    doc = parse(md_file)
    figs = {(f.subject, f.value, f.unit, doc.text[f.start:f.end]) for f in extract_figures(doc)}
    # bare numbers under 次数 / 参与人数 take the unit the header's last word names
    assert ("家访次数", 156, "次", "156") in figs
    assert ("主题党日参与人数", 34, "人", "34") in figs
    # a list item's bullet is no part of its figure's subject
    assert ("召开支委会", 12, "次", "12次") in figs


def test_encodings_and_empty_files(tmp_path):
    gbk = tmp_path / "gbk.md"
    gbk.write_bytes(REPORT.encode("gbk"))
    assert "一、主要工作" in read_markdown(gbk).text.split("\n")
    empty = tmp_path / "empty.md"
    empty.write_bytes(b"")
    with pytest.raises(EmptyDocument):
        read_file(empty)
    marks_only = tmp_path / "marks.md"
    marks_only.write_text("---\n\n***\n", encoding="utf-8")
    with pytest.raises(EmptyDocument):
        read_file(marks_only)
    junk = tmp_path / "junk.md"
    junk.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(NotText):
        read_file(junk)
