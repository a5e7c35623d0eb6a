<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>About</name>
    <message>
        <location filename="../../ui/platform/about.py" line="21" />
        <source>jxeditor 绩效目标表编辑器</source>
        <translation>jxeditor Target Table Editor</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <location filename="../../ui/panes/acknowledge_dialog.py" line="29" />
        <source>确认无误</source>
        <translation>Confirm as intended</translation>
    </message>
    <message>
        <location filename="../../ui/panes/acknowledge_dialog.py" line="33" />
        <source>此问题确属有意为之？请写明理由（一行，必填）：</source>
        <translation>Is this intended? Please give the reason (one line, required):</translation>
    </message>
    <message>
        <location filename="../../ui/panes/acknowledge_dialog.py" line="37" />
        <source>如：按合同约定，指标值确为 100 个</source>
        <translation>e.g. as agreed in the contract, the target is indeed 100</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../../ui/session/autosave.py" line="346" />
        <source>无法写入恢复副本（自动保存）：{0}。稍后会自动重试；在此之前请尽快保存文件。</source>
        <translation>Could not write the recovery copy (autosave): {0}. It will be tried again; until then, please save the file soon.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../ui/session/commands.py" line="40" />
        <source>修改“{0}”</source>
        <translation>Edit “{0}”</translation>
    </message>
    <message>
        <location filename="../../ui/session/commands.py" line="132" />
        <source>添加项目</source>
        <translation>Add project</translation>
    </message>
    <message>
        <location filename="../../ui/session/commands.py" line="156" />
        <source>删除项目</source>
        <translation>Delete project</translation>
    </message>
    <message>
        <location filename="../../ui/session/commands.py" line="173" />
        <source>移动项目</source>
        <translation>Move project</translation>
    </message>
    <message>
        <location filename="../../ui/session/commands.py" line="215" />
        <source>添加指标</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <location filename="../../ui/session/commands.py" line="236" />
        <source>删除指标</source>
        <translation>Delete indicator</translation>
    </message>
    <message>
        <location filename="../../ui/session/commands.py" line="259" />
        <source>移动指标</source>
        <translation>Move indicator</translation>
    </message>
    <message>
        <location filename="../../ui/session/stage_commands.py" line="28" />
        <source>目标</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location filename="../../ui/session/stage_commands.py" line="29" />
        <source>运行监控</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location filename="../../ui/session/stage_commands.py" line="30" />
        <source>自评</source>
        <translation>Self-evaluation</translation>
    </message>
    <message>
        <location filename="../../ui/session/stage_commands.py" line="47" />
        <source>切换到“{0}”阶段</source>
        <translation>Switch to the “{0}” stage</translation>
    </message>
    <message>
        <location filename="../../ui/session/stage_commands.py" line="100" />
        <source>解锁修改年度指标值（已批复的目标）</source>
        <translation>Unlock the annual target values (approved targets)</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../ui/dialogs/compare_dialog.py" line="58" />
        <source>导出修改说明…</source>
        <translation>Export the list of changes…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compare_dialog.py" line="61" />
        <source>结束比较</source>
        <translation>End comparison</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compare_dialog.py" line="76" />
        <source>与“{0}”比较</source>
        <translation>Compared with “{0}”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compare_dialog.py" line="78" />
        <source>与“{0}”相比，当前文档有 {1} 处修改。双击一行可转到该处。</source>
        <translation>Compared with “{0}”, this document has {1} changes. Double-click a row to go there.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compare_dialog.py" line="83" />
        <source>文档</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compare_dialog.py" line="103" />
        <source>该项目已不在当前文档中</source>
        <translation>This project is no longer in the document</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compare_dialog.py" line="119" />
        <source>部门整体目标已不在当前文档中</source>
        <translation>The department's overall targets are no longer in the document</translation>
    </message>
