"""Provisions of a policy as :class:`~policytext.records.Requirement` records.

A provision is a clause that obliges, forbids, permits or encourages. The extractor
walks the sentence units of :mod:`.segment`, cuts a sentence into several clauses where
it holds several duties (a new actor, a second constraint, a change of modality), and
decides for each clause:

- **modality** from the cue lexicon (``data/requirements/cues.yaml``); a clause with no
  cue is a bare imperative (``must``) when it sits in the numbered task list of an
  implementation guideline, but not in a 第X条 regulation or a 批复, where duties are
  always marked;
- **hedge** (一般, 原则上), **actor** (the subject before the cue, 由X…, or the actor
  named by a duty-list heading such as 学校党组织的主要职责), **action**, **constraint**
  (:mod:`.constraints`) and **topics** (taxonomy cue words, a simple rule for now).

Scope and effect clauses (本意见适用于…, 自…起施行) are not duties; :meth:`scope`
returns them as document metadata.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..records import Document, Requirement
from ..structure.meta import is_reading
from .constraints import NUM, ConstraintFinder, Found
from .lexicon import Lexicon, _alt, load_lexicon
from .segment import Unit, comma_parts, segments
from .table_cells import table_units

#: 第X条 numbering: two or more articles make a regulation (cue-only genre)
#: marks that open a bulleted line (● 支部书记每学期讲党课不少于1次。 / —— 建立…)
_BULLETS = frozenset("●◆◇■□▪•·○◎★☆▶►▸—–")
ARTICLE = re.compile(r"(?:^|[。；\s\u3000])第[一二三四五六七八九十百零〇]+条")
#: a date written in full, for scope records
DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass(slots=True)
class Scope:
    """A scope or effect clause of a policy: document metadata, not a duty."""

    doc: str | None
    kind: str  # applies_to | definition | effective | expires | repeals | interpretation
    text: str
    date: str | None  # YYYY-MM-DD when the clause states one
    start: int
    end: int


@dataclass
class _Cue:
    word: str
    modality: str
    start: int
    end: int


@dataclass
class _Clause:
    parts: list[tuple[int, int]]

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


class RequirementExtractor:
    """Compile the lexicons once; call :meth:`extract` per document."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lex = lex = lexicon or load_lexicon()
        self.constraints = ConstraintFinder(lex)
        heads = lex.actor_head_re
        pred = _alt(list(lex.predicate_starts))
        adv = _alt(list(lex.cue_adverbs))
        verbs = _alt(list(lex.verb_starts))
        #: the characters of an actor noun phrase (no prepositions that would make it a VP)
        np_char = r"[^\W由把将对向被让使给_]"
        #: an actor noun phrase opening a clause part, followed by a predicate or the part end
        self.actor_start = re.compile(
            rf"^(?!{verbs})(?P<np>(?:{np_char}|[（）()、\s]){{0,20}}?(?:{heads}))(?=(?:{pred})|[，,]|$)"
        )
        #: an actor noun phrase closing a stretch of text (the subject before a cue)
        self.actor_end = re.compile(rf"(?P<np>(?:{np_char}|[（）()、]){{0,20}}?(?:{heads}))$")
        self.verb_start = re.compile(rf"^(?:{verbs})")
        #: 由X负责 / 由X选派: the agent after 由
        self.by_agent = re.compile(rf"由(?P<np>[\u4e00-\u9fff（）()、]{{1,20}}?(?:{heads}))")
        #: what may stand before a verb cue for it to be in predicate position
        self.verb_prefix = re.compile(
            rf"^(?:[\u4e00-\u9fff（）()、]{{0,20}}?(?:{heads}))?(?:{adv})*$"
            rf"|^.{{0,30}}由[\u4e00-\u9fff（）()、]{{1,20}}?(?:{heads})(?:{adv})*$"
            rf"|^[^，,]*的$"
        )
        self.adverbs = re.compile(rf"(?:{adv}|一般|原则上)+$")
        #: a time limit counted from an event, standing before the duty it times
        #: (开学后两周内，… / 任期届满前3个月，… / 反馈之日起30日内，…)
        self.time_limit_part = re.compile(
            rf"(?:前|后|起)(?:{NUM})(?:{_alt(list(lex.time_units))})(?:内|以内|之内)?$")
        self.cond_start = re.compile(rf"^(?:{_alt(list(lex.condition_starts))})")
        self.cond_end = re.compile(
            rf"(?<!{'|'.join(sorted({w[:-1] for w in lex.condition_end_exceptions}))})"
            rf"(?:{_alt(list(lex.condition_ends))})[，,]?$"
        )
        #: a whole clause part that is only a (long) subject noun phrase
        self.subject_np = re.compile(rf"^(?!{verbs})(?:{np_char}|[（）()、\s]){{0,40}}?(?:{heads})$")
        self.duty_list = re.compile(
            rf"^(?P<np>[\u4e00-\u9fff（）()、]{{0,20}}?(?:{heads}))(?:[（(][^（）()]{{1,10}}[）)])?的?(?:“[^”]{{1,8}}”)?"
            rf"(?:{_alt(list(lex.duty_list_heads))})"  # (党组织书记（第一责任人）责任清单)
        )
        self.topic_of = {w: label for label, words in lex.topic_cues.items() for w in words}
        self.topic_re = re.compile(_alt(list(self.topic_of)) or "(?!x)x")
        self.copula = re.compile("是")
        self.copula_ok = re.compile(_alt(list(lex.copula_exceptions)))

    # ================================================================ public
    def extract(self, doc: Document) -> list[Requirement]:
        """Every provision of ``doc`` in text order."""
        return self._run(doc)[0]

    def scope(self, doc: Document) -> list[Scope]:
        """Scope and effect clauses of ``doc`` (本意见适用于…, 自…起施行)."""
        return self._run(doc)[1]

    def extract_all(self, doc: Document) -> tuple[list[Requirement], list[Scope]]:
        """Provisions and scope clauses in one pass."""
        return self._run(doc)

    # ================================================================ driver
    def _run(self, doc: Document) -> tuple[list[Requirement], list[Scope]]:
        text = doc.text
        cue_only = self._cue_only(doc)
        reqs: list[Requirement] = []
        scopes: list[Scope] = []
        for unit in table_units(doc, segments(doc), self.lex):
            if unit.heading:
                continue
            s, e = unit.start, unit.end
            sent = text[s:e]
            if doc.title_span and doc.title_span.start <= s < doc.title_span.end:
                continue  # the title names the document (…校长负责制政策问答); it lays no duty
            if sent.rstrip().endswith(("？", "?")):
                continue  # a question (哪些事项须经党组织会议研究决定？) asks; its answer lays the duty
            kind = self._scope_kind(sent)
            if kind:
                d = DATE.search(sent)
                date = f"{d.group(1)}-{int(d.group(2)):02d}-{int(d.group(3)):02d}" if d else None
                scopes.append(Scope(doc.source, kind, sent, date, s, e))
                continue
            if doc.sections and not unit.path:
                # no outline number of our own: take the structure parser's sections
                # (unnumbered headings such as 实施铸魂强基行动 / 加强学校思想政治建设)
                secs = doc.section_path(s)
                if secs:
                    unit.numbered = True
                    unit.headings = unit.headings + tuple(x.heading for x in secs)
            if any(f in sent for f in self.lex.formulas):
                continue
            if self.lex.task_field_re.match(sent):
                continue  # 责任单位：…, 完成时限：… under a task: who and when, no duty
            background = self._background(unit)
            for clause in self._clauses(text, s, e, cue_only or background):
                req = self._requirement(doc, unit, clause, cue_only or background)
                # under 总体要求 and the like only a named body's explicit duty counts
                # (各学校党组织要把…纳入年度工作要点), a bound (…比例应当不低于60%) or a ban
                # (不得突击发展), not the guiding ideas around them
                if req is not None and (not background or (req.actor and req.modality == "must")
                                        or req.constraint is not None or req.modality == "must_not"):
                    reqs.append(req)
        return _join_stages(text, reqs), scopes

    def _cue_only(self, doc: Document) -> bool:
        """Only explicit cues make duties in regulations, replies, and in reports or news."""
        if doc.doc_type in ("report", "news"):
            return True
        if len(ARTICLE.findall(doc.text)) >= 2:
            return True
        return any(w in _title(doc) for w in self.lex.cue_only_titles + self.lex.report_titles)

    def _scope_kind(self, sent: str) -> str | None:
        for kind, rx in self.lex.scope_res.items():
            if rx.search(sent):
                return kind
        return None

    def _background(self, unit: Unit) -> bool:
        return any(w in h for h in unit.headings for w in self.lex.background_headings)

    # ================================================================ cues
    def _mask(self, text: str) -> str:
        """The text with false-friend words blanked out (same length)."""
        return self.lex.false_friend_re.sub(lambda m: "\u3000" * len(m.group()), text)

    def _cues(self, text: str, s: int, e: int, parts: list[tuple[int, int]]) -> list[_Cue]:
        masked = self._mask(text[s:e])
        out = []
        for m in self.lex.cue_re.finditer(masked):
            word = m.group()
            a = s + m.start()
            if word in self.lex.verb_cues:
                ps = next((p for p, q in parts if p <= a < q), s)
                prefix = re.sub(r"^[，,\s]+", "", text[ps:a])
                if not self.verb_prefix.match(prefix):
                    continue
            out.append(_Cue(word, self.lex.cue_modality[word], a, s + m.end()))
        return out

    @staticmethod
    def _modality(cues: list[_Cue]) -> str | None:
        if not cues:
            return None
        if any(c.modality == "must_not" for c in cues):
            return "must_not"
        return cues[0].modality

    def _hedge(self, text: str, s: int, e: int) -> tuple[str, int] | None:
        masked = self.lex.hedge_ff_re.sub(lambda m: "\u3000" * len(m.group()), text[s:e])
        m = self.lex.hedge_re.search(masked)
        return (m.group(), s + m.start()) if m else None

    # ================================================================ clauses
    def _is_condition(self, part: str) -> bool:
        """A condition or adverbial part, or a bare subject split from its predicate by a comma."""
        open_ = part.rstrip().endswith(("，", ","))
        part = part.strip().rstrip("，,。；;")
        if self._has_cue(part):
            return bool(self.cond_end.search(part) and part.endswith("的"))
        if not open_:  # the last part of a sentence is its main predicate
            return part.endswith("的")
        if self.constraints.suffixed.search(part) or self.constraints.short_of.search(part):
            return True  # "投入运行1年以上，" states who the duty is for
        if self.time_limit_part.search(part):
            return True  # "每学期开学后两周内，" says when, the duty follows
        return bool(self.cond_start.match(part) or self.cond_end.search(part) or self.subject_np.match(part))

    def _has_cue(self, part: str) -> bool:
        return bool(self.lex.cue_re.search(self._mask(part)))

    def _clauses(self, text: str, s: int, e: int, cue_only: bool) -> list[_Clause]:
        """Cut one sentence into clauses that each carry one duty."""
        parts = comma_parts(text, s, e)
        clauses = [_Clause([parts[0]])]
        for ps, pe in parts[1:]:
            cur = clauses[-1]
            if self._splits_before(text, cur, ps, pe):
                moved: list[tuple[int, int]] = []
                while len(cur.parts) > 1 and self._is_condition(text[cur.parts[-1][0]:cur.parts[-1][1]]) \
                        and text[cur.parts[-1][0]:cur.parts[-1][1]].rstrip("，, ").endswith("的"):
                    moved.insert(0, cur.parts.pop())
                clauses.append(_Clause(moved + [(ps, pe)]))
            else:
                cur.parts.append((ps, pe))
        return clauses

    def _has_predicate(self, text: str, clause: _Clause) -> bool:
        return any(self._has_cue(text[a:b]) or not self._is_condition(text[a:b]) for a, b in clause.parts)

    def _splits_before(self, text: str, cur: _Clause, ps: int, pe: int) -> bool:
        part = text[ps:pe]
        if not self._has_predicate(text, cur):
            return False
        # (a) a new subject opens the part: "…,支部委员会一般每月召开1次"
        m = self.actor_start.match(part)
        if m and not m.group("np").endswith("的"):
            return True
        # (b) each side carries its own constraint, unless it is a later stage of one target
        # (2025年…不低于30%，2026年不低于50%)
        if _STAGE.match(part.lstrip("，, ")) and _YEAR.search(text[cur.start:cur.end]):
            return False
        if self.constraints.find(text, ps, pe, None) and any(
            self.constraints.find(text, a, b, None) for a, b in cur.parts
        ):
            return True
        # (c) the part opens with a cue of another modality: "…,鼓励创先争优" / "…的,不得…"
        cues = self._cues(text, ps, pe, [(ps, pe)])
        if cues:
            head = text[ps:cues[0].start]
            opens = not head.strip() or head.endswith("的") or bool(self.adverbs.fullmatch(head))
            run = self._modality(self._cues(text, cur.start, cur.end, cur.parts)) or "must"
            if cues[0].word in self.lex.continuation_cues:
                return False
            if opens and cues[0].modality != run and not (run == "must_not" and cues[0].modality == "must"):
                return True
        return False

    # ================================================================ records
    def _requirement(self, doc: Document, unit: Unit, clause: _Clause, cue_only: bool) -> Requirement | None:
        text = doc.text
        s, e = clause.start, clause.end
        s, e = self._trim(text, s, e)
        if e <= s or len(CJK.findall(text[s:e])) < 2:
            return None
        cues = self._cues(text, s, e, clause.parts)
        modality = self._modality(cues)
        hedge = self._hedge(text, s, e)
        cue_at = cues[0].start if cues else (hedge[1] if hedge else None)
        found = self.constraints.find(text, s, e, cue_at)
        if modality is None:
            if (hedge is not None and unit.numbered
                    or self._bare_imperative(text, unit, clause, s, e, cue_only)
                    or self._quantified_duty(doc, unit, found)):
                modality = "must"
            else:
                return None
        if text[s:e].rstrip().endswith(("：", ":")) and not cues:
            return None
        actor = self._actor(text, unit, clause, cues)
        return Requirement(
            doc=doc.source,
            provision=self._provision(doc, unit, s),
            text=text[s:e],
            modality=modality,
            actor=actor,
            action=self._action(text, clause, cues, actor),
            constraint=found.constraint if found else None,
            topics=self._topics(text[s:e]),
            start=s,
            end=e,
            hedge=hedge[0] if hedge else None,
        )

    @staticmethod
    def _trim(text: str, s: int, e: int) -> tuple[int, int]:
        while s < e and (text[s].isspace() or text[s] in "，,、" or text[s] in _BULLETS):
            s += 1  # (a bullet, ● or ——, opens the line but is no word of the duty)
        if text.startswith(("答：", "答:"), s):  # the speaker label of an answer is no duty's word
            s += 2
        while e > s and (text[e - 1].isspace() or text[e - 1] in "，,、"):
            e -= 1
        return s, e

    def _quantified_duty(self, doc: Document, unit: Unit, found: Found | None) -> bool:
        """In a numbered provision of a guideline or rule, a clause that sets how often or
        how much or how long at most (每月至少召开1次, 每年参加培训不少于40学时, 每人不超过8分钟,
        15个工作日内反馈) is a duty without a modal verb;
        in a report or news the same words describe what was done, except in a reading of
        a policy (政策解读, 答记者问), whose answers restate its duties."""
        if not unit.numbered or found is None:
            return False
        if doc.doc_type in ("report", "news"):
            if not is_reading(_title(doc)):
                return False
            sent = doc.text[unit.start:unit.end]  # an answer's background: 全市现有村小四百余个…
            if any(w in sent for w in self.lex.descriptive_starts + self.lex.descriptive_words
                   + self.lex.answer_background):
                return False
        c = found.constraint
        return c.kind == "frequency" and c.bound != "at_most" or c.kind in ("minimum", "maximum")

    def _bare_imperative(self, text: str, unit: Unit, clause: _Clause, s: int, e: int, cue_only: bool) -> bool:
        """A clause without a cue is a duty in a guideline's task list, unless it describes."""
        if not unit.numbered:
            return False
        sent = text[unit.start:unit.end]
        if cue_only:
            # only an article that opens with a duty verb, in a rule rather than a report
            if not (unit.block_start and unit.path[-1:] != () and unit.path[-1].endswith("条")
                    and clause.start == unit.start):
                return False
            if sent.startswith(self.lex.article_duty_starts):
                return True
            # 县委教育工委建立…档案: a body named first, then the duty verb (not 国家建立…制度,
            # a declaration of state policy that assigns no one a duty)
            m = self.actor_start.match(sent)
            return (m is not None and m.group("np") not in self.lex.declaring_actors
                    and sent[m.end():].startswith(self.lex.article_duty_starts))
        if sent[-1] not in "。；;！!" and not sent.endswith("）"):
            return False
        body = text[s:e]
        if any(body.startswith(w) or sent.startswith(w) for w in self.lex.descriptive_starts):
            return False
        if any(w in body for w in self.lex.descriptive_words):
            return False
        masked = self.copula_ok.sub(lambda m: "\u3000" * len(m.group()), body)
        if self.copula.search(masked) and not any(w in body for w in self.lex.assignments):
            return False
        return not all(self._is_condition(text[a:b]) for a, b in clause.parts)

    def _provision(self, doc: Document, unit: Unit, offset: int) -> str:
        if unit.path:
            return ".".join(unit.path)
        return doc.outline_path(offset) if doc.sections else ""

    # ---------------------------------------------------------------- actor
    def _actor(self, text: str, unit: Unit, clause: _Clause, cues: list[_Cue]) -> str | None:
        found: str | None = None
        if cues:
            c = cues[0]
            ps = next((a for a, b in clause.parts if a <= c.start < b), clause.start)
            prefix = re.sub(r"^[，,\s]+", "", text[ps:c.start])
            by = self.by_agent.search(text[ps:c.end + 6])
            prefix = self.adverbs.sub("", prefix)
            if by:
                found = by.group("np")
            elif prefix:
                m = self.actor_end.search(prefix)
                found = m.group("np") if m else None
            else:
                prev = [text[a:b].strip().rstrip("，, ") for a, b in clause.parts if b <= ps]
                if prev and not self.cond_start.match(prev[-1]):
                    m = self.actor_end.search(prev[-1])
                    found = m.group("np") if m else None
        if found is None:
            m = self.actor_start.match(text[clause.start:clause.parts[0][1]].strip())
            if m:
                found = m.group("np")
        if found is None:
            return self._inherited_actor(unit)
        found = re.sub(r"\s+", "", found).split("作为")[0]
        if "的" in found:
            found = found.rsplit("的", 1)[1] or found
        return found or None

    def _inherited_actor(self, unit: Unit) -> str | None:
        for heading in reversed(unit.headings):
            m = self.duty_list.match(heading)
            if m:
                return m.group("np")
        return None

    # ---------------------------------------------------------------- action
    def _action(self, text: str, clause: _Clause, cues: list[_Cue], actor: str | None) -> str | None:
        if cues:
            c = cues[0]
            _ps, pe = next(((a, b) for a, b in clause.parts if a <= c.start < b), clause.parts[0])
            if c.word in self.lex.verb_cues:
                body = text[c.start:pe]
            else:
                body = text[c.end:pe]
        else:
            parts = [(a, b) for a, b in clause.parts if not self._is_condition(text[a:b])]
            a, b = parts[0] if parts else clause.parts[0]
            body = text[a:b]
            if actor and body.startswith(actor):
                body = body[len(actor):]
        body = re.sub(r"^(?:一般|原则上|都|均|也|还|要|应|应当)+", "", body.strip())
        body = body.strip().rstrip("，,。；;：: ")
        return body or None

    # ---------------------------------------------------------------- topics
    def _topics(self, text: str) -> list[str]:
        hits = {self.topic_of[m.group()] for m in self.topic_re.finditer(text)}
        return [label for label in self.lex.topic_cues if label in hits]


