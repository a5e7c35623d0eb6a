"""Every field of a document, once: :data:`REGISTRY`.

The entries are in the order the tables print them: the document's settings, the
project table's header and funding block (the order of ``PROJECT_FIELDS``), the
project's 运行监控 and 自评 blocks, and an indicator's columns (the target table's four,
then the 运行监控 and 自评 ones). What the tree shows as columns per stage is
:data:`STAGE_COLUMNS`, by path. The labels of the 自评 funds block are made of its
printed rows and columns (:data:`~jxeditor.document.stages.EVALUATION_FUNDS_ROWS` ×
:data:`~jxeditor.document.stages.EVALUATION_FUNDS_COLUMNS`).
"""

from __future__ import annotations

from jxeditor.document.amounts import PERCENT
from jxeditor.document.fields.spec import (
    AMOUNT,
    CHOICE,
    CHOICES,
    DATE,
    DEPARTMENT,
    DEPARTMENT_STAGE,
    DOCUMENT,
    FUNDING,
    HEADER,
    INDICATOR,
    INTEGER,
    MEASURE,
    MONEY,
    SAFEGUARD,
    STAGE_BLOCK,
    TASK,
    TEXT,
    FieldSpec,
    make_spec,
)
from jxeditor.document.stages import (
    CAUSES,
    DEPARTMENT_FUNDS_ROWS,
    EVALUATION,
    EVALUATION_FUNDS_COLUMNS,
    EVALUATION_FUNDS_ROWS,
    MONITORING,
    POSSIBILITIES,
    SCORING_RULES,
    STAGES,
    TARGETS,
)

# The months of the spending plan (资金支出计划): key, label, English.
PLAN_MONTHS: tuple[tuple[str, str, str], ...] = (
    ("03", "3月底", "Mar"), ("06", "6月底", "Jun"), ("10", "10月底", "Oct"),
    ("12", "12月底", "Dec"),
)
MONTHS: tuple[str, ...] = tuple(month for month, _label, _english in PLAN_MONTHS)
# The funding block: its columns and their parts (label, English).
_FUNDING_COLUMNS = (("period", "实施期金额", "Whole period"), ("annual", "年度金额", "This year"))
_FUNDING_PARTS = (
    ("total", "", ""), ("fiscal", "其中：财政拨款", "of which fiscal"),
    ("other", "其他资金", "other funds"),
)
# The English of the 自评 funds block's printed rows and columns.
_FUNDS_ENGLISH = {
    "budget_initial": "Initial budget", "budget_full": "Year's budget",
    "executed": "Executed in the year", "total": "total",
    "fiscal": "of which fiscal this year", "carried_over": "carried over",
    "other": "other funds",
}

_DOCUMENT = (
    make_spec("year", DOCUMENT, None, INTEGER, "预算年度", "Budget year"),
    make_spec("reporting_unit", DOCUMENT, None, TEXT, "填报单位", "Reporting unit"),
    make_spec("money_unit", DOCUMENT, None, TEXT, "金额单位", "Money unit"),
    make_spec("framework", DOCUMENT, None, TEXT, "指标框架", "Indicator framework"),
    make_spec("stage", DOCUMENT, None, CHOICE, "填报阶段", "Stage", choices=STAGES),
    make_spec("scoring", DOCUMENT, None, CHOICE, "自评计分规则", "Scoring rules",
              choices=SCORING_RULES),
)

