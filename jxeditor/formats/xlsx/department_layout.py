"""The department's overall targets as the first sheet of the export, 部门整体: the
部门整体支出绩效目标申报表 (form B of ``department.md``), ready to print on A4.

Title and year, 部门（单位）名称 and 部门职能概述, the funds overview where the block has one
(年度部门整体支出预算: 资金总额 | 财政拨款 | 其他资金 over their amounts, then 基本支出 |
人员经费 | 公用经费 | 项目支出 over theirs, as stated), the 年度主要任务 (任务名称 | 主要内容 |
预算金额: 总额 | 财政拨款 | 其他资金) with the 金额合计 row (as stated, else the tasks'
sum), the 年度总体目标, the 年度绩效指标 (一级 | 二级 | 三级 | 指标值, merged downwards as
on a project's sheet) where the department has an indicator tree, else the tasks'
measures as read from the narrative (分项目标 | 绩效指标 | 指标名称 | 指标值), and the
目标规划及保障措施. The cells are those of :mod:`~jxeditor.formats.xlsx.form_layout`
(:class:`~jxeditor.formats.xlsx.form_layout.FormBuilder`: styles, merges, row heights).
The hidden copy keeps the block exactly; the sheet is for reading and printing.
"""

from __future__ import annotations

from decimal import Decimal

from jxeditor.document.department import DEPARTMENT_LABEL, Department, Measure, chinese_number
from jxeditor.document.document import Document
from jxeditor.document.model import FundingColumn, Indicator, Level2
from jxeditor.document.stages import EVALUATION, MONITORING
from jxeditor.formats.xlsx.department_evaluation import department_evaluation_form
from jxeditor.formats.xlsx.form_layout import FormBuilder
from jxeditor.formats.xlsx.sheet_plan import Notes, SheetPlan

TITLE = "部门整体支出绩效目标申报表"
SHEET_TITLE = DEPARTMENT_LABEL
WIDTHS: list[float] = [16.0, 30.0, 14.0, 12.0, 12.0, 12.0]


def _sum(dept: Department) -> FundingColumn:
    """The 金额合计 as stated (any part of it), else each column's sum over the tasks
    (where all are numbers)."""
    stated = dept.total
    if any(v is not None for v in (stated.total, stated.fiscal, stated.other)):
        return stated
    out = FundingColumn()
    for part in ("total", "fiscal", "other"):
        values = [getattr(t.budget, part) for t in dept.tasks]
        if any(isinstance(v, Decimal) for v in values) and not any(isinstance(v, str) for v in values):
            setattr(out, part, sum((v for v in values if isinstance(v, Decimal)), Decimal(0)))
    return out


