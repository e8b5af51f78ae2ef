"""What each report sentence does for a check: work done, an admitted gap, or an intention.

The classifier's paragraph function decides when a model is available; headings
(三、存在的问题, 下一步打算) and sentence cues from ``data/check/roles.yaml`` decide
otherwise, and a heading always wins over a paragraph guess.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from ..records import Document

DONE, PROBLEM, PLAN = "done", "problem", "plan"
#: a heading that names both gaps and intentions (不足与努力方向, 问题及整改措施): its
#: sentences say which they are, and a sentence that does not is an admitted gap
MIXED = "problem+plan"


#: a sentence that only opens a list of gaps (…仍存在一些短板弱项。): no admission of anything
FRAME = "frame"


#: a judgement of the work (会议认为，…有所增强): it speaks to a duty without showing it done
VIEW = "view"


#: a claim the writer could not check (据学校汇报…，但…暂无法核实): it shows nothing done
UNVERIFIED = "unverified"


#: an interviewer's question (记者：…？): it reports nothing
QUESTION = "question"
#: the chair named in the header of minutes (主持人：周立群（党总支书记）) asks nothing
_CHAIR = re.compile(r"^主持人?[：:]\s*[\u4e00-\u9fff·]{2,5}(?:同志)?(?:[（(][^）)]*[）)])?[。]?$")
#: a year in a title, and one that opens a heading (「2026，我们这样干」, 2026年工作思路)
_YEAR = re.compile(r"(?:19|20)\d{2}")
_LEADING_YEAR = re.compile(r"^\W*((?:19|20)\d{2})(?!\d)")
#: a speaker's name before what they say (林晓：我们准备…)
_SPEAKER = re.compile(r"^[\u4e00-\u9fff]{1,4}[：:]")


@lru_cache(maxsize=1)
def _cues() -> tuple[dict, dict[str, re.Pattern[str]]]:
    raw = yaml.safe_load(resources.files("policytext.data.check").joinpath("roles.yaml").read_text("utf-8"))
    heading = {role: tuple(words) for role, words in raw["heading"].items()}
    sentence = {role: re.compile("|".join(f"(?:{p})" for p in pats)) for role, pats in raw["sentence"].items()}
    sentence[FRAME] = re.compile("|".join(f"(?:{p})" for p in raw["frame"]))
    q = raw["question"]
    sentence[QUESTION] = re.compile(q["opens"])
    heading[QUESTION] = {PROBLEM: tuple(q[PROBLEM]), PLAN: tuple(q[PLAN])}
    for key, pat in raw["rectification"].items():
        sentence["rectification_" + key] = re.compile(pat)
    sentence["disposal"] = re.compile(raw["disposal"])
    sentence["run_in_plan"] = re.compile(raw["run_in"][PLAN])
    sentence["run_in_view"] = re.compile(raw["run_in"][VIEW])
    sentence["copied"] = re.compile(raw["copied"])
    sentence["attitude"] = re.compile(raw["attitude"]["says"])
    sentence["deed"] = re.compile(raw["attitude"]["deed"])
    sentence["promised"] = re.compile(raw["promised"])
    sentence["restates"] = re.compile(raw["restates"])
    sentence[UNVERIFIED] = re.compile(raw[UNVERIFIED])
    sentence["quoted"] = re.compile(raw["quoted"])
    sentence["targeted"] = re.compile(raw["targeted"])
    return heading, sentence


def restated_role(text: str) -> str | None:
    """The role of a paragraph that restates a duty before the report says what was done:
    :data:`FRAME` for the guideline's requirement copied (对照要求：…, 【要求】…), which
    reports nothing; :data:`PLAN` for what was promised (【承诺事项】…); None otherwise."""
    _, sentence = _cues()
    if sentence["copied"].match(text.strip()):
        return FRAME
    return PLAN if sentence["promised"].match(text.strip()) else None


def restates(text: str) -> bool:
    """Does the sentence restate what the guideline asks (文件明确要求…每年至少…)?"""
    _, sentence = _cues()
    return bool(sentence["restates"].match(text.strip()))


def quoted_duties(text: str) -> list[tuple[int, int]]:
    """Spans of the guideline's duties quoted inside the report's sentences (对照“每季度至少
    召开1次党员大会”的要求), as offsets into ``text``: neither their words nor their numbers
    are the report's."""
    _, sentence = _cues()
    return [m.span() for m in sentence["quoted"].finditer(text)]


def is_finding(heading: str) -> bool:
    """Is the heading an inspection finding (（一）反馈问题：…) of a rectification report?"""
    _, sentence = _cues()
    return bool(sentence["rectification_finding"].match(heading.strip()))


