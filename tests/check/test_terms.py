"""Provision words found in report passages through the genre's synonyms (data/check/synonyms.yaml)."""
from __future__ import annotations

import pytest

from policytext.check.terms import found


@pytest.mark.parametrize("word, passage, hit", [
    ("转接", "新调入3名党员教师，报到后半个月内全部转入了组织关系。", True),
    ("交纳", "党费由组织委员在每个季度末统一收取。", True),
    ("轮训", "分两期举办党支部书记能力提升培训班。", True),
    ("课题", "申报的党建课题没有立项。", True),
    ("审核", "讲座内容事前没有报支部审批。", True),
    # a synonym is one way: 公示 is not 党务公开, and 转接 is not any 转
    ("党务公开", "积分情况3月底、6月底在活动室公示。", False),
    ("转接", "学校转变工作作风。", False),
])
def test_genre_synonyms(word, passage, hit):
    assert found(word, passage) is hit
