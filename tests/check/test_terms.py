"""Provision words found in report passages through the genre's synonyms (data/check/synonyms.yaml)."""
from __future__ import annotations

import pytest

from policytext.check.terms import content_words, found


@pytest.mark.parametrize("word, passage, hit", [
    ("转接", "新调入3名党员教师，报到后半个月内全部转入了组织关系。", True),
    ("交纳", "党费由组织委员在每个季度末统一收取。", True),
    ("轮训", "分两期举办党支部书记能力提升培训班。", True),
    ("课题", "申报的党建课题没有立项。", True),
    ("审核", "讲座内容事前没有报支部审批。", True),
    ("举报电话", "在校门口公示了师德问题举报热线和受理邮箱。", True),
    ("修订", "董事会审议通过章程修正案。", True),
    ("担任", "党支部书记由校长兼任。", True),
    ("突击", "临近毕业扎堆发展。", True),
    # a synonym is one way: 公示 is not 党务公开, and 转接 is not any 转
    ("党务公开", "积分情况3月底、6月底在活动室公示。", False),
    ("转接", "学校转变工作作风。", False),
    ("排查", "春季和秋季开学后，学校各组织一次规范收费自查。", True),
    # a rate is found where what it rates is
    ("达标率", "5个党支部中有4个通过达标验收。", True),
    ("签订率", "全校教职工全部签订承诺书。", True),
    ("参训率", "全体党员参加了集中学习。", False),
    # a coverage rate is met where 党组织 were set up; a register kept by name; a transfer in
    ("覆盖率", "37所民办中小学校已全部建立党组织。", True),
    ("台账", "各校全部建立了党员教职工名册并实行动态更新。", True),
    ("转入", "组织关系接转平均用时41天。", True),
    ("台账", "各校建立了师德考核制度。", False),
    ("记录本", "会议记录统一使用印制的记录簿。", True),
    ("保管", "每学期结束后由党总支办公室收回，集中存档。", True),
    ("场馆", "组织党员赴革命烈士纪念馆接受现场教育。", True),
    ("值守", "学校每天安排3名党员教师在校门口执勤。", True),
    ("带队", "由值周的党员校级领导带领党员教师开展巡查。", True),
    ("研讨", "中心组全年集中学习14次，开展交流发言。", True),
    # money earmarked is that money; a meeting goes by its short name
    ("教育经费", "全年从学校公用经费中列支党员教育专项经费9000元。", True),
    ("办公会议", "均经支委会集体研究决定后，再由校长办公会部署落实。", True),
    ("会议", "再由校长办公会部署落实。", False),
    ("结对", "今年我与2024年入职的青年教师宋佳结成师徒对子。", True),
])
def test_genre_synonyms(word, passage, hit):
    assert found(word, passage) is hit


def test_an_enumeration_is_one_slot_met_by_any_item():
    from policytext.check.terms import ANY, Coverage, content_words

    words = content_words("校内举办的讲座、报告会、研讨会、论坛等活动实行一会一报审批制度")
    slot = next(w for w in words if ANY in w)
    assert slot.split(ANY) == ["讲座", "报告会", "研讨会", "论坛"]
    assert "活动" in words and "审批" in words  # the words around the list stay as they are
    cov = Coverage(["对外请人员进校开展的讲座逐场登记审批。", "学校召开家长会。"])
    # naming one item of the list covers the whole slot, not a quarter of it
    assert cov.share((slot,), 0) == 1.0
    assert cov.share((slot,), 1) == 0.0


def test_a_list_ends_where_a_long_stretch_between_two_commas_begins():
    from policytext.check.terms import ANY, content_words

    words = content_words("党组织书记做好校级干部的教育、培养、管理和监督工作注重从优秀年轻教师、"
                          "骨干教师中选拔培养后备干部")
    slots = [w for w in words if ANY in w]
    assert slots == ["教育/培养/管理/监督", "教师/骨干教师"]
    assert "后备干部" in words


def test_when_a_duty_is_due_is_not_what_it_is():
    from policytext.check.terms import content_words

    words = content_words("党支部委员会任期届满的，应于2024年6月底前完成换届选举。")
    assert "换届选举" in words
    assert not {"月底", "应于"} & set(words)


def test_how_often_and_how_many_are_left_to_the_constraint():
    from policytext.check.terms import content_words

    # 每半年 is how often; 1次 would be glued to the next word (次思政课) by jieba
    assert content_words("学校党组织书记每半年至少为学生讲授1次思政课") == (
        "学校", "党组织", "书记", "学生", "讲授", "思政课")
    # a unit that names what is counted stays
    assert "学时" in content_words("集中培训不少于32学时")


def test_a_long_stretch_before_等_is_no_list_item():
    from policytext.check.terms import ANY, content_words

    words = content_words("述职报告应当重点报告履行抓党建第一责任人职责、上年度述职评议反馈问题"
                          "整改落实和下一步工作思路等情况。")
    assert not any(ANY in w for w in words)
    assert {"整改", "反馈", "责任人"} <= set(words)


def test_a_dictionary_word_does_not_steal_a_genre_verb():
    """要约谈其举办者: 要 (must) + 约谈 (summon for a talk), not 要约 (a legal offer) + 谈其."""
    from policytext.check.terms import content_words

    words = content_words("对整改不到位的民办学校，要约谈其举办者和主要负责人。")
    assert "约谈" in words and "要约" not in words


def test_a_compound_does_not_hide_its_parts():
    """在优秀青年教师中发展党员: 优秀/青年教师, so a report's 青年教师 holds one of them."""
    from policytext.check.terms import content_words

    words = content_words("党组织应当注重在优秀青年教师中发展党员。")
    assert "青年教师" in words and "优秀青年" not in words


def test_the_synonym_lexicon_names_each_word_once():
    """A word written twice in synonyms.yaml would silently lose its first list."""
    import re
    from collections import Counter
    from importlib import resources

    text = resources.files("policytext.data.check").joinpath("synonyms.yaml").read_text("utf-8")
    keys = Counter(m.group(1) for m in re.finditer(r"^([^#\s][^:]*):", text, re.MULTILINE))
    assert [k for k, n in keys.items() if n > 1] == []


def test_a_fraction_is_a_number_not_words():
    assert content_words("选举大会须有应到会党员五分之四以上到会方可进行。") == ("选举", "大会", "应到", "党员", "方可")
