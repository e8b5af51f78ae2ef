"""The dispatcher, the same document in every format, and bad input through the CLI."""
from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from policytext.cli import app
from policytext.errors import (
    BrokenFile,
    EmptyDocument,
    EncryptedPDF,
    InputNotFound,
    NotText,
    PolicyTextError,
    ScannedPDF,
    UnsupportedFormat,
)
from policytext.read import read_file

from .fixtures import CHROME, OUTLINE, PDF_HEADER, make_pdf


def squash(s: str) -> str:
    return "".join(s.split())


def outline(text: str) -> list[str]:
    """The outline numbers of a text, in order (一、 (一) 1. (1))."""
    nums = []
    for line in text.split("\n"):
        for _, pat in OUTLINE:
            m = pat.match(line.strip())
            if m:
                nums.append(m.group(1))
                break
    return nums


FORMATS = ["txt", "txt_gb18030", "html_gbk", "html_utf8", "pdf", "docx"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_same_document_every_format(built, body_003, fmt):
    """Same body text modulo whitespace, same outline, no chrome — whatever the container."""
    raw = read_file(built[fmt])
    assert squash(raw.text) == squash(body_003)
    assert outline(raw.text) == outline(body_003)
    for chrome in CHROME + (PDF_HEADER,):
        if chrome not in body_003:
            assert chrome not in raw.text
    assert raw.provenance.format == fmt.split("_")[0]


@pytest.mark.parametrize("real,suffix", [("pdf", ".txt"), ("html_utf8", ".txt"), ("docx", ".txt"),
                                         ("pdf", ".html"), ("txt", ".htm")])
def test_content_sniffed_when_extension_lies(tmp_path, built, body_003, real, suffix):
    path = tmp_path / f"renamed{suffix}"
    path.write_bytes(built[real].read_bytes())
    raw = read_file(path)
    assert raw.provenance.format == real.split("_")[0]
    assert squash(raw.text) == squash(body_003)


def write(path, content: bytes):
    path.write_bytes(content)
    return path


def make_bad(tmp_path, name: str, built):
    """The bad inputs a user will meet, each with the error it must give."""
    if name == "missing":
        return tmp_path / "no_such.txt", InputNotFound, "no such file"
    if name == "empty":
        return write(tmp_path / "empty.txt", b""), EmptyDocument, "empty"
    if name == "junk":
        return write(tmp_path / "junk.txt", bytes(range(256)) * 50), NotText, "does not look like text"
    if name == "unknown":
        return write(tmp_path / "sheet.xlsx", b"PK\x03\x04"), UnsupportedFormat, r"supported: .*\.pdf"
    if name == "doc":
        return write(tmp_path / "old.doc", b"\xd0\xcf\x11\xe0"), UnsupportedFormat, "save it as .docx"
    if name == "truncated_pdf":
        return write(tmp_path / "cut.pdf", built["pdf"].read_bytes()[:1500]), BrokenFile, "truncated"
    if name == "encrypted_pdf":
        return (make_pdf("一、指导思想\n认真贯彻落实。\n", tmp_path / "lock.pdf", encrypt="pw"),
                EncryptedPDF, "password")
    if name == "scanned_pdf":
        from reportlab.pdfgen import canvas

        path = tmp_path / "scan.pdf"
        c = canvas.Canvas(str(path))
        c.rect(50, 50, 400, 600, fill=1)
        c.showPage()
        c.save()
        return path, ScannedPDF, "ocrmypdf"
    if name == "corrupt_docx":
        return write(tmp_path / "bad.docx", b"PK\x03\x04\x14\x00garbage"), BrokenFile, "docx"
    raise AssertionError(name)


BAD = ["missing", "empty", "junk", "unknown", "doc", "truncated_pdf", "encrypted_pdf",
       "scanned_pdf", "corrupt_docx"]


@pytest.mark.parametrize("name", BAD)
def test_bad_input_raises_one_clear_error(tmp_path, built, name):
    path, error, message = make_bad(tmp_path, name, built)
    with pytest.raises(error, match=message) as info:
        read_file(path)
    assert isinstance(info.value, PolicyTextError)
    assert "\n" not in str(info.value) and str(path) in str(info.value)


@pytest.mark.parametrize("name", BAD)
def test_cli_bad_input_is_one_line_exit_1(tmp_path, built, name):
    path, _, message = make_bad(tmp_path, name, built)
    res = CliRunner().invoke(app, ["parse", str(path)])
    assert res.exit_code == 1
    assert "Traceback" not in res.stderr and "Traceback" not in res.output
    lines = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and re.search(message, lines[0])
