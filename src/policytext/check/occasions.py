"""What a report says in words rather than figures: spelled counts, shares and dates of work.

The figure extractor leaves small spelled numbers alone (一是, 两个维护 …), but a report
that says 先后为党员讲了两次党课 states a count a frequency can be held against; and one
that says 9月份进行换届选举 dates work a deadline (6月底前完成换届) can be held against;
one that says 共14人，其中党员6人 states a share a 比例不低于50% can be held against.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from ..figures.numerals import NumeralError, approximate_range, parse_number
from ..figures.tables import header_rows, headers, rows
from ..records import Figure
from .per_unit import members, school_kinds

#: a spelled count of occasions: 两次, 三场, 十二次 (not 一次性, 一次次), or of days at a rate
SPELLED = re.compile(r"(?<![第每])([一二两三四五六七八九十]{1,3}(?:(?<=十)[来多余])?)(次|场|期|天|回|趟)(?![性次])"
                     # lessons, where a 课 is named next to them (上了三节示范课, 示范课三节), not
                     # the holidays of 两节期间
                     r"|(?<=课)([一二两三四五六七八九十]{1,3})(节|堂)|(?<![第每])([一二两三四五六七八九十]{1,3})(节|堂)(?=[\u4e00-\u9fff]{0,4}课)")
#: a rate just before a spelled count, in the same clause: 每季度召开一次 counts one a
#: quarter (not 每学期开学初和期中各召开一次, which is two)
RATE = re.compile(r"每(?:个|[两二三四半2-6]个?)?(?:学年|学期|季度|年|月|周|星期)[^，,。；;：:各]{0,10}$")
#: a fixed schedule states a rate without a count: 每月15日为支部固定活动日, 把每周三下午
#: 固定为组内研讨时间, 支委会固定在每月第一个星期一召开, 在每个季度末统一收取, 按月集中学习
#: (once a period), 每月10日前收齐 (a day of each month), 每一周都有…记录 (every period)
#: a rate that opens a sentence as its time (每个季度，我都和…谈一次心): it governs the sentence
LEAD_RATE = re.compile(r"[^，,。；;]{0,4}?每(?:个)?(?:学年|学期|季度|月|周|星期)[，,]")
SCHEDULE = re.compile(r"每(?:个)?(?:周|月|季度|学期)[^，,。；;]{0,14}?(?:固定|定为|确定为)"
                      r"|[按逐](?:周|月|季度|学期)(?=[\u4e00-\u9fff]{0,4}(?:召开|开展|组织|集中|学习|收取|收缴|交纳|缴纳|公示|公开|公布|通报|报送))"
                      r"|固定(?:在|于)每(?:个)?(?:周|月|季度|学期)"
                      r"|每(?:个)?(?:月|季度|学期)(?:末|初|底|上旬|中旬|下旬)(?=[\u4e00-\u9fff]{0,4}(?:召开|收取|收缴|交纳|缴纳|公示|公开|公布|通报|报送|开展|组织))"
                      # a day of each month: 每月10日前收齐, 每月5号召开
                      r"|每(?:个)?月\d{1,2}(?:日|号)"
                      # a day of each week or month: 坚持每周三下午集体备课, 每月第一个周一召开
                      r"|每(?:个)?(?:周|星期)[一二三四五六日](?![次节天个名人])"
                      r"|每(?:个)?月(?:的)?第[一二三四1-4]个?(?:周|星期)[一二三四五六日]?"
                      # once every N periods, said as a pair: 两周一回, 一月一次, 三个月一次
                      r"|(?<![每\d一二两三四五六七八九十])(?:[一两二三四]|[1-4])个?(?:周|星期|月|季度)[一1](?:回|次|趟)"
                      # every period without a gap: 每一周都有碰头记录, 每个月都召开, 每学期都开展
                      r"|每(?:一|个|一个)?(?:周|星期|月|季度|学期)(?:都|均|从不间断|从未间断)")
#: days times hours a day: 集中培训4天、每天6个学时 (24学时), 为期3天，每天8学时,
#: 脱产学习5天，每天安排课程8学时
_DAY_N = r"(\d+(?:\.\d+)?|[一二两三四五六七八九十]{1,3})"
PER_DAY = re.compile(rf"{_DAY_N}个?(?:半天|天|日)[^。；;]{{0,8}}?每个?(?:半天|天|日)[\u4e00-\u9fff]{{0,6}}?"
                     rf"{_DAY_N}个?(学时|课时|小时)")
#: a per-head count in words (党员老师每人结对三名留守儿童): the figure extractor leaves
#: single Chinese digits alone, since most (三会一课, 两个维护) are no statistics
PER_HEAD_SPELLED = re.compile(r"每(?:人|名[\u4e00-\u9fff]{1,6}?|位[\u4e00-\u9fff]{1,6}?)[\u4e00-\u9fff]{0,6}?"
                              r"(?<![第每])([一二两三四五六七八九十]{1,3})(名|人|个|户|次|节)")
#: an ordinal that counts the occasions so far (这是今年继4月份之后召开的第二次专题推进会):
#: the count of that work by then, unless the report gives a count of its own
ORDINAL = re.compile(r"第([二三四五六七八九十]{1,3}|[2-9]|1\d)(次|场|堂|回)(?!全体会议|全会|会议精神)")
#: a report title that says the report covers half a year, or a quarter
HALF_YEAR = re.compile(r"[上下]半年|半年(?:度)?(?:工作)?(?:小结|总结|报告)")
QUARTER = re.compile(r"第?([一二三四1-4])季度")
#: a month's report (党建工作月报（2025年10月）, 2025年10月份党建工作小结)
MONTH_REPORT = re.compile(r"(?=.*月报|.*月份?(?:党建)?工作(?:小结|总结|情况))(?:.*?(?:19|20)\d{2}年)?(\d{1,2})月")
#: the thing a count counts: the words after it, to the clause end (一次全体党员大会)
_THING = re.compile(r"[^，,。；;：:]{0,10}")
#: what lists occasions before a 各 (3月和6月, 开学初、期中)
_LISTED = re.compile(r"[和、及与]")
#: 各 before a body (各支部, 各校): each doer, not each of the occasions listed
_EACH_DOER = re.compile(r"(?:党)?(?:支部|党小组|学校|校|单位|年级|教研组|班级)")
#: a deadline in a provision: 6月底前, 3月31日前, 10月底之前
DEADLINE = re.compile(r"(\d{1,2})月(?:底|末|(\d{1,2})日)?(?:之)?前")
#: a provision that asks for every one: 全覆盖, 100%
ALL = re.compile(r"全覆盖|全部|100[%％]|百分之百")
#: a report passage that says every one did it: 全部签字, 均已完成, 无一遗漏, 应交尽交
EVERY = re.compile(r"全部|均已|无一(?:人|个|所|名|家)?(?:遗漏|例外|缺)|没有一(?:人|个|所|家)(?:遗漏|缺)|全覆盖|"
                   r"应([\u4e00-\u9fff])尽\1|100[%％]|百分之百|足额(?:收缴|交纳|缴纳|收取)|无(?:一人)?拖欠|"
                   # 每个村小都建了…, 人人都签了, 一个不落
                   r"每(?:个|所|名|位|处)[\u4e00-\u9fff、]{0,8}?都|人人都|个个都|全都|一(?:个|所|人|名)不(?:落|少|漏)")
#: a report's part of a whole: 14名教工党支部书记中，已有11人… / 9名…书记中，8名是…
#: a whole number as reports write it, with or without thousands separators (1,250)
_N = r"(\d{1,3}(?:,\d{3})+|\d+)"
PART = re.compile(rf"{_N}(名|个|所|人|家)(?:[^，,。；;\d]|\d+周?岁){{0,16}}?中[，,]?(?:已经|已)?有?{_N}(名|个|所|人|家)")
#: …of a whole listed in parts (6所村小、3个教学点中已有5个: 5 of 9)
LISTED_PART = re.compile(rf"(?:{_N}(?:名|个|所|人|家)[\u4e00-\u9fff]{{1,8}}?[、和及与]){{1,4}}"
                         rf"{_N}(名|个|所|人|家)[\u4e00-\u9fff]{{1,8}}?中[，,]?(?:已经|已)?有?{_N}(名|个|所|人|家)")
_COUNT_IN = re.compile(rf"{_N}(?:名|个|所|人|家)")
#: a whole due and the part of it done: 共有31个党支部任期届满，…已完成换届选举28个 /
#: 全县共有26所学校应建立…，已建立22所 (the part counts what was done: 换届选举)
PART_DONE = re.compile(rf"共有?[\u4e00-\u9fff]{{0,8}}?{_N}(名|个|所|人|家)[^。；;\d]{{0,24}}?[，,][^。；;\d]{{0,30}}?"
                       r"(?:已经|已|仅|只|实际)(完成|实现|建立|组建|落实|签订|参加|参训|通过|开展)"
                       rf"([\u4e00-\u9fff]{{0,8}}?)(?<![中里]){_N}(名|个|所|人|家)(?![\u4e00-\u9fff]{{0,2}}[中里])")
#: a whole and a named part of it: 中层干部共14人，其中党员6人 / 教师7人，其中专职3人
#: (hours and money too: 集中培训40学时，其中师德专题8学时)
_SHARE_UNITS = "名|人|位|个|所|家|学时|课时|小时|万元|元"
_D = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"  # …and amounts: 1.2万元，其中…0.6万元
SHARE = re.compile(rf"{_D}({_SHARE_UNITS})[^\d，,。；;：:]{{0,12}}?[，,]\s*其中((?:[^\d，,。；;：:]|\d+周?岁){{1,14}}?)"
                   rf"{_D}({_SHARE_UNITS})")
#: a whole, then a named part of it: 全校62名班主任中党员27名, 186名教职工中党员教师86名
WHOLE_IN = re.compile(rf"{_D}({_SHARE_UNITS})([\u4e00-\u9fff]{{1,8}}?)中[，,]?(?![已有还仍尚共只仅都均])([\u4e00-\u9fff]{{1,8}}?)"
                      rf"{_D}({_SHARE_UNITS})")
#: those expected and those who came: 应到会32人，实到30人 / 推荐代表…共84名，当天实际到会65名 /
#: 全年主题党日应到党员552人次，实到478人次 / 应参训46人，实际参训46人
ATTENDED = re.compile(rf"(?:应到会?|应参会|应参加|应出席|应参训|应参学|共有?)[\u4e00-\u9fff]{{0,6}}?{_N}(名|人次|人|位)"
                      r"[^\d。；;]{0,16}?((?:实际|实)(?:到会|参会|出席|参加|参训|参学|到)|到会|出席)"
                      rf"[\u4e00-\u9fff]{{0,4}}?{_N}(名|人次|人|位)")
ATTENDANCE_WORDS = "（到会率、出席率、参会率、参加率、参训率、参学率）"
#: two groups as a ratio: 党员与非党员骨干比为1:2 (the first is a third of both)
TWO_GROUPS = re.compile(r"([\u4e00-\u9fff]{1,10}?)与([\u4e00-\u9fff]{1,12}?)(?:人数)?(?:之)?比(?:例)?(?:为|是|达到?)?"
                        r"(\d{1,3})\s?[:：]\s?(\d{1,3})(?![:：\d])")
#: a part over its whole written with a slash: 参训36/38名, 支委会完成12/12次 (not 2025/6/30)
SLASHED = re.compile(r"(?<![\d/／.])(\d{1,4})\s?[/／]\s?(\d{1,4})(名|人次|人|位|个|所|次|项|节|场|期|篇|户)"
                     r"(?![/／\d])")
#: …or on two lines of a minutes' header (应到人数：24人 / 实到人数：21人)
ATTENDED_LINES = re.compile(rf"应到(?:会)?(?:人数|党员)?[：:]\s*{_N}(名|人)\s*\n\s*(实到(?:会)?)(?:人数|党员)?[：:]\s*{_N}(名|人)")
#: a count split into grades (评定“好”等次10名、“较好”等次14名、“一般”等次4名): each grade's
#: share of their sum
_GRADE = r"[“\"]?([\u4e00-\u9fff]{1,4})[”\"]?(?:等次|等级|档次)?(\d+)(名|人|个|所)"
GRADES = re.compile(rf"{_GRADE}(?:、{_GRADE}){{2,}}")
_ONE_GRADE = re.compile(_GRADE)
#: …or two or more grades named by their words, set apart by commas too (评定为优秀等次的8名，
#: 合格13名): each grade's share of their sum
_GRADE_WORD = r"[“\"]?(优秀|良好|较好|基本合格|不合格|合格|基本称职|不称职|称职|一般|较差)[”\"]?(?:等次|等级|档次)?的?(\d+)(名|人)"
NAMED_GRADES = re.compile(rf"{_GRADE_WORD}(?:[、，,]{_GRADE_WORD})+")
_ONE_NAMED_GRADE = re.compile(_GRADE_WORD)
#: a part of a group whose size the report states elsewhere: 在职党员中有29人… (其中在职党员52名),
#: 民办幼儿园中已建立党组织的有83所 (民办幼儿园112所)
GROUP_PART = re.compile(r"([\u4e00-\u9fff]{2,8})中((?:已经|已)?[\u4e00-\u9fff]{1,10}的)?(?:有|共有)?(\d+)(名|人|所|个|家)")
#: points out of a whole score: 在百分制考核细则中占10分, 满分100分，其中党建工作占20分
POINTS = re.compile(r"(?:百分制|(?:满分|总分)(?:为)?(\d+)分)[^。；;\d]{0,16}?占(\d+(?:\.\d+)?)分")
#: the run of words up to a clause break, forward (_AFTER) or back (_BEFORE)
_AFTER = re.compile(r"[^，,。；;]*")
_BEFORE = re.compile(r"[^，,。；;]*$")
#: measure words that count people, and those that count bodies
_PEOPLE, _BODIES = set("名人位"), set("个所家")
_HOURS = {"学时", "课时", "小时"}


def _int(digits: str) -> int:
    return int(digits.replace(",", ""))


def _num(digits: str) -> float:
    return float(digits.replace(",", ""))
#: a month named in a report passage: 9月, 9月份, 9月12日, 4月中旬
MONTH = re.compile(r"(?<!\d)(\d{1,2})月(?:份|上旬|中旬|下旬|底|(\d{1,2})日)?")


#: an occasion named by its time: 3月, 开学初, 期中, 期末, 春节, 暑假, 第一季度, 春 (of 春、秋两个学期);
#: not a name (许秋云)
_WHEN_WORD = re.compile(r"月|日|初|末|期|季|节|周|年|假|旬|[^\u4e00-\u9fff]前|^[春夏秋冬]$")


def _listed_before_each(before: str) -> tuple[int, str, int] | None:
    """The clause ending ``before`` (where it starts, its words, where its last 各 is), when
    something is listed before that 各."""
    cut = max(before.rfind(c) for c in "，,。；;：:（(") + 1  # an aside opens a clause of its own
    clause = before[cut:]
    at = clause.rfind("各")
    return (cut, clause, at) if at > 0 else None


def spread(before: str) -> tuple[int, int] | None:
    """(n, offset) when the clause ending ``before`` spreads a count over n listed
    occasions (3月和6月各召开, 开学初、期中和期末各): the count is then n times itself.
    ``offset`` is where the clause starts in ``before``."""
    listed = _listed_before_each(before)
    if listed is None:
        return None
    cut, clause, at = listed
    if len(clause) - at > 8 or _EACH_DOER.match(clause, at + 1):
        return None  # (各支部均召开9次: each branch did, no occasions listed)
    items = _LISTED.split(clause[:at])
    if _WHEN_WORD.search(items[-1]):
        # the occasions are the times listed right before 各 (沈卫东、…10名党员教师春季、秋季两个
        # 学期各上1节: two terms, not the people named before them)
        n = next((k for k, item in enumerate(reversed(items)) if not _WHEN_WORD.search(item)), len(items))
    else:
        n = len(items)
    return (n, cut) if n >= 2 else None


def spread_over_times(before: str) -> bool:
    """Does the list before 各 name times (3月和6月, 开学初、期中, 春、秋两个学期) rather than
    people (王芳、赵磊各1节, 张晓梅、李建国等8名党员教师各上2节)? A count each of several people
    gave is each one's own, against a duty of each of them."""
    listed = _listed_before_each(before)
    if listed is None:
        return False
    _, clause, at = listed
    return _WHEN_WORD.search(_LISTED.split(clause[:at])[-1]) is not None


