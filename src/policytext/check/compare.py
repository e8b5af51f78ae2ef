"""Hold a report's figures against a provision's quantitative constraint.

A frequency (每三个月召开1次) and a report figure (全年召开4次) are both turned into a
rate per year before they are compared; a minimum or maximum (不少于16学时) is compared
value to value when the units agree. Every verdict carries the sentence a person needs.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..figures.numerals import parse_number
from ..records import Constraint, Figure

#: units that count the same thing
_UNIT_CLASS = {
    "次": "次", "场": "次", "期": "次", "轮": "次", "回": "次", "节": "次", "堂": "次",
    "学时": "学时", "课时": "学时", "小时": "学时",
    "天": "天", "日": "天",
    "人": "人", "名": "人", "位": "人", "人次": "人次",
    "对": "人",  # 结对帮扶…1,031对: one pair, one person helped
    "个": "个", "所": "个", "家": "个",
    "元": "元", "万元": "元", "亿元": "元",
    "%": "%",
}

#: a length of time in days, so 约10个月 is held against 不少于1年 and 两周 against 5个工作日
_DAYS = {"年": 365.0, "个月": 30.4, "月": 30.4, "周": 7.0, "星期": 7.0, "天": 1.0, "日": 1.0,
         "工作日": 1.4, "个工作日": 1.4, "小时": 1 / 24, "分钟": 1 / 1440}

_CN = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "半": 0.5, "十二": 12}

_PERIOD_YEARS = {"年": 1.0, "学年": 1.0, "年度": 1.0, "学期": 0.5, "季度": 0.25, "季": 0.25,
                 "月": 1 / 12, "周": 1 / 52, "星期": 1 / 52, "天": 1 / 365, "日": 1 / 365}

_PERIOD = re.compile(r"^(?:(\d+|[一两二三四五六半]|十二)个?)?(学年|年度|学期|季度|星期|年|季|月|周|天|日)$")

#: units that count lessons (每学期各讲不少于2节): a count of 次 only where the provision is on a 课
LESSONS = {"节", "堂"}
#: units specific enough that a figure in them, in a passage on the provision, measures
#: what the provision does even when the words before it differ (人均参训18学时, 全年实际列支3.9万元,
#: 一间约30平方米的闲置教室改建成党员活动室)
SPECIFIC = {"学时", "天", "工作日", "个月", "周", "元", "小时", "分钟", "平方米"}
#: where a report states the period its count covers, just before the figure
_REPORT_PERIOD = re.compile(
    # (not the grade of 高一年级, 初一年级)
    r"(每(?:个)?|按|逐|全|今|本|这(?:一|个)?|上半|下半|(?<![高初第])一)(学年|年度|学期|季度|年|季|月|周|星期)(?!级)"
    r"(?:来|以来|内|中|度)?"
    r"|(?:春季|秋季|春|秋|上|下|第一|第二)(学期)"  # 仅春季学期…召开61次, 第二学期3节: one term
    r"|每(两|二|三|四|半|[2-6])个?(学期|季度|月|周|星期)"  # 每两个星期…一次: every second week
)


#: a count over several years (五年来共召开…, 五年累计投入…, 近三年, 2021年至2025年累计…,
#: 2020年12月至2025年12月), or over a term whose length the report states elsewhere (任期内共…)
_SPAN = re.compile(
    # (两年多来: at least two years, so a rate over two is the most it can be)
    r"(?<![\d第])(?:近|过去|最近)?(?P<n>[两二三四五六七八九十]|[2-9]|1\d)个?(?P<per>学年|年|学期)(?:多|余)?"
    r"(?=来|以来|间|中|里|内|共|累计|合计|总计|，|,)"
    r"|(?P<y1>(?:19|20)\d{2})年(?:(?P<m1>\d{1,2})月)?(?:至|到|—|–|－|-|～|~)(?P<y2>(?:19|20)\d{2})年"
    r"(?:(?P<m2>\d{1,2})月)?"
    r"|(?P<s1>(?:19|20)\d{2})年?\s*(?:至|到|—|–|－|-|～|~)\s*(?P<s2>(?:19|20)\d{2})\s*学年"  # 2024—2025学年
    r"|(?P<term>任期内|任期以来|本届以来|本届任期)"
    # part of the year: 前三个季度 (0.75), 前8个月, 截至11月底 (from January)
    r"|(?<![提之以此目])[前头](?P<part>[两二三]|[2-3])个?季度|(?<![提之以此目])[前头](?P<months>[2-9]|1[01]|[两二三四五六七八九十]|十一)个月"
    r"|截至(?:(?:19|20)\d{2}年)?(?P<upto>[1-9]|1[01])月(?:底|末)"
    # …or up to the report's date, the months before its own month: 截至目前 in a report of 12月5日
    r"|(?P<now>截至目前|截至当前|截至现在|到目前为止|截止目前)"
    # …or written as months of the year: 1—11月, 1至10月 (from January)
    r"|(?<![\d.])1\s*(?:—|–|－|-|～|~|至|到)\s*(?P<through>[2-9]|1[01])月(?:份)?(?=[，,]|共|累计|合计|期间|内|全)"
    # since a month up to the report's date: 自2023年9月建校以来, 2023年9月建校至今
    r"|自?(?P<y0>(?:19|20)\d{2})年(?:(?P<m0>\d{1,2})月)?(?:份)?[^，,。；;\d]{0,10}?(?:以来|至今|到现在|到目前)")
#: a rate right before a count (每月召开1次, 按季度…各1次): not a count over a stretch of time
RATE_BEFORE = re.compile(r"(?:每|按|逐)个?(?:两|二|三|四|半|[2-6])?个?(?:学年|年度|学期|季度|年|季|月|周|星期)"
                          r"[^，,。；;]{0,12}$")
#: a year named with 年度 in the words before a figure (2026年度预算)
_NAMED_YEAR = re.compile(r"(?:19|20)\d{2}年度(?:预算|计划|经费|部门预算)")
#: a clause that tallies after a rate: in 每季度均召开了党员大会，共召开15次 the 15 are no quarter's
_TALLY_AFTER = re.compile(r"[，,][^，,]{0,6}?(?:共|累计|合计|总计|一共)")


#: a rate written as "N periods, one time" right before the count (两周一回, 一月一次, 三个月一次),
#: not 每两周 (above) nor a length (12周)
_EVERY_N = re.compile(r"(?<![每\d一二两三四五六七八九十])([一两二三四半]|[1-6])个?(学期|季度|月|周|星期)"
                      r"(?:[一1](?:回|次|趟))?\s*$")


#: the numbers written in a figure's words (two of them: a product the check worked out)
_NUMBERS = re.compile(r"\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+")


def unit_class(unit: str | None) -> str | None:
    return _UNIT_CLASS.get(unit or "", unit)


def period_years(period: str | None) -> float | None:
    """'年' -> 1, '3个月' -> 0.25, '两年' -> 2, '学期' -> 0.5; None if unknown."""
    if not period:
        return None
    m = _PERIOD.match(period.strip().lstrip("每"))
    if not m:
        return None
    n, unit = m.groups()
    k = float(n) if n and n.isdigit() else float(_CN.get(n, 1)) if n else 1.0
    return k * _PERIOD_YEARS[unit]


def span_years(m: re.Match[str], term_years: float | None,
               until: tuple[int, int] | None = None) -> float:
    """The years a :data:`_SPAN` match covers; NaN for a term of unknown length, or for a
    span since a month (自2023年9月…以来) when the report's date (``until``: year, month) is
    unknown."""
    if m.group("term"):
        return term_years or math.nan
    if m.group("y0"):
        if until is None:
            return math.nan
        months = (until[0] - int(m.group("y0"))) * 12 + until[1] - int(m.group("m0") or 1) + 1
        return months / 12 if months > 0 else math.nan
    if m.group("part"):
        return parse_number(m.group("part")) * _PERIOD_YEARS["季度"]
    if m.group("months"):
        return parse_number(m.group("months")) / 12
    if m.group("now"):
        return (until[1] - 1) / 12 if until is not None and until[1] > 1 else math.nan
    if m.group("upto") or m.group("through"):
        return int(m.group("upto") or m.group("through")) / 12
    if m.group("s1"):
        return float(max(1, int(m.group("s2")) - int(m.group("s1"))))
    if m.group("y1"):
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if m.group("m1") and m.group("m2"):
            return ((y2 - y1) * 12 + int(m.group("m2")) - int(m.group("m1")) + 1) / 12
        return float(y2 - y1 + 1)
    return parse_number(m.group("n")) * _PERIOD_YEARS[m.group("per")]


#: a clause that tells one month or one quarter (1月召开支委会…, 3月、4月各…, 第一季度，…)
_ONE_PERIOD_TOLD = re.compile(r"\d{1,2}月(?:份)?(?![底末至到\d—–、和-]|以来|前|中旬|下旬|上旬)"
                              r"(?=[^，,]*?(?:召开|开展|举行|组织|讲|上))|第?[一二三四]季度(?![末底、和至])")
#: an average per period written with 均 after it (月均, 周均, 季均, 年均; not 均衡)
_UNIT_AVERAGE = re.compile(r"(学年|学期|季度|季|月|周|星期|年)均(?![衡匀])")


def report_period_years(sentence: str, fig_offset_in_sentence: int,
                        term_years: float | None = None,
                        until: tuple[int, int] | None = None) -> float | None:
    """The period a report figure covers, from the words before it (每月…, 全年…, 五年来,
    任期内 — a term of ``term_years``, NaN when its length is unknown). A rate (按月,
    每季度) holds only in its own clause: in …按月召开支委会783次；同期召开党员大会142次 the
    党员大会 are not monthly; a span (五年来) holds for the sentence."""
    best = None
    before = sentence[:fig_offset_in_sentence]
    spans = [m for m in _SPAN.finditer(before) if not re.search(r"[；;]", before[m.end():])]
    # (a rate also ends where an aside opens: 按月召开支委会（截至11月底各支部均召开9次）)
    rates = [m for m in _REPORT_PERIOD.finditer(before)
             if not ((m.group(1) or "").startswith(("每", "按", "逐"))
                     and (_TALLY_AFTER.search(before, m.end()) or re.search(r"[（(]", before[m.end():])))]
    if spans and not (rates and rates[-1].start() > spans[-1].end()
                      and (rates[-1].group(1) or "").startswith(("每", "按", "逐"))):
        return span_years(spans[-1], term_years, until)
    m = _UNIT_AVERAGE.search(re.split(r"[，,；;。]", before)[-1])
    if m:  # 月均召开支委会1.2次, 周均1次: an average over each such period
        return _PERIOD_YEARS[m.group(1)]
    m = _EVERY_N.search(before)
    if m:  # 两周一回, 一月一次: the rate is written right before its count
        many, every = m.groups()
        return (int(many) if many.isdigit() else _CN[many]) * _PERIOD_YEARS[every]
    for m in rates:
        if (m.group(1) or "").startswith(("每", "按", "逐")) and re.search(r"[；;]", before[m.end():]):
            continue
        best = m
    if best is None:
        # a year's budget or plan named by its year (在2026年度预算中…安排61.4万元): a year
        return 1.0 if _NAMED_YEAR.search(re.split(r"[。；;]", before)[-1]) else None
    head, unit, term, many, every = best.groups()
    if term:
        return _PERIOD_YEARS[term]
    if every:
        return (int(many) if many.isdigit() else _CN[many]) * _PERIOD_YEARS[every]
    years = _PERIOD_YEARS[unit]
    if head in {"上半", "下半"}:
        return 0.5
    return years


#: a table cell's bare number, a share by its % header (党员教师占专任教师比例（%） | 33)
_BARE_CELL = r"^\d+(?:\.\d+)?$"
#: a share the report wrote itself: 36%, 近八成, 不到一半, 三分之二, 覆盖率45/50, or a cell
_WRITTEN_SHARE = re.compile(rf"[%％]|[一二两三四五六七八九十]成|半|分之|^\d+/\d+$|{_BARE_CELL}")


def cell_share(fig: Figure) -> bool:
    """Is the share a table cell's bare number under a % header (the report's, of its row)?"""
    return fig.unit == "%" and re.fullmatch(_BARE_CELL, fig.surface) is not None


def worked_out_share(fig: Figure) -> bool:
    """A share the check worked out from two counts (共56所，其中31所), not one the report wrote
    (in figures or in words: 近八成, 不到一半, 三分之二, 百分之九十)."""
    return fig.unit == "%" and not _WRITTEN_SHARE.search(fig.surface)


@dataclass(slots=True)
class Verdict:
    ok: bool
    figure: Figure
    reason: str


#: a figure open upwards (超过30人, 30人以上, 逾百次) or downwards (不到4所, 5所以下): it can
#: show a minimum or a maximum kept, but not missed
_OPEN_ABOVE = re.compile(r"^(?:超过|突破|逾|超|多于|不少于|不低于|至少|高于)|(?:以上|之多|有余)$")
_OPEN_BELOW = re.compile(r"^(?:不到|不足|少于|低于|不超过)|(?:以下|以内|之内|内)$")


#: a count over the term of office so far (本届任期内已讲授2次, 2023年换届以来累计…)
_TERM_COUNT = re.compile(r"任期|本届|届内|换届以来")
#: ... and a term that has ended (任期届满, 本届任期结束)
_TERM_OVER = re.compile(r"届满|任期结束|任期已满")


def _in_term(constraint: Constraint, fig: Figure, before: str, have: float, need: float,
             words: str) -> Verdict | None:
    """A count against a bound over a term of office (任期内至少讲授专题党课3次): a count the
    report gives for the term meets it once it reaches the bound; short of it, it falls short
    only when the term is over, else the term still runs (None)."""
    if not _TERM_COUNT.search(before):
        return None  # one year's count says nothing of the term's
    if have + 1e-9 >= need:
        return Verdict(True, fig, f"{words} in the term against the required {need:g} in a term")
    if _TERM_OVER.search(before):
        return Verdict(False, fig, f"{words} in the term, now over, against the required {need:g}")
    return None


def compare(constraint: Constraint, fig: Figure, sentence: str, sent_start: int,
            covers: float = 1.0, term_years: float | None = None,
            until: tuple[int, int] | None = None) -> Verdict | None:
    """Compare one report figure with one constraint; None when they do not measure the same,
    when the figure is open on the side that would decide (超过30人 against 不少于40人), or
    when it covers a term of unknown length (任期内共召开17次). ``covers`` is the years the
    report covers, ``term_years`` the length of the term a 任期内 count covers, ``until`` the
    report's date (year, month) a count since some month (自2023年9月…以来) runs to."""
    v = _compare(constraint, fig, sentence, sent_start, covers, term_years, until)
    if v is None:
        return v
    if (fig.approx == "about" and constraint.value is not None and math.isclose(fig.value, constraint.value)
            and not (_SHORT_OF.search(fig.surface) or _BEYOND.search(fig.surface))):
        return None  # 40学时左右, 约40学时 against 不少于40学时: either side of it
    at_most = constraint.bound == "at_most" or constraint.kind == "maximum"
    high = v.ok != at_most  # the figure is above a minimum, or beyond a maximum
    if _OPEN_ABOVE.search(fig.surface) and not high or _OPEN_BELOW.search(fig.surface) and high:
        return None  # 超过30学时 is above 30, perhaps above 40 too
    return v


