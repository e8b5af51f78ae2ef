from __future__ import annotations

import zipfile

import pytest

from policytext.errors import BrokenFile, EmptyDocument
from policytext.read.docx import read_docx
from policytext.read.numbering import chinese_number, format_number

from .fixtures import make_docx


@pytest.mark.parametrize("seed_fixture", ["body_003", "body_001"])
def test_numbering_rendered_lines_equal_source(tmp_path, request, seed_fixture):
    body = request.getfixturevalue(seed_fixture)
    path = make_docx(body, tmp_path / "doc.docx")
    document_xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    assert "一、" not in document_xml and "(一)" not in document_xml  # numbers live in numbering.xml
    raw = read_docx(path)
    want = [ln for ln in body.split("\n") if ln.strip()]
    got = [ln for ln in raw.text.split("\n") if ln.strip()]
    assert got == want


def test_restart_rules_of_seed_003(built):
    lines = read_docx(built["docx"]).text.split("\n")
    # 1.-18. run on across (一)…(五) (w:lvlRestart=1), then restart under 三、
    assert any(ln.startswith("3.理顺党组织管理体制") for ln in lines)
    assert any(ln.startswith("18.加强党风廉政建设") for ln in lines)
    i = lines.index("三、保障措施")
    assert lines[i + 1].startswith("1.完善党建工作责任机制")
    # (1)…(8) under 1.
    assert sum(1 for ln in lines if ln[:3] in {f"({k})" for k in range(1, 9)}) == 8


def test_table_and_metadata(built):
    raw = read_docx(built["docx"])
    lines = raw.text.split("\n")
    i = lines.index("项目\t数量")
    assert lines[i - 1] == "" and lines[i + 4] == "乡镇中小学\t45个" and lines[i + 5] == ""
    assert raw.provenance.metadata["title"] == "东昌区关于进一步加强全区学校党的建设工作的实施意见"
    assert raw.provenance.metadata["author"] == "东昌区教育局"


@pytest.mark.parametrize("n,expected", [
    (1, "一"), (10, "十"), (11, "十一"), (20, "二十"), (21, "二十一"), (100, "一百"),
    (105, "一百零五"), (110, "一百一十"), (1001, "一千零一"),
])
def test_chinese_counting(n, expected):
    assert chinese_number(n) == expected


@pytest.mark.parametrize("n,fmt,expected", [
    (3, "decimal", "3"), (3, "chineseCounting", "三"), (12, "chineseCountingThousand", "十二"),
    (3, "ideographTraditional", "丙"), (3, "decimalEnclosedCircle", "③"),
    (3, "decimalEnclosedCircleChinese", "③"), (28, "upperLetter", "BB"), (4, "lowerRoman", "iv"),
    (3, "chineseLegalSimplified", "叁"), (3, "decimalFullWidth", "３"), (5, "decimalZero", "05"),
    (2, "decimalEnclosedParen", "⑵"), (3, "bullet", ""),
])
def test_number_formats(n, fmt, expected):
    assert format_number(n, fmt) == expected


@pytest.mark.parametrize("content,error", [
    (b"", EmptyDocument),
    (b"PK\x03\x04 truncated zip", BrokenFile),
    (b"not a zip file at all", BrokenFile),
])
def test_corrupt_docx(tmp_path, content, error):
    path = tmp_path / "bad.docx"
    path.write_bytes(content)
    with pytest.raises(error):
        read_docx(path)


def test_truncated_docx(tmp_path, built):
    data = built["docx"].read_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(BrokenFile, match="not a readable .docx"):
        read_docx(path)


# written here: a draft back from review with Track Changes on. Accepting every change is
# what the report says: deleted and moved-away text is gone, inserted and moved-to text
# stays, a comment's mark adds nothing.
def _tracked(kind: str, text: str, rid: int):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    wrap = OxmlElement(f"w:{kind}")
    for key, value in (("w:id", str(rid)), ("w:author", "审核人"), ("w:date", "2025-12-20T09:00:00Z")):
        wrap.set(qn(key), value)
    run = OxmlElement("w:r")
    t = OxmlElement("w:delText" if kind == "del" else "w:t")
    t.text = text
    run.append(t)
    wrap.append(run)
    return wrap


def test_tracked_changes_read_as_accepted(tmp_path):
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    p = document.add_paragraph("全年召开支委会")
    p._p.append(_tracked("del", "12次", 1))
    p._p.append(_tracked("ins", "10次", 2))
    p.add_run("，党员大会4次。")
    ref = OxmlElement("w:r")
    mark = OxmlElement("w:commentReference")
    mark.set(qn("w:id"), "0")
    ref.append(mark)
    p._p.append(ref)
    moved = document.add_paragraph("")
    moved._p.append(_tracked("moveFrom", "书记讲党课2次。", 3))
    gone = document.add_paragraph("")
    gone._p.append(_tracked("del", "建立了意识形态工作台账。", 4))
    added = document.add_paragraph("")
    added._p.append(_tracked("ins", "网络阵地巡查记录尚不完整。", 5))
    added._p.append(_tracked("moveTo", "书记讲党课2次。", 6))
    path = tmp_path / "draft.docx"
    document.save(path)

    lines = [line for line in read_docx(path).text.splitlines() if line]
    assert lines == ["全年召开支委会10次，党员大会4次。", "网络阵地巡查记录尚不完整。书记讲党课2次。"]
