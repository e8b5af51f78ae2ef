# Builds report_ai.pdf from report_ai_source.txt, laid out like a Word file printed to PDF.
import re
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_JUSTIFY
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
FONT = "STSong-Light"
HEADER = "青岚县第二初级中学党支部"

paras = [p.strip() for p in open("report_ai_source.txt", encoding="utf-8").read().split("\n") if p.strip()]

title = ParagraphStyle("title", fontName=FONT, fontSize=18, leading=28, alignment=TA_CENTER,
                       spaceAfter=16, wordWrap="CJK")
head = ParagraphStyle("head", fontName=FONT, fontSize=14.5, leading=25, spaceBefore=6, spaceAfter=2,
                      keepWithNext=1, wordWrap="CJK")
body = ParagraphStyle("body", fontName=FONT, fontSize=14, leading=25, firstLineIndent=28,
                      alignment=TA_JUSTIFY, spaceAfter=3, wordWrap="CJK")
sign = ParagraphStyle("sign", fontName=FONT, fontSize=14, leading=25, alignment=TA_RIGHT,
                      rightIndent=14, wordWrap="CJK")

story = [Paragraph(paras[0].replace("委员会", "委员会<br/>", 1), title)]   # two title lines, as centred in Word
n = len(paras)
for i, p in enumerate(paras[1:], start=1):
    if re.match(r"^[一二三四五六七八九十]、", p):
        story.append(Paragraph(p, head))
    elif i >= n - 2:            # 落款 and date
        if i == n - 2:
            story.append(Spacer(1, 20))
        story.append(Paragraph(p, sign))
    else:
        story.append(Paragraph(p, body))


def first_page(c, doc):
    c.saveState()
    c.setFont(FONT, 11)
    c.drawCentredString(A4[0] / 2, 1.5 * cm, "— %d —" % doc.page)
    c.restoreState()


def later_pages(c, doc):
    c.saveState()
    c.setFont(FONT, 9)
    c.drawRightString(A4[0] - 3.17 * cm, A4[1] - 1.6 * cm, HEADER)
    c.setLineWidth(0.5)
    c.line(3.17 * cm, A4[1] - 1.75 * cm, A4[0] - 3.17 * cm, A4[1] - 1.75 * cm)
    c.restoreState()
    first_page(c, doc)


doc = SimpleDocTemplate("report_ai.pdf", pagesize=A4, leftMargin=3.17 * cm, rightMargin=3.17 * cm,
                        topMargin=2.54 * cm, bottomMargin=2.54 * cm,
                        title="中共青岚县第二初级中学支部委员会2025年度工作总结",
                        author="青岚县第二初级中学党支部")
doc.build(story, onFirstPage=first_page, onLaterPages=later_pages)
