"""Build report_cl.docx: a school party branch's 2025 ideology-work report as it comes
back from review with Track Changes on (w:ins / w:del) and reviewer comments.

Also writes report_cl_accepted.txt (all changes accepted, comments dropped), read back
from the saved .docx, and prints a few checks.

Run:  .venv/bin/python corpora/check/written/make_report_cl.py (from the repository root)
"""
import os
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DOCX = os.path.join(HERE, "report_cl.docx")
OUT_TXT = os.path.join(HERE, "report_cl_accepted.txt")

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REVIEWER = "陈晓梅"
REVIEWER_INITIALS = "CXM"
REV_DATE = "2026-01-13T09:30:00Z"
AUTHOR = "明溪中学党总支办公室"

# ---------------------------------------------------------------------------
# Content.  Each paragraph is (style, [segments]).  Segment kinds:
#   ("t", text)     ordinary text
#   ("del", text)   tracked deletion by the reviewer
#   ("ins", text)   tracked insertion by the reviewer
#   ("cs", n)       comment n range start
#   ("ce", n)       comment n range end + reference mark
# ---------------------------------------------------------------------------
COMMENTS = {
    0: "此处数据请与会议记录台账核对。",
    1: "建议补充师德师风建设方面的工作情况。",
    2: "建议补充授课学生人数。",
    3: "班级、社团账号清理登记工作经核实尚未开展，相关表述已删除，请在下一步打算中予以体现。",
}

P = []  # paragraphs

P.append(("Title", [("t", "中共岚川市明溪中学总支部委员会2025年度意识形态工作责任制落实情况报告")]))
P.append(("Normal-noindent", [("t", "市教育局党委：")]))
P.append(("Normal", [("t",
    "2025年，学校党总支坚持以习近平新时代中国特色社会主义思想为指导，认真落实意识形态工作责任制，"
    "把意识形态工作摆在学校党建工作的重要位置，全校政治生态和育人环境持续向好。学校现有教职工128人，"
    "党员76名，下设4个党支部。现将有关情况报告如下。")]))

P.append(("Heading 1", [("t", "一、主要工作及成效")]))
P.append(("Heading 2", [("t", "（一）落实主体责任，健全工作机制")]))
P.append(("Normal", [
    ("t", "党总支书记严格履行第一责任人职责，年初亲自主持制定《2025年学校意识形态工作要点》，"
          "对开学典礼、“七一”表彰大会等重要活动方案亲自审定，对教师网络言论等敏感问题亲自过问、亲自处置。"),
    ("cs", 0),
    ("t", "党总支全年召开会议专题研究意识形态工作"),
    ("del", "4次"), ("ins", "3次"),
    ("t", "，其中上半年"),
    ("del", "2次"), ("ins", "1次"),
    ("t", "、下半年2次"),
    ("ce", 0),
    ("t", "，分析研判形势，部署阶段性任务。"),
]))
P.append(("Normal", [("t",
    "将意识形态工作纳入党支部书记抓党建述职评议考核，在百分制考核细则中设置意识形态工作分值8分，"
    "考核结果作为支部评星定级的重要依据。")]))
P.append(("Normal", [
    ("t", "全年共开展意识形态领域风险隐患排查"),
    ("del", "4次"), ("ins", "3次"),
    ("t", "，梳理出教师个人自媒体使用、学生网络社交等方面风险点5个，均已落实整改措施。"),
]))

P.append(("Heading 2", [("cs", 1), ("t", "（二）强化理论武装，筑牢思想根基"), ("ce", 1)]))
P.append(("Normal", [
    ("t", "党总支理论学习中心组全年集中学习研讨"),
    ("del", "12次"), ("ins", "10次"),
    ("t", "，围绕党的二十届三中全会精神、习近平总书记关于教育的重要论述等内容开展专题研讨，"
          "班子成员撰写心得体会21篇。"),
]))
P.append(("Normal", [("t",
    "坚持每周三下午政治理论学习制度，采取集中学习、支部研学、线上自学相结合的方式，"
    "全校128名教职工全年累计参加政治理论学习3328学时。")]))
