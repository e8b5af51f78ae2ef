"""Structure: a cleaned text to a :class:`~policytext.records.Document`.

Title and title block, 发文字号 / issuer / date / region, document type, the section
tree (outline numbering and unnumbered headings), paragraphs with sentences, tables.
Every offset indexes ``Cleaned.text`` (= ``Document.text``). Linear in the text length.
"""
from __future__ import annotations

from ..errors import EmptyDocument
from ..records import Cleaned, Document, Span
from .meta import decide_doc_type, doc_type_scores, extract_meta, headings_of, title_block
from .outline import OutlineBuilder, line_spans
from .sentences import split_sentences

__all__ = ["split_sentences", "structure"]


def structure(cleaned: Cleaned) -> Document:
    """Parse a cleaned text into a Document (title, meta, type, sections, paragraphs)."""
    text = cleaned.text
    lines = line_spans(text)
    prov = cleaned.provenance
    if not lines:
        raise EmptyDocument("the document has no text", path=prov.path)
    title_idx, block_end = title_block(text, lines)
    outline = OutlineBuilder(text).build(lines[block_end:])
    title_span = Span(*lines[title_idx]) if title_idx is not None else None
    title = text[title_span.start:title_span.end] if title_span else None
    head_end = lines[block_end - 1][1] if block_end else 0
    head = text[:max(head_end, min(len(text), 600))]
    articles = sum(1 for s in _walk(outline.sections)
                   if s.number and s.number.startswith("第") and s.number.rstrip().endswith("条"))
    first = extract_meta(text, lines, title_idx, block_end, cleaned.meta, "policy")
    scores = doc_type_scores(
        text, title, head, headings_of(outline.sections), articles,
        {"doc_number": first.doc_number, "source": cleaned.meta.get("source"),
         "date": cleaned.meta.get("date")},
    )
    doc_type = decide_doc_type(scores)
    meta = extract_meta(text, lines, title_idx, block_end, cleaned.meta, doc_type)
    return Document(
        source=prov.path, sha256=prov.sha256, format=prov.format, title=title,
        doc_type=doc_type, meta=meta, text=text, sections=outline.sections,
        paragraphs=outline.paragraphs, tables=outline.tables, title_span=title_span,
        provenance=prov,
    )


def _walk(sections):
    for s in sections:
        yield s
        yield from _walk(s.children)
