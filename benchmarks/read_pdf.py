"""PDF reading throughput: policytext's reader against pdfplumber and bare pypdfium2.

Generates a ~100-page PDF from State Council government work reports in
corpora/real/corpus/ (reportlab, built-in CJK CID font, official-document layout with a
running header and "— N —" page numbers, one ruled table), then times in one run:

* ``policytext.read.read_file`` (pypdfium2 lines + geometry, pdfplumber only for tables),
* pdfplumber ``page.extract_text()`` over all pages (the baseline named in DESIGN.md),
* pypdfium2 plain ``get_text_range()`` over all pages (the floor: no layout at all),

and prints pages/s and ratios. Run: ``PYTHONPATH=src python benchmarks/read_pdf.py``.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from tests.read.fixtures import CORPUS, make_pdf, with_table

from policytext.read import read_file

TARGET_PAGES = 100


def build(path: Path) -> int:
    import pypdfium2 as pdfium

    reports = sorted(CORPUS.glob("report_gwr-national_*.txt"), reverse=True)
    text = ""
    for rep in reports:
        text += rep.read_text(encoding="utf-8")
        make_pdf(with_table(text), path)
        n = len(pdfium.PdfDocument(str(path)))
        if n >= TARGET_PAGES:
            return n
    return n


def best_of(fn, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    import pdfplumber
    import pypdfium2 as pdfium

    with tempfile.TemporaryDirectory() as tmp:
        pdf_path = Path(tmp) / "gwr.pdf"
        pages = build(pdf_path)
        raw = read_file(pdf_path)
        print(f"document: {pages} pages, {pdf_path.stat().st_size / 1024:.0f} KB, "
              f"{len(raw.text)} characters read; warnings: {raw.provenance.warnings}")

        def ours() -> None:
            read_file(pdf_path)

        def plumber() -> None:
            with pdfplumber.open(pdf_path) as pdf:
                for page in pdf.pages:
                    page.extract_text()

        def pdfium_plain() -> None:
            pdf = pdfium.PdfDocument(str(pdf_path))
            for i in range(len(pdf)):
                page = pdf[i]
                tp = page.get_textpage()
                tp.get_text_range()
                tp.close()
                page.close()
            pdf.close()

        t_plumber = best_of(plumber, runs=1)
        t_ours = best_of(ours)
        t_pdfium = best_of(pdfium_plain)
        print(f"{'reader':<36}{'seconds':>9}{'pages/s':>10}{'vs pdfplumber':>15}")
        for name, t in (("policytext read_file", t_ours),
                        ("pdfplumber extract_text (baseline)", t_plumber),
                        ("pypdfium2 get_text_range (floor)", t_pdfium)):
            print(f"{name:<36}{t:>9.3f}{pages / t:>10.1f}{t_plumber / t:>14.1f}x")
        print(f"policytext costs {t_ours / t_pdfium:.1f}x bare pypdfium2 text extraction")


if __name__ == "__main__":
    main()
