"""Editing the stage blocks (运行监控, 自评) field by field, and switching the stage.

The :class:`~jxeditor.document.document.Document` methods ``set_stage``,
``set_project_stage_field``, ``set_indicator_stage_field`` and
``set_department_stage_field`` use these helpers. A field
of a stage block is named by a dotted path from its owner (``"evaluation.executed.total"``
on a project, ``"evaluation.actual"`` on an indicator). A block that is not there yet
(``None``: a version 1 file, a project added later) is created on the first edit, and the
old value returned is then :data:`ABSENT`; setting :data:`ABSENT` removes the block again,
so undo gives back exactly the document that was.

Switching the document into a later stage gives every project and third-level indicator
the stage's block where it has none (filled in like ``jxeditor derive``: 全年预算数 and
年初预算数 from the annual funding, 截至日期 7月31日); into the 自评, the department block
(部门整体) gets its 自评 block too (:func:`new_department_evaluation`) and every
third-level indicator of its tree an indicator block. :class:`StageSwitch` remembers which
owners got one, so that switching back removes exactly those.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Final

from jxeditor.document.amounts import Amount
from jxeditor.document.department import Department, DepartmentEvaluation, SpendingRows
from jxeditor.document.fields import DEPARTMENT_STAGE, INDICATOR, STAGE_BLOCK, fields_of
from jxeditor.document.model import Indicator, Project, get_field, iter_indicators, set_field
from jxeditor.document.stages import (
    CAUSES,
    EVALUATION,
    MONITORING,
    POSSIBILITIES,
    STAGES,
    EvaluationColumn,
    IndicatorEvaluation,
    IndicatorMonitoring,
    ProjectEvaluation,
    ProjectMonitoring,
)


class _Absent:
    """The value of a field whose block was not there."""

    _instance: _Absent | None = None

    def __new__(cls) -> _Absent:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "ABSENT"


ABSENT: Final = _Absent()
BLOCKS: tuple[str, ...] = (MONITORING, EVALUATION)  # the stages that add a block
StageOwner = Project | Indicator | Department  # what has stage blocks

PROJECT_STAGE_FIELDS: tuple[str, ...] = tuple(spec.path for spec in fields_of(STAGE_BLOCK))
INDICATOR_STAGE_FIELDS: tuple[str, ...] = tuple(
    spec.path for spec in fields_of(INDICATOR) if spec.stage in BLOCKS
)
DEPARTMENT_STAGE_FIELDS: tuple[str, ...] = tuple(
    spec.path for spec in fields_of(DEPARTMENT_STAGE)
)


def _annual(project: Project) -> EvaluationColumn:
    annual = project.funding.annual
    return EvaluationColumn(total=annual.total, fiscal=annual.fiscal, carried_over=None,
                            other=annual.other)


def new_project_block(project: Project, block: str, year: int) -> Any:
    """The block ``block`` of a project as ``jxeditor derive`` fills it in."""
    if block == MONITORING:
        return ProjectMonitoring(as_of=date(year, 7, 31), budget=project.funding.annual.total)
    return ProjectEvaluation(budget_initial=_annual(project), budget_full=_annual(project))


def new_indicator_block(block: str) -> Any:
    """An empty indicator block."""
    return IndicatorMonitoring() if block == MONITORING else IndicatorEvaluation()


def _check_value(path: str, value: Any) -> None:
    if path == "monitoring.possibility" and value not in ("", *POSSIBILITIES):
        raise ValueError(f"完成目标可能性 {value!r}")
    if path == "monitoring.causes" and (
        not isinstance(value, list) or any(c not in CAUSES for c in value)
    ):
        raise ValueError(f"偏差原因 {value!r}")


def _allowed(owner: StageOwner) -> tuple[str, ...]:
    if isinstance(owner, Project):
        return PROJECT_STAGE_FIELDS
    return DEPARTMENT_STAGE_FIELDS if isinstance(owner, Department) else INDICATOR_STAGE_FIELDS


def _new_block(owner: StageOwner, block_name: str, year: int) -> Any:
    if isinstance(owner, Project):
        return new_project_block(owner, block_name, year)
    if isinstance(owner, Department):
        return new_department_evaluation(owner)
    return new_indicator_block(block_name)


def set_stage_field(owner: StageOwner, path: str, value: Any, year: int) -> Any:
    """Sets a stage field of ``owner`` (a project, an indicator or the department block);
    returns the old value (:data:`ABSENT` when the block had to be created). ``value``
    :data:`ABSENT` removes the block."""
    if path not in _allowed(owner):
        raise KeyError(path)
    block_name, rest = path.split(".", 1)
    block = getattr(owner, block_name)
    if value is ABSENT:
        old = ABSENT if block is None else get_field(block, rest)
        setattr(owner, block_name, None)
        return old
    _check_value(path, value)
    if block is None:
        block = _new_block(owner, block_name, year)
        set_field(block, rest, list(value) if isinstance(value, list) else value)
        setattr(owner, block_name, block)
        return ABSENT
    old = get_field(block, rest)
    set_field(block, rest, list(value) if isinstance(value, list) else value)
    return list(old) if isinstance(old, list) else old


def stage_field(owner: StageOwner, path: str) -> Any:
    """The value of a stage field, ``None`` when its block is not there."""
    block_name, rest = path.split(".", 1)
    block = getattr(owner, block_name)
    return None if block is None else get_field(block, rest)


def _department_rows(dept: Department) -> SpendingRows:
    """年初预算数 / 全年预算数 of a new department 自评 block: 基本支出 and 项目支出 from
    the 申报表's funds overview, 合计 their sum (else the tasks' 金额合计)."""
    funds = dept.funds
    basic: Amount = None if funds is None else funds.basic
    projects: Amount = None if funds is None else funds.projects
    total: Amount = dept.total.total
    if isinstance(basic, Decimal) and isinstance(projects, Decimal):
        total = basic + projects
    return SpendingRows(basic=basic, projects=projects, total=total)


def new_department_evaluation(dept: Department) -> DepartmentEvaluation:
    """The department's 自评 block as the switch into the 自评 fills it in."""
    return DepartmentEvaluation(budget_initial=_department_rows(dept),
                                budget_full=_department_rows(dept))


