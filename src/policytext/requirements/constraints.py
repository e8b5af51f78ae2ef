"""Quantitative constraints inside a provision: frequency, minimum, maximum, threshold.

"每年至少集中培训1次" -> frequency 1 次 per 年, at_least; "每三个月召开1次" -> period 3个月;
"不少于16学时" -> minimum; "在3天内报送" -> maximum (a deadline); "有3名以上正式党员的学校"
-> threshold (the number sits in the condition that selects who the duty applies to).
Patterns are named constants built from parts and compiled once.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Constraint
from .lexicon import Lexicon, _alt

# -------------------------------------------------------------------- parts
#: a number: arabic (1, 16, 1.5) or Chinese (三, 两, 十二, 六十)
NUM = r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千零〇]+)"
#: a number or a range "1-2", "1至2"
RANGE = rf"(?P<v>{NUM})(?:\s*[-－—~～至到]\s*(?P<vmax>{NUM}))?"
#: a scale written between number and unit: 2万平方米
SCALE = r"(?P<scale>万|亿)?"
#: words that set the bound of a count
AT_LEAST_WORDS = "至少|不少于|不低于|不得少于|不得低于|不应少于|不应低于|最少|不小于|达到|应多于|须多于|应当多于"
AT_MOST_WORDS = "最多|不超过|不高于|不得超过|不得高于|不得多于|不应超过|至多|不大于|不多于"
#: conditional (threshold-style) bound words after or before a number
AFTER_AT_LEAST = "及以上|以上"
AFTER_AT_MOST = "及以下|以下|以内"
BEFORE_AT_MOST = "不足|少于|不到|低于|不满"

_CN = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
       "七": 7, "八": 8, "九": 9}
_CN_UNIT = {"十": 10, "百": 100, "千": 1000}


def parse_number(s: str) -> float:
    """Arabic or Chinese numeral to a float: "16" -> 16, "三" -> 3, "六十" -> 60."""
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return float(s)
    total, cur = 0, 0
    for ch in s:
        if ch in _CN:
            cur = _CN[ch]
        elif ch in _CN_UNIT:
            total += (cur or 1) * _CN_UNIT[ch]
            cur = 0
    return float(total + cur)


@dataclass
class Found:
    """A constraint and where it was found (for choosing and for tests)."""

    constraint: Constraint
    start: int
    end: int


class ConstraintFinder:
    """Finds the constraint of a clause; compiled once from the lexicon."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        per = _alt(list(lex.periods))
        occ = _alt(list(lex.occurrence_units))
        units = _alt(list(lex.measure_units) + list(lex.time_units))
        time = _alt(list(lex.time_units))
        #: 每 + optional count + period: 每年, 每三个月, 每两年, 每学年, 每年末
        self.every = re.compile(rf"每(?P<n>{NUM})?(?P<per>{per})(?:末|初|底)?")
        #: 按 + period: 按季度, 按年度
        self.by_period = re.compile(rf"按(?P<per>{per})")
        #: a whole period and a count in it: 全年集中学习不少于10次, 年内开展2次 (as 每年…)
        self.over = re.compile(r"(?:全|一)(?P<per>学年|学期|年)(?:内|度|中)?|(?P<year>年内)"
                               r"|(?P<term>(?:每届|一届)?任期内)")  # a term of office: 任期内至少讲3次
        #: the count that follows a period: 至少 … 1次, 召开1-2次
        self.count = re.compile(
            rf"(?P<bw>{AT_LEAST_WORDS}|{AT_MOST_WORDS})?[^，,。；;\d一二两三四五六七八九十]{{0,12}}?"
            rf"{RANGE}(?P<unit>{occ})"
        )
        #: 不少于16学时 / 不超过3天
        self.bounded = re.compile(
            rf"(?P<bw>{AT_LEAST_WORDS}|{AT_MOST_WORDS}|{BEFORE_AT_MOST})\s*{RANGE}{SCALE}(?P<unit>{units})(?!之)"
        )  # (不低于三分之一 is a share, not 3分)
        #: a bound a few words before its number: 至少结对帮扶2名, 不超过参评总人数的30%,
        #: 不少于参加述职书记总数的三分之一, 不少于一半 (a fraction is a share in %)
        self.gapped = re.compile(
            rf"(?P<bw>{AT_LEAST_WORDS}|{AT_MOST_WORDS})[^，,。；;\d一二两三四五六七八九十“”]{{0,12}}?"
            rf"(?:(?P<den>[二三四五六七八九十])分之(?P<num>[一二三四五六七八九])|(?P<half>一半|半数)"
            rf"|{RANGE}{SCALE}(?P<unit>{units}|%|％))"
        )
        #: a count of occasions with no period (会前集中学习不少于3次): that many in all
        self.occasions_least = re.compile(rf"(?P<bw>{AT_LEAST_WORDS})\s*{RANGE}(?P<unit>{occ})")
        #: a fraction then 以上: 应到会党员五分之四以上到会 (a share in %)
        self.fraction_over = re.compile(r"(?P<den>[二三四五六七八九十])分之(?P<num>[一二三四五六七八九])(?:以上|及以上)")
        #: 3名以上 / 2万平方米以上 / 1年以上 / 100人以下
        self.suffixed = re.compile(
            rf"{RANGE}{SCALE}(?P<unit>{units})(?P<aw>{AFTER_AT_LEAST}|{AFTER_AT_MOST})"
        )
        #: "不足3人" / "少于100人": a count short of a bound
        self.short_of = re.compile(rf"(?<!不)(?:{BEFORE_AT_MOST})\s*{RANGE}{SCALE}(?P<unit>{units})(?!之)")
        #: a bare quantity of people, hours or money after a period, in the same clause:
        #: 每学年结对帮扶1名青年教师 (not 每月确定1个固定日期, a schedule)
        self.quantity = re.compile(
            r"[^，,。；;\d一二两三四五六七八九十]{0,12}?(?<![第前后近])(?P<v>\d+(?:\.\d+)?)"
            r"(?P<unit>名|人|学时|课时|万元|元|学分)"
        )
        #: a deadline: 3天内, 2小时内
        self.deadline = re.compile(rf"{RANGE}(?P<unit>{time})内")
        #: a lead time: 提前5个工作日报批, 提前3天通知 (at least that long before)
        self.ahead = re.compile(rf"提前{RANGE}(?P<unit>{time})")

    # ---------------------------------------------------------------- helpers
    def _period(self, n: str | None, per: str) -> str:
        norm = self.lex.periods.get(per, per)
        if not n:
            return norm
        k = parse_number(n)
        if k == 1:
            return norm
        return f"{k:g}个月" if norm == "月" else f"{k:g}{norm}"

    @staticmethod
    def _unit(u: str) -> str:
        return {"日": "天", "个月": "月", "个工作日": "工作日"}.get(u, u)

    @staticmethod
    def _values(m: re.Match[str]) -> tuple[float, float | None]:
        scale = {"万": 1e4, "亿": 1e8}.get(m.groupdict().get("scale") or "", 1)
        v = parse_number(m.group("v")) * scale
        vmax = m.group("vmax")
        return v, (parse_number(vmax) * scale if vmax else None)

    # ---------------------------------------------------------------- api
    def find(self, text: str, s: int, e: int, cue_at: int | None) -> Found | None:
        """The first constraint in ``text[s:e]``.

        ``cue_at`` is the offset of the clause's modal cue (or hedge); a number before it,
        or inside a "…的" phrase, states a condition (threshold), one after it a limit.
        """
        found: list[Found] = []
        for m in self.every.finditer(text, s, e):
            found.append(self._frequency(text, m, e))
        for m in self.over.finditer(text, s, e):
            f = self._frequency(text, m, e, counted=True)
            if f is not None:
                found.append(f)
        for m in self.by_period.finditer(text, s, e):
            c = Constraint("frequency", 1.0, None, "次", self._period(None, m.group("per")), "exactly")
            found.append(Found(c, m.start(), m.end()))
        for m in self.bounded.finditer(text, s, e):
            if any(f.start <= m.start() < f.end for f in found):
                continue
            v, vmax = self._values(m)
            bw = m.group("bw")
            unit = self._unit(m.group("unit"))
            if re.fullmatch(BEFORE_AT_MOST, bw):
                kind = "threshold" if self._conditional(text, m, s, e, cue_at) else "maximum"
                found.append(Found(Constraint(kind, v, vmax, unit, None, "at_most"), m.start(), m.end()))
            elif re.fullmatch(AT_LEAST_WORDS, bw):
                found.append(Found(Constraint("minimum", v, vmax, unit, None, "at_least"), m.start(), m.end()))
            else:
                found.append(Found(Constraint("maximum", v, vmax, unit, None, "at_most"), m.start(), m.end()))
        for m in self.gapped.finditer(text, s, e):
            if any(f.start <= m.start() < f.end or m.start() <= f.start < m.end() for f in found):
                continue
            if m.group("half"):  # 不少于一半
                v, vmax, unit = 50.0, None, "%"
            elif m.group("den"):
                v, vmax, unit = round(100 * parse_number(m.group("num")) / parse_number(m.group("den")), 1), None, "%"
            else:
                v, vmax = self._values(m)
                unit = "%" if m.group("unit") in ("%", "％") else self._unit(m.group("unit"))
            least = re.fullmatch(AT_LEAST_WORDS, m.group("bw"))
            c = Constraint("minimum" if least else "maximum", v, vmax, unit, None,
                           "at_least" if least else "at_most")
            found.append(Found(c, m.start(), m.end()))
        for m in self.occasions_least.finditer(text, s, e):
            if any(f.start <= m.start() < f.end or m.start() <= f.start < m.end() for f in found):
                continue
            v, vmax = self._values(m)
            found.append(Found(Constraint("minimum", v, vmax, m.group("unit"), None, "at_least"), m.start(), m.end()))
        for m in self.fraction_over.finditer(text, s, e):
            if any(f.start <= m.start() < f.end or m.start() <= f.start < m.end() for f in found):
                continue
            v = round(100 * parse_number(m.group("num")) / parse_number(m.group("den")), 1)
            found.append(Found(Constraint("minimum", v, None, "%", None, "at_least"), m.start(), m.end()))
        for m in self.suffixed.finditer(text, s, e):
            if any(f.start <= m.start() < f.end for f in found):
                continue
            v, vmax = self._values(m)
            unit = self._unit(m.group("unit"))
            bound = "at_least" if re.fullmatch(AFTER_AT_LEAST, m.group("aw")) else "at_most"
            if self._conditional(text, m, s, e, cue_at):
                kind = "threshold"
            else:
                kind = "minimum" if bound == "at_least" else "maximum"
            found.append(Found(Constraint(kind, v, vmax, unit, None, bound), m.start(), m.end()))
        # a lead time (提前5个工作日) is a minimum, a deadline (3天内) a maximum
        for pattern, kind, bound in ((self.ahead, "minimum", "at_least"),
                                     (self.deadline, "maximum", "at_most")):
            for m in pattern.finditer(text, s, e):
                if any(f.start <= m.start() < f.end for f in found):
                    continue
                v, vmax = self._values(m)
                c = Constraint(kind, v, vmax, self._unit(m.group("unit")), None, bound)
                found.append(Found(c, m.start(), m.end()))
        if not found:
            return None
        # a minimum/maximum that follows a 每-period takes that period ("每年…不少于16学时")
        found.sort(key=lambda f: f.start)
        first = found[0]
        if first.constraint.kind == "frequency" and first.constraint.value == 1.0 and first.constraint.unit == "次":
            later = [f for f in found[1:] if f.constraint.kind in ("minimum", "maximum")]
            implied = text[first.start:first.end].startswith("每") and not self.count.match(text, first.end, e)
            if later and implied:
                lim = later[0]
                lim.constraint.period = first.constraint.period
                if lim.constraint.unit in self.lex.occurrence_units:  # 每年…报告…不少于1次: a frequency
                    lim.constraint.kind = "frequency"
                return Found(lim.constraint, first.start, lim.end)
            # 每学年结对帮扶1名青年教师: that many in each period, not once
            stop = re.search("[，,。；;]", text[first.end:e])
            q = self.quantity.match(text, first.end, first.end + stop.start() if stop else e)
            if implied and q:
                c = Constraint("minimum", float(q.group("v")), None, self._unit(q.group("unit")),
                               first.constraint.period, "exactly")
                return Found(c, first.start, q.end())
        if first.constraint.kind == "threshold":
            # 不足3名的采取联合组建…，确保…覆盖率达到100%: the condition says whom, the bound
            # after it what is asked
            bound = next((f for f in found[1:] if f.constraint.kind != "threshold"), None)
            if bound is not None:
                return bound
        return first

    def _frequency(self, text: str, m: re.Match[str], e: int, counted: bool = False) -> Found | None:
        """The frequency a period opens; ``counted``: only with a count after it (全年…10次),
        never once a period by default (年内…达到100% is no frequency)."""
        g = m.groupdict()
        period = "任期" if g.get("term") else self._period(g.get("n"), g.get("per") or "年")
        stop = re.search("[，,。；;]", text[m.end():e])
        window_end = m.end() + stop.start() if stop else e
        c = self.count.search(text, m.end(), window_end)
        if c and c.start() - m.end() <= 14:
            bw = c.group("bw") or ""
            if not bw:
                between = text[m.end():c.start("v")]
                lb = re.search(f"{AT_LEAST_WORDS}|{AT_MOST_WORDS}", between)
                bw = lb.group() if lb else ""
            bound = ("at_least" if re.fullmatch(AT_LEAST_WORDS, bw)
                     else "at_most" if re.fullmatch(AT_MOST_WORDS, bw) else "exactly")
            v, vmax = self._values(c)
            return Found(Constraint("frequency", v, vmax, c.group("unit"), period, bound), m.start(), c.end())
        if counted:
            return None
        # "每年研究制定…": once per period
        return Found(Constraint("frequency", 1.0, None, "次", period, "exactly"), m.start(), m.end())

    @staticmethod
    def _conditional(text: str, m: re.Match[str], s: int, e: int, cue_at: int | None) -> bool:
        """Is the number part of a condition (who/what the duty applies to)?"""
        if cue_at is not None and m.end() <= cue_at:
            return True
        rest = re.split("[，,。；;]", text[m.end():e], maxsplit=1)[0]
        # …人数在50人以上的，可以…: a clause that ends in 的 says whom; 须经过1年以上的培养教育
        # after the cue names what is asked
        if "的" in rest[:12] and (cue_at is None or rest.rstrip().endswith("的")):
            return True
        before = text[s:m.start()]
        return before.count("（") + before.count("(") > before.count("）") + before.count(")")