P.append(("Normal", [("t",
    "各党支部严格落实“三会一课”制度，把意识形态内容纳入支部学习计划，全年开展主题党日活动48次。")]))
P.append(("Normal", [
    ("cs", 2),
    ("t", "党总支书记带头走上讲台，春季学期为初二年级学生讲授“中国式现代化”专题思政课1次，"
          "秋季学期为高一年级学生讲授“赓续红色血脉”专题思政课1次。"),
    ("ce", 2),
]))
P.append(("Normal", [
    ("t", "选派全校班主任和思政课教师参加市教育局举办的意识形态工作专题培训，应参训46人，实际参训"),
    ("del", "42人"), ("ins", "46人"),
    ("t", "。"),
]))
P.append(("Normal", [("t",
    "教学处组织开展青年教师课堂教学比武活动，23名青年教师参赛，以赛促教，课堂教学质量稳步提升。"
    "党总支班子成员与2025年新入职的9名教师逐一开展谈心谈话，帮助其尽快适应岗位。")]))

P.append(("Heading 2", [("t", "（三）严格阵地管理，守牢宣传主阵地")]))
P.append(("Normal", [("t",
    "学校宣传栏、电子屏、广播站和《明溪》校报均明确专人负责，所有发布内容严格执行“三审三校”，"
    "全年未发生导向性差错。")]))
P.append(("Normal", [("t",
    "围绕建党104周年、中国人民抗日战争暨世界反法西斯战争胜利80周年等重要节点，"
    "利用升旗仪式、主题班会、校园广播开展爱国主义教育活动30余场，营造了积极向上的校园氛围。")]))
P.append(("Normal", [("t",
    "全年举办各类报告会、讲座15场，其中邀请校外专家主讲4场，均按“一会一报”要求提前3个工作日报党总支审批。")]))
P.append(("Normal", [
    ("cs", 3),
    ("t", "加强学校门户网站和“明溪中学”微信公众号管理，落实信息发布先审后发制度。"),
    ("ce", 3),
    ("del", "对各班级、社团自行开设的微信公众号、视频号进行了全面清理登记，完成备案12个，关停未经审批账号3个。"),
]))
P.append(("Normal", [("t",
    "组建由7名青年骨干教师组成的网络评论员队伍，围绕学校重大活动开展网上正面宣传，"
    "全年发布、转发正面稿件160余篇。建立网络舆情监测处置机制，由信息中心2名教师每日巡查涉校网络信息，"
    "全年处置涉校网络舆情2起。")]))
P.append(("Normal", [("t",
    "联合城东派出所开展校园周边交通秩序和安全隐患整治2次，上下学时段校门口拥堵状况明显改善。")]))

P.append(("Heading 1", [("t", "二、存在的问题")]))
P.append(("Normal", [
    ("t", "对照上级要求，学校意识形态工作还存在一些不足：一是班级图书角的课外读物多为学生捐赠，"
          "部分读物未经审核即上架，把关存在漏洞；二是意识形态工作台账不够规范，部分活动过程性资料缺失，"
          "归档不及时。"),
    ("ins", "三是涉校网络舆情报送时效性不足，9月份一起涉校网络舆情未能在1小时内报告市教育局。"),
]))

P.append(("Heading 1", [("t", "三、下一步工作打算")]))
P.append(("Normal", [("t",
    "2026年，党总支将坚持问题导向，重点抓好以下工作：一是对班级、社团自行开设的微信公众号、视频号等"
    "新媒体账号开展全面清理登记，未经审批的一律关停；二是建立学生思想动态分析制度，由各年级组每月汇总"
    "研判学生思想状况；三是深入挖掘“溪润”办学传统，着力打造“一校一品”校园文化品牌；四是规范意识形态"
    "工作台账，加强资料归档，切实把意识形态工作责任制落到实处。")]))

P.append(("Signature", [("t", "中共岚川市明溪中学总支部委员会")]))
P.append(("Signature", [("t", "2026年1月15日")]))


# ---------------------------------------------------------------------------
# XML helpers
# ---------------------------------------------------------------------------
_next_rev_id = [100]


