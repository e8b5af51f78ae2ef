# Builds report_cr.html (Excel "save as web page" style) and report_cr_plain.txt
import html, os
D = os.path.dirname(os.path.abspath(__file__))
TITLE = "青萝区启航中学党支部2025年度党建工作任务完成情况表"
UNIT = "填报单位：中共青萝区启航中学支部委员会（盖章）"
DATE = "填报日期：2025年12月26日"
HEAD = ["序号", "工作类别", "任务内容", "完成情况（含数据）", "存在问题", "下一步措施"]
# (category or None if covered by rowspan, task, done, problem, next)
G = [
 ("政治建设", [
  ("落实“第一议题”制度",
   "全年召开支部委员会会议14次，每次均以学习习近平新时代中国特色社会主义思想和习近平总书记重要讲话、重要指示批示精神为第一议题，共学习篇目31篇，形成学习记录14份，班子成员交流发言42人次。",
   "", "继续完善“第一议题”学习台账，把学习成果转化为推动学校发展的具体举措。"),
  ("书记讲专题党课",
   "支部书记贺建宁全年为全体党员讲授专题党课3次（4月“弘扬教育家精神 做新时代大先生”、7月“守初心 担使命 办好人民满意的学校”、11月“以教育强国建设为己任”），每次党员参学率均为100%。",
   "", "2026年结合学校发展实际，继续讲好专题党课。"),
  ("专题研究意识形态工作",
   "全年召开支委会专题研究意识形态工作2次（3月、9月），分析研判师生思想动态，与各处室、年级组签订意识形态工作责任书56份，开展教材、课外读物排查1次。",
   "", "加强对教师课堂教学、讲座论坛的日常管理。"),
  ("校园网站、公众号等宣传阵地管理",
   "明确校园网站和“启航中学”公众号由党支部统一管理，配备兼职审核员2名，全年发布各类信息168条，未发生有害信息传播事件。",
   "部分推文仅经一级审核即发布，“三审三校”制度落实不够严格。",
   "建立信息发布审核登记台账，严格执行“三审三校”。"),
 ]),
 ("组织建设", [
  ("召开支部党员大会",
   "全年召开党员大会5次（1月、4月、7月、9月、12月），审议支部年度工作计划、补选支部委员1名、表彰优秀党员等，党员平均到会率96%。",
   "", "提高党员大会议题质量。"),
  ("开展主题党日活动",
   "全年开展主题党日活动9次，内容包括参观青萝区革命历史陈列馆、重温入党誓词、红色经典诵读、“我为师生办实事”等，累计参与党员316人次。",
   "", "围绕学校中心工作丰富主题党日内容。"),
  ("召开组织生活会，开展民主评议党员",
   "2025年1月召开2024年度组织生活会，支委班子和党员逐一开展批评与自我批评；开展民主评议党员，37名党员全部参评，评定优秀8名、合格29名，评议结果已由书记逐一谈话反馈本人。",
   "", "抓好组织生活会查摆问题整改。"),
  ("党员集中学习培训",
   "依托“学习强国”平台和区委教育工委集中轮训，组织全体37名党员参加集中学习培训，全年累计1036学时，完成学习笔记检查2次。",
   "", "丰富培训形式，提升培训实效。"),
  ("发展党员工作",
   "高度重视发展党员工作，注重做好青年教师的政治引领。",
   "", "计划2026年将2名入党积极分子列为发展对象，严格按照发展党员工作细则履行程序、规范档案材料。"),
  ("党费收缴和公示",
   "按月足额收缴党费，全年收缴党费共计21456元，均按时上缴区委教育工委。",
   "党费收缴情况全年仅在12月公示1次，未做到每半年公示。",
   "2026年起于6月、12月分两次在支部内公示。"),
  ("党员活动室建设",
   "完成党员活动室改造提升，悬挂党旗和入党誓词标识，上墙制度6项，配备党建书籍和学习资料200余册，建立党员活动档案。",
   "", "提高党员活动室使用频次。"),
 ]),
 ("党建与业务融合", [
  ("设立党员先锋岗",
   "在毕业班、学科教研组设立党员先锋岗，全校32名党员教师中有24名认领先锋岗；党员骨干教师牵头编写校本教辅资料3册；党员教师带头在各班开展防溺水、交通安全警示教育12场。",
   "", "扩大先锋岗覆盖面。"),
  ("在职党员到社区“双报到”",
   "37名在职党员全部到居住地社区报到，每人参加社区志愿服务均不少于2次，全年累计服务98人次，开展义务辅导、垃圾分类宣传等活动。",
   "", "与蓝湾社区共建志愿服务项目。"),
  ("党建与教育教学融合",
   "坚持党建引领学校发展，推动党建工作与教育教学工作深度融合。",
   "", "拟将党建工作纳入学校年度工作计划和教职工绩效考核方案，实现同谋划、同部署、同考核。"),
  ("师德师风建设",
   "开展师德师风专题学习4次，全体教职工签订师德承诺书；在评优评先、职称推荐中严格执行师德“一票否决”，全年否决1人。",
   "", "健全师德考核档案。"),
 ]),
 ("民主决策", [
  ("落实“三重一大”决策制度",
   "修订学校“三重一大”决策事项清单，全年支委会研究讨论干部任用、评优评先、校舍维修等重大事项11项。",
   "个别大额设备采购事项未经支委会前置研究，先提交校长办公会后才补充报备，前置研究落实不到位。",
   "严格执行重大事项党组织前置研究程序。"),
 ]),
 ("责任落实", [
  ("书记抓党建述职",
   "正在对照年度任务清单梳理书记抓党建工作情况，准备述职材料。",
   "", "拟于2026年1月向区委教育工委述职并接受评议。"),
 ]),
 ("关心关爱", [
  ("走访慰问",
   "重阳节走访慰问退休教职工23人；为家庭经济困难学生发放爱心礼品包45份、助学金3.2万元。",
   "", "建立困难学生帮扶长效机制。"),
 ]),
]
NOTE = "备注：本表共列任务18项。支部现有党员37名（均为在职党员，其中党员教师32名）。全年召开支委会14次、党员大会5次，开展主题党日活动9次。"
SIGN = "填报人：刘雯清　　　　审核人：贺建宁（支部书记）"