_HEADER_START = (
    make_spec("code", HEADER, TARGETS, TEXT, "项目编码", "Project code"),
    make_spec("name", HEADER, TARGETS, TEXT, "项目名称", "Project name"),
    make_spec("attribute", HEADER, TARGETS, TEXT, "项目属性", "Attribute"),
    make_spec("category", HEADER, TARGETS, TEXT, "项目类别", "Category"),
    make_spec("department", HEADER, TARGETS, TEXT, "主管部门", "Department"),
    make_spec("implementer", HEADER, TARGETS, TEXT, "实施单位", "Implementer"),
    make_spec("period.start", HEADER, TARGETS, DATE, "项目实施期（开始）", "Period (start)"),
    make_spec("period.end", HEADER, TARGETS, DATE, "项目实施期（结束）", "Period (end)"),
)
_FUNDING = tuple(
    make_spec(
        f"funding.{column}.{part}", FUNDING, TARGETS, AMOUNT,
        f"{label}·{part_label}" if part_label else label,
        f"{english} · {part_english}" if part_english else english, unit=MONEY,
    )
    for column, label, english in _FUNDING_COLUMNS
    for part, part_label, part_english in _FUNDING_PARTS
)
_PURPOSE_AND_PLAN = (
    make_spec("purpose", HEADER, TARGETS, TEXT, "项目资金主要用途", "Main use of funds"),
    *(
        make_spec(f"spending_plan.{month}", FUNDING, TARGETS, AMOUNT, f"资金支出计划·{label}",
                  f"Spending plan · {english}", unit=PERCENT, short=label,
                  short_english=english)
        for month, label, english in PLAN_MONTHS
    ),
)
_GOALS = (
    make_spec("goals.period", HEADER, TARGETS, TEXT, "实施期目标", "Period goal"),
    make_spec("goals.annual", HEADER, TARGETS, TEXT, "年度目标", "Annual goal"),
)

_MONITORING_BLOCK = (
    make_spec("monitoring.as_of", STAGE_BLOCK, MONITORING, DATE, "截至日期", "As of"),
    make_spec("monitoring.budget", STAGE_BLOCK, MONITORING, AMOUNT, "全年预算数",
              "Year's budget", unit=MONEY),
    make_spec("monitoring.executed", STAGE_BLOCK, MONITORING, AMOUNT, "1–7月执行数",
              "Executed Jan–Jul", unit=MONEY),
    make_spec("monitoring.forecast", STAGE_BLOCK, MONITORING, AMOUNT, "全年预计执行数",
              "Year forecast of spending", unit=MONEY),
)
_EVALUATION_BLOCK = (
    *(
        make_spec(f"evaluation.{column}.{row}", STAGE_BLOCK, EVALUATION, AMOUNT,
                  f"{column_label}·{row_label}",
                  f"{_FUNDS_ENGLISH[column]} · {_FUNDS_ENGLISH[row]}", unit=MONEY)
        for column, column_label in EVALUATION_FUNDS_COLUMNS
        for row, row_label in EVALUATION_FUNDS_ROWS
    ),
    make_spec("evaluation.goals_achieved", STAGE_BLOCK, EVALUATION, TEXT,
              "年度总体目标实际完成情况", "Annual goals achieved"),
)

_INDICATOR = (
    make_spec("name", INDICATOR, TARGETS, TEXT, "指标名称", "Indicator name", short="指标",
              short_english="Indicator"),
    make_spec("value", INDICATOR, TARGETS, TEXT, "年度指标值", "Annual target"),
    make_spec("description", INDICATOR, TARGETS, TEXT, "绩效指标描述", "Description"),
    make_spec("basis", INDICATOR, TARGETS, TEXT, "指标值确定依据", "Basis of target"),
    make_spec("monitoring.current", INDICATOR, MONITORING, TEXT, "1–7月完成值", "Jan–Jul value"),
    make_spec("monitoring.forecast", INDICATOR, MONITORING, TEXT, "全年预计完成值",
              "Forecast for the year", short="全年预计", short_english="Year forecast"),
    make_spec("monitoring.possibility", INDICATOR, MONITORING, CHOICE, "完成目标可能性",
              "Likelihood of meeting the target", short="完成可能性",
              short_english="Likelihood", choices=POSSIBILITIES),
    make_spec("monitoring.causes", INDICATOR, MONITORING, CHOICES, "偏差原因", "Causes",
              choices=CAUSES),
    make_spec("monitoring.note", INDICATOR, MONITORING, TEXT, "说明", "Note"),
    make_spec("evaluation.actual", INDICATOR, EVALUATION, TEXT, "实际完成值", "Actual"),
    make_spec("evaluation.points", INDICATOR, EVALUATION, AMOUNT, "分值", "Points"),
    make_spec("evaluation.score", INDICATOR, EVALUATION, AMOUNT, "得分", "Score"),
    make_spec("evaluation.deviation", INDICATOR, EVALUATION, TEXT, "偏差原因分析及改进措施",
              "Causes of deviation and improvements", short="偏差原因",
              short_english="Causes"),
)

