"""What the classifier sees of a passage, built the same way for training and prediction.

A :class:`Passage` is a line or paragraph of text plus its context: the headings above it
(outermost first), its relative position in the document, and whether it is itself a
heading. Training builds passages from labelled line files (:func:`passages_from_lines`);
prediction builds them from a parsed :class:`~policytext.records.Document`
(:func:`passages_from_document`). Both go through :func:`make_passage`, so the model never
sees features one path computes differently from the other.
"""
from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.utils.validation import check_is_fitted

from ..records import Document, Section
from ..structure.meta import is_reading

# ---------------------------------------------------------------- outline numbering
#: Chinese numerals used in outline numbers
_CN = "一二三四五六七八九十百零〇"
#: level-1 numbering: 一、 / 第一章 / 第一部分
LEVEL1 = re.compile(rf"^\s*(?:[{_CN}]+\s*[、.．]|第[{_CN}\d]+[章部编篇])")
#: level-2 numbering: （一） / (一)
LEVEL2 = re.compile(rf"^\s*[（(]\s*[{_CN}]+\s*[)）]")
#: level-3 numbering: 1. / 1、 / 1．
LEVEL3 = re.compile(r"^\s*\d{1,2}\s*[.．、](?!\d)")
#: level-4 numbering: （1） / (1) / ① / ㈠
LEVEL4 = re.compile(r"^\s*(?:[（(]\s*\d{1,2}\s*[)）]|[①-⑳㈠-㈩])")
#: closing punctuation: a line ending in it is a sentence, not a bare heading
CLOSING = "。；;！!？?：:…”\""
#: longest line we take for an unnumbered heading
MAX_HEADING = 40


def outline_level(line: str) -> int | None:
    """Outline level of a numbered heading (1 = 一、/第X章 … 4 = （1）), None when unnumbered."""
    for level, pat in ((2, LEVEL2), (1, LEVEL1), (4, LEVEL4), (3, LEVEL3)):
        if pat.match(line):
            return level
    return None


def looks_like_heading(line: str) -> bool:
    """A short line without closing punctuation, or a short numbered line: a heading.

    Used only when a document comes without a section tree (e.g. a plain list of lines).
    """
    s = line.strip()
    if not s or len(s) > MAX_HEADING:
        return False
    return not (s[-1] in CLOSING or s[-1] in "，,、")


# ---------------------------------------------------------------- passages
@dataclass(slots=True)
class Passage:
    """One unit to classify: its text and the context the model uses."""

    text: str
    headings: tuple[str, ...] = ()  # enclosing headings, outermost first
    position: float = 0.0  # start offset / document length, in [0, 1]
    is_heading: bool = False
    title: str = ""  # the document's title: tells a summary from a guideline or a news item
    genre: str = ""  # the parsed document's type (policy, report, news, other)

    @property
    def context(self) -> str:
        """Title and enclosing headings as one string (what the context features read)."""
        return " | ".join(((self.title,) if self.title else ()) + self.headings)


#: ASCII punctuation written in Chinese text, mapped to the full-width forms most texts use
_PUNCT_MAP = str.maketrans({",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（",
                            ")": "）"})


def normalise(text: str) -> str:
    """Features see one form of punctuation, whatever the cleaner or the typist chose."""
    return text.strip().translate(_PUNCT_MAP)


def genre_of(doc: Document) -> str:
    """The document type the model reads: the parser's, except that a reading of a policy
    (政策解读, typed news) is read as the policy it restates."""
    return "policy" if is_reading(doc.title) else doc.doc_type


def make_passage(text: str, headings: Sequence[str], start: int, doc_length: int,
                 is_heading: bool = False, title: str | None = None, genre: str = "") -> Passage:
    """The one constructor both training and prediction use."""
    pos = start / doc_length if doc_length > 0 else 0.0
    heads = tuple(normalise(h) for h in headings if h and h.strip())
    return Passage(text=normalise(text), headings=heads, position=min(max(pos, 0.0), 1.0),
                   is_heading=is_heading, title=normalise(title or ""), genre=genre)


