"""The embedded archive: one SQLite file (store of record) plus a derived search sidecar.

Writing: one SQLite transaction per document (delete the old rows, insert the new ones,
and queue the document id for the search index). The search index is committed in
batches; only after it has committed are the queued ids cleared. A run killed at any
moment therefore leaves SQLite consistent (WAL, atomic transactions) and at worst a queue
of documents the search index has not caught up with, which the next writer replays
(delete by document id, re-add from SQLite) before doing anything else.

Reading: search asks the sidecar for paragraph ids and fetches text from SQLite; ids of
paragraphs that no longer exist (stale entries) are dropped, so a reader never shows a
row SQLite does not have. Readers run while a writer indexes (WAL; tantivy readers take
no lock).
"""
from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ..errors import ArchiveError
from ..records import Document, SearchHit, Span
from .base import Analysis, Archive, FigureHit, FigureQuery, SearchFilters
from .query import Node, matches, parse_query
from .schema import SCHEMA_VERSION, migrate, schema_version
from .search_tantivy import SEARCH_FORMAT, TantivySearch, index_exists
from .snippet import cut_snippet, match_spans
from .text import normalize

#: commit the search index after this many documents or paragraphs
FLUSH_DOCS = 500
FLUSH_PARAGRAPHS = 100_000
#: units that count people: asking for one finds the others
PERSON_UNITS = ("人", "名")

_YEAR = re.compile(r"(1[89]\d\d|2\d\d\d)")

_PARA_TOPICS_SQL = """
SELECT p.id, p.text,
       (SELECT group_concat(DISTINCT lt.topic) FROM labels l
          JOIN label_topics lt ON lt.label_id = l.id
         WHERE l.document_id = p.document_id AND l.start < p."end" AND p.start < l."end")
  FROM paragraphs p WHERE p.document_id = ? ORDER BY p.seq
"""


def _year(date: str | None) -> int | None:
    m = _YEAR.match(date or "")
    return int(m.group(1)) if m else None


def _size(path: Path) -> int:
    """A file's size, 0 for a folder or a file the search index removed meanwhile (its
    writer's temporary files come and go while the archive is read)."""
    try:
        return path.stat().st_size if path.is_file() else 0
    except FileNotFoundError:
        return 0


