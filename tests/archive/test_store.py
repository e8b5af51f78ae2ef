"""Storage: tables, re-indexing by hash, replace, prune, filters, figures/labels tables,
schema versions and migration, the rebuildable search sidecar, readers during a write.

Figures, requirements and labels here are built by the test from real sentences of seed
001 (the extractors land in parallel): this is a storage test, not an extraction test.
"""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from policytext.archive import Analysis, FigureQuery, SearchFilters, index_file, open_archive
from policytext.archive.schema import MIGRATIONS, SCHEMA_VERSION, _statements
from policytext.errors import ArchiveError
from policytext.pipeline import parse
from policytext.records import Figure, Label, Requirement, Score

from ..conftest import seed


def _figure(doc, surface: str, context: str, value: float, unit: str, subject: str) -> Figure:
    start = doc.text.index(context) + context.index(surface)
    sent_start = doc.text.rfind("。", 0, start) + 1
    sent_end = doc.text.index("。", start) + 1
    assert doc.text[start : start + len(surface)] == surface
    return Figure(doc=doc.source, surface=surface, value=value, value_max=None, unit=unit,
                  approx=None, kind="count", subject=subject, period=None,
                  sentence=doc.text[sent_start:sent_end], section="", start=start,
                  end=start + len(surface))


@pytest.fixture
def seed001_analysis():
    doc = parse(seed("001"))
    figs = [
        _figure(doc, "66个", "共有基层党支部66个", 66, "个", "基层党支部"),
        _figure(doc, "1510人", "党员人数达1510人", 1510, "人", "党员人数"),
        _figure(doc, "22名", "发展党员22名", 22, "名", "发展党员"),
    ]
    para = next(p for p in doc.paragraphs if "党费收缴" in doc.text[p.start : p.end])
    req_text = doc.text[para.start : para.end]
    reqs = [Requirement(doc=doc.source, provision="一", text=req_text, modality="must",
                        actor="基层党组织", action="收缴党费", constraint=None,
                        topics=["org_life"], start=para.start, end=para.end)]
    labels = [Label(doc=doc.source, section="", level="paragraph", start=para.start,
                    end=para.end, topics=[Score("org_life", 0.9)], function=Score("measure", 0.8))]
    return doc, Analysis(figures=figs, requirements=reqs, labels=labels,
                         ran=["figures", "requirements", "labels"])


def test_tables_hold_what_was_put(tmp_path, seed001_analysis):
    doc, analysis = seed001_analysis
    with open_archive(tmp_path / "a.db", write=True) as archive:
        assert archive.put("/x/001.txt", doc, analysis) == "added"
        stats = archive.stats()
    assert stats["documents"] == 1 and stats["paragraphs"] == len(doc.paragraphs)
    assert (stats["figures"], stats["requirements"], stats["labels"]) == (3, 1, 1)
    conn = sqlite3.connect(tmp_path / "a.db")
    text = conn.execute("SELECT text FROM documents").fetchone()[0]
    for start, end, ptext in conn.execute('SELECT start, "end", text FROM paragraphs'):
        assert text[start:end] == ptext  # offsets are truth
    for start, end, surface in conn.execute('SELECT start, "end", surface FROM figures'):
        assert text[start:end] == surface
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == str(
        SCHEMA_VERSION
    )
    conn.close()


def test_figure_query_by_subject_value_and_unit(tmp_path, seed001_analysis):
    doc, analysis = seed001_analysis
    with open_archive(tmp_path / "a.db", write=True) as archive:
        archive.put("/x/001.txt", doc, analysis)
        hits = archive.search_figures(FigureQuery(subject="党员", min=1000, units=["人"]))
        assert [(h.surface, h.value) for h in hits] == [("1510人", 1510)]
        assert "党员人数达1510人" in hits[0].sentence
        # 人 and 名 both count people; the min bound keeps 22名 out above
        people = archive.search_figures(FigureQuery(subject="党员", units=["人"]))
        assert [h.surface for h in people] == ["1510人", "22名"]
        assert archive.search_figures(FigureQuery(subject="党支部", max=100))[0].value == 66
        assert archive.search_figures(FigureQuery(subject="党员", min=2000)) == []
        with_text = FigureQuery(subject="党员", text=archive._node("发展"))
        assert [h.surface for h in archive.search_figures(with_text)] == ["22名"]


def test_topic_filter_uses_stored_labels(tmp_path, seed001_analysis):
    doc, analysis = seed001_analysis
    with open_archive(tmp_path / "a.db", write=True) as archive:
        archive.put("/x/001.txt", doc, analysis)
        archive.put("/x/001-nolabels.txt", doc, Analysis())
        archive.close()
    with open_archive(tmp_path / "a.db") as archive:
        all_hits = archive.search("党费", limit=None)
        org = archive.search("党费", SearchFilters(topic="org_life"), limit=None)
        assert len(all_hits) > len(org) == 1
        assert org[0].path == "/x/001.txt" and "【党费】收缴" in org[0].snippet
        assert archive.search("党费", SearchFilters(topic="teaching")) == []