_DEFAULT: RequirementExtractor | None = None


#: a target's later stage after a semicolon: （到2025年底…达到60%；）2026年达到80%；2027年实现全覆盖
_STAGE = re.compile(r"(?:到|至|在)?20\d\d年(?:底|末)?(?:前)?[，,]?(?!\d)")
_YEAR = re.compile(r"20\d\d年")


def _join_stages(text: str, reqs: list[Requirement]) -> list[Requirement]:
    """One target staged by year is one provision: a clause that opens with a year and
    follows, after a semicolon, a requirement naming a year joins it."""
    out: list[Requirement] = []
    for r in reqs:
        prev = out[-1] if out else None
        if (prev is not None and not text[prev.end:r.start].strip() and text[:prev.end].rstrip().endswith(("；", ";"))
                and _STAGE.match(r.text) and _YEAR.search(prev.text) and r.provision == prev.provision):
            out[-1] = replace(prev, text=text[prev.start:r.end], end=r.end)
            continue
        out.append(r)
    return out


def _title(doc: Document) -> str:
    """The document's title, or its first line when the parser found none."""
    return doc.title or next((ln for ln in doc.text.splitlines() if ln.strip()), "")


def default_extractor() -> RequirementExtractor:
    """The shared extractor with the bundled lexicons (built on first use)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = RequirementExtractor()
    return _DEFAULT


def extract_requirements(doc: Document) -> list[Requirement]:
    """Every normative provision of a policy document, in text order."""
    return default_extractor().extract(doc)


def extract_scope(doc: Document) -> list[Scope]:
    """Scope and effect clauses of a policy (适用范围, 施行日期, 废止, 解释): metadata, not duties."""
    return default_extractor().scope(doc)
