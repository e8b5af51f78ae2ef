"""Put a report's totals on the footing of a per-head or per-branch provision.

Guidelines often set a rate for each member or each branch (按每名党员每年不低于500元;
党支部每月召开1次支委会); reports often state totals (党建经费1.5万元; 6个支部全年共召开
支委会65次). Before the two are compared, the total is divided by the number of members
the report states, or by the number of branches named in the same sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from ..figures.numerals import NumeralError, parse_number
from ..records import Figure
from .compare import RATE_BEFORE
from .terms import content_words, found


@lru_cache(maxsize=1)
def school_kinds() -> tuple[str, ...]:
    """Kinds of school a report counts (村小, 教学点, 中心小学 …), longest first, from
    ``data/check/schools.txt``."""
    lines = resources.files("policytext.data.check").joinpath("schools.txt").read_text("utf-8")
    return tuple(sorted((w.strip() for w in lines.splitlines() if w.strip() and not w.startswith("#")),
                        key=len, reverse=True))

#: a per-head provision: 每名党员, 每位教师, 人均, 每人
_PEOPLE = r"(党员教师|党员|教师|教职工|学生|少先队员|团员|队员|辅导员|班主任|班子成员|党务干部|学员)"
PER_HEAD = re.compile(rf"(?:每(?:名|位)(?:参训|参学|参加培训的)?|人均){_PEOPLE}?|每个{_PEOPLE}|每人"  # not 每个党支部
                      r"|(生)均|每(生)"  # 生均, 每生: per pupil
                      rf"|{_PEOPLE}人均")  # 按照在校学生人均不低于20元: per pupil, not per member
#: what follows the group of a duty of each one (每名党员至少…): not more of its name
#: (每名党员骨干教师至少… binds a subgroup the report may count apart)
_EACH_DUTY = re.compile(r"至少|不少于|不低于|每|要|应|须|必须|都|均|[，,]")
#: a provision whose subject is people, not a body: 党员教师家访…, 班主任每学期…,
#: 思政课教师每年参加…不少于40学时 (a kind of 教师)
_DUTY_AFTER = r"(?=每|家访|要|应|须|必须|[\u4e00-\u9fff]{0,4}(?:不少于|至少))"
PERSONS = re.compile(rf"(?:学校|本校|全校)?(?:领导)?(党员教师|党员|教师|班主任|教职工|班子成员){_DUTY_AFTER}"
                     rf"|[\u4e00-\u9fff]{{1,6}}?(教师){_DUTY_AFTER}"
                     # 学校党组织书记每年…讲授党课不少于2次: each secretary's
                     # (学校党组织书记、校长每年…: the first of the list counts the heads)
                     rf"|[\u4e00-\u9fff]{{0,6}}?(书记|校长)(?:、[\u4e00-\u9fff]{{0,6}}?(?:书记|校长))?{_DUTY_AFTER}")
#: a group of people whose yearly or termly hours a provision bounds, wherever it stands
_HOURS_OF = re.compile(rf"{_PEOPLE}(?=(?:每(?:年|学年|学期|季度|月)|年度|全年)[^。；;]{{0,20}}?(?:学时|课时|小时))")
#: a ratio to some other count: 每6个教学班不少于1名 (教师), 每100名学生配备1名
PER_UNITS = re.compile(r"每(\d+)(个|名|所)([\u4e00-\u9fff]{1,4}?)(?=不少于|至少|不低于|配备|配|应|须|要|设)")
#: a per-branch provision's actor, and the count of branches before a report total
BRANCH_ACTOR = re.compile(r"(?:各|每个)?(?:教职工|教工|学生|研究生|本科生|教师|在职|退休|离退休|机关)?(?:党支部|支部|党小组)")
BRANCHES = re.compile(r"(\d+|[两二三四五六七八九十]{1,3})个(?:[\u4e00-\u9fff]{2,3}?)?(?:党)?(?:支部|党小组)")  # 3个党支部, 三个支部, 4个教职工党支部
#: a meeting each branch or group holds, as the subject of a rate (党小组会每月至少召开1次)
BRANCH_MEETING = re.compile(r"(?:党小组会|支委会|支部委员会(?:会议)?|支部党员大会)(?:议)?"
                            r"(?=每(?:月|季度|学期|年|半年))")
#: after the bodies counted, words that give each of them the figure (3个党支部每月各开展1场,
#: 4个支部均召开2次)
_EACH_DID = re.compile(r"各|均|分别|都")
#: a per-school provision (每所学校每学期至少…, 各学校每年…), and the count of schools in a
#: report sentence (全县32所学校共设立党员示范岗86个; …共计58次，覆盖全县32所学校)
SCHOOL_ACTOR = re.compile(r"每所(?:学校|中小学校?|中学|小学|幼儿园|院校)?"
                          # 各学校…, 城区学校党组织每学期…, 民办学校… (not 学校党组织书记…: a person)
                          r"|^(?:各|[\u4e00-\u9fff]{2}(?=学校))?(?:学校|中小学校?|校(?!长))"
                          r"(?!(?:党组织|党支部|党委|党总支)?(?:书记|校长)|(?:领导)?班子成员|领导班子|党员|教师|教职工|班主任)"
                          # a meeting each school holds (校长办公会议每月至少召开2次)
                          r"|^校长办公会")
#: the words of a tally (一共 is found through its 共)
_TALLY = "累计|共计|总计|合计|总共|共"
#: a duty of each body of some other kind (每个二级学院须至少配备1名专职组织员, 每所村小至少设立
#: 1个…): the report's total is divided by its count of that kind (该校现有二级学院9个)
PER_KIND = re.compile(r"每(?:个|所|家)([\u4e00-\u9fff]{2,6}?)(?=须|应|要|必须|均|都|至少|不少于|配备|设立|设置|建立|明确)")
#: the body a provision opens with, before how often it owes its duty (家长学校每学期至少…)
BODY = re.compile(r"^([\u4e00-\u9fff]{2,8}?)(?=每(?:学期|学年|年|季度|月|周))")
#: a tally over a number of bodies named with it (全县87个学校党组织全年共开展…738次)
BODIES_TALLY = re.compile(r"(\d+)个([\u4e00-\u9fff]{0,4}?(?:党组织|党支部|支部|党委|党总支))"
                          rf"[^，,。；;]{{0,12}}?(?:{_TALLY})[\u4e00-\u9fff]{{0,12}}$")
#: a report total added up over bodies it does not count here (各党支部共召开支部党员大会112次)
EACH_BRANCH = re.compile(rf"各(?:党)?支部[^，,；;。]{{0,12}}?(?:{_TALLY})[\u4e00-\u9fff]{{0,12}}$")
#: a body that did a tallied total itself (党总支按季度召开…，全年共开了4次): not the schools'
OWN_BODY = re.compile(r"党总支|党委|党支部|支部|党组|教育局|教育工委|工委|本校|我校|学校党组织")
#: a report total done by each of the schools it counted elsewhere (各校党组织…召开61次)
EACH_SCHOOL = re.compile(r"各(?:学校|中小学校?|校)")
SCHOOLS = re.compile(r"(\d+)所(?:[\u4e00-\u9fff]{0,4}?(?:学校|中小学|中学|小学|幼儿园|院校))?")
#: words before a report figure that already make it a per-head or per-branch figure
ALREADY_PER = re.compile(r"人均|生均|每名|每位|每人|每期|每班|每个支部|各支部平均|平均每|每所|每校|校均|各校均")
#: a total of hours (全年累计参训46,000学时): per head only when tallied
TALLIED = re.compile(rf"(?:{_TALLY})[\u4e00-\u9fff]{{0,10}}$"
                     # …or a table row's unit column says so (党员集中学习培训 | 人·学时 | 2296)
                     r"|人[·•・.]?(?:学时|课时|小时)\s*$"
                     # …or its label (党员参加集中学习培训总学时 | 学时 | 812)
                     r"|总(?:学时|课时|小时|时长)\s*(?:\t[^\t]*){0,2}\t\s*$")
HOURS = {"学时", "课时", "小时"}
#: what may stand before a figure that opens its line (a bullet, spaces)
_LEAD_MARKS = re.compile(r"[\s●▶■▲◆•★▪]")
#: words right after a figure that say it is a total (党员志愿服务全年总时长, 集中学习培训总学时)
_TOTAL_AFTER = re.compile(r"\s*[^，,；;。]{0,14}?(?:总时长|总学时|总课时|总时数|累计时长|累计学时|合计)")
#: occasions a person's duty is counted in, and a tally of them in the words just before,
#: which may name a list of kinds (…共执教公开课、示范课)
ACTS = {"次", "节", "堂", "场"}
TALLIED_ACTS = re.compile(rf"(?:{_TALLY})[\u4e00-\u9fff、]{{0,14}}$"
                          r"|(?:总)?次数(?:为|达|达到)?$")  # 全年讲党课次数在上年135次的基础上…


#: each branch's work tallied in the sentence: 各支部…共 (or 共…各支部) before the total, in a
#: list that may go on after a comma (各支部共召开支委会45次、…，开展主题党日活动46次)
_EACH_TALLIED = re.compile(rf"各(?:党)?支部[^。；;]{{0,40}}?(?:{_TALLY})[^。；;]*$")
#: …not a count of occasions a schedule set for all of them (把每月第一个星期五定为主题党日，
#: 党总支统一安排各支部开展…，全年共开展12次)
_SCHEDULED = re.compile(r"每(?:个)?(?:月|周|星期|季度|学期)|按(?:月|周|季度|学期)")


def branch_count(figures: list[Figure]) -> re.Match[str] | None:
    """The report's first count of its branches (党总支下设…3个支部, 设有4个党支部), read from
    the sentence of the count: the bodies are named after it."""
    for f in figures:
        if f.kind == "count" and f.unit == "个":
            m = BRANCHES.match(f.sentence, max(f.sentence.find(f.surface), 0))
            if m:
                return m
    return None


def _clause(text: str) -> str:
    """The clause a figure is in: the text after the last comma or semicolon."""
    return re.split(r"[，,；;：:]", text)[-1]

#: units a report does not add up over schools: each school's room has its own area and each
#: step its own length (面积最小的为35平方米 is no total over 58所)
NOT_SUMMED = {"所", "%", "平方米", "天", "日", "小时", "分钟", "周", "月", "个月", "年", "工作日"}
#: units in which a report states totals that a per-head rate is held against: money
#: (党建经费1.5万元) and people (共结对帮扶学生2416名 against 每名党员至少结对帮扶2名); hours
#: are written per person even without 人均 (党员参加学习40学时)
PER_HEAD_UNITS = {"元", "名", "人", "对", "户"}


@dataclass(frozen=True, slots=True)
class Basis:
    """How a provision's number is counted: per head (of whom), per branch, or in total."""

    per_head: str | None = None  # 党员, 教师 … ('' when the provision names no group)
    per_branch: bool = False
    per_units: tuple[int, str] | None = None  # (6, "个教学班") for 每6个教学班不少于1名
    per_school: bool = False
    per_kind: str | None = None  # 二级学院 for 每个二级学院须至少配备1名
    school_kind: str | None = None  # 村小 for 每所村小至少设立1个…
    body: str | None = None  # 家长学校 for 家长学校每学期至少开展2次…: the school that owes it
    each: bool = False  # 每名党员至少… binds every one of them, 人均 only their average


