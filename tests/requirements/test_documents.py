"""Whole real documents: offsets, paths, scope, genres, and the gold score floors."""
from __future__ import annotations

from pathlib import Path

import pytest

from policytext.pipeline import parse
from policytext.requirements import RequirementExtractor
from policytext.requirements.evaluate import evaluate, load_gold, load_split
from tests.conftest import CORPORA, CORPUS, seed

EX = RequirementExtractor()
POLICIES = sorted(CORPUS.glob("policy_*.txt")) + [seed("003")]


@pytest.mark.parametrize("path", POLICIES, ids=lambda p: p.name)
def test_offsets_are_truth(path: Path):
    doc = parse(path)
    reqs, scopes = EX.extract_all(doc)
    for r in reqs:
        assert doc.text[r.start:r.end] == r.text
        assert r.modality in ("must", "must_not", "may", "encourage")
    for s in scopes:
        assert doc.text[s.start:s.end] == s.text


def test_seed_003_model_case():
    doc = parse(seed("003"))
    reqs, scopes = EX.extract_all(doc)
    nine = [r for r in reqs if r.provision == "二.（三）.9" and r.constraint]
    assert [(r.constraint.value, r.constraint.value_max, r.constraint.period) for r in nine] == [
        (1.0, None, "3个月"), (1.0, None, "月"), (1.0, 2.0, "月")]
    assert not any(r.provision.startswith("一") for r in reqs)  # 指导思想 is background
    assert [s.kind for s in scopes] == ["applies_to"]
    items = [r for r in reqs if r.provision.startswith("二.（一）.1.（")]
    assert len(items) >= 8 and all(r.actor == "学校党组织" for r in items)


def test_regulation_paths_and_effective_date():
    doc = parse(CORPUS / "policy_govcn-hf_001.txt")
    reqs, scopes = EX.extract_all(doc)
    assert all(r.provision.startswith("第") and "条" in r.provision for r in reqs)
    assert any(s.kind == "effective" and s.date == "2018-01-01" for s in scopes)
    assert not any("施行" in r.text for r in reqs)


def test_reports_give_no_bare_imperatives():
    for prefix in ("000", "001", "004"):
        reqs = EX.extract(parse(seed(prefix)))
        assert all(r.modality for r in reqs)
        assert len(reqs) <= 10, prefix


def test_gold_is_consistent():
    root = CORPORA / "requirements"
    specs = load_split(root)
    gold = load_gold(root)
    assert len(specs) >= 6
    assert {s.split for s in specs} == {"dev", "test"}
    for spec in specs:
        assert gold.get(spec.doc), spec.doc
        for g in gold[spec.doc]:
            assert g["modality"] in ("must", "must_not", "may", "encourage")
            if g["constraint"]:
                assert g["constraint"]["kind"] in ("frequency", "minimum", "maximum", "threshold")
                assert g["constraint"]["bound"] in ("at_least", "at_most", "exactly")


def test_score_floors():
    """Pinned floors: dev is where the rules were written; test was never tuned on."""
    result = evaluate(CORPORA / "requirements", "all")
    dev, test = result["splits"]["dev"], result["splits"]["test"]
    assert dev["provision_recall"] >= 0.95 and dev["constraint_f1"] >= 0.95
    assert dev["modality_accuracy"] >= 0.95
    assert test["provision_recall"] >= TEST_FLOOR["provision_recall"]
    assert test["provision_precision"] >= TEST_FLOOR["provision_precision"]


#: the first (untuned) run on the held-out split gave recall 0.958, precision 0.919
#: (corpora/README.md); floors sit a little below it
TEST_FLOOR = {"provision_recall": 0.93, "provision_precision": 0.88}


# A 办法 written as articles (第X条), from the check pairs written here: its counted duties
# carry no 应当, and a report of the same counts states facts, not duties.
ARTICLES = CORPORA / "check" / "written" / "guideline_d.txt"


