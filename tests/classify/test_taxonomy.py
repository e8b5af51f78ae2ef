"""The taxonomy file: it matches docs/taxonomy.md and bad files fail with one clear error."""
from __future__ import annotations

import re

import pytest

from policytext.classify.taxonomy import default_taxonomy, load_taxonomy, taxonomy_from_dict
from policytext.errors import DataError

from ..conftest import ROOT


def _doc_labels(section: str) -> list[str]:
    text = (ROOT / "docs" / "taxonomy.md").read_text(encoding="utf-8")
    part = text.split(f"## {section}")[1].split("\n## ")[0]
    return re.findall(r"^\| `([a-z_]+)` \|", part, flags=re.MULTILINE)


def test_default_taxonomy_matches_the_documented_labels():
    tax = default_taxonomy()
    assert tax.topic_labels == _doc_labels("Topics")
    assert tax.function_labels == _doc_labels("Functions")


def test_every_topic_but_other_has_cue_words_and_a_chinese_name():
    for d in default_taxonomy().topics:
        assert d.zh
        assert d.cues or d.label == "other"


def test_fingerprint_depends_on_labels_only():
    a = taxonomy_from_dict({"topics": ["x", "other"], "functions": ["f", "other"]})
    b = taxonomy_from_dict({"name": "b", "topics": [{"label": "x", "zh": "某"}, "other"],
                            "functions": ["f", "other"]})
    c = taxonomy_from_dict({"topics": ["y", "other"], "functions": ["f", "other"]})
    assert a.fingerprint == b.fingerprint != c.fingerprint


@pytest.mark.parametrize("data, message", [
    ([], "mapping"),
    ({"topics": [], "functions": ["other"]}, "non-empty list of topics"),
    ({"topics": ["a"], "functions": ["other"]}, "catch-all"),
    ({"topics": ["Bad Label", "other"], "functions": ["other"]}, "lower-case"),
    ({"topics": ["a", "a", "other"], "functions": ["other"]}, "repeated"),
    ({"topics": [{"label": "a", "cues": "党费"}, "other"], "functions": ["other"]}, "cues"),
    ({"topics": [{"zh": "无标签"}], "functions": ["other"]}, "'label'"),
])
def test_malformed_taxonomies_raise_data_error(data, message):
    with pytest.raises(DataError, match=message):
        taxonomy_from_dict(data)


def test_user_taxonomy_from_json_and_yaml(tmp_path):
    j = tmp_path / "t.json"
    j.write_text('{"topics": ["funding", "other"], "functions": ["plan", "other"]}', encoding="utf-8")
    y = tmp_path / "t.yaml"
    y.write_text("topics: [funding, other]\nfunctions: [plan, other]\n", encoding="utf-8")
    assert load_taxonomy(j).topic_labels == load_taxonomy(y).topic_labels == ["funding", "other"]


def test_missing_and_unreadable_taxonomy_files(tmp_path):
    with pytest.raises(DataError, match="no such taxonomy"):
        load_taxonomy(tmp_path / "nope.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("topics: [a, other\n", encoding="utf-8")
    with pytest.raises(DataError, match="cannot read"):
        load_taxonomy(bad)