class SqliteArchive(Archive):
    """An archive in one SQLite file with a tantivy sidecar folder ``<file>.search``."""

    def __init__(self, path: Path, *, write: bool = False) -> None:
        self.path = Path(path)
        self.write = write
        self.search_dir = self.path.with_name(self.path.name + ".search")
        if not self.path.exists():
            if not write:
                raise ArchiveError(f"no archive at {self.path}; create it with `policytext index`")
            if not self.path.parent.is_dir():
                raise ArchiveError(f"the folder for the archive {self.path} does not exist")
        try:
            self.conn = sqlite3.connect(str(self.path), isolation_level=None, timeout=60)
            self.conn.execute("PRAGMA busy_timeout=60000")
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            version = schema_version(self.conn)
        except sqlite3.DatabaseError as exc:
            raise ArchiveError(f"{self.path} is not a policytext archive ({exc})") from exc
        if version == 0 and self.conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type='table'"
        ).fetchone()[0]:
            raise ArchiveError(f"{self.path} is not a policytext archive (no schema version)")
        migrate(self.conn)
        self._search: TantivySearch | None = None
        self._pending: list[int] = []
        self._pending_paras = 0
        if write:
            self._open_search_for_write()

    # ------------------------------------------------------------------ helpers

    def _meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)", (key, value))

    def _open_search_for_write(self) -> None:
        usable = index_exists(self.search_dir)
        if usable and self._meta("search_format") == SEARCH_FORMAT:
            self._search = TantivySearch(self.search_dir, create=False)
            self._search.writer()  # take the writer lock now: one writer at a time
            self._sync_queue()
        else:
            self.rebuild_search()

    def _index_doc(self, did: int) -> int:
        """Add one stored document's paragraphs to the search index; return their count."""
        row = self.conn.execute(
            "SELECT doc_type, year, issuer, region FROM documents WHERE id=?", (did,)
        ).fetchone()
        if row is None:
            return 0
        meta = dict(zip(("doc_type", "year", "issuer", "region"), row))
        paras = [
            (pid, text, topics.split(",") if topics else [])
            for pid, text, topics in self.conn.execute(_PARA_TOPICS_SQL, (did,))
        ]
        self._search.add_paragraphs(did, meta, paras)
        return len(paras)

    def _sync_queue(self) -> None:
        """Replay documents SQLite changed but the search index never committed."""
        ids = [r[0] for r in self.conn.execute("SELECT document_id FROM search_queue")]
        for did in ids:
            self._search.delete_document(did)
            self._index_doc(did)
        self._pending.extend(ids)
        self.flush()

    def flush(self) -> None:
        """Commit the search index, then forget the queued ids it now holds."""
        if self._search is None:
            return
        self._search.commit()
        if self._pending:
            ids = sorted(set(self._pending))
            for i in range(0, len(ids), 500):
                chunk = ids[i : i + 500]
                self.conn.execute(
                    f"DELETE FROM search_queue WHERE document_id IN ({','.join('?' * len(chunk))})",
                    chunk,
                )
        self._pending.clear()
        self._pending_paras = 0

    def _reader(self) -> TantivySearch | None:
        if self._search is not None:
            if self.write:  # a writer sees its own documents
                self.flush()
            return self._search
        if not index_exists(self.search_dir):
            if self.conn.execute("SELECT 1 FROM paragraphs LIMIT 1").fetchone() is None:
                return None  # an empty archive: nothing to search
            raise ArchiveError(
                f"the search index {self.search_dir} is missing; run "
                f"`policytext index --rebuild-search --db {self.path}`"
            )
        if self._meta("search_format") != SEARCH_FORMAT:
            raise ArchiveError(
                "the search index was built by another policytext version; run "
                f"`policytext index --rebuild-search --db {self.path}`"
            )
        self._search = TantivySearch(self.search_dir, create=False)
        return self._search

    def _require_write(self) -> None:
        if not self.write:
            raise ArchiveError("the archive was opened read-only")

    # ------------------------------------------------------------------ writing

    def has(self, path: str, sha256: str) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM documents WHERE path=? AND sha256=?", (path, sha256)
        ).fetchone()
        return row is not None

    def put(self, path: str, doc: Document, analysis: Analysis, sha256: str | None = None) -> str:
        self._require_write()
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            old = c.execute("SELECT id FROM documents WHERE path=?", (path,)).fetchone()
            if old:
                c.execute("DELETE FROM documents WHERE id=?", old)
                c.execute("INSERT OR IGNORE INTO search_queue(document_id) VALUES(?)", old)
            did = self._insert(c, path, doc, analysis, sha256 or doc.sha256)
            c.execute("INSERT OR IGNORE INTO search_queue(document_id) VALUES(?)", (did,))
            c.execute("COMMIT")
        except BaseException:
            if c.in_transaction:
                c.execute("ROLLBACK")
            raise
        if old:
            self._search.delete_document(old[0])
            self._pending.append(old[0])
        self._pending_paras += self._index_doc(did)
        self._pending.append(did)
        if len(self._pending) >= FLUSH_DOCS or self._pending_paras >= FLUSH_PARAGRAPHS:
            self.flush()
        return "replaced" if old else "added"

    def _insert(self, c: sqlite3.Connection, path: str, doc: Document, an: Analysis, sha: str) -> int:
        m = doc.meta
        cur = c.execute(
            """INSERT INTO documents(path, source, sha256, format, title, doc_type, issuer,
                 doc_number, date, year, meta_source, author, region, chars, text, indexed_at,
                 analysis)
               VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            (path, doc.source, sha, doc.format, doc.title, doc.doc_type, m.issuer,
             m.doc_number, m.date, _year(m.date), m.source, m.author, m.region, len(doc.text),
             doc.text, datetime.now(timezone.utc).isoformat(timespec="seconds"),
             json.dumps({"ran": an.ran, "notes": an.notes}, ensure_ascii=False)),
        )
        did = cur.lastrowid
        text = doc.text

        def walk(secs, parent, trail):
            for s in secs:
                path_ = trail + [s.heading]
                yield (did, s.id, parent, s.number, s.level, s.heading, " > ".join(path_),
                       s.start, s.end)
                yield from walk(s.children, s.id, path_)

        c.executemany(
            'INSERT INTO sections(document_id, sid, parent_sid, number, level, heading, path,'
            ' start, "end") VALUES(?,?,?,?,?,?,?,?,?)',
            walk(doc.sections, None, []),
        )
        c.executemany(
            'INSERT INTO paragraphs(document_id, seq, section_sid, section, start, "end", text)'
            " VALUES(?,?,?,?,?,?,?)",
            (
                (did, i, p.section, doc.heading_path(p.start) if doc.sections else "",
                 p.start, p.end, text[p.start : p.end])
                for i, p in enumerate(doc.paragraphs)
            ),
        )
        c.executemany(
            'INSERT INTO figures(document_id, surface, value, value_max, unit, approx, kind,'
            ' subject, period, sentence, section, direction, start, "end")'
            " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            ((did, f.surface, f.value, f.value_max, f.unit, f.approx, f.kind, f.subject,
              f.period, f.sentence, f.section, getattr(f, "direction", None), f.start, f.end)
             for f in an.figures),
        )
        c.executemany(
            "INSERT INTO requirements(document_id, provision, text, modality, actor, action,"
            " constraint_kind, constraint_value, constraint_value_max, constraint_unit,"
            ' constraint_period, constraint_bound, topics, hedge, start, "end")'
            " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            ((did, r.provision, r.text, r.modality, r.actor, r.action,
              *((r.constraint.kind, r.constraint.value, r.constraint.value_max,
                 r.constraint.unit, r.constraint.period, r.constraint.bound)
                if r.constraint else (None,) * 6),
              json.dumps(list(r.topics), ensure_ascii=False), getattr(r, "hedge", None),
              r.start, r.end)
             for r in an.requirements),
        )
        for lab in an.labels:
            lid = c.execute(
                'INSERT INTO labels(document_id, section, level, start, "end", function,'
                " function_score) VALUES(?,?,?,?,?,?,?)",
                (did, lab.section, lab.level, lab.start, lab.end,
                 lab.function.label if lab.function else None,
                 lab.function.score if lab.function else None),
            ).lastrowid
            c.executemany(
                "INSERT INTO label_topics(label_id, document_id, topic, score) VALUES(?,?,?,?)",
                ((lid, did, t.label, t.score) for t in lab.topics),
            )
        return did

    def delete(self, path: str) -> bool:
        self._require_write()
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            row = c.execute("SELECT id FROM documents WHERE path=?", (path,)).fetchone()
            if row:
                c.execute("DELETE FROM documents WHERE id=?", row)
                c.execute("INSERT OR IGNORE INTO search_queue(document_id) VALUES(?)", row)
            c.execute("COMMIT")
        except BaseException:
            if c.in_transaction:
                c.execute("ROLLBACK")
            raise
        if row:
            self._search.delete_document(row[0])
            self._pending.append(row[0])
        return row is not None

    def prune(self, exists: Callable[[str], bool] | None = None) -> list[str]:
        exists = exists or os.path.exists
        gone = [p for (p,) in self.conn.execute("SELECT path FROM documents") if not exists(p)]
        for p in gone:
            self.delete(p)
        self.flush()
        return gone

    def rebuild_search(self) -> int:
        self._require_write()
        if self._search is not None:
            self._search.close()
            self._search = None
        if self._meta("search_format") != SEARCH_FORMAT:
            TantivySearch.remove(self.search_dir)
        self._search = TantivySearch(self.search_dir, create=True)
        self._search.writer().delete_all_documents()
        self._set_meta("search_format", SEARCH_FORMAT)
        total = 0
        ids = [r[0] for r in self.conn.execute("SELECT id FROM documents ORDER BY id")]
        for did in ids:
            total += self._index_doc(did)
        self._pending.extend(r[0] for r in self.conn.execute("SELECT document_id FROM search_queue"))
        self.flush()
        return total

    def close(self) -> None:
        if getattr(self, "_search", None) is not None:
            if self.write:
                self.flush()
            self._search.close()
            self._search = None
        if getattr(self, "conn", None) is not None:
            self.conn.close()
            self.conn = None

    # ------------------------------------------------------------------ reading

    def _node(self, query: str | Node) -> Node:
        return parse_query(query) if isinstance(query, str) else query

    def _rows(self, pids: list[int]) -> dict[int, tuple]:
        rows: dict[int, tuple] = {}
        for i in range(0, len(pids), 5000):
            chunk = pids[i : i + 5000]
            for r in self.conn.execute(
                'SELECT p.id, p.start, p."end", p.text, p.section, d.source, d.path, d.title,'
                " d.doc_type FROM paragraphs p JOIN documents d ON d.id = p.document_id"
                f" WHERE p.id IN ({','.join('?' * len(chunk))})",
                chunk,
            ):
                rows[r[0]] = r
        return rows

    def search(
        self, query: str | Node, filters: SearchFilters | None = None, limit: int | None = 20
    ) -> list[SearchHit]:
        node = self._node(query)
        engine = self._reader()
        if engine is None:
            return []
        k = None if limit is None else limit + 10
        while True:
            hits, total = engine.search(node, filters, k)
            rows = self._rows([pid for pid, _ in hits])
            kept = [(rows[pid], score) for pid, score in hits if pid in rows]
            if k is None or len(kept) >= limit or len(hits) >= total:
                break
            k *= 4  # stale entries were dropped: ask for more
        out = []
        for (pid, start, end, text, section, source, path, title, dtype), score in kept[:limit]:
            spans = match_spans(node, text)
            out.append(SearchHit(
                doc=source or path, title=title, doc_type=dtype, section=section or "",
                snippet=cut_snippet(text, spans), score=round(float(score), 4),
                start=start, end=end, path=path, paragraph=pid,
                matches=[Span(start + s, start + e) for s, e in spans],
            ))
        return out

    def match_ids(self, query: str | Node, filters: SearchFilters | None = None) -> set[int]:
        engine = self._reader()
        if engine is None:
            return set()
        hits, _ = engine.search(self._node(query), filters, None)
        pids = [pid for pid, _ in hits]
        return set(self._rows(pids))

    def search_figures(
        self, fq: FigureQuery, filters: SearchFilters | None = None, limit: int | None = 50
    ) -> list[FigureHit]:
        where, args = [], []
        if fq.subject:
            where.append("f.subject LIKE ? ESCAPE '\\'")
            args.append("%" + re.sub(r"([%_\\])", r"\\\1", fq.subject) + "%")
        if fq.min is not None:
            where.append("f.value >= ?")
            args.append(fq.min)
        if fq.max is not None:
            where.append("f.value <= ?")
            args.append(fq.max)
        units = set(fq.units)
        if units & set(PERSON_UNITS):
            units |= set(PERSON_UNITS)
        if units:
            where.append(f"f.unit IN ({','.join('?' * len(units))})")
            args.extend(sorted(units))
        w, a = self._doc_filter_sql(filters, "f")
        where += w
        args += a
        sql = (
            "SELECT d.source, d.path, d.title, d.doc_type, f.subject, f.surface, f.value,"
            ' f.value_max, f.unit, f.kind, f.period, f.sentence, f.section, f.start, f."end"'
            " FROM figures f JOIN documents d ON d.id = f.document_id"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY f.value DESC, d.id, f.start"
        )
        out: list[FigureHit] = []
        for r in self.conn.execute(sql, args):
            if fq.text is not None and not matches(fq.text, normalize(r[11] or "")):
                continue
            out.append(FigureHit(r[0] or r[1], *r[2:]))
            if limit is not None and len(out) >= limit:
                break
        return out

    def _doc_filter_sql(self, f: SearchFilters | None, alias: str) -> tuple[list[str], list]:
        where: list[str] = []
        args: list[Any] = []
        if f is None:
            return where, args
        if f.doc_type:
            where.append("d.doc_type = ?")
            args.append(f.doc_type)
        if f.year_from is not None:
            where.append("d.year >= ?")
            args.append(f.year_from)
        if f.year_to is not None:
            where.append("d.year <= ?")
            args.append(f.year_to)
        for col, val in (("issuer", f.issuer), ("region", f.region)):
            if val:
                where.append(f"instr(d.{col}, ?) > 0")
                args.append(val)
        if f.topic:
            where.append(
                "EXISTS (SELECT 1 FROM labels l JOIN label_topics lt ON lt.label_id = l.id"
                f" WHERE l.document_id = {alias}.document_id AND lt.topic = ?"
                f' AND l.start <= {alias}.start AND {alias}."end" <= l."end")'
            )
            args.append(f.topic)
        return where, args

    def stats(self) -> dict[str, Any]:
        q = lambda sql: self.conn.execute(sql).fetchone()[0]
        size = sum(
            p.stat().st_size for p in (self.path, Path(f"{self.path}-wal")) if p.exists()
        )
        search_size = sum(map(_size, self.search_dir.rglob("*"))) if self.search_dir.exists() else 0
        return {
            "archive": str(self.path),
            "schema_version": SCHEMA_VERSION,
            "documents": q("SELECT count(*) FROM documents"),
            "sections": q("SELECT count(*) FROM sections"),
            "paragraphs": q("SELECT count(*) FROM paragraphs"),
            "figures": q("SELECT count(*) FROM figures"),
            "requirements": q("SELECT count(*) FROM requirements"),
            "labels": q("SELECT count(*) FROM labels"),
            "text_bytes": q("SELECT coalesce(sum(length(CAST(text AS BLOB))), 0) FROM documents"),
            "db_bytes": size,
            "search_bytes": search_size,
            "search_pending": q("SELECT count(*) FROM search_queue"),
        }