@pytest.mark.parametrize("phrase, kind, period", [
    ("党总支委员会每月至少召开1次会议", "frequency", "月"),      # first sentence of its article
    ("每季度至少召开1次党员大会", "frequency", "季度"),
    ("每名党员每年参加集中学习培训不少于40学时", "minimum", "年"),
    ("学校党组织每年向党员公布党费收缴", "frequency", "年"),
    ("推行党员积分制管理", None, None),                            # article opening with a duty verb
])
def test_article_duties_without_a_modal_verb(phrase, kind, period):
    reqs = EX.extract(parse(ARTICLES))
    hit = next((r for r in reqs if phrase in r.text), None)
    assert hit is not None, phrase
    assert hit.modality == "must"
    if kind is None:
        assert hit.constraint is None
    else:
        assert hit.constraint.kind == kind and hit.constraint.period == period


def test_counts_in_a_report_are_not_duties():
    # the same shape in a summary reports what was done
    from policytext.pipeline import parse_text

    doc = parse_text("柳塘小学党支部2024年党建工作总结\n\n一、主要做法\n\n"
                     "1.落实组织生活制度。全年召开支委会12次，每季度召开1次党员大会。\n")
    assert doc.doc_type == "report"
    assert not [r for r in EX.extract(doc) if "党员大会" in r.text]


def test_a_task_lists_who_and_when_lines_are_no_duties():
    """责任单位：… and 完成时限：… under each task of a 任务清单 say who and when; a field
    line with a comma does not run into the field line below it."""
    from policytext.pipeline import parse_text

    doc = parse_text("2025年基层党建工作重点任务清单\n一、组织建设\n"
                     "1. 党支部党员大会每季度至少召开1次。\n责任单位：各基层党组织\n完成时限：每季度\n"
                     "2. 每学期至少开展1次师德师风专项检查。\n责任单位：各学校党组织，局人事科\n"
                     "完成时限：每学期\n")
    texts = [r.text for r in EX.extract(doc)]
    assert texts == ["党支部党员大会每季度至少召开1次。", "每学期至少开展1次师德师风专项检查。"]


def test_a_heading_that_opens_with_a_number_word_is_a_heading():
    """二、十项常规 is a heading whose text starts with 十; 一、二年级… is an enumeration."""
    from policytext.pipeline import parse_text

    doc = parse_text("关于推行中小学校党建工作“十项常规”的通知\n一、总体目标\n"
                     "以提升组织力为重点，推动全市中小学校党支部建设全面进步。\n二、十项常规\n"
                     "1. 支部委员会每月至少召开1次会议。\n2. 建立党员个人学习档案，如实记录党员参学情况。\n")
    reqs = EX.extract(doc)
    hit = next((r for r in reqs if "个人学习档案" in r.text), None)
    assert hit is not None and hit.provision.startswith("二")


def test_a_list_of_duties_by_office_takes_its_doer_from_the_heading():
    """A 责任清单 by office names the doer once, in the part's heading (党组织书记（第一责任人）
    责任清单, 组织委员责任清单); its items do not repeat him."""
    from policytext.pipeline import parse_text

    doc = parse_text("中小学校党组织书记、委员党建工作责任清单\n一、党组织书记（第一责任人）责任清单\n"
                     "1. 每学期至少为全体党员讲1次党课。\n二、组织委员责任清单\n1. 每季度至少组织召开1次党员大会。\n"
                     "三、校长（党员校长）“一岗双责”清单\n1. 每学期至少听取1次分管领域党风廉政建设情况汇报。\n")
    assert [r.actor for r in EX.extract(doc)] == ["党组织书记", "组织委员", "校长"]


def test_a_bulleted_duty_starts_after_its_bullet():
    from policytext.pipeline import parse_text

    doc = parse_text("2025年全市中小学校党建工作要点\n一、重点任务\n● 支部书记每学期讲党课不少于1次。\n"
                     "—— 建立党员教师“一人一档”。\n")
    reqs = EX.extract(doc)
    assert [r.text for r in reqs] == ["支部书记每学期讲党课不少于1次。", "建立党员教师“一人一档”。"]
    assert all(doc.text[r.start:r.end] == r.text for r in reqs)
