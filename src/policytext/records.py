"""The records every stage produces.

Each record is a small dataclass whose ``start``/``end`` are character offsets into one
cleaned text (``Document.text``), so ``doc.text[r.start:r.end]`` is always the record's
surface. No record keeps its own copy of the document text beyond the short surface or
sentence the public JSON contract names. Field names are the contract in DESIGN.md.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, is_dataclass, replace
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:  # pragma: no cover
    import pandas

R = TypeVar("R")


def to_dict(record: Any) -> dict[str, Any]:
    """A record as plain JSON-ready data (nested records included)."""
    return record.to_dict() if hasattr(record, "to_dict") else asdict(record)


class Records(list, Generic[R]):
    """A list of records that also converts to a pandas DataFrame (pandas is optional)."""

    def to_frame(self) -> pandas.DataFrame:
        """One row per record, one column per field (nested records stay dicts)."""
        try:
            import pandas as pd
        except ImportError:  # pragma: no cover - depends on the environment
            from .errors import PolicyTextError

            raise PolicyTextError("to_frame() needs pandas: pip install 'policytext[pandas]'") from None
        return pd.DataFrame([to_dict(r) if is_dataclass(r) else r for r in self])


# --------------------------------------------------------------------------- read


@dataclass(slots=True)
class Provenance:
    """Where a text came from and how it was decoded."""

    path: str | None
    format: str  # "txt" | "markdown" | "html" | "pdf" | "docx"
    encoding: str | None = None  # for txt/html: the codec used to decode
    pages: int | None = None  # for pdf
    size: int = 0  # bytes read
    sha256: str = ""  # of the file's bytes
    metadata: dict[str, str] = field(default_factory=dict)  # what the container states
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class RawText:
    """A reader's output: text with one paragraph or heading per line.

    A table row is one line whose cells are separated by TAB characters; a table is a
    run of such lines. Readers never invent text: what is here was in the file.
    """

    text: str
    provenance: Provenance


# --------------------------------------------------------------------------- clean


@dataclass(slots=True)
class Cleaned:
    """Text after boilerplate removal and line rejoining, plus metadata found on the way."""

    text: str
    provenance: Provenance
    meta: dict[str, str] = field(default_factory=dict)  # source, date, author, title ...
    removed: list[str] = field(default_factory=list)  # boilerplate lines dropped, for audit


# --------------------------------------------------------------------------- structure


@dataclass(slots=True)
class Span:
    start: int
    end: int


@dataclass(slots=True)
class Paragraph:
    start: int
    end: int
    section: str | None = None  # id of the innermost section holding it
    sentences: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Table:
    start: int
    end: int
    rows: list[list[str]] = field(default_factory=list)


@dataclass(slots=True)
class Section:
    id: str  # "2", "2.3", "2.3.9": position in the tree, stable within a document
    number: str | None  # as written: "二、", "（三）", "9.", None for unnumbered headings
    level: int  # 1 = top
    heading: str  # heading text without the number
    start: int  # start of the heading line
    end: int  # end of the section's last paragraph
    heading_start: int = 0
    heading_end: int = 0
    inline: bool = False  # heading followed by body text on the same line ("6.优化设置。…")
    paragraphs: list[Paragraph] = field(default_factory=list)  # direct paragraphs only
    children: list[Section] = field(default_factory=list)
    # a second heading line right under an unnumbered heading ("实施铸魂强基行动" /
    # "加强学校思想政治建设"): one section, the second line is its subtitle
    subtitle: str | None = None
    subtitle_start: int = 0
    subtitle_end: int = 0

    def walk(self) -> Iterator[Section]:
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(slots=True)
class Meta:
    issuer: str | None = None  # 发文机关
    doc_number: str | None = None  # 发文字号, e.g. 中组发〔2016〕17号
    date: str | None = None  # YYYY-MM-DD, YYYY-MM or YYYY
    source: str | None = None  # 来源
    author: str | None = None
    region: str | None = None


@dataclass(slots=True)
class Document:
    source: str | None
    sha256: str
    format: str
    title: str | None
    doc_type: str  # "policy" | "report" | "news" | "other"
    meta: Meta
    text: str
    sections: list[Section] = field(default_factory=list)  # top-level sections
    paragraphs: list[Paragraph] = field(default_factory=list)  # every body paragraph, in order
    tables: list[Table] = field(default_factory=list)
    title_span: Span | None = None
    provenance: Provenance | None = None
    _cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    # The three analyses, computed on first use and kept with the document. The
    # extractors are imported here, not at module level: records stay the bottom layer.
    @property
    def figures(self) -> Records[Figure]:
        """Every figure of the document (see :func:`policytext.figures.extract_figures`)."""
        if "figures" not in self._cache:
            from .figures import extract_figures

            self._cache["figures"] = Records(extract_figures(self))
        return self._cache["figures"]

    @property
    def requirements(self) -> Records[Requirement]:
        """Every normative provision (see :func:`policytext.requirements.extract_requirements`)."""
        if "requirements" not in self._cache:
            from .requirements import extract_requirements

            self._cache["requirements"] = Records(extract_requirements(self))
        return self._cache["requirements"]

    @property
    def labels(self) -> Records[Label]:
        """Topic and function labels of sections and paragraphs (needs the shipped model)."""
        if "labels" not in self._cache:
            from .classify import classify_document

            self._cache["labels"] = Records(classify_document(self))
        return self._cache["labels"]

    def walk(self) -> Iterator[Section]:
        """Every section, depth first, in document order."""
        for sec in self.sections:
            yield from sec.walk()

    def section_by_id(self, sid: str | None) -> Section | None:
        if sid is None:
            return None
        for sec in self.walk():
            if sec.id == sid:
                return sec
        return None

    def section_path(self, offset: int) -> list[Section]:
        """The chain of sections (outermost first) whose span holds ``offset``."""
        path: list[Section] = []
        level = self.sections
        while True:
            hit = next((s for s in level if s.start <= offset < s.end), None)
            if hit is None:
                return path
            path.append(hit)
            level = hit.children

    def heading_path(self, offset: int, sep: str = " > ") -> str:
        """Headings of the sections around ``offset``, e.g. "主要做法 > 加强思想建设"."""
        return sep.join(s.heading for s in self.section_path(offset))

    def outline_path(self, offset: int, sep: str = ".") -> str:
        """Outline numbers around ``offset`` as written, e.g. "二.（三）.9"."""
        parts = []
        for s in self.section_path(offset):
            num = (s.number or s.heading).strip()
            parts.append(num.rstrip("、.．,，:： "))
        return sep.join(parts)

    def to_dict(self) -> dict[str, Any]:
        """The Document record of DESIGN.md as JSON-ready data (analyses not included)."""
        d = asdict(replace(self, _cache={}, provenance=None))
        d.pop("_cache", None)
        d["provenance"] = asdict(self.provenance) if self.provenance is not None else None
        return d


# --------------------------------------------------------------------------- extract


@dataclass(slots=True)
class Figure:
    doc: str | None
    surface: str  # text[start:end], e.g. "7.1万名"
    value: float  # scaled: 7.1万 -> 71000
    value_max: float | None  # upper end of a range (1-2次), else None
    unit: str | None  # normalised unit or measure word: 名, 个, %, 元, 个百分点 ...
    approx: str | None  # None | "more_than" | "about" | "less_than"
    kind: str  # count | amount | percent | change | duration | ratio
    subject: str | None  # what is counted
    period: str | None  # the time it refers to, when stated
    sentence: str
    section: str  # heading path
    start: int
    end: int
    direction: str | None = None  # for kind == "change": "up" | "down"


@dataclass(slots=True)
class Constraint:
    kind: str  # frequency | minimum | maximum | threshold
    value: float | None
    value_max: float | None
    unit: str | None
    period: str | None  # 年, 月, 学年, 3个月, 2年 ...
    bound: str  # at_least | at_most | exactly


@dataclass(slots=True)
class Requirement:
    doc: str | None
    provision: str  # outline path, e.g. "二.（三）.9"
    text: str
    modality: str  # must | must_not | may | encourage
    actor: str | None
    action: str | None
    constraint: Constraint | None
    topics: list[str]
    start: int
    end: int
    hedge: str | None = None  # 一般, 原则上 ...


# --------------------------------------------------------------------------- classify


@dataclass(slots=True)
class Score:
    label: str
    score: float


@dataclass(slots=True)
class Label:
    doc: str | None
    section: str  # heading path
    level: str  # "section" | "paragraph"
    start: int
    end: int
    topics: list[Score]
    function: Score


# --------------------------------------------------------------------------- check


@dataclass(slots=True)
class Evidence:
    text: str
    section: str
    start: int
    end: int
    score: float


@dataclass(slots=True)
class CheckItem:
    provision: str
    requirement: str
    status: str  # met | addressed | shortfall | not_mentioned
    evidence: list[Evidence]
    figures: list[Figure]
    reason: str
    report: str | None = None
    topics: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- archive


@dataclass(slots=True)
class SearchHit:
    doc: str
    title: str | None
    doc_type: str
    section: str
    snippet: str  # matches marked with 【】
    score: float
    start: int = 0
    end: int = 0
    # added by the archive: where the hit is and what matched (offsets into the doc text)
    path: str | None = None  # the file indexed
    paragraph: int | None = None  # paragraphs.id in the archive
    matches: list[Span] = field(default_factory=list)
