"""The SQLite schema of an archive, as numbered migrations.

The archive file is the store of record: plain tables any SQL client can read (documented
in docs/archive.md). ``meta.schema_version`` says which migrations have run; opening an
older archive applies the missing ones in one transaction; a newer archive is refused.
"""
from __future__ import annotations

import sqlite3

from ..errors import ArchiveError

#: migration N brings an archive from version N-1 to N
MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE IF NOT EXISTS meta (
        key   TEXT PRIMARY KEY,
        value TEXT
    );
    CREATE TABLE documents (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        path        TEXT NOT NULL UNIQUE,     -- absolute path of the file indexed
        source      TEXT,                     -- the path as given (Document.source)
        sha256      TEXT NOT NULL,            -- of the file's bytes
        format      TEXT,
        title       TEXT,
        doc_type    TEXT,                     -- policy | report | news | other
        issuer      TEXT,
        doc_number  TEXT,
        date        TEXT,                     -- YYYY-MM-DD, YYYY-MM or YYYY
        year        INTEGER,                  -- from date
        meta_source TEXT,
        author      TEXT,
        region      TEXT,
        chars       INTEGER,
        text        TEXT NOT NULL,            -- cleaned text; every offset points into it
        indexed_at  TEXT NOT NULL
    );
    CREATE INDEX documents_sha ON documents(sha256);
    CREATE TABLE sections (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,
        document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        sid          TEXT NOT NULL,           -- Section.id, e.g. "2.3"
        parent_sid   TEXT,
        number       TEXT,
        level        INTEGER,
        heading      TEXT,
        path         TEXT,                    -- heading path "A > B"
        start        INTEGER,
        "end"        INTEGER
    );
    CREATE INDEX sections_doc ON sections(document_id);
    CREATE TABLE paragraphs (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused
        document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        seq          INTEGER NOT NULL,        -- order in the document, from 0
        section_sid  TEXT,
        section      TEXT,                    -- heading path
        start        INTEGER NOT NULL,
        "end"        INTEGER NOT NULL,
        text         TEXT NOT NULL            -- documents.text[start:end]
    );
    CREATE INDEX paragraphs_doc ON paragraphs(document_id);
    -- documents whose rows changed since the search index last committed them
    CREATE TABLE search_queue (
        document_id  INTEGER PRIMARY KEY
    );
    """,
    2: """
    CREATE TABLE figures (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,
        document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        surface      TEXT, value REAL, value_max REAL, unit TEXT, approx TEXT, kind TEXT,
        subject      TEXT, period TEXT, sentence TEXT, section TEXT, direction TEXT,
        start        INTEGER, "end" INTEGER
    );
    CREATE INDEX figures_doc ON figures(document_id);
    CREATE INDEX figures_unit_value ON figures(unit, value);
    CREATE TABLE requirements (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,
        document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        provision    TEXT, text TEXT, modality TEXT, actor TEXT, action TEXT,
        constraint_kind TEXT, constraint_value REAL, constraint_value_max REAL,
        constraint_unit TEXT, constraint_period TEXT, constraint_bound TEXT,
        topics       TEXT,                    -- JSON list
        hedge        TEXT,
        start        INTEGER, "end" INTEGER
    );
    CREATE INDEX requirements_doc ON requirements(document_id);
    CREATE TABLE labels (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,
        document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        section      TEXT, level TEXT, start INTEGER, "end" INTEGER,
        function     TEXT, function_score REAL
    );
    CREATE INDEX labels_doc ON labels(document_id);
    CREATE TABLE label_topics (
        label_id     INTEGER NOT NULL REFERENCES labels(id) ON DELETE CASCADE,
        document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        topic        TEXT NOT NULL,
        score        REAL
    );
    CREATE INDEX label_topics_topic ON label_topics(topic, document_id);
    CREATE INDEX label_topics_label ON label_topics(label_id);
    ALTER TABLE documents ADD COLUMN analysis TEXT;   -- JSON: which analyses ran, warnings
    """,
}

SCHEMA_VERSION = max(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    """The archive's schema version (0 for an empty file)."""
    has_meta = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'"
    ).fetchone()
    if not has_meta:
        return 0
    row = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    return int(row[0]) if row else 0


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the archive to ``target`` in one transaction; return the version found."""
    found = schema_version(conn)
    if found > SCHEMA_VERSION:
        raise ArchiveError(
            f"the archive has schema version {found}, newer than this policytext "
            f"({SCHEMA_VERSION}); upgrade policytext to open it"
        )
    if found >= target:
        return found
    try:
        conn.execute("BEGIN IMMEDIATE")
        found = schema_version(conn)  # another process may have migrated meanwhile
        for version in range(found + 1, target + 1):
            for statement in _statements(MIGRATIONS[version]):
                conn.execute(statement)
            conn.execute(
                "INSERT OR REPLACE INTO meta(key, value) VALUES('schema_version', ?)",
                (str(version),),
            )
        conn.execute("COMMIT")
    except sqlite3.DatabaseError as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise ArchiveError(f"cannot migrate the archive: {exc}") from exc
    return found


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (executescript would commit early)."""
    out, buf = [], []
    for line in script.splitlines():
        buf.append(line.split("--", 1)[0] if "--" in line else line)
        joined = "\n".join(buf)
        if joined.strip().endswith(";") and sqlite3.complete_statement(joined):
            out.append(joined.strip())
            buf = []
    if "\n".join(buf).strip():
        out.append("\n".join(buf).strip())
    return out