def _compare(constraint: Constraint, fig: Figure, sentence: str, sent_start: int,
             covers: float = 1.0, term_years: float | None = None,
             until: tuple[int, int] | None = None) -> Verdict | None:
    if constraint.value is None:
        return None
    if (constraint.kind in {"minimum", "maximum"} and fig.kind == "duration"
            and constraint.unit in _DAYS and fig.unit in _DAYS and constraint.unit != fig.unit):
        return _lengths(constraint, fig)
    if unit_class(constraint.unit) != unit_class(fig.unit) and not (
            constraint.unit == "课时" and fig.unit in LESSONS):  # 讲了2节 against 不少于4课时
        return None
    if fig.kind in {"change", "percent"} and constraint.unit != "%":
        return None
    need = float(constraint.value)
    have = float(fig.value)
    if _BEYOND.match(fig.surface):  # 超过4所 against 不超过4所: beyond it
        have += 1e-6
    elif _SHORT_OF.match(fig.surface):  # 近三成, 不到40学时 against 不低于30%, 不少于40学时
        have -= 1e-6
    words = fig.surface if fig.kind != "duration" else _length_words(fig)  # 4月25日…5月20日 (25天)
    if worked_out_share(fig):  # 共14人，其中党员6人
        words = f"{words} ({fig.value:g}%)"
    elif len(_NUMBERS.findall(words)) >= 2 and f"{fig.value:g}" not in words:  # 三个半天，每个半天四个学时
        words = f"{words} ({fig.value:g}{fig.unit or ''})"
    if constraint.kind == "frequency" and constraint.period == "任期":
        return _in_term(constraint, fig, sentence[: fig.start - sent_start], have, need, words)
    if constraint.kind == "frequency":
        told = re.split(r"[；;。]", sentence[: fig.start - sent_start])[-1].strip()
        if _ONE_PERIOD_TOLD.match(told) and not re.search(r"全年|年内|全学年|累计|共|各|分别|均", told):
            return None  # 1月召开支委会1次；2月…: one month's count, no rate for the year
        per = period_years(constraint.period)
        got = report_period_years(sentence, fig.end - sent_start, term_years, until)
        if per is None or got is not None and math.isnan(got):
            return None
        assumed = got is None
        got = got or covers  # a count covers the report's period (a year) unless it says otherwise
        # (a duty per term, shorter than a year, asks for its year's number: 2 terms)
        if constraint.bound != "at_most" and _year_not_over(covers, per, got, have, need / min(per, 1.0),
                                                            sentence[: fig.start - sent_start]):
            return None
        need_rate, have_rate = need / per, have / got
        ok = have_rate + 1e-9 >= need_rate if constraint.bound != "at_most" else have_rate <= need_rate + 1e-9
        passed = math.floor(got / per + 1e-9)
        if (not assumed and got < 1 and per < 1 and passed >= 1 and constraint.bound != "at_most"
                and any(m.group(g) for m in _SPAN.finditer(sentence[: fig.start - sent_start])
                        for g in ("upto", "through", "now", "part", "months"))):
            # 截至11月底…党员大会3次 against 每季度至少1次: the quarters passed ask for three, the
            # fourth still runs (a rate over the months would ask for 3.67)
            return Verdict(have + 1e-9 >= need * passed, fig,
                           f"{words} in the {round(got * 12):g} months it covers, against the required "
                           f"{need:g} a {constraint.period} for the {passed} that have passed ({need * passed:g})")
        basis = (("assuming the count covers one year, " if covers == 1.0 else
                  f"assuming the count covers the {covers:g} years the report covers, ")
                 if assumed else "")
        return Verdict(ok, fig, f"{basis}{words} is {round(have_rate, 2):g} a year against the required "
                                f"{need_rate:g} a year")
    if constraint.kind == "minimum" and constraint.period:
        # 每人每年不少于40学时 against 人均每学期参训18学时: both as a rate per year
        per = period_years(constraint.period)
        got = report_period_years(sentence, fig.end - sent_start, term_years, until)
        if got is not None and math.isnan(got):
            return None
        if per and _year_not_over(covers, per, got or covers, have, need, sentence[: fig.start - sent_start]):
            return None  # 本季度…共计12学时 against 每年不少于32学时
        if per and got and abs(per - got) > 1e-9:
            need_rate, have_rate = need / per, have / got
            ok = have_rate + 1e-9 >= need_rate
            return Verdict(ok, fig, f"{words} is {round(have_rate, 2):g}{fig.unit or ''} a year against the "
                                    f"required {need_rate:g}{constraint.unit or ''} a year")
    return _bounded(constraint, fig, have, need, constraint.value_max or need, words)


