"""The estimator: scikit-learn conventions, round trip through skops, behaviour on real text."""
from __future__ import annotations

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError

from policytext.classify.baseline import KeywordClassifier
from policytext.classify.data import is_test_doc, load_examples
from policytext.classify.evaluate import score
from policytext.classify.features import make_passage
from policytext.classify.model import PassageClassifier
from policytext.classify.persist import load_model, save_model
from policytext.classify.taxonomy import default_taxonomy

from ..conftest import CORPORA


@pytest.fixture(scope="module")
def data():
    ex = load_examples(CORPORA / "classify", default_taxonomy())
    train = [e for e in ex if not is_test_doc(e.doc)]
    test = [e for e in ex if is_test_doc(e.doc) and e.kind in ("heading", "paragraph")]
    return train, test


@pytest.fixture(scope="module")
def small_model(data):
    """Fitted quickly (no threshold tuning) on the training split."""
    train, _ = data
    clf = PassageClassifier.for_taxonomy(default_taxonomy(), tune_thresholds=False)
    out = clf.fit([e.passage for e in train], [(e.topics, e.function) for e in train],
                  [e.doc for e in train])
    assert out is clf  # fit returns self
    return clf


def test_init_only_stores_settings_and_clone_works():
    clf = PassageClassifier(C_topic=3.0)
    assert clf.get_params()["C_topic"] == 3.0
    assert not [k for k in vars(clf) if k.endswith("_")]
    assert clone(clf).get_params() == clf.get_params()


def test_predicting_before_fit_raises():
    with pytest.raises(NotFittedError):
        PassageClassifier().predict_labels([make_passage("加强师德师风建设。", [], 0, 10)])


def test_learned_state_ends_in_underscore(small_model):
    for name in ("vectorizer_", "topic_coef_", "topic_intercept_", "function_model_", "thresholds_",
                 "topic_labels_", "function_labels_"):
        assert hasattr(small_model, name)
    assert small_model.topic_coef_.shape[0] == len(small_model.topic_labels_)


def test_round_trip_through_skops_gives_the_same_predictions(small_model, data, tmp_path):
    _, test = data
    X = [e.passage for e in test]
    path = save_model(small_model, tmp_path / "m.skops")
    again = load_model(path, default_taxonomy())
    assert np.allclose(small_model.topic_proba(X), again.topic_proba(X))
    assert np.allclose(small_model.function_proba(X), again.function_proba(X))
    assert small_model.predict_labels(X) == again.predict_labels(X)


def test_every_prediction_has_a_topic_and_other_only_alone(small_model, data):
    _, test = data
    for p in small_model.predict_labels([e.passage for e in test]):
        labels = [t for t, _ in p.topics]
        assert labels and ("other" not in labels or labels == ["other"])
        assert 0.0 <= p.function[1] <= 1.0


POLICY = "关于加强全县中小学校党的建设工作的实施意见"
REPORT = "县教育局党委2023年度党建工作总结"


@pytest.mark.parametrize("text, title, headings, topic, function", [
    ("严格落实“三会一课”制度，支部党员大会每季度召开1次，党小组会每月召开1次。", POLICY,
     ("二、主要任务",), "org_life", "requirement"),
    ("党建工作经费列入学校年度预算，实行专项列支，每年不少于2万元。", POLICY, ("三、保障措施",),
     "resources", "safeguard"),
    ("部分教师党员参加理论学习的主动性不强，学用脱节现象仍然存在。", REPORT, ("三、存在的问题",),
     "theory_ideology", "problem"),
    ("开展师德师风专项整治，全县教师签订拒绝有偿补课承诺书。", REPORT, ("二、主要做法",),
     "teacher_ethics", "measure"),
])
def test_plain_cases(small_model, text, title, headings, topic, function):
    genre = "policy" if title == POLICY else "report"
    p = small_model.predict_labels([make_passage(text, headings, 500, 2000, title=title,
                                                 genre=genre)])[0]
    assert topic in [t for t, _ in p.topics]
    assert p.function[0] == function


