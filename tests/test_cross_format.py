"""One document, every format: the parse must not depend on how the file was saved.

Seed 003 (a real district guideline with a 一、/（一）/1./（1） outline) is written as
UTF-8 txt, GB18030 txt, GBK and UTF-8 HTML inside web-site chrome, a multi-page PDF with
page numbers and a running header, a DOCX whose outline numbers exist only in Word's
numbering definitions, and Markdown with ``##`` headings, bold leads and wrapped lines. Each must give the txt
version's outline and body text.
"""
from __future__ import annotations

import re

import pytest

from policytext import parse

from .read.conftest import body_003, built  # noqa: F401  (session fixtures)

FORMATS = ["txt_gb18030", "html_gbk", "html_utf8", "pdf", "docx", "markdown"]


def _outline(doc) -> list[tuple[int, str, str]]:
    return [(s.level, (s.number or "").strip(), s.heading) for s in doc.walk()]


def _body(doc) -> str:
    return re.sub(r"\s+", "", doc.text)


@pytest.fixture(scope="module")
def reference(built):  # noqa: F811
    return parse(built["txt"])


@pytest.mark.parametrize("fmt", FORMATS)
def test_same_outline_and_body_in_every_format(fmt, built, reference):  # noqa: F811
    doc = parse(built[fmt])
    assert _outline(doc) == _outline(reference)
    # 3 parts + 5 （一）-（五） + 18 items + 8 duties （1）-（8） + 3 safeguards = 37
    assert len(_outline(doc)) == 37
    assert _body(doc) == _body(reference)
    assert doc.title == reference.title
