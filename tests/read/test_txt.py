from __future__ import annotations

import pytest

from policytext.errors import EmptyDocument, FileTooLarge, NotText
from policytext.read._common import decode_bytes
from policytext.read.txt import read_txt

from .fixtures import seed_text

ENCODINGS = [
    # (how the bytes are written, the codec we must report)
    (lambda s: s.encode("utf-8"), "utf-8"),
    (lambda s: s.encode("utf-8-sig"), "utf-8-sig"),
    (lambda s: s.encode("gb18030"), "gb18030"),
    (lambda s: s.encode("utf-16"), "utf-16-le"),  # Python writes a little-endian BOM
    (lambda s: b"\xfe\xff" + s.encode("utf-16-be"), "utf-16-be"),
    (lambda s: s.encode("utf-16-be"), "utf-16-be"),  # no BOM at all
]


@pytest.mark.parametrize("seed", ["001", "003"])
@pytest.mark.parametrize("encode,codec", ENCODINGS)
def test_every_encoding_gives_the_same_text(tmp_path, seed, encode, codec):
    text = seed_text(seed).replace("\xa0", " ")
    path = tmp_path / "doc.txt"
    path.write_bytes(encode(text))
    raw = read_txt(path)
    assert raw.text == text
    assert raw.provenance.encoding == codec
    assert raw.provenance.size == path.stat().st_size
    assert len(raw.provenance.sha256) == 64


# short GBK lines are where charset detection goes wrong (read as Korean cp949)
SHORT_GBK = ["一、指导思想", "各位代表：", "（一）充分发挥学校党组织政治核心作用", "政府工作报告", "三、保障措施"]


@pytest.mark.parametrize("line", SHORT_GBK)
@pytest.mark.parametrize("codec", ["gbk", "gb2312", "gb18030"])
def test_short_gb_text_is_decoded_as_gb18030(line, codec):
    text, used = decode_bytes(line.encode(codec))
    assert (text, used) == (line, "gb18030")


def test_big5_is_not_forced_into_gb():
    line = "中華民國政府工作報告，各位代表"
    text, used = decode_bytes(line.encode("big5"))
    assert text == line and used == "big5"


def test_declared_gbk_is_read_as_gb18030_superset():
    line = "䶮 is in GB18030 but not GBK: 东昌区"  # a rare ideograph GBK lacks
    text, used = decode_bytes(line.encode("gb18030"), declared="gbk")
    assert text == line and used == "gb18030"


@pytest.mark.parametrize("ending", ["\r\n", "\r", "\u2028"])
def test_line_ends_become_lf(tmp_path, ending):
    path = tmp_path / "doc.txt"
    path.write_text(ending.join(["一、指导思想", "认真贯彻落实。", ""]), encoding="utf-8", newline="")
    assert read_txt(path).text == "一、指导思想\n认真贯彻落实。\n"


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", "\u3000\n".encode("utf-8")])
def test_empty_or_blank_file(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(EmptyDocument):
        read_txt(path)


JUNK = [
    bytes(range(256)) * 40,  # every byte value, NULs included
    b"\x01\x02\x03\x04\x05abc" * 400,  # control characters
    b"\x89PNG\r\n\x1a\n" + bytes(range(1, 256)) * 30,  # an image header and binary
]


@pytest.mark.parametrize("content", JUNK)
def test_binary_junk_is_not_text(tmp_path, content):
    path = tmp_path / "junk.txt"
    path.write_bytes(content)
    with pytest.raises(NotText, match="does not look like text"):
        read_txt(path)


def test_size_limit_is_a_parameter(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_text(seed_text("001"), encoding="utf-8")
    with pytest.raises(FileTooLarge, match="over the"):
        read_txt(path, max_bytes=1000)


@pytest.mark.parametrize("codec", ["utf-8", "gb18030"])
def test_fifty_megabyte_text_reads_whole(tmp_path, codec):
    """A 50 MB report archive reads completely (no timing asserted; it takes ~1 s)."""
    chunk = seed_text("001")
    reps = (50 * 2**20) // len(chunk.encode(codec)) + 1
    path = tmp_path / "big.txt"
    with path.open("wb") as fh:
        data = chunk.encode(codec)
        for _ in range(reps):
            fh.write(data)
    raw = read_txt(path)
    assert raw.provenance.size >= 50 * 2**20
    assert raw.provenance.encoding == codec
    assert len(raw.text) == len(chunk) * reps
    assert raw.text.endswith(chunk)