e = lambda s: html.escape(s, quote=False)
out = []
out.append('''<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Excel.Sheet>
<meta name=Generator content="Microsoft Excel 15">
<link rel=File-List href="report_cr.files/filelist.xml">
<style id="党建任务完成情况_1234_Styles">
<!--table
	{mso-displayed-decimal-separator:"\\.";
	mso-displayed-thousand-separator:"\\,";}
.font5
	{color:windowtext;
	font-size:9.0pt;
	font-family:宋体;
	mso-generic-font-family:auto;
	mso-font-charset:134;}
td
	{padding-top:1px;
	padding-right:1px;
	padding-left:1px;
	mso-ignore:padding;
	color:black;
	font-size:11.0pt;
	font-family:宋体;
	mso-font-charset:134;
	vertical-align:middle;
	border:none;
	white-space:nowrap;}
.xl65
	{font-size:18.0pt;
	font-weight:700;
	font-family:方正小标宋简体, monospace;
	mso-font-charset:134;
	text-align:center;}
.xl66
	{font-size:11.0pt;
	text-align:left;}
.xl67
	{font-weight:700;
	text-align:center;
	border:.5pt solid windowtext;
	background:#D9D9D9;
	mso-pattern:black none;
	white-space:normal;}
.xl68
	{text-align:center;
	border:.5pt solid windowtext;
	white-space:normal;}
.xl69
	{text-align:left;
	vertical-align:middle;
	border:.5pt solid windowtext;
	white-space:normal;}
.xl70
	{text-align:left;
	border:.5pt solid windowtext;
	white-space:normal;}
.xl71
	{text-align:left;
	white-space:normal;}
-->
</style>
<!--[if gte mso 9]><xml>
 <x:ExcelWorkbook>
  <x:ExcelWorksheets>
   <x:ExcelWorksheet>
    <x:Name>完成情况表</x:Name>
    <x:WorksheetOptions>
     <x:Print><x:ValidPrinterInfo/><x:PaperSizeIndex>9</x:PaperSizeIndex></x:Print>
     <x:Selected/>
    </x:WorksheetOptions>
   </x:ExcelWorksheet>
  </x:ExcelWorksheets>
 </x:ExcelWorkbook>
</xml><![endif]-->
</head>

<body link=blue vlink=purple>

<div id="党建任务完成情况_1234" align=center x:publishsource="Excel">

<table border=0 cellpadding=0 cellspacing=0 width=1290 style='border-collapse:
 collapse;table-layout:fixed;width:968pt'>
 <col width=50 style='mso-width-source:userset;width:38pt'>
 <col width=100 style='mso-width-source:userset;width:75pt'>
 <col width=180 style='mso-width-source:userset;width:135pt'>
 <col width=480 style='mso-width-source:userset;width:360pt'>
 <col width=240 style='mso-width-source:userset;width:180pt'>
 <col width=240 style='mso-width-source:userset;width:180pt'>''')
