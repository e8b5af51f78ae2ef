"""Title, title block, 发文字号, issuer, date, region and document type.

Only the title block (title, 发文字号, date line, "——在…上的报告", author) and the
signature at the end count for the document's own number and date: a 发文字号 cited in
the body (中组发〔2016〕17号 in a text that implements it) is not this document's number.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from ..errors import DataError
from ..records import Meta, Section
from .dates import DATE_RE, normalise_match, parse_date
from .markers import heading_shaped, is_date_line, match_marker

_CJK = "\u4e00-\u9fff"
#: a 发文字号: issuer abbreviation, year in brackets, serial number (国发〔2011〕35号)
DOC_NUMBER_RE = re.compile(
    rf"(?P<org>[{_CJK}]{{1,12}}?)\s*[〔\[［【(（]\s*(?P<year>(?:19|20)\d{{2}})\s*[〕\]］】)）]"
    r"\s*(?P<num>\d{1,5})\s*号"
)
#: a decree number: 国务院令第693号
ORDER_NUMBER_RE = re.compile(rf"(?:中华人民共和国)?(?P<org>[{_CJK}]{{2,12}}令)\s*第\s*(?P<num>\d{{1,5}})\s*号")
#: a line that is only a document number, maybe in brackets: （余府发〔2012〕3号）
_DOC_NUMBER_LINE_RE = re.compile(
    rf"^[（(]?\s*(?:[{_CJK}]{{1,12}}\s*[〔\[［【(（]\s*(?:19|20)\d{{2}}\s*[〕\]］】)）]\s*\d{{1,5}}\s*号"
    rf"|(?:[{_CJK}]{{2,20}}令)?\s*第\s*\d{{1,5}}\s*号)\s*[）)]?$"
)
#: genre words that end a document title
GENRE_END_RE = re.compile(
    r"(意见|方案|办法|通知|条例|规定|决定|细则|批复|公告|通告|规划|纲要|决议|规则|准则|报告|总结|汇报|函|请示|纪要)$"
)
#: a title's issuer: everything before 关于 (东昌区关于…, 中共中央 国务院关于…)
_ISSUER_BEFORE_GUANYU_RE = re.compile(rf"^(?:\d{{4}}年)?(?P<iss>[{_CJK} 、]{{2,40}}?)\s*关于")
#: an organ name at the start of a title (中华人民共和国国务院政府工作报告)
ORGAN_SUFFIX = ("人民代表大会常务委员会|人民政府办公厅|人民政府办公室|人民政府|委员会|国务院|办公厅|"
                "办公室|工委|党委|党组|政府|总局|局|厅|委|部|院|署|办")
_ORGAN_RE = re.compile(rf"^(?:\d{{4}}年)?(?P<org>[{_CJK}]{{1,20}}?(?:{ORGAN_SUFFIX}))")
_ORGAN_END_RE = re.compile(rf"(?:{ORGAN_SUFFIX}|中心|协会|学校|大学)$")
#: issuers that govern the whole country
NATIONAL_RE = re.compile(r"^(中共中央|中央|国务院|全国|国家|中华人民共和国|最高人民)|^[\u4e00-\u9fff]{1,6}部$")
#: administrative-division suffixes (a region is the longest prefix ending in one)
REGION_SUFFIX = "特别行政区|自治区|自治州|自治县|省|市|县|区|州|盟|旗|镇|乡"
_REGION_RE = re.compile(rf"(?:{REGION_SUFFIX})")
#: characters after 市/区/县 that show it was not a place name (市场, 区域, 县级)
_NOT_PLACE_AFTER = set("场域级长直属")
#: signature: an optional issuer then a date, alone on a line
_SIGNATURE_RE = re.compile(rf"^(?P<org>[{_CJK}（）() ]{{2,40}}?)?\s*(?P<date>{DATE_RE.pattern})\s*$")


def _compact(s: str) -> str:
    return re.sub(r"[\s，,。：:、（）()“”\"·—-]", "", s)


def title_like(line: str) -> bool:
    """A first line that can be a document title or headline."""
    s = line.strip()
    if not 4 <= len(s) <= 80 or match_marker(s) or is_date_line(s):
        return False
    if s[-1] in "。！？；：，、!?;:,":
        return False
    return not re.search(r"[。！？；!?;]", s[:-1])


#: the issuing-organ mark at the head of an official document (GB/T 9704-2012 版头):
#: "中共XX县教育局委员会文件", or the organ's name alone
_ISSUER_MARK_RE = re.compile(rf"^[{_CJK}（）() 　]{{2,50}}(?:文件|{ORGAN_SUFFIX})$")


def _masthead(text: str, lines: list[tuple[int, int]]) -> int | None:
    """Index of the title when the document opens with a 版头 (issuing-organ mark, then
    发文字号), as GB/T 9704-2012 lays official documents out, or with the organ's name right
    above a 关于…的通知 title; None otherwise."""
    texts = [text[s:e].strip() for s, e in lines[:5]]
    if not texts or not _ISSUER_MARK_RE.match(texts[0]) or "关于" in texts[0]:
        return None
    # the organ's name, then the title (关于…的通知, 2025年第三季度党建工作总结), the 发文字号
    # (if any) after it
    if len(texts) > 1 and title_like(texts[1]) and GENRE_END_RE.search(texts[1]) and not match_marker(texts[1]):
        return 1
    for j in (1, 2):
        if j + 1 < len(texts) and _DOC_NUMBER_LINE_RE.match(texts[j]):
            title = texts[j + 1]
            if title_like(title) and ("关于" in title or GENRE_END_RE.search(title)):
                return j + 1
            return None
    return None


def title_block(text: str, lines: list[tuple[int, int]]) -> tuple[int | None, int]:
    """(index of the title line or None, index of the first line after the title block)."""
    if not lines:
        return None, 0
    head = _masthead(text, lines)
    if head is not None:
        end = head + 1  # a 发文字号 or date set under the title belongs to the block
        while end < min(len(lines), head + 3) and _sure_block(text[lines[end][0]:lines[end][1]]):
            end += 1
        return head, end
    first = text[lines[0][0]:lines[0][1]]
    if not title_like(first):
        return None, 0
    title_c = _compact(first)
    limit = min(len(lines), 9)
    texts = [text[s:e] for s, e in lines[:limit]]
    # the last "sure" block line (date, 发文字号, "——在…上的报告") reached through short
    # heading-shaped lines only: the title repeated over two lines sits above it
    sure_end = 1
    for j in range(1, limit):
        line = texts[j]
        if _sure_block(line):
            sure_end = j + 1
        elif not (heading_shaped(line) or len(line) <= 12) or match_marker(line):
            break
    i = sure_end
    while i < limit:
        line = texts[i]
        nxt = text[lines[i + 1][0]:lines[i + 1][1]] if i + 1 < len(lines) else ""
        c = _compact(line)
        if match_marker(line) and not _DOC_NUMBER_LINE_RE.match(line):
            break
        if (_sure_block(line) or (len(c) >= 2 and c in title_c)
                or (len(line) <= 12 and not re.search(r"[。！？；：，、!?;:,]", line)
                    and _block_follow(nxt))):
            i += 1
            continue
        break
    return 0, i


def _sure_block(line: str) -> bool:
    """A date line, a 发文字号 line or a "——在…上的报告" subtitle."""
    return bool(is_date_line(line) or _DOC_NUMBER_LINE_RE.match(line)
                or (line.startswith("——") and len(line) <= 60 and not re.search("[。；]", line)))


def _block_follow(nxt: str) -> bool:
    """The line after an author line: a salutation (同志们：) or another block line."""
    return bool(re.match(rf"^[{_CJK}]{{2,8}}[：:！!]$", nxt)) or is_date_line(nxt) or nxt.startswith("——")


def extract_meta(text: str, lines: list[tuple[int, int]], title_idx: int | None, block_end: int,
                 cleaned_meta: dict[str, str], doc_type: str) -> Meta:
    """The document's own metadata from its title block, signature and page metadata."""
    meta = Meta(source=cleaned_meta.get("source"),
                author=cleaned_meta.get("author") or cleaned_meta.get("publisher"))
    title = text[lines[title_idx][0]:lines[title_idx][1]] if title_idx is not None else ""
    block = [text[s:e] for s, e in lines[:block_end]]
    # 发文字号
    for line in block:
        m = DOC_NUMBER_RE.search(line)
        if m:
            meta.doc_number = f"{m.group('org')}〔{m.group('year')}〕{m.group('num')}号"
            break
        m = ORDER_NUMBER_RE.search(line)
        if m:
            meta.doc_number = f"{m.group('org')}第{m.group('num')}号"
            break
    # date: the signature (成文日期) first, then the title block, then the page
    sig_org = None
    for s, e in lines[block_end:]:
        line = text[s:e]
        if len(line) > 50:
            continue
        m = _SIGNATURE_RE.match(line)
        if m:
            d = parse_date(m.group("date"))
            if d:
                meta.date = d
                sig_org = (m.group("org") or "").strip() or None
                break
    if meta.date is None:
        for line in block[1:]:
            for m in DATE_RE.finditer(line):
                d = normalise_match(m)
                if d:
                    meta.date = d
                    break
            if meta.date:
                break
    if meta.date is None and cleaned_meta.get("date"):
        meta.date = parse_date(cleaned_meta["date"]) or None
    if meta.date is None:  # "1978年…政府工作报告": the year the title opens with
        m = re.match(r"((?:19|20)\d{2})年", title)
        if m:
            meta.date = m.group(1)
    # issuer: the title's "X关于", an organ opening a title, the signature, the 版头's
    # issuing-organ mark above a title that opens with 关于, the source
    mark = text[lines[0][0]:lines[0][1]].strip() if title_idx else ""
    m = _ISSUER_BEFORE_GUANYU_RE.match(title)
    if m:
        meta.issuer = m.group("iss").strip()
    elif title_idx == 1 and _ISSUER_MARK_RE.match(mark):
        meta.issuer = re.sub(r"文件$", "", mark).strip() or None
    elif title and doc_type in ("policy", "report") and not title.startswith("关于"):
        m = _ORGAN_RE.match(title)
        if m:
            meta.issuer = m.group("org")
    if meta.issuer is None and sig_org and _ORGAN_END_RE.search(sig_org):
        meta.issuer = sig_org
    if meta.issuer is None and _ISSUER_MARK_RE.match(mark):  # the 版头's issuing-organ mark ("XX文件")
        meta.issuer = re.sub(r"文件$", "", mark).strip() or None
    if meta.issuer is None and meta.source and _ORGAN_END_RE.search(meta.source):
        meta.issuer = meta.source
    meta.region = region_of(meta.issuer) or (region_of(title.split("关于")[0]) if "关于" in title else None)
    return meta