def is_ordinal(f: Figure) -> bool:
    """Is ``f`` an ordinal read as a count (第二次…)?"""
    return ORDINAL.fullmatch(f.surface) is not None


#: a clause that opens with the whole period or a tally (全年召开支委会专题研究意识形态工作一次):
#: its 一次 is a count
_TALLIED = re.compile(r"(?<![^，,。；;：:\n])(?:全年|今年|本年|年内|全学期|本学期|共|累计|先后)"
                      r"[^，,。；;：:]{0,24}$")


def spelled_counts(text: str, start: int, end: int, doc: str | None, section: str) -> list[Figure]:
    """Counts of occasions spelled in Chinese numerals in ``text[start:end]``."""
    out = []
    sentence = text[start:end]
    for m in SPELLED.finditer(text, start, end):
        number, unit = next((m.group(k), m.group(k + 1)) for k in (1, 3, 5) if m.group(k))
        try:  # 十来次, 十多次: about ten, more than ten
            value = parse_number(number.rstrip("来多余"))
        except NumeralError:
            continue
        approx = {"来": "about"}.get(number[-1], "more_than" if number[-1] in "多余" else None)
        estimate = approximate_range(number)  # 两三次, 十一二次: the lower
        if estimate is not None:
            value, approx = estimate[0], "about"
        elif re.fullmatch(r"[一二两三四五六七八九]{2,}", number):
            if not (number == "一一" and text[m.start() - 1:m.start()] == "唯"):
                continue  # 逐一, 一一对应: digits one by one count nothing
            # 全年组织的唯一一次…: the only one, so a count of one
            out.append(Figure(doc, "一次", 1.0, None, unit, None, "count",
                              _THING.match(text, m.end(), end).group(), None, sentence, section,
                              m.start() + 1, m.end()))
            continue
        # the thing counted follows a spelled count (两次开学全体教职工会, 讲了两次党课)
        subject = _THING.match(text, m.end(), end).group()
        if unit == "天" and not RATE.search(text, start, m.start()):
            continue  # days count only at a rate: 每月固定两天到校
        if text[max(start, m.start() - 1):m.start()] == "前" and ORDINAL.search(text, start, end):
            continue  # 第四次…，前三次分别于…: the earlier ones, the ordinal counts them all
        if value < 2:  # 一次 is as often an article as a count, unless a rate or spread
            each = spread(text[start:m.start()])
            if each is not None:  # 3月和6月各召开一次: a count of what the clause names
                subject = text[start + each[1]:m.start()] + subject
            elif not (RATE.search(text, start, m.start()) or LEAD_RATE.match(text, start)
                      or _TALLIED.search(text, start, m.start())):
                continue
        # a count spread by 各 over listed occasions is multiplied where every count is,
        # when it is held against a provision (check.core._verdicts)
        out.append(Figure(doc, m.group(), float(value), None, "次" if unit in ("回", "趟") else unit,
                          approx, "count", subject, None, sentence, section, m.start(), m.end()))
    for m in ORDINAL.finditer(text, start, end):
        subject = _THING.match(text, m.end(), end).group()
        if subject:
            unit = "次" if m.group(2) in ("堂", "回") else m.group(2)  # 第二堂党课: the second time
            out.append(Figure(doc, m.group(), float(parse_number(m.group(1))), None, unit,
                              None, "count", subject, None, sentence, section, m.start(), m.end()))
    for m in PER_HEAD_SPELLED.finditer(text, start, end):
        try:
            value = parse_number(m.group(1))
        except NumeralError:
            continue
        out.append(Figure(doc, m.group(1) + m.group(2), float(value), None, m.group(2), None, "count",
                          _THING.match(text, m.end(), end).group(), None, sentence, section,
                          m.start(1), m.end(2)))
    return out


