"""Whom a duty is done to: a passage that does the provision's thing to another group of
people does not speak to it.

走访慰问老党员和生活困难党员 and 慰问了二十来名家庭困难的留守儿童 share the verb and 困难, but
the one visits members and the other children. For each verb the two share, the groups of
people named right after it (``data/check/people.txt``) are compared: when the provision's
and the passage's groups are both named and have none in common, the passage is about
someone else.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import jieba.posseg as pseg

from ..segment import jieba  # noqa: F401  (the genre words are in jieba's dictionary)

#: how far after the verb its object is looked for (走访慰问|家庭经济困难的留守儿童)
OBJECT_SPAN = 16
_STOP = re.compile(r"[，,。；;：:！？!?（(]")
#: names of one group: 老党员 are 党员, 老师 are 教师, 职工 教职工
_SAME = {"老党员": "党员", "老师": "教师", "职工": "教职工"}


@lru_cache(maxsize=1)
def _groups() -> re.Pattern[str]:
    text = resources.files("policytext.data.check").joinpath("people.txt").read_text("utf-8")
    words = sorted({w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")},
                   key=len, reverse=True)
    # the group is the head of what follows the verb, not a word of a longer noun
    # (教师队伍建设, 教职工绩效工资, 党员徽章 name no one the duty is done to); a family
    # is its member's group (慰问困难学生家庭23户 visits pupils, not members)
    return re.compile(f"(?:{'|'.join(map(re.escape, words))})"
                      r"(?=$|[和与及、等们\d一二两三四五六七八九十百余多名人户位，,。；;：:\s（(]|代表|家庭|家属)")


def _whom(text: str, verb: str) -> set[str]:
    """The groups named after each occurrence of ``verb`` in ``text``, up to the clause's end."""
    out: set[str] = set()
    for m in re.finditer(re.escape(verb), text):
        tail = text[m.end(): m.end() + OBJECT_SPAN]
        tail = _STOP.split(tail, maxsplit=1)[0]
        out |= {_SAME.get(g, g) for g in _groups().findall(tail)}
    return out


def _whom_before(provision: str, verb: str) -> set[str]:
    """The groups the verbs of the clause before ``verb``'s clause are done to."""
    clauses = re.split(r"[，,；;]", provision)
    at = next((i for i, c in enumerate(clauses) if verb in c), 0)
    if at == 0:
        return set()
    before = clauses[at - 1]
    return set().union(*(_whom(before, v) for v in verbs(before)))


#: verbs that carry no object of their own (要佩戴…, 进行政治把关)
_AUX = frozenset({"要", "应", "应当", "须", "必须", "进行", "加强", "做好", "坚持"})


@lru_cache(maxsize=512)
def verbs(provision: str) -> tuple[str, ...]:
    """The provision's verbs of two characters or more (走访, 慰问, 结对, 帮扶)."""
    return tuple(dict.fromkeys(w.word for w in pseg.lcut(provision)
                               if w.flag.startswith("v") and len(w.word) >= 2 and w.word not in _AUX))


def other_people(provision: str, passage: str) -> bool:
    """Does the passage do the provision's things to other people only? True when for some
    verb both name a group and no verb's groups meet."""
    apart = False
    for v in verbs(provision):
        if v not in passage:
            continue
        # a verb with no object of its own does the clause before it's (关心关爱生活困难党员和
        # 老党员，经常开展走访慰问: the visits are to them)
        want, got = _whom(provision, v) or _whom_before(provision, v), _whom(passage, v)
        if want and got:
            if want & got:
                return False
            apart = True
    return apart
