"""Markdown files (.md): a report drafted in a notes app or pasted from a writing assistant.

The file is parsed by markdown-it-py (CommonMark with GitHub tables) and laid out as the
other readers lay out a document: one heading or paragraph per line, the ``#`` marks and
the ``**``/``*`` emphasis gone, each list item a line of its own opened by a bullet
(``•``, so it is never joined to the line before nor read as a heading) or by its number
(``1.``), a table as TAB-separated rows with its ``|---|`` rule dropped, a quoted line as
plain text. Inside a paragraph a soft line break joins Chinese text without a space.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..errors import EmptyDocument
from ..records import RawText
from ._common import MAX_BYTES, check_text, decode_bytes, join_lines, load_bytes, provenance

#: a strong-emphasis pair CommonMark leaves as text: its flanking rules do not close
#: ``**一是强化引领。**全年…`` (a closing mark after 。 and before a Chinese character),
#: which is how Chinese writers type a bold run-in lead
_LEFT_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")

#: what opens an unnumbered list item in the text (a bullet the structure reads as one)
BULLET = "• "

__all__ = ["markdown_lines", "read_markdown"]


def read_markdown(path: Path, *, max_bytes: int = MAX_BYTES) -> RawText:
    """Read a Markdown file, in any encoding the plain-text reader knows, into RawText."""
    path = Path(path)
    data = load_bytes(path, max_bytes)
    if not data.strip():
        raise EmptyDocument("file is empty", path=str(path))
    source, codec = decode_bytes(data, path=str(path))
    check_text(source, path=str(path))
    text = join_lines(markdown_lines(source))
    if not text.strip():
        raise EmptyDocument("file holds no text", path=str(path))
    return RawText(text=text, provenance=provenance(path, data, "markdown", encoding=codec))


def markdown_lines(source: str) -> list[str]:
    """The text of a Markdown document as lines; ``""`` marks the edges of a table."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])
    tokens = md.parse(source)
    lines: list[str] = []
    lists: list[int | None] = []  # per list we are in: its next number, None if bulleted
    prefix = ""                   # the opener still owed to an item's first line
    row: list[str] | None = None
    for tok in tokens:
        kind = tok.type
        if kind == "bullet_list_open":
            lists.append(None)
        elif kind == "ordered_list_open":
            lists.append(int(tok.attrGet("start") or 1))
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "list_item_open":
            number = lists[-1]
            if number is None:
                prefix = BULLET
            else:
                prefix = f"{number}{tok.markup or '.'} "
                lists[-1] = number + 1
        elif kind == "table_open" or kind == "table_close":
            lines.append("")
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close" and row is not None:
            if any(cell.strip() for cell in row):
                lines.append("\t".join(cell.strip() for cell in row))
            row = None
        elif kind == "inline":
            text = _inline_text(tok)
            if row is not None:
                row.append(text.replace("\n", " "))
                continue
            for k, part in enumerate(text.split("\n")):
                part = part.strip()
                if not part:
                    continue
                lines.append((prefix if k == 0 else "") + part)
            prefix = ""
        elif kind in ("fence", "code_block"):
            lines.extend(s.rstrip() for s in tok.content.split("\n") if s.strip())
    return lines


def _inline_text(tok) -> str:
    """The text of an inline run: marks dropped (also the bold pairs CommonMark misses), a
    soft break joined as the script wants, a hard break kept as a line end."""
    out: list[str] = []
    for child in tok.children or []:
        kind = child.type
        if kind == "text":
            out.append(_LEFT_STRONG.sub(r"\2", child.content))
        elif kind == "code_inline":
            out.append(child.content)
        elif kind == "softbreak":
            out.append("\x00")
        elif kind == "hardbreak":
            out.append("\n")
    first, *rest = "".join(out).split("\x00")
    text = first
    for part in rest:  # each soft break, in one pass
        left, right = text.rstrip(), part.lstrip()
        sep = " " if left and right and left[-1].isascii() and right[0].isascii() else ""
        text = left + sep + right
    return text