def heading_stacks(lines: Sequence[str], is_heading: Sequence[bool]) -> list[tuple[str, ...]]:
    """For each line, the headings above it (outermost first), from heading flags and numbering.

    Numbered headings nest by their outline level; an unnumbered heading right after another
    heading nests under it (a two-line heading), otherwise it opens a new top-level part.
    """
    stack: list[tuple[int, str]] = []
    out: list[tuple[str, ...]] = []
    prev_heading = False
    for line, head in zip(lines, is_heading):
        if not line.strip():
            out.append(tuple(t for _, t in stack))
            continue
        if head:
            level = outline_level(line)
            if level is None:
                level = (stack[-1][0] + 1) if (prev_heading and stack) else 1
            while stack and stack[-1][0] >= level:
                stack.pop()
            out.append(tuple(t for _, t in stack))  # a heading's context: its parents
            stack.append((level, line.strip()))
        else:
            out.append(tuple(t for _, t in stack))
        prev_heading = head
    return out


def passages_from_lines(lines: Sequence[str], is_heading: Sequence[bool],
                        title: str | None = None, genre: str = "") -> list[Passage]:
    """One passage per line of a line-per-paragraph file (empty lines give empty passages).

    ``genre`` is the document's type as the parser decides it (:func:`policytext.classify.data.document_genre`).
    """
    stacks = heading_stacks(lines, is_heading)
    total = sum(len(x) + 1 for x in lines)
    out, offset = [], 0
    for line, head, stack in zip(lines, is_heading, stacks):
        out.append(make_passage(line, stack, offset, total, head, title, genre))
        offset += len(line) + 1
    return out


@dataclass(slots=True)
class Unit:
    """A passage of a parsed document, with where it sits (for the Label record)."""

    level: str  # "section" | "paragraph"
    start: int
    end: int
    section: str  # heading path
    passage: Passage
    members: tuple[int, ...] = ()  # for sections: indices of the units it aggregates


def _heading_block(doc: Document, sec: Section) -> tuple[list[tuple[int, int]], tuple[int, int] | None]:
    """Spans of the heading lines of ``sec``, and the span of an inline heading.

    The block runs from the section start to its first paragraph or child. Whole lines in it
    are heading lines (a heading may take two lines, as in 实施铸魂强基行动 / 加强学校思想政治
    建设); text on the same line as the first paragraph ("（一）加强组织建设。正文…", "（1）…")
    is an inline heading, which training data keeps on the paragraph's line.
    """
    first = min([p.start for p in sec.paragraphs] + [c.start for c in sec.children] + [sec.end])
    text = doc.text
    spans: list[tuple[int, int]] = []
    pos = sec.start
    while pos < first:
        nl = text.find("\n", pos, first)
        if nl < 0:
            break
        if text[pos:nl].strip():
            spans.append((pos, nl))
        pos = nl + 1
    inline = (pos, first) if pos < first and text[pos:first].strip() else None
    if inline and first == sec.end:  # a heading with nothing after it: a heading line
        spans.append(inline)
        inline = None
    return spans, inline


def units_from_document(doc: Document) -> list[Unit]:
    """Paragraph units (and heading units of sections) of a parsed document, in order.

    With a section tree, a paragraph's context is the heading lines of its section path,
    and a heading sharing a line with the paragraph is kept in the paragraph's text, as the
    labelled training lines have it. Without a section tree (a bare list of lines), heading
    context is rebuilt from the lines with :func:`looks_like_heading`, as in training.
    """
    text = doc.text
    n = len(text)
    units: list[Unit] = []
    sections = list(doc.walk())
    if sections:
        heads: dict[str, list[str]] = {}
        prefix: dict[int, int] = {}  # paragraph start -> start of its inline heading
        for sec in sections:
            spans, inline = _heading_block(doc, sec)
            heads[sec.id] = [text[a:b].strip() for a, b in spans]
            if inline:
                prefix[inline[1]] = inline[0]
            outer = [h for s in doc.section_path(sec.start) if s is not sec for h in heads.get(s.id, [])]
            for k, (a, b) in enumerate(spans):
                units.append(Unit("heading", a, b, doc.heading_path(sec.start),
                                  make_passage(text[a:b], outer + heads[sec.id][:k], a, n, True,
                                               doc.title, genre_of(doc))))
        for p in doc.paragraphs:
            ctx = [h for s in doc.section_path(p.start) for h in heads.get(s.id, [])]
            a = prefix.get(p.start, p.start)
            units.append(Unit("paragraph", p.start, p.end, doc.heading_path(p.start),
                              make_passage(text[a:p.end], ctx, a, n, False, doc.title,
                                           genre_of(doc))))
        units.sort(key=lambda u: (u.start, u.level != "heading"))
        return units
    paras = [p for p in doc.paragraphs if text[p.start:p.end].strip()]
    lines = [text[p.start:p.end] for p in paras]
    flags = [looks_like_heading(x) for x in lines]
    stacks = heading_stacks(lines, flags)
    for p, line, flag, stack in zip(paras, lines, flags, stacks):
        units.append(Unit("heading" if flag else "paragraph", p.start, p.end, " > ".join(stack),
                          make_passage(line, stack, p.start, n, flag, doc.title,
                                       genre_of(doc))))
    return units


