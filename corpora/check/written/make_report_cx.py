"""Build report_cx.docx: a primary-school party branch self-check report whose
outline numbers (一、 / （一） / 1.) come from Word automatic list numbering.

Only python-docx and lxml are used. The heading paragraphs carry w:numPr
(numId + ilvl) and the Heading 1/2/3 styles; their text does NOT contain the
numbers. word/numbering.xml gets one abstractNum with three levels:
  ilvl 0  chineseCounting  "%1、"
  ilvl 1  chineseCounting  "（%2）"
  ilvl 2  decimal          "%3."
A few body paragraphs (problems, plans) are also list items at ilvl 2 without
a heading style.

The script also writes report_cx_source.txt: the same text with the numbers
written out as Word renders them.
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DOCX = os.path.join(HERE, "report_cx.docx")
OUT_TXT = os.path.join(HERE, "report_cx_source.txt")

# kinds: title, plain, h1, h2, h3, li (numbered body, ilvl 2), sign (right-aligned)
CONTENT = [
    ("title", "桂园小学党支部2025年度党建工作自查报告"),
    ("plain", "中共青岚市南溪区委教育工委："),
    ("plain", "根据市委教育工委《关于推进中小学校党建工作标准化规范化建设的通知》（青岚教工委〔2025〕7号）要求，"
              "我支部对照通知各项任务，逐项梳理了2025年度党建工作开展情况。现将自查情况报告如下。"),
    ("plain", "桂园小学现有教学班36个、学生1600余名、教职工92名。党支部现有党员26名，均为在职在编教师，"
              "其中35岁以下青年党员8名。近年来，支部以“桂香先锋”党建品牌为抓手，推动党建工作与教育教学同频共振，"
              "学校2025年获评区文明校园，2名党员教师获评区优秀共产党员。"),

    ("h1", "主要工作及成效"),
    ("h2", "加强班子建设，健全组织体系"),
    ("plain", "支部委员会共有委员4名，书记、组织委员、宣传委员、纪检委员各司其职，年初制定支委职责清单，明确各自分工。"
              "支部按低、中、高年段划分3个党小组，由学科骨干党员担任党小组长。"),
    ("plain", "落实“双培养”工作机制，年内2名区级骨干教师被确定为入党积极分子，3名党员教师新评为区学科带头人或区级骨干教师，"
              "全校党员中市、区级骨干教师已达11名。"),
    ("h2", "严格组织生活，提升党内政治生活质量"),
    ("h3", "落实“三会一课”。"),
    ("plain", "全年召开支委会10次、党员大会4次、党小组会36次，会议议题均提前征求党员意见。支部书记围绕学习贯彻党的二十届四中全会精神、"
              "全面从严治党等主题讲专题党课3次，其他支委讲党课4次。"),
    ("h3", "规范主题党日。"),
    ("plain", "将每月第一个星期五确定为固定主题党日，全年开展主题党日活动12次，先后组织参观红色教育基地、"
              "“我为学生办实事”、重温入党誓词等活动；“七一”期间组织全体党员开展党史知识竞答，以赛促学。"),
    ("h3", "开好组织生活会。"),
    ("plain", "1月中旬召开2024年度组织生活会，支委班子和党员逐一开展批评与自我批评；同步进行民主评议党员，"
              "评出优秀党员6名，其余均为合格，评议结果由书记逐一向党员本人反馈。"
              "会上查摆的12条问题已列入整改清单，年内全部整改到位。"),
    ("h2", "抓实教育管理，发挥党员先锋作用"),
    ("plain", "依托支部集中学习、专题辅导报告和红色教育基地现场教学，全年组织党员集中学习培训20场次，全体党员累计参训754学时。"
              "学习采取书记领学、党员轮流领读、分组研讨等方式，每名党员撰写学习心得2篇以上，优秀心得在校园公众号刊发。"),
    ("plain", "深化党员亮身份活动，党员教师在办公桌摆放党员标识牌，22名党员教师认领了“党员示范岗”，"
              "示范岗分教学攻坚岗、家校服务岗、安全护导岗三类，示范岗党员在教学质量提升、家校沟通等方面带头攻坚。年内接收入党申请书3份，确定入党积极分子2名，发展预备党员1名。"),
    ("h2", "夯实基础保障，规范阵地建设"),
    ("plain", "对党员活动室进行升级改造，门口设置活动室标牌，室内悬挂党旗和入党誓词，配备多媒体设备和党建书报柜，"
              "订阅《人民日报》《中国教育报》等报刊，支部工作制度全部上墙。"),
    ("plain", "学校将党建工作经费1.3万元列入2025年度预算，主要用于党员教育培训、主题党日和阵地建设。"),
    ("plain", "严格执行党费收缴制度，党员每月按标准足额交纳党费，6月、12月两次在党员大会上通报党费收缴情况。"),
    ("h2", "坚持党建引领，服务学生成长"),
    ("plain", "党员教师带头参与课后服务，开设书法、科创、合唱等社团课程18门，惠及学生900余人次。"
              "党员教师牵头组建心理辅导团队，每学期开展1次学生心理健康专题教育。"
              "全年党员教师在各级教学竞赛中获区级以上奖励17人次，占全校获奖总数的45%。"),
    ("plain", "元旦、春节前夕，支部组织党员走访慰问困难学生家庭15户，送去助学金和学习用品。"
              "选派12名青年班主任参加区教育局举办的班主任集中培训，提升班级管理能力。"),

    ("h1", "存在的问题"),
    ("plain", "对照通知要求，我支部工作还存在一些不足："),
    ("li", "发展党员工作把关不够细。个别入党申请人递交申请书后，支部未能在规定时限内安排谈话。"),
    ("li", "党务公开不够经常。全年仅在7月、12月开展2次党务公开，未做到按季度公开。"),
    ("li", "党建档案管理不够规范。部分会议记录要素不全，2025年度党建台账资料尚未整理立卷归档。"),

    ("h1", "下一步工作打算"),
    ("plain", "2026年，我支部将重点做好以下工作："),
    ("li", "本届支部委员会将于2026年5月任期届满，支部将提前做好酝酿准备，按期完成换届选举。"),
    ("li", "将建立意识形态工作定期研判机制，拟每学期对课堂教学、校园网站和公众号等阵地开展一次专题研判。"),
    ("li", "计划与学校所在的梧桐社区党委签订结对共建协议，共同做好学生校外教育管理。"),
    ("li", "针对自查发现的问题，严格落实入党申请人谈话时限，按季度开展党务公开，年底前完成党建资料立卷归档。"),
    ("li", "持续擦亮“桂香先锋”党建品牌，推动党建工作与课堂教学改革、校园文化建设等重点工作深度融合。"),
    ("plain", "我支部将以此次自查为契机，对照标准补齐短板，推动学校党建工作标准化规范化水平不断提升。"),

    ("sign", "中共青岚市南溪区桂园小学支部委员会"),
    ("sign", "2026年1月12日"),
]

LEVEL_OF = {"h1": 0, "h2": 1, "h3": 2, "li": 2}
STYLE_OF = {"h1": "Heading 1", "h2": "Heading 2", "h3": "Heading 3"}
LEVELS = [  # (ilvl, numFmt, lvlText, left indent twips)
    (0, "chineseCounting", "%1、", 0),
    (1, "chineseCounting", "（%2）", 0),
    (2, "decimal", "%3.", 0),
]
ABSTRACT_ID = 20
CN = "一二三四五六七八九十"


def set_east_asia(style_or_run_element, font):
    rpr = style_or_run_element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)


def add_numbering(doc):
    """Add an abstractNum and a num to word/numbering.xml; return the numId."""
    numbering = doc.part.numbering_part.element  # created if missing
    used_abs = {int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))}
    abs_id = ABSTRACT_ID
    while abs_id in used_abs:
        abs_id += 1
    used_num = {int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))}
    num_id = max(used_num | {0}) + 1

    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "multilevel")
    absn.append(mlt)
    for ilvl, fmt, text, left in LEVELS:
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:suff", "nothing"),
                         ("w:lvlText", text), ("w:lvlJc", "left")):
            el = OxmlElement(tag)
            el.set(qn("w:val"), val)
            lvl.append(el)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(left))
        ind.set(qn("w:firstLine"), "640")
        ppr.append(ind)
        lvl.append(ppr)
        absn.append(lvl)

    # schema order: all abstractNum elements before the first num
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)

    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), str(abs_id))
    num.append(ref)
    numbering.append(num)
    return num_id


def set_numpr(paragraph, num_id, ilvl):
    ppr = paragraph._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(nid)
    # numPr goes after pStyle/keepNext/... ; insert right after pStyle if present
    pstyle = ppr.find(qn("w:pStyle"))
    if pstyle is not None:
        pstyle.addnext(numpr)
    else:
        ppr.insert(0, numpr)


def main():
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(16)
    set_east_asia(normal.element, "仿宋_GB2312")
    for name, font in (("Heading 1", "黑体"), ("Heading 2", "楷体_GB2312"), ("Heading 3", "仿宋_GB2312")):
        st = doc.styles[name]
        st.font.size = Pt(16)
        set_east_asia(st.element, font)

    num_id = add_numbering(doc)

    counters = [0, 0, 0]
    lines = []
    for kind, text in CONTENT:
        if kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(text)
            r.font.size = Pt(22)
            r.bold = True
            set_east_asia(r._r, "方正小标宋简体")
            lines.append(text)
        elif kind == "plain":
            p = doc.add_paragraph(text)
            if not text.endswith("："):
                p.paragraph_format.first_line_indent = Pt(32)
            lines.append(text)
        elif kind == "sign":
            p = doc.add_paragraph(text)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            lines.append(text)
        else:
            ilvl = LEVEL_OF[kind]
            if kind in STYLE_OF:
                p = doc.add_paragraph(text, style=STYLE_OF[kind])
            else:
                p = doc.add_paragraph(text)
            set_numpr(p, num_id, ilvl)
            counters[ilvl] += 1
            for deeper in range(ilvl + 1, 3):
                counters[deeper] = 0
            n = counters[ilvl]
            label = {0: f"{CN[n - 1]}、", 1: f"（{CN[n - 1]}）", 2: f"{n}."}[ilvl]
            lines.append(label + text)

    doc.save(OUT_DOCX)
    with open(OUT_TXT, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print("numId", num_id, "paragraphs", len(CONTENT))


if __name__ == "__main__":
    main()
