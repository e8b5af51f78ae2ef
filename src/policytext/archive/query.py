"""The search query language: words, "quoted phrases", AND / OR / NOT, ``-word``, ( ).

Every word or phrase matches where it occurs as a substring of a paragraph (after width
and case folding), so a run of Chinese characters without spaces is a phrase. Adjacent
items are joined by AND; NOT binds tighter than AND, AND tighter than OR. Operators are
written in capitals (lower-case ``and`` is a word). Chinese quotes “…” and brackets （）
work like their ASCII forms. A query that cannot be read raises :class:`QueryError`
with one sentence saying why.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import QueryError
from .text import normalize

OPEN_QUOTES = {'"': '"', "“": "”", "＂": "＂", "「": "」"}
OPEN_PARENS = {"(", "（"}
CLOSE_PARENS = {")", "）"}
OPERATORS = {"AND", "OR", "NOT"}
#: whitespace between two CJK characters inside a quoted phrase is dropped (Chinese has none)
_CJK = r"\u3400-\u9fff\uf900-\ufaff"
CJK_GAP = re.compile(rf"(?<=[{_CJK}])\s+(?=[{_CJK}])")


@dataclass(frozen=True)
class Term:
    """A word or phrase matched as a substring."""

    text: str
    quoted: bool = False


@dataclass(frozen=True)
class And:
    items: tuple = field(default_factory=tuple)


@dataclass(frozen=True)
class Or:
    items: tuple = field(default_factory=tuple)


@dataclass(frozen=True)
class Not:
    item: object


Node = Term | And | Or | Not


# --------------------------------------------------------------------------- lexing


@dataclass(frozen=True)
class _Tok:
    kind: str  # "term" | "AND" | "OR" | "NOT" | "(" | ")"
    value: str = ""
    quoted: bool = False


def _lex(query: str) -> list[_Tok]:
    toks: list[_Tok] = []
    i, n = 0, len(query)
    while i < n:
        ch = query[i]
        if ch.isspace():
            i += 1
        elif ch in OPEN_QUOTES:
            close = OPEN_QUOTES[ch]
            j = query.find(close, i + 1)
            if ch == '"' and j == -1:
                j = query.find("”", i + 1)
            if j == -1:
                raise QueryError(f"the query has an opening quote {ch} without a closing one")
            inner = CJK_GAP.sub("", " ".join(query[i + 1 : j].split()))
            if not inner:
                raise QueryError("the query has an empty quoted phrase")
            toks.append(_Tok("term", inner, quoted=True))
            i = j + 1
        elif ch in "”」":
            raise QueryError(f"the query has a closing quote {ch} without an opening one")
        elif ch in OPEN_PARENS:
            toks.append(_Tok("("))
            i += 1
        elif ch in CLOSE_PARENS:
            toks.append(_Tok(")"))
            i += 1
        elif ch in "-－" and i + 1 < n and not query[i + 1].isspace():
            toks.append(_Tok("NOT"))
            i += 1
        else:
            j = i
            while (
                j < n
                and not query[j].isspace()
                and query[j] not in OPEN_QUOTES
                and query[j] not in "”」"
                and query[j] not in OPEN_PARENS
                and query[j] not in CLOSE_PARENS
            ):
                j += 1
            word = query[i:j]
            toks.append(_Tok(word) if word in OPERATORS else _Tok("term", word))
            i = j
    return toks


# --------------------------------------------------------------------------- parsing


class _Parser:
    def __init__(self, toks: list[_Tok]) -> None:
        self.toks = toks
        self.i = 0

    def peek(self) -> _Tok | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self) -> _Tok:
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def parse_or(self) -> Node:
        items = [self.parse_and()]
        while (t := self.peek()) is not None and t.kind == "OR":
            self.take()
            if self.peek() is None or self.peek().kind in {"OR", "AND", ")"}:
                raise QueryError("OR needs a word or phrase on both sides")
            items.append(self.parse_and())
        return items[0] if len(items) == 1 else Or(tuple(items))

    def parse_and(self) -> Node:
        items = [self.parse_unary()]
        while (t := self.peek()) is not None and t.kind not in {"OR", ")"}:
            if t.kind == "AND":
                self.take()
                if self.peek() is None or self.peek().kind in {"OR", "AND", ")"}:
                    raise QueryError("AND needs a word or phrase on both sides")
            items.append(self.parse_unary())
        return items[0] if len(items) == 1 else And(tuple(items))

    def parse_unary(self) -> Node:
        t = self.peek()
        if t is None:
            raise QueryError("the query ends where a word or phrase was expected")
        if t.kind == "NOT":
            self.take()
            if self.peek() is None or self.peek().kind in {"OR", "AND", ")"}:
                raise QueryError("NOT (or -) must be followed by a word or phrase")
            return Not(self.parse_unary())
        if t.kind in {"AND", "OR"}:
            raise QueryError(f"{t.kind} needs a word or phrase on both sides")
        if t.kind == "(":
            self.take()
            if self.peek() is not None and self.peek().kind == ")":
                raise QueryError("the query has empty parentheses")
            node = self.parse_or()
            if self.peek() is None or self.peek().kind != ")":
                raise QueryError("the query has an opening parenthesis without a closing one")
            self.take()
            return node
        if t.kind == ")":
            raise QueryError("the query has a closing parenthesis without an opening one")
        self.take()
        if not normalize(t.value).replace("\u2423", ""):
            raise QueryError(f"the query word {t.value!r} has nothing to search for")
        return Term(t.value, quoted=t.quoted)


def is_positive(node: Node) -> bool:
    """True if the node names something a hit must contain (so it can be ranked)."""
    if isinstance(node, Term):
        return True
    if isinstance(node, Not):
        return False
    if isinstance(node, And):
        return any(is_positive(c) for c in node.items)
    return all(is_positive(c) for c in node.items)


def parse_query(query: str) -> Node:
    """Parse a query string into a tree; raise QueryError for a query that cannot be read."""
    if query is None or not query.strip():
        raise QueryError("the query is empty")
    toks = _lex(query)
    if not toks:
        raise QueryError("the query is empty")
    parser = _Parser(toks)
    node = parser.parse_or()
    if parser.peek() is not None:  # only a stray ")" can stop the parser early
        raise QueryError("the query has a closing parenthesis without an opening one")
    if not is_positive(node):
        raise QueryError(
            "a query needs at least one word that is not negated (NOT x alone matches everything)"
        )
    return node


def positive_terms(node: Node) -> list[Term]:
    """The words and phrases a hit is matched on (not those under NOT), for highlighting."""
    if isinstance(node, Term):
        return [node]
    if isinstance(node, Not):
        return []
    out: list[Term] = []
    for c in node.items:
        out.extend(positive_terms(c))
    return out


def matches(node: Node, text_norm: str) -> bool:
    """Evaluate the query on one normalised text by plain substring tests (the baseline)."""
    if isinstance(node, Term):
        return normalize(node.text) in text_norm
    if isinstance(node, Not):
        return not matches(node.item, text_norm)
    if isinstance(node, And):
        return all(matches(c, text_norm) for c in node.items)
    return any(matches(c, text_norm) for c in node.items)
