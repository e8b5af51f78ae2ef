"""Bounds relative to last year's figure.

A guideline may ask for no less than last year (年度发展党员数量不少于上年, 经费占公用经费的
比例不低于上年水平) or for more (学时要较上年有所增加, 骨干教师人数逐年增加). The report then has
to give both years: this year's figure and last year's (人均52学时，上年人均为46学时; 全年发展
预备党员2名；2024年发展党员3名; 党建工作经费11.4万元，较上年的11.2万元有所增加). For a share
the two years' parts and wholes are worked out (11.4 of 286 against 11.2 of 260: the amount
rose, the share fell). A report that names no figure of last year's cannot be checked.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Figure
from .compare import unit_class
from .terms import content_words
from .terms import found as terms_found

#: the relative bound and whether it asks for more (True) or no less (False)
_RELATIVE = re.compile(r"(?P<least>(?:不少于|不低于|不得少于|不得低于|不应低于)上一?年(?:度)?(?:水平)?)"
                       r"|(?P<more>(?:较|比)上一?年(?:度)?有所(?:增加|提高|增长|上升)|逐年(?:增加|提高|增长|上升))")
#: a share's part and whole in the provision: 党建工作经费占学校公用经费的比例
_SHARE = re.compile(r"([\u4e00-\u9fff]{2,10}?)占([\u4e00-\u9fff]{2,10}?)(?:总数|总额)?的?比例")
#: the words just before a figure that make it last year's (上年人均为46学时, 较上年的11.2万元)
_LAST = r"(?:上一?年(?:度)?|去年|{prev}年)[\u4e00-\u9fff的]{{0,8}}?(?:为|是|的|达)?$"
#: a change from last year said in words, without its figure
_UP = re.compile(r"(?:较|比)上一?年(?:度)?(?:有所|明显)?(?:增加|提高|增长|上升)|同比(?:增加|增长|提高)")
_DOWN = re.compile(r"(?:较|比)上一?年(?:度)?(?:有所|明显)?(?:减少|下降|降低|回落)|同比(?:减少|下降)")


@dataclass(frozen=True)
class Relative:
    status: str
    reason: str
    figures: tuple[Figure, ...] = ()


def is_relative(provision: str) -> bool:
    return _RELATIVE.search(provision) is not None


#: an average (人均, 平均): held only against an average
_PER = re.compile(r"人均|平均|每人|年均")


def _before(f: Figure) -> str:
    """The words of the figure's clause before it, up to 14 characters."""
    at = f.sentence.find(f.surface)
    return re.split(r"[，,；;。：:]", f.sentence[max(0, at - 14):at] if at >= 0 else "")[-1]


def _last_year(f: Figure, year: int | None) -> bool:
    before = _before(f)
    return re.search(_LAST.format(prev=(year - 1) if year else "上"), before) is not None


def _about(f: Figure, words: tuple[str, ...]) -> int:
    """How many of the thing's words the figure's subject and the words before it name."""
    said = f.sentence[: max(0, f.sentence.find(f.surface))][-16:] + (f.subject or "")
    # (a long word by its halves: 发展党员 in 发展预备党员)
    return sum(1 for w in words if terms_found(w, said)
               or len(w) == 4 and terms_found(w[:2], said) and terms_found(w[2:], said))


def _pair(figs: list[Figure], words: tuple[str, ...], year: int | None) -> tuple[Figure, Figure] | None:
    """This year's and last year's figure of one thing, of one kind of unit: the pair that
    names the thing best, this year's written before last year's."""
    best, top = None, 0
    for last in figs:
        if not _last_year(last, year) or last.value is None or last.unit == "%":
            continue
        for now in figs:
            if (now is last or now.value is None or now.start >= last.start or now.unit == "%"
                    or unit_class(now.unit) != unit_class(last.unit) or _last_year(now, year)):
                continue
            # (人均52学时 is held against 上年人均为46学时, not the 4472学时 in all)
            per = bool(_PER.search(_before(now))) == bool(_PER.search(_before(last)))
            score = min(_about(now, words), _about(last, words)) * 2 + (now.sentence == last.sentence) + 2 * per
            if score > top:
                best, top = (now, last), score
    return best if top >= 2 else None


def relative(provision: str, figs: list[Figure], texts: list[str], year: int | None) -> Relative | None:
    """The verdict on a relative bound from the figures and texts of the passages that show
    the work done; None when the provision has no relative bound or the passages say
    nothing of it."""
    m = _RELATIVE.search(provision)
    if m is None:
        return None
    more = m.group("more") is not None
    thing = re.split(r"[，,；;。]", provision[: m.start()])[-1]
    share = _SHARE.search(thing)
    words = content_words(share.group(1) if share else thing)
    if share:
        part = _pair(figs, words, year)
        whole = _pair(figs, content_words(share.group(2)), year)
        if part and whole and whole[0] is not part[0] and whole[0].value and whole[1].value:
            now, last = 100 * part[0].value / whole[0].value, 100 * part[1].value / whole[1].value
            ok = now > last if more else now >= last - 1e-9
            return Relative("met" if ok else "shortfall",
                            f"{part[0].surface} of {whole[0].surface} is {now:.2f}%, last year's {part[1].surface} "
                            f"of {whole[1].surface} {last:.2f}%: {'not ' if not ok else ''}"
                            f"{'above' if more else 'at least'} last year's", (part[0], part[1]))
    else:
        got = _pair(figs, words, year)
        if got:
            now, last = got
            ok = now.value > last.value if more else now.value >= last.value
            return Relative("met" if ok else "shortfall",
                            f"{now.surface} this year against {last.surface} last year: "
                            f"{'not ' if not ok else ''}{'above' if more else 'at least'} last year's", got)
    said = [t for t in texts if any(terms_found(w, t) for w in words)]
    if any(_DOWN.search(t) for t in said):
        return Relative("shortfall", "the report says it fell from last year")
    if any(_UP.search(t) for t in said) and not share:
        return Relative("met", "the report says it rose from last year")
    if said:
        return Relative("addressed", "the report gives no figure of last year's to hold this year's against")
    return None
