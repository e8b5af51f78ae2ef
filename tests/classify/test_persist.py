"""Model files: missing, foreign, untrusted or mismatched files fail with advice to retrain."""
from __future__ import annotations

import pytest
import skops.io as sio
from sklearn.svm import SVC

from policytext.classify.persist import TRUSTED, default_model_path, load_model
from policytext.classify.taxonomy import taxonomy_from_dict
from policytext.errors import ModelError

ADVICE = "run `policytext train`"


def test_missing_model_says_how_to_train(tmp_path):
    with pytest.raises(ModelError, match=r"no model at .*nope\.skops.*run `policytext train`"):
        load_model(tmp_path / "nope.skops")


def test_env_variable_points_at_another_model(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYTEXT_MODEL", str(tmp_path / "elsewhere.skops"))
    assert default_model_path() == tmp_path / "elsewhere.skops"
    with pytest.raises(ModelError, match="elsewhere.skops"):
        load_model()


def test_garbage_file_is_refused(tmp_path):
    bad = tmp_path / "bad.skops"
    bad.write_bytes(b"not a zip file at all")
    with pytest.raises(ModelError, match=ADVICE):
        load_model(bad)


def test_untrusted_types_are_refused(tmp_path):
    path = tmp_path / "svc.skops"
    sio.dump({"clf": SVC(), "f": print}, path)
    with pytest.raises(ModelError, match=ADVICE):
        load_model(path)


def test_other_object_is_refused(tmp_path):
    path = tmp_path / "dict.skops"
    sio.dump({"a": 1}, path)
    with pytest.raises(ModelError, match="not a trained policytext classifier"):
        load_model(path)


def test_trusted_list_is_explicit_and_names_our_types():
    assert "policytext.classify.model.PassageClassifier" in TRUSTED
    assert not any("pickle" in t or t.startswith("builtins.eval") for t in TRUSTED)


def test_shipped_model_loads_and_rejects_another_taxonomy():
    model = load_model()
    assert model.topic_labels_[-1] == "other"
    other = taxonomy_from_dict({"topics": ["funding", "other"], "functions": ["plan", "other"]})
    with pytest.raises(ModelError, match="another taxonomy"):
        load_model(taxonomy=other)


def test_shipped_model_is_small():
    assert default_model_path().stat().st_size < 20_000_000
