"""Rules on the department's overall targets (部门整体绩效目标): the checks of
``department.md``, reported with the project name ``部门整体``.

Codes: ``department.missing_goal`` and ``department.task_untitled`` (still empty: 待填),
``department.task_no_measure`` and ``department.task_unmeasurable`` (a task that cannot
be measured), the value rules of the projects on each measure's value (``value.*``),
``department.not_a_number``, ``department.budget_sum`` (财政拨款 + 其他资金 ≠ 总额),
``department.tasks_total`` (the tasks do not add up to 金额合计),
``department.below_projects`` (the department's total below its projects' 年度金额),
``department.unknown_project`` and ``department.project_not_named`` (the tasks' links
to the projects), ``department.other_year``, ``department.duplicate_task``,
``department.duplicate_measure``, and on the indicator tree of form B every indicator
and value rule of the projects, with one ``department.own_levels`` notice where the
department uses first levels of its own (履职效能 …) instead of the framework's. In the
自评 stage the department's 自评 block is checked by the 自评 rules of the projects
(:mod:`~jxeditor.rules.stage_rules`, :mod:`~jxeditor.rules.stage_review_rules`: actual
values, 分值 and 得分, 偏差原因, execution above the budget), the department seen as a
project (:func:`~jxeditor.scoring.department.department_project`), and every amount of
its funds block must be a number (``evaluation.not_a_number``).

:func:`validate_department` runs them; the engine lists its problems before the
projects'. A problem of the block has ``project`` ``None`` and names its
place by a dotted path from the document (``department.tasks[2].measures[0].value``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from jxeditor.document.amounts import format_amount
from jxeditor.document.department import (
    DEPARTMENT_LABEL,
    Department,
    Task,
    task_label,
)
from jxeditor.document.document import Document
from jxeditor.document.fields import AMOUNT, DEPARTMENT_STAGE, fields_of
from jxeditor.document.frameworks import load_frameworks
from jxeditor.document.model import FundingColumn, Project
from jxeditor.document.stage_edits import stage_field
from jxeditor.document.stages import EVALUATION, STAGE_LABELS
from jxeditor.rules import indicator_rules, stage_review_rules, stage_rules, value_rules
from jxeditor.rules.context import SEP, Context, Rule
from jxeditor.rules.problems import ERROR, INFO, TODO, WARNING, Fix, Problem, Text, say
from jxeditor.scoring.department import department_project

GOAL_LABEL = "总体绩效目标"
TOTAL_LABEL = "金额合计"
MEASURE_LABEL = "绩效指标"
_YEAR = re.compile(r"(?<!\d)(\d{4})\s*年")
# The framework-level codes that do not apply where the department keeps its own levels.
_LEVEL_CODES: tuple[str, ...] = (
    "indicators.missing_level1", "indicators.unknown_level1", "indicators.unknown_level2",
    "indicators.misplaced_level2",
)


def _problem(code: str, severity: str, field: str, location: str, message: Text,
             fix: Fix | None = None) -> Problem:
    return Problem(code=code, severity=severity, project=None,
                   project_name=DEPARTMENT_LABEL, message=str(message), field=field,
                   location=location, fix=fix, text=message)


def _task_field(i: int, name: str) -> str:
    return f"department.tasks[{i}].{name}"


def _measure_place(i: int, task: Task, k: int) -> tuple[str, str]:
    return (f"department.tasks[{i}].measures[{k}]",
            f"{task_label(i, task)}{SEP}{MEASURE_LABEL} {k + 1}")


def _missing(dept: Department) -> Iterator[Problem]:
    if not dept.overall_goal.strip():
        yield _problem("department.missing_goal", TODO, "department.overall_goal", GOAL_LABEL,
                       say("总体绩效目标未填写：请写明部门本年度全部支出要达到的总体绩效目标。"))
    for i, task in enumerate(dept.tasks):
        if not task.title.strip():
            yield _problem("department.task_untitled", TODO, _task_field(i, "title"),
                           task_label(i, task),
                           say("第 {n} 项分项目标没有标题：请填写任务名称。", n=i + 1))


def _measures(dept: Department) -> Iterator[Problem]:
    for i, task in enumerate(dept.tasks):
        label = task_label(i, task)
        if not task.measures:
            yield _problem("department.task_no_measure", WARNING, _task_field(i, "measures"), label,
                           say("“{title}”没有绩效指标：请至少写一项可衡量的指标，如“评审率 100%”。",
                               title=task.title or label))
        elif not any(m.value.strip() for m in task.measures):
            yield _problem("department.task_unmeasurable", WARNING, _task_field(i, "measures"), label,
                           say("“{title}”的绩效指标中没有可衡量的数值：请写明指标和指标值（如“评审率 100%”），便于年终自评。",
                               title=task.title or label))
        for k, measure in enumerate(task.measures):
            if not measure.value.strip():
                continue
            field, location = _measure_place(i, task, k)
            for code, severity, message, remedy in value_rules.value_findings(
                    "", "", measure.name, measure.value):
                yield _problem(code, severity, f"{field}.value", location, message, remedy)


def _numbers(column: FundingColumn) -> tuple[Decimal | None, ...] | None:
    values = (column.total, column.fiscal, column.other)
    if any(isinstance(v, str) for v in values):
        return None
    return tuple(v if isinstance(v, Decimal) else None for v in values)


def _column_problems(column: FundingColumn, field: str, location: str) -> Iterator[Problem]:
    for part, value in (("total", column.total), ("fiscal", column.fiscal), ("other", column.other)):
        if isinstance(value, str):
            yield _problem("department.not_a_number", ERROR, f"{field}.{part}", location,
                           say("{where}的金额“{value}”不是数字：请只填写以万元为单位的数字。",
                               where=location, value=value))
    numbers = _numbers(column)
    if numbers is None:
        return
    total, fiscal, other = numbers
    if total is None or (fiscal is None and other is None):
        return
    parts = (fiscal or Decimal(0)) + (other or Decimal(0))
    if parts != total:
        yield _problem("department.budget_sum", ERROR, f"{field}.total", location,
                       say("{where}的总额 {n1} 不等于财政拨款 {n2} 与其他资金 {n3} 之和 {n4}：请核对金额。",
                           where=location, n1=format_amount(total), n2=format_amount(fiscal) or "0",
                           n3=format_amount(other) or "0", n4=format_amount(parts)))


def _task_totals(dept: Department) -> Decimal | None:
    totals = [t.budget.total for t in dept.tasks]
    if not any(isinstance(v, Decimal) for v in totals) or any(isinstance(v, str) for v in totals):
        return None
    return sum((v for v in totals if isinstance(v, Decimal)), Decimal(0))


def department_total(dept: Department) -> Decimal | None:
    """The department's total: its 金额合计 where stated, else the sum of its tasks'."""
    return dept.total.total if isinstance(dept.total.total, Decimal) else _task_totals(dept)


def _budgets(doc: Document, dept: Department) -> Iterator[Problem]:
    for i, task in enumerate(dept.tasks):
        yield from _column_problems(task.budget, _task_field(i, "budget"), task_label(i, task))
    yield from _column_problems(dept.total, "department.total", TOTAL_LABEL)
    tasks_sum = _task_totals(dept)
    stated = dept.total.total
    if isinstance(stated, Decimal) and tasks_sum is not None and tasks_sum != stated:
        yield _problem("department.tasks_total", ERROR, "department.total.total", TOTAL_LABEL,
                       say("各项任务的预算金额之和 {n1} 不等于金额合计 {n2}：请核对各项任务的金额或合计。",
                           n1=format_amount(tasks_sum), n2=format_amount(stated)))
    total = department_total(dept)
    annual = [p.funding.annual.total for p in doc.projects]
    projects_sum = sum((v for v in annual if isinstance(v, Decimal)), Decimal(0))
    if total is not None and any(isinstance(v, Decimal) for v in annual) and total < projects_sum:
        yield _problem("department.below_projects", ERROR, "department.total.total", TOTAL_LABEL,
                       say("部门整体的预算金额 {n1} 小于本文件各项目年度金额之和 {n2}：部门整体支出包括全部项目支出，不能更少，请核对。",
                           n1=format_amount(total), n2=format_amount(projects_sum)))


def _project_keys(project: Project) -> set[str]:
    return {key for key in (project.code.strip(), project.name.strip()) if key}


def _links(doc: Document, dept: Department) -> Iterator[Problem]:
    known = set().union(*(_project_keys(p) for p in doc.projects)) if doc.projects else set()
    named: set[str] = set()
    for i, task in enumerate(dept.tasks):
        for ref in task.projects:
            named.add(ref.strip())
            if ref.strip() not in known:
                yield _problem("department.unknown_project", WARNING, _task_field(i, "projects"),
                               task_label(i, task),
                               say("“{title}”对应的项目“{ref}”不在本文件中：请核对项目编码或名称。",
                                   title=task.title or task_label(i, task), ref=ref))
    if not named:
        return
    for project in doc.projects:
        keys = _project_keys(project)
        if keys and not keys & named:
            yield _problem("department.project_not_named", INFO, "department.tasks", GOAL_LABEL,
                           say("项目“{name}”没有对应任何分项目标：请确认它服务于哪项任务。",
                               name=project.name or project.code))


def _texts(dept: Department) -> Iterator[tuple[str, str, str]]:
    """``(field, location, text)`` of every goal, task and measure text."""
    yield "department.overall_goal", GOAL_LABEL, dept.overall_goal
    for i, task in enumerate(dept.tasks):
        label = task_label(i, task)
        yield _task_field(i, "title"), label, task.title
        yield _task_field(i, "content"), label, task.content
        for k, measure in enumerate(task.measures):
            field, location = _measure_place(i, task, k)
            yield f"{field}.text", location, measure.text


def _years(doc: Document, dept: Department) -> Iterator[Problem]:
    for field, location, text in _texts(dept):
        seen: set[int] = set()
        for match in _YEAR.finditer(text):
            year = int(match[1])
            if 1900 <= year <= 2200 and year not in (doc.year, doc.year - 1) and year not in seen:
                seen.add(year)
                yield _problem("department.other_year", WARNING, field, location,
                               say("这里写的是 {y} 年：部门整体绩效目标应针对预算年度 {year} 年（或上年），请核对年份。",
                                   y=year, year=doc.year))


def _duplicates(dept: Department) -> Iterator[Problem]:
    titles = Counter(t.title.strip() for t in dept.tasks if t.title.strip())
    first: set[str] = set()
    for i, task in enumerate(dept.tasks):
        title = task.title.strip()
        if titles[title] > 1 and title in first:
            yield _problem("department.duplicate_task", WARNING, _task_field(i, "title"),
                           task_label(i, task),
                           say("分项目标“{title}”与前面的一项同名：请合并，或改用能区分的名称。", title=title))
        first.add(title)
    seen: set[str] = set()
    for i, task in enumerate(dept.tasks):
        for k, measure in enumerate(task.measures):
            text = measure.text.strip()
            if text and text in seen:
                field, location = _measure_place(i, task, k)
                yield _problem("department.duplicate_measure", WARNING, f"{field}.text", location,
                               say("绩效指标“{text}”与前面的一条一字不差：请删去重复的一条，或写出本项任务自己的指标。",
                                   text=text))
            seen.add(text)


def _context(doc: Document, dept: Department) -> Context:
    """The context the projects' rules see: the department as a project (its tree, shared,
    and its 自评 funds as a project's 年度资金总额), named 部门整体."""
    project = department_project(dept)
    project.name = DEPARTMENT_LABEL
    return Context(doc, -1, project, load_frameworks())  # at no place among the projects