def rectified(texts: list[str], under: list[int | None] | None = None) -> dict[int, str]:
    """Roles of the finding and progress lines of a rectification report (问题一：… /
    整改措施：… / 整改进展：已完成), by index into ``texts`` (a report's passages in order):
    a finding whose progress line says it is done is :data:`FRAME` (no gap admitted), one
    whose progress goes on is :data:`PROBLEM`, as is that progress line. ``under`` gives,
    for each passage, the finding heading it sits under (None for none): the first passage
    under such a heading is the finding's own words."""
    _, sentence = _cues()
    finding, progress = sentence["rectification_finding"], sentence["rectification_progress"]
    done, ongoing = sentence["rectification_done"], sentence["rectification_ongoing"]
    out: dict[int, str] = {}
    under = under or [None] * len(texts)
    starts = [i for i, t in enumerate(texts) if finding.match(t.strip())
              or under[i] is not None and (i == 0 or under[i - 1] != under[i])]
    # a progress line that says neither (基本完成) reports work done; its own sentences may
    # still admit a gap
    for j, t in enumerate(texts):
        if progress.match(t.strip()):
            out[j] = PROBLEM if ongoing.search(t) else DONE
    for k, i in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(texts)
        measures = []  # 整改措施：开展资产清查 says what the fix is; its progress says if it was made
        for j in range(i + 1, end):
            line = texts[j].strip()
            if _MEASURES.match(line):
                measures.append(j)
            if not progress.match(line):
                continue
            if ongoing.search(line):
                out[i] = out[j] = PROBLEM
                out.update((m, PLAN) for m in measures)
            elif done.search(line):
                out[i], out[j] = FRAME, DONE
                out.update((m, DONE) for m in measures)
            break
    return out


#: the line of a finding that names its fix (整改措施：…, 整改举措：…)
_MEASURES = re.compile(r"(?:整改)?(?:措施|举措|方案)[：:]")


def run_in_role(text: str) -> str | None:
    """The role a paragraph gives all its sentences by how it opens (会议要求，…: a plan;
    会议认为，…: a :data:`VIEW`), or None."""
    _, sentence = _cues()
    if sentence["run_in_plan"].match(text.strip()):
        return PLAN
    return VIEW if sentence["run_in_view"].match(text.strip()) else None


def opens_gaps(text: str) -> bool:
    """Does the sentence only open a list of gaps (还存在一些不足。 主要有三点：)?"""
    _, sentence = _cues()
    return bool(sentence[FRAME].search(text.strip()))


def heading_role(doc: Document, offset: int) -> str | None:
    """The role the enclosing headings give a passage, innermost heading first
    (:data:`MIXED` when the heading names both a gap and an intention)."""
    heading, _ = _cues()
    titled = max(map(int, _YEAR.findall(doc.title or "")), default=None)  # 2024—2025学年: 2025
    for sec in reversed(doc.section_path(offset)):
        ahead = _LEADING_YEAR.match(sec.heading)
        if ahead and titled and int(ahead.group(1)) > titled:
            return PLAN  # 数说2025 > 「2026，我们这样干」: the year after the report's
        if is_finding(sec.heading):
            return None  # （一）反馈问题：…有短板 > 整改成效：已完成: its progress line says
        ends = {role: max((sec.heading.rfind(w) + len(w) for w in heading[role] if w in sec.heading),
                          default=-1) for role in (PROBLEM, PLAN, DONE)}
        if ends[DONE] > max(ends[PROBLEM], ends[PLAN]):
            return None  # 2026年工作计划 > 2025年工作回顾, 上年度整改措施落实情况: done
        roles = [role for role in (PROBLEM, PLAN) if ends[role] >= 0]
        if len(roles) > 1:
            return MIXED
        if roles:
            return roles[0]
        if sec.heading.strip().rstrip("】]").endswith(heading["cause"]):
            return FRAME  # 三、问题产生的原因: no gap of any duty in particular
    return None


def column_role(header: str) -> str | None:
    """The role of a table column by its header, as a heading's (存在问题: :data:`PROBLEM`,
    下一步措施: :data:`PLAN`); None for any other (完成情况, 任务内容)."""
    heading, _ = _cues()
    roles = [role for role in (PROBLEM, PLAN) if any(w in header for w in heading[role])]
    return roles[0] if len(roles) == 1 else None


def asked(text: str) -> str | None:
    """For an interviewer's question (记者：工作中还有哪些难点？), the role of the answers
    after it: :data:`PROBLEM`, :data:`PLAN`, :data:`MIXED` for both, :data:`DONE` for
    neither. None when ``text`` is no question."""
    heading, sentence = _cues()
    if not sentence[QUESTION].match(text.strip()) or _CHAIR.match(text.strip()):
        return None
    roles = [role for role, words in heading[QUESTION].items() if any(w in text for w in words)]
    return MIXED if len(roles) > 1 else roles[0] if roles else DONE


def sentence_role(text: str) -> str | None:
    """A role a single sentence states by itself (an admission, an intention, a claim the
    writer could not check: :data:`UNVERIFIED`, or only an attitude: :data:`VIEW`)."""
    _, sentence = _cues()
    text = _SPEAKER.sub("", text.strip(), count=1)  # 林晓：我们准备…: what the speaker says
    text = sentence["disposal"].sub(lambda m: "把" + m.group()[1:], text)  # 将…纳入: 把…纳入
    text = sentence["targeted"].sub("", text)  # 针对"…不够经常"的问题，…: the fix, not the gap
    if sentence[UNVERIFIED].search(text):
        return UNVERIFIED
    for role in (PROBLEM, PLAN):
        if sentence[role].search(text):
            return role
    if sentence["attitude"].search(text) and not sentence["deed"].search(text):
        return VIEW  # 我们一直高度重视，始终摆在重要位置: an attitude, no deed
    return None
