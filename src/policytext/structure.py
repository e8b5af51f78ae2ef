"""Structure (placeholder): paragraphs are non-empty lines."""
from __future__ import annotations

import re

from .records import Cleaned, Document, Meta, Paragraph


def structure(cleaned: Cleaned) -> Document:
    text = cleaned.text
    paras = [Paragraph(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    prov = cleaned.provenance
    return Document(source=prov.path, sha256=prov.sha256, format=prov.format, title=None,
                    doc_type="other", meta=Meta(), text=text, paragraphs=paras, provenance=prov)
