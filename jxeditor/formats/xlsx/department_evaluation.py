"""The department's 自评表 as the first sheet of the export in the 自评 stage, 部门整体:
the 部门整体支出绩效自评表 (form C of ``department.md``), A4 like the projects' 自评 sheets.

Title and year, 部门（单位）名称, the funds block 部门资金 over 基本支出 / 项目支出 / 合计
with 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 (分值 10 and 得分 on 合计),
年度总体目标 (预期目标 | 实际完成情况), the indicators with 年度指标值 | 实际完成值 | 分值 |
得分 | 偏差原因分析及改进措施, and 总分 and 自评等级. The layout is the project 自评 form's
(:class:`~jxeditor.formats.xlsx.stage_layout.EvaluationBuilder`, of which this is a
subclass), over the department seen as a project
(:func:`~jxeditor.scoring.department.department_project`): the scores are those of the
project rules, as ``jxeditor score`` prints them for a project.
"""

from __future__ import annotations

from jxeditor.document.department import SPENDING_ROWS, Department, DepartmentEvaluation
from jxeditor.document.document import Document
from jxeditor.formats.xlsx.sheet_plan import Notes, SheetPlan
from jxeditor.formats.xlsx.stage_layout import EvaluationBuilder
from jxeditor.scoring.department import department_project

TITLE = "部门整体支出绩效自评表"
FUNDS_LABEL = "部门资金"


class DepartmentEvaluationForm(EvaluationBuilder):
    """Lays out the department block as the 自评表."""

    title = TITLE
    funds_label = FUNDS_LABEL
    funds_rows = SPENDING_ROWS
    # the project form's widths, its first column wide enough for 部门（单位）名称 on one
    # line (taken from 偏差原因分析及改进措施: the page is as wide)
    widths = (16.0, 14.5, 18.0, 13.0, 13.0, 8.0, 9.0, 18.0)

    def __init__(self, doc: Document, dept: Department, title: str, notes: Notes) -> None:
        super().__init__(doc, department_project(dept), title, notes)
        self.dept = dept

    def stage_header(self) -> None:
        n = self.ncols
        r = self.new_row()
        self.put(r, 1, self.title, "title", to_col=n)
        self.plan.heights[r] = 32.0
        r = self.new_row()
        self.put(r, 1, f"（{self.doc.year}年度）", "subtitle", to_col=n)
        r = self.new_row()
        self.put(r, 1, f"填报单位（盖章）：{self.doc.reporting_unit}", "note_left", to_col=n // 2)
        self.put(r, n // 2 + 1, f"单位：{self.doc.money_unit}", "note_right", to_col=n)
        self.wide_row("部门（单位）名称", self.dept.name, "center")

    def funds_block(self) -> DepartmentEvaluation:
        return self.dept.evaluation or DepartmentEvaluation()


def department_evaluation_form(doc: Document, dept: Department, title: str,
                               notes: Notes) -> SheetPlan:
    """The 部门整体 sheet of ``doc`` in the 自评 stage."""
    return DepartmentEvaluationForm(doc, dept, title, notes).build()