# ---------------------------------------------------------------- vectorising
def jieba_tokens(text: str) -> list[str]:
    """jieba words of ``text`` without spaces and punctuation (the word features).

    Results are memoised (bounded), since training tokenises the same lines once per fold.
    """
    hit = _TOKEN_CACHE.get(text)
    if hit is not None:
        return list(hit)
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    words = tuple(w for w in jieba.lcut(text) if w.strip() and not _PUNCT.fullmatch(w))
    if len(_TOKEN_CACHE) >= _TOKEN_CACHE_MAX:
        _TOKEN_CACHE.clear()
    _TOKEN_CACHE[text] = words
    return list(words)


_TOKEN_CACHE: dict[str, tuple[str, ...]] = {}
_TOKEN_CACHE_MAX = 50000
#: a token made only of punctuation or digits
_PUNCT = re.compile(r"[\W\d_]+")
#: number of position bins
POSITION_BINS = 10
#: document types the parser tells apart (one-hot features of the function model: a 要…
#: line is a requirement in a guideline and a plan in a report)
GENRES = ("policy", "report", "news", "other")


def _texts(X: Iterable[Passage]) -> tuple[list[str], list[str], np.ndarray]:
    X = list(X)
    texts = [p.text for p in X]
    ctx = [p.context for p in X]
    dense = np.zeros((len(X), POSITION_BINS + 3), dtype=np.float64)
    for i, p in enumerate(X):
        dense[i, min(int(p.position * POSITION_BINS), POSITION_BINS - 1)] = 1.0
        dense[i, POSITION_BINS] = 1.0 if p.is_heading else 0.0
        dense[i, POSITION_BINS + 1] = min(len(p.text), 400) / 400.0
        dense[i, POSITION_BINS + 2] = 1.0 if not p.headings else 0.0
    return texts, ctx, dense


def genre_onehot(X: Sequence[Passage]) -> sp.csr_matrix:
    """One column per document type in :data:`GENRES` (all zero for an unknown type)."""
    rows, cols = [], []
    for i, p in enumerate(X):
        if p.genre in GENRES:
            rows.append(i)
            cols.append(GENRES.index(p.genre))
    data = np.ones(len(rows), dtype=np.float64)
    return sp.csr_matrix((data, (rows, cols)), shape=(len(X), len(GENRES)))


def cue_counts(X: Sequence[Passage], cues: Sequence[Sequence[str]]) -> np.ndarray:
    """Per label: log(1 + cue hits in the text), then the same for the heading context.

    The taxonomy's cue words are prior knowledge a small training set cannot learn for
    every label; the model decides how much to trust them.
    """
    X = list(X)
    out = np.zeros((len(X), 2 * len(cues)), dtype=np.float64)
    for i, p in enumerate(X):
        ctx = p.context
        for j, words in enumerate(cues):
            out[i, j] = np.log1p(sum(p.text.count(w) for w in words))
            out[i, len(cues) + j] = np.log1p(sum(ctx.count(w) for w in words))
    return out


def _slim(vec: TfidfVectorizer) -> TfidfVectorizer:
    """Drop ``stop_words_`` (the features cut by max_features): only needed for inspection."""
    if hasattr(vec, "stop_words_"):
        vec.stop_words_ = None
    return vec


