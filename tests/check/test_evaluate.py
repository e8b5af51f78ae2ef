"""`policytext evaluate check` on the gold pairs of corpora/check, and the genre weights it uses."""
from __future__ import annotations

import pytest

from policytext.check.evaluate import evaluate
from policytext.check.genre import genre_idf
from policytext.check.terms import content_words

from ..conftest import CORPORA, ROOT

GOLD = CORPORA / "check" / "gold.jsonl"


@pytest.fixture(scope="module")
def score():
    return evaluate(GOLD, ROOT)


#: provisions the requirements step does not extract yet: a 办法's plain statements in its
#: chapters of duties (第十七条 考核结果计入…年度考核), which carry no modal word, no number
#: and no opening duty verb. Reading them as duties everywhere cost precision on the real
#: regulations of the requirements gold (test 0.933 -> 0.761), so they stay a known gap.
KNOWN_UNEXTRACTED = {
    ("written_p", "书记个人年度考核"), ("written_p", "在全县教育系统内通报"),
    ("written_p", "述职评议档案"), ("written_p", "在述职评议考核中弄虚作假"),
    # 要专款专用，不得挪作他用: two cues of two modalities, read as two provisions
    ("written_ah", "专款专用，不得挪作他用"),
    # 要注重在…中发现和培养…: under 一、把准总体要求, with no body named, no bound and no ban
    ("written_ao", "注重在班主任、教研组长"),
}


def test_every_gold_provision_is_found(score):
    assert score.rows >= 3702
    missed = {(d["pair"], d["anchor"]) for d in score.details if d["predicted"] == "unmatched"}
    assert missed <= KNOWN_UNEXTRACTED
    assert score.unmatched == len(missed)


def test_agreement_floor(score):
    # measured 0.828 (3065) over 3702 rows (169 pairs, classifier of 2026-11-23) when the rules were last changed; the statuses
    # also move with the shipped classifier (problem/plan passages), so the floor has room
    assert score.overall >= 0.77, score.by_pair


#: mets where the truth is shortfall that are known and not fixed yet, each with why; any
#: other fails the test
KNOWN_MET_ON_SHORTFALL: set[tuple[str, str]] = {
    # members named one by one (sealed pair ei): 唐晓燕、方志远全年各上示范课1节 falls short of
    # 每学期至少上1节, but the ten before them (春季、秋季两个学期各上示范课1节以上) outrank it
    ("written_ei", "每学期至少上1节示范课"),
    # a 党员冬训 report (sealed pair ep): the training's hours, given day by day (8+6+6 = 20),
    # fall short of 累计不少于24学时, but 83名参训党员累计线上学习664学时 outranks them and
    # 为期3天 meets the provision's other bound
    ("written_ep", "累计不少于24学时"),
    # a 责任清单 by office (sealed pair ex): the 书记's duty to give a 党课 each term, against
    # 全年为全体党员讲党课3次 of which the 校长 and the 副书记 gave two; who gave them is not read
    ("written_ex", "为全体党员讲1次党课"),
    # duties with exceptions (sealed pair fa): 毕业年级党员除外 leaves 29 of 38 members bound, and
    # 25 and 26 took part; the report's months (3月、9月) outrank the members left out
    ("written_fa", "每学期至少参加1次志愿服务活动"),
    # clean-school work (sealed pair fc): 秋季学期代收代管费用收支情况未按要求公开 is admitted, but
    # the spring term's 公开 shown done states more of the duty and outweighs it
    ("written_fc", "财务收支情况应通过校务公开栏"),
    # coverage in words (sealed pair ff): 各党支部每月固定1天开展主题党日活动，党员参加率须达到100% is
    # cut into two items; 12次 meets the first, and the hedge (除个别因病请假外) reaches only the second
    ("written_ff", "每月固定1天开展主题党日活动"),
    # gaps admitted softly (sealed pair fh): 31名党员专任教师中有24人与学生结成帮扶对子 leaves seven with
    # none, but 共帮扶…39名 over the 31 (1.26 each) decides a duty of each first
    ("written_fh", "至少结对帮扶1名学困生"),
    # intentions in the work sections (sealed pair fi): 37 of 68 党员教师 in 示范岗 is 54.4%, but a
    # share worked out of the 68 against the 68 the report counts (100%) outranks it
    ("written_fi", "示范岗创建的比例不低于60%"),
    # shares of different wholes (sealed pair fs): 35岁以下青年教师920人，其中党员240人 (26.1%) is a
    # share of 青年教师, not of 党员教师 (240 of 1,012 is 23.7%); the two wholes share the word 教师,
    # which is enough for the half of the words the whole is matched by
    ("written_fs", "青年党员占党员教师总数"),
}


def test_never_met_where_the_report_falls_short(score):
    found = {(d["pair"], d["anchor"]) for d in score.details
             if d["gold"] == "shortfall" and d["predicted"] == "met"}
    assert found <= KNOWN_MET_ON_SHORTFALL
    assert score.met_on_shortfall == len(found)


@pytest.mark.parametrize("specific, generic", [
    ("民主评议", "开展"), ("换届", "党员"), ("三重一大", "学校"), ("有偿补课", "教师"),
])
def test_genre_weights_rank_specific_duties_above_common_words(specific, generic):
    assert genre_idf(specific) > genre_idf(generic) + 1.0


def test_comparison_fragments_are_not_content_words():
    # 不少于 and 不低于 are constraints, judged apart; jieba cuts them into 不少/于 and 不/低于
    words = content_words("党建工作考核结果在学校年度综合考核中所占权重不低于20%，培训不少于56学时")
    assert not {"不少", "低于", "中所"} & set(words)
    assert {"权重", "培训", "学时"} <= set(words)


def test_genre_table_rebuild_refuses_bad_paths_and_keeps_the_table(tmp_path, capsys):
    from importlib import resources

    from policytext.check.build_genre import main

    table = resources.files("policytext.data.check").joinpath("genre_df.tsv").read_text("utf-8")
    assert main([str(tmp_path / "missing")]) == 2
    assert main([str(tmp_path)]) == 2  # a folder without .txt paragraphs
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all(e.startswith("error: ") for e in err)
    assert resources.files("policytext.data.check").joinpath("genre_df.tsv").read_text("utf-8") == table
