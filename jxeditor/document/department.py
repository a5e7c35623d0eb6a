"""The department's overall targets (部门整体绩效目标) as plain Python types.

Beside one table per project, a department sets targets for all of its spending
(``docs``: ``department.md``). :class:`Department` holds both forms in use: the
narrative as published (总体绩效目标, 分项绩效目标 as :class:`Task` with their
:class:`Measure` sentences, 目标规划及保障措施 as :class:`Safeguard`) and the tabular
申报表 (年度主要任务 with their budget columns, the indicator tree, the funds overview);
the 自评 block is :class:`DepartmentEvaluation`. ``total`` is the 申报表's 金额合计 row
as written (the JSON key ``total``, beside department.md's keys: the form states it,
and the checks compare the tasks with it). A task's budget is a
:class:`~jxeditor.document.model.FundingColumn` (总额, 财政拨款, 其他资金), amounts
kept as typed where unreadable, as for projects.

Fields are named by dotted paths, as for projects: :data:`DEPARTMENT_FIELDS` on the
department, :data:`TASK_FIELDS` on a task, :data:`MEASURE_FIELDS` on a measure and
:data:`SAFEGUARD_FIELDS` on a safeguard, each with its Chinese label from the field
registry (owners ``department``, ``task``, ``measure``, ``safeguard``). The
:class:`~jxeditor.document.document.Document` changes them through its methods.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jxeditor.document.amounts import Amount
from jxeditor.document.fields import DEPARTMENT, MEASURE, SAFEGUARD, TASK, department_fields
from jxeditor.document.model import FundingColumn, Level1
from jxeditor.document.stages import DEPARTMENT_FUNDS_ROWS

# The name problems and views give the department block where a project's name stands.
DEPARTMENT_LABEL = "部门整体"


@dataclass
class Measure:
    """One measure of a task (绩效指标): the sentence as written, and what was read out
    of it: the thing measured and its value in the project syntax (``≥8%``); both
    ``""`` where the sentence holds no measurable value."""

    text: str = ""
    name: str = ""
    value: str = ""


@dataclass
class Task:
    """A 分项绩效目标 (form A) or a 年度主要任务 (form B): title, content (绩效目标 or
    主要内容), budget in the document's money unit, the codes (or names) of the
    projects that serve it, and its measures."""

    title: str = ""
    content: str = ""
    budget: FundingColumn = field(default_factory=FundingColumn)
    projects: list[str] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)


@dataclass
class Safeguard:
    """One item of 目标规划及保障措施: its title and text."""

    title: str = ""
    text: str = ""


@dataclass
class DepartmentFunds:
    """The funds overview some 申报表 carry (年度部门整体支出预算): 资金总额, 部门收入
    (财政拨款, 其他资金) and 部门支出 (基本支出 with 人员经费 and 公用经费, 项目支出);
    each as stated (no sums made up)."""

    total: Amount = None
    income_fiscal: Amount = None
    income_other: Amount = None
    basic: Amount = None
    personnel: Amount = None
    public: Amount = None
    projects: Amount = None


@dataclass
class SpendingRows:
    """One column of the 自评表's funds block, by row: 基本支出, 项目支出, 合计."""

    basic: Amount = None
    projects: Amount = None
    total: Amount = None


# The 自评表's funds block: rows (key of :class:`SpendingRows`, label), as printed.
SPENDING_ROWS: tuple[tuple[str, str], ...] = DEPARTMENT_FUNDS_ROWS


@dataclass
class DepartmentEvaluation:
    """The 自评 block of form C: 年初预算数, 全年预算数 and 全年执行数 by row, and the
    实际完成情况 of the 年度总体目标 (the keys of a project's evaluation block)."""

    budget_initial: SpendingRows = field(default_factory=SpendingRows)
    budget_full: SpendingRows = field(default_factory=SpendingRows)
    executed: SpendingRows = field(default_factory=SpendingRows)
    goals_achieved: str = ""