def _indicators(ctx: Context, dept: Department) -> Iterator[Problem]:
    if not dept.indicators:
        return
    fw = ctx.fw
    own = [l1.name for l1, name in zip(dept.indicators, ctx.level1_names, strict=True)
           if l1.name.strip() and name not in fw.accepted and name not in fw.nonstandard]
    for rule in (*indicator_rules.RULES, *value_rules.RULES):
        for problem in rule(ctx):
            if own and problem.code in _LEVEL_CODES:
                continue
            yield replace(problem, project=None)  # the block's, not the stand-in's
    if own:
        yield _problem("department.own_levels", INFO, "department.indicators", MEASURE_LABEL,
                       say("部门整体绩效指标使用了本地区的一级指标（{names}）：按原样保留，不按项目的指标体系检查一级、二级指标。",
                           names="、".join(own)))


def _evaluation(ctx: Context, dept: Department) -> Iterator[Problem]:
    """The 自评 rules of the projects on the department (in the 自评 stage); a field they
    name is the department's (``department.evaluation.executed.total``)."""
    if ctx.doc.stage != EVALUATION:
        return
    for rule in (stage_rules.check_evaluation, stage_review_rules.rule_evaluation_review):
        for problem in rule(ctx):
            if problem.field is not None:
                problem = replace(problem, field=f"department.{problem.field}")
            yield replace(problem, project=None)  # the block's, not the stand-in's
    for spec in fields_of(DEPARTMENT_STAGE):
        value = stage_field(dept, spec.path) if spec.kind == AMOUNT else None
        if isinstance(value, str) and value.strip():
            yield _problem("evaluation.not_a_number", ERROR, f"department.{spec.path}",
                           f"{STAGE_LABELS[EVALUATION]} / {spec.label}",
                           say("{where}“{value}”不是数字：请只填写以万元为单位的数字，如 1443.08。",
                               where=spec.label, value=value))


def validate_department(doc: Document) -> list[Problem]:
    """The problems of the document's department block (none without one)."""
    dept = doc.department
    if dept is None:
        return []
    problems: list[Problem] = []
    ctx = _context(doc, dept)
    for part in (_missing(dept), _measures(dept), _budgets(doc, dept), _links(doc, dept),
                 _years(doc, dept), _duplicates(dept), _indicators(ctx, dept),
                 _evaluation(ctx, dept)):
        problems.extend(part)
    return problems


# The engine's rules run once per project; the department's once per document, from
# :func:`validate_department`.
RULES: tuple[Rule, ...] = ()
CODES: tuple[str, ...] = (
    "department.missing_goal",
    "department.task_untitled",
    "department.task_no_measure",
    "department.task_unmeasurable",
    "department.not_a_number",
    "department.budget_sum",
    "department.tasks_total",
    "department.below_projects",
    "department.unknown_project",
    "department.project_not_named",
    "department.other_year",
    "department.duplicate_task",
    "department.duplicate_measure",
    "department.own_levels",
)