def _year_not_over(covers: float, per: float, span: float, have: float, need: float, before: str) -> bool:
    """A part-year report's count over its whole span (本季度…1次, 本季度…共计12学时), short of
    a duty set for a longer period (每年至少2次, 每年不少于32学时): the rest of the year may bring
    more, so only reaching the number decides. A rate (每月召开1次) is no such count."""
    return (covers < per - 1e-9 and covers - 1e-9 <= span < per - 1e-9 and have < need
            and not (RATE_BEFORE.search(before) or _EVERY_N.search(before)))


#: a figure strictly beyond its number (超过4所) or short of it (近三成, 将近40人, 不到40学时)
_BEYOND = re.compile(r"超过|突破|逾|超|多于|高于")
_SHORT_OF = re.compile(r"将近|接近|近(?!年|期|来)|不到|不足|少于|低于")


def _lengths(constraint: Constraint, fig: Figure) -> Verdict | None:
    """Two lengths of time in different units (约10个月 against 不少于1年), compared in days.
    A length known only within a range (3月初 to 4月下旬: 42 to 61 days) gives a verdict
    only when the whole range is on one side of the bound."""
    need = float(constraint.value) * _DAYS[constraint.unit]
    lo = float(fig.value) * _DAYS[fig.unit]
    hi = float(fig.value_max if fig.value_max is not None else fig.value) * _DAYS[fig.unit]
    words = _length_words(fig)
    if constraint.bound == "at_most" or constraint.kind == "maximum":
        if lo <= need < hi:
            return None  # the bound falls inside the range
        return _bounded(constraint, fig, hi, need, need, words)
    if lo < need <= hi:
        return None
    return _bounded(constraint, fig, lo, need, need, words)


