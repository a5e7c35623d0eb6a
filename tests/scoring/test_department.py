"""Issue 30, form C: the department is scored with the project rules: its tree as a
project's, 预算执行率 from the 合计 row of its funds block (not 基本支出 or 项目支出)."""

from __future__ import annotations

from decimal import Decimal

from jxeditor.document.department import Department, DepartmentEvaluation, SpendingRows
from jxeditor.document.model import Indicator, Level1, Level2
from jxeditor.document.stages import IndicatorEvaluation
from jxeditor.scoring.department import department_project, score_department


def department(evaluation: DepartmentEvaluation | None) -> Department:
    return Department(name="示例局", overall_goal="做好工作。", evaluation=evaluation, indicators=[
        Level1("产出指标", [Level2("数量指标", [
            Indicator("评审项目数", "≥20个", evaluation=IndicatorEvaluation(actual="10个"))])]),
        Level1("效益指标", [Level2("社会效益指标", [
            Indicator("群众知晓率", "≥90%", evaluation=IndicatorEvaluation(actual="90%"))])]),
    ])


def test_scored_as_a_project_with_the_total_row() -> None:
    rows = SpendingRows(Decimal(50), Decimal(50), Decimal(100))
    executed = SpendingRows(Decimal(50), Decimal(0), Decimal(80))  # only the 合计 row counts
    score = score_department(department(DepartmentEvaluation(rows, rows, executed, "完成。")))
    assert score.execution.rate == Decimal("0.8000") and score.execution.score == Decimal(8)
    # no 满意度: 产出 56.25 and 效益 33.75; 10 of 20 gives half (2020-10 rules)
    assert [(s.path, s.points, s.score) for s in score.indicators] == [
        ((0, 0, 0), Decimal("56.25"), Decimal("28.13")),
        ((1, 0, 0), Decimal("33.75"), Decimal("33.75")),
    ]
    assert score.total == Decimal("69.88") and score.grade == "中"


def test_without_a_self_evaluation_block_the_execution_scores_nothing() -> None:
    score = score_department(department(None))
    assert score.execution.score == 0 and score.execution.rate is None


def test_the_project_view_shares_the_tree_and_carries_the_goal() -> None:
    dept = department(DepartmentEvaluation(goals_achieved="完成。"))
    project = department_project(dept)
    assert project.indicators is dept.indicators
    assert project.goals.annual == "做好工作。" and project.evaluation is not None
    assert project.evaluation.goals_achieved == "完成。"