def _rev_id():
    _next_rev_id[0] += 1
    return str(_next_rev_id[0])


def _run(text, deleted=False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def _tracked(kind, text):
    el = OxmlElement("w:" + kind)  # w:ins or w:del
    el.set(qn("w:id"), _rev_id())
    el.set(qn("w:author"), REVIEWER)
    el.set(qn("w:date"), REV_DATE)
    el.append(_run(text, deleted=(kind == "del")))
    return el


def _comment_start(n):
    el = OxmlElement("w:commentRangeStart")
    el.set(qn("w:id"), str(n))
    return el


def _comment_end_and_ref(n):
    end = OxmlElement("w:commentRangeEnd")
    end.set(qn("w:id"), str(n))
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    rs = OxmlElement("w:rStyle")
    rs.set(qn("w:val"), "CommentReference")
    rpr.append(rs)
    r.append(rpr)
    ref = OxmlElement("w:commentReference")
    ref.set(qn("w:id"), str(n))
    r.append(ref)
    return [end, r]


def _set_east_asian(style, font, size_pt, bold=None):
    style.font.name = font
    style.font.size = Pt(size_pt)
    if bold is not None:
        style.font.bold = bold
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), font)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rfonts.get(qn(attr)) is not None:
            del rfonts.attrib[qn(attr)]


def _add_character_style_comment_reference(doc):
    styles = doc.styles.element
    for sid, name, kind in (("CommentReference", "annotation reference", "character"),
                            ("CommentText", "annotation text", "paragraph")):
        st = OxmlElement("w:style")
        st.set(qn("w:type"), kind)
        st.set(qn("w:styleId"), sid)
        nm = OxmlElement("w:name")
        nm.set(qn("w:val"), name)
        st.append(nm)
        based = OxmlElement("w:basedOn")
        based.set(qn("w:val"), "DefaultParagraphFont" if kind == "character" else "Normal")
        st.append(based)
        semi = OxmlElement("w:semiHidden")
        st.append(semi)
        rpr = OxmlElement("w:rPr")
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), "16" if kind == "character" else "20")
        rpr.append(sz)
        st.append(rpr)
        styles.append(st)


def _comments_part(doc):
    root = etree.Element(qn("w:comments"), nsmap={"w": W_NS})
    for n, text in COMMENTS.items():
        c = etree.SubElement(root, qn("w:comment"))
        c.set(qn("w:id"), str(n))
        c.set(qn("w:author"), REVIEWER)
        c.set(qn("w:date"), REV_DATE)
        c.set(qn("w:initials"), REVIEWER_INITIALS)
        p = etree.SubElement(c, qn("w:p"))
        ppr = etree.SubElement(p, qn("w:pPr"))
        ps = etree.SubElement(ppr, qn("w:pStyle"))
        ps.set(qn("w:val"), "CommentText")
        r1 = etree.SubElement(p, qn("w:r"))
        rpr = etree.SubElement(r1, qn("w:rPr"))
        rs = etree.SubElement(rpr, qn("w:rStyle"))
        rs.set(qn("w:val"), "CommentReference")
        etree.SubElement(r1, qn("w:annotationRef"))
        r2 = etree.SubElement(p, qn("w:r"))
        t = etree.SubElement(r2, qn("w:t"))
        t.text = text
    blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    part = Part(PackURI("/word/comments.xml"), CT.WML_COMMENTS, blob, doc.part.package)
    doc.part.relate_to(part, RT.COMMENTS)


def _track_revisions_on(doc):
    settings = doc.settings.element
    tr = OxmlElement("w:trackRevisions")
    anchor = settings.find(qn("w:proofState"))
    if anchor is None:
        anchor = settings.find(qn("w:zoom"))
    anchor.addnext(tr)