class PassageVectorizer(TransformerMixin, BaseEstimator):
    """TF-IDF over character n-grams and jieba words of the text, character n-grams of the
    heading context, and a few layout features (position bin, heading flag, length).

    ``context_weight`` and ``layout_weight`` scale those blocks against the text block;
    0 leaves a block out. With ``cues`` (one tuple of cue words per label), cue-hit counts
    are added to the layout block, scaled by ``cue_weight``.
    """

    def __init__(self, char_ngrams: tuple[int, int] = (1, 3), words: bool = True,
                 context_weight: float = 0.5, layout_weight: float = 0.5,
                 min_df: int = 1, max_features: int | None = 40000,
                 cues: tuple[tuple[str, ...], ...] = (), cue_weight: float = 0.5) -> None:
        self.char_ngrams = char_ngrams
        self.words = words
        self.context_weight = context_weight
        self.layout_weight = layout_weight
        self.min_df = min_df
        self.max_features = max_features
        self.cues = cues
        self.cue_weight = cue_weight

    def fit(self, X: Sequence[Passage], y: object = None) -> PassageVectorizer:
        texts, ctx, _ = _texts(X)
        cap = self.max_features
        self.char_ = _slim(TfidfVectorizer(analyzer="char", ngram_range=tuple(self.char_ngrams),
                                           sublinear_tf=True, min_df=self.min_df,
                                           max_features=cap).fit(texts))
        self.word_ = (_slim(TfidfVectorizer(tokenizer=jieba_tokens, token_pattern=None,
                                            lowercase=False, sublinear_tf=True, min_df=self.min_df,
                                            max_features=cap and cap // 3).fit(texts))
                      if self.words else None)
        self.context_ = (_slim(TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True,
                                               min_df=self.min_df, max_features=cap and cap // 6)
                               .fit([c or "∅" for c in ctx]))
                         if self.context_weight > 0 else None)
        return self

    # A fitted TfidfVectorizer keeps its vocabulary as a dict of tens of thousands of
    # entries, which skops writes one node (and one .npy file) per entry. For saving, each
    # vocabulary is packed into one string of terms in column order and rebuilt on load.
    _VECTORIZERS = ("char_", "word_", "context_")
    _SEP = "\x1f"

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        packed = {}
        for name in self._VECTORIZERS:
            vec = state.get(name)
            if vec is None or not hasattr(vec, "vocabulary_"):
                continue
            terms = sorted(vec.vocabulary_, key=vec.vocabulary_.__getitem__)
            if any(self._SEP in t for t in terms):  # pragma: no cover - control char in text
                continue
            slim = copy.copy(vec)
            del slim.vocabulary_
            state[name] = slim
            packed[name] = self._SEP.join(terms)
        state["packed_vocabularies_"] = packed
        return state

    def __setstate__(self, state: dict) -> None:
        packed = state.pop("packed_vocabularies_", {}) or {}
        self.__dict__.update(state)
        for name, joined in packed.items():
            vec = getattr(self, name)
            terms = joined.split(self._SEP) if joined else []
            vec.vocabulary_ = {t: i for i, t in enumerate(terms)}

    def transform_blocks(self, X: Sequence[Passage]) -> tuple[sp.csr_matrix, ...]:
        """(text block, unweighted context block, weighted layout block, unweighted genre block)."""
        check_is_fitted(self, "char_")
        texts, ctx, dense = _texts(X)
        text = [self.char_.transform(texts)]
        if self.word_ is not None:
            text.append(self.word_.transform(texts))
        n = len(texts)
        context = (self.context_.transform(ctx) if self.context_ is not None
                   else sp.csr_matrix((n, 0)))
        layout = sp.csr_matrix(dense * self.layout_weight) if self.layout_weight > 0 \
            else sp.csr_matrix((n, 0))
        if self.cues:
            layout = sp.hstack([layout, sp.csr_matrix(cue_counts(X, self.cues) * self.cue_weight)], format="csr")
        return sp.hstack(text, format="csr"), context.tocsr(), layout, genre_onehot(X)

    def transform(self, X: Sequence[Passage]) -> sp.csr_matrix:
        """All blocks side by side, context scaled by ``context_weight``."""
        text, context, layout, genre = self.transform_blocks(X)
        return sp.hstack([text, context * self.context_weight, layout, genre], format="csr")