@dataclass
class Department:
    """The department's overall targets: one block per document, optional."""

    name: str = ""
    functions: str = ""
    overall_goal: str = ""
    tasks: list[Task] = field(default_factory=list)
    total: FundingColumn = field(default_factory=FundingColumn)  # 金额合计 of the tasks
    indicators: list[Level1] = field(default_factory=list)
    measures: list[Safeguard] = field(default_factory=list)
    funds: DepartmentFunds | None = None
    evaluation: DepartmentEvaluation | None = None


# Editable fields by dotted path, with their Chinese labels (locations, undo texts): the
# field registry's (:mod:`jxeditor.document.fields`), one place per field.
DEPARTMENT_FIELDS: dict[str, str] = {p: s.label for p, s in department_fields(DEPARTMENT).items()}
TASK_FIELDS: dict[str, str] = {p: s.label for p, s in department_fields(TASK).items()}
MEASURE_FIELDS: dict[str, str] = {p: s.label for p, s in department_fields(MEASURE).items()}
SAFEGUARD_FIELDS: dict[str, str] = {p: s.label for p, s in department_fields(SAFEGUARD).items()}


def task_label(index: int, task: Task) -> str:
    """``分项目标（三）保障财政支出事项``: a task named for users, by its number and title."""
    title = task.title.strip()
    return f"分项目标（{chinese_number(index + 1)}）{title}" if title else f"分项目标（{chinese_number(index + 1)}）"


_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 11 → 十一, 21 → 二十一, 100 → 一百 (the numbering of items)."""
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _DIGITS[n // 10] + "十" + (_DIGITS[n % 10] if n % 10 else "")
    return str(n)


def chinese_number_value(text: str) -> int | None:
    """The inverse of :func:`chinese_number` for 一 … 九十九 (``None`` otherwise)."""
    if not text or any(ch not in _DIGITS + "十" for ch in text) or "零" in text:
        return None
    if "十" not in text:
        return _DIGITS.index(text) if len(text) == 1 else None
    tens, _sep, units = text.partition("十")
    if len(tens) > 1 or len(units) > 1 or "十" in tens + units:
        return None
    return (_DIGITS.index(tens) if tens else 1) * 10 + (_DIGITS.index(units) if units else 0)


# What a field or list of the block belongs to (the owner named by a change event).
DepartmentPart = Department | Task | Measure | Safeguard


def owner_fields(owner: DepartmentPart) -> dict[str, str]:
    """The editable fields of ``owner``, by dotted path, with their labels."""
    match owner:
        case Department():
            return DEPARTMENT_FIELDS
        case Task():
            return TASK_FIELDS
        case Measure():
            return MEASURE_FIELDS
        case Safeguard():
            return SAFEGUARD_FIELDS
    raise TypeError(type(owner).__name__)


def owner_lists(owner: DepartmentPart) -> dict[str, type]:
    """The lists of ``owner`` that take inserts and removals, with their item type."""
    match owner:
        case Department():
            return {"tasks": Task, "measures": Safeguard}
        case Task():
            return {"measures": Measure}
        case _:
            return {}


def parts(department: Department) -> list[DepartmentPart]:
    """The department and every task, measure and 保障措施 of it."""
    found: list[DepartmentPart] = [department]
    for task in department.tasks:
        found.append(task)
        found.extend(task.measures)
    found.extend(department.measures)
    return found


_PART = re.compile(r"^department\.(tasks|measures)\[(\d+)\](?:\.measures\[(\d+)\])?\.(.+)$")


def field_part(department: Department, field_path: str) -> tuple[DepartmentPart, str] | None:
    """The part of ``department`` a problem's field names, with the field's path on it:
    ``department.tasks[2].measures[0].value`` → (that measure, ``"value"``),
    ``department.overall_goal`` → (the department, ``"overall_goal"``); ``None`` when no
    such part (the block changed since) or not a dotted field path of the block."""
    if not field_path.startswith("department."):
        return None
    match = _PART.match(field_path)
    if match is None:
        return department, field_path.removeprefix("department.")
    items, row, measure, rest = match.groups()
    found: list[Task] | list[Safeguard] = (
        department.tasks if items == "tasks" else department.measures)
    if int(row) >= len(found):
        return None
    part: DepartmentPart = found[int(row)]
    if measure is not None:
        if not isinstance(part, Task) or int(measure) >= len(part.measures):
            return None
        part = part.measures[int(measure)]
    return part, rest