def build():
    doc = Document()
    doc.core_properties.author = AUTHOR
    doc.core_properties.title = "2025年度意识形态工作责任制落实情况报告"
    doc.core_properties.last_modified_by = REVIEWER

    _set_east_asian(doc.styles["Normal"], "仿宋", 16)
    _set_east_asian(doc.styles["Title"], "方正小标宋简体", 22, bold=False)
    _set_east_asian(doc.styles["Heading 1"], "黑体", 16, bold=False)
    _set_east_asian(doc.styles["Heading 2"], "楷体", 16, bold=True)
    for name in ("Title", "Heading 1", "Heading 2"):
        doc.styles[name].font.color.rgb = None
    _add_character_style_comment_reference(doc)

    for style, segs in P:
        if style == "Normal-noindent":
            para = doc.add_paragraph(style="Normal")
        elif style == "Signature":
            para = doc.add_paragraph(style="Normal")
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        else:
            para = doc.add_paragraph(style=style)
        if style == "Title":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if style == "Normal":
            para.paragraph_format.first_line_indent = Pt(32)
        p = para._p
        for kind, val in segs:
            if kind == "t":
                p.append(_run(val))
            elif kind in ("ins", "del"):
                p.append(_tracked(kind, val))
            elif kind == "cs":
                p.append(_comment_start(val))
            elif kind == "ce":
                for el in _comment_end_and_ref(val):
                    p.append(el)
            else:
                raise ValueError(kind)

    _comments_part(doc)
    _track_revisions_on(doc)
    doc.save(OUT_DOCX)


# ---------------------------------------------------------------------------
# Read back from the saved file
# ---------------------------------------------------------------------------
def read_paragraphs(path, mode="accepted"):
    """mode: 'accepted' (skip w:del, keep w:ins), 'original' (keep w:del text, skip w:ins),
    'naive' (every w:t and w:delText in order)."""
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(qn("w:p")):
        buf = []
        for el in p.iter(qn("w:t"), qn("w:delText")):
            in_del = any(a.tag == qn("w:del") for a in el.iterancestors())
            in_ins = any(a.tag == qn("w:ins") for a in el.iterancestors())
            if mode == "accepted" and in_del:
                continue
            if mode == "original" and in_ins:
                continue
            buf.append(el.text or "")
        out.append("".join(buf))
    return out


def check(path):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        ctypes = z.read("[Content_Types].xml").decode()
        rels = z.read("word/_rels/document.xml.rels").decode()
        doc_xml = etree.fromstring(z.read("word/document.xml"))
        com_xml = etree.fromstring(z.read("word/comments.xml"))
        settings = z.read("word/settings.xml").decode()
    assert "word/comments.xml" in names
    assert "comments+xml" in ctypes and "/comments" in rels
    assert "trackRevisions" in settings
    ins = doc_xml.findall(".//" + qn("w:ins"))
    dels = doc_xml.findall(".//" + qn("w:del"))
    ids = [e.get(qn("w:id")) for e in ins + dels]
    assert len(ids) == len(set(ids))
    starts = {e.get(qn("w:id")) for e in doc_xml.iter(qn("w:commentRangeStart"))}
    ends = {e.get(qn("w:id")) for e in doc_xml.iter(qn("w:commentRangeEnd"))}
    refs = {e.get(qn("w:id")) for e in doc_xml.iter(qn("w:commentReference"))}
    cids = {e.get(qn("w:id")) for e in com_xml.iter(qn("w:comment"))}
    assert starts == ends == refs == cids, (starts, ends, refs, cids)
    print("ins:", len(ins), [e.findtext(".//" + qn("w:t")) for e in ins])
    print("del:", len(dels), [e.findtext(".//" + qn("w:delText")) for e in dels])
    print("comments:", sorted(cids))


if __name__ == "__main__":
    build()
    check(OUT_DOCX)
    # python-docx must be able to reopen it
    d2 = Document(OUT_DOCX)
    print("styles:", sorted({p.style.name for p in d2.paragraphs}))
    acc = [s for s in read_paragraphs(OUT_DOCX, "accepted") if s.strip()]
    with open(OUT_TXT, "w", encoding="utf-8") as f:
        f.write("\n".join(acc) + "\n")
    body = "".join(acc)
    print("accepted chars (no whitespace):", len("".join(body.split())))
    orig = "".join(read_paragraphs(OUT_DOCX, "original"))
    print("original chars:", len("".join(orig.split())))
