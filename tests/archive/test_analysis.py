"""The archive stores what the real extractors and the shipped classifier produce, and
figure and topic queries find it (not records built by hand: the whole pipeline)."""
from __future__ import annotations

from pathlib import Path

from policytext.archive import FigureQuery, SearchFilters, open_archive, parse_query


def test_figure_query_finds_the_member_count_of_seed_001(real_archive):
    with open_archive(real_archive) as ar:
        hits = ar.search_figures(FigureQuery(subject="党员", min=1000, units=["人"]))
    assert [(Path(h.doc).name[:3], h.surface, h.value) for h in hits] == [("001", "1510人", 1510.0)]
    assert "党员人数达1510人" in hits[0].sentence


def test_figure_query_by_range_and_unit_across_the_work_reports(real_archive):
    with open_archive(real_archive) as ar:
        hits = ar.search_figures(FigureQuery(subject="国内生产总值", min=1e13, units=["元"]), limit=None)
    assert len(hits) >= 8  # GDP in trillions of yuan, stated in many government work reports
    assert all(h.value >= 1e13 and h.unit == "元" and "国内生产总值" in (h.subject or "") for h in hits)
    assert all(h.surface in h.sentence for h in hits)


def test_every_document_was_analysed(real_archive):
    with open_archive(real_archive) as ar:
        stats = ar.stats()
    assert stats["figures"] > 1000 and stats["requirements"] > 100 and stats["labels"] > 1000


def test_topic_filter_uses_the_classifier_labels(real_archive):
    with open_archive(real_archive) as ar:
        all_hits = ar.search(parse_query("党费"), None, None)
        dues = ar.search(parse_query("党费"), SearchFilters(topic="resources"), None)
    assert dues and len(dues) <= len(all_hits)
    assert {Path(h.doc).name[:3] for h in dues} <= {"001", "003"}  # the two seeds that speak of dues
