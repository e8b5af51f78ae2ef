"""Sentence spans inside a paragraph: split on 。！？； and …… (and a half-width full stop typed
for 。 between Chinese words), not inside quotes or brackets."""
from __future__ import annotations

import re

from ..records import Span

#: characters that end a sentence
ENDERS = "。！？；!?;"
#: closing marks that belong to the sentence they follow (”。 -> after ”)
TRAILERS = "”’」』）)》】〕"
OPENERS = "“‘「『（(《【〔"
CLOSERS = "”’」』）)》】〕"
#: a quote left open for longer than this is treated as unbalanced (stray mark)
MAX_QUOTE = 400
#: a half-width full stop typed for 。 (…志愿服务297小时.七一前夕,…): after a Chinese character,
#: a closing mark or %, before Chinese text, a digit, an opening mark, a space or the end;
#: never inside a number (2025.3.12, 45.5) or after an outline number (1.). The figure
#: extractor ends its sentences here too.
HALF_WIDTH_STOP = re.compile(rf"(?<=[\u4e00-\u9fff{re.escape(CLOSERS)}%])\."
                             rf"(?=[\u4e00-\u9fff\d{re.escape(OPENERS)} \u3000]|$)")


def split_sentences(text: str, start: int, end: int) -> list[Span]:
    """Sentence spans of ``text[start:end]`` (offsets into ``text``), whitespace trimmed."""
    spans = _split(text, start, end, respect_quotes=True)
    if spans is None:
        spans = _split(text, start, end, respect_quotes=False)
    return spans or []


def _split(text: str, start: int, end: int, respect_quotes: bool) -> list[Span] | None:
    spans: list[Span] = []
    depth, opened_at = 0, 0
    sent = start
    i = start
    while i < end:
        ch = text[i]
        if respect_quotes and ch in OPENERS:
            if depth == 0:
                opened_at = i
            depth += 1
        elif respect_quotes and ch in CLOSERS and depth:
            depth -= 1
        elif depth and i - opened_at > MAX_QUOTE:
            return None
        is_end = (ch in ENDERS or (ch == "…" and i + 1 < end and text[i + 1] == "…")
                  or (ch == "." and i > start and HALF_WIDTH_STOP.match(text, i, end) is not None))
        # 。” closes both the quote and the sentence when the quote opened a sentence
        closes_quote = (is_end and depth == 1 and i + 1 < end and text[i + 1] in CLOSERS
                        and (opened_at == sent or text[opened_at - 1] in "：:"))
        if is_end and (depth == 0 or closes_quote):
            j = i + (2 if ch == "…" or closes_quote else 1)
            depth = 0
            while j < end and (text[j] in ENDERS or text[j] in TRAILERS):
                j += 1
            _add(text, spans, sent, j)
            sent = j
            i = j
            continue
        i += 1
    if respect_quotes and depth:
        return None
    _add(text, spans, sent, end)
    return spans


def _add(text: str, spans: list[Span], s: int, e: int) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append(Span(s, e))
