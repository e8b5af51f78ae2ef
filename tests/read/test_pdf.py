from __future__ import annotations

import pytest

from policytext.errors import BrokenFile, EncryptedPDF, ScannedPDF
from policytext.read.pdf import read_pdf
from policytext.read.pdf_layout import is_page_number

from .fixtures import PDF_HEADER, make_pdf


def squash(s: str) -> str:
    return "".join(s.split())


@pytest.mark.parametrize("seed_fixture", ["body_003", "body_001"])
def test_paragraphs_rebuilt_furniture_dropped(tmp_path, request, seed_fixture):
    body = request.getfixturevalue(seed_fixture)
    path = make_pdf(body, tmp_path / "doc.pdf")
    raw = read_pdf(path)
    assert raw.provenance.pages and raw.provenance.pages >= 5
    assert squash(raw.text) == squash(body)  # every character, no page numbers or header
    assert PDF_HEADER not in raw.text and "—" not in raw.text
    want = [ln.strip() for ln in body.split("\n") if ln.strip()]
    got = [ln.strip() for ln in raw.text.split("\n") if ln.strip()]
    # one paragraph per line: every wrapped paragraph, heading and table row comes back whole
    assert [squash(x) for x in got] == [squash(x) for x in want]


def test_paragraph_across_page_break_is_joined(built, body_003):
    raw = read_pdf(built["pdf"])
    lines = set(raw.text.split("\n"))
    paragraphs = [ln for ln in body_003.split("\n") if len(ln) > 100]
    # every long paragraph is one line, including those the page break cut in two
    for p in paragraphs:
        assert p.replace(" ", "") in {ln.replace(" ", "") for ln in lines}


def test_table_rows(built):
    raw = read_pdf(built["pdf"])
    lines = raw.text.split("\n")
    i = lines.index("项目\t数量")
    assert lines[i - 1] == ""
    assert lines[i + 1: i + 6] == ["基层党支部\t66个", "党员人数\t1510人", "县属学校\t9个", "乡镇中小学\t45个", ""]


def test_metadata(built):
    meta = read_pdf(built["pdf"]).provenance.metadata
    assert meta["title"] == "东昌区关于进一步加强全区学校党的建设工作的实施意见"
    assert meta["author"] == "东昌区教育局"


@pytest.mark.parametrize("style", ["— {n} —", "-{n}-", "- {n} -", "第{n}页", "第 {n} 页 共 9 页", "{n}"])
def test_page_number_styles_dropped(tmp_path, body_001, style):
    path = make_pdf(body_001, tmp_path / "doc.pdf", page_numbers=style, header=None)
    raw = read_pdf(path)
    assert squash(raw.text) == squash(body_001)


@pytest.mark.parametrize("text,expected", [
    ("— 3 —", True), ("-3-", True), ("- 12 -", True), ("第3页", True), ("第 3 页 共 10 页", True),
    ("共10页 第3页", True), ("3", True), ("3 / 10", True),
    ("3.理顺党组织管理体制", False), ("2023年", False), ("一、指导思想", False), ("66个", False),
])
def test_is_page_number(text, expected):
    assert is_page_number(text) is expected


def test_encrypted_pdf(tmp_path, body_001):
    path = make_pdf(body_001, tmp_path / "locked.pdf", encrypt="secret")
    with pytest.raises(EncryptedPDF, match="password"):
        read_pdf(path)


def test_truncated_pdf(tmp_path, built):
    data = built["pdf"].read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[:2000])
    with pytest.raises(BrokenFile, match="truncated or corrupt"):
        read_pdf(path)


def test_scanned_pdf(tmp_path):
    """Pages with only drawing and an image: no text layer."""
    import io
    import struct
    import zlib

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    def png(w: int, h: int) -> bytes:  # a small grey image, as a scanner would give
        raw = b"".join(b"\x00" + bytes([200]) * w for _ in range(h))
        def chunk(t: bytes, d: bytes) -> bytes:
            return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))

    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(2):
        c.drawImage(ImageReader(io.BytesIO(png(60, 80))), 50, 100, 500, 650)
        c.rect(40, 40, 500, 700)
        c.line(60, 400, 500, 400)
        c.showPage()
    c.save()
    with pytest.raises(ScannedPDF, match="no text layer.*ocrmypdf"):
        read_pdf(path)


def _two_column_pdf(path, left: list[str], right: list[str], chars: int = 20) -> None:
    """A 简报-style A4 page: a centred title, then two columns of wrapped paragraphs."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    width, height = A4
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("STSong-Light", 18)
    c.drawCentredString(width / 2, height - 60, "某中学党支部2025年党建工作简报")
    size = 11
    for x, paras in ((50, left), (width / 2 + 15, right)):
        y = height - 100
        c.setFont("STSong-Light", size)
        for para in paras:
            first = True
            while para:
                n = chars - (2 if first else 0)
                c.drawString(x + (2 * size if first else 0), y, para[:n])
                para, first, y = para[n:], False, y - size * 1.6
            y -= size * 0.6
    c.save()


def test_two_columns_are_read_one_after_the_other(tmp_path):
    """A line of each column on one baseline is two lines; the left column comes first."""
    left = ["一、组织生活", "全年召开支委会12次，党员大会4次，主题党日活动12次，书记讲党课2次，做到了按月按季开展。",
            "支部坚持三会一课制度，会议记录规范完整，归档及时。"]
    right = ["二、党员教育", "全体党员人均参加集中学习36学时，线上学习52学时，参学率98.6%。",
             "组织党员赴革命纪念馆开展现场教学1次。"]
    path = tmp_path / "two.pdf"
    _two_column_pdf(path, left, right)
    lines = [line for line in read_pdf(path).text.splitlines() if line.strip()]
    assert lines == ["某中学党支部2025年党建工作简报", *left, *right]


def test_two_columns_drawn_row_by_row_are_split_at_the_gutter(tmp_path):
    """A layout program that draws both columns' lines row by row gives pdfium one line with
    a wide gap per row: it is cut at the gutter, and the left column read first."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    width, height = A4
    path = tmp_path / "rows.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 11)
    y = height - 100
    for i in range(9):
        c.drawString(50, y, f"Left line {i} of the first column.")
        c.drawString(width / 2 + 15, y, f"Right line {i} of the second column.")
        y -= 18
    c.save()
    text = read_pdf(path).text
    assert not any("Left" in line and "Right" in line for line in text.splitlines())
    assert text.index("Left line 8") < text.index("Right line 0")