class DepartmentForm(FormBuilder):
    """Lays out the department block as the 申报表."""

    def __init__(self, doc: Document, dept: Department, title: str, notes: Notes) -> None:
        # FormBuilder's cells and sizing, without a project (its __init__ needs one).
        self.doc = doc
        self.dept = dept
        self.notes = notes
        self.extras = []
        self.ncols = len(WIDTHS)
        self.plan = SheetPlan(title=title, widths=list(WIDTHS))

    def owner(self) -> str:
        return "部门整体"

    def build(self) -> SheetPlan:
        self.head()
        self.funds()
        self.tasks()
        self.wide_row("年度总体目标", self.dept.overall_goal, "goal")
        if self.dept.indicators:
            self.indicator_table()
        else:
            self.measure_table()
        self.safeguards()
        self.size_rows()
        return self.plan

    def head(self) -> None:
        dept = self.dept
        self.title_rows(TITLE)
        self.wide_row("部门（单位）名称", dept.name, "center")
        if dept.functions:
            self.wide_row("部门职能概述", dept.functions)

    def funds(self) -> None:
        funds = self.dept.funds
        if funds is None:
            return
        first = len(self.plan.rows) + 1
        for labelled in ((("资金总额", funds.total), ("财政拨款", funds.income_fiscal),
                          ("其他资金", funds.income_other)),
                         (("基本支出", funds.basic), ("人员经费", funds.personnel),
                          ("公用经费", funds.public), ("项目支出", funds.projects))):
            labels, amounts = self.new_row(), self.new_row()
            for col, (label, value) in enumerate(labelled, start=2):
                self.put(labels, col, label, "head")
                self._amount(amounts, col, value)
        self.put(first, 1, f"年度部门整体支出预算（{self.doc.money_unit}）", "label",
                 to_row=len(self.plan.rows))

    def tasks(self) -> None:
        r1, r2 = self.new_row(), self.new_row()
        self.put(r1, 2, "任务名称", "head", to_row=r2)
        self.put(r1, 3, "主要内容", "head", to_row=r2)
        self.put(r1, 4, f"预算金额（{self.doc.money_unit}）", "head", to_col=6)
        for col, label in ((4, "总额"), (5, "财政拨款"), (6, "其他资金")):
            self.put(r2, col, label, "head")
        first = r1
        for i, task in enumerate(self.dept.tasks):
            r = self.new_row()
            self.put(r, 2, f"（{chinese_number(i + 1)}）{task.title}", "text")
            self.put(r, 3, task.content, "text")
            for col, value in ((4, task.budget.total), (5, task.budget.fiscal), (6, task.budget.other)):
                self._amount(r, col, value)
        r = self.new_row()
        self.put(r, 2, "金额合计", "label", to_col=3)
        total = _sum(self.dept)
        for col, value in ((4, total.total), (5, total.fiscal), (6, total.other)):
            self._amount(r, col, value)
        self.put(first, 1, "年度主要任务", "label", to_row=r)

    def indicator_table(self) -> None:
        r = self.new_row()
        self.put(r, 2, "一级指标", "head")
        self.put(r, 3, "二级指标", "head")
        self.put(r, 4, "三级指标", "head", to_col=5)
        self.put(r, 6, "指标值", "head")
        self.plan.title_rows = f"{r}:{r}"  # repeated on each printed page after the first
        for l1 in self.dept.indicators:
            first1 = len(self.plan.rows) + 1
            level2s: list[Level2 | None] = [*l1.children] or [None]
            for l2 in level2s:
                first2 = len(self.plan.rows) + 1
                indicators: list[Indicator | None] = [*l2.children] if l2 else []
                for ind in indicators or [None]:
                    row = self.new_row()
                    self.put(row, 4, ind.name if ind else "", "text", to_col=5)
                    self.put(row, 6, ind.value if ind else "", "center")
                self.put(first2, 3, l2.name if l2 else "", "center", to_row=len(self.plan.rows))
            self.put(first1, 2, l1.name, "center", to_row=len(self.plan.rows))
        self.put(r, 1, "年度绩效指标", "label", to_row=len(self.plan.rows))

    def measure_table(self) -> None:
        r = self.new_row()
        self.put(r, 2, "分项目标", "head")
        self.put(r, 3, "绩效指标", "head", to_col=4)
        self.put(r, 5, "指标名称", "head")
        self.put(r, 6, "指标值", "head")
        self.plan.title_rows = f"{r}:{r}"
        for i, task in enumerate(self.dept.tasks):
            first = len(self.plan.rows) + 1
            for measure in task.measures or [Measure()]:  # a task without any: one empty row
                row = self.new_row()
                self.put(row, 3, measure.text, "text", to_col=4)
                self.put(row, 5, measure.name, "center")
                self.put(row, 6, measure.value, "center")
            self.put(first, 2, f"（{chinese_number(i + 1)}）{task.title}", "center",
                     to_row=len(self.plan.rows))
        self.put(r, 1, "年度绩效指标", "label", to_row=len(self.plan.rows))

    def safeguards(self) -> None:
        if not self.dept.measures:
            return
        first = len(self.plan.rows) + 1
        for i, item in enumerate(self.dept.measures):
            r = self.new_row()
            title = f"{item.title}。" if item.title else ""
            self.put(r, 2, f"（{chinese_number(i + 1)}）{title}{item.text}", "text", to_col=self.ncols)
        self.put(first, 1, "目标规划及保障措施", "label", to_row=len(self.plan.rows))


def department_form(doc: Document, title: str, notes: Notes) -> SheetPlan | None:
    """The 部门整体 sheet of ``doc`` (``None`` without a department block): the 申报表,
    or in the 自评 stage the 自评表 (:mod:`~jxeditor.formats.xlsx.department_evaluation`)."""
    if doc.department is None:
        return None
    if doc.stage == EVALUATION:
        return department_evaluation_form(doc, doc.department, title, notes)
    plan = DepartmentForm(doc, doc.department, title, notes).build()
    if doc.stage == MONITORING:  # printed with the landscape 监控表 (one page layout)
        plan.orientation = "landscape"
    return plan
