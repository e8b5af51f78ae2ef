"""What a figure counts: the noun phrase around the number.

Rules follow how Chinese reports write statistics:
- noun before the number, after a copula or change verb: 党员人数达1510人, 国内生产总值增长9.1%;
- noun right after the measure word: 组织7.1万名中小学教师开展…, 全国832个贫困县;
- a 分别 list or an ``A和B … X和Y`` list gives each figure its own item;
- a parallel clause with no noun of its own (一九八四年增加二百五十五亿元) takes the subject of
  the figure before it in the same sentence.
"""
from __future__ import annotations

import re

from ..structure.markers import BULLETS
from .lexicon import cues

MAX_SUBJECT = 16
#: head nouns that name no thing of their own: the modifier before 的 is the subject
_EMPTY_HEADS = {"部分", "方面", "数量", "金额", "总量", "规模", "水平", "情况"}  # characters; longer phrases are cut to their last words

_QUOTES = "“”\"‘’「」『』《》"
#: stripped from a subject's ends; a list item's bullet (■ 召开支委会12次) is no part of it
_STRIP_CHARS = " \u3000\u200b、，,：:；;。的和及与并" + BULLETS


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda s: (-len(s), s)))


class SubjectFinder:
    """Compiled once; call :meth:`before` / :meth:`after` on the text around a figure."""

    def __init__(self) -> None:
        c = cues()
        tail_words = list(c["subject_tail"]) + list(c["change"]["up"]) + list(c["change"]["down"]) + [
            "降为", "降至", "升至", "升为", "提高为", "减少到", "下降到", "上年", "去年", "由上年",
            "这个", "这一"]
        self._tail = re.compile(
            rf"(?:{_alternation(tail_words)}|"
            r"(?:[12]\d{3}|[一二][〇○零一二三四五六七八九]{3})年(?:度|末|底|初)?(?:[上下]半年)?|"
            r"[上下]半年|[一二三四1-4]季度|去年底|今年|去年|年末|年底|年初|"
            r"比(?:[12]\d{3}|[一二][〇○零一二三四五六七八九]{3})?年?(?:末|底|初)?(?:同期)?|"
            r"(?:近|过去|这|前)?[0-9一二三四五六七八九十两]+年(?:来|间|中)?|"
            r"“[^”]{1,4}”(?:时期|期间)|(?:期间|时期)|[\s\u200b])$"
        )
        self._lead = re.compile(
            rf"^(?:{_alternation(c['subject_lead'])}|"
            r"(?:[12]\d{3}|[一二][〇○零一二三四五六七八九]{3})年(?:度|末|底|初)?|"
            r"[上下]半年|[一二三四1-4]季度|[\s\u200b、])"
        )
        cut_words = list(c["object_verbs"]) + ["达到", "向", "对", "为", "把", "将", "给", "使", "用于"]
        self._cut = re.compile(rf"(?:{_alternation(cut_words)})")
        self._object_end = re.compile(rf"(?:{_alternation(c['object_verbs'])})了?$")
        stop = [
            "开展", "参加", "参与", "完成", "实现", "获得", "得到", "通过", "顺利", "全部", "在", "已",
            "均", "都", "进行", "接受", "摆脱", "落户", "受益", "达到", "增加", "提高", "下降", "减少",
            "比", "占", "是", "为", "其中", "分别", "共", "等", "以", "从", "向", "到", "由", "被", "将",
            "要", "可", "能", "实行", "建立", "成为", "纳入", "荣获", "获", "列入", "入选", "已经",
            "正在", "投入", "用于", "覆盖", "提供", "享受", "脱贫", "摘帽", "并", "和", "同", "与",
            "次", "实施", "按", "累计", "相当于", "约", "左右", "以上", "以下", "的",
        ]
        self._after_stop = re.compile(rf"{_alternation(stop)}|[^\u4e00-\u9fff“”（）()]")
        self._share = re.compile(r"^(.*?)占.*?(?:的)?(?:比重|比例|份额)$")

    # ------------------------------------------------------------------ helpers
    def _clean(self, s: str) -> str:
        s = s.strip(_STRIP_CHARS)
        if len(s) > MAX_SUBJECT:
            s = s[-MAX_SUBJECT:]
        return s.strip(_STRIP_CHARS)

    def strip_tail(self, s: str) -> str:
        """Drop copulas, change verbs, comparisons and time words from the end."""
        prev = None
        while s and s != prev:
            prev = s
            s = s.rstrip(" \u3000\u200b")
            m = self._tail.search(s)
            if m and m.start() < len(s):
                s = s[: m.start()]
        return s

    def strip_lead(self, s: str) -> str:
        prev = None
        while s and s != prev:
            prev = s
            m = self._lead.match(s)
            if m and m.end() > 0:
                s = s[m.end():]
        return s

    def ends_with_object_verb(self, before: str) -> bool:
        """组织7.1万名…: the verb right before the number takes the counted noun as object."""
        b = before.rstrip(" \u3000\u200b")
        b = re.sub(r"(?:共|累计|总计|合计|了|约|近|共计)+$", "", b)
        return bool(self._object_end.search(b)) or b == "" or b.endswith(("等", "有"))

    # ------------------------------------------------------------------ public
    def before(self, before: str, limit: bool = True) -> str:
        """The noun phrase that ends the clause text before a number (may be '')."""
        s = before
        if s.rstrip(" \u200b").endswith("、"):
            return ""
        s = self.strip_tail(s)
        m = self._object_end.search(s)
        if m:  # 实际建成128个, 覆盖10.5亿人: the noun is elsewhere; 中央预算投资安排150亿元: before it
            s = self.strip_lead(self.strip_tail(s[: m.start()]))
            if len(s.strip(_STRIP_CHARS)) < 2:
                return ""
        share = self._share.match(s)
        if share and share.group(1):
            s = share.group(1)
        # cut after the last verb/preposition that leaves a non-empty noun phrase
        cuts = [m.end() for m in self._cut.finditer(s)]
        for pos in reversed(cuts):
            rest = s[pos:]
            if len(rest.strip(_STRIP_CHARS)) >= 2:
                s = rest
                break
        # cut after the last 的 (…事业的支出 -> 支出), keeping at least two characters
        k = s.rfind("的")
        if 0 <= k < len(s) - 2:
            head, s = s[:k], s[k + 1:]
            if s in _EMPTY_HEADS and len(head) >= 2:
                s = head  # 用于积累的部分 -> 用于积累
        s = self.strip_lead(s.strip(_STRIP_CHARS))
        return self._clean(s) if limit else s.strip(_STRIP_CHARS)

    def after(self, after: str) -> str:
        """The noun phrase right after the measure word (may be '')."""
        s = after
        # 500人参加的…培训: skip a short relative clause ending in 的
        m = re.match(r"^[\u4e00-\u9fff]{1,3}的", s)
        if m:
            s = s[m.end():]
        out = []
        i = 0
        while i < len(s) and len(out) < MAX_SUBJECT:
            ch = s[i]
            if ch in "“”":
                out.append(ch)
                i += 1
                continue
            if ch in "（(":
                j = s.find("）" if ch == "（" else ")", i)
                if 0 < j - i <= 6:
                    out.append(s[i:j + 1])
                    i = j + 1
                    continue
                break
            stop = self._after_stop.match(s, i)
            if stop and out:
                break
            if stop and not out:
                return ""
            out.append(ch)
            i += 1
        return self._clean("".join(out))

    @staticmethod
    def split_list(np: str, k: int) -> list[str] | None:
        """Split ``A、B和C`` into k items when it has exactly k parts."""
        parts = [p for p in re.split(r"[、和及与,，]|以及", np) if p]
        if len(parts) == k and all(len(p) >= 2 for p in parts):
            return [p[:MAX_SUBJECT] for p in parts]
        return None


def normalise_subject(s: str | None) -> str:
    """For comparing subjects: no quotes, brackets, spaces or 的."""
    if not s:
        return ""
    return re.sub(rf"[{_QUOTES}（）()\s\u200b的]", "", s)
