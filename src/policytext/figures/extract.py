"""Every reported figure in a document: value, unit, qualifier, kind, subject, period.

One compiled regex finds candidate numbers in a single pass; filters drop dates, ordinals,
codes, names and political formulas; the subject is found by rules on the clause around
the number (see :mod:`policytext.figures.subject`).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..records import Document, Figure
from .key_values import key_value_figures
from .lexicon import cues, units
from .numerals import SCALE, NumeralError, approximate_range, parse_fraction, parse_number
from .patterns import (
    CLAUSE_BREAK,
    CONGRESS,
    FIGURE,
    FORMULA,
    PERIOD,
    QUOTED_NUMERAL,
    SENTENCE_END,
    SLOGAN_COUNT,
    SLOGAN_PAIR,
    YEAR,
)
from .subject import MAX_SUBJECT, SubjectFinder
from .tables import table_figures

_CN_DIGITS = set("零〇○一二两三四五六七八九十")
_CN_ANY = set("零〇○一二两三四五六七八九十百千万亿")
_SINGLE_OK_UNITS = {"倍", "番", "成"}
_NO_AFTER = {"%", "倍", "番", "个百分点", "‰"}
_TIME_UNITS = {"年", "天", "周", "个月", "小时", "分钟", "学时", "课时"}
_YEAR_AFTER = set("来间内中里前后代度底末初级年月")
#: after a length shorter than a year, these end a time limit (1周内编入, 3天后反馈)
_WITHIN = set("内前后")
#: a unit followed by these characters is the start of a noun (人民, 人口, 个人), not a unit
_UNIT_WORD = {"人": set("民口类员才士大均工生身们"), "个": set("人体性"), "期": set("间末"),
              "名": set("义称单录额"), "家": set("庭长属乡"), "部": set("分门署长"),
              "天": set("然津下"), "元": set("素旦首"), "次": set("要序"), "位": set("于置"),
              "周": set("岁")}
_QUALIFIER = {
    **{w: "more_than" for w in ("超过", "突破", "逾", "超", "多于", "高于", "不少于", "不低于", "至少")},
    **{w: "about" for w in ("约", "近", "将近", "接近", "大约")},
    **{w: "less_than" for w in ("不到", "不足", "少于", "低于", "不超过")},
    **{w: "more_than" for w in ("以上", "之多", "有余", "余", "多")},
    **{w: "about" for w in ("左右", "上下")},
    **{w: "less_than" for w in ("以内", "以下")},
}


#: a subject that is only a part of the year (第二学期, 下半年, 第三季度): the clause goes on
#: the one before it (…第一学期讲授思政课5节、第二学期4节)
_TERM_ONLY = re.compile(r"(?:第[一二三四]|[上下]|春季|秋季)(?:学期|季度)|[上下]半年|第[一二三四]季度")


#: the done part of a fraction written with a slash, just before its whole (参训36/38名)
_SLASHED = re.compile(r"([0-9]{1,4})\s?[/／]\s?$")
#: words a rate written as a bare fraction follows (覆盖率45/50, 完成比例3/4)
_RATE_BEFORE = re.compile(r"(?:率|比例|占比)(?:为|达|达到|是)?[:：]?\s?$")


def _fraction_before(text: str, num_start: int) -> tuple[float, int] | None:
    """The numerator and its start when the number at ``num_start`` is the whole of a
    fraction (36/38名); None for a date or a code (2025/6/30, 3/4/5)."""
    m = _SLASHED.search(text, max(0, num_start - 7), num_start)
    if m is None or m.end() != num_start:
        return None
    if text[m.start() - 1:m.start()] in ("/", "／", ".", "-") or text[m.start() - 1:m.start()].isdigit():
        return None  # 2025/6/30: the 6 of a date
    if text[num_start:num_start + 6].lstrip("0123456789")[:1] in ("/", "／"):
        return None  # 6/30/2025
    return float(m.group(1)), m.start()


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    value: float
    value_max: float | None
    unit: str | None
    approx: str | None
    kind: str
    unit_end: int  # where the text after the unit starts
    num_start: int  # where the numeral starts (after any prefix qualifier)


class FigureExtractor:
    """Finds figures in documents. Build once (compiles patterns, loads lexicons), call per doc.

    ``subjects`` is ``"rules"`` (default, fast) or ``"jieba"`` (POS-tagged noun phrases,
    slower; kept to measure against the rules).
    """

    def __init__(self, subjects: str = "rules") -> None:
        if subjects not in ("rules", "jieba", "none"):
            raise ValueError("subjects must be 'rules', 'jieba' or 'none'")
        self.subjects = subjects
        self._units = units()
        c = cues()
        self._up = sorted(c["change"]["up"], key=len, reverse=True)
        self._down = sorted(c["change"]["down"], key=len, reverse=True)
        self._ordinal = tuple(c["ordinal_prefix"])
        self._dur_prefix = tuple(sorted(c["duration_prefix"], key=len, reverse=True))
        self._length_prefix = tuple(c["length_prefix"])
        self._finder = SubjectFinder()
        self._jieba = None

    # ------------------------------------------------------------------ public
    def __call__(self, doc: Document) -> list[Figure]:
        return self.extract(doc)

    def extract(self, doc: Document) -> list[Figure]:
        """All figures of ``doc`` in text order, offsets into ``doc.text``."""
        text = doc.text
        cands = self.candidates(text)
        if not cands:
            return table_figures(doc, self, []) if doc.tables else []
        sent_ends = [m.end() for m in SENTENCE_END.finditer(text)]
        figures: list[Figure] = []
        prev: _Cand | None = None
        prev_fig: Figure | None = None
        for c in cands:
            si = bisect.bisect_right(sent_ends, c.start)
            s_start = sent_ends[si - 1] if si > 0 else 0
            s_end = sent_ends[si] if si < len(sent_ends) else len(text)
            same_sentence = prev is not None and prev.start >= s_start
            kind, direction = self._kind(text, c, prev if same_sentence else None,
                                         prev_fig if same_sentence else None)
            fig = Figure(
                doc=doc.source, surface=text[c.start:c.end], value=c.value, value_max=c.value_max,
                unit=c.unit, approx=c.approx, kind=kind, subject=None,
                period=self._period(text, s_start, c.num_start),
                sentence=text[s_start:s_end].strip(), section=doc.heading_path(c.start),
                start=c.start, end=c.end, direction=direction,
            )
            figures.append(fig)
            prev, prev_fig = c, fig
        if self.subjects != "none":
            self._subjects(text, cands, figures, sent_ends)
        if doc.tables:  # a bare number under 党员数（名） is 1093名 党员
            figures = table_figures(doc, self, figures)
        # 集中学习人均学时：30.5, 支委会：12次: a data list's key names its figure
        return key_value_figures(doc, self, figures)

    # ------------------------------------------------------------------ candidates
    def candidates(self, text: str) -> list[_Cand]:
        """Figure candidates with value, unit and qualifier; no subject (the fast path)."""
        blocked = self._blocked(text)
        out: list[_Cand] = []
        for m in FIGURE.finditer(text):
            c = self._candidate(text, m, blocked)
            if c is not None:
                out.append(c)
        return out

    def _blocked(self, text: str) -> list[tuple[int, int]]:
        spans = [m.span() for m in FORMULA.finditer(text)]
        spans += [m.span() for m in SLOGAN_PAIR.finditer(text)]
        spans += [m.span() for m in SLOGAN_COUNT.finditer(text)]
        spans += [m.span() for m in CONGRESS.finditer(text)]
        for m in QUOTED_NUMERAL.finditer(text):
            inner = m.group(1)
            if any(ch in _CN_ANY for ch in inner) and not re.search(r"[0-9０-９]", inner):
                spans.append(m.span())
        spans.sort()
        return spans

    @staticmethod
    def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
        i = bisect.bisect_right(spans, (s, 10**12))
        # any span starting before e and ending after s
        j = i
        while j > 0:
            j -= 1
            a, b = spans[j]
            if b > s:
                return True
            if s - a > 40:  # spans are short; stop looking far back
                break
        return i < len(spans) and spans[i][0] < e

    def _candidate(self, text: str, m: re.Match, blocked: list[tuple[int, int]]) -> _Cand | None:
        g = m.groupdict()
        start, end = m.span()
        pre, unit_s, post = g["pre"], g["unit"], g["post"]
        num_start = start + (len(pre) if pre else 0)
        approx = _QUALIFIER.get(pre) if pre else None
        value_max = None
        kind = "count"
        unit: str | None = None
        is_cn = False
        numeral = ""
        has_scale = False
        try:
            if g["pctcn"]:
                value = parse_number(g["pct"])
                value_max = parse_number(g["pct2"]) if g["pct2"] else None
                unit, kind = "%", "percent"
                if unit_s:  # 百分之三十人? give the unit back to the text
                    end -= len(unit_s) + (len(post) if post else 0)
                    unit_s, post = None, None
            elif g["frac"]:
                value = parse_fraction(g["fden"], g["fnum"])
                unit, kind = "%", "ratio"
                if unit_s:
                    end -= len(unit_s) + (len(post) if post else 0)
                    unit_s, post = None, None
            elif g["half"]:
                if unit_s or text[start - 1:start] in ("一", "多", "大", "少"):
                    return None
                value, unit, kind = 50.0, "%", "ratio"
            elif g["shang"]:
                value = SCALE[g["shang"][0]] * (SCALE[g["shang"][1]] if len(g["shang"]) > 1 else 1)
                approx = approx or "more_than"
                has_scale = True
            else:
                numeral = g["num"]
                is_cn = numeral[0] in _CN_DIGITS
                if re.search(r"[余多]", numeral):
                    approx = approx or "more_than"
                    numeral = re.sub(r"[余多]", "", numeral)
                elif numeral.endswith("来"):  # 十来次: about ten
                    approx = approx or "about"
                    numeral = numeral[:-1]
                has_scale = bool(re.search(r"[万亿]", numeral))
                value = parse_number(numeral)
                estimate = approximate_range(numeral) if is_cn else None
                if estimate is not None:  # 一两个, 两三次: an estimate, not 12 or 23
                    value, value_max = estimate
                    approx = approx or "about"
                elif is_cn and re.fullmatch(r"[零〇○一二两三四五六七八九]{2,}", numeral) and not (unit_s or "").startswith("年"):
                    return None  # 唯一一次, 逐一: digits written one by one count nothing but a year
                if g["num2"]:
                    n2 = re.sub(r"[余多]", "", g["num2"])
                    value_max = parse_number(n2)
                    if not re.search(r"[十百千万亿]", n2) and re.search(r"[万亿]$", numeral):
                        pass
        except (NumeralError, KeyError, ValueError):
            return None

        if self._overlaps(blocked, num_start, end):
            return None
        before1 = text[num_start - 1:num_start]
        # ordinals and codes: 第三, 其一; PM2.5, 5G, COVID-19
        if before1 == "第" or text[max(0, num_start - 4):num_start].endswith(self._ordinal):
            return None
        over = None if is_cn or pre or not numeral else _fraction_before(text, num_start)
        if numeral and not is_cn and over is None:
            if re.match(r"[A-Za-z]", before1) or (before1 in "-_./" and re.match(r"[A-Za-z0-9]", text[num_start - 2:num_start - 1] or " ")):
                return None
            after_num = text[num_start + len(g["num"]): num_start + len(g["num"]) + 1]
            if not unit_s and re.match(r"[A-Za-z]", after_num):
                return None
        u = self._units.get(unit_s) if unit_s else None
        after = text[end:end + 2]
        if u is not None and after[:1] in _UNIT_WORD.get(u.surface, ()):
            # 十亿多人口: 人 starts the noun 人口
            end -= len(unit_s) + (len(post) if post else 0)
            u, unit_s, post = None, None, None
            after = text[end:end + 2]
        if numeral:
            digits_only = numeral.replace("点", "")
            # 为期两周, 历时三天: a length of time after a word that announces one
            timed = (u is not None and u.kind == "duration"
                     and text[max(0, num_start - 4):num_start].endswith(self._length_prefix))
            single_ok = u is not None and (u.surface in _SINGLE_OK_UNITS or timed or "半" in u.surface or (
                u.surface == "年" and text[max(0, num_start - 2):num_start] == "连续"))
            if is_cn and len(digits_only) == 1 and not single_ok:
                return None  # 一批, 三项任务, 两个维护: enumeration words, not statistics
            if over is not None and u is None and _RATE_BEFORE.search(text, max(0, over[1] - 6), over[1]):
                # 覆盖率45/50: a rate written as a fraction, 90%
                return _Cand(over[1], end, round(100.0 * over[0] / value, 1), None, "%", approx,
                             "ratio", end, over[1]) if value > 0 else None
            if u is None and not has_scale:
                return None  # a bare number with no unit
            if over is not None:  # 参训36/38名: 36 of 38, so the figure is the 36 done
                start, num_start, value, value_max = over[1], over[1], over[0], None
            if is_cn and u is not None and not u.cn_ok and value < 100 and not timed:
                return None
        if u is not None:
            unit = u.unit
            kind = u.kind
            if u.surface == "成":
                value, value_max = value * 10, (value_max * 10 if value_max is not None else None)
            if u.unit in _TIME_UNITS and not self._duration_ok(text, m, num_start, end, numeral, value, u):
                return None
        elif g["shang"] or (numeral and has_scale):
            kind = "count"
        if post:
            approx = approx or _QUALIFIER.get(post)
        if unit_s and re.search(r"[多余]", unit_s):  # 8个多月
            approx = approx or "more_than"
        if unit_s and "半" in unit_s:  # 一个半小时
            value += 0.5
            value_max = value_max + 0.5 if value_max is not None else None
        if unit == "%" and kind == "count":
            kind = "percent"
        return _Cand(start, end, float(value), float(value_max) if value_max is not None else None,
                     unit, approx, kind, end, num_start)

    def _duration_ok(self, text: str, m: re.Match, num_start: int, end: int, numeral: str,
                     value: float, u) -> bool:
        """N年 is a figure only as a measured duration, not as a date or a period anchor."""
        nxt = text[end:end + 2]
        if u.unit == "年":
            raw = numeral or ""
            if YEAR.match(raw.translate(str.maketrans("０１２３４５６７８９", "0123456789"))):
                return False
            if m.group("num2") and YEAR.match(m.group("num2")):
                return False
        if nxt.startswith("以来") or nxt[:1] in _YEAR_AFTER and not (
                u.unit != "年" and nxt[:1] in _WITHIN):
            return False  # 3年来, 5年内 anchor a period; 1周内, 3天后 measure a length
        if u.unit != "年":
            return True
        if nxt.startswith(("时间", "的时间")) or value != int(value):
            return True
        before = text[max(0, num_start - 4):num_start]
        return before.endswith(self._dur_prefix)

    # ------------------------------------------------------------------ kind, period
    def _verb_before(self, text: str, pos: int) -> str | None:
        b = text[max(0, pos - 8):pos].rstrip(" \u3000\u200b")
        b = re.sub(r"(?:了|达|共|约|近|分别|实际|年均|平均)+$", "", b)
        for w in self._up:
            if b.endswith(w):
                return "up"
        for w in self._down:
            if b.endswith(w):
                return "down"
        return None

    def _kind(self, text: str, c: _Cand, prev: _Cand | None, prev_fig: Figure | None
              ) -> tuple[str, str | None]:
        direction = self._verb_before(text, c.start)
        if direction is None and prev is not None and prev_fig is not None and prev_fig.kind == "change":
            gap = text[prev.end:c.start]
            if re.fullmatch(r"\s*(?:、|和|及|与|,|，)\s*", gap):
                direction = prev_fig.direction
        if c.kind == "change":  # 个百分点 is a difference by nature
            return "change", direction
        if direction is not None:
            return "change", direction
        return c.kind, None

    @staticmethod
    def _period(text: str, s_start: int, pos: int) -> str | None:
        window = text[max(s_start, pos - 60):pos]
        found = None
        for m in PERIOD.finditer(window):
            found = m.group()
        return found

    # ------------------------------------------------------------------ subjects
    def _subjects(self, text: str, cands: list[_Cand], figs: list[Figure], sent_ends: list[int]) -> None:
        f = self._finder
        clause_starts = [m.end() for m in CLAUSE_BREAK.finditer(text)]
        subj: list[str] = []
        for i, c in enumerate(cands):
            ci = bisect.bisect_right(clause_starts, c.num_start)
            cstart = clause_starts[ci - 1] if ci > 0 else 0
            if i > 0 and cands[i - 1].end > cstart:
                cstart = cands[i - 1].end
            before = text[cstart:c.start].rstrip(" \u3000")  # 支委会 12次: terse lines set words apart
            after = text[c.unit_end:c.unit_end + 24]
            if self.subjects == "jieba":
                s = self._jieba_subject(before, after, c)
            else:
                no_after = c.unit in _NO_AFTER or (c.unit in self._units and self._units[c.unit].kind == "duration")
                # (an aside in brackets after the figure names no thing: 12次（每月1次）; nor does
                # the bracket that closes the aside the figure is in: 初中部党支部（党员26名）)
                s_after = "" if no_after or after.startswith(("（", "(", "）", ")")) else f.after(after)
                s_before = f.before(before)
                if s_after and (f.ends_with_object_verb(before) or c.unit is None
                                or self._measure_word(c)):
                    s = s_after
                else:
                    s = s_before
                if not s and not (i > 0 and cands[i - 1].end > cstart - 40 and
                                  self._same_sentence(text, cands[i - 1].end, c.start)):
                    # nothing in this clause: the clause before it may name the thing (每吨钢的综合能耗，由…)
                    pstart = max(text.rfind(ch, 0, max(0, cstart - 1)) for ch in "，。；：,;:\n") + 1
                    prev_clause = text[pstart:max(pstart, cstart - 1)]
                    if prev_clause and not re.search(r"[0-9０-９]", prev_clause) and \
                            self._same_sentence(text, pstart, c.start):
                        s = f.before(prev_clause)
                if not s:
                    s = s_after
                if c.unit in ("年",) and text[c.unit_end:c.unit_end + 2] == "时间":
                    s = "时间"
            subj.append(s)
        # lists: 分别 … 43.8%、35.9%、20.2%  and  A和B … 8.4%和11.4%
        i = 0
        n = len(cands)
        while i < n:
            j = i
            while j + 1 < n and re.fullmatch(r"\s*(?:、|和|及|与)\s*", text[cands[j].end:cands[j + 1].start]):
                j += 1
            k = j - i + 1
            if k >= 2:
                self._assign_list(text, cands, subj, i, j)
            i = j + 1
        # parallel clauses: no noun of its own -> the previous figure's subject in the sentence;
        # only a term of its own (书记第一学期讲授5节、第二学期4节) -> that subject in this term
        for i, c in enumerate(cands):
            alone = _TERM_ONLY.fullmatch(subj[i]) if subj[i] else None
            if (not subj[i] or alone) and i > 0:
                si = bisect.bisect_right(sent_ends, c.start)
                s_start = sent_ends[si - 1] if si > 0 else 0
                if cands[i - 1].start >= s_start and subj[i - 1]:
                    prev = subj[i - 1]
                    term = _TERM_ONLY.search(prev) if alone else None
                    if not alone:
                        subj[i] = prev
                    elif term:  # 第一学期讲授思政课 -> 第二学期讲授思政课
                        subj[i] = prev[:term.start()] + subj[i] + prev[term.end():]
                    else:  # 实践教学活动 -> 第二学期实践教学活动
                        subj[i] = subj[i] + prev
        for fig, s in zip(figs, subj):
            fig.subject = s or None

    @staticmethod
    def _same_sentence(text: str, a: int, b: int) -> bool:
        return SENTENCE_END.search(text, a, b) is None

    def _measure_word(self, c: _Cand) -> bool:
        u = c.unit
        return u is not None and u in self._units and self._units[u].kind == "count"

    def _assign_list(self, text: str, cands: list[_Cand], subj: list[str], i: int, j: int) -> None:
        k = j - i + 1
        first = cands[i]
        sent_start = max(text.rfind(ch, 0, first.start) for ch in "。；;！？\n") + 1
        head = text[sent_start:first.start]
        if "分别" in head:
            # earlier counts of the same sentence, in order, name the items (612个…分别占比为43.8%…)
            earlier = [x for x in range(i) if cands[x].start >= sent_start]
            if len(earlier) >= k and all(subj[x] for x in earlier[-k:]) and \
                    all(cands[x].unit not in _NO_AFTER for x in earlier[-k:]):
                for t, x in enumerate(earlier[-k:]):
                    subj[i + t] = subj[x]
                return
            # else a listed noun phrase before 分别: A、B近年来…，比上年分别下降3.14％和4.66％
            clauses = [c for c in re.split(r"[，,：:]", head) if c.strip()]
            for cl in reversed(clauses[-3:]):
                items = self._finder.split_list(self._finder.before(cl.split("分别")[0], limit=False), k)
                if items:
                    for t in range(k):
                        subj[i + t] = items[t]
                    return
        items = self._finder.split_list(subj[i], k) if subj[i] else None
        if items:
            for t in range(k):
                subj[i + t] = items[t]
        else:
            for t in range(1, k):
                if not subj[i + t]:
                    subj[i + t] = subj[i]

    def _jieba_subject(self, before: str, after: str, c: _Cand) -> str:
        """Noun phrase by jieba POS tags: the noun run after the unit, else the last one before."""
        if self._jieba is None:
            import jieba.posseg as pseg

            from ..segment import jieba  # noqa: F401  (quiet logging before first use)

            self._jieba = pseg
        nounish = ("n", "nr", "ns", "nt", "nz", "vn", "an", "j", "l", "nrt", "ng")

        def runs(s: str) -> list[str]:
            out, cur = [], ""
            for w in self._jieba.cut(s):
                if w.flag.startswith(nounish) or (w.flag in ("a", "b", "f", "m") and cur) or w.flag == "b":
                    cur += w.word
                else:
                    if cur:
                        out.append(cur)
                    cur = ""
            if cur:
                out.append(cur)
            return out

        if c.unit not in ("%", "倍", "番", "个百分点"):
            a = re.split(r"[，。；：、！？,;:]", after, maxsplit=1)[0]
            ra = runs(a)
            if ra and a.startswith(ra[0][:1]):
                return ra[0][:MAX_SUBJECT]
        rb = runs(before)
        return rb[-1][-MAX_SUBJECT:] if rb else ""


_DEFAULT: FigureExtractor | None = None


def extract_figures(doc: Document) -> list[Figure]:
    """Every reported figure in ``doc`` (see :class:`FigureExtractor`)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = FigureExtractor()
    return _DEFAULT(doc)