def _units(provision: str) -> tuple[int, str] | None:
    m = PER_UNITS.search(provision)
    return (int(m.group(1)), m.group(2) + m.group(3)) if m else None


@lru_cache(maxsize=4096)
def basis(provision: str, actor: str | None) -> Basis:
    """How the provision's number is counted (read once per provision: a check asks at
    every step)."""
    units = _units(provision)
    if units:
        return Basis(per_units=units)
    m = PER_HEAD.search(provision)
    if m:
        # 思政课教师每人每年…: 每人 is each of the people named before it
        named = re.search(f"{_PEOPLE}$", provision[: m.start()]) if m.group() == "每人" else None
        return Basis(per_head="学生" if m.group(3) or m.group(4)
                     else m.group(1) or m.group(2) or m.group(5) or (named.group(1) if named else "党员"),
                     each=m.group().startswith("每") and not m.group(4)
                     and bool(_EACH_DUTY.match(provision, m.end())))
    # hours are each person's (党支部要确保党员每年参加集中学习培训累计不少于32学时), also when a
    # school is charged with them (学校党组织要…确保党员教师每年参加集中学习培训不少于32学时)
    m = _HOURS_OF.search(provision)
    if m:
        return Basis(per_head=m.group(1))
    if SCHOOL_ACTOR.search(provision):
        kind = next((k for k in school_kinds() if re.search(rf"每(?:所|个){k}", provision)), None)
        m = BODY.match(provision)
        return Basis(per_school=True, school_kind=kind if kind not in _ANY_SCHOOL else None,
                     body=m.group(1) if m else None)
    m = PER_KIND.search(provision)
    if m and not BRANCH_ACTOR.fullmatch(m.group(1)):
        return Basis(per_kind=m.group(1))
    # a duty of people (党员教师家访每学期不少于10户) is each one's
    m = PERSONS.match(provision)
    if m:
        return Basis(per_head=m.group(1) or m.group(2) or m.group(3))
    # a branch's duty: the actor is the branch, or the provision opens with it (支部委员会会议每月…),
    # or the meeting it sets a rate for is a branch's or a group's own (…制度，党小组会每月至少召开1次)
    branch = bool(actor and BRANCH_ACTOR.fullmatch(actor.strip()) or BRANCH_ACTOR.match(provision)
                  or BRANCH_MEETING.search(provision))
    return Basis(per_branch=branch)


