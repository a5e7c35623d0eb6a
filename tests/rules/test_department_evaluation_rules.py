"""Issue 30, form C: in the 自评 stage the 自评 rules of the projects (stage_rules,
stage_review_rules) run on the department's tree and funds too: a department with a bad
自评 gets each problem, named 部门整体 and placed in the department block; a clean
look-alike gets none, and outside the 自评 stage the same block is not checked."""

from __future__ import annotations

import copy
from collections.abc import Callable
from decimal import Decimal

import pytest
from builders import clean_project

from jxeditor.document.department import (
    DEPARTMENT_LABEL,
    Department,
    DepartmentEvaluation,
    SpendingRows,
)
from jxeditor.document.document import Document
from jxeditor.document.model import Indicator
from jxeditor.document.stages import EVALUATION, TARGETS, IndicatorEvaluation
from jxeditor.rules.department_rules import validate_department
from jxeditor.rules.engine import validate

D = Decimal
ACTUALS = ("130平方米", "100%", "2026年11月", "900元/平方米", "达成年度指标", "95%")


def rows() -> SpendingRows:
    return SpendingRows(D("300"), D("100"), D("400"))


def clean() -> Document:
    """A department in the 自评 whose every indicator is met and whose funds are spent."""
    tree = copy.deepcopy(clean_project().indicators)
    leaves = [ind for l1 in tree for l2 in l1.children for ind in l2.children]
    for ind, actual in zip(leaves, ACTUALS, strict=True):
        ind.evaluation = IndicatorEvaluation(actual=actual)
    dept = Department(name="示例局", overall_goal="2026年做好档案管理工作。", indicators=tree,
                      evaluation=DepartmentEvaluation(rows(), rows(), SpendingRows(
                          D("290"), D("98"), D("388")), "全部完成。"))
    return Document(year=2026, stage=EVALUATION, department=dept)


def leaf(doc: Document, n: int) -> Indicator:
    assert doc.department is not None
    return [ind for l1 in doc.department.indicators for l2 in l1.children
            for ind in l2.children][n]


def evaluation(doc: Document) -> DepartmentEvaluation:
    assert doc.department is not None and doc.department.evaluation is not None
    return doc.department.evaluation


def no_actual(doc: Document) -> None:
    leaf(doc, 0).evaluation = IndicatorEvaluation()


def unreadable(doc: Document) -> None:
    leaf(doc, 0).evaluation = IndicatorEvaluation(actual="很多")


def below_full_without_reason(doc: Document) -> None:
    leaf(doc, 0).evaluation = IndicatorEvaluation(actual="60平方米")


def score_over_points(doc: Document) -> None:
    leaf(doc, 0).evaluation = IndicatorEvaluation(actual="130平方米", score=D("90"))


def over_budget(doc: Document) -> None:
    evaluation(doc).executed.total = D("450")


def not_a_number(doc: Document) -> None:
    evaluation(doc).budget_full.basic = "三百"


CASES: list[tuple[Callable[[Document], None], str, str | None]] = [
    (no_actual, "evaluation.actual_missing", None),
    (unreadable, "evaluation.actual_unreadable", None),
    (below_full_without_reason, "evaluation.deviation_missing", None),
    (score_over_points, "evaluation.score_over_points", None),
    (over_budget, "evaluation.execution_over_100", "department.evaluation.executed.total"),
    (not_a_number, "evaluation.not_a_number", "department.evaluation.budget_full.basic"),
]


def test_a_clean_evaluation_is_silent() -> None:
    assert validate_department(clean()) == []
    assert validate(clean()) == []


@pytest.mark.parametrize(("spoil", "code", "field"), CASES, ids=[c[1] for c in CASES])
def test_each_evaluation_rule_fires_on_the_department(
    spoil: Callable[[Document], None], code: str, field: str | None
) -> None:
    doc = clean()
    spoil(doc)
    found = [p for p in validate(doc) if p.code == code]
    assert len(found) == 1, [p.code for p in validate(doc)]
    problem = found[0]
    assert problem.project is None and problem.project_name == DEPARTMENT_LABEL
    if field is None:
        assert problem.path == (0, 0, 0) and "改造面积" in problem.location
    else:
        assert problem.field == field


@pytest.mark.parametrize(("spoil", "code", "field"), CASES, ids=[c[1] for c in CASES])
def test_the_target_stage_does_not_check_the_evaluation(
    spoil: Callable[[Document], None], code: str, field: str | None
) -> None:
    doc = clean()
    spoil(doc)
    doc.stage = TARGETS
    assert [p for p in validate_department(doc) if p.code.startswith("evaluation.")] == []