def schedules(text: str, start: int, end: int, doc: str | None, section: str) -> list[Figure]:
    """Once a period, for each fixed schedule (每月15日为固定活动日) in ``text[start:end]``.
    The figure spans the schedule, so the period (每月) comes before its end; its subject
    is the clause it stands in."""
    out = []
    sentence = text[start:end]
    for m in SCHEDULE.finditer(text, start, end):
        clause = _BEFORE.search(text, start, m.start()).group() + _AFTER.match(text, m.start(), end).group()
        out.append(Figure(doc, m.group(), 1.0, None, "次", None, "count", clause, None,
                          sentence, section, m.start(), m.end()))
    return out


#: months a monthly schedule left out: 除7月、8月外每月召开 / 按月召开（…7月、8月暑假期间未召开）/
#: 除寒暑假外每月开展 (the 寒假 a month, the 暑假 two)
_MONTHS_LISTED = r"\d{1,2}月(?:份)?(?:[、和及至—-]\d{1,2}月(?:份)?)*"
_BREAKS = r"(?:寒暑假|寒假、?暑假|暑假|寒假|假期)"
_EXCEPT_BEFORE = re.compile(rf"除(?:了)?(?P<m>{_MONTHS_LISTED})?(?P<b>{_BREAKS})?(?:期间)?外[，,]?[^，,。；;]{{0,6}}$")
_EXCEPT_AFTER = re.compile(rf"(?P<m>{_MONTHS_LISTED})(?:[^，,。；;）)\d]{{0,8}}?{_BREAKS}?期间)?[^，,。；;）)\d]{{0,6}}?"
                           r"(?:未|没有|暂停|停止|未能)(?:召开|开展|组织|举行|收缴|交纳|缴纳|集中|活动|学习)"
                           rf"|(?P<b>{_BREAKS})期间(?:未|没有|暂停|停止)(?:召开|开展|组织|举行|收缴|交纳|缴纳|集中|活动|学习)"
                           rf"|(?P<m2>{_MONTHS_LISTED})除外|(?P<b2>{_BREAKS})除外")
_BREAK_MONTHS = {"寒暑假": 3, "寒假暑假": 3, "寒假、暑假": 3, "暑假": 2, "寒假": 1, "假期": 3}


def _months_out(listed: str | None, holiday: str | None) -> int:
    """How many months are left out: the months named decide (7月、8月), else the holiday's
    (寒暑假: three)."""
    return _months_in(listed) if listed else _BREAK_MONTHS.get(holiday or "", 0)


def _months_in(listed: str) -> int:
    """How many months 7月、8月 or 7月至8月 names."""
    nums = [int(n) for n in re.findall(r"\d{1,2}", listed)]
    if re.search(r"[至—-]", listed) and len(nums) == 2 and nums[0] <= nums[1]:
        return nums[1] - nums[0] + 1
    return len(set(nums))


#: a monthly duty's own exception: 每月召开1次（寒暑假除外）, 除7月、8月外每月…, 每月1次（暑假期间除外）
_DUTY_EXCEPT = re.compile(rf"(?P<m>{_MONTHS_LISTED})(?:{_BREAKS})?(?:期间)?除外|(?P<b>{_BREAKS})(?:期间)?除外"
                          rf"|除(?:了)?(?=\d|寒|暑|假)(?P<m2>{_MONTHS_LISTED})?(?P<b2>{_BREAKS})?(?:期间)?外")


def duty_months(provision: str) -> int | None:
    """The months of the year a monthly duty asks for when it leaves some out (寒暑假除外: the
    寒假 one, the 暑假 two, as :func:`excepted_months` reads a report), else None."""
    m = _DUTY_EXCEPT.search(provision)
    if m is None:
        return None
    k = _months_out(m.group("m") or m.group("m2"), m.group("b") or m.group("b2"))
    return 12 - k if 0 < k < 12 else None


def excepted_months(sentence: str, start: int, end: int) -> tuple[int, str] | None:
    """The months a monthly schedule (按月, spanning ``sentence[start:end]``) leaves out, as
    the sentence says (除7月、8月外 before it, or 7月、8月暑假期间未召开 after it in its clause),
    and the words that say so; None if it leaves none out."""
    m = _EXCEPT_BEFORE.search(sentence[:start])
    if m is None:
        clause = re.match(r"[^；;。]*", sentence[end:]).group()
        m = _EXCEPT_AFTER.search(clause)
        if m is None:
            return None
    k = _months_out(m.groupdict().get("m") or m.groupdict().get("m2"), m.groupdict().get("b") or m.groupdict().get("b2"))
    return (k, m.group().strip("，,")) if 0 < k < 12 else None


#: a count given period by period: 第一至第四季度分别召开2次、1次、0次、2次 / 1—12月分别召开…
#: 2次、1次… / 春季学期和秋季学期分别举行3次、1次 (the periods, then 分别, then one count each)
_TO = r"\s*(?:至|到|—|–|-|～|~)\s*"
_SERIES_PERIODS = re.compile(
    rf"(?P<q>第?[一1]{_TO}第?[四4]季度|第?一、二、三、四季度|[一二三四]季度(?:、[一二三四]季度){{3}})"
    rf"|(?P<m1>\d{{1,2}}){_TO}(?P<m2>\d{{1,2}})月(?:份)?"
    r"|(?P<t>(?:春季学期|上学期|第一学期)(?:和|、|与|及)(?:秋季学期|下学期|第二学期)|上、下学期|两个学期)"
    r"|(?P<h>上半年(?:和|、|与|及)下半年|上、下半年)")
_SERIES_COUNTS = re.compile(r"分别[^\d，,。；;]{0,12}?(\d+(?:次|场|期|节|堂|回)?(?:\s*[、，,和]\s*\d+(?:次|场|期|节|堂|回)?)+)")
#: …or each period named with its count: 其中春季学期5次、秋季学期3次 / 上半年6次、下半年4次
_PERIOD_NAME = (r"(春季学期|秋季学期|上学期|下学期|第一学期|第二学期|上半年|下半年|第[一二三四]季度|[一二三四]季度)"
                r"[^\d，,。；;、]{0,6}?(\d+)(?:次|场|期|节|堂|回)")
_NAMED_SERIES = re.compile(rf"{_PERIOD_NAME}(?:[、，,]\s*{_PERIOD_NAME})+")
_ONE_PERIOD = re.compile(_PERIOD_NAME)


@dataclass(frozen=True)
class Series:
    """Counts a report gives period by period (季度, 月, 学期, 半年), in order, with the span
    in the text they are read from and the words before them in their sentence."""

    period: str
    counts: tuple[int, ...]
    names: tuple[str, ...]
    start: int
    end: int
    before: str


#: a day written 3月12日 or, in a list, 3.12 (not 32.5学时, 1.5万元: a month is 1 to 12)
_DAY = (r"(?:\d{1,2}月\d{1,2}日|(?<![\d.])(?:1[0-2]|0?[1-9])\.(?:[12]\d|3[01]|0?[1-9])"
        r"(?![\d.]|万|亿|%|％|学时|课时|小时|元|分|倍|个))")
#: occasions a report lists by their dates instead of counting them (分别于1.8、2.26、3.12召开支委会,
#: 于3月20日、6月18日召开党员大会, 4.22、10.28书记讲党课): as many occasions as dates
_DATED_LIST = re.compile(rf"(于)?({_DAY}(?:、{_DAY})+)")
_DATED_ACT = re.compile(r"[^，,。；;\d]{0,4}?(?:召开|开展|举行|组织|举办|讲|上|进行|参加|学习|集中)")
_DAY_MONTH = re.compile(r"(\d{1,2})(?:月|\.)")


def _dated_lists(text: str, start: int, end: int) -> list[tuple[re.Match[str], list[int]]]:
    """Each list of dates in ``text[start:end]`` that says when something was done (after 于,
    or before the act), with the month of each date."""
    out = []
    for m in _DATED_LIST.finditer(text, start, end):
        if "以来" in _sentence_before(text, start, m.start()):
            continue  # 专项工作开展以来，分别于9月24日、10月24日…: since a start it does not date
        if m.group(1) or _DATED_ACT.match(text, m.end(), end):
            out.append((m, [int(d.group(1)) for d in _DAY_MONTH.finditer(m.group(2))]))
    return out


def dated_counts(text: str, start: int, end: int, doc: str | None, section: str) -> list[Figure]:
    """The count of each list of dates (分别于1.8、2.26、…、12.10召开支委会: 10次); the figure
    spans the list, its subject is the clause around it."""
    out = []
    for m, days in _dated_lists(text, start, end):
        clause = _BEFORE.search(text, start, m.start()).group() + _AFTER.match(text, m.start(), end).group()
        out.append(Figure(doc, m.group(2), float(len(days)), None, "次", None, "count", clause, None,
                          text[start:end], section, m.start(2), m.end(2)))
    return out


