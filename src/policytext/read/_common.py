"""What every reader shares: size limit, file loading, provenance, byte decoding.

Decoding lives here because both the plain-text and the HTML reader face the same
Chinese files: UTF-8 (with or without BOM), GB2312/GBK/GB18030 and UTF-16.
"""
from __future__ import annotations

import codecs
import hashlib
import re
from importlib import resources
from pathlib import Path

from ..errors import FileTooLarge, InputNotFound, NotText
from ..records import Provenance

#: files above this many bytes are refused (a parameter of every reader)
MAX_BYTES = 200 * 1024 * 1024

#: byte-order marks, longest first (UTF-32 LE starts with the UTF-16 LE mark)
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: codecs that are subsets of GB18030: decode with the superset so rare characters survive
GB_FAMILY = {"gb2312", "gbk", "gb18030", "cp936", "ms936", "euc-cn", "euccn", "x-gbk",
             "hz-gb-2312", "gb_2312", "gb_2312-80", "csgb2312", "chinese", "iso-ir-58"}

#: share of control characters (other than TAB/LF/CR/FF) above which a text is junk
MAX_CONTROL_SHARE = 0.02

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_LINE_ENDS = re.compile(r"\r\n?|[\u2028\u2029\x85]")


def load_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The file's bytes, after checking it exists and is not over the size limit."""
    if not path.is_file():
        raise InputNotFound("no such file", path=str(path))
    size = path.stat().st_size
    if size > max_bytes:
        raise FileTooLarge(
            f"file is {size / 2**20:.0f} MB, over the {max_bytes / 2**20:.0f} MB limit",
            path=str(path),
        )
    return path.read_bytes()


def provenance(path: Path, data: bytes, fmt: str, **kwargs: object) -> Provenance:
    """A Provenance with size and sha256 of ``data`` filled in."""
    return Provenance(path=str(path), format=fmt, size=len(data),
                      sha256=hashlib.sha256(data).hexdigest(), **kwargs)  # type: ignore[arg-type]


def canonical_codec(name: str) -> str:
    """A codec name Python knows; any GB2312/GBK label becomes GB18030 (the superset)."""
    low = name.strip().lower().replace("_", "-")
    if low in GB_FAMILY or low.replace("-", "_") in GB_FAMILY:
        return "gb18030"
    try:
        return codecs.lookup(low).name
    except LookupError:
        return low


def bom_codec(data: bytes) -> str | None:
    """The codec a leading byte-order mark names, or None."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            return codec
    return None


def decode_bytes(data: bytes, declared: str | None = None, *, path: str | None = None
                 ) -> tuple[str, str]:
    """Decode text bytes honestly; return ``(text, codec used)``.

    Order: byte-order mark, then a declared charset (HTML meta) when it decodes strictly,
    then strict UTF-8, then GB18030 when it decodes strictly and looks like Chinese, then
    charset-normalizer. Raises NotText when nothing decodes to plausible text.
    """
    codec = bom_codec(data)
    if codec:
        text = data.decode(codec, errors="replace")
        return (text.removeprefix("\ufeff")), codec
    if b"\x00" in data[:65536]:
        codec = _bomless_utf16(data)
        if codec is None:
            raise NotText("does not look like text (it holds NUL bytes)", path=path)
        return data.decode(codec, errors="replace"), codec
    candidates = []
    if declared:
        candidates.append(canonical_codec(declared))
    candidates.append("utf-8")
    for cand in candidates:
        try:
            return data.decode(cand), cand
        except (UnicodeDecodeError, LookupError):
            continue
    guess = _normalizer_guess(data)
    guessed: str | None = None
    if guess:
        try:
            guessed = data.decode(guess)
        except (UnicodeDecodeError, LookupError):
            guessed = None
    try:
        gb: str | None = data.decode("gb18030")
    except UnicodeDecodeError:
        gb = None
    # short Chinese text can fool charset-normalizer (GBK read as Korean cp949): keep its
    # guess unless GB18030 reads as clearly more Chinese (ideographs, CJK punctuation)
    if guessed is not None and guess is not None and (
            gb is None or guess == "gb18030" or _ideograph_share(gb) < 0.9
            or _ideograph_share(gb) < _ideograph_share(guessed) + 0.2):
        return guessed, guess
    if gb is not None and _ideograph_share(gb) >= 0.5:
        return gb, "gb18030"
    raise NotText("does not look like text (no known encoding decodes it)", path=path)


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark (rare but real): the byte order that decodes a
    sample into mostly Chinese, ASCII and punctuation, else None."""
    sample = data[: 65536 - 65536 % 2] if len(data) > 65536 else data[: len(data) - len(data) % 2]
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(codec)
        except UnicodeDecodeError:
            continue
        plausible = sum(1 for ch in text if ch in "\t\n\r" or " " <= ch <= "~"
                        or "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"
                        or "\u2000" <= ch <= "\u206f")
        if text and plausible / len(text) > 0.95:
            return codec
    return None


def _normalizer_guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    # a sample is enough to decide and keeps a 50 MB file linear and fast
    sample = data if len(data) <= 1 << 20 else data[: 1 << 20]
    best = from_bytes(sample, cp_isolation=None).best()
    if best is None:
        return None
    return canonical_codec(best.encoding)


def _ideograph_share(text: str) -> float:
    """Share of the non-ASCII characters (in a sample) that are CJK ideographs or CJK
    punctuation; 1.0 for pure ASCII."""
    sample = [ch for ch in text[:20000] if ch > "\x7f"]
    if not sample:
        return 1.0
    cjk = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f"
              or "\uff00" <= ch <= "\uffef" or "\u2010" <= ch <= "\u2027")
    return cjk / len(sample)


def check_text(text: str, *, path: str | None = None) -> None:
    """Raise NotText when a decoded text is mostly control characters (binary junk)."""
    sample = text[:200000]
    if not sample:
        return
    controls = len(_CONTROL.findall(sample))
    if "\x00" in sample or controls / len(sample) > MAX_CONTROL_SHARE:
        raise NotText("does not look like text (too many control characters)", path=path)
    bad = sample.count("\ufffd")
    if bad / len(sample) > MAX_CONTROL_SHARE:
        raise NotText("does not look like text (too many undecodable bytes)", path=path)


def normalise_line_ends(text: str) -> str:
    """CRLF, CR and Unicode line/paragraph separators to LF."""
    if "\r" not in text and "\u2028" not in text and "\u2029" not in text and "\x85" not in text:
        return text
    return _LINE_ENDS.sub("\n", text)


def load_markers(name: str) -> tuple[str, ...]:
    """A one-entry-per-line marker list from ``policytext/data/read`` (# starts a comment)."""
    raw = resources.files("policytext").joinpath("data", "read", name).read_text(encoding="utf-8")
    return tuple(
        line.strip() for line in raw.splitlines() if line.strip() and not line.lstrip().startswith("#")
    )


def join_lines(lines: list[str]) -> str:
    """Lines to text; an empty string in ``lines`` marks a table edge, and a table keeps
    exactly one empty line before and after it."""
    out: list[str] = []
    for ln in lines:
        if ln == "":
            if out and out[-1] != "":
                out.append("")
            continue
        out.append(ln)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n" if out else ""
