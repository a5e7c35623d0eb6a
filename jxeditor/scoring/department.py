"""The 自评 score of the department's overall targets (form C of ``department.md``).

The department is scored with the project rules (:func:`~jxeditor.scoring.project.score_project`):
its indicator tree as a project's, and 预算执行率 from the 合计 row of its funds block
(全年执行数 / 全年预算数, 分值 10). :func:`department_project` is the department seen as
a project for that purpose: it shares the department's tree (not a copy), so an
:class:`~jxeditor.scoring.project.IndicatorScore`'s path names the department's indicator.
"""

from __future__ import annotations

from jxeditor.document.department import Department
from jxeditor.document.frameworks import Frameworks
from jxeditor.document.model import Goals, Project
from jxeditor.document.stages import DEFAULT_SCORING, EvaluationColumn, ProjectEvaluation
from jxeditor.scoring.project import ProjectScore, score_project


def department_project(dept: Department) -> Project:
    """The department as a project: its name, 年度总体目标, tree and, from the 合计 row of
    its 自评 funds block, 年初预算数 / 全年预算数 / 全年执行数 as 年度资金总额."""
    ev = dept.evaluation
    evaluation = None if ev is None else ProjectEvaluation(
        budget_initial=EvaluationColumn(total=ev.budget_initial.total),
        budget_full=EvaluationColumn(total=ev.budget_full.total),
        executed=EvaluationColumn(total=ev.executed.total),
        goals_achieved=ev.goals_achieved,
    )
    return Project(name=dept.name, goals=Goals(annual=dept.overall_goal),
                   indicators=dept.indicators, evaluation=evaluation)


def score_department(dept: Department, rules: str = DEFAULT_SCORING,
                     fw: Frameworks | None = None) -> ProjectScore:
    """Every indicator's 分值 and 得分, the execution score, the total and the grade of
    the department, as :func:`~jxeditor.scoring.project.score_project` gives them."""
    return score_project(department_project(dept), rules, fw)
