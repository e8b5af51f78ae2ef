"""Search over the real seeds and corpus: known words in the right documents, recall
against a plain substring scan, snippets cut from the real text."""
from __future__ import annotations

import random
import re
import sqlite3

import jieba
import pytest

from policytext.archive import open_archive
from policytext.archive.query import matches, parse_query
from policytext.archive.text import normalize

CJK2 = re.compile(r"^[\u4e00-\u9fff]{2}$")


@pytest.fixture(scope="module")
def paragraphs(real_archive) -> dict[int, str]:
    """Every stored paragraph, id -> normalised text (what the substring scan runs over)."""
    conn = sqlite3.connect(real_archive)
    rows = {pid: normalize(text) for pid, text in conn.execute("SELECT id, text FROM paragraphs")}
    conn.close()
    return rows


def scan(paragraphs: dict[int, str], query: str) -> set[int]:
    """The baseline: evaluate the query on every paragraph by substring tests."""
    node = parse_query(query)
    return {pid for pid, text in paragraphs.items() if matches(node, text)}


def doc_stems(hits) -> set[str]:
    return {h.path.rsplit("/", 1)[-1][:3] for h in hits}


@pytest.mark.parametrize(
    "word, seeds",
    [
        ("换届", {"000", "001", "003"}),
        ("党费", {"001", "003"}),
        ("主题党日", {"001"}),
        ("党风廉政", {"003"}),
    ],
)
def test_known_words_found_in_the_right_seeds(real_archive, word, seeds):
    with open_archive(real_archive) as archive:
        hits = archive.search(word, limit=None)
    found = {s for s in doc_stems(hits) if s.isdigit()}
    assert seeds <= found
    for h in hits:  # every hit really contains the word, at the offsets it reports
        assert h.matches and "【" + word + "】" in h.snippet.replace("】【", "")


def test_match_offsets_point_into_the_document_text(real_archive):
    conn = sqlite3.connect(real_archive)
    with open_archive(real_archive) as archive:
        hits = archive.search("党费 OR 换届", limit=50)
    assert hits
    for h in hits:
        text = conn.execute("SELECT text FROM documents WHERE path=?", (h.path,)).fetchone()[0]
        assert h.start <= h.matches[0].start
        for m in h.matches:
            assert text[m.start : m.end] in {"党费", "换届"}
        assert h.snippet.replace("【", "").replace("】", "").strip("…") in text
    conn.close()


def test_two_character_recall_is_one_against_substring_scan(real_archive, paragraphs):
    """Every two-character word jieba finds in the corpus, plus 廉政-like words jieba glues
    into longer ones: the archive finds exactly the paragraphs a substring scan finds."""
    words: set[str] = set()
    for text in paragraphs.values():
        words.update(w for w in jieba.lcut(text) if CJK2.match(w))
    glued = {"廉政", "党风", "换届", "党费", "扶贫", "脱贫", "教师", "学校"}
    words |= glued
    rng = random.Random(7)
    sample = sorted(glued) + rng.sample(sorted(words - glued), 1500)
    missed, extra = 0, 0
    with open_archive(real_archive) as archive:
        for w in sample:
            got = archive.match_ids(w)
            want = scan(paragraphs, w)
            missed += len(want - got)
            extra += len(got - want)
    assert missed == 0 and extra == 0
    assert len(sample) >= 1500


def test_any_substring_and_single_characters_are_found(real_archive, paragraphs):
    """Random substrings (1-6 characters, across word boundaries) of real paragraphs."""
    rng = random.Random(11)
    texts = [t for t in paragraphs.values() if len(t) > 10]
    with open_archive(real_archive) as archive:
        for _ in range(150):
            t = rng.choice(texts)
            n = rng.randint(1, 6)
            i = rng.randrange(0, len(t) - n)
            q = t[i : i + n]
            if not q.strip() or any(c in q for c in '"“”「」()（）-－＂\u2423') or " " in q:
                continue
            assert archive.match_ids(q) == scan(paragraphs, q), q


@pytest.mark.parametrize(
    "query",
    ["党费 换届", "党费 OR 换届", "改革 -开放", '"全面 从严治党"', "(教师 OR 学生) 培训 -党员",
     "GDP", "2019年"],
)
def test_boolean_queries_equal_the_scan(real_archive, paragraphs, query):
    with open_archive(real_archive) as archive:
        assert archive.match_ids(query) == scan(paragraphs, query)


def test_ranking_puts_denser_matches_first(real_archive):
    with open_archive(real_archive) as archive:
        hits = archive.search("党费", limit=10)
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)
    assert hits[0].snippet.count("【党费】") >= 2  # the paragraph that says it twice wins


def test_searching_an_empty_result_is_empty_not_an_error(real_archive):
    with open_archive(real_archive) as archive:
        assert archive.search("量子纠缠计算机") == []
