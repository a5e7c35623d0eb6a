"""Regenerates the English translation: ``jxeditor_en.ts`` (pyside6-lupdate over ``ui/``,
filled from :data:`ENGLISH`) and ``jxeditor_en.qm`` (pyside6-lrelease); and
``jxeditor_qtbase_zh_CN.ts``/``.qm`` from :data:`QT_CHINESE`: Qt's own texts that Qt's
``qtbase_zh_CN.qm`` leaves in English (the file dialog's "&Look in:", changed in Qt 6
after the Chinese translation was made) or names oddly ("上方向" for the ↑ key), loaded
after Qt's translation in the Chinese UI (:mod:`ui.platform.i18n`).

Chinese is the source language of the UI; run this after changing UI texts:
``.venv/bin/python resources/translations/update_translations.py``. Texts without an
English entry stay unfinished (shown in Chinese) and are listed.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
BIN = Path(sys.executable).parent
TS = HERE / "jxeditor_en.ts"
QM = HERE / "jxeditor_en.qm"
QT_TS = HERE / "jxeditor_qtbase_zh_CN.ts"
QT_QM = HERE / "jxeditor_qtbase_zh_CN.qm"

# (Qt's context, Qt's English source) -> Chinese
QT_CHINESE: dict[tuple[str, str], str] = {
    ("QFileDialog", "&Look in:"): "查找范围(&L)：",
    ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
    ("QPlatformTheme", "Don't Save"): "不保存",
    ("QFileSystemModel", "%1 bytes"): "%1 字节",
    # arrow keys as printed on them, in menus and the shortcut help: "Ctrl+↑"
    ("QShortcut", "Up"): "↑",
    ("QShortcut", "Down"): "↓",
    ("QShortcut", "Left"): "←",
    ("QShortcut", "Right"): "→",
}
# the same, for Qt texts with a disambiguating comment: (context, source, comment) -> Chinese
QT_CHINESE_NOTED: dict[tuple[str, str, str], str] = {
    # the file dialog's 类型 column for a folder (Qt's translation predates the context)
    ("QAbstractFileIconProvider", "Folder", "All other platforms"): "文件夹",
    ("QAbstractFileIconProvider", "File Folder", "Match Windows Explorer"): "文件夹",
}

# a text with a count (%n, tr(text, "", n)): its English singular and plural
ENGLISH: dict[str, str | tuple[str, str]] = {
    '确认无误…': 'Confirm as intended…',
    '确认无误': 'Confirm as intended',
    '取消确认': 'Withdraw confirmation',
    '已确认': 'Confirmed',
    '已确认无误：{0}': 'Confirmed as intended: {0}',
    '部门整体的问题不能确认无误：文件只为各项目保存确认（理由），没有部门整体的位置；请按提示修改，或在说明中写明原因': 'Problems of the department as a whole cannot be confirmed: the file keeps confirmations (reasons) for projects only, with no place for the department; change it as advised, or explain in a note',
    '所选警告或提示确属有意为之：写明理由后不再计为警告（可撤销）': 'The selected warning or hint is intended: with a reason it no longer counts as a warning (can be undone)',
    '此问题确属有意为之？请写明理由（一行，必填）：': 'Is this intended? Please give the reason (one line, required):',
    '如：按合同约定，指标值确为 100 个': 'e.g. as agreed in the contract, the target is indeed 100',
    '正在读取“{0}”…': 'Reading “{0}”…',
    '已取消打开“{0}”': 'Opening “{0}” cancelled',
    '正在读取粘贴的表格…': 'Reading the pasted tables…',
    '已取消粘贴': 'Paste cancelled',
    '填报说明(&G)': 'Filling-in &Guide',
    '填报说明': 'Filling-in guide',
    '例：': 'Example: ',
    '无法写入恢复副本（自动保存）：{0}。稍后会自动重试；在此之前请尽快保存文件。': 'Could not write the recovery copy (autosave): {0}. It will be tried again; until then, please save the file soon.',
    '修正 {0} 处问题': 'Fix {0} problems',
    '已修正 {0} 处问题（可用 Ctrl+Z 撤销）': 'Fixed {0} problems (Ctrl+Z undoes it)',
    '编辑所选单元格': 'Edit the selected cell',
    '直接输入：在所选单元格中开始编辑（与 Excel 相同）': 'Just type: editing starts in the selected cell (as in Excel)',
    '编辑时转到本行下一个 / 上一个可编辑单元格（指标 → 年度指标值 → 描述 → 依据），再到下一行': 'While editing: the next / previous editable cell of the row (indicator → target → description → basis), then the next row',
    '确认输入并转到下一行': 'Confirm and go to the next row',
    '在各列之间移动': 'Move between columns',
    '放弃本次编辑': 'Discard this edit',
    '已删除{0}“{1}”及其下 {2} 个三级指标（可用 Ctrl+Z 撤销）': 'Deleted {0} “{1}” with its {2} indicators (Ctrl+Z undoes it)',
    '提示：左侧选项目，中间填指标，右侧填表头和资金；下方列出问题，双击转到。按 F1 查看快捷键，Ctrl+F 搜索。': 'Tip: choose a project on the left, fill in indicators in the middle, header and funding on the right; problems are listed below (double-click to go there). F1 lists the keys, Ctrl+F searches.',
    '%n 个项目\u3000年度金额合计 {0} {1}': ('%n project\u3000annual amount in total {0} {1}',
                                      '%n projects\u3000annual amount in total {0} {1}'),
    '待填': 'To fill',
    '提示': 'Hint',
    '全部': 'All',
    '筛选问题…': 'Filter problems…',
    '修正全部同类问题（{0} 处）': 'Fix all problems of this kind ({0})',
    '搜索（Ctrl+F）': 'Search (Ctrl+F)',
    '搜索项目名称、编码、指标和部门整体目标；Enter 下一处，Shift+Enter 上一处': 'Search project names, codes, indicators and the department targets; Enter next, Shift+Enter previous',
    '没有找到“{0}”': '“{0}” not found',
    '第 {0} 处，共 {1} 处': '{0} of {1}',
    '查找(&F)…': '&Find…',
    '快捷键(&K)': '&Keys',
    '快捷键': 'Keys',
    '菜单': 'Menus',
    '项目列表': 'Project list',
    '绩效指标（指标树）': 'Indicators (the tree)',
    "jxeditor 绩效目标表编辑器": "jxeditor Target Table Editor",
    "{0} {1}\n预算项目绩效目标表的填报、校验与导出，离线使用。\n需要 64 位 Windows 10 或更新版本，或 Linux 桌面。": "{0} {1}\nFilling in, checking and exporting budget project performance target tables, offline.\nNeeds 64-bit Windows 10 or later, or a Linux desktop.",
    "界面语言将在下次启动 jxeditor 时切换。": "The interface language changes the next time jxeditor starts.",
    "无法重新启动 jxeditor；请手动关闭后再打开。": "Could not restart jxeditor; please close it and start it again.",
    # files others hold, recovery, pasting
    "文件“{0}”已被移动或删除。": "The file “{0}” has been moved or deleted.",
    "要在原位置重新保存，还是另存为其他文件？": "Save it again at the same place, or save it as another file?",
    "文件“{0}”在打开后已被其他程序或其他人修改。": "The file “{0}” was changed by another program or person after it was opened.",
    "覆盖会丢失对方的修改（旧内容保留为 .bak 文件）。要怎么做？": "Overwriting loses their changes (the old content is kept as a .bak file). What do you want to do?",
    "“{0}”不是 jxeditor 导出的工作簿（可能是单位或财政部门下发的原表）。": "“{0}” was not written by jxeditor (it may be the original form from your office or the finance bureau).",
    "保存会按 jxeditor 的格式重写整个工作簿，原表的版式、公式和其他内容不再保留。建议保留原表，另存为新文件。": "Saving rewrites the whole workbook in jxeditor's layout; the form's layout, formulas and other content are not kept. Keep the original and save a new file instead?",
    "另存为新文件…": "Save as a new file…",
    "按 jxeditor 格式覆盖": "Overwrite in jxeditor's layout",
    "已保存到“{0}”，但表格中有些单元格显示不全：": "Saved to “{0}”, but some cells cannot show their whole text:",
    "覆盖": "Overwrite",
    "另存为…": "Save As…",
    "文档没有丢失，仍然打开着，修改也都还在。可以另存为其他文件。": "Nothing is lost: the document is still open with all its changes. You can save it as another file.",
    "关闭": "Close",
    "jxeditor 上次没有正常退出，找到未保存的文档“{0}”。": "jxeditor did not exit normally last time; an unsaved document “{0}” was found.",
    "（尚未保存为文件）": "(never saved as a file)",
    "原文件：{0}\n自动保存于：{1}\n\n要恢复这些修改吗？": "Original file: {0}\nAutosaved at: {1}\n\nRestore these changes?",
    "恢复": "Restore",
    "丢弃": "Discard",
    "以后再说": "Later",
    "已保存到“{0}”": "Saved to “{0}”",
    "粘贴项目（从 Excel/WPS/PDF 复制的表格）": "Paste projects (tables copied from Excel/WPS/PDF)",
    "把从 Excel、WPS、Word 或 PDF 复制的绩效目标表作为新项目粘贴进来": "Paste target tables copied from Excel, WPS, Word or a PDF as new projects",
    "剪贴板": "clipboard",
    "剪贴板中没有找到绩效目标表。\n请在 Excel、WPS、Word 或 PDF 中选中整张表（从“项目名称”到最后一行指标）后复制，再回到项目列表按 Ctrl+V。": "No target table found on the clipboard.\nSelect a whole table in Excel, WPS, Word or a PDF (from 项目名称 to the last indicator row), copy it, then press Ctrl+V in the project list.",
    "粘贴 %n 个项目": ("Paste %n project", "Paste %n projects"),
    "粘贴的表格是 {0} 年度的，本文档是 {1} 年度：请核对各项目的实施期和金额。": "The pasted tables are for {0}, this document is for {1}: check the periods and amounts.",
    "粘贴的表格金额单位为“{0}”，本文档为“{1}”：金额按原数字读入，请核对。": "The pasted tables count money in “{0}”, this document in “{1}”: the numbers were taken as they are; please check.",
    "已粘贴 %n 个项目（可用 Ctrl+Z 撤销）": ("Pasted %n project (Ctrl+Z undoes it)",
                                     "Pasted %n projects (Ctrl+Z undoes it)"),
    "预算年度": "Budget year",
    "填报单位": "Reporting unit",
    "金额单位": "Money unit",
    "指标框架": "Indicator framework",
    "指标名称": "indicator name",
    "年度指标值": "Annual target",
    "绩效指标描述": "Description",
    "指标值确定依据": "Basis of target",
    "修改“{0}”": "Edit “{0}”",
    "添加项目": "Add project",
    "删除项目": "Delete project",
    "移动项目": "Move project",
    "添加指标": "Add indicator",
    "删除指标": "Delete indicator",
    "移动指标": "Move indicator",
    "指标": "Indicator",
    "一级指标": "First-level indicator",
    "二级指标": "Second-level indicator",
    "三级指标": "Third-level indicator",
    "未命名": "Untitled",
    "项目": "Projects",
    "绩效指标": "Performance indicators",
    "文档设置…": "Document settings…",
    "问题（双击转到；右键可修正）": "Problems (double-click to go there; right-click to fix)",
    "新建(&N)": "&New",
    "打开(&O)…": "&Open…",
    "保存(&S)": "&Save",
    "另存为(&A)…": "Save &As…",
    "导出审核意见(&E)…": "&Export Review Report…",
    "正在写出审核意见…": "Writing the review report…",
    "审核意见已写入“{0}”。": "The review report was written to “{0}”.",
    "审核意见已写入“{0}”，但有些单元格的文字不全：": "The review report was written to “{0}”, but some cells do not hold their whole text:",
    # printing and PDF (ui/printing/print_actions.py)
    "导出 PDF(&D)…": "Export P&DF…",
    "打印预览(&V)…": "Print Pre&view…",
    "打印(&P)…": "&Print…",
    "导出 PDF": "Export PDF",
    "打印预览": "Print Preview",
    "文档中还没有项目，没有可以输出的内容。": "The document has no projects yet: there is nothing to print.",
    "没有选择项目。": "No project was chosen.",
    "正在生成 PDF…": "Writing the PDF…",
    "无法生成 PDF：{0}": "Cannot write the PDF: {0}",
    "PDF 已写入“{0}”。": "The PDF was written to “{0}”.",
    "PDF 已写入“{0}”，但有些文字没有印全：": "The PDF was written to “{0}”, but some texts are not printed whole:",
    "已打印，但有些文字没有印全：": "Printed, but some texts are not printed whole:",
    "无法打印：{0}": "Cannot print: {0}",
    "整个文档（%n 个项目）": ("The whole document (%n project)", "The whole document (%n projects)"),
    "当前项目：{0}": "The current project: {0}",
    "（未命名）": "(unnamed)",
    "选择的项目：": "The projects ticked:",
    "第 {0} 个项目": "Project {0}",
    "退出(&X)": "E&xit",
    "撤销": "Undo",
    "重做": "Redo",
    "文档设置(&D)…": "&Document settings…",
    "复制项目": "Duplicate project",
    "项目上移": "Move project up",
    "项目下移": "Move project down",
    "添加": "Add",
    "复制": "Copy",
    "删除": "Del",
    "上移": "Up",
    "下移": "Down",
    "添加同级指标": "Add sibling indicator",
    "添加下级指标": "Add child indicator",
    "指标上移": "Move indicator up",
    "指标下移": "Move indicator down",
    "编辑": "Edit",
    "插入标准指标框架": "Insert standard indicator skeleton",
    "同级": "Sibling",
    "下级": "Child",
    "标准框架": "Skeleton",
    "显示“绩效指标描述”列": "Show “Description” column",
    "显示“指标值确定依据”列": "Show “Basis of target” column",
    "显示“上年指标值”列": "Show “Last year's target” column",
    "显示“上年实际完成值”列": "Show “Last year's actual” column",
    "上年指标值": "Last year's target",
    "上年实际完成值": "Last year's actual",
    "{0}年：年度指标值“{1}”，实际完成值“{2}”（只读）":
        "{0}: target “{1}”, actual “{2}” (read-only)",
    "未记录": "not recorded",
    "填报阶段": "Stage",
    "阶段": "Stage",
    "填报阶段(&T)": "S&tage",
    "{0}阶段": "{0} stage",
    "目标": "Targets",
    "运行监控": "Monitoring",
    "自评": "Self-evaluation",
    "切换到“{0}”阶段": "Switch to the “{0}” stage",
    "解锁修改年度指标值（已批复的目标）": "Unlock the annual target values (approved targets)",
    "填报阶段：目标表、运行监控表或自评表":
        "Stage: target table, monitoring table or self-evaluation table",
    "解锁年度指标值（修改已批复的目标）": "Unlock annual targets (change the approved targets)",
    "自评计分规则": "Scoring rules",
    "2020-10（财预〔2020〕10号）": "2020-10 (Cai Yu [2020] No. 10)",
    "linear-cap（超出 ≤ 目标按比例递减）": "linear-cap (a ≤ target overshot scores less linearly)",
    "全年预计完成值": "Forecast for the year",
    "完成目标可能性": "Likelihood of meeting the target",
    "偏差原因分析及改进措施": "Causes of deviation and improvements",
    "由程序计算；填写后以填写的为准": "Computed; a value you enter counts instead",
    "已解锁修改的目标，批复的是“{0}”": "Target changed after unlocking; the approved one is “{0}”",
    "本项目自评 {0} 分　{1}": "This project: {0} points  {1}",
    "总分 {0}　自评等级 {1}": "Total {0}  Grade {1}",
    "总分（未完成：{0} 项未评分）": "Total (unfinished: {0} indicators not scored)",
    "自评：项目资金（万元）": "Self-evaluation: project funds (10,000 yuan)",
    "自评：部门整体支出（万元）": "Self-evaluation: the department's spending (10,000 yuan)",
    "基本支出": "Basic spending",
    "项目支出": "Project spending",
    "合计": "Total",
    "运行监控：预算执行情况（万元）": "Monitoring: budget execution (10,000 yuan)",
    "年初预算数": "Initial budget",
    "全年预算数": "Budget for the year",
    "全年执行数": "Spent in the year",
    "执行率": "Execution rate",
    "年度资金总额": "Total funds of the year",
    "其中：当年财政拨款": "of which: fiscal appropriation",
    "上年结转资金": "Carried over from last year",
    "年度总体目标的实际完成情况": "What the year's overall goal actually achieved",
    "实际完成情况": "Achieved",
    "截至日期": "As of",
    "1–7月执行数": "Spent Jan–Jul",
    "全年预计执行数": "Forecast spending",
    "年度指标值是已批复的目标，不能直接修改；如需修改，请先“视图 → 填报阶段 → 解锁年度指标值”":
        "The annual target is the approved one and cannot be edited; to change it, first use "
        "“View → Stage → Unlock annual targets”",
    "实际完成值": "Actual",
    "分值": "Points",
    "得分": "Score",
    "偏差原因": "Causes",
    "1–7月完成值": "Jan–Jul value",
    "全年预计": "Year forecast",
    "完成可能性": "Likelihood",
    "关于 jxeditor": "About jxeditor",
    "文件(&F)": "&File",
    "最近打开(&R)": "&Recent files",
    "编辑(&E)": "&Edit",
    "项目(&P)": "&Project",
    "指标(&I)": "&Indicators",
    "视图(&V)": "&View",
    "语言 / Language": "Language / 语言",
    "帮助(&H)": "&Help",
    "（无）": "(none)",
    "“{0}”有未保存的修改。": "“{0}” has unsaved changes.",
    "要保存修改吗？": "Do you want to save them?",
    "保存": "Save",
    "不保存": "Don't save",
    "取消": "Cancel",
    "jxeditor 文档 (*.json)": "jxeditor documents (*.json)",
    "jxeditor 文档 (*.jxd)": "jxeditor documents (*.jxd)",
    "Excel 工作簿 (*.xlsx)": "Excel workbooks (*.xlsx)",
    "支持的文件 ({0})": "Supported files ({0})",
    "所有文件 (*)": "All files (*)",
    "打开": "Open",
    "另存为": "Save as",
    "无法打开文件“{0}”：{1}": "Cannot open “{0}”: {1}",
    "导入“{0}”时的提示：": "Notes from importing “{0}”:",
    "无法保存文件“{0}”：{1}": "Cannot save “{0}”: {1}",
    "已导出到“{0}”": "Exported to “{0}”",
    "修改文档设置": "Change document settings",
    "（未填）": "(not set)",
    "{0} 年度\u3000填报单位：{1}\u3000指标框架：{2} 版\u3000单位：{3}": (
        "Budget year {0}   Reporting unit: {1}   Framework: {2}   Unit: {3}"
    ),
    "修正：{0}": "Fix: {0}",
    "转到": "Go to",
    "错误 {0}": "Errors {0}",
    "检查中…": "Checking…",
    "正在检查其余 %n 个项目，计数随之更新": ("Checking the other %n project; the counts follow",
                                     "Checking the other %n projects; the counts follow"),
    "警告 {0}": "Warnings {0}",
    "界面语言将在重新启动 jxeditor 后切换。": "The language changes when jxeditor starts again.",
    "jxeditor {0}\n预算项目绩效目标表编辑器": (
        "jxeditor {0}\nEditor for budget project performance target tables"
    ),
    "严重程度": "Severity",
    "位置": "Place",
    "说明": "Message",
    "错误": "Error",
    "警告": "Warning",
    "\u3000［可修正］": "  [fix available]",
    "修正：": "Fix: ",
    "必填": "required",
    "项目名称": "Project name",
    "如 102001001": "e.g. 102001001",
    "项目编码": "Project code",
    "项目属性": "Attribute",
    "主管部门": "Department",
    "实施单位": "Implementer",
    "项目类别": "Category",
    "至": "to",
    "项目实施期": "Period",
    "资金投入（万元）": "Funding (10,000 yuan)",
    "实施期金额": "Whole period",
    "年度金额": "This year",
    "资金总额": "Total",
    "其中：财政拨款": "of which fiscal",
    "其他资金": "Other funds",
    "资金支出计划（%）": "Spending plan (%)",
    "3月底": "Mar",
    "6月底": "Jun",
    "10月底": "Oct",
    "12月底": "Dec",
    "只显示当前项目的问题": "Current project only",
    "项目资金主要用途": "Main use of funds",
    "绩效目标": "Goals",
    "实施期内要达到的总体目标": "Overall goal for the whole period",
    "本年度要达到的目标（必填）": "Goal for this year (required)",
    "实施期目标": "Period goal",
    "年度目标": "Annual goal",
    "没有项目。请在左侧添加一个项目。": "No project. Add one in the list on the left.",
    "（未命名项目）": "(unnamed project)",
    "（未命名指标）": "(unnamed indicator)",
    "已删除项目“{0}”（可用 Ctrl+Z 撤销）": "Deleted project “{0}” (Ctrl+Z undoes it)",
    "文档设置": "Document settings",
    " 年度": " ",
    "2015 版（成本指标在产出指标下）": "2015 (cost under output)",
    "2021 版（成本指标为一级指标）": "2021 (cost as a first level)",
    "指标框架决定新项目的标准指标和缺少成本指标时是否提示。": (
        "The framework decides the skeleton of new projects and whether a missing "
        "cost indicator is reported."
    ),
    "确定": "OK",
    "比较符 {0}": "Comparator {0}",
    "单位": "Unit",
    "比较符和单位": "Comparators and units",
    "插入比较符（≥ ≤ = > <）或常用单位": "Insert a comparator (≥ ≤ = > <) or a common unit",
    "如 ≥4个、≤30%、=100%、按时": "e.g. ≥4个, ≤30%, =100%, 按时",
    # everyday formats in the project form: the date field and the hint line
    "年-月-日": "yyyy-mm-dd",
    "选择日期（Alt+↓）": "Choose a date (Alt+↓)",
    "选择日期…": "Choose a date…",
    "{0}：“{1}”不是数字，按原样保留；请写成如 1443.08": "{0}: “{1}” is not a number and is kept as typed; write it like 1443.08",
    "{0}：“{1}”不是日期，按原样保留；请写成如 2026-01-01": "{0}: “{1}” is not a date and is kept as typed; write it like 2026-01-01",
    "：填百分数，可写 30 或 30%": ": a percentage, 30 or 30%",
    "：可写 2026-01-01、2026/1/1、2026.1.1、2026年1月1日 或 20260101；Alt+↓ 打开日历": ": write 2026-01-01, 2026/1/1, 2026.1.1, 2026年1月1日 or 20260101; Alt+↓ opens a calendar",
    "：可写 1443.08、1,443.08、1443.08万元 或全角数字": ": write 1443.08, 1,443.08, 1443.08万元 or full-width digits",
    # the indicator library (issue 19)
    '无法使用本机指标库：{0}': 'Cannot use the local indicator library: {0}',
    '（本机）': ' (mine)',
    '从指标库填入“{0}”': 'Fill in “{0}” from the library',
    '请先在指标树中选择要插入到的二级指标': 'First select the second-level group to insert into in the indicator tree',
    '从指标库插入 {0} 个指标': 'Insert {0} indicators from the library',
    '从相似项目“{0}”新建': 'New project from the similar project “{0}”',
    '已按“{0}”的指标新建项目“{1}”': 'Created project “{1}” with the indicators of “{0}”',
    '从指标库插入(&L)…': 'Insert from &Library…',
    '从相似项目新建(&M)…': 'New from a Si&milar Project…',
    '从相似项目新建': 'New from a similar project',
    '新项目名称：': 'Name of the new project:',
    '本机指标库中没有与“{0}”相似的项目。': 'The local indicator library has no project similar to “{0}”.',
    '指标库': 'Indicator library',
    '选择指标': 'Choose indicators',
    '本机指标库': 'My indicator library',
    '插入所选': 'Insert selected',
    '搜索名称、解释或项目': 'Search names, explanations or projects',
    '全部二级指标': 'All second-level groups',
    '全部项目类别': 'All kinds of project',
    '指标值': 'Target value',
    '类别或项目': 'Kind or project',
    '指标解释': 'Explanation',
    '通用': 'Any',
    '本机：{0}': 'Mine: {0}',
    '搜索项目、部门、指标或指标值': 'Search projects, departments, indicators or values',
    '年度': 'Year',
    '删除所选': 'Remove selected',
    '导出…': 'Export…',
    '导入…': 'Import…',
    '{0} 条': '{0} entries',
    '导出本机指标库': 'Export my indicator library',
    '导入指标库': 'Import an indicator library',
    '已导出 {0} 条': 'Exported {0} entries',
    '已导入 {0} 条': 'Imported {0} new entries',
    # 与其他版本比较, 生成下一年度
    '导出修改说明…': 'Export the list of changes…',
    '结束比较': 'End comparison',
    '与“{0}”比较': 'Compared with “{0}”',
    '与“{0}”相比，当前文档有 {1} 处修改。双击一行可转到该处。':
        'Compared with “{0}”, this document has {1} changes. Double-click a row to go there.',
    '文档': 'Document',
    '该项目已不在当前文档中': 'This project is no longer in the document',
    '部门整体目标已不在当前文档中': "The department's overall targets are no longer in the document",
    '{0}（比较的版本中为：{1}）': '{0} (in the compared version: {1})',
    '修改说明已写入“{0}”': 'List of changes written to “{0}”',
    '粘贴的内容没有读入：{0}': 'The pasted content was not read: {0}',
    '生成下一年度(&Y)…': 'Next &year from this one…',
    '与其他版本比较(&C)…': '&Compare with another version…',
    '已生成 {0} 年度的文件“{1}”。': 'The {0} file “{1}” was made.',
    # the department's overall targets (部门整体绩效目标)
    '部门整体': 'Department overall',
    '部门整体绩效目标': 'Department overall performance targets',
    '删除部门整体目标': 'Delete department targets',
    '添加部门整体目标': 'Add department targets',
    '添加部门整体目标(&O)': 'Add department &overall targets',
    '已删除部门整体目标（可用 Ctrl+Z 撤销）': 'Department targets deleted (Ctrl+Z undoes)',
    '部门（单位）全称': 'Full name of the department (unit)',
    '本年度部门整体要达到的目标（必填）': "The department's goal for the year (required)",
    '分项绩效目标（年度主要任务）': 'Task targets (main tasks of the year)',
    '添加任务': 'Add task',
    '删除任务': 'Delete task',
    '金额合计（万元）': 'Sum total (10k yuan)',
    '所选任务的绩效指标': 'Measures of the selected task',
    '目标规划及保障措施': 'Planning and safeguards',
    '添加保障措施': 'Add safeguard',
    '删除保障措施': 'Delete safeguard',
}


# the same Chinese text translated differently in one context
BY_CONTEXT: dict[tuple[str, str], str] = {
    ("DepartmentForm", "添加指标"): "Add measure",  # a task's 绩效指标, not the tree's
    ("DepartmentForm", "删除指标"): "Delete measure",
    ("ProblemsModel", "项目"): "Project",
}


def write_qt_chinese() -> None:
    """``jxeditor_qtbase_zh_CN.ts`` from :data:`QT_CHINESE`, and its ``.qm``."""
    root = ET.Element("TS", version="2.1", language="zh_CN", sourcelanguage="en")
    contexts: dict[str, ET.Element] = {}
    entries = [(c, s, "", t) for (c, s), t in QT_CHINESE.items()]
    entries += [(c, s, note, t) for (c, s, note), t in QT_CHINESE_NOTED.items()]
    for context, source, note, chinese in entries:
        if context not in contexts:
            contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[context], "name").text = context
        message = ET.SubElement(contexts[context], "message")
        ET.SubElement(message, "source").text = source
        if note:
            ET.SubElement(message, "comment").text = note
        ET.SubElement(message, "translation").text = chinese
    ET.indent(root)
    ET.ElementTree(root).write(QT_TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(QT_TS), "-qm", str(QT_QM)], cwd=ROOT,
                   check=True)


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-source-language", "zh_CN",
         "-target-language", "en", "-ts", str(TS)],
        cwd=ROOT, check=True,
    )
    tree = ET.parse(TS)
    missing: list[str] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            english = BY_CONTEXT.get((name, source), ENGLISH.get(source))
            if isinstance(english, tuple) and message.get("numerus") == "yes":
                for form in list(translation):
                    translation.remove(form)
                translation.text = None
                for text in english:  # English: one, other
                    ET.SubElement(translation, "numerusform").text = text
                translation.attrib.pop("type", None)
            elif isinstance(english, str):
                translation.text = english
                translation.attrib.pop("type", None)
            else:
                translation.set("type", "unfinished")
                missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(QM)], cwd=ROOT, check=True)
    write_qt_chinese()
    for source in missing:
        print("untranslated:", source)
    return 0


if __name__ == "__main__":
    sys.exit(main())