#: the periods a month falls in: quarters, halves, and the terms of a calendar year (the
#: spring term February to July, the autumn term September to December)
_IN_PERIOD = {"季度": (lambda k: (k - 1) // 3, tuple(f"第{x}季度" for x in "一二三四")),
              "半年": (lambda k: (k - 1) // 6, ("上半年", "下半年")),
              "月": (lambda k: k - 1, tuple(f"{x}月" for x in range(1, 13))),
              "学期": (lambda k: 0 if 2 <= k <= 7 else 1 if k >= 9 else None, ("春季学期", "秋季学期"))}


#: a clause of a month-by-month or quarter-by-quarter account: 1月召开支委会1次 / 2月因寒假未召开 /
#: 3月、4月各召开1次 / 5月至12月每月召开1次 / 第三季度未召开
_PROSE_MONTHS = re.compile(r"^(\d{1,2})月(?:份)?(?:(?:至|到|—|-)(\d{1,2})月(?:份)?|((?:[、和]\d{1,2}月(?:份)?)+))?")
_PROSE_QUARTER = re.compile(r"^第?([一二三四])季度")
_NONE_HELD = re.compile(r"未(?:召开|开展|举行|组织)|没有(?:召开|开展)|暂停")
_HELD = re.compile(r"(\d+)(?:次|场|期)")


def prose_series(text: str, start: int, end: int) -> list[Series]:
    """A year told month by month or quarter by quarter in the clauses of one sentence (1月召开
    支委会1次…；2月因寒假未召开；3月、4月各召开1次；5月至12月每月召开1次): a series, when every
    month or quarter of the year is told."""
    months: dict[int, int] = {}
    quarters: dict[int, int] = {}
    for clause in re.split(r"[；;]", text[start:end]):
        clause = clause.strip("，, ")
        held = _HELD.search(clause)
        count = 0 if _NONE_HELD.search(clause) else int(held.group(1)) if held else None
        if count is None:
            continue
        m = _PROSE_MONTHS.match(clause)
        q = _PROSE_QUARTER.match(clause)
        if m:
            first = int(m.group(1))
            named = ([first] + [int(x) for x in re.findall(r"\d{1,2}", m.group(3))] if m.group(3)
                     else list(range(first, int(m.group(2)) + 1)) if m.group(2) else [first])
            if len(named) > 1 and count and not re.search(r"各|每月|均", clause):
                continue  # 3月、4月共召开2次: not each month's
            months.update((k, count) for k in named if 1 <= k <= 12)
        elif q:
            quarters["一二三四".index(q.group(1)) + 1] = count
    out = []
    if set(months) == set(range(1, 13)):
        out.append(Series("月", tuple(months[k] for k in range(1, 13)), tuple(f"{k}月" for k in range(1, 13)),
                          start, end, text[start:end]))
    if set(quarters) == {1, 2, 3, 4}:
        out.append(Series("季度", tuple(quarters[k] for k in range(1, 5)),
                          tuple(f"第{x}季度" for x in "一二三四"), start, end, text[start:end]))
    terms = _term_sums(text[start:end])
    if terms is not None:
        out.append(Series("学期", terms, ("春季学期", "秋季学期"), start, end, text[start:end]))
    return out


#: where a report's account of one term opens: 春季学期开学后，3月… / 秋季学期9月至12月…
_TERM_OPENS = re.compile(r"(春季学期|春学期|秋季学期|秋学期)")


def _term_sums(sentence: str) -> tuple[int, int] | None:
    """The counts of the spring and the autumn term, each added up from the months told under
    its name (春季学期开学后，3月、4月各组织集中学习2次，5月组织1次，…；秋季学期9月至12月每月
    组织集中学习2次: 5 and 8); None unless both terms are named and each tells its months."""
    cuts = list(_TERM_OPENS.finditer(sentence))
    if len({m.group()[0] for m in cuts}) != 2:
        return None
    sums: dict[int, int] = {}
    for i, m in enumerate(cuts):
        term = 0 if m.group().startswith("春") else 1
        part = sentence[m.end(): cuts[i + 1].start() if i + 1 < len(cuts) else len(sentence)]
        for clause in re.split(r"[，,；;]", part):
            clause = re.sub(r"^(?:开学后|开学以来|期间|以来)", "", clause.strip())
            held = _HELD.search(clause)
            month = _PROSE_MONTHS.match(clause)
            if month is None or held is None or _NONE_HELD.search(clause):
                continue
            first = int(month.group(1))
            named = ([first] + [int(x) for x in re.findall(r"\d{1,2}", month.group(3))] if month.group(3)
                     else list(range(first, int(month.group(2)) + 1)) if month.group(2) else [first])
            if len(named) > 1 and not re.search(r"各|每月|均", clause):
                named = named[:1]  # 3月、4月共召开2次: two in all
            sums[term] = sums.get(term, 0) + int(held.group(1)) * len(named)
    return (sums[0], sums[1]) if set(sums) == {0, 1} else None


def series(text: str, start: int, end: int) -> list[Series]:
    """The period-by-period counts of ``text[start:end]``: every period named with a count of
    its own, as many counts as periods; each list of dates spread over the periods it names
    (分别于3.20、6.18、12.19召开党员大会: 1、1、0、1 by quarter); and a year told month by month
    or quarter by quarter (:func:`prose_series`)."""
    out = prose_series(text, start, end)
    for m, days in _dated_lists(text, start, end):
        after = _AFTER.match(text, m.end(), end).end()
        for period, (of, names) in _IN_PERIOD.items():
            counts = [0] * len(names)
            for k in days:
                i = of(k) if 1 <= k <= 12 else None
                if i is not None:
                    counts[i] += 1
            out.append(Series(period, tuple(counts), names, m.start(), after,
                              _sentence_before(text, start, m.start())))
    for m in _SERIES_PERIODS.finditer(text, start, end):
        c = _SERIES_COUNTS.match(text, m.end())
        if c is None:
            continue
        counts = tuple(int(d) for d in re.findall(r"\d+", c.group(1)))
        if m.group("q"):
            period, names = "季度", tuple(f"第{x}季度" for x in "一二三四")
        elif m.group("m1"):
            a, b = int(m.group("m1")), int(m.group("m2"))
            period, names = "月", tuple(f"{x}月" for x in range(a, b + 1))
        elif m.group("t"):
            said = re.split(r"和|、|与|及", m.group("t"))
            period, names = "学期", tuple(said) if len(said) == 2 and said[1] != "下学期" else ("上学期", "下学期")
        else:
            period, names = "半年", ("上半年", "下半年")
        if len(counts) == len(names) >= 2:
            out.append(Series(period, counts, names, m.start(), c.end(),
                              _sentence_before(text, start, m.start())))
    for m in _NAMED_SERIES.finditer(text, start, end):
        parts = [(x.group(1), int(x.group(2))) for x in _ONE_PERIOD.finditer(m.group())]
        kinds = {("季度" if "季度" in n else "半年" if "半年" in n else "学期") for n, _ in parts}
        need = {"季度": 4, "半年": 2, "学期": 2}
        if len(kinds) == 1 and len({n for n, _ in parts}) == len(parts) == need[next(iter(kinds))]:
            out.append(Series(next(iter(kinds)), tuple(k for _, k in parts), tuple(n for n, _ in parts),
                              m.start(), m.end(), _sentence_before(text, start, m.start())))
    return out


#: a table row labelled by its month or quarter (1月, 3月份, 第一季度, 一季度)
_MONTH_ROW = re.compile(r"(\d{1,2})月份?")
_QUARTER_ROW = re.compile(r"(?:第)?([一二三四1-4])季度")


#: a column for a part of the year (上半年实际, 第一季度, 春季学期) and the period it is of
COLUMN_PERIOD = re.compile(r"(?P<h>[上下]半年)|(?P<q>第?[一二三四1-4]季度)|(?P<t>春季学期|秋季学期|上学期|下学期|第[一二]学期)"
                           r"|(?P<m>(?<!\d)(?:1[0-2]|[1-9])月(?:份)?)")
#: a column of what was planned (计划, 目标, 应开), not done
PLANNED_COLUMN = re.compile(r"计划|目标|应[开召到完]|任务数")


def column_series(text: str, tables) -> list[Series]:
    """The rows of a table whose columns are parts of the year (项目 | 上半年 (计划 | 实际) |
    下半年 (…) | 全年合计), each row a series of its counts done in those columns; ``before`` is
    the row's name (支委会（次）). Columns of what was planned are left out."""
    out = []
    for table in tables:
        rs = rows(text, table)
        n = header_rows(text, rs) if len(rs) >= 2 else 0
        if not n:
            continue
        cols: dict[str, list[tuple[str, int]]] = {}
        for j, head in enumerate(headers(text, rs, n)):
            m = COLUMN_PERIOD.search(head)
            if m and not PLANNED_COLUMN.search(head):
                kind = "半年" if m.group("h") else "季度" if m.group("q") else "学期" if m.group("t") else "月"
                cols.setdefault(kind, []).append((m.group(), j))
        for kind, named in cols.items():
            if len(named) < 2 or len({x for x, _ in named}) != len(named):
                continue
            for r in rs[n:]:
                cells = [text[slice(*r.cells[j])].strip() if j < len(r.cells) else "" for _, j in named]
                if r.cells and all(re.fullmatch(r"\d{1,3}", c) for c in cells):
                    out.append(Series(kind, tuple(int(c) for c in cells), tuple(x for x, _ in named),
                                      r.start, r.end, text[slice(*r.cells[0])]))
    return out


def table_series(text: str, tables) -> list[Series]:
    """The columns of a table whose rows are months (1月 … 12月) or quarters, each a series of
    its column's counts; ``before`` is the column's header (支委会, 党员大会), so a provision finds
    the column that counts what it asks for. Rows of other labels (合计) are left out. Also the
    rows of a table whose columns are parts of the year (:func:`column_series`)."""
    out = column_series(text, tables)
    for table in tables:
        rs = rows(text, table)
        if len(rs) < 3:
            continue
        head = [text[a:b] for a, b in rs[0].cells]
        by_period: dict[str, list] = {"月": [], "季度": []}
        for r in rs[1:]:
            label = text[r.cells[0][0]:r.cells[0][1]].strip() if r.cells else ""
            m, q = _MONTH_ROW.fullmatch(label), _QUARTER_ROW.fullmatch(label)
            if m and 1 <= int(m.group(1)) <= 12:
                by_period["月"].append((f"{int(m.group(1))}月", r))
            elif q:
                by_period["季度"].append((f"第{'一二三四'['一二三四1234'.index(q.group(1)) % 4]}季度", r))
        for period, labelled in by_period.items():
            if len(labelled) < 2 or len({n for n, _ in labelled}) != len(labelled):
                continue
            for j in range(1, len(head)):
                cells = [text[r.cells[j][0]:r.cells[j][1]].strip() if j < len(r.cells) else "" for _, r in labelled]
                if not all(re.fullmatch(r"\d{1,3}", c) for c in cells):
                    continue
                out.append(Series(period, tuple(int(c) for c in cells), tuple(n for n, _ in labelled),
                                  table.start, table.end, head[j]))
    return out


def by_quarter(s: Series) -> Series | None:
    """A series over the twelve months added up by quarter; None unless all twelve are there."""
    if s.period != "月" or s.names != tuple(f"{m}月" for m in range(1, 13)):
        return None
    sums = tuple(sum(s.counts[i:i + 3]) for i in range(0, 12, 3))
    return Series("季度", sums, tuple(f"第{x}季度" for x in "一二三四"), s.start, s.end, s.before)


#: years listed and their values after 分别, in order: 2024年、2025年分别召开…10次、12次
_YEARS_LISTED = re.compile(r"((?:19|20)\d{2})年(?:度)?((?:[、和与及](?:19|20)\d{2}年(?:度)?)+)[^。；;]{0,24}?分别"
                           r"[^\d。；;，,]{0,12}?(\d[\d.]*\s*[^\d、，,。；;和]{0,3}(?:\s*[、和]\s*\d[\d.]*\s*[^\d、，,。；;和]{0,3})+)")


def listed_years(sentence: str) -> dict[int, int]:
    """The year of each value in a list of years and values (2024年、2025年分别召开…10次、12次:
    10 is 2024's, 12 is 2025's), by the value's offset in ``sentence``."""
    out = {}
    for m in _YEARS_LISTED.finditer(sentence):
        years = [int(m.group(1))] + [int(y) for y in re.findall(r"(?:19|20)\d{2}", m.group(2))]
        values = list(re.finditer(r"\d[\d.]*", m.group(3)))
        if len(values) == len(years):
            out.update({m.start(3) + v.start(): y for v, y in zip(values, years)})
    return out


def _sentence_before(text: str, start: int, at: int) -> str:
    """The words of the sentence before ``at`` (from ``start`` at most)."""
    return re.split(r"[。！？!?\n]", text[start:at])[-1]


#: hours given day by day: 第一天…安排8学时；第二天…6学时；第三天…6学时 (the days in order)
_DAY_HOURS = re.compile(r"第([一二三四五六七八九十]|\d{1,2})天[^。第]{0,60}?(\d+(?:\.\d+)?)个?(学时|课时|小时)")


def daily_hours(text: str, start: int, end: int, doc: str | None, section: str) -> list[Figure]:
    """The hours of a training given day by day in the paragraph from ``start`` (第一天…8学时；
    第二天…6学时；第三天…6学时: 20学时), when the days run from 第一天 in order. The figure spans
    the days and counts what the clause before the first day names."""
    days = []
    for m in _DAY_HOURS.finditer(text, start, end):
        try:
            k = int(parse_number(m.group(1)))
        except (NumeralError, ValueError):
            break
        if k != len(days) + 1 or (days and (m.group(3) != days[0].group(3)
                                            or re.search(r"[。！？!?]", text[days[-1].end():m.start()]))):
            break
        days.append(m)
    if len(days) < 2:
        return []
    total = sum(float(m.group(2)) for m in days)
    subject = re.split(r"[。；;]", text[max(0, start - 60):days[0].start()])[-1]
    return [Figure(doc, text[days[0].start():days[-1].end()], total, None, days[0].group(3), None, "count",
                   subject, None, text[start:end], section, days[0].start(), days[-1].end())]


def day_products(text: str, start: int, end: int, doc: str | None, section: str) -> list[Figure]:
    """Hours worked out from days and hours a day (集中培训4天、每天6个学时 = 24学时)."""
    out = []
    sentence = text[start:end]
    for m in PER_DAY.finditer(text, start, end):
        try:
            total = parse_number(m.group(1)) * parse_number(m.group(2))
        except NumeralError:
            continue
        subject = _BEFORE.search(text, start, m.start()).group()
        out.append(Figure(doc, m.group(), total, None, m.group(3), None, "count", subject, None,
                          sentence, section, m.start(), m.end()))
    return out


#: the words between two counts of one list (同课异构1次、到联盟校送课1次)
_LISTED_GAP = re.compile(r"^、[^，,。；;：:\d、]{1,16}$")
_OCCASION_UNITS = {"次", "场", "期", "轮", "回"}
_NAMES_MEETING = re.compile(r"会议?$")
_LIST_HEAD = re.compile(r"[^，,。；;：:]*$")


def listed_totals(text: str, figures: list[Figure], doc: str | None, section: str,
                  kinds: Callable[[str], frozenset]) -> list[Figure]:
    """The total of a list of occasions of different activities (开展同课异构1次、送课1次、
    专题研讨1次 = 3次): a provision may count them together (研修活动不少于4次). Lists that
    name meetings (党委会18次、院长办公会22次) or kinds of meeting are not added up: each
    counts its own."""
    out = []
    counts = sorted((f for f in figures if f.kind == "count" and f.unit in _OCCASION_UNITS),
                    key=lambda f: f.start)
    run: list[Figure] = []
    for f in [*counts, None]:
        if f is not None and run and f.unit == run[-1].unit \
                and _LISTED_GAP.match(text[run[-1].end:f.start]):
            run.append(f)
            continue
        if len(run) >= 2:
            first, last = run[0], run[-1]
            head = _LIST_HEAD.search(text, 0, first.start).group()
            at = first.start - len(head)
            names = [head] + [text[a.end:b.start] for a, b in pairwise(run)]
            if not kinds(text[at:last.end]) and not any(_NAMES_MEETING.search(n) for n in names):
                out.append(Figure(doc, text[at:last.end], sum(x.value for x in run), None,
                                  first.unit, None, "count", text[at:last.end], None,
                                  first.sentence, section, at, last.end))
        run = [f] if f is not None else []
    return out


@lru_cache(maxsize=1)
def _school_list() -> re.Pattern:
    """A list of counted kinds of school (三个村小和两个教学点; 2所初中、5所小学; 七所村小和
    五个规模较大的教学点)."""
    kinds = school_kinds()
    # (a kind may have a short qualifier: 五个规模较大的教学点)
    item = rf"(?:\d+|[一二两三四五六七八九十]{{1,3}})(?:个|所)(?:[\u4e00-\u9fff]{{1,6}}的)?(?:{'|'.join(kinds)})"
    return re.compile(rf"{item}(?:(?:和|及|与|以及|、)[\u4e00-\u9fff、]{{0,12}}?{item})+")


#: what a passage listing counted kinds of school speaks of, for matching
SCHOOL_WORDS = "（学校）"
_COUNTED = re.compile(r"(\d+|[一二两三四五六七八九十]{1,3})(?:个|所)")


def school_lists(text: str, start: int, end: int, doc: str | None, section: str) -> list[Figure]:
    """The number of schools a list of counted kinds of school makes (柏树、高坪三个村小和
    黄泥坎、石板沟两个教学点 = 5所): a provision on 学校 counts them together."""
    out = []
    sentence = text[start:end]
    for m in _school_list().finditer(text, start, end):
        try:
            total = sum(parse_number(n) for n in _COUNTED.findall(m.group()))
        except NumeralError:
            continue
        out.append(Figure(doc, m.group(), float(total), None, "所", None, "count",
                          m.group() + SCHOOL_WORDS, None, sentence, section, m.start(), m.end()))
    return out


def shares(text: str, start: int, end: int, doc: str | None, section: str) -> list[Figure]:
    """Percentages a report states as a part of a whole (共14人，其中党员6人 = 42.9%;
    9名教师党支部书记中，8名是… = 88.9%; 应到32人，实到30人 = 93.8%).

    The figure spans the words it is computed from; its subject is the part's name (or,
    for …中，8名, the whole's), so a provision on 党员比例 finds it and one on 女教师比例
    does not.
    """
    out = []
    sentence = text[start:end]
    found = [(m, _num(m.group(1)), m.group(2), _num(m.group(4)), m.group(5), m.group(3))
             for m in SHARE.finditer(text, start, end)]
    for m in POINTS.finditer(text, start, end):  # 百分制…占10分: a weight of 10%
        whole = 100.0 if m.group(1) is None else float(m.group(1))
        part = float(m.group(2))
        if 0 < part <= whole:
            out.append(Figure(doc, m.group(), round(100.0 * part / whole, 1), None, "%", None,
                              # what weighs that much is named before (…纳入年度考核，在百分制…)
                              "percent", text[max(start, m.start() - 30):m.start()], None,
                              sentence, section, m.start(), m.end()))
    lists = [(g, _ONE_GRADE) for g in GRADES.finditer(text, start, end)]
    lists += [(g, _ONE_NAMED_GRADE) for g in NAMED_GRADES.finditer(text, start, end)
              if not any(o.start() <= g.start() < o.end() for o, _ in lists)]
    for g, one in lists:  # 好10名、较好14名、一般4名: 10 of 28; 优秀等次的8名，合格13名: 8 of 21
        grades = list(one.finditer(text, g.start(), g.end()))
        total = sum(int(x.group(2)) for x in grades)
        for x in grades if total else []:
            out.append(Figure(doc, x.group(), round(100.0 * int(x.group(2)) / total, 1), None, "%",
                              None, "percent", x.group(1), None, sentence, section, x.start(), x.end()))
    # what those who came are a share of, in the words provisions bound it with
    found += [(m, _int(m.group(1)), m.group(2), _int(m.group(4)), m.group(5),
               f"{m.group(3)}{ATTENDANCE_WORDS}") for m in ATTENDED.finditer(text, start, end)]
    m = ATTENDED_LINES.match(text, start)  # 应到人数：24人 / 实到人数：21人, a record's header
    if m and m.end(2) >= end - 1:
        found.append((m, _int(m.group(1)), m.group(2), _int(m.group(4)), m.group(5),
                      f"{m.group(3)}{ATTENDANCE_WORDS}"))
    for m in WHOLE_IN.finditer(text, start, end):  # 62名班主任中党员27名: 27 of 62
        found.append((m, _num(m.group(1)), m.group(2), _num(m.group(5)), m.group(6), m.group(4)))
    for m in SLASHED.finditer(text, start, end):  # 36/38名: 36 of 38
        clause = re.split(r"[，,。；;：:、]", text[max(start, m.start() - 16):m.start()])[-1]
        found.append((m, int(m.group(2)), m.group(3), int(m.group(1)), m.group(3), clause or None))
    for m in TWO_GROUPS.finditer(text, start, end):  # 党员与非党员骨干比为1:2: 1 of 3
        a, b = int(m.group(3)), int(m.group(4))
        group = re.sub(r"^(?:目前|现在|当前|现有)?(?:全校|全院|全县|我校|本校|学校)?", "", m.group(1))
        found.append((m, a + b, "名", a, "名", group or m.group(1)))
    for m, whole, wunit, part, punit, subject in found + list(_parts(text, start, end)):
        if whole <= 0 or not 0 <= part <= whole or not ({wunit, punit} <= _PEOPLE
                                                        or {wunit, punit} <= _BODIES
                                                        or {wunit, punit} <= _HOURS
                                                        or wunit == punit):
            continue
        out.append(Figure(doc, m.group(), round(100.0 * part / whole, 1), None, "%", None,
                          "percent", subject, None, sentence, section, m.start(), m.end()))
    return out


#: this year's value as a change from last year's: 在上年135次的基础上增加23次, 在上年73.6%的基础上
#: 提高4.2个百分点, 在上年16.8万元的基础上增长20%
_ON_LAST_YEAR = re.compile(
    r"在上年(?:的)?(?P<x>\d+(?:\.\d+)?)(?P<u>万元|元|次|%|名|个|所|学时|人)的基础上"
    r"(?P<dir>增加|增长|提高|提升|减少|下降|降低)了?(?P<y>\d+(?:\.\d+)?)(?P<yu>个百分点|%|万元|元|次|名|个|所|学时|人)?")
#: …同比增长12.5%，上年人均为24学时 (or the other way round)
_YEAR_ON_YEAR = re.compile(
    r"同比(?P<dir>增长|提高|增加|减少|下降)(?P<y>\d+(?:\.\d+)?)%[，,]\s*上年(?:人均|平均)?(?:为|是)?(?P<x>\d+(?:\.\d+)?)"
    r"(?P<u>学时|次|元|名|个|%)")


def changed_values(text: str, start: int, end: int, doc: str | None, section: str) -> list[Figure]:
    """This year's values a report gives only as a change on last year's (在上年135次的基础上
    增加23次: 158次; 同比增长12.5%，上年人均为24学时: 27学时). The figure spans the words it is
    worked out from and counts what the clause before it names."""
    out = []
    sentence = text[start:end]
    for m in list(_ON_LAST_YEAR.finditer(text, start, end)) + list(_YEAR_ON_YEAR.finditer(text, start, end)):
        x, y, unit = float(m.group("x")), float(m.group("y")), m.group("u")
        sign = -1 if m.group("dir") in ("减少", "下降", "降低") else 1
        by = m.groupdict().get("yu") or ("%" if m.re is _YEAR_ON_YEAR else unit)
        if by == "%" and unit != "%":
            value = x * (1 + sign * y / 100)
        elif by in ("个百分点", unit):
            value = x + sign * y
        else:
            continue
        if unit == "万元":
            value, unit = value * 1e4, "元"
        kind = "percent" if unit == "%" else "amount" if unit == "元" else "count"
        subject = re.split(r"[，,。；;]", text[start:m.start()])[-1]
        out.append(Figure(doc, m.group(), round(value, 2), None, unit, None, kind, subject, None,
                          sentence, section, m.start(), m.end()))
    return out


#: a whole, its named parts and the rest: 发展党员12名，其中学生8名，其余均为35岁以下青年教师 /
#: 党员46名，其中退休党员5名、学生党员2名，其余为在职教师
_REST = re.compile(
    rf"{_N}(?P<u>{_SHARE_UNITS})[^\d，,。；;：:]{{0,12}}?[，,]\s*其中(?P<parts>(?:[^\d，,。；;：:]{{1,12}}?{_N}(?P=u)[、和及]?){{1,4}})"
    r"[，,]\s*(?:其余|其他|余下)(?:的)?(?:\d+(?P=u))?(?:均|全部|都)?(?:为|是)(?P<rest>[^，,。；;]{1,16})")
_PART_COUNT = re.compile(rf"{_N}")


def remainders(text: str, start: int, end: int, doc: str | None, section: str) -> list[Figure]:
    """The count a report leaves as the rest of a whole (发展党员12名，其中学生8名，其余均为青年
    教师: 4). The figure spans the words it is worked out from and counts what the whole counts,
    of the group the rest is named as."""
    out = []
    sentence = text[start:end]
    for m in _REST.finditer(text, start, end):
        whole = _int(m.group(1))
        parts = sum(_int(d) for d in _PART_COUNT.findall(m.group("parts")))
        if not 0 < parts < whole:
            continue
        unit = m.group("u")
        kind = "amount" if unit.endswith("元") else "count"
        said = re.split(r"[，,。；;]", text[start:m.start()])[-1]
        out.append(Figure(doc, m.group(), float(whole - parts), None, unit, None, kind,
                          f"{said}{m.group('rest')}", None, sentence, section, m.start(), m.end()))
    return out


def group_shares(text: str, start: int, end: int, doc: str | None, section: str,
                 figures: list[Figure]) -> list[Figure]:
    """Percentages of a group a report counts elsewhere (在职党员中有29人… against 其中在职党员52名
    in 基本情况): the part over the group's first count in the report."""
    out = []
    sentence = text[start:end]
    for m in GROUP_PART.finditer(text, start, end):
        if PART.search(text, max(start, m.start() - 12), m.end()):
            continue  # 18名党员教师中有16人 states its whole: shares() reads it
        words, which, part, unit = m.group(1), m.group(2) or "", int(m.group(3)), m.group(4)
        units = ("名", "人") if unit in ("名", "人") else (unit,)
        for i in range(len(words) - 1):  # 目前在职党员 -> 在职党员: the longest group counted
            group = words[i:]
            whole = members(figures, group, units)
            if whole is not None and whole.start != m.start(3) and 0 < part <= whole.value:
                clause = _AFTER.match(text, m.end(), end).group()
                out.append(Figure(doc, m.group(), round(100.0 * part / whole.value, 1), None, "%", None,
                                  "percent", group + which + clause, None, sentence, section,
                                  m.start(), m.end()))
                break
    return out


#: a time of day: 9时30分, 10点, 下午3时, 晚上8点半, 下午4:10
CLOCK = re.compile(r"(上午|下午|晚上|中午|凌晨)?(\d{1,2})(?:(?:时|点)(?:(\d{1,2})分|(半))?|[:：](\d{2})(?!\d))")
#: a day of the year, as loosely as reports write it: 3月初, 4月下旬, 5月14日, 9月底
DAY = re.compile(r"(?<!\d)(\d{1,2})月(初|上旬|中旬|下旬|底|末|(\d{1,2})日)?")
#: words that open the later of two times of one sequence of work (…发现后，10时10分即报告;
#: 3月初递交…，支部于4月下旬安排谈话), within a few characters before it
_THEN = re.compile(r"(?:于|即|才|到|直到|后[，,]?)[^，,。；;\d]{0,3}$")
#: an event on one day and, opening the next clause, the work on a later day
#: (3月3日开学，3月12日召开支委会; 1月20日召开组织生活会，1月24日将…报送): a step that counts
#: only where the provision times the work from that event (see :func:`bare_step`)
_EVENT_THEN = re.compile(r"[^，,。；;\d]{2,14}[，,]\s*")


def bare_step(fig: Figure) -> bool:
    """Whether a step of days is an event's day and the next clause's day, with no word
    (于, 即, 才…) that says the later work followed from the earlier."""
    days = [d for d in DAY.finditer(fig.surface) if d.group(3)]
    return len(days) >= 2 and _EVENT_THEN.fullmatch(fig.surface[days[0].end():days[1].start()]) is not None


#: what joins the two ends of a span of hours (16:30至17:30, 下午4:10—6:20)
_SPAN = re.compile(r"\s*(?:至|到|-|－|—|–|~|～)\s*")
_PART = {None: (1, 31), "初": (1, 10), "上旬": (1, 10), "中旬": (11, 20), "下旬": (21, 31),
         "底": (25, 31), "末": (25, 31)}
_MONTH_START = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def _minutes(m: re.Match) -> int:
    hour = int(m.group(2)) + (12 if m.group(1) in ("下午", "晚上") and int(m.group(2)) < 12 else 0)
    minutes = m.group(3) or m.group(5)
    return hour * 60 + (int(minutes) if minutes else 30 if m.group(4) else 0)


def _clock_gap(a: re.Match, b: re.Match) -> int:
    """Minutes from one time of day to a later one; 下午4:10开始，到6:20结束 is 130 minutes
    (the second time is still in the afternoon the first one named)."""
    gap = _minutes(b) - _minutes(a)
    if gap <= 0 and b.group(1) is None and a.group(1) in ("下午", "晚上") and int(b.group(2)) < 12:
        gap += 12 * 60
    return gap


def _days(m: re.Match) -> tuple[int, int] | None:
    month = int(m.group(1))
    if not 1 <= month <= 12:
        return None
    lo, hi = (int(m.group(3)),) * 2 if m.group(3) else _PART[m.group(2)]
    return _MONTH_START[month - 1] + lo, _MONTH_START[month - 1] + hi


#: a length of time since an event, in words: 入职半年以后才转入, 届满三个多月后, 收到后两周
SINCE = re.compile(r"(?:入职|调入|到岗|报到|递交|届满|离校|毕业|发现|收到|受理|接到)"
                   r"(半年|[一二两三四五六七八九十\d]+个多?月|[一二两三\d]+年|[一二两三四五六七八九十\d]+周)"
                   r"(?:以后|之后|后)")


#: a length of time after an event that the figure extractor leaves alone, because it is
#: spelled (报到后半个月内全部转入, 收到后三天内) or an ordinal (会后第5个工作日已反馈)
AFTER = re.compile(r"后(?:的)?(?:(半个?月|[一二两三四五六七八九十]+(?:个多?月|周|天|日))(?:内|之内|以内)"
                   r"|第([一二两三四五六七八九十\d]+)(个工作日|天|日))")


def _since_days(words: str) -> float | None:
    if words == "半年":
        return 182.0
    if words in ("半个月", "半月"):
        return 15.0
    m = re.fullmatch(r"([一二两三四五六七八九十]+)(天|日)", words)
    if m:
        try:
            return float(parse_number(m.group(1)))
        except NumeralError:
            return None
    m = re.match(r"([一二两三四五六七八九十\d]+)(个多?月|年|周)", words)
    try:
        n = parse_number(m.group(1)) if m else None
    except NumeralError:
        return None
    if n is None:
        return None
    return n * {"年": 365.0, "周": 7.0}.get(m.group(2), 30.4)


#: a step that sends something on (报…审批, 报送, 上报, 提交, 备案): it counts from the last day
#: before it in its paragraph even when its own day opens the sentence
_SENT = re.compile(r"报送|上报|报(?:[\u4e00-\u9fff]{1,10}?)(?:审批|审核|备案|批准)|提交|送达|备案")


def elapsed(text: str, start: int, end: int, doc: str | None, section: str,
            para_start: int | None = None) -> list[Figure]:
    """How long a passage says one step took to the next: 入职半年以后才转入 is 182 days;
    报到后半个月内 at most 15 days, 会后第5个工作日 5 working days;
    9时30分发现后，10时10分即电话报告 is 40 minutes; 3月初递交…，支部于4月下旬安排谈话 is 41 to 61 days (``value`` to ``value_max``).
    Only two times in one sentence, the later one opened by 于/即/才/后…, count; a list
    (3月和6月各召开) or a span (5月6日至10日) is no step from one to the other. With
    ``para_start``, a sentence whose first day is opened so (学校于10月24日将核实情况书面报告…),
    or opens with its day and sends something on (10月29日，我们将选举结果报…审批), also steps
    from the last day written before it in its paragraph (10月9日，一名家长反映…)."""
    out = []
    sentence = text[start:end]
    for m in SINCE.finditer(text, start, end):  # 入职半年以后才转入: 182 days
        days = _since_days(m.group(1))
        if days:
            out.append(Figure(doc, m.group(), round(days, 1), None, "天", None, "duration",
                              sentence[: m.end() - start], None, sentence, section, m.start(), m.end()))
    for m in AFTER.finditer(text, start, end):  # 报到后半个月内: 15 days; 会后第5个工作日: 5
        if m.group(1):
            days, unit = _since_days(m.group(1)), "天"
        else:
            try:
                days = float(parse_number(m.group(2)))
            except NumeralError:
                continue
            unit = "工作日" if m.group(3) == "个工作日" else "天"
        if days:
            out.append(Figure(doc, m.group()[1:], round(days, 1), None, unit, None, "duration",
                              sentence[: m.end() - start], None, sentence, section,
                              m.start() + 1, m.end()))
    for pattern, unit in ((CLOCK, "分钟"), (DAY, "天")):
        found = list(pattern.finditer(text, start, end))
        used = -1
        for k, (a, b) in enumerate(pairwise(found)):
            if k == used:
                continue  # a time ends one step and starts no other
            gap = text[a.end():b.start()]
            span = unit == "分钟" and _SPAN.fullmatch(gap) is not None  # 下午4:10至6:20: 130 minutes
            after_event = (unit == "天" and a.group(3) is not None and b.group(3) is not None
                           and _EVENT_THEN.fullmatch(gap) is not None)
            if not span and not after_event and (len(gap) < 4 or not _THEN.search(gap)):
                continue  # 5月6日至10日: no step
            if "各" in text[b.end():b.end() + 4]:
                continue  # 3月、6月各…: no step
            if unit == "分钟":
                lo = hi = _clock_gap(a, b)
            else:
                days = _days_between(a, b)
                if days is None:
                    continue
                lo, hi = days
            if lo <= 0:
                continue
            used = k + 1
            out.append(_step(text, a, b, lo, hi, unit, doc, section, start, sentence))
    if para_start is not None and para_start < start and not any(f.unit == "天" for f in out):
        first = DAY.search(text, start, end)
        earlier = [m for m in DAY.finditer(text, para_start, start) if m.group(3)]  # a day, not 7月起
        opens = first is not None and not text[start:first.start()].strip("，, ")
        if first and earlier and (_THEN.search(text[max(start, first.start() - 6):first.start()])
                                  # 10月29日，我们将选举结果报区委教育工委审批: a dated sending
                                  or opens and _SENT.search(text, first.end(), end)):
            days = _days_between(earlier[-1], first)
            if days is not None and days[0] > 0:
                out.append(_step(text, earlier[-1], first, *days, "天", doc, section, start, sentence))
    return out


def _days_between(a: re.Match, b: re.Match) -> tuple[int, int] | None:
    """The fewest and most days from day ``a`` to day ``b`` (3月初 to 4月下旬: 41 to 61)."""
    da, db = _days(a), _days(b)
    if da is None or db is None:
        return None
    return db[0] - da[1], db[1] - da[0]


def _step(text: str, a: re.Match, b: re.Match, lo: float, hi: float, unit: str, doc: str | None,
          section: str, start: int, sentence: str) -> Figure:
    """A duration figure spanning from time ``a`` to time ``b``."""
    return Figure(doc, text[a.start():b.end()], float(lo), float(hi) if hi != lo else None,
                  unit, None, "duration", sentence[: b.end() - start], None, sentence,
                  section, a.start(), b.end())


#: a span of days something lasted: 公示时间为5月6日至10日, 5月6日—5月10日公示
DATE_SPAN = re.compile(r"(?<!\d)(\d{1,2})月(\d{1,2})日?\s*(?:至|到|—|－|-|–|~|～)\s*(?:(\d{1,2})月)?(\d{1,2})日")
_YEAR = re.compile(r"((?:19|20)\d{2})年")


def _span_dates(m: re.Match, year: int | None):
    m1, d1 = int(m.group(1)), int(m.group(2))
    m2, d2 = int(m.group(3) or m1), int(m.group(4))
    try:
        a, b = dt.date(year or 2001, m1, d1), dt.date(year or 2001, m2, d2)
    except ValueError:
        return None
    return (a, b) if a <= b and (b - a).days <= 92 else None


def date_spans(text: str, start: int, end: int, doc: str | None, section: str) -> list[Figure]:
    """How long a span of dates lasted, both ends counted: 公示时间为5月6日至10日 is 5 days."""
    out = []
    sentence = text[start:end]
    for m in DATE_SPAN.finditer(text, start, end):
        got = _span_dates(m, None)
        if got is None:
            continue
        a, b = got
        out.append(Figure(doc, m.group(), float((b - a).days + 1), None, "天", None, "duration",
                          _BEFORE.search(text, start, m.start()).group() + m.group(), None,
                          sentence, section, m.start(), m.end()))
    return out


def working_days(fig: Figure, year: int | None) -> Figure | None:
    """A span of dates (:func:`date_spans`) in working days, Monday to Friday, in the year
    its sentence or else the report names; None when no year is known (5 days may hold
    a weekend or not). Holidays are not known."""
    m = DATE_SPAN.fullmatch(fig.surface)
    if m is None:
        return None
    written = _YEAR.findall(fig.sentence[: fig.sentence.find(fig.surface)])
    year = int(written[-1]) if written else year
    got = _span_dates(m, year) if year else None
    if got is None:
        return None
    a, b = got
    n = sum((a + dt.timedelta(k)).weekday() < 5 for k in range((b - a).days + 1))
    return Figure(fig.doc, fig.surface, float(n), None, "工作日", None, "duration", fig.subject,
                  None, fig.sentence, fig.section, fig.start, fig.end)


def report_year(doc) -> int | None:
    """The year a report is about: its date, else the year in its title."""
    for got in ((doc.meta.date or "")[:4] if doc.meta else "", doc.title or ""):
        m = re.search(r"(?:19|20)\d{2}", got)
        if m:
            return int(m.group())
    return None


def report_years(title: str, text: str = "") -> float:
    """The years a report covers, from its title: 0.25 for a quarter's (第三季度党建工作总结)
    whose ``text`` names no month before the quarter (a 第三季度推进情况报告 that goes back to
    3月 reports the year so far), 1/12 for a month's (党建工作月报（2025年10月）) likewise, 0.5
    for a half-year summary (上半年工作小结, 半年总结), else a year."""
    named = [int(x) for x in re.findall(r"(?<![\d.])(\d{1,2})月", text)]
    m = QUARTER.search(title)
    if m:
        first = 3 * int(parse_number(m.group(1))) - 2
        return 0.25 if all(first <= k <= 12 for k in named) else 1.0
    m = MONTH_REPORT.match(title)
    if m and 1 <= int(m.group(1)) <= 12:
        return 1 / 12 if all(int(m.group(1)) <= k <= 12 for k in named) else 1.0
    return 0.5 if HALF_YEAR.search(title) else 1.0


#: a dated entry of a record kept in order (大事记, 工作台账): a paragraph that opens with its
#: date (1月8日　召开支委会…; 4月15日—4月18日 …; 2025年3月 …)
_ENTRY_DATE = re.compile(r"^\s*(?:(?:19|20)\d{2}年)?(\d{1,2})月(?:\d{1,2}日|上旬|中旬|下旬|初|底)?")
#: a report that is such a record: at least this many dated entries, and this share of its
#: paragraphs
LOG_MIN_ENTRIES, LOG_MIN_SHARE = 12, 0.6


def log_months(paragraphs: list[str]) -> dict[int, int] | None:
    """For a report that is a dated record (大事记), the month of each entry (paragraph index
    -> month); None for any other report. Such a record lists every occasion of the year, so
    a month without an entry is a month the work was not done; in a summary, the months
    named are examples."""
    dated = {}
    for i, text in enumerate(paragraphs):
        m = _ENTRY_DATE.match(text)
        if m and 1 <= int(m.group(1)) <= 12:
            dated[i] = int(m.group(1))
    if len(dated) < LOG_MIN_ENTRIES or len(dated) < LOG_MIN_SHARE * len(paragraphs):
        return None
    return dated


def logged_periods(entry_months: list[int], record_months: list[int], period_months: int
                   ) -> tuple[list[int], list[int]]:
    """(periods with an entry, periods without) over the months a dated record spans, each
    period ``period_months`` long counted from January (1 = the month, 3 = the quarter); a
    period is named by its first month."""
    first, last = min(record_months), max(record_months)
    periods = sorted({(m - 1) // period_months for m in range(first, last + 1)})
    seen = {(m - 1) // period_months for m in entry_months}
    return ([p * period_months + 1 for p in periods if p in seen],
            [p * period_months + 1 for p in periods if p not in seen])


#: a report at the end of a term (换届, 任期已满五年): its counts cover the term, whose length
#: the opening states (任期已满五年, 五年来, 本届…2020年12月…选举产生 is not enough alone)
_TERM_REPORT = re.compile(r"换届|任期|本届|届满")
_TERM_LENGTH = re.compile(r"(?:任期|届)[^。；;]{0,8}?(?<![\d第])([两二三四五六七八九十]|[2-9])年"
                          r"|(?<![\d第])([两二三四五六七八九十]|[2-9])年(?:来|以来)")
#: how much of the start of a report is read for its term (title, 称谓, opening paragraph)
_OPENING_CHARS = 400


def term_years(doc) -> float | None:
    """The years of the term a report looks back on, when it is a term report (在…党员大会上的
    工作报告: 本届委员会…任期已满五年): stated in its title or opening. None otherwise."""
    opening = (doc.title or "") + doc.text[:_OPENING_CHARS]
    if not _TERM_REPORT.search(opening):
        return None
    m = _TERM_LENGTH.search(opening)
    if not m:
        return None
    return parse_number(m.group(1) or m.group(2))


#: the year written right before a month (2025年10月底前, 计划2026年3月前上线)
_YEAR_BEFORE = re.compile(r"((?:19|20)\d{2})年$")


def _year_of(text: str, at: int) -> int | None:
    m = _YEAR_BEFORE.search(text[max(0, at - 5):at])
    return int(m.group(1)) if m else None


def deadline(provision: str) -> tuple[int, int, str, int | None] | None:
    """(month, day, words, year or None) of a provision's deadline; day 31 for 月底."""
    m = DEADLINE.search(provision)
    if not m:
        return None
    month = int(m.group(1))
    if not 1 <= month <= 12:
        return None
    return (month, int(m.group(2)) if m.group(2) else 31, m.group(), _year_of(provision, m.start()))


def months(passage: str) -> list[tuple[int, int, str, int | None]]:
    """(month, day, words, year or None) of each month a report passage names; day 1 when
    not given (上旬/中旬/下旬 give 1/11/21); the year when written before it (2026年3月)."""
    out = []
    for m in MONTH.finditer(passage):
        month = int(m.group(1))
        if not 1 <= month <= 12:
            continue
        tail = m.group()[len(m.group(1)) + 1:]
        day = int(m.group(2)) if m.group(2) else {"中旬": 11, "下旬": 21, "底": 28}.get(tail, 1)
        out.append((month, day, m.group(), _year_of(passage, m.start())))
    return out


def later(date: tuple, due: tuple) -> bool:
    """Is a report's date (from :func:`months`) after a deadline (from :func:`deadline`)?
    Years count when both are written (计划2026年3月前上线 is after 2025年10月底前)."""
    if date[3] is not None and due[3] is not None and date[3] != due[3]:
        return date[3] > due[3]
    return (date[0], date[1]) > due[:2]


#: a term or a holiday named in a report passage, as the month it falls in (春季学期 and
#: 寒假 open the year, 七一 is July); 春、秋两季 names both terms
TERMS = re.compile(r"(春|秋)(?:季|学期)|(春)[季]?[、和与及](秋)|(寒假|暑假|暑期|七一|国庆|元旦|五四)")
_TERM_MONTH = {"春": 3, "秋": 9, "寒假": 1, "暑假": 7, "暑期": 7, "七一": 7, "国庆": 10,
               "元旦": 1, "五四": 5}


#: a clause of a report passage
_CLAUSES = re.compile(r"[^，,；;。：:]+[，,；;。：:]?")


def occasions(passage: str, about: Callable[[str], bool] | None = None) -> set[int]:
    """The months a report passage dates its work in: the months it names, and the terms
    and holidays it names as their month (春季学期 3, 秋季学期 9, 七一 7).

    With ``about`` (does a clause speak of the work?), a date counts only in a clause that
    does or that is set before one (七一前夕，党委书记…为全体党员上了一堂专题党课): in
    …做了一次专题调研，…提出的3条建议已在秋季学期落实 the term dates what followed from
    the work, not the work."""
    clauses = [m.group() for m in _CLAUSES.finditer(passage)] if about else [passage]
    # the last clause that speaks of the work: dates after it date something else
    last = max((k for k, c in enumerate(clauses) if about is None or about(c)), default=-1)
    found: set[int] = set()
    for clause in clauses[: last + 1]:
        found.update(m[0] for m in months(clause))
        for m in TERMS.finditer(clause):
            found.update(_TERM_MONTH[g] for g in m.groups() if g)
    return found


def _parts(text: str, start: int, end: int):
    """(match, whole, its unit, part, its unit, what is counted) of each part of a whole
    (14名教工党支部书记中，已有11人) in ``text[start:end]``."""
    for m in LISTED_PART.finditer(text, start, end):
        whole = sum(_int(c.group(1)) for c in _COUNT_IN.finditer(text, m.start(), m.start(m.lastindex - 1)))
        yield (m, whole, m.group(m.lastindex - 2), _int(m.group(m.lastindex - 1)), m.group(m.lastindex),
               _AFTER.match(text, m.end(), end).group())
    for m in PART.finditer(text, start, end):
        # what the part is: the words after it (8名是“双带头人”, 2名已培养考察一年半以上), not
        # the whole's name, which a provision on another share of that whole also names
        yield (m, _int(m.group(1)), m.group(2), _int(m.group(3)), m.group(4),
               _AFTER.match(text, m.end(), end).group())
    for m in PART_DONE.finditer(text, start, end):  # 共有31个…届满，…已完成换届选举28个
        yield (m, _int(m.group(1)), m.group(2), _int(m.group(5)), m.group(6),
               m.group(3) + m.group(4))


def part_of_whole(passage: str) -> tuple[int, int, str] | None:
    """(part, whole, words) when a passage counts part of a whole (14名…中，已有11人)."""
    first = next(_parts(passage, 0, len(passage)), None)
    if first is None:
        m = SLASHED.search(passage)  # 组织在职党员教师参加县级集中培训，参训36/38名
        return (int(m.group(1)), int(m.group(2)), passage[:m.end()]) if m else None
    m, whole, _, part, _, _ = first
    return (part, whole, m.group()) if 0 <= part <= whole else None
