"""Plain text in any common Chinese encoding (placeholder: strict UTF-8 only)."""
from __future__ import annotations

import hashlib
from pathlib import Path

from ..errors import NotText
from ..records import Provenance, RawText


def read_txt(path: Path) -> RawText:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise NotText("not UTF-8 text", path=str(path)) from exc
    prov = Provenance(path=str(path), format="txt", encoding="utf-8", size=len(data),
                      sha256=hashlib.sha256(data).hexdigest())
    return RawText(text=text, provenance=prov)
