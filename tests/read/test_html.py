from __future__ import annotations

import pytest

from policytext.errors import EmptyDocument
from policytext.read.html import declared_charset, read_html

from .fixtures import CHROME, make_html, seed_body


def squash(s: str) -> str:
    return "".join(s.split())


@pytest.mark.parametrize("encoding,declare,codec", [
    ("utf-8", True, "utf-8"),
    ("gbk", True, "gb18030"),
    ("gbk", False, "gb18030"),  # undeclared GBK page: detected
    ("gb18030", True, "gb18030"),
])
@pytest.mark.parametrize("seed", ["003", "001"])
def test_article_kept_chrome_dropped(tmp_path, seed, encoding, declare, codec, body_003, body_001):
    body = body_003 if seed == "003" else body_001
    path = make_html(body, tmp_path / "page.html", encoding, declare=declare)
    raw = read_html(path)
    assert raw.provenance.format == "html"
    assert raw.provenance.encoding == codec
    assert squash(raw.text) == squash(body)  # every body character, nothing else
    for chrome in CHROME:
        if chrome not in body:  # a nav label such as 党建工作 may also be a body phrase
            assert chrome not in raw.text


def test_lines_headings_and_table(built, body_003):
    raw = read_html(built["html_gbk"])
    lines = raw.text.split("\n")
    assert lines[0] == "东昌区关于进一步加强全区学校党的建设工作的实施意见"
    assert "一、指导思想" in lines and "(一)充分发挥学校党组织政治核心作用" in lines
    i = lines.index("项目\t数量")
    assert lines[i - 1] == "" and lines[i + 1] == "基层党支部\t66个" and lines[i + 5] == ""
    meta = raw.provenance.metadata
    assert meta["title"] == lines[0]
    assert meta["date"] == "2017-08-29"
    assert meta["author"] == "管理员"
    assert meta["source"] == "东昌区教育局"


def test_old_table_layout_page_with_br_paragraphs(tmp_path):
    """An old CMS page: layout tables, <br>-separated paragraphs in <font>, GBK undeclared."""
    lines = [ln for ln in seed_body("001").split("\n") if ln][:8]
    brs = "<br>\n".join("&nbsp;&nbsp;&nbsp;&nbsp;" + ln for ln in lines[1:])
    page = (
        f"<html><head><title>{lines[0]}</title></head><body><table width=980>"
        "<tr><td><a href=/>首页</a> | <a href=/a>新闻中心</a> | <a href=/b>通知公告</a></td></tr>"
        "<tr><td width=200><b>最新动态</b><br><a href=/1>市教育局召开全市教育系统安全工作会议</a><br>"
        "<a href=/2>我区举行中小学教师基本功大赛颁奖仪式</a></td>"
        f"<td><div align=center><font size=5><b>{lines[0]}</b></font></div><br><font size=3>{brs}</font></td></tr>"
        "<tr><td colspan=2>版权所有：阳谷县教育和体育局 鲁ICP备12345678号</td></tr></table></body></html>"
    )
    path = tmp_path / "old.htm"
    path.write_bytes(page.encode("gbk"))
    raw = read_html(path)
    out = raw.text.split("\n")
    assert out[: len(lines)] == lines  # one paragraph per line, title first
    for chrome in ("首页", "最新动态", "基本功大赛", "版权所有", "ICP备"):
        assert chrome not in raw.text


def test_small_page_falls_back_or_extracts(tmp_path):
    path = tmp_path / "tiny.html"
    path.write_text("<html><body><div>通知</div><p>明天放假。</p></body></html>", encoding="utf-8")
    assert squash(read_html(path).text) == "通知明天放假。"


@pytest.mark.parametrize("page", [
    "<html><body><div><img src=a.png></div></body></html>",
    "<html><head><title>空</title><script>var a=1;</script></head><body>  </body></html>",
])
def test_page_without_text(tmp_path, page):
    path = tmp_path / "empty.html"
    path.write_text(page, encoding="utf-8")
    with pytest.raises(EmptyDocument):
        read_html(path)


@pytest.mark.parametrize("head,expected", [
    (b'<meta charset="gb2312">', "gb2312"),
    (b'<meta http-equiv="Content-Type" content="text/html; charset=GBK" />', "GBK"),
    (b'<?xml version="1.0" encoding="utf-8"?><html>', "utf-8"),
    (b"<html><head><title>x</title>", None),
])
def test_declared_charset(head, expected):
    assert declared_charset(head) == expected
