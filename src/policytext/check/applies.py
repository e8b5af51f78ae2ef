"""Whether a provision binds the reporting school at all.

Some duties bind only schools of some size: 党员人数超过50人的学校应设立党总支, 教职工100人以上
的学校…配备专职组织员, 正式党员不足3人的学校…联合组建党支部. A school whose own count (基本情况:
现有教职工86人，党员42名) puts it outside the condition owes nothing there; an inspector does not
hold the provision against it. Only counts the report gives decide, and only a condition on the
school itself, in a report on one school: a condition on each branch (正式党员7人以上的党支部)
is not decided by the school's total, nor one school's by a county's.
"""
from __future__ import annotations

import re

from ..records import Figure
from ..requirements.constraints import NUM, parse_number
from .per_unit import members

#: a condition on the school's size: 教职工100人以上的学校, 党员人数超过50人的学校, 正式党员不足3人的
_SIZE = re.compile(
    rf"(?P<what>正式党员|党员教师|党员|教职工|专任教师|学生|在校生)(?:人数|总数|数)?(?:在|达到|达)?"
    rf"(?P<pre>超过|多于|不足|少于|不满|低于)?(?P<n>{NUM})(?:名|人)(?P<post>及以上|以上|及以下|以下)?"
    rf"的(?P<head>[\u4e00-\u9fff（）()]{{0,8}}?(?:学校|校|单位|幼儿园|学校党组织))?"
)
_AT_MOST = {"不足", "少于", "不满", "低于", "及以下", "以下"}
_STRICT = {"超过", "多于", "不足", "少于", "不满", "低于"}


def not_applicable(text: str, figures: list[Figure]) -> str | None:
    """Why the provision ``text`` does not bind the school whose report has ``figures``, or
    None when it does or the report does not say."""
    m = _SIZE.search(text)
    if m is None or (m.group("head") is None and not text[m.end():].startswith(("，", ","))):
        return None  # 正式党员7人以上的党支部: a condition on each branch, not on the school
    try:
        bound = parse_number(m.group("n"))
    except ValueError:
        return None
    if members(figures, "学校", ("所",)) is not None:
        return None  # a county's report over its 46 schools: some may fall in, some out
    what = m.group("what")
    at_most = (m.group("pre") or m.group("post") or "") in _AT_MOST
    strict = (m.group("pre") or "") in _STRICT
    count = members(figures, what)
    loose = False  # 正式党员 counted as 党员: at least as many as the 正式 ones
    if count is None and what == "正式党员":
        count, loose = members(figures, "党员"), True
    if count is None or count.value_max is not None:
        return None
    n = count.value
    if at_most:
        holds = n < bound if strict else n <= bound
        if loose and not holds and n < 2 * bound:
            return None  # 党员4名 may hold 2 预备党员: not clearly 3 正式党员 or more
    else:
        holds = n > bound if strict else n >= bound
    if holds:
        return None
    condition = m.group()[: m.group().index("的")]
    return (f"the provision binds only schools with {condition}; the report counts "
            f"{count.surface}, so it does not apply")