</context>
<context>
    <name>CompareMarks</name>
    <message>
        <location filename="../../ui/panes/compare_marks.py" line="88" />
        <source>{0}（比较的版本中为：{1}）</source>
        <translation>{0} (in the compared version: {1})</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <location filename="../../ui/session/yearly_files.py" line="129" />
        <source>正在读取“{0}”…</source>
        <translation>Reading “{0}”…</translation>
    </message>
    <message>
        <location filename="../../ui/session/yearly_files.py" line="136" />
        <source>无法打开文件“{0}”：{1}</source>
        <translation>Cannot open “{0}”: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/session/yearly_files.py" line="180" />
        <source>修改说明已写入“{0}”</source>
        <translation>List of changes written to “{0}”</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/panes/date_field.py" line="79" />
        <source>年-月-日</source>
        <translation>yyyy-mm-dd</translation>
    </message>
    <message>
        <location filename="../../ui/panes/date_field.py" line="84" />
        <source>选择日期（Alt+↓）</source>
        <translation>Choose a date (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/date_field.py" line="125" />
        <source>选择日期…</source>
        <translation>Choose a date…</translation>
    </message>
</context>
<context>
    <name>DepartmentEdits</name>
    <message>
        <location filename="../../ui/session/department_edits.py" line="100" />
        <source>添加部门整体目标</source>
        <translation>Add department targets</translation>
    </message>
    <message>
        <location filename="../../ui/session/department_edits.py" line="110" />
        <source>删除部门整体目标</source>
        <translation>Delete department targets</translation>
    </message>
    <message>
        <location filename="../../ui/session/department_edits.py" line="111" />
        <source>已删除部门整体目标（可用 Ctrl+Z 撤销）</source>
        <translation>Department targets deleted (Ctrl+Z undoes)</translation>
    </message>
    <message>
        <location filename="../../ui/session/department_edits.py" line="165" />
        <source>年度指标值是已批复的目标，不能直接修改；如需修改，请先“视图 → 填报阶段 → 解锁年度指标值”</source>
        <translation>The annual target is the approved one and cannot be edited; to change it, first use “View → Stage → Unlock annual targets”</translation>
    </message>
    <message>
        <location filename="../../ui/session/department_edits.py" line="170" />
        <source>修正：{0}</source>
        <translation>Fix: {0}</translation>
    </message>
</context>
<context>
    <name>DepartmentEvaluationBlock</name>
    <message>
        <location filename="../../ui/panes/department_evaluation.py" line="67" />
        <source>自评：部门整体支出（万元）</source>
        <translation>Self-evaluation: the department's spending (10,000 yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/department_evaluation.py" line="111" />
        <source>年初预算数</source>
        <translation>Initial budget</translation>
    </message>
    <message>
        <location filename="../../ui/panes/department_evaluation.py" line="111" />
        <source>全年预算数</source>
        <translation>Budget for the year</translation>
    </message>
    <message>
        <location filename="../../ui/panes/department_evaluation.py" line="111" />
        <source>全年执行数</source>
        <translation>Spent in the year</translation>
    </message>
    <message>
        <location filename="../../ui/panes/department_evaluation.py" line="112" />
        <source>分值</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../ui/panes/department_evaluation.py" line="112" />
        <source>执行率</source>
        <translation>Execution rate</translation>
    </message>
    <message>
        <location filename="../../ui/panes/department_evaluation.py" line="112" />
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/panes/department_evaluation.py" line="115" />
        <source>基本支出</source>
        <translation>Basic spending</translation>
    </message>
    <message>
        <location filename="../../ui/panes/department_evaluation.py" line="115" />
        <source>项目支出</source>
        <translation>Project spending</translation>
    </message>
    <message>
        <location filename="../../ui/panes/department_evaluation.py" line="115" />
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/panes/department_evaluation.py" line="131" />
        <source>年度总体目标的实际完成情况</source>
        <translation>What the year's overall goal actually achieved</translation>
    </message>
    <message>
        <location filename="../../ui/panes/department_evaluation.py" line="137" />
        <source>实际完成情况</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location filename="../../ui/panes/department_evaluation.py" line="237" />
        <source>总分 {0}　自评等级 {1}</source>
        <translation>Total {0}  Grade {1}</translation>
    </message>
</context>
<context>
    <name>DepartmentForm</name>
    <message>
        <location filename="../../ui/panes/department_form.py" line="142" />
        <source>部门整体绩效目标</source>
        <translation>Department overall performance targets</translation>
    </message>
    <message>
        <location filename="../../ui/panes/department_form.py" line="151" />
        <source>部门（单位）全称</source>
        <translation>Full name of the department (unit)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/department_form.py" line="158" />
        <source>本年度部门整体要达到的目标（必填）</source>
        <translation>The department's goal for the year (required)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/department_form.py" line="164" />
        <source>分项绩效目标（年度主要任务）</source>
        <translation>Task targets (main tasks of the year)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/department_form.py" line="166" />
        <location filename="../../ui/panes/department_form.py" line="325" />
        <source>添加任务</source>
        <translation>Add task</translation>
    </message>
    <message>
        <location filename="../../ui/panes/department_form.py" line="167" />
        <location filename="../../ui/panes/department_form.py" line="331" />
        <source>删除任务</source>
        <translation>Delete task</translation>
    </message>
    <message>
        <location filename="../../ui/panes/department_form.py" line="178" />
        <source>金额合计（万元）</source>
        <translation>Sum total (10k yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/department_form.py" line="187" />
        <source>所选任务的绩效指标</source>
        <translation>Measures of the selected task</translation>
    </message>
    <message>
        <location filename="../../ui/panes/department_form.py" line="189" />
        <location filename="../../ui/panes/department_form.py" line="340" />
        <source>添加指标</source>
        <translation>Add measure</translation>
    </message>
    <message>
        <location filename="../../ui/panes/department_form.py" line="190" />
        <location filename="../../ui/panes/department_form.py" line="348" />
        <source>删除指标</source>
        <translation>Delete measure</translation>
    </message>
    <message>
        <location filename="../../ui/panes/department_form.py" line="198" />
        <source>目标规划及保障措施</source>
        <translation>Planning and safeguards</translation>
    </message>
    <message>
        <location filename="../../ui/panes/department_form.py" line="200" />
        <location filename="../../ui/panes/department_form.py" line="356" />
        <source>添加保障措施</source>
        <translation>Add safeguard</translation>
    </message>
    <message>
        <location filename="../../ui/panes/department_form.py" line="201" />
        <location filename="../../ui/panes/department_form.py" line="364" />
        <source>删除保障措施</source>
        <translation>Delete safeguard</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <location filename="../../ui/session/files.py" line="99" />
        <location filename="../../ui/session/files.py" line="153" />
        <location filename="../../ui/session/files.py" line="353" />
        <source>未命名</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <location filename="../../ui/session/files.py" line="184" />
        <source>正在读取“{0}”…</source>
        <translation>Reading “{0}”…</translation>
    </message>
    <message>
        <location filename="../../ui/session/files.py" line="187" />
        <source>已取消打开“{0}”</source>
        <translation>Opening “{0}” cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/session/files.py" line="193" />
        <location filename="../../ui/session/files.py" line="201" />
        <source>无法打开文件“{0}”：{1}</source>
        <translation>Cannot open “{0}”: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/session/files.py" line="207" />
        <source>导入“{0}”时的提示：</source>
        <translation>Notes from importing “{0}”:</translation>
    </message>
    <message>
        <location filename="../../ui/session/files.py" line="275" />
        <source>无法保存文件“{0}”：{1}</source>
        <translation>Cannot save “{0}”: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/session/files.py" line="283" />
        <source>已保存到“{0}”</source>
        <translation>Saved to “{0}”</translation>
    </message>
    <message>
        <location filename="../../ui/session/files.py" line="289" />
        <source>已保存到“{0}”，但表格中有些单元格显示不全：</source>
        <translation>Saved to “{0}”, but some cells cannot show their whole text:</translation>
    </message>
</context>
<context>
    <name>EditorSession</name>
    <message>
        <location filename="../../ui/session/editor_session.py" line="181" />
        <source>修改文档设置</source>
        <translation>Change document settings</translation>
    </message>
    <message>
        <location filename="../../ui/session/editor_session.py" line="258" />
        <source>复制项目</source>
        <translation>Duplicate project</translation>
    </message>
    <message>
        <location filename="../../ui/session/editor_session.py" line="267" />
        <source>（未命名项目）</source>
        <translation>(unnamed project)</translation>
    </message>
    <message>
        <location filename="../../ui/session/editor_session.py" line="268" />
        <source>已删除项目“{0}”（可用 Ctrl+Z 撤销）</source>
        <translation>Deleted project “{0}” (Ctrl+Z undoes it)</translation>
    </message>
    <message>
        <location filename="../../ui/session/editor_session.py" line="313" />
        <source>移动指标</source>
        <translation>Move indicator</translation>
    </message>
    <message>
        <location filename="../../ui/session/editor_session.py" line="327" />
        <source>插入标准指标框架</source>
        <translation>Insert standard indicator skeleton</translation>
    </message>
    <message>
        <location filename="../../ui/session/editor_session.py" line="346" />
        <source>确认无误</source>
        <translation>Confirm as intended</translation>
    </message>
    <message>
        <location filename="../../ui/session/editor_session.py" line="346" />
        <source>取消确认</source>
        <translation>Withdraw confirmation</translation>
    </message>
    <message>
        <location filename="../../ui/session/editor_session.py" line="354" />
        <source>修正 {0} 处问题</source>
        <translation>Fix {0} problems</translation>
    </message>
    <message>
        <location filename="../../ui/session/editor_session.py" line="357" />
        <source>已修正 {0} 处问题（可用 Ctrl+Z 撤销）</source>
        <translation>Fixed {0} problems (Ctrl+Z undoes it)</translation>
    </message>
    <message>
        <location filename="../../ui/session/editor_session.py" line="365" />
        <source>修正：{0}</source>
        <translation>Fix: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/session/editor_session.py" line="380" />
        <source>年度指标值是已批复的目标，不能直接修改；如需修改，请先“视图 → 填报阶段 → 解锁年度指标值”</source>
        <translation>The annual target is the approved one and cannot be edited; to change it, first use “View → Stage → Unlock annual targets”</translation>
    </message>
</context>
<context>
    <name>FieldHint</name>
    <message>
        <location filename="../../ui/panes/field_hint.py" line="69" />
        <source>{0}：“{1}”不是数字，按原样保留；请写成如 1443.08</source>
        <translation>{0}: “{1}” is not a number and is kept as typed; write it like 1443.08</translation>
    </message>
    <message>
        <location filename="../../ui/panes/field_hint.py" line="72" />
        <source>{0}：“{1}”不是日期，按原样保留；请写成如 2026-01-01</source>
        <translation>{0}: “{1}” is not a date and is kept as typed; write it like 2026-01-01</translation>
    </message>
    <message>
        <location filename="../../ui/panes/field_hint.py" line="84" />
        <source>：填百分数，可写 30 或 30%</source>
        <translation>: a percentage, 30 or 30%</translation>
    </message>
    <message>
        <location filename="../../ui/panes/field_hint.py" line="86" />
        <source>：可写 2026-01-01、2026/1/1、2026.1.1、2026年1月1日 或 20260101；Alt+↓ 打开日历</source>
        <translation>: write 2026-01-01, 2026/1/1, 2026.1.1, 2026年1月1日 or 20260101; Alt+↓ opens a calendar</translation>
    </message>
    <message>
        <location filename="../../ui/panes/field_hint.py" line="88" />
        <source>：可写 1443.08、1,443.08、1443.08万元 或全角数字</source>
        <translation>: write 1443.08, 1,443.08, 1443.08万元 or full-width digits</translation>
    </message>
</context>
<context>
    <name>FormPane</name>
    <message>
        <location filename="../../ui/panes/form_pane.py" line="59" />
        <source>文档设置…</source>
        <translation>Document settings…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/form_pane.py" line="65" />
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../ui/panes/form_pane.py" line="102" />
        <source>（未填）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/form_pane.py" line="104" />
        <source>{0} 年度　填报单位：{1}　指标框架：{2} 版　单位：{3}</source>
        <translation>Budget year {0}   Reporting unit: {1}   Framework: {2}   Unit: {3}</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <location filename="../../ui/dialogs/help_pages.py" line="18" />
        <source>编辑所选单元格</source>
        <translation>Edit the selected cell</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_pages.py" line="19" />
        <source>直接输入：在所选单元格中开始编辑（与 Excel 相同）</source>
        <translation>Just type: editing starts in the selected cell (as in Excel)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_pages.py" line="20" />
        <source>编辑时转到本行下一个 / 上一个可编辑单元格（指标 → 年度指标值 → 描述 → 依据），再到下一行</source>
        <translation>While editing: the next / previous editable cell of the row (indicator → target → description → basis), then the next row</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_pages.py" line="21" />
        <source>确认输入并转到下一行</source>
        <translation>Confirm and go to the next row</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_pages.py" line="22" />
        <source>在各列之间移动</source>
        <translation>Move between columns</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_pages.py" line="23" />
        <source>放弃本次编辑</source>
        <translation>Discard this edit</translation>
    </message>
</context>
<context>
    <name>IndicatorPane</name>
    <message>
        <location filename="../../ui/panes/indicator_pane.py" line="79" />
        <source>绩效指标</source>
        <translation>Performance indicators</translation>
    </message>
    <message>
        <location filename="../../ui/panes/indicator_pane.py" line="89" />
        <source>添加同级指标</source>
        <translation>Add sibling indicator</translation>
    </message>
    <message>
        <location filename="../../ui/panes/indicator_pane.py" line="89" />
        <source>同级</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <location filename="../../ui/panes/indicator_pane.py" line="90" />
        <source>添加下级指标</source>
        <translation>Add child indicator</translation>
    </message>
    <message>
        <location filename="../../ui/panes/indicator_pane.py" line="90" />
        <source>下级</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../ui/panes/indicator_pane.py" line="91" />
        <source>删除指标</source>
        <translation>Delete indicator</translation>
    </message>
    <message>
        <location filename="../../ui/panes/indicator_pane.py" line="91" />
        <source>删除</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../ui/panes/indicator_pane.py" line="92" />
        <source>指标上移</source>
        <translation>Move indicator up</translation>
    </message>
    <message>
        <location filename="../../ui/panes/indicator_pane.py" line="92" />
        <source>上移</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../ui/panes/indicator_pane.py" line="94" />
        <source>指标下移</source>
        <translation>Move indicator down</translation>
    </message>
    <message>
        <location filename="../../ui/panes/indicator_pane.py" line="94" />
        <source>下移</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../ui/panes/indicator_pane.py" line="96" />
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/panes/indicator_pane.py" line="97" />
        <source>插入标准指标框架</source>
        <translation>Insert standard indicator skeleton</translation>
    </message>
    <message>
        <location filename="../../ui/panes/indicator_pane.py" line="98" />
        <source>标准框架</source>
        <translation>Skeleton</translation>
    </message>
    <message>
        <location filename="../../ui/panes/indicator_pane.py" line="111" />
        <source>显示“绩效指标描述”列</source>
        <translation>Show “Description” column</translation>
    </message>
    <message>
        <location filename="../../ui/panes/indicator_pane.py" line="111" />
        <source>显示“指标值确定依据”列</source>
        <translation>Show “Basis of target” column</translation>
    </message>
    <message>
        <location filename="../../ui/panes/indicator_pane.py" line="112" />
        <source>显示“上年指标值”列</source>
        <translation>Show “Last year's target” column</translation>
    </message>
    <message>
        <location filename="../../ui/panes/indicator_pane.py" line="112" />
        <source>显示“上年实际完成值”列</source>
        <translation>Show “Last year's actual” column</translation>
    </message>
    <message>
        <location filename="../../ui/panes/indicator_pane.py" line="223" />
        <source>一级指标</source>
        <translation>First-level indicator</translation>
    </message>
    <message>
        <location filename="../../ui/panes/indicator_pane.py" line="223" />
        <source>二级指标</source>
        <translation>Second-level indicator</translation>
    </message>
    <message>
        <location filename="../../ui/panes/indicator_pane.py" line="225" />
        <source>已删除{0}“{1}”及其下 {2} 个三级指标（可用 Ctrl+Z 撤销）</source>
        <translation>Deleted {0} “{1}” with its {2} indicators (Ctrl+Z undoes it)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/indicator_pane.py" line="226" />
        <source>（未命名指标）</source>
        <translation>(unnamed indicator)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/indicator_pane.py" line="249" />
        <source>年度指标值是已批复的目标，不能直接修改；如需修改，请先“视图 → 填报阶段 → 解锁年度指标值”</source>
        <translation>The annual target is the approved one and cannot be edited; to change it, first use “View → Stage → Unlock annual targets”</translation>
    </message>
    <message>
        <location filename="../../ui/panes/indicator_pane.py" line="283" />
        <source>修正：{0}</source>
        <translation>Fix: {0}</translation>
    </message>
</context>
<context>
    <name>IndicatorTreeModel</name>
    <message>
        <location filename="../../ui/models/stage_columns.py" line="86" />
        <source>上年指标值</source>
        <translation>Last year's target</translation>
    </message>
    <message>
        <location filename="../../ui/models/stage_columns.py" line="87" />
        <source>上年实际完成值</source>
        <translation>Last year's actual</translation>
    </message>
    <message>
        <location filename="../../ui/models/tree_model.py" line="53" />
        <source>一级指标</source>
        <translation>First-level indicator</translation>
    </message>
    <message>
        <location filename="../../ui/models/tree_model.py" line="54" />
        <source>二级指标</source>
        <translation>Second-level indicator</translation>
    </message>
    <message>
        <location filename="../../ui/models/tree_model.py" line="55" />
        <source>三级指标</source>
        <translation>Third-level indicator</translation>
    </message>
    <message>
        <location filename="../../ui/models/stage_cells.py" line="111" />
        <source>由程序计算；填写后以填写的为准</source>
        <translation>Computed; a value you enter counts instead</translation>
    </message>
    <message>
        <location filename="../../ui/models/stage_cells.py" line="122" />
        <source>{0}年：年度指标值“{1}”，实际完成值“{2}”（只读）</source>
        <translation>{0}: target “{1}”, actual “{2}” (read-only)</translation>
    </message>
    <message>
        <location filename="../../ui/models/stage_cells.py" line="124" />
        <source>未记录</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location filename="../../ui/models/stage_cells.py" line="135" />
        <source>已解锁修改的目标，批复的是“{0}”</source>
        <translation>Target changed after unlocking; the approved one is “{0}”</translation>
    </message>
</context>
<context>
    <name>LearningLibrary</name>
    <message>
        <location filename="../../ui/session/learning.py" line="151" />
        <source>无法使用本机指标库：{0}</source>
        <translation>Cannot use the local indicator library: {0}</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <location filename="../../ui/panes/library_actions.py" line="79" />
        <source>从指标库填入“{0}”</source>
        <translation>Fill in “{0}” from the library</translation>
    </message>
    <message>
        <location filename="../../ui/panes/library_actions.py" line="110" />
        <source>请先在指标树中选择要插入到的二级指标</source>
        <translation>First select the second-level group to insert into in the indicator tree</translation>
    </message>
    <message>
        <location filename="../../ui/panes/library_actions.py" line="114" />
        <source>从指标库插入 {0} 个指标</source>
        <translation>Insert {0} indicators from the library</translation>
    </message>
    <message>
        <location filename="../../ui/panes/library_actions.py" line="143" />
        <source>从相似项目“{0}”新建</source>
        <translation>New project from the similar project “{0}”</translation>
    </message>
    <message>
        <location filename="../../ui/panes/library_actions.py" line="144" />
        <source>已按“{0}”的指标新建项目“{1}”</source>
        <translation>Created project “{1}” with the indicators of “{0}”</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <location filename="../../ui/dialogs/library_dialog.py" line="53" />
        <source>指标库</source>
        <translation>Indicator library</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/library_dialog.py" line="57" />
        <source>选择指标</source>
        <translation>Choose indicators</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/library_dialog.py" line="58" />
        <location filename="../../ui/dialogs/library_dialog.py" line="88" />
        <source>本机指标库</source>
        <translation>My indicator library</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/library_dialog.py" line="63" />
        <source>插入所选</source>
        <translation>Insert selected</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/library_dialog.py" line="76" />
        <source>搜索名称、解释或项目</source>
        <translation>Search names, explanations or projects</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/library_dialog.py" line="79" />
        <source>全部二级指标</source>
        <translation>All second-level groups</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/library_dialog.py" line="85" />
        <source>全部项目类别</source>
        <translation>All kinds of project</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/library_dialog.py" line="93" />
        <location filename="../../ui/dialogs/library_dialog.py" line="154" />
        <source>三级指标</source>
        <translation>Third-level indicator</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/library_dialog.py" line="93" />
        <location filename="../../ui/dialogs/library_dialog.py" line="154" />
        <source>指标值</source>
        <translation>Target value</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/library_dialog.py" line="93" />
        <location filename="../../ui/dialogs/library_dialog.py" line="153" />
        <source>二级指标</source>
        <translation>Second-level indicator</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/library_dialog.py" line="94" />
        <source>类别或项目</source>
        <translation>Kind or project</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/library_dialog.py" line="94" />
        <source>指标解释</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/library_dialog.py" line="122" />
        <source>通用</source>
        <translation>Any</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/library_dialog.py" line="132" />
        <source>本机：{0}</source>
        <translation>Mine: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/library_dialog.py" line="149" />
        <source>搜索项目、部门、指标或指标值</source>
        <translation>Search projects, departments, indicators or values</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/library_dialog.py" line="153" />
        <source>项目名称</source>
        <translation>Project name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/library_dialog.py" line="153" />
        <source>主管部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/library_dialog.py" line="153" />
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/library_dialog.py" line="156" />
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/library_dialog.py" line="158" />
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/library_dialog.py" line="160" />
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/library_dialog.py" line="183" />
        <source>{0} 条</source>
        <translation>{0} entries</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/library_dialog.py" line="210" />
        <source>导出本机指标库</source>
        <translation>Export my indicator library</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/library_dialog.py" line="210" />
        <location filename="../../ui/dialogs/library_dialog.py" line="216" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/library_dialog.py" line="212" />
        <source>已导出 {0} 条</source>
        <translation>Exported {0} entries</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/library_dialog.py" line="216" />
        <source>导入指标库</source>
        <translation>Import an indicator library</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/library_dialog.py" line="218" />
        <source>已导入 {0} 条</source>
        <translation>Imported {0} new entries</translation>
    </message>
</context>
<context>
    <name>LiveScores</name>
    <message>
        <location filename="../../ui/session/live_scores.py" line="52" />
        <source>总分（未完成：{0} 项未评分）</source>
        <translation>Total (unfinished: {0} indicators not scored)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="144" />
        <source>提示：左侧选项目，中间填指标，右侧填表头和资金；下方列出问题，双击转到。按 F1 查看快捷键，Ctrl+F 搜索。</source>
        <translation>Tip: choose a project on the left, fill in indicators in the middle, header and funding on the right; problems are listed below (double-click to go there). F1 lists the keys, Ctrl+F searches.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237" />
        <source>界面语言将在下次启动 jxeditor 时切换。</source>
        <translation>The interface language changes the next time jxeditor starts.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248" />
        <source>无法重新启动 jxeditor；请手动关闭后再打开。</source>
        <translation>Could not restart jxeditor; please close it and start it again.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255" />
        <source>{0} {1}
预算项目绩效目标表的填报、校验与导出，离线使用。
需要 64 位 Windows 10 或更新版本，或 Linux 桌面。</source>
        <translation>{0} {1}
Filling in, checking and exporting budget project performance target tables, offline.
Needs 64-bit Windows 10 or later, or a Linux desktop.</translation>
    </message>
</context>
<context>
    <name>MessageBoxes</name>
    <message>
        <location filename="../../ui/dialogs/message_boxes.py" line="39" />
        <source>“{0}”有未保存的修改。</source>
        <translation>“{0}” has unsaved changes.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_boxes.py" line="40" />
        <source>要保存修改吗？</source>
        <translation>Do you want to save them?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_boxes.py" line="41" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_boxes.py" line="42" />
        <source>不保存</source>
        <translation>Don't save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_boxes.py" line="43" />
        <location filename="../../ui/dialogs/message_boxes.py" line="127" />
        <location filename="../../ui/dialogs/message_boxes.py" line="141" />
        <location filename="../../ui/dialogs/message_boxes.py" line="187" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_boxes.py" line="58" />
        <source>jxeditor 文档 (*.json)</source>
        <translation>jxeditor documents (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_boxes.py" line="59" />
        <source>jxeditor 文档 (*.jxd)</source>
        <translation>jxeditor documents (*.jxd)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_boxes.py" line="60" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_boxes.py" line="66" />
        <source>支持的文件 ({0})</source>
        <translation>Supported files ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_boxes.py" line="68" />
        <source>所有文件 (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_boxes.py" line="74" />
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_boxes.py" line="85" />
        <source>另存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_boxes.py" line="118" />
        <source>文件“{0}”已被移动或删除。</source>
        <translation>The file “{0}” has been moved or deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_boxes.py" line="119" />
        <source>要在原位置重新保存，还是另存为其他文件？</source>
        <translation>Save it again at the same place, or save it as another file?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_boxes.py" line="121" />
        <source>文件“{0}”在打开后已被其他程序或其他人修改。</source>
        <translation>The file “{0}” was changed by another program or person after it was opened.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_boxes.py" line="122" />
        <source>覆盖会丢失对方的修改（旧内容保留为 .bak 文件）。要怎么做？</source>
        <translation>Overwriting loses their changes (the old content is kept as a .bak file). What do you want to do?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_boxes.py" line="125" />
        <source>覆盖</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_boxes.py" line="126" />
        <location filename="../../ui/dialogs/message_boxes.py" line="165" />
        <source>另存为…</source>
        <translation>Save As…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_boxes.py" line="136" />
        <source>“{0}”不是 jxeditor 导出的工作簿（可能是单位或财政部门下发的原表）。</source>
        <translation>“{0}” was not written by jxeditor (it may be the original form from your office or the finance bureau).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_boxes.py" line="137" />
        <source>保存会按 jxeditor 的格式重写整个工作簿，原表的版式、公式和其他内容不再保留。建议保留原表，另存为新文件。</source>
        <translation>Saving rewrites the whole workbook in jxeditor's layout; the form's layout, formulas and other content are not kept. Keep the original and save a new file instead?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_boxes.py" line="139" />
        <source>另存为新文件…</source>
        <translation>Save as a new file…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_boxes.py" line="140" />
        <source>按 jxeditor 格式覆盖</source>
        <translation>Overwrite in jxeditor's layout</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_boxes.py" line="164" />
        <source>文档没有丢失，仍然打开着，修改也都还在。可以另存为其他文件。</source>
        <translation>Nothing is lost: the document is still open with all its changes. You can save it as another file.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_boxes.py" line="166" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_boxes.py" line="172" />
        <source>（尚未保存为文件）</source>
        <translation>(never saved as a file)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_boxes.py" line="176" />
        <source>jxeditor 上次没有正常退出，找到未保存的文档“{0}”。</source>
        <translation>jxeditor did not exit normally last time; an unsaved document “{0}” was found.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_boxes.py" line="177" />
        <source>原文件：{0}
自动保存于：{1}

要恢复这些修改吗？</source>
        <translation>Original file: {0}
Autosaved at: {1}

Restore these changes?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_boxes.py" line="180" />
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_boxes.py" line="181" />
        <source>丢弃</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_boxes.py" line="182" />
        <source>以后再说</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../ui/printing/print_actions.py" line="142" />
        <source>导出 PDF(&amp;D)…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_actions.py" line="143" />
        <source>打印预览(&amp;V)…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_actions.py" line="144" />
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_actions.py" line="170" />
        <location filename="../../ui/printing/print_actions.py" line="255" />
        <source>文档中还没有项目，没有可以输出的内容。</source>
        <translation>The document has no projects yet: there is nothing to print.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_actions.py" line="174" />
        <source>没有选择项目。</source>
        <translation>No project was chosen.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_actions.py" line="140" />
        <location filename="../../ui/printing/print_actions.py" line="186" />
        <source>导出 PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_actions.py" line="201" />
        <source>正在生成 PDF…</source>
        <translation>Writing the PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_actions.py" line="210" />
        <source>无法生成 PDF：{0}</source>
        <translation>Cannot write the PDF: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_actions.py" line="214" />
        <source>PDF 已写入“{0}”，但有些文字没有印全：</source>
        <translation>The PDF was written to “{0}”, but some texts are not printed whole:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_actions.py" line="217" />
        <source>PDF 已写入“{0}”。</source>
        <translation>The PDF was written to “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_actions.py" line="241" />
        <location filename="../../ui/printing/print_actions.py" line="246" />
        <source>打印预览</source>
        <translation>Print Preview</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_actions.py" line="271" />
        <source>无法打印：{0}</source>
        <translation>Cannot print: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_actions.py" line="274" />
        <source>已打印，但有些文字没有印全：</source>
        <translation>Printed, but some texts are not printed whole:</translation>
    </message>
</context>
<context>
    <name>ProblemCounts</name>
    <message>
        <location filename="../../ui/panes/problems_pane.py" line="306" />
        <source>本项目自评 {0} 分　{1}</source>
        <translation>This project: {0} points  {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/problems_pane.py" line="312" />
        <source>%n 个项目　年度金额合计 {0} {1}</source>
        <translation><numerusform>%n project　annual amount in total {0} {1}</numerusform><numerusform>%n projects　annual amount in total {0} {1}</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/panes/problems_pane.py" line="316" />
        <source>错误 {0}</source>
        <translation>Errors {0}</translation>
    </message>
    <message>
        <location filename="../../ui/panes/problems_pane.py" line="317" />
        <source>警告 {0}</source>
        <translation>Warnings {0}</translation>
    </message>
    <message>
        <location filename="../../ui/panes/problems_pane.py" line="322" />
        <source>检查中…</source>
        <translation>Checking…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/problems_pane.py" line="325" />
        <source>正在检查其余 %n 个项目，计数随之更新</source>
        <translation><numerusform>Checking the other %n project; the counts follow</numerusform><numerusform>Checking the other %n projects; the counts follow</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/panes/problems_pane.py" line="358" />
        <source>待填</source>
        <translation>To fill</translation>
    </message>
    <message>
        <location filename="../../ui/panes/problems_pane.py" line="358" />
        <source>提示</source>
        <translation>Hint</translation>
    </message>
    <message>
        <location filename="../../ui/panes/problems_pane.py" line="358" />
        <source>已确认</source>
        <translation>Confirmed</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../ui/models/problems_model.py" line="37" />
        <source>严重程度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../ui/models/problems_model.py" line="38" />
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../ui/models/problems_model.py" line="39" />
        <source>位置</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/models/problems_model.py" line="40" />
        <source>说明</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/models/problems_model.py" line="43" />
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/models/problems_model.py" line="44" />
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../ui/models/problems_model.py" line="45" />
        <source>提示</source>
        <translation>Hint</translation>
    </message>
    <message>
        <location filename="../../ui/models/problems_model.py" line="46" />
        <source>待填</source>
        <translation>To fill</translation>
    </message>
    <message>
        <location filename="../../ui/models/problems_model.py" line="48" />
        <source>已确认</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../ui/models/problems_model.py" line="128" />
        <source>　［可修正］</source>
        <translation>  [fix available]</translation>
    </message>
    <message>
        <location filename="../../ui/models/problems_model.py" line="137" />
        <source>修正：</source>
        <translation>Fix: </translation>
    </message>
    <message>
        <location filename="../../ui/models/problems_model.py" line="139" />
        <source>已确认无误：{0}</source>
        <translation>Confirmed as intended: {0}</translation>
    </message>
</context>
<context>
    <name>ProblemsPane</name>
    <message>
        <location filename="../../ui/panes/problems_pane.py" line="49" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/panes/problems_pane.py" line="50" />
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/panes/problems_pane.py" line="51" />
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../ui/panes/problems_pane.py" line="52" />
        <source>已确认</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../ui/panes/problems_pane.py" line="87" />
        <source>只显示当前项目的问题</source>
        <translation>Current project only</translation>
    </message>
    <message>
        <location filename="../../ui/panes/problems_pane.py" line="97" />
        <source>筛选问题…</source>
        <translation>Filter problems…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/problems_pane.py" line="100" />
        <location filename="../../ui/panes/problems_pane.py" line="166" />
        <location filename="../../ui/panes/problems_pane.py" line="189" />
        <location filename="../../ui/panes/problems_pane.py" line="211" />
        <source>确认无误…</source>
        <translation>Confirm as intended…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/problems_pane.py" line="203" />
        <source>部门整体的问题不能确认无误：文件只为各项目保存确认（理由），没有部门整体的位置；请按提示修改，或在说明中写明原因</source>
        <translation>Problems of the department as a whole cannot be confirmed: the file keeps confirmations (reasons) for projects only, with no place for the department; change it as advised, or explain in a note</translation>
    </message>
    <message>
        <location filename="../../ui/panes/problems_pane.py" line="217" />
        <source>所选警告或提示确属有意为之：写明理由后不再计为警告（可撤销）</source>
        <translation>The selected warning or hint is intended: with a reason it no longer counts as a warning (can be undone)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/problems_pane.py" line="105" />
        <source>问题（双击转到；右键可修正）</source>
        <translation>Problems (double-click to go there; right-click to fix)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/problems_pane.py" line="159" />
        <location filename="../../ui/panes/problems_pane.py" line="186" />
        <source>转到</source>
        <translation>Go to</translation>
    </message>
    <message>
        <location filename="../../ui/panes/problems_pane.py" line="162" />
        <location filename="../../ui/panes/problems_pane.py" line="211" />
        <source>取消确认</source>
        <translation>Withdraw confirmation</translation>
    </message>
    <message>
        <location filename="../../ui/panes/problems_pane.py" line="169" />
        <location filename="../../ui/panes/problems_pane.py" line="193" />
        <source>修正：{0}</source>
        <translation>Fix: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/panes/problems_pane.py" line="173" />
        <source>修正全部同类问题（{0} 处）</source>
        <translation>Fix all problems of this kind ({0})</translation>
    </message>
</context>
<context>
    <name>ProjectForm</name>
    <message>
        <location filename="../../ui/panes/project_form.py" line="128" />
        <location filename="../../ui/panes/project_form.py" line="146" />
        <location filename="../../ui/panes/project_form.py" line="147" />
        <source>必填</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../../ui/panes/project_form.py" line="131" />
        <source>如 102001001</source>
        <translation>e.g. 102001001</translation>
    </message>
    <message>
        <location filename="../../ui/panes/project_form.py" line="160" />
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/panes/project_form.py" line="162" />
        <source>项目实施期</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/panes/project_form.py" line="169" />
        <source>资金投入（万元）</source>
        <translation>Funding (10,000 yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/project_form.py" line="172" />
        <source>实施期金额</source>
        <translation>Whole period</translation>
    </message>
    <message>
        <location filename="../../ui/panes/project_form.py" line="173" />
        <source>年度金额</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../ui/panes/project_form.py" line="175" />
        <source>资金总额</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/panes/project_form.py" line="176" />
        <source>其中：财政拨款</source>
        <translation>of which fiscal</translation>
    </message>
    <message>
        <location filename="../../ui/panes/project_form.py" line="177" />
        <source>其他资金</source>
        <translation>Other funds</translation>
    </message>
    <message>
        <location filename="../../ui/panes/project_form.py" line="189" />
        <source>资金支出计划（%）</source>
        <translation>Spending plan (%)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/project_form.py" line="209" />
        <source>绩效目标</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../ui/panes/project_form.py" line="212" />
        <source>实施期内要达到的总体目标</source>
        <translation>Overall goal for the whole period</translation>
    </message>
    <message>
        <location filename="../../ui/panes/project_form.py" line="213" />
        <source>本年度要达到的目标（必填）</source>
        <translation>Goal for this year (required)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/project_form.py" line="221" />
        <source>没有项目。请在左侧添加一个项目。</source>
        <translation>No project. Add one in the list on the left.</translation>
    </message>
</context>
<context>
    <name>ProjectListModel</name>
    <message>
        <location filename="../../ui/models/project_list_model.py" line="92" />
        <source>部门整体绩效目标</source>
        <translation>Department overall performance targets</translation>
    </message>
    <message>
        <location filename="../../ui/models/project_list_model.py" line="105" />
        <source>（未命名项目）</source>
        <translation>(unnamed project)</translation>
    </message>
    <message>
        <location filename="../../ui/models/problems_model.py" line="90" />
        <location filename="../../ui/models/project_list_model.py" line="88" />
        <source>部门整体</source>
        <translation>Department overall</translation>
    </message>
</context>
<context>
    <name>ProjectListPane</name>
    <message>
        <location filename="../../ui/panes/project_list_pane.py" line="54" />
        <source>项目</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../../ui/panes/project_list_pane.py" line="63" />
        <source>添加项目</source>
        <translation>Add project</translation>
    </message>
    <message>
        <location filename="../../ui/panes/project_list_pane.py" line="63" />
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/panes/project_list_pane.py" line="65" />
        <source>复制项目</source>
        <translation>Duplicate project</translation>
    </message>
    <message>
        <location filename="../../ui/panes/project_list_pane.py" line="65" />
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ui/panes/project_list_pane.py" line="67" />
        <location filename="../../ui/panes/project_list_pane.py" line="125" />
        <source>删除项目</source>
        <translation>Delete project</translation>
    </message>
    <message>
        <location filename="../../ui/panes/project_list_pane.py" line="67" />
        <source>删除</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../ui/panes/project_list_pane.py" line="69" />
        <source>项目上移</source>
        <translation>Move project up</translation>
    </message>
    <message>
        <location filename="../../ui/panes/project_list_pane.py" line="69" />
        <source>上移</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../ui/panes/project_list_pane.py" line="72" />
        <source>项目下移</source>
        <translation>Move project down</translation>
    </message>
    <message>
        <location filename="../../ui/panes/project_list_pane.py" line="72" />
        <source>下移</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../ui/panes/project_list_pane.py" line="75" />
        <source>粘贴项目（从 Excel/WPS/PDF 复制的表格）</source>
        <translation>Paste projects (tables copied from Excel/WPS/PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/project_list_pane.py" line="77" />
        <source>把从 Excel、WPS、Word 或 PDF 复制的绩效目标表作为新项目粘贴进来</source>
        <translation>Paste target tables copied from Excel, WPS, Word or a PDF as new projects</translation>
    </message>
    <message>
        <location filename="../../ui/panes/project_list_pane.py" line="124" />
        <source>删除部门整体目标</source>
        <translation>Delete department targets</translation>
    </message>
    <message>
        <location filename="../../ui/panes/project_list_pane.py" line="152" />
        <source>剪贴板</source>
        <translation>clipboard</translation>
    </message>
    <message>
        <location filename="../../ui/panes/project_list_pane.py" line="155" />
        <source>正在读取粘贴的表格…</source>
        <translation>Reading the pasted tables…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/project_list_pane.py" line="158" />
        <source>已取消粘贴</source>
        <translation>Paste cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/panes/project_list_pane.py" line="161" />
        <source>粘贴的内容没有读入：{0}</source>
        <translation>The pasted content was not read: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/panes/project_list_pane.py" line="165" />
        <source>剪贴板中没有找到绩效目标表。
请在 Excel、WPS、Word 或 PDF 中选中整张表（从“项目名称”到最后一行指标）后复制，再回到项目列表按 Ctrl+V。</source>
        <translation>No target table found on the clipboard.
Select a whole table in Excel, WPS, Word or a PDF (from 项目名称 to the last indicator row), copy it, then press Ctrl+V in the project list.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/project_list_pane.py" line="175" />
        <source>粘贴 %n 个项目</source>
        <translation><numerusform>Paste %n project</numerusform><numerusform>Paste %n projects</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/project_list_pane.py" line="186" />
        <source>已粘贴 %n 个项目（可用 Ctrl+Z 撤销）</source>
        <translation><numerusform>Pasted %n project (Ctrl+Z undoes it)</numerusform><numerusform>Pasted %n projects (Ctrl+Z undoes it)</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/panes/project_list_pane.py" line="180" />
        <source>粘贴的表格是 {0} 年度的，本文档是 {1} 年度：请核对各项目的实施期和金额。</source>
        <translation>The pasted tables are for {0}, this document is for {1}: check the periods and amounts.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/project_list_pane.py" line="184" />
        <source>粘贴的表格金额单位为“{0}”，本文档为“{1}”：金额按原数字读入，请核对。</source>
        <translation>The pasted tables count money in “{0}”, this document in “{1}”: the numbers were taken as they are; please check.</translation>
    </message>
</context>
<context>
    <name>ReviewExport</name>
    <message>
        <location filename="../../ui/session/review_export.py" line="49" />
        <source>正在写出审核意见…</source>
        <translation>Writing the review report…</translation>
    </message>
    <message>
        <location filename="../../ui/session/review_export.py" line="58" />
        <source>审核意见已写入“{0}”，但有些单元格的文字不全：</source>
        <translation>The review report was written to “{0}”, but some cells do not hold their whole text:</translation>
    </message>
    <message>
        <location filename="../../ui/session/review_export.py" line="62" />
        <source>审核意见已写入“{0}”。</source>
        <translation>The review report was written to “{0}”.</translation>
    </message>
</context>
<context>
    <name>ScopeDialog</name>
    <message numerus="yes">
        <location filename="../../ui/printing/print_actions.py" line="53" />
        <source>整个文档（%n 个项目）</source>
        <translation><numerusform>The whole document (%n project)</numerusform><numerusform>The whole document (%n projects)</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_actions.py" line="55" />
        <source>当前项目：{0}</source>
        <translation>The current project: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_actions.py" line="55" />
        <source>（未命名）</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_actions.py" line="56" />
        <source>选择的项目：</source>
        <translation>The projects ticked:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_actions.py" line="60" />
        <source>第 {0} 个项目</source>
        <translation>Project {0}</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../ui/panes/search_box.py" line="97" />
        <source>搜索（Ctrl+F）</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_box.py" line="99" />
        <source>搜索项目名称、编码、指标和部门整体目标；Enter 下一处，Shift+Enter 上一处</source>
        <translation>Search project names, codes, indicators and the department targets; Enter next, Shift+Enter previous</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_box.py" line="112" />
        <source>没有找到“{0}”</source>
        <translation>“{0}” not found</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_box.py" line="124" />
        <source>第 {0} 处，共 {1} 处</source>
        <translation>{0} of {1}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="31" />
        <source>文档设置</source>
        <translation>Document settings</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="37" />
        <source> 年度</source>
        <translation> </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="44" />
        <source>2015 版（成本指标在产出指标下）</source>
        <translation>2015 (cost under output)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="45" />
        <source>2021 版（成本指标为一级指标）</source>
        <translation>2021 (cost as a first level)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="58" />
        <source>2020-10（财预〔2020〕10号）</source>
        <translation>2020-10 (Cai Yu [2020] No. 10)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="59" />
        <source>linear-cap（超出 ≤ 目标按比例递减）</source>
        <translation>linear-cap (a ≤ target overshot scores less linearly)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="64" />
        <source>预算年度</source>
        <translation>Budget year</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="65" />
        <source>填报单位</source>
        <translation>Reporting unit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="66" />
        <source>指标框架</source>
        <translation>Indicator framework</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="67" />
        <source>填报阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="68" />
        <source>自评计分规则</source>
        <translation>Scoring rules</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="70" />
        <source>指标框架决定新项目的标准指标和缺少成本指标时是否提示。</source>
        <translation>The framework decides the skeleton of new projects and whether a missing cost indicator is reported.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="80" />
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="82" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StageBlock</name>
    <message>
        <location filename="../../ui/panes/stage_block.py" line="118" />
        <source>自评：项目资金（万元）</source>
        <translation>Self-evaluation: project funds (10,000 yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/stage_block.py" line="123" />
        <source>年初预算数</source>
        <translation>Initial budget</translation>
    </message>
    <message>
        <location filename="../../ui/panes/stage_block.py" line="123" />
        <source>全年预算数</source>
        <translation>Budget for the year</translation>
    </message>
    <message>
        <location filename="../../ui/panes/stage_block.py" line="123" />
        <source>全年执行数</source>
        <translation>Spent in the year</translation>
    </message>
    <message>
        <location filename="../../ui/panes/stage_block.py" line="124" />
        <source>分值</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../ui/panes/stage_block.py" line="124" />
        <location filename="../../ui/panes/stage_block.py" line="174" />
        <source>执行率</source>
        <translation>Execution rate</translation>
    </message>
    <message>
        <location filename="../../ui/panes/stage_block.py" line="124" />
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/panes/stage_block.py" line="131" />
        <source>年度资金总额</source>
        <translation>Total funds of the year</translation>
    </message>
    <message>
        <location filename="../../ui/panes/stage_block.py" line="131" />
        <source>其中：当年财政拨款</source>
        <translation>of which: fiscal appropriation</translation>
    </message>
    <message>
        <location filename="../../ui/panes/stage_block.py" line="131" />
        <source>上年结转资金</source>
        <translation>Carried over from last year</translation>
    </message>
    <message>
        <location filename="../../ui/panes/stage_block.py" line="132" />
        <source>其他资金</source>
        <translation>Other funds</translation>
    </message>
    <message>
        <location filename="../../ui/panes/stage_block.py" line="149" />
        <source>年度总体目标的实际完成情况</source>
        <translation>What the year's overall goal actually achieved</translation>
    </message>
    <message>
        <location filename="../../ui/panes/stage_block.py" line="157" />
        <source>实际完成情况</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location filename="../../ui/panes/stage_block.py" line="167" />
        <source>运行监控：预算执行情况（万元）</source>
        <translation>Monitoring: budget execution (10,000 yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/stage_block.py" line="229" />
        <source>总分 {0}　自评等级 {1}</source>
        <translation>Total {0}  Grade {1}</translation>
    </message>
</context>
<context>
    <name>StageSwitch</name>
    <message>
        <location filename="../../ui/panes/stage_bar.py" line="31" />
        <source>{0}阶段</source>
        <translation>{0} stage</translation>
    </message>
    <message>
        <location filename="../../ui/panes/stage_bar.py" line="37" />
        <source>解锁年度指标值（修改已批复的目标）</source>
        <translation>Unlock annual targets (change the approved targets)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/stage_bar.py" line="50" />
        <source>填报阶段：目标表、运行监控表或自评表</source>
        <translation>Stage: target table, monitoring table or self-evaluation table</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <location filename="../../ui/panes/indicator_completer.py" line="67" />
        <source>（本机）</source>
        <translation> (mine)</translation>
    </message>
</context>
<context>
    <name>ValueEditor</name>
    <message>
        <location filename="../../ui/panes/delegates.py" line="84" />
        <source>比较符 {0}</source>
        <translation>Comparator {0}</translation>
    </message>
    <message>
        <location filename="../../ui/panes/delegates.py" line="87" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/panes/delegates.py" line="92" />
        <source>比较符和单位</source>
        <translation>Comparators and units</translation>
    </message>
    <message>
        <location filename="../../ui/panes/delegates.py" line="93" />
        <source>插入比较符（≥ ≤ = &gt; &lt;）或常用单位</source>
        <translation>Insert a comparator (≥ ≤ = &gt; &lt;) or a common unit</translation>
    </message>
    <message>
        <location filename="../../ui/panes/delegates.py" line="96" />
        <source>如 ≥4个、≤30%、=100%、按时</source>
        <translation>e.g. ≥4个, ≤30%, =100%, 按时</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../ui/window_menus.py" line="66" />
        <source>新建(&amp;N)</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="67" />
        <source>打开(&amp;O)…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="68" />
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="69" />
        <source>另存为(&amp;A)…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="71" />
        <source>导出审核意见(&amp;E)…</source>
        <translation>&amp;Export Review Report…</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="74" />
        <source>生成下一年度(&amp;Y)…</source>
        <translation>Next &amp;year from this one…</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="79" />
        <source>与其他版本比较(&amp;C)…</source>
        <translation>&amp;Compare with another version…</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="81" />
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="82" />
        <location filename="../../ui/window_menus.py" line="88" />
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="83" />
        <location filename="../../ui/window_menus.py" line="89" />
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="92" />
        <source>文档设置(&amp;D)…</source>
        <translation>&amp;Document settings…</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="93" />
        <source>查找(&amp;F)…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="94" />
        <source>关于 jxeditor</source>
        <translation>About jxeditor</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="96" />
        <source>快捷键(&amp;K)</source>
        <translation>&amp;Keys</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="98" />
        <source>填报说明(&amp;G)</source>
        <translation>Filling-in &amp;Guide</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="99" />
        <source>从指标库插入(&amp;L)…</source>
        <translation>Insert from &amp;Library…</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="100" />
        <source>从相似项目新建(&amp;M)…</source>
        <translation>New from a Si&amp;milar Project…</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="102" />
        <source>添加部门整体目标(&amp;O)</source>
        <translation>Add department &amp;overall targets</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="142" />
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="144" />
        <source>最近打开(&amp;R)</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="159" />
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="166" />
        <source>项目(&amp;P)</source>
        <translation>&amp;Project</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="175" />
        <source>指标(&amp;I)</source>
        <translation>&amp;Indicators</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="181" />
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="185" />
        <source>填报阶段(&amp;T)</source>
        <translation>S&amp;tage</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="192" />
        <source>语言 / Language</source>
        <translation>Language / 语言</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="195" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="225" />
        <location filename="../../ui/window_menus.py" line="236" />
        <source>快捷键</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="226" />
        <source>菜单</source>
        <translation>Menus</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="227" />
        <source>项目列表</source>
        <translation>Project list</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="228" />
        <source>绩效指标（指标树）</source>
        <translation>Indicators (the tree)</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="242" />
        <location filename="../../ui/window_menus.py" line="243" />
        <source>填报说明</source>
        <translation>Filling-in guide</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="242" />
        <source>例：</source>
        <translation>Example: </translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="267" />
        <source>从相似项目新建</source>
        <translation>New from a similar project</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="267" />
        <source>新项目名称：</source>
        <translation>Name of the new project:</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="271" />
        <source>本机指标库中没有与“{0}”相似的项目。</source>
        <translation>The local indicator library has no project similar to “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="282" />
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../../ui/session/yearly_files.py" line="84" />
        <source>已生成 {0} 年度的文件“{1}”。</source>
        <translation>The {0} file “{1}” was made.</translation>
    </message>
</context>
</TS>