def test_a_paragraph_takes_its_best_sentences_topic_scores_at_a_discount(small_model):
    """A long paragraph that spends one sentence on 经费 is about resources too: each topic
    scores max(paragraph, sentence_weight x best sentence); headings and one-sentence
    passages keep their own score."""
    sentences = ["学校党支部坚持“三会一课”制度，全年召开支部党员大会4次、支委会12次。",
                 "组织党员教师开展师德师风专题学习，签订廉洁从教承诺书。",
                 "学校在年度预算中安排党建工作经费3万元，保障党员活动室建设。"]
    para = make_passage("".join(sentences), ("二、主要做法",), 500, 2000, title=REPORT, genre="report")
    parts = [make_passage(x, ("二、主要做法",), 500, 2000, title=REPORT, genre="report") for x in sentences]
    heading = make_passage("二、主要做法", (), 400, 2000, is_heading=True, title=REPORT, genre="report")
    w = small_model.sentence_weight
    assert 0 < w < 1
    pooled = small_model.topic_proba([para, heading, parts[0]])
    own = small_model._topic_scores([para, heading, parts[0]])
    best = small_model._topic_scores(parts).max(axis=0)
    assert np.allclose(pooled[0], np.maximum(own[0], w * best))
    assert np.allclose(pooled[1:], own[1:])


def test_the_document_type_moves_the_function(small_model):
    """The same 要… sentence with the same context: rather a requirement in a guideline,
    rather a plan in a report."""
    text = "要严格落实“三会一课”制度，认真开展组织生活会和民主评议党员。"
    pol, rep = (make_passage(text, (), 1200, 2000, genre=g) for g in ("policy", "report"))
    proba = small_model.function_proba([pol, rep])
    names = [small_model.function_labels_[int(c)] for c in small_model.function_model_.classes_]
    req, plan = names.index("requirement"), names.index("plan")
    assert proba[0, req] > proba[1, req]
    assert proba[1, plan] > proba[0, plan]


def test_beats_keyword_baseline_on_held_out_seeds(small_model, data):
    """Held-out real documents: the model beats the cue-word rules.

    The test split is seeds 000/001/003/004, plus seed 002 when ../shared is beside the
    checkout (as in CI). Floors are pinned a little under what this small model measured
    — without 002: topic macro-F1 0.76 against 0.63, function accuracy 0.82 against 0.80;
    with 002: 0.74 and 0.74 — so a regression fails in either setting.
    """
    train, test = data
    X = [e.passage for e in test]
    tax = default_taxonomy()
    base = KeywordClassifier(tax).fit(None, [(e.topics, e.function) for e in train])
    truth_t, truth_f = [e.topics for e in test], [e.function for e in test]
    m = score(truth_t, small_model.predict_topics(X), truth_f, small_model.predict_function(X), tax)
    b = score(truth_t, base.predict_topics(X), truth_f, base.predict_function(X), tax)
    assert m.topic_macro_f1 > b.topic_macro_f1 + 0.03
    assert m.function_accuracy >= b.function_accuracy
    assert m.topic_macro_f1 >= 0.70 and m.function_accuracy >= 0.72


def test_the_model_remembers_its_training_documents(small_model, data):
    train, _ = data
    assert small_model.train_docs_ == sorted({e.doc for e in train})


def test_a_saved_model_is_scored_only_on_documents_it_never_saw(small_model, data):
    """`evaluate classify --unseen`: the seeds were held out of this model, so they can be
    scored as they are; a training document is refused rather than scored as unseen."""
    from policytext.classify.evaluate import evaluate_saved
    from policytext.errors import DataError

    train, test = data
    tax = default_taxonomy()
    r = evaluate_saved(small_model, test, train, tax, "seeds")
    assert r.systems["model"].n == len(test)
    assert set(r.per_doc) == {e.doc for e in test}
    assert r.systems["model"].topic_macro_f1 > r.systems["keyword baseline"].topic_macro_f1
    seen_doc = train[0].doc
    with pytest.raises(DataError, match="trained on"):
        evaluate_saved(small_model, [e for e in train if e.doc == seen_doc], train, tax, "x")
