"""Official documents that open with a 版头 (GB/T 9704-2012): issuing-organ mark, 发文字号,
then the title and the 主送机关 line. Documents written here in that layout
(corpora/classify/written) and short real-shaped phrases."""
from __future__ import annotations

import pytest

import policytext as pt

from ..conftest import CORPORA

W = CORPORA / "classify" / "written"


@pytest.mark.parametrize(
    "name, title_end, number, issuer, region",
    [
        ("wp_01", "关于加强新时代中小学校党的建设工作的实施意见", "青教党发〔2022〕5号", "中共青岚县教育局委员会", "青岚县"),
        ("wp_05", "关于开展2023年全县教育系统党员冬春训工作的通知", "临教党〔2023〕12号", "中共临沣县教育局委员会", "临沣县"),
        ("wp_07", "负面清单及处理办法》的通知", "鹤教发〔2022〕31号", None, "鹤岭区"),
    ],
)
def test_masthead_documents(name, title_end, number, issuer, region):
    doc = pt.load(W / f"{name}.txt")
    assert doc.title.endswith(title_end)
    assert "文件" not in doc.title and "：" not in doc.title  # not the mark, not glued to 主送机关
    assert doc.meta.doc_number == number
    if issuer:
        assert doc.meta.issuer == issuer
    assert doc.meta.region == region
    assert doc.doc_type == "policy"


def test_a_title_is_not_joined_to_the_addressee_line():
    text = ("某某县教育局文件\n某教发〔2024〕3号\n某某县教育局关于做好2024年教育系统党建工作的通知\n"
            "各中小学校、幼儿园，局属各单位：\n现将有关事项通知如下。\n")
    doc = pt.parse_text(text)
    assert doc.title == "某某县教育局关于做好2024年教育系统党建工作的通知"
    assert "各中小学校、幼儿园，局属各单位：" in doc.text.splitlines()
    assert doc.meta.doc_number == "某教发〔2024〕3号"


@pytest.mark.parametrize("layout", ["{organ}\n{title}\n\n{number}\n", "{organ}\n{title}\n"])
def test_the_organs_name_above_a_title_is_no_title(layout):
    """中共…委员会 on the first line, the 关于…的通知 under it, the 发文字号 (if any) after: the
    title is the second line, the issuer the first; a notice is a policy, not news."""
    head = layout.format(organ="中共澄川区委教育工作委员会",
                         title="关于开展2025年度中小学校党组织换届和党员档案整理专项工作的通知",
                         number="澄教工委〔2025〕31号")
    doc = pt.parse_text(head + "各中小学校党组织：\n现将有关事项通知如下。\n一、工作要求\n"
                        "1. 各学校每季度至少开展1次党员档案管理自查。\n中共澄川区委教育工作委员会\n2025年8月25日\n")
    assert doc.title == "关于开展2025年度中小学校党组织换届和党员档案整理专项工作的通知"
    assert doc.meta.issuer == "中共澄川区委教育工作委员会"
    assert doc.meta.region == "澄川区"
    assert doc.meta.doc_number == ("澄教工委〔2025〕31号" if "number" in layout else None)
    assert doc.doc_type == "policy"


def test_the_organs_name_above_a_reports_title_is_its_issuer():
    doc = pt.parse_text("中共临溪区枫林初级中学支部委员会\n2025年第三季度党建工作总结\n"
                        "第三季度，支部围绕暑期党员管理扎实推进各项工作。现将本季度工作总结如下。\n"
                        "一、组织生活\n7月8日召开支委会。\n中共临溪区枫林初级中学支部委员会\n2025年9月30日\n")
    assert doc.title == "2025年第三季度党建工作总结"
    assert doc.meta.issuer == "中共临溪区枫林初级中学支部委员会"
    assert doc.doc_type == "report"
