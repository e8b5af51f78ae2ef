"""Hold reports against a guideline, provision by provision, with evidence.

For each provision the report's sentences are ranked (BM25 over character bigrams,
boosted by shared topics and the provision's action terms); the best few are the
evidence. The status follows DESIGN.md:

* ``shortfall`` — a figure misses the provision's bound, or the report's own problem
  passages (三、存在的问题) speak to the provision;
* ``met`` — the report shows it done, and any figure satisfies the constraint;
* ``addressed`` — the report speaks to it, but only as intent, or a quantitative
  provision has no figure to verify;
* ``not_mentioned`` — no passage covers enough of the provision.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import pairwise

from ..figures.key_values import key_of
from ..figures.numerals import NumeralError, parse_number
from ..figures.tables import RATE_WORD
from ..records import CheckItem, Constraint, Document, Evidence, Figure, Label, Records, Requirement
from ..requirements.constraints import ConstraintFinder
from ..requirements.lexicon import load_lexicon
from .applies import not_applicable
from .compare import (
    LESSONS,
    SPECIFIC,
    Verdict,
    cell_share,
    compare,
    period_years,
    unit_class,
    worked_out_share,
)
from .genre import genre_idf
from .named_units import each_unit_short
from .objects import other_people
from .occasions import (
    ALL,
    ATTENDANCE_WORDS,
    COLUMN_PERIOD,
    DATE_SPAN,
    EVERY,
    PER_DAY,
    PLANNED_COLUMN,
    SCHEDULE,
    SCHOOL_WORDS,
    bare_step,
    by_quarter,
    changed_values,
    daily_hours,
    date_spans,
    dated_counts,
    day_products,
    deadline,
    duty_months,
    elapsed,
    excepted_months,
    group_shares,
    is_ordinal,
    later,
    listed_totals,
    listed_years,
    log_months,
    logged_periods,
    months,
    occasions,
    part_of_whole,
    prose_series,
    remainders,
    report_year,
    report_years,
    schedules,
    school_lists,
    series,
    shares,
    spelled_counts,
    spread,
    spread_over_times,
    table_series,
    term_years,
    working_days,
)
from .pace import pace, round_years
from .per_unit import (
    EACH_BRANCH,
    GROUPS_SHARE,
    PART_HOURS,
    basis,
    members,
    normalise,
    part_and_rest,
    ratio_of_groups,
    said_whole,
    same_whole,
    share_of_group,
    share_whole,
)
from .relative import is_relative, relative
from .retrieval import BM25, bigrams
from .roles import (
    DONE,
    FRAME,
    MIXED,
    PLAN,
    PROBLEM,
    UNVERIFIED,
    VIEW,
    asked,
    heading_role,
    is_finding,
    opens_gaps,
    quoted_duties,
    rectified,
    restated_role,
    restates,
    run_in_role,
    sentence_role,
)
from .stages import is_stage, stage
from .table_rows import required_cells, row_passages, row_shares
from .terms import ALL as SLOT_ALL
from .terms import ANY as SLOT_ANY
from .terms import Coverage, content_words, kinds_named
from .terms import found as terms_found

#: a passage speaks to a provision when it holds this share (IDF-weighted) of the duty's
#: own words, or this share of all the provision's words
KEY_MIN = 0.5
FULL_MIN = 0.4
#: a figure in a passage that holds this share of the duty's words is held against the
#: provision when it counts occasions, money or hours, not heads (all 22 pairs: 0.5 and
#: 0.45 gave 336 and 339; 0.4 also gave 339 with a met where nothing is mentioned; without
#: the head-count rule 0.45 met a provision on 专职教师 with 教师7人，其中专职3人)
FIGURE_MIN = 0.45
#: a passage shows the provision done when its mean coverage reaches this
STRONG = 0.5
#: an admitted gap counts when it covers this much and nearly as much as the best work done
PROBLEM_MIN = 0.3
#: ... or when it holds this share of the words of one duty clause
CLAUSE_MIN = 0.38
#: an admitted gap no provision reaches CLAUSE_MIN on still concerns the provision it
#: matches best, when it holds this share of one of its duty clauses and beats the next
#: provision by this margin (all 18 pairs: 0.2, 0.25 and 0.3 gave 271, 271, 269 of 381)
ADMIT_BEST = 0.25
ADMIT_MARGIN = 0.05
#: a gap admitted at CLAUSE_MIN or more concerns a provision only when no other provision's
#: duty holds this much more of its words (all 24 pairs: 0.05, 0.1 and 0.2 gave 390, 390 and
#: 387 of 508, against 385 without the rule)
ADMIT_CLOSER = 0.1
#: a passage also speaks to a provision when it holds this share of one duty clause's
#: words, and shows it done at the second (long provisions list several duties; a report
#: speaks to the main one in its own words). CLAUSE_DONE was 0.75 until the neighbours
#: and slots raised coverage; on all 18 pairs 0.75/0.7/0.65 gave 278/280/283 of 381, and
#: 0.6 or lower brought back a met where the truth is shortfall
CLAUSE_SPEAKS = 0.6
CLAUSE_DONE = 0.65
#: ... or when it holds this share of the duty's own words (the action and its object)
KEY_DONE = 0.65
#: work shown done outweighs an admitted gap when it covers this much more of the provision
OUTWEIGH = 0.3
EVIDENCE_K = 3
#: words a passage's neighbours in its paragraph hold count this much (the passage's own count fully)
NEIGHBOURS = 0.85
#: shares of a passage the classifier files under one of the provision's topics count this much more
TOPIC_BOOST = 1.1
#: a clause before a figure that is tally words and a short verb (全年共开了, 累计召开) is a
#: tally of what the sentence said before it (not 其他5名班子成员…, which counts the
#: 班子成员, nor 全年专题研究1次, which names what it counts)
TALLY_VERB_MAX = 3
_TALLY = re.compile(r"^(全年|今年|年内|本年|全学期|本学期|共|累计|合计|总计|一共|先后)+")
#: a clause that only gives the share of the count before it (…的为958名，占85.1%)
_SHARE_OF = re.compile(r"占|占比|占比为|占到|比例为|比例达")
#: a clause on the rest of a group (…，其余8个党组织召开2至3次): it counts what the clause
#: before it counted
_REST_CLAUSE = re.compile(r"^(?:其余|其他|剩余|余下|另有|其它)")
#: what a figure counts when it names no thing, only the doing (其余8个党组织召开2至3次)
_NO_THING = re.compile(r"^(?:召开|开展|组织|举办|举行|讲授|参加|完成|开|讲)?了?$")
#: a clause that is only a rate (…把专门沟通固定了下来，每两周一次): its count is of what
#: the sentence said before it
_BARE_RATE = re.compile(r"^(?:一般|基本|大体|大致|坚持|固定)?(?:每|按)(?:个|[两二三四半2-6]个?)?"
                        r"(?:学年|学期|季度|年|月|周|星期)$")
#: a sentence that goes on with the one before it (同时…, 并…), and so keeps its role
_GOES_ON = re.compile(r"^(同时|并且?|还|也|此外|另外)")
#: a sentence under a plan heading that reports work already done (已将, 已经完成, 已于)
_ALREADY = re.compile(r"已(?:经)?(?:将|把|于|向|完成|全部|逐一)")
#: a sentence that counts what came of the work (评定为优秀等次的8名), with no word of the future:
#: no plan, whatever the model reads in its paragraph
_COUNTED_DONE = re.compile(r"\d+(?:名|人|次|场|个|项|户|篇|件)")
_AHEAD = re.compile(r"将|拟|计划|要|争取|力争|准备|打算|下一步|明年|今后|预计|确保|力求")
#: a report's data line states the target before what was done (指标：每年不少于40学时；
#: 完成：人均32学时): the target is no work done, and its figure no achievement
_TARGET = re.compile(r"^[^：:，,。；;]{0,12}?(?:指标|目标|任务目标|目标任务|计划)[：:]")
#: ... and what was done opens with its own label, and is read with the line's item or target
_OUTCOME = re.compile(r"^(?:完成情况|完成|实际完成|落实情况|进展情况|执行情况|进展|成效)[：:]")
#: an item label of a data line (项目：工作室研修；)
_ITEM = re.compile(r"^[^：:，,。；;]{1,6}[：:][^：:，,。；;]{1,24}[；;]?$")
#: a report in the first person of one office-holder (书记抓基层党建述职报告, 访…党支部书记林晓):
#: 我 in it is that office-holder, and so the actor of a provision on the office
_FIRST_PERSON = re.compile(r"述职|专访|访谈|采访|访|对话")
_OFFICE = re.compile(r"(?:党委|党总支|党支部|支部|党组织|党组)?(?:副)?书记|校长|园长|院长")
_I = re.compile(r"我(?![们校局院园县市区])")
#: a table column that states a rate (组织覆盖率, 参训率, 党员比例), three characters or more
RATE_COLUMN = re.compile(rf"^[\u4e00-\u9fff]{{2,}}{RATE_WORD}$")
#: a plan section's sentence that owns a gap of its own as it stands (…有待进一步深化，目前仍
#: 有部分党员…尚未达到每人2名的要求), not the gaps of others it will act on
_OWNED_GAP = re.compile(r"有待|尚未|仍有|仍存在|还存在|还需(?:要)?进一步|亟待|还不够|仍不够")
#: words a passage that states a share (…，其中…) covers without writing them
SHARE_WORDS = "（比例）"
#: the statuses of DESIGN.md, in the order reports show them
STATUSES = ("met", "addressed", "shortfall", "not_mentioned")


@dataclass(slots=True)
class Passage:
    start: int
    end: int
    role: str
    topics: frozenset[str]
    section: str
    para: int  # which paragraph of the report


@dataclass
class ReportView:
    """What a check needs from one report, computed once and reused for every provision."""

    doc: Document
    passages: list[Passage]
    texts: list[str]  # the text of each passage
    index: BM25
    coverage: Coverage
    figures: dict[int, list[Figure]] = field(default_factory=dict)  # passage -> figures in it
    all_figures: list[Figure] = field(default_factory=list)  # every figure, in report order
    covers: float = 1.0  # the years the report covers (0.5 for a 上半年 summary, 5 for a term's)
    term: float | None = None  # the years of the term a term report looks back on (任期内)
    #: for a report that is a dated record (大事记): paragraph -> the month of its entry
    log: dict[int, int] | None = None
    year: int | None = None  # the year the report is about, when it names one
    until: tuple[int, int] | None = None  # the report's date (year, month), else its year's end
    table_series: list = field(default_factory=list)  # tables of months or quarters, column by column
    #: table row passage -> the rates its columns state (组织覆盖率): a provision that names
    #: one is spoken to by the row, whatever else its words are
    rates: dict[int, set[str]] = field(default_factory=dict)
    #: key–value line passage -> its key (支委会 of 支委会：12次)
    facts: dict[int, str] = field(default_factory=dict)
    #: each passage's text with the guideline's duties it quotes blanked out (对照“每季度…”
    #: 的要求): what its figures are read in; same offsets as ``texts``
    own: list[str] = field(default_factory=list)
    #: problem passage -> the best share of one duty clause it holds over all the guideline's
    #: provisions (filled by check_documents; empty when one provision is assessed alone)
    admit_best: dict[int, float] = field(default_factory=dict)
    #: roster row passages (the person with the least of a column): evidence only for a
    #: duty of each member, not of their average or of the body
    roster: set[int] = field(default_factory=set)


def _label_lookup(labels: list[Label] | None) -> dict[tuple[int, int], Label]:
    return {(lab.start, lab.end): lab for lab in labels or [] if lab.level == "paragraph"}


def prepare_report(doc: Document, figures: list[Figure] | None = None,
                   labels: list[Label] | None = None, articles: dict[int, str] | None = None) -> ReportView:
    """Split a report into sentence passages with their role, topics and figures. ``articles``
    (article number -> the guideline's duties in it) reads an answer keyed to an article
    (第九条：全年召开支委会11次) with the duty it answers."""
    by_para = _label_lookup(labels)
    passages: list[Passage] = []
    answers, asking = None, ""  # in an interview, what the last question asked about
    answering: dict[int, str] = {}  # passage -> the question it answers
    # a heading that carries the section's figure (（一）召开支委会11次，研究重大事项35项) is a
    # passage too, read with the paragraphs under it
    counted = sorted((sec.heading_start, sec.heading_end) for sec in doc.walk()
                     if not sec.inline and 0 < sec.heading_end - sec.heading_start <= _COUNTED_HEADING_MAX
                     and _COUNTED_HEADING.search(doc.text[sec.heading_start:sec.heading_end]))
    for n, para in enumerate(doc.paragraphs):
        while counted and counted[0][0] < para.start:
            hs, he = counted.pop(0)
            passages.append(Passage(hs, he, heading_role(doc, para.start) or DONE, frozenset(),
                                    doc.heading_path(para.start), n))
        lab = by_para.get((para.start, para.end))
        topics = frozenset(s.label for s in lab.topics) if lab else frozenset()
        question = asked(doc.text[para.start:para.end])
        if question is not None:  # 记者：工作中还有哪些难点？ reports nothing itself
            answers, asking = question, doc.text[para.start:para.end].strip()
            passages.append(Passage(para.start, para.end, FRAME, topics, doc.heading_path(para.start), n))
            continue
        para_role = heading_role(doc, para.start)
        if para_role is None and answers not in (None, DONE):
            para_role = answers  # the answer to 下一步有什么打算？ is a plan
        said = lab.function.label if lab is not None and lab.function.label in (PROBLEM, PLAN) else None
        if said and key_of(doc.text[para.start:para.end]) is not None:
            said = None  # 支委会：12次 in a data list states a fact, whatever the model reads in it
        if para_role is None:  # 会议要求，…: the whole paragraph asks for what is still to do
            para_role = run_in_role(doc.text[para.start:para.end])
        guessed = para_role is None  # the role is the model's reading of the paragraph, not its heading's
        if para_role is None:
            para_role = said
        spans = para.sentences or [para]
        section = doc.heading_path(para.start) or asking  # an answer is filed under its question
        if answers is not None and asking not in answering.values():
            # …每周至少专门沟通一次…您是怎么做的？ 我们…固定了下来，每两周一次: the answer's
            # first sentence speaks of what was asked
            answering[len(passages)] = asking
        restated = restated_role(doc.text[para.start:para.end])
        if restated:  # 对照要求：…: the guideline's words, copied; 【承诺事项】…: a promise
            para_role = restated
        prev = None
        for s in spans:
            text = doc.text[s.start : s.end]
            own = sentence_role(text)
            # 三、不足与努力方向 (MIXED): 一方面…不够…。下一步，…将…: each sentence says which
            # …; the model's reading of a whole paragraph gives way to a sentence's own cue
            # (年度小结: …存在不足：一是…。2026年，支部将…: the last is a plan)
            role = own if para_role == MIXED or guessed and own else para_role or own
            if para_role == PROBLEM and own == PLAN:
                role = PLAN  # 正视不足 > …新的一年，支部将…；拟在…: what comes after the gaps
            if para_role == PLAN and own == PROBLEM and _OWNED_GAP.search(text):
                role = PROBLEM  # 今后努力方向 > …工作有待进一步深化，目前仍有…尚未达到…: a gap owned
                # (对工作滞后的学校进行约谈 names others' gaps: still the plan)
            if role is None and prev in (PLAN, PROBLEM) and _GOES_ON.match(text):
                role = prev  # …学院党委将…；同时探索…: the plan goes on
            if role is None and para_role == MIXED:
                role = said or PROBLEM
            if role == PLAN and para_role == PLAN and own != PLAN and _ALREADY.search(text):
                role = None  # 下一步工作要求 > 会后第5个工作日，工委已将问题清单反馈…: done
            if (role == PLAN and guessed and not restated and own is None
                    and _COUNTED_DONE.search(text) and not _AHEAD.search(text)):
                role = None  # the model's plan, but …评定为优秀等次的8名，合格13名: a result
            prev = role
            if _TARGET.match(text):
                role = PLAN  # 指标：…不少于40学时: what is asked, not what was done
            if own == UNVERIFIED:
                role = own  # 据学校汇报…，但…暂无法核实: under 主要成绩 too, nothing shown
            if role == PROBLEM and opens_gaps(text):
                role = FRAME  # 仍存在一些短板弱项。: speaks to no provision
            if restates(text):
                role = FRAME  # 文件明确要求…每年至少…: the guideline's words, not the report's
            passages.append(Passage(s.start, s.end, role or DONE, topics, section, n))
    # a table's total row (合计 56 44 … 1093) is a passage too, matched by its words read out
    rows = row_passages(doc)
    row_words = {r.start: r.words for r in rows}
    for k, r in enumerate(rows, len(doc.paragraphs)):
        passages.append(Passage(r.start, r.end, r.role or heading_role(doc, r.start) or DONE, frozenset(),
                                doc.heading_path(r.start), k))
    if rows:
        passages.sort(key=lambda p: p.start)
    texts = [doc.text[p.start : p.end] for p in passages]
    # 问题一：… 整改进展：已完成。…: a rectification report's finding is no gap once done
    # (a finding may be a heading: （三）反馈问题：党员教育管理有短板 > …滞后。 > 整改成效：已完成)
    under = [_finding_heading(doc, p.start) for p in passages]
    for i, role in rectified(texts, under).items():
        para = passages[i].para
        for j in range(i, len(passages)):
            if passages[j].para != para:
                break
            if j > i and role == DONE and sentence_role(texts[j]) == PROBLEM:
                continue  # 已完成。…直到8月20日才全部完成: late, whatever the label says
            passages[j] = replace(passages[j], role=role)
    # 共14人，其中党员6人: a share the report leaves to the reader, and so speaks of a 比例
    derived = [shares(doc.text, p.start, p.end, doc.source, p.section)
               + group_shares(doc.text, p.start, p.end, doc.source, p.section, figures or [])
               + changed_values(doc.text, p.start, p.end, doc.source, p.section)
               for p in passages]
    if rows:  # 骨干教师570名，其中党员210名 as a table states it
        derived = [d + row_shares(doc.text, [f for f in figures or [] if p.start <= f.start < p.end])
                   if p.start in row_words else d for d, p in zip(derived, passages)]
    # what a passage is matched by: its text without the guideline's duties it quotes
    # (对照“每季度至少召开1次党员大会”的要求，…), or a table row's words read out with the header
    quotes = quoted_duties(doc.text)
    own = [_blanked(t, p.start, quotes) for t, p in zip(texts, passages)]
    matched = [row_words.get(p.start) or t.replace(_BLANK, "") for t, p in zip(own, passages)]
    if articles:  # 第十五条至第十七条：…: the answer is read with the duties of the articles it names
        for i, p in enumerate(passages):
            keyed = answered_articles(doc.text[doc.paragraphs[p.para].start:p.end] if p.para < len(doc.paragraphs) else "")
            said = "".join(articles[a] for a in keyed if a in articles)
            if said:
                matched[i] += f"｜{said}"
                if _BARE_CLAIM.fullmatch(_ARTICLE_KEY.sub("", texts[i])):
                    passages[i] = replace(passages[i], role=UNVERIFIED)  # 第十二条：已落实。 shows nothing
    # (应到党员552人次，实到478人次: a share of those who came, which provisions call 到会率)
    covered = [t + SHARE_WORDS + (ATTENDANCE_WORDS if any((f.subject or "").endswith(ATTENDANCE_WORDS)
                                                          for f in d) else "")
               if d else t for t, d in zip(matched, derived)]
    # 三个村小和两个教学点: five schools, and a passage on schools
    schools = [school_lists(doc.text, p.start, p.end, doc.source, p.section) for p in passages]
    covered = [t + SCHOOL_WORDS if s else t for t, s in zip(covered, schools)]
    office = _office(doc.title or "")
    if office:  # 我这学期给全体党员讲了一次党课: the 党支部书记 did
        covered = [t + f"（{office}）" if _I.search(t) else t for t in covered]
    # 项目：工作室研修；完成情况：本学期开展…: the outcome is the item's
    covered = [texts[i - 1] + t if i and passages[i - 1].para == passages[i].para
               and _OUTCOME.match(texts[i]) and (_TARGET.match(texts[i - 1]) or _ITEM.match(texts[i - 1]))
               else t for i, t in enumerate(covered)]
    covered = [t + _topic_of(doc, p.start) + (f"｜{answering[i]}" if i in answering else "")
               for i, (t, p) in enumerate(zip(covered, passages))]
    # a sentence with its neighbours in the paragraph that play the same role: reports
    # spread one duty over two sentences (书记春季学期讲了…；组织委员…各讲了一次微党课)
    context = ["".join(covered[j] for j in (i - 1, i, i + 1) if 0 <= j < len(passages)
                       and passages[j].para == p.para and passages[j].role == p.role)
               for i, p in enumerate(passages)]
    term = term_years(doc)
    view = ReportView(doc=doc, passages=passages, texts=texts,
                      own=own,
                      index=BM25(matched),
                      coverage=Coverage(covered, context), year=report_year(doc), until=_dated_until(doc),
                      table_series=table_series(doc.text, doc.tables),
                      covers=term or report_years(doc.title or "", doc.text), term=term,
                      log=log_months([doc.text[p.start:p.end] for p in doc.paragraphs]))
    copied = required_cells(doc) + quotes
    if copied:  # 考核要求（摘要） | …不少于32学时: the guideline's number, not the report's
        figures = [f for f in figures or [] if not any(s <= f.start < e for s, e in copied)]
    if doc.tables and figures:  # 上半年计划 | 上半年实际 | … | 全年合计: the plan is not done, and a
        # part of the year is read as a series (table_series), the year's total as the count
        spans = [(t.start, t.end) for t in doc.tables]
        year = report_year(doc)  # (指标 | 2023年 | 2024年 | 2025年: only the report's year's column)
        figures = [f for f in figures if not (any(s <= f.start < e for s, e in spans) and f.subject
                                              and (PLANNED_COLUMN.search(f.subject) or COLUMN_PERIOD.search(f.subject)
                                                   or year and _other_year(f.period, year)))]
    if figures:
        starts = [p.start for p in passages]
        for f in figures:
            i = bisect.bisect_right(starts, f.start) - 1
            if i >= 0 and passages[i].start <= f.start < passages[i].end:
                view.figures.setdefault(i, []).append(f)
    for i, p in enumerate(passages):  # 先后讲了两次党课: counts the figure extractor leaves alone
        taken = view.figures.get(i, [])
        for c in (spelled_counts(doc.text, p.start, p.end, doc.source, p.section)
                  + schedules(doc.text, p.start, p.end, doc.source, p.section)):
            if not any(f.start < c.end and c.start < f.end for f in taken):
                view.figures.setdefault(i, []).append(c)
        # figures worked out from others (4天、每天6个学时; 共14人，其中党员6人) stand beside them
        worked = (derived[i] + day_products(doc.text, p.start, p.end, doc.source, p.section)
                  + remainders(doc.text, p.start, p.end, doc.source, p.section)
                  + dated_counts(doc.text, p.start, p.end, doc.source, p.section)  # 于3.20、6.18…召开
                  # (第一天…8学时；第二天…6学时；…: read from the first day's passage to its paragraph's end)
                  + (daily_hours(doc.text, p.start, doc.paragraphs[p.para].end, doc.source, p.section)
                     if p.para < len(doc.paragraphs) and "第一天" in texts[i] else [])
                  + elapsed(doc.text, p.start, p.end, doc.source, p.section,
                            doc.paragraphs[p.para].start if p.para < len(doc.paragraphs) else None)
                  + date_spans(doc.text, p.start, p.end, doc.source, p.section))
        # 同课异构1次、送课1次、专题研讨1次: three occasions of one kind of work
        worked += listed_totals(doc.text, view.figures.get(i, []), doc.source, p.section,
                                kinds_named)
        worked += schools[i]
        if worked:
            view.figures.setdefault(i, []).extend(worked)
    view.all_figures = [f for i in sorted(view.figures) for f in view.figures[i]]
    view.facts = {i: k for i, t in enumerate(texts) if (k := key_of(t)) is not None}
    # a roster's rows with the least of a column (罗德胜 … 集中学习学时24): for duties of each member
    least = {r.start for r in rows if r.least}
    view.roster = {i for i, p in enumerate(passages) if p.start in least}
    for i, p in enumerate(passages):
        if p.start in row_words:
            view.rates[i] = {f.subject for f in view.figures.get(i, [])
                             if f.unit == "%" and f.subject and RATE_COLUMN.search(f.subject)}
    return view


def _dated_until(doc: Document) -> tuple[int, int] | None:
    """The report's date as (year, month), else the end of the year it is about."""
    m = re.match(r"((?:19|20)\d{2})-(\d{2})", (doc.meta.date or "") if doc.meta else "")
    if m:
        return int(m.group(1)), int(m.group(2))
    year = report_year(doc)
    return (year, 12) if year else None


def _finding_heading(doc: Document, offset: int) -> int | None:
    """Where the inspection finding a passage sits under as a heading starts, if any."""
    path = doc.section_path(offset)
    return path[-1].start if path and is_finding(path[-1].heading) else None


#: what stands in for each character of a quoted duty in a passage's own words
_BLANK = "＿"


def _blanked(text: str, start: int, spans: list[tuple[int, int]]) -> str:
    """``text`` (which starts at ``start``) with the given spans of the document blanked, so
    offsets stay those of the document."""
    for s, e in spans:
        if start <= s and e <= start + len(text):
            text = text[: s - start] + _BLANK * (e - s) + text[e - start :]
    return text


def _office(title: str) -> str | None:
    """The office of a report's first-person speaker, from its title (…党委书记…述职报告)."""
    if not _FIRST_PERSON.search(title):
        return None
    m = _OFFICE.search(title)
    return m.group() if m else None


#: a heading this short names what its section is about (3. 党课教育（5分，自评5分）)
HEADING_MAX = 16
_SCORE_NOTE = re.compile(r"[（(][^）)]*分[^）)]*[）)]")


def _topic_of(doc: Document, offset: int) -> str:
    """The innermost short heading over ``offset``: what the sentences under it speak of."""
    # (an item numbered but not named, 1. 3月13日｜…, speaks of the heading above it)
    named = [sec.heading for sec in doc.section_path(offset) if _CJK.search(sec.heading)]
    if not named:
        return ""
    head = _SCORE_NOTE.sub("", named[-1]).strip("。.：: ")
    return "｜" + head if 0 < len(head) <= HEADING_MAX else ""


def _evidence(view: ReportView, i: int, score: float) -> Evidence:
    p = view.passages[i]
    return Evidence(text=view.texts[i], section=p.section, start=p.start, end=p.end, score=score)


def _admitted(p: Passage) -> str:
    return f"the report names this as a problem in “{p.section or 'its problems'}”"


def _query_extra(req: Requirement) -> dict[str, float]:
    """Weight the provision's action and actor terms above its framing words."""
    extra: dict[str, float] = {}
    for t in bigrams(req.action or ""):
        extra[t] = 0.5
    return extra


@dataclass(slots=True)
class Scored:
    index: int
    bm25: float
    key: float  # share of the duty's own words (actor, action, the constrained clause)
    full: float  # share of all the provision's content words
    coverage: float  # their mean: how much of the provision the passage speaks to
    clause: float = 0.0  # best share of the words of any one duty clause


#: units of a time limit (在3个工作日内报告): the report states dates, not the unit
TIME_LIMIT_UNITS = frozenset({"工作日", "个工作日", "日", "天", "小时", "周", "个月"})
#: constraint kinds a report figure can be held against (a threshold only says where a duty applies)
MEASURED = {"frequency", "minimum", "maximum"}
_CLAUSE = re.compile(r"[^，,；;。：:]+")
#: the clause of a provision that carries its number (…，党费收缴率达到100%)
_MEASURED_CLAUSE = re.compile(r"\d|每|不少于|不超过|至少")


def _measured_clause(text: str) -> str | None:
    """The last clause of a provision that carries a number (…，党费收缴率达到100%)."""
    measured = [m.group() for m in _CLAUSE.finditer(text) if _MEASURED_CLAUSE.search(m.group())]
    return measured[-1] if measured else None


def _duty_words(req: Requirement) -> tuple[str, ...]:
    """The words of the duty itself: the clause that carries a measured constraint, or
    the actor and action."""
    if req.constraint is not None and req.constraint.kind in MEASURED:
        measured = _measured_clause(req.text)
        if measured:
            words = _what(measured)
            if req.constraint.unit in TIME_LIMIT_UNITS:  # 3个工作日内报告: a report gives dates
                words = tuple(w for w in words if w not in TIME_LIMIT_UNITS) or words
            return words
    return content_words(" ".join(filter(None, [req.actor, req.action])))


#: a clause that names where a duty applies (有3名以上正式党员的学校, 暂时没有党员的,
#: …整改不到位的民办学校（幼儿园）) is no duty
_CONDITION = re.compile(r"的[\u4e00-\u9fff]{0,4}(?:[（(][^（）()]*[）)])?$")
#: ... nor is one that says when it applies (召开组织生活会前, 重大问题决策前): a passage that
#: holds only it (…全部按程序集体决策) shows no duty done; it still tells which provision
#: an admitted gap is about (述职评议前，…实地考核的学校不少于…)
_WHEN = re.compile(r"[\u4e00-\u9fff]{2}(?:之前|以前|前|之后|以后|后|(?<![及按同随适定准临])时)$")


#: ... and within a clause, a time limit after an event it opens with (应在调动或退休手续办结后
#: 1个月内转接组织关系, 于收到反馈之日起15日内…) says when, not what: the words after it are
#: the duty
_TIMED_LEAD = re.compile(r"^(?:应当?|要|须|必须|均应|应该)?(?:在|于)[^，,；;。]{2,20}?"
                         r"(?:之后|以后|后|之日起|起)"
                         r"[\d一二两三四五六七八九十半]+个?(?:月|日|天|工作日|小时|周)(?:内|以内|之内)")


def _what(clause: str) -> tuple[str, ...]:
    """Content words of a duty clause, without a time it opens with when two words are left."""
    m = _TIMED_LEAD.match(clause)
    if m:
        rest = content_words(clause[m.end():])
        if len(rest) >= 2:
            return rest
    return content_words(clause)


def _duty_clauses(req: Requirement, timed: bool = True) -> list[tuple[str, ...]]:
    """Content words of each clause that states a duty (two words or more); with
    ``timed=False`` a clause that only says when the duty applies is left out too."""
    out = []
    for m in _CLAUSE.finditer(req.text):
        clause = m.group().strip()
        if _CONDITION.search(clause) or (not timed and _WHEN.search(clause)):
            continue
        words = _what(clause)
        if len(words) >= 2:
            out.append(words)
    return out


def _duties(req: Requirement, clauses: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The duty clauses' words without the actor's."""
    actor = set(content_words(req.actor or ""))
    return [d for d in (tuple(w for w in c if w not in actor) for c in clauses) if d]


def _admissions(req: Requirement, clauses: list[tuple[str, ...]], view: ReportView) -> list[int]:
    """Problem passages that hold most of one duty clause's words, best first: an
    admitted gap may concern one duty of several in a provision (…单独建立党组织，并按期进行换届).
    The actor does not count: 书记 named in a problem says nothing of the 书记's 党课."""
    duties = _duties(req, clauses)
    other_secretary = _other_secretary(req, view)
    found = []
    for i, p in enumerate(view.passages):
        if p.role != PROBLEM:
            continue
        if other_secretary and _BRANCH_SECRETARY.search(view.texts[i]) and not _SCHOOL_SECRETARY.search(view.texts[i]):
            continue  # 学生党支部书记的年度述职尚未开展 is no gap in the 院系党组织书记's 述职
        best = max((view.coverage.share(w, i) for w in duties), default=0.0)
        # a gap admitted in words closer to another provision is that one's (支部在重大决策中
        # 的把关作用还没有落地 is no gap in 招聘考察把关)
        if best >= CLAUSE_MIN and best + ADMIT_CLOSER >= view.admit_best.get(i, 0.0):
            found.append((i, best))
    return [i for i, _ in sorted(found, key=lambda x: -x[1])]


def _duty_share(view: ReportView, duties: list[tuple[str, ...]], i: int) -> float:
    """The best share of one duty clause's words the passage itself holds (its neighbours
    do not count: 1月…组织生活会 beside a sentence on 党课 is no 党课)."""
    return max((view.coverage.share(d, i) for d in duties), default=0.0)


def _rank(req: Requirement, clauses: list[tuple[str, ...]], view: ReportView) -> list[Scored]:
    """Report passages that speak to ``req``, best first.

    BM25 over bigrams proposes candidates; each is scored by the share of the provision's
    content words it contains, for the duty itself and for the whole provision, so a long
    provision is met by a passage on its core.
    """
    key = _duty_words(req)
    full = content_words(req.text)
    req_topics = set(req.topics or [])
    out = []
    for h in view.index.search(req.text, k=15, extra=_query_extra(req)):
        if other_people(req.text, view.texts[h.index]):
            continue  # 慰问了…留守儿童 does not visit 困难党员
        f = view.coverage.share(full, h.index)
        k = view.coverage.share(key, h.index) if key else f
        c = max((view.coverage.share(w, h.index) for w in clauses), default=0.0)
        if view.coverage.has_context(h.index) and not other_people(req.text, view.coverage.context(h.index)):
            # …or with its neighbours, at a discount, unless they do the thing to others
            # (…与37名家庭困难学生结对；…走访慰问困难学生家庭37户 against 慰问困难党员)
            f2 = view.coverage.share(full, h.index, wide=True)
            k2 = view.coverage.share(key, h.index, wide=True) if key else f2
            c2 = max((view.coverage.share(w, h.index, wide=True) for w in clauses), default=0.0)
            k, f, c = max(k, NEIGHBOURS * k2), max(f, NEIGHBOURS * f2), max(c, NEIGHBOURS * c2)
        if any(r in req.text for r in view.rates.get(h.index, ())):
            k = c = 1.0  # 组织覆盖率 | 100% against 党的组织覆盖率达到100%
        cov = 0.5 * (k + f)
        if req_topics & view.passages[h.index].topics:
            # the classifier puts the passage under the provision's topic: its words count more
            k, f, cov, c = (min(1.0, x * TOPIC_BOOST) for x in (k, f, cov, c))
        out.append(Scored(h.index, h.bm25, k, f, cov, c))
    out.sort(key=lambda x: (x.coverage, x.bm25), reverse=True)
    return out


#: the share of a data-list key's words a provision must hold for the line to count it
FACT_KEY_MIN = 0.6


def _facts(req: Requirement, view: ReportView) -> list[Scored]:
    """The report's key–value lines (支委会：12次, 集中学习人均学时：30.5) whose key names what
    the provision counts: the same kind of meeting, or most of the key's words."""
    clause = _measured_clause(req.text) or req.text  # 会议记录本按年度整理归档 counts no 党员大会
    kinds = kinds_named(clause)
    out = []
    for i, key in view.facts.items():
        if view.passages[i].role != DONE:
            continue
        named = kinds_named(key)
        words = content_words(key)
        share = sum(1 for w in words if terms_found(w, clause)) / len(words) if words else 0.0
        if (kinds and named and named & kinds) or (not named and share >= FACT_KEY_MIN):
            out.append(Scored(i, 0.0, 1.0, share, 1.0, 1.0))
    return out


#: a clause that counts meetings held (支委会全年开了, 党员大会共召开, 支委会完成), not what they took up
#: (支委会专题研究意识形态工作3次)
_MEETINGS_HELD = re.compile(r"(?:会|党课|党日)[全年共计累计今本度均都]{0,5}(?:召开|开了|开展了?|举行了?|开|讲了?|搞了|完成了?)?了?$")


#: a provision on attendance (实到…不得低于应到人数的80%, 到会率)
_ATTENDS = re.compile(r"实到|应到|到会|出席率|参会率")


def _counted(req: Requirement, view: ReportView, ranked: list[Scored]) -> list[Scored]:
    """Passages whose count of occasions is of the meeting a frequency provision names, in
    the clause that holds it (支委会全年开了9次 for 支部委员会会议每月至少召开1次), or whose
    attendance is at the meeting an attendance provision names (一、支部党员大会 > 3月13日｜…｜
    应到31人，实到29人): they speak to it by the meeting's name, whatever their other words."""
    c = req.constraint
    kinds = kinds_named(req.text)
    if c is None or not kinds:
        return []
    if c.unit == "%" and _ATTENDS.search(req.text):  # 党员大会实到…不得低于应到人数的80%
        scored = {h.index: h for h in ranked}
        return [replace(scored.get(i) or Scored(i, 0.0, 0.0, 0.0, 0.0), key=KEY_MIN, clause=CLAUSE_DONE)
                for i, p in enumerate(view.passages)
                if p.role == DONE and kinds & (kinds_named(_topic_of(view.doc, p.start)) or kinds_named(view.texts[i]))
                and any((f.subject or "").endswith(ATTENDANCE_WORDS) for f in view.figures.get(i, []))]
    if c.kind != "frequency":
        return []
    out = []
    seen = {h.index for h in ranked}  # (a table row names its meeting as the genre does, 支委会, where
    # the provision writes 支部委员会会议: the words may not bring it up, its name does)
    rows = [Scored(i, 0.0, 0.0, 0.0, 0.0) for i in sorted(view.rates) if i not in seen]
    for h in ranked + rows:
        if view.passages[h.index].role != DONE:
            continue
        sentence = view.own[h.index]
        start = view.passages[h.index].start
        for f in view.figures.get(h.index, []):
            if f.unit in ("次", "场") and f.kind == "count":
                at = f.start - start
                clause = sentence[_clause_start(sentence, at) : at]
                row = h.index in view.rates  # a table row counts what its name says (支委会（次） | … | 11)
                if row:
                    clause = f.subject or ""
                if kinds_named(clause) and kinds_named(clause) <= kinds and (row or _MEETINGS_HELD.search(clause)):
                    out.append(replace(h, key=max(h.key, KEY_MIN), clause=max(h.clause, CLAUSE_DONE)))
                    break
    return out


def _listed(req: Requirement, view: ReportView) -> list[Scored]:
    """The roster rows (the least of a column) whose column names what a duty of every
    member counts (集中学习学时 for 每名党员…集中学习培训…不少于32学时), whatever else they say."""
    how = basis(req.text, req.actor)
    if not view.roster or not (how.each or how.per_school or how.per_branch):
        return []
    return [Scored(i, 0.0, 1.0, 1.0, 1.0, 1.0) for i in sorted(view.roster)
            if any(_names_column(req, _column_of(view, i, f)) for f in view.figures.get(i, []))]


def _strong(h: Scored) -> bool:
    """Does the passage show the work done strongly enough to decide on (most of the provision,
    a whole duty clause, or the duty's own words)?"""
    return h.coverage >= STRONG or h.clause >= CLAUSE_DONE or h.key >= KEY_DONE


def _speaks_to(h: Scored) -> bool:
    return h.key >= KEY_MIN or h.full >= FULL_MIN or h.clause >= CLAUSE_SPEAKS


def assess(req: Requirement, view: ReportView) -> CheckItem:
    """Status, evidence and reason for one provision against one report: for a target staged
    by year, the stage due in the report's year (see :mod:`.stages`)."""
    staged = stage(req.text, view.year)
    if staged is None:
        return _assess(req, view)
    got = _assess(replace(req, text=staged.text), view)
    got = replace(got, requirement=req.text)
    if staged.due is not None and got.status == "shortfall" and (got.figures or got.reason.startswith(_ASKS_EVERY)):
        # 到2027年，建成…不少于10所 in a report on 2025: 4所 is on the way, not short
        got = replace(got, status="addressed",
                      reason=f"not due until {staged.due}; the report shows it under way ({got.reason})")
    return got


def _assess(req: Requirement, view: ReportView) -> CheckItem:
    """Status, evidence and reason for one provision (or one stage of it) against one report."""
    clauses = _duty_clauses(req)
    ranked = _rank(req, _duty_clauses(req, timed=False), view)
    admissions = _admissions(req, clauses, view)
    # a question put to the speaker (记者：…每周至少…吗？) or the guideline's words copied
    # (对照要求：…) speak to the provision but show nothing of the report's own
    relevant = [h for h in ranked if _speaks_to(h) and view.passages[h.index].role != FRAME]
    if req.constraint is not None and req.constraint.kind in MEASURED:
        seen = {h.index for h in relevant}  # 支委会：12次 in the report's data list
        counted = _counted(req, view, ranked)
        # (a passage that speaks to the provision and counts its meeting, 支委会完成12次, is as
        # strong on the duty as its count says, whatever its other words)
        held = {h.index: h for h in counted}
        relevant = [replace(h, key=max(h.key, held[h.index].key), clause=max(h.clause, held[h.index].clause))
                    if h.index in held else h for h in relevant]
        relevant += [h for h in _facts(req, view) + _listed(req, view) + counted
                     if h.index not in seen]
    doc = view.doc
    evidence = [_evidence(view, h.index, round(h.coverage, 3)) for h in relevant[:EVIDENCE_K]]

    def item(status: str, reason: str, figs: list[Figure] | None = None) -> CheckItem:
        shown = evidence
        if figs:  # the passage that holds the figure the reason names comes first
            at = next((h for h in relevant if view.passages[h.index].start <= figs[0].start
                       < view.passages[h.index].end), None)
            if at is not None:
                first = _evidence(view, at.index, round(at.coverage, 3))
                shown = [first] + [e for e in evidence if e.start != first.start][:EVIDENCE_K - 1]
        return CheckItem(provision=req.provision, requirement=req.text, status=status,
                         evidence=shown, figures=figs or [], reason=reason,
                         report=doc.source, topics=list(req.topics or []))

    off = not_applicable(req.text, view.all_figures)
    if off:  # 党员人数超过50人的学校… of a school with 42: nothing owed
        return item("not_mentioned", off)
    measured = req.constraint is not None and req.constraint.kind in MEASURED and req.constraint.value is not None
    if (measured and view.log and not admissions and kinds_named(req.text)
            and not any(view.passages[h.index].role == DONE for h in relevant)):
        # a ledger by kind (五、主题党日 > 1月10日｜走访慰问…): its entries name the meeting only
        # in their heading, so no passage may speak to the provision in its words
        logged = _logged_occasions(req, view)
        if logged:
            return item(*logged)
    if not relevant and not admissions:
        best = ranked[0].coverage if ranked else 0.0
        return item("not_mentioned", f"no passage of the report covers this provision "
                                     f"(best match covers {best:.0%} of its terms)")
    role = {h.index: view.passages[h.index].role for h in relevant}
    done = [h for h in relevant if role[h.index] == DONE]
    problems = [h for h in relevant if role[h.index] == PROBLEM and h.coverage >= PROBLEM_MIN]

    # 0. a ban the report counts broken (共查处在职教师有偿补课问题2起): whatever was done about it
    if req.modality == "must_not" and done:
        broken = _breached(req, view, done)
        if broken:
            return item("shortfall", broken)

    # 1. the report admits the gap in its own problem passages
    # an admission outweighs a claim: reports often list work done and then admit the gap,
    # unless the work shown done states the whole duty and the admission only part of it
    admitted = [h.index for h in problems] or admissions
    full_words = content_words(req.text)
    # (a judgement that states the whole duty, 会议认为…同谋划、同部署…的格局基本形成, outweighs a
    # gap admitted about part of it as work done would)
    stated = max((h.full for h in relevant if role[h.index] in (DONE, VIEW) and h.clause >= CLAUSE_DONE),
                 default=0.0)
    # (…but an admission that holds a whole duty clause and says it not done, 各年级组尚未设立,
    # is a gap whatever the work around it covers)
    admitted = [i for i in admitted if view.coverage.share(full_words, i) + OUTWEIGH > stated
                or _duty_share(view, clauses, i) >= 1.0 and _NOT_YET.search(view.texts[i])]
    # the report's figures against every bound of the provision (至少配备2名专职…教师，专职
    # 教师…比例不低于60%), worked out at most once
    figure_verdicts = cache(lambda: [v for c in _bounds(req) for v in _verdicts(req, c, view, done, _bound_words(req, c))])
    if (admitted and problems and measured and figure_verdicts()
            and all(v.ok for v in figure_verdicts())):
        # 第四次领导小组会议 meets 每年至少召开4次会议: a gap closer to another provision
        # (专题研判不够经常) is that one's, not this one's
        admitted = [i for i in admitted
                    if _duty_share(view, clauses, i) + ADMIT_CLOSER >= view.admit_best.get(i, 0.0)]
    if admitted:
        if not problems:  # found by clause: show the admission as evidence too
            evidence.insert(0, _evidence(view, admitted[0], 0.0))
        return item("shortfall", _admitted(view.passages[admitted[0]]))

    # 1b. a duty of every school, where the report's breakdown by school leaves one out
    # (其中实验小学承办20次，城关一小承办2次，河湾小学、石桥小学各承办1次; 柳塘小学 none)
    if done and _EVERY_SCHOOL.search(req.text):
        left = _left_out(req, view, done, clauses)
        if left:
            return item("shortfall", left)

    # 1c. a count given period by period (第一至第四季度分别召开2次、1次、0次、2次, or a table of
    # months) decides a duty of each such period: a period short of it is short, whatever the total
    if ((done or view.table_series) and measured and req.constraint.kind == "frequency"
            and req.constraint.bound != "at_most"):
        by_period = _by_period(req, view, done)
        if by_period:
            return item(*by_period)

    # 2. figures decide: first the readings of a kind of provision, then a figure against the
    # constraint
    # 2a. a duty to each school of a kind each term, against the schools the report names
    # (春季学期到石岭、东坳、白水村小 of the four it names)
    if done:
        missed = each_unit_short(req.text, view.doc.text)
        if missed:
            return item("shortfall", missed)
    # 2b. a bound relative to last year's figure (不少于上年, 较上年有所增加): both years' figures
    if done and is_relative(req.text):
        paras = {view.passages[h.index].para for h in done}  # (2024年发展党员3名 in the next sentence)
        near = [i for i, p in enumerate(view.passages) if p.para in paras]
        rel = relative(req.text, [f for i in near for f in view.figures.get(i, [])],
                       [view.texts[h.index] for h in done], view.year)
        if rel is not None:
            return item(rel.status, rel.reason, list(rel.figures))
    # 2c. a duty of every one once in N years: the share counted since a start against the
    # years gone (pace.py)
    if done and round_years(req.text):
        paced = next((p for h in done for f in view.figures.get(h.index, [])
                      if (p := pace(req.text, f, view.year, view.until)) is not None), None)
        if paced is not None:
            return item("met" if paced.ok else "shortfall", paced.reason, [paced.figure])
    # 2d. a figure against the constraint
    strong = [h for h in done if _strong(h)]  # (the passages that show the work done, for 2 and 3)
    due = deadline(req.text)
    # 每年3月底前制定计划: a yearly duty with a date is checked by its date, not by a count
    dated_yearly = (measured and due is not None and req.constraint.kind == "frequency"
                    and req.constraint.value == 1 and period_years(req.constraint.period) == 1)
    if measured and not dated_yearly:
        verdicts = list(figure_verdicts())
        ratio = ratio_of_groups(req.text, view.all_figures) if req.constraint.unit == "%" else None
        if not verdicts and ratio and done:  # 学生党员54名 … 在校生2,400名: 2.25%
            v = compare(req.constraint, ratio[0], ratio[0].sentence, 0, view.covers, view.term, view.until)
            verdicts = [Verdict(v.ok, ratio[0], f"{ratio[1]} {v.reason}")] if v else []
        if verdicts:
            bad = [v for v in verdicts if not v.ok]
            if bad:
                return item("shortfall", f"report figure {bad[0].reason}", [bad[0].figure])
            # 每学期至少上1节示范课，做到全覆盖: a count that meets the rate does not answer
            # 18名…中有15人上了示范课 (nor 大部分党员完成了全年32学时)
            short = _every_short(req, view, done, heads=False) or _hedged(req, view, strong, clauses)
            if short:
                return item("shortfall", short)
            return item("met", f"report figure {verdicts[0].reason}", [verdicts[0].figure])

    # 3. work shown done
    viewed = max((h.coverage for h in relevant if role[h.index] == VIEW), default=0.0)
    if viewed >= max((h.coverage for h in done), default=0.0) + OUTWEIGH:
        # 会议认为，…同谋划、同部署…的格局基本形成 says the whole duty; the deeds around it barely touch it
        return item("addressed", "the report speaks to this only in a judgement of the work, "
                                 "not as work done")
    how = basis(req.text, req.actor)
    hedged = _hedged(req, view, strong, clauses)
    if hedged:
        return item("shortfall", hedged)
    if done and ALL.search(req.text):  # 全覆盖 against 14名…中，已有11人
        short = _every_short(req, view, done)
        if short:
            return item("shortfall", short)
        duties = _duties(req, clauses)  # the actor does not count: 学校…全部 says nothing of 换届
        for h in strong:  # 签订率达到100% against 全校96名教职工全部签字
            said = EVERY.search(view.texts[h.index])
            if said and _duty_share(view, duties, h.index) >= CLAUSE_SPEAKS:
                return item("met", f"the provision asks for every one, and the report says "
                                   f"“{said.group()}”")
    if done and how.per_head:  # 学校党组织书记每年至少参加1次轮训
        short = _every_short(req, view, done)
        if short:
            return item("shortfall", short)
    if strong and how.per_school:  # 每所村小、教学点明确1名联络员
        some = _some_schools(req, view, strong, clauses)
        if some:
            return item("shortfall", some)
    if due and strong:  # 6月底前完成换届 against 9月份进行换届选举
        # (the first passage that dates it, with the rest of the schools it splits off in its
        # paragraph: 小学有28所在6月底前完成；另外3所于9月下旬完成)
        first = next((h for h in strong if months(view.texts[h.index])), None)
        para = view.passages[first.index].para if first else None
        rest = [i for i in range(first.index + 1, len(view.passages)) if view.passages[i].para == para
                and _REST_SPLIT.search(view.texts[i])] if first else []
        dated = [d for i in ([first.index] if first else []) + rest for d in months(view.texts[i])]
        late = [d for d in dated if later(d, due)]
        if late:
            return item("shortfall", f"the report dates this work {_dated(late[0])}, after "
                                     f"the deadline {_dated(due)}")
        if dated:
            return item("met", f"the report dates this work {_dated(dated[-1])}, within the deadline")
    if done and measured and view.log:  # 1月8日　召开支委会…; 3月6日　召开支委会…: a record
        logged = _logged_occasions(req, view)
        if logged:
            return item(*logged)
    if strong:  # 每月10日前交纳 against 每月领取工资后即在当月5日前交纳
        by_day = _day_of_month(req, view, strong)
        if by_day:
            return item(*by_day)
    if strong and measured:  # 4月…参观基地；7月…观看专题片；11月…通报案例: three times
        dated = _dated_occasions(req, view, done)
        if dated:
            return item("met", dated)
    if strong:
        if measured and _once_within_the_year(req):
            return item("met", "the report describes this done in the year it covers, which "
                               "meets a duty of once a year or less often")
        if measured:
            return item("addressed", "the report describes this work but gives no figure to "
                                     "check against the required "
                                     f"{req.constraint.value:g}{req.constraint.unit or ''}")
        return item("met", f"the report shows this done (the passage covers {strong[0].coverage:.0%} "
                           f"of the provision)")
    if req.modality == "may":
        return item("not_mentioned", "a permission the report does not show it used")
    plans = [h for h in relevant if role[h.index] == PLAN]
    if plans and not done:
        return item("addressed", "the report mentions this only as an intention")
    if not done and any(role[h.index] == UNVERIFIED for h in relevant):
        return item("addressed", "the report gives this only as a claim it could not check")
    if not done and any(role[h.index] == VIEW for h in relevant):
        return item("addressed", "the report speaks to this only in a judgement of the work, "
                                 "not as work done")
    return item("addressed", f"the report speaks to this, but only in passing "
                             f"(best passage covers {relevant[0].coverage:.0%} of its terms)")


#: cases of something found or dealt with: 查处在职教师有偿补课问题2起, 发现…3例
_CASES = re.compile(r"(?<![未没无])(?:查处|查实|查办|发现|立案|通报了?|处理了?)(?!率)([^。；;：:，,]{1,24}?)"
                    r"(\d+|[一二两三四五六七八九十]{1,3})(?:起|例|宗|件)")


def _other_year(period: str | None, year: int) -> bool:
    """Does a table figure's column name a year other than the report's (2024年 in 2025's)?"""
    m = re.fullmatch(r"((?:19|20)\d{2})年度?", (period or "").strip())
    return m is not None and int(m.group(1)) != year


#: an actor that is a body which organises what its members do (学校党组织, 党支部, 党委)
_ORGANISER = re.compile(r"(?:党组织|党委|党总支|党支部|支部|学校|教育局|工委)$")


#: words that say most but not all did it (基本实现全覆盖, 绝大多数党员, 除个别因病请假外)
_HEDGED = re.compile(r"基本(?:实现|做到|覆盖|完成|达到|全覆盖)|(?:绝)?大(?:部分|多数)|除(?:了)?个别[^，,。；;]{0,12}外"
                     r"|部分(?:党员|教师|学校|支部|班级)(?:未|没有|尚未)")
#: a gap said outright: the duty not (yet) done (尚未设立, 未开展, 没有建立)
_NOT_YET = re.compile(r"尚未|未能|(?<![从并])未(?:设立|建立|开展|召开|落实|完成|组织|配备|覆盖)|没有(?:设立|建立|开展|召开|落实|完成|组织|配备)")


def _hedged(req: Requirement, view: ReportView, strong: list[Scored], clauses: list[tuple[str, ...]]) -> str | None:
    """Why a duty of every one (全覆盖, 100%, 每名党员都…) is not met by a passage on it that
    says most did it (基本实现全覆盖, 绝大多数, 除个别因病请假外), or None."""
    if not (ALL.search(req.text) or basis(req.text, req.actor).each or EVERY_ONE.search(req.text)):
        return None
    duties = _duties(req, clauses)
    for h in strong:
        hedge = _HEDGED.search(view.texts[h.index])
        if hedge and _duty_share(view, duties, h.index) >= CLAUSE_SPEAKS:
            return f"the provision asks for every one, and the report says only “{hedge.group()}”"
    return None


#: a provision that asks it of every one in words (确保每名党员都完成…)
EVERY_ONE = re.compile(r"每(?:名|位|个)[\u4e00-\u9fff]{1,6}?都")


def _telling(req: Requirement, k: int) -> list[str]:
    """The ``k`` most telling words of a provision's duty (警示 and 廉政 of 开展…廉政警示教育),
    by their weight in the genre."""
    return sorted(_duty_words(req), key=genre_idf, reverse=True)[:k]


def _breached(req: Requirement, view: ReportView, done: list[Scored]) -> str | None:
    """Where the report counts cases of what a ban forbids, in a passage that shows it, the
    words that say so (the thing counted names one of the ban's two most telling words)."""
    keys = _telling(req, 2)
    for h in done:
        if not _strong(h):
            continue
        for m in _CASES.finditer(view.texts[h.index]):
            if any(terms_found(k, m.group(1)) for k in keys) and m.group(2) not in ("0", "零"):
                return f"the report counts cases of what the provision forbids: “{m.group()}”"
    return None


def _by_period(req: Requirement, view: ReportView, done: list[Scored]) -> tuple[str, str] | None:
    """A duty of each quarter, month, term or half-year held against the report's count for
    each such period, where a passage that shows the work done gives one (and, if the
    provision names a kind of meeting, names the same kind before it)."""
    per = (req.constraint.period or "").lstrip("每个")
    need = req.constraint.value
    unit = req.constraint.unit or "次"
    kinds = kinds_named(req.text)
    key = next(iter(_telling(req, 1)), None)
    # every such count in the paragraphs that show the work (书记第一学期…5节、第二学期4节；
    # 校长第一学期讲授6节、第二学期3节: the 校长's too)
    paras = {view.passages[h.index].para for h in done
             if _strong(h)}
    found = []
    for p in view.passages:
        if p.para not in paras or p.role != DONE:
            continue
        opens = view.doc.paragraphs[p.para].start if p.para < len(view.doc.paragraphs) else p.start
        for s in series(view.doc.text, p.start, p.end):
            # what is counted may be named earlier in the sentence (书记…讲授思政课5节…；校长…6节):
            # the kind of meeting the provision names, and its most telling word (谈心, not 党课)
            said = re.split(r"[。！？!?]", view.doc.text[opens:s.end])[-1]
            if (s.period == per and (not kinds or kinds_named(said) & kinds)
                    and (not key or terms_found(key, said))):
                found.append(s)
    # …or a paragraph that tells the year month by month (1月…1次；2月因寒假未召开；…), whose
    # clauses the sentence splitter may part
    for i in sorted(paras):
        para = view.doc.paragraphs[i] if i < len(view.doc.paragraphs) else None
        for s in prose_series(view.doc.text, para.start, para.end) if para else []:
            if s.period == per and (not kinds or kinds_named(s.before) & kinds) and s not in found:
                found.append(s)
    # …or a table of months or quarters (月份 | 支委会 | 党员大会 …): the column that counts it
    longer = []  # series over longer periods (halves against a duty per quarter): each needs its share
    for s in view.table_series:
        # (a calendar year's halves are its terms: 上半年 the spring term, 下半年 the autumn)
        named = kinds_named(s.before) & kinds if kinds else not key or terms_found(key, s.before)
        k = (period_years(s.period) or 0) / (period_years(per) or 1)
        if named and s.period != per and k > 1 and abs(k - round(k)) < 1e-9:
            longer.append((s, round(k)))
        s = s if s.period == per or (per, s.period) == ("学期", "半年") else by_quarter(s) if per == "季度" else None
        if s is not None and named:
            found.append(s)
    for s, k in longer:  # 党员大会 上半年1次 against 每季度至少1次: two quarters, one meeting
        if min(s.counts) + 1e-9 < need * k:
            short = "、".join(n for n, c in zip(s.names, s.counts) if c + 1e-9 < need * k)
            counts = "、".join(f"{c}{unit}" for c in s.counts)
            return ("shortfall", (f"the report counts this {s.period} by {s.period} ({counts}): {short} "
                                  f"{min(s.counts):g}{unit} against the required {need:g} each {per}, "
                                  f"{need * k:g} in a {s.period}"))
    for s in found:
        least = min(s.counts)
        if least + 1e-9 < need:
            counts = "、".join(f"{k}{unit}" for k in s.counts)
            short = "、".join(n for n, k in zip(s.names, s.counts) if k + 1e-9 < need)
            return ("shortfall", (f"the report counts this {per} by {per} ({counts}): {short} "
                                  f"{least:g}{unit} against the required {need:g} each {per}"))
    if found:
        counts = "；".join("、".join(f"{k}{unit}" for k in s.counts) for s in found)
        return ("met", (f"the report counts this {per} by {per} ({counts}), each at least the "
                        f"required {need:g}"))
    return None


#: a day of the month by which something is due each month (每月10日前, 当月5日前)
_DUE_DAY = re.compile(r"(?:每月|当月|每个月)(?:的)?(\d{1,2})(?:日|号)(?:前|之前|以前)")


def _day_of_month(req: Requirement, view: ReportView, strong: list[Scored]) -> tuple[str, str] | None:
    """A monthly deadline held against the day of the month the report says it keeps."""
    due = _DUE_DAY.search(req.text)
    if due is None:
        return None
    by = int(due.group(1))
    for h in strong:
        kept = _DUE_DAY.search(view.texts[h.index])
        if kept:
            if int(kept.group(1)) <= by:
                return "met", f"the report keeps “{kept.group()}”, within the provision's {due.group()}"
            return "shortfall", f"the report keeps “{kept.group()}”, later than the provision's {due.group()}"
        # 分别于9月24日、10月24日、11月24日报送: each month's date against the day
        days = _DAYS_IN.findall(view.texts[h.index])
        if len(days) >= 2:
            late = [f"{m}月{d}日" for m, d in days if int(d) > by]
            if late:
                return "shortfall", f"the report dates it {late[0]}, later than the provision's {due.group()}"
            return "met", (f"the report dates it {', '.join(f'{m}月{d}日' for m, d in days)}, each within "
                           f"the provision's {due.group()}")
    return None


#: the event a time limit counts from (开学后两周内, 会议结束后5个工作日内, 反馈之日起30日内)
_EVENT_LIMIT = re.compile(r"([^，,；;。、]{2,12}?)(?:之日起|之后|以后|后)[\d一二两三四五六七八九十半]+个?"
                          r"(?:月|日|天|工作日|小时|周)(?:内|以内|之内)")


def _from_event(req: Requirement, step: Figure) -> bool:
    """Whether a step from one clause's day to the next (3月3日开学，3月12日召开…) starts at the
    event the provision counts its time limit from: the first clause names it (开学)."""
    m = _EVENT_LIMIT.search(req.text)
    if m is None:
        return False
    days = list(_DAYS_IN.finditer(step.surface))
    first = step.surface[: days[1].start()] if len(days) >= 2 else ""
    return any(terms_found(w, first) for w in content_words(m.group(1)) if len(w) >= 2)


#: words that make a length of time one elapsed since something (会后第5个工作日, 7天内完成,
#: 平均办结时间17个工作日, 整理归档时间…8个工作日, 用时3天), not how long an occasion lasted
#: (集中轮训1期（5天）)
_ELAPSED = re.compile(r"后|内|用时|历时|耗时|办结|完成|即|当天|当日|之日|时间")


def _times_event(req: Requirement, clause: str) -> bool:
    """Whether a length of time in ``clause`` can be the time a provision's limit counts from
    its event (组织生活会召开后15个工作日内…报送): the clause says it elapsed. A limit with no
    event (在15个工作日内整改到位) takes any length of time."""
    return _EVENT_LIMIT.search(req.text) is None or _ELAPSED.search(clause) is not None


def _step_ends_in_act(req: Requirement, sentence: str, at: int) -> bool:
    """Whether the step of days that ends at ``at`` in ``sentence`` ends in the act the
    provision times (在15日内…报县委教育工委审批: the clause after the second day says 报…审批)."""
    rest = re.split(r"[。；;]", sentence[at:], maxsplit=1)[0]
    nxt = _DAYS_IN.search(rest)  # …于6月24日召开党员大会…，6月26日将…报…审批: up to the next day
    clause = rest[: nxt.start()] if nxt else rest
    words = [w for w in content_words(req.action or req.text) if len(w) >= 2]
    return not words or any(terms_found(w, clause) for w in words)


_ASKS_EVERY = "the provision asks for every one"


#: a passage about the rest of a group split in the one before (另外3所于9月下旬完成)
_REST_SPLIT = re.compile(r"(?:另外|另有|其余|剩余|还有)[\d一二两三四五六七八九十]+[所个名]")


#: the whole a worked-out share's words name before its part (62名班主任中…, 640人，其中…)
_NAMED_WHOLE = re.compile(r"(.*?)(?:其中|中)")


def _every_short(req: Requirement, view: ReportView, done: list[Scored], heads: bool = True) -> str | None:
    """A provision that asks it of every one (全覆盖, 100%) or, with ``heads``, binds each of a
    group, against a report that counts only some of them (14名…中，已有11人): why that falls
    short."""
    if ALL.search(req.text):
        part = _part_short(view, done, lambda words: _names_whole(words, req.text))
        if part:
            return f"{_ASKS_EVERY}, the report counts {part}"
    how = basis(req.text, req.actor)
    if heads and how.per_head:
        part = _part_short(view, done, lambda words: how.per_head in words)
        if part:
            return f"the provision binds every {how.per_head}, the report counts {part}"
        # 支部书记与19名党员进行了一对一谈心谈话, of the report's 26 members
        whole = members(view.all_figures, how.per_head)
        for h in done:
            if max(h.key, h.clause) < CLAUSE_DONE:
                continue
            text = view.texts[h.index]
            some = re.search(rf"(\d+)名{how.per_head}|(?<=覆盖){how.per_head}(\d+)名", text)
            # (新入职的6名教师全部参加: a group of its own, all of whom did it)
            if (some and whole is not None and whole.start != view.passages[h.index].start + some.start()
                    and 0 < int(some.group(1) or some.group(2)) < whole.value and not text[:some.start()].endswith("的")
                    and not re.match(r"[^，,。；;]*?(?:全部|均|都|全体)", text[some.end():])):
                return (f"the provision binds every {how.per_head}, the report counts {some.group()} "
                        f"of its {whole.surface}")
    return None


def _part_short(view: ReportView, done: list[Scored], of_this: Callable[[str], bool]) -> str | None:
    """“11 of 14 (“14名…中，已有11人”)” for the first passage shown done that counts part of a
    whole ``of_this`` accepts, short of the whole; or None."""
    for h in done:
        if max(h.key, h.clause) < FIGURE_MIN:
            continue
        part = part_of_whole(view.texts[h.index])
        if part and part[0] < part[1] and of_this(part[2]):
            return f"{part[0]} of {part[1]} (“{part[2]}”)"
    return None


def _some_schools(req: Requirement, view: ReportView, strong: list[Scored],
                  clauses: list[tuple[str, ...]]) -> str | None:
    """The reason a duty of every school is not met by work the report shows done in fewer
    of the kinds of school it counts (在七所村小和五个教学点各明确了一名联络员, of 一所中心小学、
    七所村小和十二个教学点), or None."""
    listed = [f for f in view.all_figures if f.unit == "所" and (
        (f.subject or "").endswith(SCHOOL_WORDS)  # (目前已有43所学校建成…: the schools named after)
        or _SCHOOLS_AFTER.match(f.sentence, f.sentence.find(f.surface) + len(f.surface)))]
    if not listed:
        return None
    total = max(f.value for f in listed)
    duties = _duties(req, clauses)
    for h in strong:
        if _duty_share(view, duties, h.index) < CLAUSE_SPEAKS:
            continue
        p = view.passages[h.index]
        here = [f for f in listed if p.start <= f.start < p.end]
        # (全县38所中小学全部完成…: all of a kind the report counts apart, not some of all)
        if here and here[0].value < total and not EVERY.search(view.texts[h.index]):
            return (f"the provision asks for every school; the report shows it done in "
                    f"{here[0].value:g} (“{here[0].surface}”) of the {total:g} it counts")
    return None


#: schools named right after their count (43所学校, 12所中小学)
_SCHOOLS_AFTER = re.compile(r"(?:中小学校?|学校|小学|中学|村小|幼儿园)")
#: a duty of each school of a group (各成员学校, 每所学校, 各学校)
_EVERY_SCHOOL = re.compile(r"(?:各|每所)[\u4e00-\u9fff]{0,4}?(?:学校|校)")
#: a school's name (城关一小, 河湾小学, 溪川县实验小学), and a list of them with its count (联合城关一小、
#: 河湾小学、石桥小学、柳塘小学4所成员学校)
_SCHOOL_NAME = r"[\u4e00-\u9fff]{2,4}?(?:小学|中学|一小|二小|三小|一中|二中|三中|幼儿园|中心校)"
_NAMED_SCHOOLS = re.compile(rf"((?:{_SCHOOL_NAME}[、和与及]){{1,12}}{_SCHOOL_NAME})(?:等)?(\d+|[二三四五六七八九十]{{1,2}})所")


def _left_out(req: Requirement, view: ReportView, done: list[Scored],
              clauses: list[tuple[str, ...]]) -> str | None:
    """The reason a duty of every school is not met when the report names its schools
    (…4所成员学校) and breaks the work down by school (其中…) without one of them, or None."""
    listed = _NAMED_SCHOOLS.search(view.doc.text)
    if listed is None:
        return None
    # a name's last four characters (联合城关一小 -> 城关一小): the list's first may carry its verb
    names = [n[-4:] for n in re.findall(_SCHOOL_NAME, listed.group(1))]
    if len(names) < 2:
        return None
    duties = _duties(req, clauses)
    for h in done:
        text = view.texts[h.index]
        if "其中" not in text or _duty_share(view, duties, h.index) < CLAUSE_SPEAKS:
            continue
        breakdown = text[text.index("其中"):]
        named = [n for n in names if n in breakdown]
        missing = [n for n in names if n not in breakdown]
        if len(named) >= 2 and missing:
            return (f"the provision binds every school; the report's breakdown names "
                    f"{'、'.join(named)} but not {'、'.join(missing)} of its {len(names)}所")
    return None


#: the count of a whole at the head of a part-of-whole phrase (1,236名党员教师中，有902名)
_WHOLE_COUNT = re.compile(r"^[^\u4e00-\u9fff]*(?:共有?)?[\d,，.]*[一二两三四五六七八九十百千万]*(?:名|个|所|人|家)?")


def _names_whole(words: str, provision: str) -> bool:
    """Does the provision name the whole a part is counted of? 1,236名党员教师中，有902名 is
    no part of 全县学校全覆盖."""
    whole = re.split(r"[，,]", words)[0]
    whole = _WHOLE_COUNT.sub("", whole).removesuffix("中")
    return any(terms_found(w, provision) for w in content_words(whole))


def _dated(date: tuple) -> str:
    """A date's words with its year when one was written (2026年3月)."""
    return f"{date[3]}年{date[2]}" if date[3] is not None else date[2]


def _dated_occasions(req: Requirement, view: ReportView, done: list[Scored]) -> str | None:
    """The reason a frequency is met by work the report dates to different months (七一前夕…；
    11月，…再次…), or None. Only months count, never undated mentions, which may retell one
    occasion; and fewer months than the rate asks for prove nothing either way."""
    c = req.constraint
    if c is None or c.kind != "frequency" or c.bound == "at_most" or not c.value:
        return None
    per = period_years(c.period)
    if per is None:
        return None
    if basis(req.text, req.actor).each:
        return None  # 3月、9月 say nothing of 每名党员 each term: a count per head decides
    duties = _duties(req, _duty_clauses(req))  # the actor's words say nothing of the duty
    words = {w for d in duties for w in d if SLOT_ANY not in w and SLOT_ALL not in w}

    def about(clause: str) -> bool:
        return any(terms_found(w, clause) for w in words)

    found: set[int] = set()
    for h in done:
        if _duty_share(view, duties, h.index) >= CLAUSE_SPEAKS:
            found |= occasions(view.texts[h.index], about)
    need = c.value / per * view.covers
    if len(found) < 2 or len(found) + 1e-9 < need:
        return None
    named = "、".join(f"{m}月" for m in sorted(found))
    return (f"the report dates this work to {len(found)} different months ({named}), against "
            f"the required {c.value:g}{c.unit or ''} every {c.period}")


def _logged_occasions(req: Requirement, view: ReportView) -> tuple[str, str] | None:
    """(status, reason) of a monthly or quarterly duty held against a dated record (大事记)
    that lists every occasion: met when each month (quarter) the record spans has an entry on
    the duty, a shortfall when one has none. None when the duty is not once a month or a
    quarter, or no entry speaks to it."""
    c = req.constraint
    if c is None or c.kind != "frequency" or c.bound == "at_most" or not c.value or not view.log:
        return None
    per = period_years(c.period)
    months_long = round(per * 12) if per else 0
    if months_long not in (1, 3, 12) or basis(req.text, req.actor).each:
        return None
    if months_long in (1, 3) and c.value != 1:
        return None
    duties = _duties(req, _duty_clauses(req))
    kinds = kinds_named(req.text)  # 支委会 entries, not 支部党员大会 ones, show 支部委员会会议

    def on_duty(i: int) -> bool:
        if kinds:  # the entry names the meeting: that is the duty's occasion; in a ledger by
            # kind (二、支部委员会 > 1月8日 支委会 议题：研究…组织生活会…方案) its heading does
            heading = _topic_of(view.doc, view.passages[i].start)
            return bool(kinds & (kinds_named(heading) or kinds_named(view.texts[i])))
        return _duty_share(view, duties, i) >= CLAUSE_DONE

    on = [i for i, p in enumerate(view.passages) if p.para in view.log and p.role == DONE and on_duty(i)]
    if months_long == 12:  # a yearly count: the record's entries are every occasion
        return _logged_count(req, view, {view.passages[i].para: i for i in on}, kinds)
    entries = sorted({view.log[view.passages[i].para] for i in on})
    if not entries:
        return None
    seen, missing = logged_periods(entries, list(view.log.values()), months_long)
    kind = "month" if months_long == 1 else "quarter"
    if missing:
        named = "、".join(f"{m}月" if months_long == 1 else f"the quarter from {m}月" for m in missing)
        return ("shortfall", (f"the report is a dated record of the year; it shows this in "
                              f"{len(seen)} of {len(seen) + len(missing)} {kind}s, none in {named}"))
    return ("met", (f"the report is a dated record of the year; it shows this in every {kind} "
                    f"it covers ({len(seen)})"))


#: an office a provision binds, as a record names its holder (支部书记林佩瑶讲…, not 副书记)
_OFFICE_HELD = re.compile(r"书记|校长|委员")


def _logged_count(req: Requirement, view: ReportView, entries: dict[int, int],
                  kinds: frozenset[str]) -> tuple[str, str] | None:
    """(status, reason) of a yearly count held against a ledger by kind that lists every
    occasion (四、党课 > 1. 3月27日｜支部书记…讲…): its entries of the provision's meeting, those
    of the office it binds when it names one, counted. None unless the provision names a
    meeting kind."""
    c = req.constraint
    if not kinds or not entries or c is None or c.value is None:
        return None
    office = _OFFICE_HELD.search(req.actor or "")
    if office:  # 支部书记每年…讲党课不少于2次: the entries of the secretary, not the deputy's
        holder = re.compile(rf"(?<!副){office.group()}")
        entries = {k: i for k, i in entries.items() if holder.search(view.texts[i])}
    n = len(entries)
    whose = f" by the {office.group()}" if office else ""
    said = (f"the report lists every occasion; it lists {n}{whose}, against the required "
            f"{c.value:g}{c.unit or ''} a year")
    return ("met" if n >= c.value else "shortfall", said)


def _once_within_the_year(req: Requirement) -> bool:
    """Is the duty at most once a year (每年至少1次, 每两年1次)? A year's report that shows
    it done has then met it, even without a count."""
    c = req.constraint
    if c is None or c.kind != "frequency" or c.bound == "at_most" or (c.value or 0) > 1:
        return False
    years = period_years(c.period)
    return years is not None and years >= 1


#: marks that end the clause before a figure (and the bars or dots of a strip of key figures:
#: 支委会12次｜党员大会3次)
_CLAUSE_MARKS = "，,、；;：:。（(｜|·•"


def _clause_before(sentence: str, offset: int, thing: str | None = None) -> str:
    """The words before a figure back to the previous clause break or opening bracket: its
    local subject (…学习5个学时（含集中培训3个学时）: 3个学时 is 集中培训's, not 学习's).
    A bare tally (…听取团委汇报，全年共1次) counts what the sentence said before it, and
    so does the rest of a group (…，其余8个党组织召开2至3次) when ``thing``, the words the
    figure's extractor found it counts, names only the doing."""
    head = sentence[:offset]
    head = head[max(head.rfind(c) for c in "。！？!?") + 1 :]  # a passage may hold several sentences
    cut = max(head.rfind(c) for c in _CLAUSE_MARKS)
    tally = _TALLY.match(head[cut + 1 :]) if cut > 0 else None
    if tally and len(head) - cut - 1 - tally.end() <= TALLY_VERB_MAX:
        return head  # a tally counts what the sentence said before it
    if cut > 0 and _BARE_RATE.match(head[cut + 1 :]):
        return head  # so does a bare rate
    if cut > 0 and _SHARE_OF.fullmatch(head[cut + 1 :]):
        # …参加过社区志愿服务的为958名，占85.1%: the share is of what the clause before counted
        return head[max(head[:cut].rfind(c) for c in _CLAUSE_MARKS) + 1 :]
    if cut > 0 and thing is not None and _REST_CLAUSE.match(head[cut + 1 :]) and _NO_THING.match(thing):
        # 38个党组织全年召开党员大会4次以上，其余8个党组织召开2至3次: the rest did the same
        # thing, when the clause names none (其余4名委员各讲了1次微党课 names its own)
        return head[max(head[:cut].rfind(c) for c in _CLAUSE_MARKS) + 1 :]
    return head[cut + 1 :]


@lru_cache(maxsize=1)
def _finder() -> ConstraintFinder:
    return ConstraintFinder(load_lexicon())


def _bounds(req: Requirement) -> list[Constraint]:
    """The provision's measured constraint, and those of its other clauses: requirement
    extraction keeps the first bound of a sentence, a check needs each."""
    assert req.constraint is not None
    out = [req.constraint]
    for c in _clause_bounds(req.text):
        if not any((c.value, c.unit) == (o.value, o.unit) for o in out):
            out.append(c)
    # 支委会每月召开1次（寒暑假除外）: only the months left ask for one
    left = duty_months(req.text)
    return [replace(c, value=c.value * left, period="年") if left and c.kind == "frequency"
            and c.value is not None and period_years(c.period) == 1 / 12 else c for c in out]


@lru_cache(maxsize=4096)
def _clause_bounds(text: str) -> tuple[Constraint, ...]:
    """The measured bound of each clause of a provision (a bound, not 每年确定的… read as
    once a year)."""
    return tuple(c for c, _ in _bound_clauses(text))


@lru_cache(maxsize=4096)
def _bound_clauses(text: str) -> tuple[tuple[Constraint, str], ...]:
    """Each measured bound of a provision with the words of the clause that sets it."""
    out: list[tuple[Constraint, str]] = []
    for m in _CLAUSE.finditer(text):
        # (two bounds joined by 、: 时间不少于3天、累计不少于24学时)
        cuts = [m.start()] + [k + 1 for k in range(m.start(), m.end()) if text[k] == "、"] + [m.end()]
        spans = [(m.start(), m.end())] + (list(pairwise(cuts)) if len(cuts) > 2 else [])
        for a, b in spans:
            found = _finder().find(text, a, b, None)
            c = found.constraint if found else None
            if (c is not None and c.kind in MEASURED and c.value is not None and c.bound != "exactly"
                    and all(c != o for o, _ in out)):
                out.append((c, text[a:b]))
    return tuple(out)


def _bound_words(req: Requirement, c: Constraint) -> str | None:
    """The words of the clause that sets ``c`` in a provision of several bounds (听课不少于10节、
    参加教研活动不少于4次: 参加教研活动…), so a figure is held against the bound on what it
    counts; None for a provision of one bound."""
    found = _bound_clauses(req.text)
    if len({(o.value, o.unit) for o, _ in found}) < 2:
        return None
    words = next((w for o, w in found if (o.value, o.unit) == (c.value, c.unit)), None)
    # a later stage of one target (…达到60%；2026年达到80%) counts what the first stage does
    return None if words is None or is_stage(words) else words


_SCHOOL_SECRETARY = re.compile(r"(?<!支部)(?<!支)(?:党组织|党委|学校)书记")
_COMMITTEE_SECRETARY = re.compile(r"党(?:委|总支)书记")
_BRANCH_SECRETARY = re.compile(r"支部书记")


def _other_secretary(req: Requirement, view: ReportView) -> bool:
    """Is the provision the 党组织书记's in a school with a 党委 or 党总支, whose 支部书记
    are other people (their counts and their gaps are not his)?"""
    return (_SCHOOL_SECRETARY.search(req.actor or "") is not None
            and _COMMITTEE_SECRETARY.search(view.doc.text) is not None)


def _verdicts(req: Requirement, constraint: Constraint, view: ReportView, hits: list,
              words: str | None = None) -> list:
    """Compare the figures of the evidence passages that count the provision's thing
    with one of its constraints (``words``: the clause that sets it, in a provision of several)."""
    want = set(bigrams(words or req.text))
    how = basis(req.text, req.actor)
    # whose figure: the members a body's duty of each binds (学校党组织要组织…每名党员每年…32学时:
    # the 党员's hours, not the 书记 course the 学校党组织 held), else the actor's
    organiser = bool(req.actor and _ORGANISER.search(req.actor))
    actor = content_words(how.per_head if organiser and how.each and how.per_head else req.actor or "")
    kinds = kinds_named(req.text)
    # a school with a 党委 or 党总支 has 支部书记 under its 党组织书记: their counts are not his
    other_secretary = _other_secretary(req, view)
    rated = _rated(req.text) if constraint.unit == "%" else None
    # 党员教师占专任教师的比例: a share is only of the whole the provision names
    base = GROUPS_SHARE.search(req.text) if constraint.unit == "%" else None
    share_base = base.group(2) if base else None
    whole = share_whole(req.text) if constraint.unit == "%" else None  # (骨干教师中党员的比例: 骨干教师)
    provision_words = content_words(words or req.text)
    of_each = how.per_branch or how.per_school or how.per_head is not None
    holders = _holders(req)
    completed: list[Verdict] = []  # completion rates (完成率91.7%): what was done of what was due
    rolled: list[Verdict] = []  # figures each after a member's name (罗建军全年志愿服务40小时，潘静怡36小时)
    scored = []
    least = []  # verdicts on the least value of a roster's column
    opinion_asked = _OPINION.search(req.text) is not None  # 测评满意率应不低于90%
    for h in hits:
        speaks = max(h.key, h.clause)
        listed = h.index in view.roster
        if listed and not (how.each or how.per_school or how.per_branch):
            continue  # one person's row says nothing of an average or of the school's count
        if speaks < FIGURE_MIN and not listed:  # (a roster row speaks by its column's name)
            continue
        p = view.passages[h.index]
        sentence = view.own[h.index]
        # a figure of the provision's actor (书记 … 60学时) before one of others (党员 … 24学时)
        who = round(view.coverage.share(actor, h.index), 3) if actor else 0.0
        figs = view.figures.get(h.index, [])
        # 2024年、2025年分别召开…10次、12次: each value's year, read once for the sentence
        years = listed_years(sentence) if view.year else {}
        # 召开党员大会142次，平均每个党组织2次: the report's own average decides, and it is
        # about what the total it follows is about
        totals = {g.start: f for f in figs if (g := _average_of(f, figs, p.start, sentence))}
        # 脱产学习5天，每天安排课程8学时: the 40 hours, not the 8 a day
        products = [g for g in figs if PER_DAY.fullmatch(g.surface)]
        for f in figs:
            if _inside(f, products):
                continue
            if f.unit in LESSONS and "课" not in req.text:
                continue  # 公开课18节 does not count 党务公开
            if any(t is f for t in totals.values()):
                continue
            if speaks < KEY_MIN and unit_class(f.unit) == "人":
                continue  # a head count (教师7人) is in every passage; it needs the duty's words
            if (how.each and how.per_head and f.unit in ("名", "人")
                    and (sentence[f.end - p.start:].startswith(how.per_head) or (f.subject or "").endswith(how.per_head))):
                continue  # 39名党员教师与…学生结成帮扶对子 counts the members, not what each did
            of = totals.get(f.start, f)
            subject = (of.subject or "") + _clause_before(sentence, of.start - p.start, of.subject or "")
            formed = _FORMED.match(sentence, of.end - p.start) if sentence[: of.start - p.start].endswith("由") else None
            if formed:  # 组建由7名青年骨干教师组成的网络评论员队伍: the 7 are the team's
                subject += formed.group(1)
            if other_secretary and _BRANCH_SECRETARY.search(subject):
                continue  # 各支部书记…微党课21节 is not the 党委书记's 党课
            named = kinds_named(subject)
            if kinds and named and not named & kinds:
                continue  # 全体党员会议3次 does not count 支委会
            if (of.subject or "").rstrip().endswith("课") and "课" not in req.text:
                continue  # 书记共讲授专题党课71场 does not count 专题分析研判
            before = sentence[: f.start - p.start]
            if _PRIOR_YEAR.search(before) or _DIFFERENCE.search(before):
                continue  # 上年为89场, 由上年的9个…, 较上年增加3次: not this year's count
            if years.get(f.start - p.start, view.year) != view.year:
                continue  # 2024年、2025年分别召开…10次、12次: the 10 is the year before's
            meeting = _UNKNOWN_MEETING.search(subject)
            if (meeting and not named & kinds and meeting.group() not in req.text
                    and not any(terms_found(w, meeting.group()) for w in provision_words)):
                continue  # 召开党建工作推进会1次 does not count 指导员…开展指导
            if (f.unit == "%" and not opinion_asked
                    and _OPINION.search(_clause_of(sentence, f.start - p.start, f.end - p.start))):
                continue  # 认为…“冲在前面”的占38.2%: what respondents think, not what was done
            said_of = _clause_before(sentence, f.start - p.start)  # what the whole is
            named_whole = _NAMED_WHOLE.match(f.surface) if worked_out_share(f) else None
            if named_whole:  # (…and the whole the share's own words name: 62名班主任中…)
                said_of += named_whole.group(1)
            base_words = content_words(share_base or "")
            if (f.unit == "%" and base_words and (worked_out_share(f) or "占" in said_of)
                    and 2 * sum(1 for w in base_words if terms_found(w, said_of)) < len(base_words)):
                continue  # 1,352名，其中在职党员教师1,280名 (占学校党员总数的94.7%) is no share of 专任教师
            if f.unit == "%" and whole:
                # 党员教师中骨干教师占29.2% is no share of 骨干教师; 骨干教师640人，其中党员298人 is
                # (a table's two columns, 骨干教师数 | 其中党员, name the whole in the share's subject)
                # (the whole a worked-out share names: 62名班主任中…, 640人，其中… after 骨干教师)
                whose = (said_whole(said_of) if not worked_out_share(f) else f.subject if "\t" in f.surface
                         else re.split(r"[，,。；;：:]", sentence[: f.start - p.start])[-1]
                         + (named_whole.group(1) if named_whole else ""))
                if whose and not same_whole(whole, whose):
                    continue
            if ((worked_out_share(f) or cell_share(f)) and rated
                    and not set(bigrams(of.subject or "")) & rated):
                continue  # 学校56所，其中寄宿制学校31所 (or a cell under 家访学生覆盖率（%）) is no share of 骨干教师中的党员
            if (worked_out_share(f) and _OF_TOTAL.search(req.text)
                    and not all(terms_found(w, req.text) for w in content_words(of.subject or ""))):
                continue  # 样板党支部13个，其中市级…2个 is no share of 所属党支部总数 that are 样板
            if (constraint.kind == "minimum" and f.kind == "duration" and not DATE_SPAN.fullmatch(f.surface)
                    and len(_DAYS_IN.findall(f.surface)) >= 2):
                continue  # a delay from one day to the next (2月26日…于3月12日) is no 公示期的长短
            if (constraint.kind == "maximum" and f.kind == "duration" and len(_DAYS_IN.findall(f.surface)) >= 2
                    and not _step_ends_in_act(req, sentence, f.end - p.start)):
                continue  # 6月19日届满，支部于6月24日召开党员大会 is no step to 报…审批
            if constraint.kind == "maximum" and f.kind == "duration" and bare_step(f) and not _from_event(req, f):
                continue  # 3月5日召开支委会，6月10日召开党员大会 is no step from 开学 to 支委会
            if (constraint.kind == "maximum" and f.kind == "duration" and len(_DAYS_IN.findall(f.surface)) < 2
                    and not _times_event(req, _clause_of(sentence, f.start - p.start, f.end - p.start))):
                continue  # 集中轮训1期（5天） is no time from 组织生活会召开 to 报送
            if constraint.unit in WORKING_DAYS and DATE_SPAN.fullmatch(f.surface):
                f = working_days(f, view.year)  # 5月6日至10日 in 2024: 5 working days
                if f is None:
                    continue
            # 书记、校长共为学生讲授思政课3次, against a duty of each: their share, 1.5 each
            joint = re.split(r"[，,。；;：:]", before)[-1]
            together = [w for w in holders if w in joint] if f.kind == "count" else []
            people = _PEOPLE_COUNTED.search(joint) if f.unit == "人次" and how.per_head is not None else None
            if people and unit_class(constraint.unit) == "次" and int(people.group(1)) > 0:
                # 7名局党组成员…参加所在支部组织生活共计21人次, against 每人每年不少于4次: 3 each
                n = int(people.group(1))
                scaled = (replace(f, value=f.value / n, value_max=None, unit="次"),
                          f"{f.surface} over {people.group()} is {f.value / n:g}次 each;")
            elif len(together) >= 2 and re.search(r"共|合计|累计|一共", joint):
                scaled = (replace(f, value=f.value / len(together), value_max=None),
                          f"{f.surface} of {'、'.join(together)} together is {f.value / len(together):g} each;")
            elif of_each and f.value_max is not None:
                # 各校…在10至16次之间: over the units a duty binds each of, the least is one's own
                scaled = (replace(f, value_max=None), f"the least of {f.surface} is {f.value:g}{f.unit or ''};")
            else:
                # a schedule is each doer's own (4个党支部每季度均召开了党员大会: each branch, once
                # a quarter), no total to divide among them
                # (and a figure after a branch's name, 其中语言学教工党支部15次, is that branch's)
                own = _NAMED_BRANCH.fullmatch(re.split(r"[，,；;、。]", before)[-1])
                scaled = None if SCHEDULE.fullmatch(f.surface) or own else normalise(f, before, how, view.all_figures)
            at = SCHEDULE.match(sentence, f.start - p.start)
            gaps = (excepted_months(sentence, f.start - p.start, f.end - p.start)
                    if at and at.end() == f.end - p.start and _MONTHLY.search(f.surface) else None)
            if gaps:  # 按月召开（…7月、8月暑假期间未召开）: ten months of twelve
                scaled = (replace(f, value=f.value * (12 - gaps[0]) / 12),
                          f"{f.surface}, with {gaps[1]}, is {12 - gaps[0]} months of 12;")
            total = of if of is not f else f if scaled else None
            if total is not None and how.per_head and f.unit in PART_HOURS:
                # 43名…累计参训2451学时，人均57学时；其中，中学…12名累计参训864学时: the other 31
                # have 51.2 each, the average hides them
                heads = next((g for g in reversed(view.all_figures) if g.sentence == total.sentence
                              and g.start < total.start and g.unit in ("名", "人") and g.kind == "count"
                              and not re.search(r"[，,；;。]", view.doc.text[g.end:total.start])), None)
                end = view.doc.paragraphs[p.para].end if p.para < len(view.doc.paragraphs) else p.end
                split = part_and_rest(total, heads, view.doc.text[total.end:end]) if heads else None
                if split and split[0] < (scaled[0].value if scaled else f.value):
                    low = round(split[0], 2)
                    scaled = (replace(f, value=low, value_max=None, surface=f"{low:g}{f.unit}"),
                              f"{total.surface} for {heads.surface}, {split[1]}:")
            if scaled is None and how.per_units is not None:
                continue  # 兼职党务工作者16名 says nothing of 每50名党员1名 without the members
            if scaled is None and how.per_branch and EACH_BRANCH.search(before):
                continue  # 各党支部共召开支部党员大会112次, the branches not counted: no branch's
            if scaled is None and constraint.unit == "%" and not _in_share(f, view.figures[h.index]):
                scaled = share_of_group(f, req.text, view.all_figures)
                if scaled and rated and not set(bigrams(_clause_of(sentence, f.start - p.start, f.end - p.start))) & rated:
                    continue  # 为79名教师建立师德档案 of 86名教师 is no 签订率
            each = spread(before) if f.kind == "count" and not scaled else None
            if each and how.per_head is not None and not spread_over_times(before):
                each = None  # 王芳、赵磊各1节 against 每名党员教师…: each one's own 1节
            if each is not None:  # 3月和6月各召开1次: twice
                scaled = (replace(f, value=f.value * each[0], value_max=None,
                                  surface=f"{f.value * each[0]:g}{f.unit or ''}"),
                          f"{f.surface} on each of {each[0]} occasions is {f.value * each[0]:g};")
            if f.unit == "%" and constraint.unit != "%" and _COMPLETION.search(_clause_before(sentence, f.start - p.start)):
                # 党课完成率75%: a share of what was required, against a count or an amount; what
                # it is a share of may stand in the clause before (支委会按计划召开，完成率100%)
                subject = re.split(r"[。；;]", sentence[: f.start - p.start])[-1]
                ok = f.value + 1e-9 >= 100
                v = Verdict(ok, f, f"{f.surface} is the share of what is required that was done"
                                   + ("" if ok else ", so some of it was not"))
                completed.append(v)
            else:
                v = compare(constraint, scaled[0] if scaled else f, sentence, p.start, view.covers, view.term,
                            view.until)
            if v is None:
                continue
            if scaled:  # the verdict points at the report's own figure, and says how it was counted
                v = Verdict(v.ok, f, f"{scaled[1]} {v.reason}")
            # what the figure counts shares the provision's words, or the genre's words for
            # them (每一周都有…碰头 for 每周…沟通)
            said = len(want & set(bigrams(subject))) + sum(
                1 for w in provision_words
                if w not in actor and w not in subject and terms_found(w, subject)) + len(named & kinds)
            if listed:  # the least of a roster column that names what the provision counts
                if _names_column(req, _column_of(view, h.index, f)):
                    least.append(Verdict(v.ok, v.figure, f"in the roster, the least {f.subject}: {v.reason}"))
                continue
            if _NAMED_FIGURE.fullmatch(re.split(r"[，,；;、。]", before)[-1]):
                rolled.append(v)  # …，潘静怡36小时，袁小琴14小时: one named member's own figure
            scored.append(((who, said), v, subject, h.index))
    if not scored:
        return least
    counted = [x for x in scored if not is_ordinal(x[1].figure)]
    if counted:  # 第二次推进会 says how many so far; a count the report gives says it better
        scored = counted
    if _TALLIED.search(req.text):  # 三年累计培训…不少于3000人次: the report's tally decides, not
        tallied = [x for x in scored if _TALLIED.search(x[2])]  # 2023年培训…980人次 of one year
        scored = tallied or scored
    groups = [scored]
    people = _each_of(req)
    if people:  # 书记、校长…均不少于4节: the best figures of each of them
        groups = [[x for x in scored if person in x[2]] for person in people]
        groups = [g for g in groups if g] or [scored]
    elif how.per_branch:  # a part of the report per branch ((四)行政后勤党支部。…): each one's best
        branch = {id(x): _branch_of(view, x[3]) for x in scored}
        named = sorted({b for b in branch.values() if b})
        if len(named) >= 2:
            groups = [[x for x in scored if branch[id(x)] == b] for b in [*named, None]]
            groups = [g for g in groups if g]
    # a duty of each branch, school or member: where the best passage gives the range over
    # them or the count of the rest, its low end decides too (47个…全年达到12次…，其余6个全年
    # 开展9至11次; 人均…在26至52学时之间，平均38.6学时)
    out = []
    for group in groups:
        top = max(s for s, _, _, _ in group)
        best = {i for s, _, _, i in group if s == top}
        out += [v for s, v, subject, i in group
                if (s == top or of_each and i in best and s[1] > 0 and not v.ok and _low_end(v.figure, subject, how))
                and (s[1] > 0 or unit_class(v.figure.unit) in SPECIFIC) and v not in out]
    # a duty of each member, where the best passage names them one by one with their figures
    # (罗建军全年志愿服务40小时，潘静怡36小时，…，袁小琴14小时): the least of them decides too
    if of_each:
        best = {i for s, _, _, i in scored if s == max(x[0] for x in scored)}
        named = [v for s, v, _, i in scored if i in best and any(v is r for r in rolled)]
        if len(named) >= 3:
            out += [v for v in named if not v.ok and v not in out]
    # a time limit holds each time (每学期开学后两周内): a step of days that breaks it decides too
    if constraint.kind == "maximum" and constraint.unit in TIME_LIMIT_UNITS:
        out += [v for s, v, _, _ in scored if not v.ok and s[1] > 0 and v not in out
                and v.figure.kind == "duration" and len(_DAYS_IN.findall(v.figure.surface)) >= 2]
    # a completion rate short of 100% says what a schedule (每月第二周的星期五定为主题党日) does not
    out += [v for s, v, _, _ in scored if v in completed and not v.ok and s[1] > 0 and v not in out]
    return out + least  # every member's duty: the one with the least decides too


#: an answer keyed to a guideline's article: 第九条：…, 第15条：…, 第十五条至第十七条：…
_ARTICLE_KEY = re.compile(r"^\s*第([一二三四五六七八九十百零〇\d]+)条(?:(?:至|到|—|、|和)第?([一二三四五六七八九十百零〇\d]+)条)?\s*[：:]?\s*")
#: an answer that only says it was done: 已落实。 / 已完成 / 是。 / 符合要求。
_BARE_CLAIM = re.compile(r"(?:已|均已|全部)?(?:落实|完成|执行|做到|达到要求|达标|符合要求)[。；;]?|是[。；;]?")


def article_number(label: str) -> int | None:
    """The number of an article a provision sits in (第九条 -> 9, 第二十八条 -> 28)."""
    m = re.search(r"第([一二三四五六七八九十百零〇\d]+)条", label)
    if m is None:
        return None
    try:
        return int(parse_number(m.group(1)))
    except (NumeralError, ValueError):
        return None


def answered_articles(text: str) -> list[int]:
    """The articles a report paragraph answers by number at its start (第十五条至第十七条 ->
    15, 16, 17)."""
    m = _ARTICLE_KEY.match(text)
    if m is None:
        return []
    first = article_number(f"第{m.group(1)}条")
    last = article_number(f"第{m.group(2)}条") if m.group(2) else first
    if first is None or last is None or not 0 < last - first + 1 <= 10:
        return [first] if first is not None else []
    return list(range(first, last + 1))


#: a heading that states a count of work done (召开支委会11次, 党员人均学习培训36学时, 参与率98%)
#: (a longer "heading" is a sentence the outline took for one: (2) 对积分排名靠后的5名党员,…)
_COUNTED_HEADING_MAX = 32
_COUNTED_HEADING = re.compile(r"\d+(?:\.\d+)?\s*(?:次|场|项|学时|课时|小时|%|％|名|人次|节|篇|万元|元)")
#: a figure right after a branch's name in its clause (其中语言学教工党支部15次、文学教工党支部14次)
_NAMED_BRANCH = re.compile(r"(?:其中)?(?!各|每|全|所属|下设)[\u4e00-\u9fff]{1,10}?(?:党支部|支部)(?:全年|今年)?")
#: …or a person's (潘静怡36小时, 罗建军全年志愿服务40小时)
_NAMED_FIGURE = re.compile(r"(?!党员|教师|支部|学校|学生|全体|全校|其中|人均|平均|累计|共计|合计|全年|今年)"
                           r"[\u4e00-\u9fff]{2,3}(?:全年|今年)?(?:志愿服务|集中学习|学习培训|参加培训|结对帮扶|帮扶)?"
                           rf"|{_NAMED_BRANCH.pattern}")
#: the people a tally of 人次 is over, counted in its clause (7名局党组成员…共计21人次)
_PEOPLE_COUNTED = re.compile(r"(\d+)名")
#: a cumulative bound (三年累计培训…不少于3000人次), and the report's tally for it
_TALLIED = re.compile(r"累计|共计|合计|总计")
#: a rate of what was required (党课完成率75%, 学时达标率92%, 按计划召开，完成率100%)
_COMPLETION = re.compile(r"(?:完成|达标|落实|执行|兑现)率(?:为|达到?|是)?\s*$")
#: a heading that names one branch (初中部第一党支部, 行政后勤党支部)
_BRANCH_HEADING = re.compile(r"[\u4e00-\u9fff]{1,10}(?:党)?支部(?:委员会)?$")


def _branch_of(view: ReportView, i: int) -> str | None:
    """The branch whose part of the report passage ``i`` is in, if the report has one."""
    path = view.doc.section_path(view.passages[i].start)
    heading = (path[-1].heading or "").strip("。.：: ") if path else ""
    return heading if _BRANCH_HEADING.fullmatch(heading) and not heading.startswith(("各", "党总支")) else None


#: the weakest of several units a report names apart: 最少的学校, 个别支部, or the rest of
#: them (其余6个, 其余3名党员; not 其余4名支部委员, other people than those the duty binds)
_THE_LEAST = re.compile(r"最少|最低|个别|少数")
_THE_REST = re.compile(r"(?:其余|其他)(?:的)?(\d+)?(个|所|家|名|人|位)?([\u4e00-\u9fff]{0,6})")


def _low_end(f: Figure, subject: str, how) -> bool:
    """A figure that gives the low end over the units a duty binds each of: a range
    (在26至52学时之间), the least, or the count of the rest (其余6个全年开展9至11次)."""
    if f.value_max is not None or _THE_LEAST.search(subject):
        return True
    m = _THE_REST.search(subject)
    if m is None:
        return False
    if m.group(2) in ("名", "人", "位"):  # people: the duty's own (其余3名党员, 其余3名)
        return how.per_head is not None and (not m.group(3) or how.per_head in m.group(3))
    return how.per_branch or how.per_school


def _clause_start(sentence: str, at: int) -> int:
    """Where the clause of ``sentence`` that holds ``at`` starts (after a comma or semicolon)."""
    return max(sentence.rfind(c, 0, at) for c in "，,；;。｜|·•") + 1


def _clause_of(sentence: str, start: int, end: int) -> str:
    """The clause of ``sentence`` that holds ``start:end`` (between commas or semicolons)."""
    tails = [i for i in (sentence.find(c, end) for c in "，,；;。") if i >= 0]
    return sentence[_clause_start(sentence, start) : min(tails, default=len(sentence))]


def _column_of(view: ReportView, i: int, f: Figure) -> str:
    """What a roster cell's column counts: its subject without the row's own name (石门村小主题党日:
    主题党日)."""
    label = view.texts[i].split("\t", 1)[0].strip()
    return (f.subject or "").removeprefix(label) if label else (f.subject or "")


def _names_column(req: Requirement, subject: str | None) -> bool:
    """Does the provision name all the words of a roster column (集中学习学时 in 每名党员…
    集中学习培训…不少于32学时)?"""
    return bool(subject) and all(terms_found(w, req.text) for w in content_words(subject))


#: a share of opinions (认为…的占38.2%, 86.4%的受访党员教师认为…, 满意度): no share of work done
_OPINION = re.compile(r"认为|觉得|感到|满意|评价为|看来")


#: what people counted after 由 make up (由7名青年骨干教师组成的网络评论员队伍)
_FORMED = re.compile(r"[^，,。；;]{0,12}?组成的([^，,。；;]{2,14})")


_CJK = re.compile("[\u4e00-\u9fff]")


#: a provision that binds each of the office holders it lists (书记、校长…均不少于4节)
_EACH_OF = re.compile(r"均|各|都|分别")


def _holders(req: Requirement) -> list[str]:
    """The office holders a provision's actor lists (党组织书记和校长 -> 书记, 校长), by the last
    two characters a report calls them by; [] unless it lists two or more."""
    parts = [w for w in re.split(r"[、和及与]", req.actor or "") if len(w) >= 2]
    return [w[-2:] for w in parts] if len(parts) >= 2 else []


def _each_of(req: Requirement) -> list[str]:
    """The office holders a provision binds each of (学校党组织书记、校长…均 -> 书记, 校长), by the
    last two characters a report calls them by; [] unless it lists two or more and says 均/各."""
    parts = [w for w in re.split(r"[、和及与]", req.actor or "") if len(w) >= 2]
    if len(parts) < 2 or not _EACH_OF.search(req.text):
        return []
    return [w[-2:] for w in parts]


WORKING_DAYS = ("工作日", "个工作日")
#: the days a step from one day to a later one names (2月26日…于3月12日)
_DAYS_IN = re.compile(r"(?<!\d)(\d{1,2})月(\d{1,2})日")
#: a provision on a count's share of a named total (…数量应达到所属党支部总数的15%以上)
_OF_TOTAL = re.compile(r"总数的|总人数的")
#: a schedule once a month (按月, 每月15日), whose months a report may leave out
_MONTHLY = re.compile(r"(?<!季)月")
#: a figure of the year before, set beside this year's (…71场，上年为89场; 由上年的9个增加到13个)
_PRIOR_YEAR = re.compile(r"(?:上年|去年|上一年|前一年|上年度)(?:同期)?(?:的|为|是|有|末|底)?\s*$")
#: a difference from the year before (较上年增加3次, 同比增长17.4%, 比去年多2个)
_DIFFERENCE = re.compile(r"(?:较|比|同比)(?:上年|去年|上一年)?(?:同期)?(?:增加|减少|多|少|提高|下降|增长|缩短)了?\s*$")
#: a figure counting meetings of a kind the check's lexicon does not know (…推进会1次)
_UNKNOWN_MEETING = re.compile(r"[\u4e00-\u9fff]{2}会$")


#: what a provision's share is of: the words before 比例/覆盖率/占比 (骨干教师中的党员比例)
_RATED = re.compile(r"([\u4e00-\u9fff]{2,10}?)(?:的)?(?:比例|比率|比重|占比|覆盖率|参与率|参训率)"
                    # …or what a rate names by itself (签订率达到100%: of those who signed)
                    r"|(签订|建档|知晓|参学|到会)率")


#: …A占B的比例: the share is of A (35岁以下青年教师占当年发展党员总数的比例)
_RATED_PART = re.compile(r"([\u4e00-\u9fff]{2,10}?)(?:所)?占[^，,。；;]{0,14}?(?:的)?(?:比例|比率|比重)")


#: a rate that names the act it counts (参训率: of those who took part in the training)
_ACT_RATE = re.compile(r"(参训|参与|参学|参会|到会|出席|签订|建档|知晓)率")


def _rated(text: str) -> set[str] | None:
    """Bigrams of what the provision's share is a share of, or None when it names none."""
    m = _RATED_PART.search(text) or _RATED.search(text)
    if not m:
        return None
    act = _ACT_RATE.search(text)  # (参训36/38名 is a share of 参训 too)
    return set(bigrams(m.group(1) or m.group(2))) | (set(bigrams(act.group(1))) if act else set()) or None


#: a report's own average after a total (…142次，平均每个党组织2次; 人均, 校均)
_AVERAGE = re.compile(r"(?:平均每(?:个|名|所|位)?|人均|校均)[\u4e00-\u9fff]{0,6}$")


def _average_of(f: Figure, figures: list[Figure], start: int, sentence: str) -> Figure | None:
    """The average the report itself gives right after the total ``f`` (same unit, within a
    clause or two): then the average, not the total, is held against the bound. A range
    (在26至52学时之间，平均38.6学时) is no total: its low end is some unit's own."""
    if f.value_max is not None:
        return None
    for g in figures:
        if g.start <= f.end or g.unit != f.unit or g.start - f.end > 16:
            continue
        if _AVERAGE.search(sentence[f.end - start: g.start - start]):
            return g
    return None


def _inside(f: Figure, figures: list[Figure]) -> bool:
    """Is ``f`` part of a longer figure among ``figures``, one worked out from it?"""
    return any(g is not f and g.start <= f.start and f.end <= g.end
               and (g.end - g.start) > (f.end - f.start) for g in figures)


def _in_share(f: Figure, figures: list[Figure]) -> bool:
    """Is ``f`` a part of a share the passage states itself (共22人，其中党员11人)?"""
    return _inside(f, [g for g in figures if g.unit == "%"])


@dataclass
class CheckResult:
    """All provisions of one guideline against one report, plus per-topic coverage."""

    report: str | None
    policy: str | None
    items: list[CheckItem]

    def counts(self) -> Counter[str]:
        return Counter(i.status for i in self.items)

    def to_frame(self):  # -> pandas.DataFrame
        """One row per provision: provision, status, reason, requirement, evidence ..."""
        return Records(self.items).to_frame()

    def coverage_frame(self):  # -> pandas.DataFrame
        """One row per topic, one column per status (counts of provisions)."""
        rows = [{"topic": t, **{s: c.get(s, 0) for s in STATUSES}}
                for t, c in self.coverage().items()]
        return Records(rows).to_frame()

    def coverage(self) -> dict[str, dict[str, int]]:
        """Per topic: how many provisions have each status."""
        table: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for it in self.items:
            for t in it.topics or ["other"]:
                table[t][it.status] += 1
        return {t: dict(v) for t, v in sorted(table.items())}


def check_documents(report: Document, requirements: list[Requirement],
                    figures: list[Figure] | None = None, labels: list[Label] | None = None,
                    policy_source: str | None = None) -> CheckResult:
    """Check one parsed report against a guideline's extracted requirements."""
    articles: dict[int, str] = {}  # 第九条 -> its duties, for a report keyed to the articles
    for r in requirements:
        number = article_number(r.provision or "")
        if number is not None:
            articles[number] = articles.get(number, "") + r.text
    view = prepare_report(report, figures, labels, articles)
    whole = _with_antecedents(requirements)
    duties = [_duties(r, _duty_clauses(r)) for r in whole]
    for i, p in enumerate(view.passages):
        if p.role == PROBLEM:
            view.admit_best[i] = max((view.coverage.share(w, i) for d in duties for w in d),
                                     default=0.0)
    items = [replace(assess(w, view), requirement=r.text) for r, w in zip(requirements, whole)]
    _assign_admissions(whole, items, view)
    return CheckResult(report.source, policy_source, items)


#: a provision with fewer content words than this names no duty of its own
ELLIPTIC = 2
#: ... nor does one that goes on from the one before (…参加集中培训，累计不少于40学时;
#: …列支专项经费，标准为每名党员教师…)
_GOES_ON_FROM = re.compile(r"(?:累计|合计|共计|标准(?:为|是)|其中)")


def _with_antecedents(requirements: list[Requirement]) -> list[Requirement]:
    """Each requirement as a check reads it: one that names no duty of its own (…举办1期
    示范培训班。每期不少于5天。) is read with the requirement before it in the same item."""
    out = []
    for i, r in enumerate(requirements):
        prev = requirements[i - 1] if i else None
        if (prev is not None and prev.provision == r.provision
                and (len(content_words(r.text)) < ELLIPTIC or _GOES_ON_FROM.match(r.text))):
            r = replace(r, text=prev.text + r.text, actor=r.actor or prev.actor)
        out.append(r)
    return out


def _assign_admissions(requirements: list[Requirement], items: list[CheckItem],
                       view: ReportView) -> None:
    """Each gap a report admits concerns some provision: the one it matches best, when it
    matches that one clearly better than any other. This lets an admission in the report's
    own words (临近毕业扎堆发展 for 不得在毕业前集中突击发展) count below ``CLAUSE_MIN``; it
    turns a provision the report does not show done into a shortfall."""
    used = {(e.start, e.end) for it in items if it.status == "shortfall" for e in it.evidence}
    duties = [_duties(r, _duty_clauses(r)) for r in requirements]
    for i, p in enumerate(view.passages):
        if p.role != PROBLEM or (p.start, p.end) in used:
            continue
        # how much of one duty clause (its actor aside) the passage and its neighbours hold
        scores = sorted(((max((view.coverage.share(w, i, wide=True) for w in d), default=0.0), n)
                         for n, d in enumerate(duties)), reverse=True)
        if not scores:
            continue
        best, n = scores[0]
        second = scores[1][0] if len(scores) > 1 else 0.0
        if best < ADMIT_BEST or best - second < ADMIT_MARGIN:
            continue
        it = items[n]
        if it.status in ("shortfall", "met"):  # work shown done is not undone by a looser match
            continue
        it.status = "shortfall"
        it.reason = _admitted(p)
        it.evidence.insert(0, _evidence(view, i, round(best, 3)))