#: the names a report counts a group by (学生 as 在校生)
_GROUP_NAMES = {"学生": ("学生", "在校生"), "党员教师": ("党员教师", "教师党员")}


#: a count of members said to be all of one kind (党员26名，均为在职在编教师)
_ALL_ARE = re.compile(r"^[，,]?\s*(?:均为|均是|全部为|全部是|都是|全为)[\u4e00-\u9fff]{0,6}?(教师|教职工)")


def _all_are(f: Figure, group: str) -> bool:
    """A count of 党员 that says they all are teachers counts the 党员教师 too."""
    if not group.startswith("党员") or group == "党员" or "党员" not in (f.subject or ""):
        return False
    m = _ALL_ARE.match(f.sentence[f.sentence.find(f.surface) + len(f.surface):])
    return m is not None and group.endswith(m.group(1))


#: sessions and the hours of each, before a total of hours (集中学习4次…每次安排3学时，…共计12学时)
_SESSIONS = re.compile(r"(\d+)(?:次|场|期|场次)")
_EACH_SESSION = re.compile(r"每(?:次|场|期)(?:安排|学习|培训|授课)?(\d+(?:\.\d+)?)(?:学时|课时|小时)")


def _sessions_times_hours(fig: Figure, sentence_before: str) -> bool:
    """A total of hours that is the sessions times the hours of each: every one who came has
    it, so it is each member's, not a pool to share out."""
    each = _EACH_SESSION.search(sentence_before)
    if each is None:
        return False
    hours = float(each.group(1))
    return any(abs(int(m.group(1)) * hours - fig.value) < 1e-6
               for m in _SESSIONS.finditer(sentence_before[: each.start()]))


