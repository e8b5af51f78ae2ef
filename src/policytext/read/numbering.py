"""Word automatic numbering: the "一、" / "（一）" / "1." that live only in numbering.xml.

Chinese official documents written in Word often number their outline with list
numbering, so the paragraph text alone has no "一、". This module resolves a paragraph's
numbering (direct ``w:numPr`` or one inherited from its style), keeps counters per list
and level with Word's restart rules, and renders ``w:lvlText`` with each level's
``w:numFmt``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from docx.oxml.ns import qn

CN_DIGITS = "〇一二三四五六七八九"
CN_LEGAL = "零壹贰叁肆伍陆柒捌玖"
#: 天干 and 地支, Word's ideographTraditional / ideographZodiac
TIANGAN = "甲乙丙丁戊己庚辛壬癸"
DIZHI = "子丑寅卯辰巳午未申酉戌亥"
CIRCLED = [chr(c) for c in range(0x2460, 0x2474)] + [chr(c) for c in range(0x3251, 0x3260)] + [
    chr(c) for c in range(0x32B1, 0x32C0)]  # ①..⑳, ㉑..㉟, ㊱..㊿


def chinese_number(n: int, digits: str = "零一二三四五六七八九", units: str = "十百千万") -> str:
    """n in Chinese counting: 1 -> 一, 10 -> 十, 15 -> 十五, 20 -> 二十, 105 -> 一百零五."""
    if n == 0:
        return digits[0]
    if n >= 100000:
        return str(n)
    if n >= 10000:
        high, low = divmod(n, 10000)
        rest = chinese_number(low, digits, units) if low else ""
        zero = digits[0] if 0 < low < 1000 else ""
        return chinese_number(high, digits, units) + units[3] + zero + rest
    out = []
    parts = [(1000, units[2]), (100, units[1]), (10, units[0]), (1, "")]
    need_zero = False
    for value, unit in parts:
        d, n = divmod(n, value)
        if d:
            if need_zero:
                out.append(digits[0])
                need_zero = False
            out.append(digits[d] + unit)
        elif out:
            need_zero = True
        if n == 0:
            break
    s = "".join(out)
    if s.startswith(digits[1] + units[0]) and len(out) <= 2 and units[0] == "十":
        s = s[1:]  # 一十五 -> 十五 (counting style)
    return s


def roman(n: int) -> str:
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = []
    for v, s in vals:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)


def letters(n: int) -> str:
    """1 -> A, 26 -> Z, 27 -> AA (Word repeats the letter)."""
    q, r = divmod(n - 1, 26)
    return chr(65 + r) * (q + 1)


def format_number(n: int, fmt: str) -> str:
    """One counter value in a Word ``numFmt``; unknown formats fall back to decimal."""
    if fmt in ("decimal", "decimalHalfWidth"):
        return str(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "decimalFullWidth" or fmt == "decimalFullWidth2":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting",
               "taiwaneseCounting", "taiwaneseCountingThousand", "ideographLegalTraditional"):
        return chinese_number(n)
    if fmt == "chineseLegalSimplified":
        return chinese_number(n, CN_LEGAL, "拾佰仟万")
    if fmt in ("ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand"):
        return "".join(CN_DIGITS[int(c)] for c in str(n))
    if fmt == "ideographTraditional":
        return TIANGAN[(n - 1) % 10]
    if fmt == "ideographZodiac":
        return DIZHI[(n - 1) % 12]
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle"):
        return CIRCLED[n - 1] if 1 <= n <= len(CIRCLED) else str(n)
    if fmt == "decimalEnclosedParen":
        return chr(0x2474 + n - 1) if 1 <= n <= 20 else f"({n})"
    if fmt == "decimalEnclosedFullstop":
        return chr(0x2488 + n - 1) if 1 <= n <= 20 else f"{n}."
    if fmt == "upperLetter":
        return letters(n)
    if fmt == "lowerLetter":
        return letters(n).lower()
    if fmt == "upperRoman":
        return roman(n)
    if fmt == "lowerRoman":
        return roman(n).lower()
    if fmt in ("none", "bullet"):
        return ""
    return str(n)


@dataclass(slots=True)
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None  # w:lvlRestart: restart after this (1-based) level; 0 = never
    legal: bool = False  # w:isLgl: show every level's number as decimal
    suffix: str = "tab"


@dataclass
class Numbering:
    """Resolved numbering definitions of one document, and the running counters."""

    abstract: dict[str, dict[int, Level]] = field(default_factory=dict)
    num_to_abstract: dict[str, str] = field(default_factory=dict)
    overrides: dict[str, dict[int, int]] = field(default_factory=dict)  # num -> ilvl -> start
    style_num: dict[str, tuple[str, int]] = field(default_factory=dict)  # styleId -> (numId, ilvl)
    counters: dict[str, list[int | None]] = field(default_factory=dict)
    started_nums: set[str] = field(default_factory=set)

    @classmethod
    def from_document(cls, document) -> Numbering:
        """Read numbering.xml and the styles' numbering links of a python-docx Document."""
        self = cls()
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            root = None
        styles_root = document.styles.element if document.part._styles_part is not None else None
        self._read_styles(styles_root)
        if root is not None:
            self._read_numbering(root)
        return self

    def _read_styles(self, styles_root) -> None:
        if styles_root is None:
            return
        based: dict[str, str] = {}
        direct: dict[str, tuple[str | None, int | None]] = {}
        for st in styles_root.iter(qn("w:style")):
            sid = st.get(qn("w:styleId"))
            if not sid:
                continue
            b = st.find(qn("w:basedOn"))
            if b is not None:
                based[sid] = b.get(qn("w:val"))
            num_pr = st.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
            if num_pr is not None:
                direct[sid] = _num_pr(num_pr)
        for sid in {*based, *direct}:
            chain, seen, cur = [], set(), sid
            while cur and cur not in seen:
                seen.add(cur)
                chain.append(cur)
                cur = based.get(cur)
            num_id, ilvl = None, None
            for s in chain:  # nearest style wins for each attribute
                n, i = direct.get(s, (None, None))
                num_id = num_id if num_id is not None else n
                ilvl = ilvl if ilvl is not None else i
            if num_id is not None:
                self.style_num[sid] = (num_id, ilvl or 0)

    def _read_numbering(self, root) -> None:
        links: dict[str, str] = {}
        for an in root.iter(qn("w:abstractNum")):
            aid = an.get(qn("w:abstractNumId"))
            link = an.find(qn("w:numStyleLink"))
            if link is not None:
                links[aid] = link.get(qn("w:val"))
            levels: dict[int, Level] = {}
            for lvl in an.iter(qn("w:lvl")):
                levels[int(lvl.get(qn("w:ilvl"), "0"))] = _level(lvl)
            self.abstract[aid] = levels
        for num in root.iter(qn("w:num")):
            nid = num.get(qn("w:numId"))
            a = num.find(qn("w:abstractNumId"))
            if a is None:
                continue
            self.num_to_abstract[nid] = a.get(qn("w:val"))
            for ov in num.iter(qn("w:lvlOverride")):
                ilvl = int(ov.get(qn("w:ilvl"), "0"))
                so = ov.find(qn("w:startOverride"))
                if so is not None:
                    self.overrides.setdefault(nid, {})[ilvl] = int(so.get(qn("w:val"), "1"))
                lvl = ov.find(qn("w:lvl"))
                if lvl is not None:  # a full level redefinition for this list only
                    aid = f"{self.num_to_abstract[nid]}@{nid}"
                    base = dict(self.abstract.get(self.num_to_abstract[nid], {}))
                    base[ilvl] = _level(lvl)
                    self.abstract[aid] = base
                    self.num_to_abstract[nid] = aid
        # an abstractNum that only links to a numbering style takes that style's list
        for aid, style_id in links.items():
            target = self.style_num.get(style_id)
            if target and not self.abstract.get(aid):
                real = self.num_to_abstract.get(target[0])
                if real and real != aid:
                    self.abstract[aid] = self.abstract.get(real, {})

    def resolve(self, p_el, style_id: str | None) -> tuple[str, int] | None:
        """(numId, ilvl) for a ``w:p`` element, from its own numPr or its style."""
        num_pr = p_el.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
        num_id = ilvl = None
        if num_pr is not None:
            num_id, ilvl = _num_pr(num_pr)
        if num_id is None and style_id in self.style_num:
            num_id, s_ilvl = self.style_num[style_id]
            ilvl = ilvl if ilvl is not None else s_ilvl
        if num_id is None or num_id == "0" or num_id not in self.num_to_abstract:
            return None
        return num_id, ilvl or 0

    def label(self, num_id: str, ilvl: int) -> str:
        """Advance the counters for (numId, ilvl) and return the rendered number text."""
        aid = self.num_to_abstract[num_id]
        levels = self.abstract.get(aid, {})
        lvl = levels.get(ilvl)
        if lvl is None:
            return ""
        counters = self.counters.setdefault(aid, [None] * 9)
        if num_id not in self.started_nums:
            self.started_nums.add(num_id)
            for i, start in self.overrides.get(num_id, {}).items():
                if 0 <= i < 9:
                    counters[i] = start - 1
                    for j in range(i + 1, 9):
                        counters[j] = None
        cur = counters[ilvl]
        counters[ilvl] = (lvl.start if cur is None else cur + 1)
        for j in range(ilvl + 1, 9):  # deeper levels restart unless told otherwise
            deeper = levels.get(j)
            # w:lvlRestart N (1-based): restart only when level N or a higher one is used
            if deeper is None or deeper.restart is None or (deeper.restart and ilvl + 1 <= deeper.restart):
                counters[j] = None
        for j in range(ilvl):  # a level used before its parents shows them at their start
            if counters[j] is None and j in levels:
                counters[j] = levels[j].start
        if lvl.fmt == "bullet":
            return ""  # a bullet glyph is decoration, not text
        out = lvl.text
        for j in range(9):
            token = f"%{j + 1}"
            if token in out:
                lv = levels.get(j, Level())
                value = counters[j] if counters[j] is not None else lv.start
                fmt = "decimal" if (lvl.legal and lv.fmt not in ("decimalZero",)) else lv.fmt
                out = out.replace(token, format_number(value, fmt))
        return out


def _num_pr(num_pr) -> tuple[str | None, int | None]:
    nid = num_pr.find(qn("w:numId"))
    il = num_pr.find(qn("w:ilvl"))
    return (nid.get(qn("w:val")) if nid is not None else None,
            int(il.get(qn("w:val"))) if il is not None else None)


def _level(lvl) -> Level:
    def val(tag: str) -> str | None:
        el = lvl.find(qn(tag))
        return el.get(qn("w:val")) if el is not None else None

    restart = val("w:lvlRestart")
    is_lgl = lvl.find(qn("w:isLgl"))
    return Level(
        start=int(val("w:start") or 1),
        fmt=val("w:numFmt") or "decimal",
        text=val("w:lvlText") if val("w:lvlText") is not None else "",
        restart=int(restart) if restart is not None else None,
        legal=is_lgl is not None and is_lgl.get(qn("w:val"), "1") not in ("0", "false"),
        suffix=val("w:suff") or "tab",
    )
