"""The English of the department rules' messages (:mod:`jxeditor.rules.department_rules`)
and of the terms of their places; :mod:`jxeditor.rules.messages_en` takes them in."""

from __future__ import annotations

DEPARTMENT_ENGLISH: dict[str, str] = {
    "总体绩效目标未填写：请写明部门本年度全部支出要达到的总体绩效目标。":
        "The overall goal is empty: please state what all of the department's spending "
        "is to achieve this year.",
    "第 {n} 项分项目标没有标题：请填写任务名称。":
        "Task {n} has no title: please fill in the task's name.",
    "“{title}”没有绩效指标：请至少写一项可衡量的指标，如“评审率 100%”。":
        "“{title}” has no measure: please write at least one measurable one, such as "
        "“评审率 100%”.",
    "“{title}”的绩效指标中没有可衡量的数值：请写明指标和指标值（如“评审率 100%”），便于年终自评。":
        "The measures of “{title}” hold no measurable value: please state what is "
        "measured and its target (such as “评审率 100%”), for the self-evaluation.",
    "{where}的金额“{value}”不是数字：请只填写以万元为单位的数字。":
        "The amount “{value}” of {where} is not a number: please write only a number in "
        "units of 10,000 yuan.",
    "{where}的总额 {n1} 不等于财政拨款 {n2} 与其他资金 {n3} 之和 {n4}：请核对金额。":
        "The total {n1} of {where} is not fiscal {n2} plus other funds {n3} ({n4}): "
        "please check the amounts.",
    "各项任务的预算金额之和 {n1} 不等于金额合计 {n2}：请核对各项任务的金额或合计。":
        "The tasks' budgets add up to {n1}, not to the stated total {n2}: please check "
        "the tasks' amounts or the total.",
    "部门整体的预算金额 {n1} 小于本文件各项目年度金额之和 {n2}：部门整体支出包括全部项目支出，不能更少，请核对。":
        "The department's budget {n1} is less than the sum {n2} of this year's amounts "
        "of the file's projects: the department's spending includes all of its "
        "projects, so cannot be less; please check.",
    "“{title}”对应的项目“{ref}”不在本文件中：请核对项目编码或名称。":
        "Project “{ref}” of “{title}” is not in this file: please check the code or name.",
    "项目“{name}”没有对应任何分项目标：请确认它服务于哪项任务。":
        "Project “{name}” serves no task: please say which task it serves.",
    "这里写的是 {y} 年：部门整体绩效目标应针对预算年度 {year} 年（或上年），请核对年份。":
        "This says {y}: the department's targets are for the budget year {year} (or the "
        "year before); please check the year.",
    "分项目标“{title}”与前面的一项同名：请合并，或改用能区分的名称。":
        "Task “{title}” has the same title as an earlier one: please merge them, or "
        "give them titles that tell them apart.",
    "绩效指标“{text}”与前面的一条一字不差：请删去重复的一条，或写出本项任务自己的指标。":
        "Measure “{text}” repeats an earlier one word for word: please delete one, or "
        "write this task's own measure.",
    "部门整体绩效指标使用了本地区的一级指标（{names}）：按原样保留，不按项目的指标体系检查一级、二级指标。":
        "The department's indicators use first levels of their own ({names}): kept as "
        "written, their first and second levels are not checked against the projects' "
        "framework.",
}

DEPARTMENT_TERMS: dict[str, str] = {
    "总体绩效目标": "Overall goal",
    "金额合计": "Total",
}