# The department block (部门整体): its own fields, a task's (分项绩效目标 or 年度主要任务),
# a task's measure (绩效指标: the sentence, and the name and value read from it), a 保障措施.
_BUDGET_PARTS = (("total", "总额", "total"), ("fiscal", "财政拨款", "fiscal"),
                 ("other", "其他资金", "other funds"))
_DEPARTMENT = (
    make_spec("name", DEPARTMENT, TARGETS, TEXT, "部门（单位）名称", "Department (unit)"),
    make_spec("functions", DEPARTMENT, TARGETS, TEXT, "部门职能概述", "Functions"),
    make_spec("overall_goal", DEPARTMENT, TARGETS, TEXT, "总体绩效目标", "Overall goal"),
    *(
        make_spec(f"total.{part}", DEPARTMENT, TARGETS, AMOUNT, f"金额合计（{label}）",
                  f"Sum total ({english})", unit=MONEY, short=label, short_english=english)
        for part, label, english in _BUDGET_PARTS
    ),
    make_spec("title", TASK, TARGETS, TEXT, "任务名称", "Task"),
    make_spec("content", TASK, TARGETS, TEXT, "主要内容", "Content"),
    *(
        make_spec(f"budget.{part}", TASK, TARGETS, AMOUNT, f"预算金额（{label}）",
                  f"Budget ({english})", unit=MONEY, short=label, short_english=english)
        for part, label, english in _BUDGET_PARTS
    ),
    make_spec("projects", TASK, TARGETS, CHOICES, "对应项目", "Projects"),
    make_spec("text", MEASURE, TARGETS, TEXT, "绩效指标", "Measure"),
    make_spec("name", MEASURE, TARGETS, TEXT, "指标名称", "Indicator name"),
    make_spec("value", MEASURE, TARGETS, TEXT, "指标值", "Value"),
    make_spec("title", SAFEGUARD, TARGETS, TEXT, "标题", "Title"),
    make_spec("text", SAFEGUARD, TARGETS, TEXT, "内容", "Text"),
)

# The department's 自评 block (form C): its funds block by row (基本支出, 项目支出, 合计)
# and column, and the 年度总体目标 实际完成情况; its indicators' are an indicator's.
_DEPARTMENT_ROWS_ENGLISH = {"basic": "basic spending", "projects": "project spending",
                            "total": "total"}
_DEPARTMENT_EVALUATION = (
    *(
        make_spec(f"evaluation.{column}.{row}", DEPARTMENT_STAGE, EVALUATION, AMOUNT,
                  f"{column_label}·{row_label}",
                  f"{_FUNDS_ENGLISH[column]} · {_DEPARTMENT_ROWS_ENGLISH[row]}", unit=MONEY)
        for column, column_label in EVALUATION_FUNDS_COLUMNS
        for row, row_label in DEPARTMENT_FUNDS_ROWS
    ),
    make_spec("evaluation.goals_achieved", DEPARTMENT_STAGE, EVALUATION, TEXT,
              "年度总体目标实际完成情况", "Annual goals achieved"),
)

REGISTRY: tuple[FieldSpec, ...] = (
    *_DOCUMENT, *_HEADER_START, *_FUNDING, *_PURPOSE_AND_PLAN, *_GOALS,
    *_MONITORING_BLOCK, *_EVALUATION_BLOCK, *_INDICATOR, *_DEPARTMENT, *_DEPARTMENT_EVALUATION,
)

# The indicator tree's value columns per stage, by field path: the 年度指标值, then the
# stage's own (``evaluation.points``/``evaluation.score`` show the computed 分值/得分 when
# empty).
STAGE_COLUMNS: dict[str, tuple[str, ...]] = {
    TARGETS: ("value",),
    MONITORING: ("value", "monitoring.current", "monitoring.forecast",
                 "monitoring.possibility", "monitoring.causes"),
    EVALUATION: ("value", "evaluation.actual", "evaluation.points", "evaluation.score",
                 "evaluation.deviation"),
}