def region_of(name: str | None) -> str | None:
    """The place an issuer governs: the longest prefix ending in 省/市/县/区… ; 全国 for
    national organs (国务院, 中共中央, 国家…, ministries)."""
    if not name:
        return None
    name = name.strip()
    if NATIONAL_RE.match(name.split()[0] if name.split() else name):
        return "全国"
    name = re.sub(r"^(?:中共|中国共产党)", "", name)  # 中共临沣县教育局委员会 governs 临沣县
    best = None
    for m in _REGION_RE.finditer(name):
        end = m.end()
        if end < 2 or not re.fullmatch(f"[{_CJK}]+", name[:end]):
            continue
        if end < len(name) and name[end] in _NOT_PLACE_AFTER:
            continue
        best = name[:end]
    return best


# --------------------------------------------------------------------------- doc type


@lru_cache(maxsize=1)
def _doctype_rules() -> dict:
    try:
        raw = yaml.safe_load(resources.files("policytext").joinpath(
            "data/structure/doctype.yaml").read_text("utf-8"))
        rules = []
        for r in raw["rules"]:
            r = dict(r)
            if "pattern" in r:
                r["re"] = re.compile(r["pattern"], re.MULTILINE)
            rules.append(r)
        return {"min": raw["min_score"], "genres": raw["genres"], "rules": rules,
                "readings": tuple(raw.get("readings") or ())}
    except (OSError, KeyError, TypeError, re.error, yaml.YAMLError) as exc:
        raise DataError(f"document-type rules are unreadable: {exc}") from exc