def members(figures: list[Figure], group: str, units: tuple[str, ...] = ("名", "人")) -> Figure | None:
    """The report's first count of the group (党员36名, 共有党员86名; with ``units`` 所,
    民办幼儿园112所): the 基本情况 figure. A count of 党员 said all to be teachers counts the
    党员教师, and so does the count of 党员 when the report gives no other."""
    names = _GROUP_NAMES.get(group, (group,))
    for i, f in enumerate(figures):
        at = f.sentence.find(f.surface)
        near = (f.subject or "") + f.sentence[max(0, at - 8): at]
        if any(re.search(rf"(?:发展|预备|吸收|接收|转正)(?:新)?{n}", near) for n in names):
            continue  # 发展党员1名, 其中预备党员2名: some of the members, not how many there are
        if f.kind == "count" and f.unit in units and (any(n in near for n in names) or _all_are(f, group)):
            # 小学部在校生1310人、初中部在校生1050人: the parts listed together make the whole
            parts = [f]
            for g in figures[i + 1:]:
                if (g.sentence != f.sentence or g.unit != f.unit or g.kind != "count"
                        or not any((g.subject or "").endswith(n) for n in names)
                        or not re.fullmatch(r"[、和及与]?[\u4e00-\u9fff]{0,6}",
                                            f.sentence[f.sentence.find(parts[-1].surface) + len(parts[-1].surface):
                                                       f.sentence.find(g.surface)])):
                    break
                parts.append(g)
            if len(parts) > 1 and any((f.subject or "").endswith(n) for n in names):
                total = sum(p.value for p in parts)
                return replace(f, value=total, value_max=None,
                               surface="+".join(p.surface for p in parts) + f"={total:g}{f.unit}")
            return f
    if group == "党员教师":  # a school report that counts only its 党员 counts its teachers so
        return members(figures, "党员", units)
    return None


def heads_before(fig: Figure, figures: list[Figure]) -> Figure | None:
    """A head count in the total's own clause, right before it (在职党员19人累计532学时; 其中小学部
    2人累计96学时，初中部4人累计148学时): the heads that total is for."""
    at = fig.sentence.find(fig.surface)
    for f in reversed(figures):
        if f.sentence != fig.sentence or f.start >= fig.start or f.kind != "count" or f.unit not in ("名", "人"):
            continue
        between = fig.sentence[f.sentence.find(f.surface) + len(f.surface):at] if at >= 0 else ""
        # (72名在职党员教师累计参加集中学习培训2,088学时: the heads named, then what they did)
        near = len(between) <= 6 or len(between) <= 20 and re.match(rf"[\u4e00-\u9fff]{{0,3}}{_PEOPLE}", between)
        if near and not re.search(r"[，,；;。：:]", between) and re.search(_TALLY, between):
            return f
        return None
    return None


#: units of hours a part of a group may log on its own
PART_HOURS = ("学时", "小时", "课时")
#: a part of a tallied group with its own tally after the total: 其中，中学党组织书记12名累计参训864学时
_PART_TALLY = re.compile(r"^[^。]{0,40}?其中[，,]?[^，,。；;\d]{0,14}?(\d+)(?:名|人)[^，,。；;\d]{0,8}?"
                         r"(?:累计|共|合计)[^，,。；;\d]{0,6}?(\d+(?:\.\d+)?)(学时|小时|课时)")


