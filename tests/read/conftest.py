"""Fixtures for the reader tests: real seed text built into every format once per session."""
from __future__ import annotations

from pathlib import Path

import pytest

from .fixtures import make_docx, make_html, make_markdown, make_pdf, seed_body, with_table


@pytest.fixture(scope="session")
def body_003() -> str:
    """Seed 003 (东昌区 guideline, 一、/(一)/1./(1) outline) with a table of seed-001 figures."""
    return with_table(seed_body("003"))


@pytest.fixture(scope="session")
def body_001() -> str:
    """Seed 001 (阳谷县 summary, inline (一) items) with the same table."""
    return with_table(seed_body("001"))


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory, body_003: str) -> dict[str, Path]:
    """Seed 003 as every format the readers take."""
    d = tmp_path_factory.mktemp("built")
    out = {
        "txt": d / "doc.txt",
        "txt_gb18030": d / "doc_gb.txt",
        "html_gbk": make_html(body_003, d / "doc_gbk.html", "gbk"),
        "html_utf8": make_html(body_003, d / "doc_utf8.htm", "utf-8"),
        "pdf": make_pdf(body_003, d / "doc.pdf"),
        "docx": make_docx(body_003, d / "doc.docx"),
        "markdown": make_markdown(body_003, d / "doc.md"),
    }
    out["txt"].write_text(body_003, encoding="utf-8")
    out["txt_gb18030"].write_bytes(body_003.encode("gb18030"))
    return out
