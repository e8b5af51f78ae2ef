# Builds guideline_af.docx (a 县委教育工委 通知 with the 细则 as one Word table)
# and guideline_af_source.txt (the same text, plain).
# Run with: /work/main/.venv/bin/python make_guideline_af.py
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent

TITLE = "中共溪平县委教育工作委员会关于印发《溪平县中小学校党组织书记抓基层党建工作述职评议考核细则》的通知"
DOC_NO = "溪教工委发〔2025〕2号"
ADDRESSEE = "各中小学校党组织："
PREAMBLE = [
    "为深入贯彻新时代党的建设总要求，压紧压实中小学校党组织书记抓基层党建工作责任，推动党组织领导的校长负责制落地见效，县委教育工委研究制定了《溪平县中小学校党组织书记抓基层党建工作述职评议考核细则》，现印发给你们，请结合实际认真抓好落实。",
    "考核实行百分制，由书记述职、党员和教职工代表民主测评、县委教育工委综合评定三部分组成，考核结果分为好、较好、一般、差四个等次，作为评先评优和干部选用的重要依据。各校党组织要结合实际制定本校年度党建工作任务清单，于每年3月底前报县委教育工委备案。",
]
TABLE_TITLE = "溪平县中小学校党组织书记抓基层党建工作述职评议考核细则"
HEADER = ["考核项目", "考核内容", "分值", "评分标准"]
ROWS = [
    ["责任落实", "党组织每年专题研究基层党建工作不少于4次。", "8", "查阅会议记录，每少1次扣2分。"],
    ["统筹推进", "坚持党建工作与教育教学工作同谋划、同部署、同推进、同考核。", "6", "查阅学校年度工作计划和教职工考核方案，未统筹安排的酌情扣分。"],
    ["讲授党课", "书记每年为全体党员讲党课不少于2次。", "6", "每少1次扣3分。"],
    ["谈心谈话", "书记每年与每名支委委员谈心谈话不少于2次。书记与本校党员的谈心谈话每年要做到全覆盖。", "8", "查阅谈心记录，每少1人次扣0.5分，扣完为止。"],
    ["调查研究", "书记每学期至少开展1次基层党建专题调研，形成调研报告。", "6", "每缺1次扣3分；未形成书面报告的扣1分。"],
    ["问题整改", "对上年度述职评议反馈的问题要建立整改清单，在3个月内整改到位。", "8", "未建立清单的扣3分；逾期未完成的每项扣2分。"],
    ["联系指导", "书记要建立党建工作联系点，定期到联系的年级组或教研组指导工作。", "5", "未确定联系点的扣3分；指导不经常的扣2分。"],
    ["组织生活", "严格落实“三会一课”制度，会议要有计划、有记录。要按规定召开组织生活会，开展民主评议党员。", "8", "缺少会议记录的每次扣0.5分；当年未召开组织生活会的扣4分。"],
    ["主题党日", "每月固定开展1次主题党日活动。", "6", "少开展1次扣0.5分。"],
    ["教育培训", "书记每年参加集中培训不少于40学时。", "5", "每少4学时扣1分。"],
    ["发展党员", "要注重在优秀青年教师中培养入党积极分子，做好发展党员工作。", "5", "当年未确定入党积极分子的扣3分。"],
    ["双培养", "党员教师在学校骨干教师中所占比例要达到50%以上。", "6", "比例每低5个百分点扣1分。"],
    ["党务公开", "要建立健全党务公开制度，党费收缴使用、发展党员等事项按规定及时公开。", "4", "未建立制度的扣2分；应公开未公开的每项扣1分。"],
    ["意识形态", "书记要履行意识形态工作第一责任人职责，每半年至少专题研判1次意识形态领域情况。", "6", "每少1次扣3分。"],
    ["阵地建设", "要建好用好党员活动室。校园内要设置党建宣传栏，并定期更新内容。", "5", "无党员活动室的扣3分；宣传栏内容长期不更新的扣2分。"],
    ["服务群众", "在职党员教师要到居住地社区报到，参与志愿服务。", "4", "未组织在职党员报到的扣4分。"],
    ["关心关爱", "要关心关爱老党员和生活困难党员，在春节、“七一”等节点开展走访慰问。", "4", "未开展走访慰问的扣4分。"],
]
AFTER = [
    "本细则中的“书记”是指学校党组织书记（含党支部书记）。各校要将书记年度述职报告在校内公示，接受党员和教职工监督。",
    "本细则由县委教育工委负责解释，自印发之日起施行。",
]
SIGNER = "中共溪平县委教育工作委员会"
DATE = "2025年1月20日"

BODY_FONT = "仿宋_GB2312"
TITLE_FONT = "方正小标宋简体"


def set_run_font(run, name, size, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)


def add_par(doc, text, font=BODY_FONT, size=16, bold=False, align=None, indent=True):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.line_spacing = Pt(28)
    set_run_font(p.add_run(text), font, size, bold)
    return p


def main():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    add_par(doc, TITLE, TITLE_FONT, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    add_par(doc, DOC_NO, BODY_FONT, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    add_par(doc, ADDRESSEE, indent=False)
    for t in PREAMBLE:
        add_par(doc, t)
    add_par(doc, TABLE_TITLE, TITLE_FONT, 18, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(2.4), Cm(7.4), Cm(1.4), Cm(4.4)]
    for i, h in enumerate(HEADER):
        cell = table.rows[0].cells[i]
        cell.width = widths[i]
        p = cell.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_run_font(p.add_run(h), "黑体", 12, True)
    for row in ROWS:
        cells = table.add_row().cells
        for i, t in enumerate(row):
            cells[i].width = widths[i]
            p = cells[i].paragraphs[0]
            if i in (0, 2):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_run_font(p.add_run(t), BODY_FONT, 12)
    total = table.add_row().cells
    total[0].merge(total[1])
    p = total[0].paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run_font(p.add_run("合计"), "黑体", 12, True)
    p = total[2].paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run_font(p.add_run(str(sum(int(r[2]) for r in ROWS))), BODY_FONT, 12)

    for t in AFTER:
        add_par(doc, t)
    add_par(doc, SIGNER, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    add_par(doc, DATE, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    doc.save(HERE / "guideline_af.docx")

    lines = [TITLE, DOC_NO, ADDRESSEE, *PREAMBLE, TABLE_TITLE, " | ".join(HEADER)]
    lines += [" | ".join(r) for r in ROWS]
    lines.append("合计 |  | %d | " % sum(int(r[2]) for r in ROWS))
    lines += [*AFTER, SIGNER, DATE]
    (HERE / "guideline_af_source.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