def part_and_rest(fig: Figure, heads: Figure, after: str) -> tuple[float, str] | None:
    """The lower of a part's own average and the rest's, when a tallied total over some
    heads is followed by a part's tally (43名…2451学时…其中…12名累计864学时: 72 for the 12, 51.2
    for the other 31); an average over all hides a part below it."""
    m = _PART_TALLY.match(after)
    if m is None or m.group(3) != fig.unit:
        return None
    n, t = int(m.group(1)), float(m.group(2))
    if not (0 < n < heads.value and 0 < t < fig.value):
        return None
    part, rest = t / n, (fig.value - t) / (heads.value - n)
    if part <= rest:
        return part, f"of whom {n} logged {t:g}{fig.unit}"
    return rest, f"of whom {n} logged {t:g}{fig.unit}, the other {heads.value - n:g}"


def together(fig: Figure, figures: list[Figure], group: str) -> Figure | None:
    """A count of the group in the same sentence as the total (补助资金520万元，惠及…3.1万名
    学生): the heads that total is for, rather than the report's first count of them."""
    for f in figures:
        subject = f.subject or ""
        if (f.start != fig.start and f.sentence == fig.sentence and f.kind == "count"
                and f.unit in ("名", "人") and (group in subject or len(group) > 2 and subject.startswith(group[-2:]))):
            return f
    return None