out.append(f" <tr height=45 style='height:33.75pt'>\n  <td colspan=6 height=45 class=xl65 width=1290 style='height:33.75pt;width:968pt'>{e(TITLE)}</td>\n </tr>")
out.append(f" <tr height=24 style='height:18.0pt'>\n  <td colspan=3 height=24 class=xl66 style='height:18.0pt'>{e(UNIT)}</td>\n  <td class=xl66></td>\n  <td colspan=2 class=xl66>{e(DATE)}</td>\n </tr>")
H0 = " height=30 style='height:22.5pt'"
out.append(" <tr height=30 style='height:22.5pt'>\n" + "\n".join("  <td" + (H0 if i == 0 else "") + f" class=xl67>{h}</td>" for i, h in enumerate(HEAD)) + "\n </tr>")
plain = [TITLE, UNIT + "\t\t\t" + DATE, "\t".join(HEAD)]
n = 0
for cat, rows in G:
    for j, (task, done, prob, nxt) in enumerate(rows):
        n += 1
        cells = [f"  <td height=96 class=xl68 style='height:72.0pt'>{n}</td>"]
        if j == 0:
            rs = f" rowspan={len(rows)}" if len(rows) > 1 else ""
            cells.append(f"  <td{rs} class=xl68>{e(cat)}</td>")
        cells.append(f"  <td class=xl69>{e(task)}</td>")
        cells.append(f"  <td class=xl70>{e(done)}</td>")
        cells.append(f"  <td class=xl70>{e(prob)}</td>" if prob else "  <td class=xl70>&nbsp;</td>")
        cells.append(f"  <td class=xl70>{e(nxt)}</td>")
        out.append(" <tr height=96 style='height:72.0pt'>\n" + "\n".join(cells) + "\n </tr>")
        plain.append("\t".join([str(n), cat, task, done, prob, nxt]))
out.append(f" <tr height=40 style='height:30.0pt'>\n  <td colspan=6 height=40 class=xl70 style='height:30.0pt'>{e(NOTE)}</td>\n </tr>")
out.append(f" <tr height=30 style='height:22.5pt'>\n  <td colspan=6 height=30 class=xl71 style='height:22.5pt'>{e(SIGN)}</td>\n </tr>")
out.append(''' <![if supportMisalignedColumns]>
 <tr height=0 style='display:none'>
  <td width=50 style='width:38pt'></td>
  <td width=100 style='width:75pt'></td>
  <td width=180 style='width:135pt'></td>
  <td width=480 style='width:360pt'></td>
  <td width=240 style='width:180pt'></td>
  <td width=240 style='width:180pt'></td>
 </tr>
 <![endif]>
</table>

</div>

</body>

</html>
''')
plain += [NOTE, SIGN]
open(os.path.join(D, "report_cr.html"), "w", encoding="utf-8").write("\n".join(out))
open(os.path.join(D, "report_cr_plain.txt"), "w", encoding="utf-8").write("\n".join(plain) + "\n")
