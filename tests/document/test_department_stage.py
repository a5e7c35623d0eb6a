"""Issue 30, the stages: switching the document into the 自评 gives the department block
its 自评 block (form C: 年初预算数 / 全年预算数 from the 申报表, by 基本支出 / 项目支出 / 合计)
and every indicator of its tree an indicator block, as it does for projects; undoing the
switch takes exactly those away; ``jxeditor derive evaluation`` does the same."""

from __future__ import annotations

import copy
from decimal import Decimal

import pytest
from builders import clean_document

from jxeditor.document.changes import (
    Change,
    DepartmentFieldChanged,
    DocumentFieldChanged,
    StageChanged,
)
from jxeditor.document.department import (
    Department,
    DepartmentEvaluation,
    DepartmentFunds,
    SpendingRows,
)
from jxeditor.document.derive import derive_stage
from jxeditor.document.document import Document
from jxeditor.document.model import FundingColumn, Indicator, Level1, Level2
from jxeditor.document.stage_edits import ABSENT
from jxeditor.document.stages import EVALUATION, MONITORING, TARGETS, IndicatorEvaluation

D = Decimal


def department(funds: DepartmentFunds | None = None) -> Department:
    return Department(
        name="示例局", overall_goal="做好工作。", funds=funds,
        total=FundingColumn(D("42.5"), D("32.5"), D("10")),
        indicators=[Level1("产出指标", [Level2("数量指标", [
            Indicator("评审项目数", "≥20个"), Indicator("培训人次", "≥100人次")])])],
    )


def with_department(dept: Department) -> Document:
    doc = clean_document()
    doc.department = dept
    return doc


def dept_indicators(dept: Department) -> list[Indicator]:
    return [ind for l1 in dept.indicators for l2 in l1.children for ind in l2.children]


def test_the_switch_into_the_evaluation_adds_the_department_block_and_undo_takes_it() -> None:
    doc = with_department(department())
    before = copy.deepcopy(doc)
    seen: list[Change] = []
    doc.subscribe(seen.append)
    switch = doc.set_stage(EVALUATION)
    dept = doc.department
    assert dept is not None
    rows = SpendingRows(total=D("42.5"))  # no funds overview: the tasks' 金额合计
    assert dept.evaluation == DepartmentEvaluation(budget_initial=rows, budget_full=rows)
    assert dept.evaluation.budget_initial is not dept.evaluation.budget_full
    assert all(ind.evaluation == IndicatorEvaluation() for ind in dept_indicators(dept))
    assert dept in switch.added
    assert [type(c) for c in seen] == [StageChanged, DocumentFieldChanged]
    doc.revert_stage(switch)
    assert doc == before and dept.evaluation is None
    assert all(ind.evaluation is None for ind in dept_indicators(dept))


def test_the_funds_overview_fills_basic_and_project_spending() -> None:
    doc = with_department(department(DepartmentFunds(basic=D("300"), projects=D("120.5"))))
    doc.set_stage(EVALUATION)
    assert doc.department is not None and doc.department.evaluation is not None
    assert doc.department.evaluation.budget_full == SpendingRows(D("300"), D("120.5"), D("420.5"))


def test_a_block_already_there_is_kept_and_not_taken_by_undo() -> None:
    dept = department()
    kept = DepartmentEvaluation(goals_achieved="已完成。")
    dept.evaluation = kept
    first = dept_indicators(dept)[0]
    first.evaluation = IndicatorEvaluation(actual="25个")
    doc = with_department(dept)
    switch = doc.set_stage(EVALUATION)
    assert dept.evaluation is kept and dept not in switch.added
    assert first not in switch.added and dept_indicators(dept)[1] in switch.added
    doc.revert_stage(switch)
    assert dept.evaluation is kept and first.evaluation == IndicatorEvaluation(actual="25个")
    assert dept_indicators(dept)[1].evaluation is None


def test_monitoring_gives_the_department_nothing() -> None:
    doc = with_department(department())
    switch = doc.set_stage(MONITORING)
    assert doc.department is not None and doc.department.evaluation is None
    assert doc.department not in switch.added
    assert all(ind.monitoring is None for ind in dept_indicators(doc.department))


def test_derive_evaluation_gives_the_department_its_block() -> None:
    doc = with_department(department())
    out = derive_stage(doc, EVALUATION)
    assert doc.department is not None and doc.department.evaluation is None
    assert doc.stage == TARGETS
    assert out.department is not None and out.department.evaluation is not None
    assert out.department.evaluation.budget_initial.total == D("42.5")
    assert all(ind.evaluation is not None for ind in dept_indicators(out.department))


def test_a_field_of_the_department_evaluation_is_set_and_announced() -> None:
    doc = with_department(department())
    doc.set_stage(EVALUATION)
    dept = doc.department
    assert dept is not None and dept.evaluation is not None
    seen: list[Change] = []
    doc.subscribe(seen.append)
    assert doc.set_department_stage_field(dept, "evaluation.executed.total", D("40")) is None
    assert dept.evaluation.executed.total == D("40")
    first = dept_indicators(dept)[0]
    assert doc.set_department_stage_field(first, "evaluation.actual", "25个") == ""
    assert first.evaluation is not None and first.evaluation.actual == "25个"
    assert [(type(c), c.owner, c.field) for c in seen if isinstance(c, DepartmentFieldChanged)
            ] == [(DepartmentFieldChanged, dept, "evaluation.executed.total"),
                  (DepartmentFieldChanged, first, "evaluation.actual")]


def test_the_first_edit_creates_the_department_block_and_absent_takes_it_away() -> None:
    doc = with_department(department())
    dept = doc.department
    assert dept is not None
    old = doc.set_department_stage_field(dept, "evaluation.goals_achieved", "完成。")
    assert old is ABSENT and dept.evaluation is not None
    assert dept.evaluation.budget_full.total == D("42.5")  # filled in as by the switch
    doc.set_department_stage_field(dept, "evaluation.goals_achieved", ABSENT)
    assert dept.evaluation is None


@pytest.mark.parametrize("path", ["name", "evaluation.actual", "evaluation.executed.fiscal"])
def test_other_paths_and_owners_outside_the_block_are_refused(path: str) -> None:
    doc = with_department(department())
    assert doc.department is not None
    with pytest.raises(KeyError):
        doc.set_department_stage_field(doc.department, path, "x")
    with pytest.raises(KeyError):
        doc.set_department_stage_field(Indicator("别处", "1个"), "evaluation.actual", "x")