def normalise(fig: Figure, sentence_before: str, how: Basis,
              figures: list[Figure]) -> tuple[Figure, str] | None:
    """``fig`` divided to the provision's basis, with the words that say how; None when it
    already is on that basis or no divisor is stated."""
    if ALREADY_PER.search(sentence_before[-12:]):
        return None
    if how.per_units is not None:  # 18个教学班配有…教师2名 against 每6个教学班不少于1名
        n, noun = how.per_units
        counted = list(re.finditer(r"(\d+)" + re.escape(noun), sentence_before))
        if not counted or not int(counted[-1].group(1)):
            return None
        parts = int(counted[-1].group(1)) / n
        per = fig.value / parts
        return (replace(fig, value=per, value_max=None, surface=f"{per:.3g}{fig.unit or ''}"),
                f"{fig.surface} for {counted[-1].group()} is {per:.3g} per {n}{noun},")
    after = fig.sentence[fig.sentence.find(fig.surface) + len(fig.surface):]
    # a figure that opens its sentence (a figure card: 782小时 党员志愿服务全年总时长) says
    # after it what it counts
    leads = not _LEAD_MARKS.sub("", sentence_before)
    tallied_hours = (fig.unit in HOURS and (TALLIED.search(sentence_before) is not None
                                            or leads and _TOTAL_AFTER.match(after) is not None)
                     and not _sessions_times_hours(fig, sentence_before))
    # what the group did, added up (班子成员共到联系点调研指导9次, 二十四名党员教师一共上了四十五节)
    tallied_acts = (fig.unit in ACTS and bool(how.per_head) and TALLIED_ACTS.search(sentence_before) is not None
                    and (how.per_head in _clause(sentence_before)
                         # 领导班子7名成员坚持推门听课，全年共听思政课56节: counted as it opened
                         # (全县88名党组织书记带头讲党课: a kind of the group, counted)
                         or re.search(rf"\d+名[\u4e00-\u9fff]{{0,4}}?{how.per_head[-2:]}", sentence_before) is not None
                         # 各校书记带头讲党课，全年共讲授党课87次: the group opened the sentence
                         or re.search(rf"(?:各校|各|全体|全县|全市|全区)[\u4e00-\u9fff]{{0,4}}{how.per_head}",
                                      sentence_before) is not None)
                    # 78节 党员教师全年开设的示范课: the group's, said after the figure
                    or fig.unit in ACTS and bool(how.per_head) and leads
                    and how.per_head in re.split(r"[，,；;。]", after)[0])
    # times over people (与党员谈心谈话21人次, 党员参加志愿服务150人次): the group's, person by person
    person_times = fig.unit == "人次" and bool(how.per_head) and how.per_head in _clause(sentence_before)
    if how.per_head is not None and (fig.unit in PER_HEAD_UNITS or tallied_hours or tallied_acts or person_times):
        if fig.unit in ("名", "人") and how.per_head and after.startswith(how.per_head):
            return None  # 十四名党员骨干教师 counts the members themselves, not what each did
        n = (heads_before(fig, figures) or together(fig, figures, how.per_head)
             or members(figures, how.per_head))
        if n is None or not n.value or n.start == fig.start:
            return None
        whole = members(figures, how.per_head)
        if how.each and whole is not None and whole.start != n.start and whole.value > n.value:
            # 24名党员与37名学生结成帮扶对子, of 党员31名: seven members have none
            return (replace(fig, value=0.0, value_max=None, surface=f"0{fig.unit}"),
                    (f"{fig.surface} for {n.surface} of the {whole.surface} {how.per_head}: the "
                     f"other {whole.value - n.value:g} have none, so"))
        per = fig.value / n.value
        unit = "次" if person_times else fig.unit  # 21人次 for 36名: 0.58 times each
        return (replace(fig, value=per, value_max=None, unit=unit, surface=f"{round(per, 2):g}{unit}"),
                f"{fig.surface} for {n.surface} {how.per_head} is")
    if how.per_school and how.school_kind and fig.unit not in NOT_SUMMED:
        split = _kind_share(fig, how.school_kind, figures)
        if split is not None:
            return split
    if how.per_school and fig.unit not in NOT_SUMMED:
        sentence = fig.sentence
        named = {int(m.group(1)) for m in SCHOOLS.finditer(sentence)}
        if named:
            counted = next(SCHOOLS.finditer(sentence)).group()
        elif EACH_SCHOOL.search(sentence_before) or (
                fig.unit in ACTS and TALLIED_ACTS.search(sentence_before) and not OWN_BODY.search(sentence)):
            # 各校…61次, or 校长办公会议全年累计召开540次 (no body of its own): the schools counted before
            before = [f for f in figures if f.unit == "所" and f.kind == "count" and f.start < fig.start]
            named = {int(before[-1].value)} if before else set()
            counted = before[-1].surface if before else ""
        if not named:  # a table row: 合计 | 学校82所 | … | 家长学校82所 | 集中授课304次
            row = [f for f in figures if f.sentence == sentence and f.start != fig.start
                   and f.unit == "所" and f.kind == "count" and f.value >= 2]
            own = [f for f in row if how.body and (f.subject or "").endswith(how.body)]
            if own or row:
                named, counted = {int((own or row)[0].value)}, f"{(own or row)[0].surface}所"
        if len(named) != 1 or (k := named.pop()) < 2:
            return None  # no count of schools, or several: the total is no school's
        return (replace(fig, value=fig.value / k, value_max=None,
                        surface=f"{fig.value / k:.3g}{fig.unit or ''} per school"),
                f"{fig.surface} over {counted} is")
    if how.per_kind and fig.unit not in NOT_SUMMED:
        body = members(figures, how.per_kind, ("个", "所", "家"))
        if body is None or body.value < 2 or body.start == fig.start:
            return None
        k = body.value
        return (replace(fig, value=fig.value / k, value_max=None,
                        surface=f"{fig.value / k:.3g}{fig.unit or ''} per {how.per_kind}"),
                f"{fig.surface} over {body.surface} {how.per_kind} is")
    if not (how.per_branch or how.per_head or how.per_kind or how.per_school) and fig.unit in ACTS:
        # 全县87个学校党组织全年共开展主题党日活动738次: a body's duty, tallied over 87 of them
        m = BODIES_TALLY.search(sentence_before)
        if m and int(m.group(1)) >= 2:
            k = int(m.group(1))
            return (replace(fig, value=fig.value / k, value_max=None,
                            surface=f"{fig.value / k:.3g}{fig.unit or ''} per body"),
                    f"{fig.surface} over {m.group(1)}个{m.group(2)} is")
    if how.per_branch:
        if RATE_BEFORE.search(sentence_before):
            return None  # 3个支部支委会各12次，每月1次: a rate is no total to share out
        named = list(BRANCHES.finditer(sentence_before))
        b = named[-1] if named else None  # the count nearest the total
        if (b is None and "党小组会" in (fig.subject or "") + sentence_before[-16:]
                and re.search(r"共|合计|累计|总计", _clause(sentence_before))):
            # 本月全总支共召开党小组会6次, of 设党小组8个 in 基本情况: the groups' meetings added
            # up (全年召开…党小组会12次 says no more than a count)
            groups = members(figures, "党小组", ("个",))
            if groups is not None and groups.value >= 2 and groups.start != fig.start:
                k = int(groups.value)
                return (replace(fig, value=fig.value / k, value_max=None,
                                surface=f"{fig.value / k:.3g}{fig.unit or ''} per group"),
                        f"{fig.surface} over {groups.surface}党小组 is")
        if b is None and _EACH_TALLIED.search(sentence_before) and not _SCHEDULED.search(sentence_before):
            # 各支部认真落实…，全年共开展主题党日活动27次 / 全年各支部共召开支委会45次、…，开展
            # 主题党日活动46次: the branches' count from where the report sets them out (下设…3个支部)
            b = branch_count(figures)
        if b is None or (k := int(parse_number(b.group(1)))) < 2:
            return None
        if _EACH_DID.search(own := sentence_before[b.end():]) and not re.search(r"[，,；;]", own):
            return None  # 3个党支部每月各开展1场: each branch's own count (not …均召开，共15次)
        last = _clause(sentence_before)
        if _EACH_DID.search(last) and not re.search(_TALLY, last):
            return None  # 三个支部坚持每月…开展主题党日，全年各开展12次: each one's, in its own clause
        return (replace(fig, value=fig.value / k, value_max=None,
                        surface=f"{fig.value / k:.3g}{fig.unit or ''} per branch"),
                f"{fig.surface} over {b.group()} is")
    return None