def test_type_year_issuer_region_filters(tmp_path):
    docs = []
    for prefix, dtype, date, issuer, region in [
        ("001", "report", "2019-12-20", "阳谷县教育和体育局", "山东省聊城市阳谷县"),
        ("003", "policy", "2017-09", "中共东昌府区委教育工作委员会", "山东省聊城市东昌府区"),
    ]:
        d = parse(seed(prefix))
        d.doc_type, d.meta.date, d.meta.issuer, d.meta.region = dtype, date, issuer, region
        docs.append(d)
    with open_archive(tmp_path / "a.db", write=True) as archive:
        for i, d in enumerate(docs):
            archive.put(f"/x/{i}.txt", d, Analysis())
        def paths(**kw):
            return {h.path for h in archive.search("换届", SearchFilters(**kw), limit=None)}
        assert paths() == {"/x/0.txt", "/x/1.txt"}
        assert paths(doc_type="report") == {"/x/0.txt"}
        assert paths(year_from=2018) == {"/x/0.txt"}
        assert paths(year_from=2017, year_to=2017) == {"/x/1.txt"}
        assert paths(issuer="东昌") == {"/x/1.txt"}
        assert paths(region="阳谷") == {"/x/0.txt"}
        assert paths(region="聊城") == {"/x/0.txt", "/x/1.txt"}
        assert paths(region="济南") == set()


def test_reindex_unchanged_replace_changed_and_prune(tmp_path):
    src = tmp_path / "docs"
    src.mkdir()
    a, b = src / "a.txt", src / "b.txt"
    shutil.copy(seed("001"), a)
    shutil.copy(seed("003"), b)
    db = tmp_path / "a.db"
    with open_archive(db, write=True) as archive:
        assert [index_file(archive, f) for f in (a, b)] == ["added", "added"]
        assert [index_file(archive, f) for f in (a, b)] == ["unchanged", "unchanged"]
    a.write_text(a.read_text(encoding="utf-8") + "\n新增段落：校园足球联赛圆满落幕。\n", encoding="utf-8")
    with open_archive(db, write=True) as archive:
        before = archive.stats()["paragraphs"]
        assert index_file(archive, a) == "replaced"
        assert archive.stats()["paragraphs"] == before + 1
        assert archive.stats()["documents"] == 2
        assert [h.path for h in archive.search("校园足球联赛")] == [str(a.resolve())]
        b.unlink()
        assert archive.prune() == [str(b.resolve())]
    with open_archive(db) as archive:  # the search index forgot b and a's old rows
        assert {h.path for h in archive.search("换届", limit=None)} == {str(a.resolve())}
        assert archive.stats()["search_pending"] == 0
        conn = sqlite3.connect(db)
        assert conn.execute("SELECT count(*) FROM sections WHERE document_id NOT IN "
                            "(SELECT id FROM documents)").fetchone()[0] == 0
        conn.close()


def test_migrates_an_older_archive_and_refuses_a_newer_one(tmp_path):
    db = tmp_path / "old.db"
    conn = sqlite3.connect(db)
    for stmt in _statements(MIGRATIONS[1]):
        conn.execute(stmt)
    conn.execute("INSERT INTO meta VALUES('schema_version', '1')")
    conn.execute("INSERT INTO documents(path, sha256, text, indexed_at) VALUES('/x', 'ab', '换届', 'now')")
    conn.commit()
    conn.close()
    with open_archive(db, write=True) as archive:
        assert archive.stats()["documents"] == 1 and archive.stats()["figures"] == 0
        assert archive.has("/x", "ab")
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == "2"
    conn.execute("UPDATE meta SET value='99' WHERE key='schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(ArchiveError, match="newer"):
        open_archive(db)


def test_not_an_archive_and_missing_archive_are_clear_errors(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(ArchiveError, match="not a policytext archive"):
        open_archive(junk)
    with pytest.raises(ArchiveError, match="no archive"):
        open_archive(tmp_path / "missing.db")
    with pytest.raises(ArchiveError, match="postgresql"):
        open_archive("postgresql://localhost/policytext")


def test_search_sidecar_is_rebuilt_from_sqlite(tmp_path):
    db = tmp_path / "a.db"
    with open_archive(db, write=True) as archive:
        for p in ("000", "001", "003"):
            index_file(archive, seed(p))
        before = [(h.paragraph, h.score) for h in archive.search("换届", limit=None)]
    shutil.rmtree(tmp_path / "a.db.search")
    with pytest.raises(ArchiveError, match="rebuild-search"):
        open_archive(db).search("换届")
    with open_archive(db, write=True) as archive:  # a writer rebuilds what is missing
        pass
    with open_archive(db) as archive:
        assert [(h.paragraph, h.score) for h in archive.search("换届", limit=None)] == before


def test_readers_search_while_a_writer_holds_the_archive(tmp_path):
    db = tmp_path / "a.db"
    writer = open_archive(db, write=True)
    index_file(writer, seed("001"))
    writer.flush()
    index_file(writer, seed("003"))  # committed in SQLite, not yet in the search index
    reader = open_archive(db)
    assert {Path(h.path).name[:3] for h in reader.search("换届", limit=None)} == {"001"}
    with pytest.raises(ArchiveError, match="another process"):
        open_archive(db, write=True)
    writer.close()
    assert {Path(h.path).name[:3] for h in reader.search("换届", limit=None)} == {"001", "003"}
    reader.close()