@dataclass(frozen=True, eq=False)
class StageSwitch:
    """A switch of the document's stage: from, to, and the owners given a block."""

    old: str
    new: str
    added: tuple[StageOwner, ...]


def add_blocks(
    projects: list[Project], stage: str, year: int, department: Department | None = None,
) -> tuple[StageOwner, ...]:
    """Gives every project and indicator the block of ``stage`` it lacks, and in the 自评
    the department and its indicators too; returns them."""
    if stage not in STAGES:
        raise ValueError(stage)
    added: list[StageOwner] = []
    if stage not in BLOCKS:
        return ()
    if department is not None and stage == EVALUATION:
        if department.evaluation is None:
            department.evaluation = new_department_evaluation(department)
            added.append(department)
        for l1 in department.indicators:
            for l2 in l1.children:
                for ind in l2.children:
                    if ind.evaluation is None:
                        ind.evaluation = IndicatorEvaluation()
                        added.append(ind)
    for project in projects:
        if getattr(project, stage) is None:
            setattr(project, stage, new_project_block(project, stage, year))
            added.append(project)
        for _path, _l1, _l2, ind in iter_indicators(project):
            if getattr(ind, stage) is None:
                setattr(ind, stage, new_indicator_block(stage))
                added.append(ind)
    return tuple(added)


def remove_blocks(switch: StageSwitch) -> None:
    """Takes away the blocks a switch added."""
    if switch.new in BLOCKS:
        for owner in switch.added:
            setattr(owner, switch.new, None)