def doc_type_scores(text: str, title: str | None, head: str, headings: list[str],
                    articles: int, fields: dict[str, str | None]) -> dict[str, int]:
    """Score of each genre under the rules in data/structure/doctype.yaml."""
    cfg = _doctype_rules()
    scores = {g: 0 for g in cfg["genres"]}
    kchars = max(len(text) / 1000, 1.0)
    for r in cfg["rules"]:
        cap = r.get("cap", 1)
        where = r["where"]
        if where == "meta":
            hits = int(all(fields.get(f) for f in r["field"].split("+")))
        elif where == "articles":
            hits = int(articles >= r["min"])
        else:
            if where == "title":
                targets = [title or ""]
            elif where == "head":
                targets = [head]
            elif where == "headings":
                targets = headings
            else:
                targets = [text]
            hits = sum(len(r["re"].findall(t)) for t in targets)
            if r.get("per_kchars"):
                hits = int(hits / kchars)
        scores[r["genre"]] += r["weight"] * min(hits, cap)
    return scores


def is_reading(title: str | None) -> bool:
    """Is a document with this title a reading of a policy (政策解读, 答记者问)? It is typed
    as news, but restates the policy's duties (``readings`` in doctype.yaml)."""
    return bool(title) and any(w in title for w in _doctype_rules()["readings"])


def decide_doc_type(scores: dict[str, int]) -> str:
    """The best genre, or "other" below the minimum score."""
    cfg = _doctype_rules()
    best = max(cfg["genres"], key=lambda g: (scores[g], -cfg["genres"].index(g)))
    return best if scores[best] >= cfg["min"] else "other"


def headings_of(sections: list[Section]) -> list[str]:
    out: list[str] = []
    stack = list(reversed(sections))
    while stack:
        s = stack.pop()
        out.append(s.heading)
        stack.extend(reversed(s.children))
    return out