#: kinds that are any school (每所学校): no kind of its own to count
_ANY_SCHOOL = {"学校", "校区", "分校"}
#: a total split between kinds of school: …十二个，其中三分之二设在中心小学，其余设在村小
_SPLIT = re.compile(r"其中(?P<frac>[一二两三四五六七八九十\d]+分之[一二两三四五六七八九十\d]+|一半|半数|"
                    r"\d+(?:\.\d+)?%)[^，,。；;]{0,4}?在(?P<a>[\u4e00-\u9fff]{2,6}?)[，,]\s*"
                    r"其余[^，,。；;]{0,4}?在(?P<b>[\u4e00-\u9fff]{2,6})")


def _fraction(words: str) -> float | None:
    if words in ("一半", "半数"):
        return 0.5
    if words.endswith("%"):
        return float(words[:-1]) / 100
    whole, _, part = words.partition("分之")
    try:
        return parse_number(part) / parse_number(whole)
    except (NumeralError, ZeroDivisionError, ValueError):
        return None


def _kind_share(fig: Figure, kind: str, figures: list[Figure]) -> tuple[Figure, str] | None:
    """A total split between kinds of school, its share in ``kind``, over the report's count of
    that kind (党员示范岗十二个，其中三分之二设在中心小学，其余设在村小, of 七所村小: 4 over 7)."""
    after = fig.sentence[fig.sentence.find(fig.surface) + len(fig.surface):]
    m = _SPLIT.match(after.lstrip("，, ")) or _SPLIT.search(after[:40])
    frac = _fraction(m.group("frac")) if m else None
    if m is None or frac is None or not 0 < frac < 1:
        return None
    if kind in m.group("b"):
        share = 1 - frac
    elif kind in m.group("a"):
        share = frac
    else:
        return None
    count = _kind_count(kind, figures)
    if count is None:
        return None
    per = fig.value * share / count
    return (replace(fig, value=per, value_max=None, surface=f"{per:.3g}{fig.unit or ''} per {kind}"),
            f"{fig.surface}, {fig.value * share:g} of them in {kind} (“{m.group()}”), over {count:g}所{kind} is")


def _kind_count(kind: str, figures: list[Figure]) -> float | None:
    """The report's first count of one kind of school, within a list of kinds (一所中心小学、
    七所村小和十二个教学点 -> 7 村小)."""
    at = re.compile(rf"([一二两三四五六七八九十]{{1,3}}|\d+)(?:个|所){re.escape(kind)}")
    for f in figures:
        m = at.search(f.sentence)
        if m:
            try:
                return parse_number(m.group(1))
            except NumeralError:
                return None
    return None


#: a clause that counts signed copies (已签订《…承诺书》261份): one a person
_SIGNED = re.compile(r"签订|签署|签字|签名")


def share_of_group(fig: Figure, provision: str, figures: list[Figure]) -> tuple[Figure, str] | None:
    """A head count as a share of its group's total stated elsewhere in the report, for a
    provision on that group's share (1,352名党员教师签订了承诺书 with 共有在职党员教师1,380名,
    against 党员教师…签订率达到100%): the group is the longest start of the count's subject
    that the provision names, written right after the count (1,352名党员教师签订)."""
    subject = fig.subject or ""
    if fig.unit == "份" and _SIGNED.search(_clause(fig.sentence[:fig.sentence.find(fig.surface)])):
        # 全校在岗教师268人，已签订…承诺书261份: one copy a person, of the heads counted before
        heads = [f for f in figures if f.sentence == fig.sentence and f.start < fig.start
                 and f.unit in ("名", "人") and f.kind == "count" and f.value >= fig.value]
        if heads:
            whole = heads[-1]
            pct = round(100.0 * fig.value / whole.value, 1)
            return (replace(fig, value=pct, value_max=None, unit="%", kind="percent", surface=f"{pct:g}%"),
                    f"{fig.surface} signed of the {whole.surface} the sentence counts is {pct:g}%;")
    if fig.kind != "count" or fig.unit not in ("名", "人") or not fig.value:
        return None
    after = fig.sentence[fig.sentence.find(fig.surface) + len(fig.surface):]
    for k in range(len(subject), 1, -1):  # 党员教师签订了 -> 党员教师
        group = subject[:k]
        if group not in provision:
            continue
        if not after.startswith(group):
            return None  # 发展党员6名 counts new members, not members who did something
        if after[len(group):].startswith(("中", "当中", "之中")):
            return None  # 1,126名党员教师中…的为958名: the whole, not those who did it
        whole = members(figures, group)
        if whole is None or whole.start == fig.start or fig.value > whole.value:
            return None
        pct = round(100.0 * fig.value / whole.value, 1)
        return (replace(fig, value=pct, value_max=None, unit="%", kind="percent",
                        surface=f"{pct:g}%"),
                f"{fig.surface} of the {whole.surface} {group} the report counts is {pct:g}%;")
    return None



