"""The text-search index: a tantivy index in a sidecar folder next to the archive file.

It is derived data. Every paragraph is one tantivy document whose ``body`` is the bigram
stream of :mod:`.text` (one token per character, so token positions are character
offsets); ``pid`` points back to ``paragraphs.id`` in SQLite, ``did`` to the document.
Document filters (type, year, issuer, region, topic) are indexed alongside so they cost
nothing at query time. SQLite stays the store of record: the sidecar can be deleted and
rebuilt from it at any time, and paragraph ids are never reused, so a stale entry can
only point to a paragraph that no longer exists, which search drops.
"""
from __future__ import annotations

import re
import shutil
from collections.abc import Iterable
from pathlib import Path

from ..errors import ArchiveError
from .base import SearchFilters
from .query import And, Node, Not, Or, Term
from .text import bigram_stream, normalize, query_tokens

#: bump when the fields or the token stream change: the sidecar is then rebuilt
SEARCH_FORMAT = "tantivy-bigram-1"
BIGRAM = "policytext_bigram"
WRITER_HEAP = 256_000_000

try:  # tantivy is a core dependency; keep the import error readable if it is missing
    import tantivy
except ImportError:  # pragma: no cover
    tantivy = None


def _schema():
    sb = tantivy.SchemaBuilder()
    sb.add_text_field("body", tokenizer_name=BIGRAM, index_option="position")
    sb.add_unsigned_field("pid", stored=True, fast=True)
    sb.add_integer_field("did", indexed=True)
    sb.add_text_field("dtype", tokenizer_name="raw")
    sb.add_integer_field("year", indexed=True, fast=True)
    sb.add_text_field("issuer", tokenizer_name=BIGRAM, index_option="position")
    sb.add_text_field("region", tokenizer_name=BIGRAM, index_option="position")
    sb.add_text_field("topic", tokenizer_name="raw")
    return sb.build()


def index_exists(path: Path) -> bool:
    """True if ``path`` holds a committed tantivy index."""
    return tantivy is not None and path.is_dir() and tantivy.Index.exists(str(path))


class TantivySearch:
    """Open (or create) the sidecar index at ``path``."""

    def __init__(self, path: Path, *, create: bool) -> None:
        if tantivy is None:  # pragma: no cover
            raise ArchiveError("text search needs the 'tantivy' package: pip install tantivy")
        self.path = path
        self.schema = _schema()
        if not index_exists(path):
            if not create:
                raise ArchiveError(
                    f"the search index {path} is missing; run "
                    "`policytext index --rebuild-search --db ...` to rebuild it"
                )
            path.mkdir(parents=True, exist_ok=True)
        try:
            if create:
                self.index = tantivy.Index(self.schema, path=str(path), reuse=True)
            else:
                self.index = tantivy.Index.open(str(path))
        except ValueError as exc:
            raise ArchiveError(f"cannot open the search index {path}: {exc}") from exc
        self.index.register_tokenizer(
            BIGRAM, tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace()).build()
        )
        self._writer = None

    # ------------------------------------------------------------------ writing

    def writer(self):
        if self._writer is None:
            try:
                self._writer = self.index.writer(WRITER_HEAP, 0)
            except ValueError as exc:
                if "LockBusy" in str(exc):
                    raise ArchiveError(
                        "another process is writing this archive; wait for it to finish"
                    ) from exc
                raise
        return self._writer

    def delete_document(self, did: int) -> None:
        self.writer().delete_documents_by_term("did", did)

    def add_paragraphs(
        self, did: int, meta: dict, paragraphs: Iterable[tuple[int, str, Iterable[str]]]
    ) -> None:
        """Index a document's paragraphs: (paragraph id, text, topics) triples."""
        w = self.writer()
        base = {"did": did}
        if meta.get("doc_type"):
            base["dtype"] = meta["doc_type"]
        if meta.get("year") is not None:
            base["year"] = int(meta["year"])
        for key in ("issuer", "region"):
            if meta.get(key):
                base[key] = bigram_stream(meta[key])
        for pid, text, topics in paragraphs:
            fields = dict(base, pid=pid, body=bigram_stream(text))
            topics = list(topics)
            if topics:
                fields["topic"] = topics
            w.add_document(tantivy.Document.from_dict(fields, self.schema))

    def commit(self) -> None:
        if self._writer is not None:
            self._writer.commit()

    def close(self) -> None:
        if self._writer is not None:
            self._writer.commit()
            self._writer.wait_merging_threads()
            self._writer = None

    @staticmethod
    def remove(path: Path) -> None:
        shutil.rmtree(path, ignore_errors=True)

    # ------------------------------------------------------------------ searching

    def _phrase(self, field: str, text: str):
        toks = query_tokens(text)
        if len(toks) == 1 and len(normalize(text)) == 1:
            # any token starting with the character (a prefix query would stop at 50 terms)
            return tantivy.Query.regex_query(self.schema, field, re.escape(toks[0]) + ".?")
        if len(toks) == 1:
            return tantivy.Query.term_query(self.schema, field, toks[0])
        return tantivy.Query.phrase_query(self.schema, field, toks)

    def compile(self, node: Node):
        """The tantivy query for a parsed query tree."""
        Q, O = tantivy.Query, tantivy.Occur
        if isinstance(node, Term):
            return self._phrase("body", node.text)
        if isinstance(node, Not):  # only reached inside an And: see is_positive
            return Q.boolean_query([(O.Must, Q.all_query()), (O.MustNot, self.compile(node.item))])
        if isinstance(node, And):
            parts = []
            for c in node.items:
                if isinstance(c, Not):
                    parts.append((O.MustNot, self.compile(c.item)))
                else:
                    parts.append((O.Must, self.compile(c)))
            return Q.boolean_query(parts)
        assert isinstance(node, Or)
        return Q.boolean_query([(O.Should, self.compile(c)) for c in node.items])

    def _filters(self, f: SearchFilters | None) -> list:
        Q = tantivy.Query
        out = []
        if f is None:
            return out
        if f.doc_type:
            out.append(Q.term_query(self.schema, "dtype", f.doc_type))
        if f.topic:
            out.append(Q.term_query(self.schema, "topic", f.topic))
        if f.year_from is not None or f.year_to is not None:
            out.append(Q.range_query(self.schema, "year", tantivy.FieldType.Integer,
                                     f.year_from, f.year_to))
        if f.issuer:
            out.append(self._phrase("issuer", f.issuer))
        if f.region:
            out.append(self._phrase("region", f.region))
        return out

    def search(self, node: Node, filters: SearchFilters | None, limit: int | None):
        """(paragraph id, score) best first, and the total number of matches."""
        Q, O = tantivy.Query, tantivy.Occur
        query = self.compile(node)
        flt = self._filters(filters)
        if flt:
            query = Q.boolean_query(
                [(O.Must, query)] + [(O.Must, Q.const_score_query(q, 0.0)) for q in flt]
            )
        self.index.reload()
        searcher = self.index.searcher()
        n = searcher.num_docs
        if n == 0:
            return [], 0
        k = n if limit is None else max(1, min(limit, n))
        res = searcher.search(query, k, count=True)
        hits = [(searcher.doc(addr)["pid"][0], score) for score, addr in res.hits]
        return hits, res.count

    def num_docs(self) -> int:
        self.index.reload()
        return self.index.searcher().num_docs