def _length_words(fig: Figure) -> str:
    """A length's words with its worked-out length when the words do not state it (10月9日…
    学校于10月24日 (15天)); a long stretch between two dates is cut to its ends."""
    words = fig.surface if len(fig.surface) <= 24 else f"{fig.surface[:10]}…{fig.surface[-10:]}"
    length = f"{fig.value:g}" + (f"–{fig.value_max:g}" if fig.value_max is not None else "") + (fig.unit or "")
    return words if f"{fig.value:g}" in fig.surface else f"{words} ({length})"


def _bounded(constraint: Constraint, fig: Figure, have: float, need: float, limit: float,
             words: str) -> Verdict:
    """``have`` against the constraint's minimum ``need`` or maximum ``limit`` (same units);
    the reason states the bound as the provision wrote it."""
    bound = f"{float(constraint.value):g}{constraint.unit or ''}"
    # a share to one decimal (33.3%) against a bound no decimal writes (三分之一) is at the bound
    slack = 0.05 if fig.unit == "%" and abs(need * 10 - round(need * 10)) > 1e-6 else 1e-9
    if constraint.bound == "at_most" or constraint.kind == "maximum":
        return Verdict(have <= limit + slack, fig, f"{words} against a maximum of {bound}")
    return Verdict(have + slack >= need, fig, f"{words} against a minimum of {bound}")