#: a provision on the share one group is of another: 学生党员占在校生比例不低于3%,
#: 党员教师占教职工总数的比例
GROUPS_SHARE = re.compile(r"([\u4e00-\u9fff]{2,6}?)(?:人数)?占([\u4e00-\u9fff]{2,8}?)(?:总数|总人数|人数)?的?比例")
#: ... the whole first: 骨干教师中党员的比例, 中层以上管理人员中党员比例 (the last 中 before
#: the 比例 closes the whole, back to eight characters)
WHOLE_FIRST_SHARE = re.compile(r"([\u4e00-\u9fff]{2,8})中(?:的)?([^，,。；;中]{1,8}?)(?:的)?(?:所占)?(?:比例|占比)")
#: the whole a report's share names just before it: 占专任教师的31.9%, 党员占中层以上干部的比例为
#: 83.1%, 党员教师中骨干教师占29.2%
_SAID_WHOLE = (re.compile(r"占(?!比)([\u4e00-\u9fff]{2,12}?)(?:总数|总人数|人数)?的?(?:比例|比重)?(?:为|达到|达|是)?$"),
               re.compile(r"([\u4e00-\u9fff]{2,10}?)中(?:的)?[\u4e00-\u9fff]{1,8}?(?:占|占比|比例)(?:为|达到|达|是)?$"))
#: words that name no group of a whole (全县专任教师, 党员总数)
_NOT_GROUP = frozenset({"总数", "人数", "总人数", "全县", "全区", "全市", "全校", "全体", "学校", "各校", "确保"})


def share_whole(provision: str) -> str | None:
    """The whole a provision's share is of (党员教师占专任教师的比例: 专任教师; 骨干教师中党员的
    比例: 骨干教师)."""
    m = GROUPS_SHARE.search(provision)
    if m:
        return m.group(2)
    m = WHOLE_FIRST_SHARE.search(provision)
    return m.group(1) if m else None


def said_whole(before: str) -> str | None:
    """The whole a report's percentage names in the words just before it, or None."""
    for pattern in _SAID_WHOLE:
        m = pattern.search(before)
        if m:
            return m.group(1)
    return None


def same_whole(provision_whole: str, report_whole: str) -> bool:
    """Whether a report's whole is the provision's: half its group words or more are in it
    (全县专任教师 for 专任教师, 中层以上干部 for 中层以上管理人员; not 党员教师 for 骨干教师)."""
    words = [w for w in content_words(provision_whole) if w not in _NOT_GROUP]
    return 2 * sum(1 for w in words if found(w, report_whole)) >= len(words)


#: a count bound by a share of another group's total (示范岗数量不少于党员总数的30%)
COUNT_OF_TOTAL = re.compile(r"([\u4e00-\u9fff]{2,6}?)(?:数量|个数|人数)(?:应|须|要)?(?:不少于|不低于|达到)"
                            r"([\u4e00-\u9fff]{2,6}?)(?:总数|总人数)的")


def ratio_of_groups(provision: str, figures: list[Figure]) -> tuple[Figure, str] | None:
    """The share the report's count of one group is of its count of another, for a provision
    on that share (学生党员54名 and 在校生2,400名 against 学生党员占在校生比例不低于3%)."""
    m = GROUPS_SHARE.search(provision) or COUNT_OF_TOTAL.search(provision)
    if not m:
        return None
    part_name, whole_name = m.group(1), m.group(2)
    # (示范岗数量不少于党员总数的30%: 15个 posts over 58名 members)
    part = members(figures, part_name, ("名", "人", "个", "所"))
    whole = members(figures, whole_name)
    if part is None or whole is None or part.start == whole.start or not 0 < part.value < whole.value:
        return None
    pct = round(100.0 * part.value / whole.value, 1)
    return (replace(part, value=pct, value_max=None, unit="%", kind="percent", surface=f"{pct:g}%"),
            f"{part.surface} {part_name} of {whole.surface} {whole_name} is {pct:g}%;")
