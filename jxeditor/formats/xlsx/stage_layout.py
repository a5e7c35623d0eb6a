"""One project's sheet in the forms of the later stages: the 自评表 and the 监控表.

The layouts follow the forms as the bureaus print them (``year-cycle.md``):

* 自评 (:class:`EvaluationBuilder`, 财预〔2020〕10号): header, the funds block 项目资金
  with 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 over 年度资金总额 /
  其中：当年财政拨款 / 上年结转资金 / 其他资金, 年度总体目标 (预期目标 | 实际完成情况),
  the indicators with 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 and
  each first level labelled with its points (``产出指标（50分）``), and the footer
  总分 and 自评等级. 分值, 得分, 执行率, 总分 and 自评等级 come from
  :func:`jxeditor.scoring.project.score_project` with the document's rule set, so the
  sheet shows what ``jxeditor score`` prints; while an indicator is not scored the
  总分 reads ``总分（未完成：N 项未评分）`` and the 自评等级 ``—``.
* 运行监控 (:class:`MonitoringBuilder`, 财预〔2019〕136号, landscape): the funds block
  with 全年预算数, 1–7月执行数 and its rate, 全年预计执行数 and its rate and 截至日期;
  the indicators with 1–7月完成值 | 全年预计完成值, the causes of a deviation and the
  possibility of meeting the target as ticked columns, and 说明.

Both reuse :class:`~jxeditor.formats.xlsx.form_layout.FormBuilder`'s cells, merges and
row heights; :func:`stage_form` picks the builder by the document's stage.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from jxeditor.document.amounts import Amount
from jxeditor.document.department import DepartmentEvaluation
from jxeditor.document.document import Document
from jxeditor.document.model import Indicator, Level1, Level2, Project
from jxeditor.document.stages import (
    CAUSES,
    EVALUATION,
    EVALUATION_FUNDS_COLUMNS,
    EVALUATION_FUNDS_ROWS,
    MONITORING,
    POSSIBILITIES,
    ProjectEvaluation,
    ProjectMonitoring,
)
from jxeditor.formats.xlsx.form_layout import FormBuilder, period_text
from jxeditor.formats.xlsx.sheet_plan import CellValue, Notes, SheetPlan, amount_value
from jxeditor.scoring.numbers import ratio, text
from jxeditor.scoring.project import ProjectScore, score_project, unfinished_text

EVALUATION_TITLE = "项目支出绩效自评表"
MONITORING_TITLE = "项目支出绩效运行监控表"
TICK = "√"
FUNDS_LABEL = "项目资金"
EVALUATION_HEADS = ("年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施")
MONITORING_HEADS = ("年度指标值", "1–7月完成值", "全年预计完成值")
CAUSE_HEAD, POSSIBILITY_HEAD, NOTE_HEAD = "偏差原因分析", "完成目标可能性", "说明"
TOTAL_LABEL, GRADE_LABEL = "总分", "自评等级"
NO_GRADE = "—"  # while an indicator is not scored


def points_label(name: str, points: Decimal | None) -> str:
    """A first level as the 自评 form labels it: ``产出指标（50分）`` (on two lines)."""
    return f"{name}\n（{text(points)}分）" if points is not None and name else name


def rate_text(executed: Amount, budget: Amount) -> str:
    """执行率 as printed (``94.50%``), or ``""`` when it cannot be computed."""
    if not isinstance(executed, Decimal) or not isinstance(budget, Decimal):
        return ""
    if not (executed.is_finite() and budget.is_finite()) or budget <= 0 or executed < 0:
        return ""
    if abs(executed.adjusted()) > 20 or abs(budget.adjusted()) > 20:
        return ""
    return f"{ratio(Decimal(100), executed, budget):.2f}%"


def _score_value(value: Decimal | None) -> CellValue:
    return amount_value(value) if value is not None else None


class _StageBuilder(FormBuilder):
    """The parts both later forms share: header, the indicator rows, the sizes."""

    title = ""
    widths: tuple[float, ...] = ()

    def __init__(self, doc: Document, project: Project, title: str, notes: Notes) -> None:
        super().__init__(doc, project, title, notes)
        self.extras = []
        self.ncols = len(self.widths)
        self.plan = SheetPlan(title=title, widths=list(self.widths))

    def stage_header(self) -> None:
        p, n = self.p, self.ncols
        r = self.new_row()
        self.put(r, 1, self.title, "title", to_col=n)
        self.plan.heights[r] = 32.0
        r = self.new_row()
        self.put(r, 1, f"（{self.doc.year}年度）", "subtitle", to_col=n)
        r = self.new_row()
        half = n // 2
        self.put(r, 1, f"填报单位（盖章）：{self.doc.reporting_unit}", "note_left", to_col=half)
        self.put(r, half + 1, f"单位：{self.doc.money_unit}", "note_right", to_col=n)
        if p.code or p.attribute:
            self.split_row("项目编码", p.code, "项目属性", p.attribute)
        self.split_row("项目名称", p.name, "项目实施期", period_text(p.period))
        self.split_row("主管部门", p.department, "实施单位", p.implementer)
        if p.category:
            self.wide_row("项目类别", p.category, "center")

    def split_row(self, left: str, left_value: CellValue, right: str,
                  right_value: CellValue) -> None:
        """``label | value | label | value`` over the sheet's width, in two halves."""
        r, n = self.new_row(), self.ncols
        mid, span = self.middle
        self.put(r, 1, left, "label")
        self.put(r, 2, left_value, "center", to_col=mid - 1)
        self.put(r, mid, right, "label", to_col=mid + span - 1)
        self.put(r, mid + span, right_value, "center", to_col=n)

    middle = (4, 1)  # the first column of the right-hand labels, and their columns

    def tree_rows(self, level1_label: list[str]) -> None:
        """The indicator rows; ``level1_label`` the text of each first-level cell."""
        for l1, label in zip(self.p.indicators, level1_label, strict=True):
            first1 = len(self.plan.rows) + 1
            level2s: list[Level2 | None] = [*l1.children] or [None]
            for l2 in level2s:
                first2 = len(self.plan.rows) + 1
                inds: list[Indicator | None] = [*l2.children] if l2 else []
                for ind in inds or [None]:
                    self.indicator_row(self.new_row(), l1, ind)
                self.put(first2, 2, l2.name if l2 else "", "center", to_row=len(self.plan.rows))
            self.put(first1, 1, label, "center", to_row=len(self.plan.rows))

    def indicator_row(self, row: int, l1: Level1, ind: Indicator | None) -> None:
        raise NotImplementedError


class EvaluationBuilder(_StageBuilder):
    """Lays out one project in the 自评表."""

    title = EVALUATION_TITLE
    widths = (12.0, 14.5, 18.0, 13.0, 13.0, 8.0, 9.0, 22.0)
    middle = (5, 1)

    def __init__(self, doc: Document, project: Project, title: str, notes: Notes) -> None:
        super().__init__(doc, project, title, notes)
        self.score: ProjectScore = score_project(project, doc.scoring)
        self._n = 0  # the next indicator's index in the score

    def build(self) -> SheetPlan:
        self.stage_header()
        self.funds()
        self.goals_block()
        self.indicator_table()
        self.footer()
        self.size_rows()
        return self.plan

    funds_label = FUNDS_LABEL
    funds_rows: tuple[tuple[str, str], ...] = EVALUATION_FUNDS_ROWS  # (key, label) per row

    def funds_block(self) -> ProjectEvaluation | DepartmentEvaluation:
        """What the funds block shows: the 自评 block, whose columns hold the rows' keys."""
        return self.p.evaluation or ProjectEvaluation()

    def funds(self) -> None:
        ev = self.funds_block()
        execution = self.score.execution
        first = self.new_row()
        self.put(first, 2, "", "head")
        heads = [label for _key, label in EVALUATION_FUNDS_COLUMNS] + ["分值", "执行率", "得分"]
        for i, label in enumerate(heads):
            self.put(first, 3 + i, label, "head")
        for key, label in self.funds_rows:
            r = self.new_row()
            self.put(r, 2, label, "label")
            columns: list[object] = [getattr(ev, c) for c, _ in EVALUATION_FUNDS_COLUMNS]
            for i, column in enumerate(columns):
                self._amount(r, 3 + i, getattr(column, key))
            rate = rate_text(getattr(ev.executed, key), getattr(ev.budget_full, key))
            total = key == "total"
            self.put(r, 6, _score_value(execution.points) if total else "—", "number")
            self.put(r, 7, rate or ("—" if not total else ""), "number")
            self.put(r, 8, _score_value(execution.score) if total else "—", "number")
        self.put(first, 1, f"{self.funds_label}\n（{self.doc.money_unit}）", "label",
                 to_row=len(self.plan.rows))

    def goals_block(self) -> None:
        ev = self.p.evaluation or ProjectEvaluation()
        r1, r2 = self.new_row(), self.new_row()
        self.put(r1, 1, "年度总体目标", "label", to_row=r2)
        self.put(r1, 2, "预期目标", "label", to_col=4)
        self.put(r1, 5, "实际完成情况", "label", to_col=8)
        self.put(r2, 2, self.p.goals.annual, "goal", to_col=4)
        self.put(r2, 5, ev.goals_achieved, "goal", to_col=8)

    def level1_points(self) -> list[Decimal | None]:
        """What each first level's indicators' 分值 add up to (None: no points at all)."""
        sums: list[Decimal | None] = [None] * len(self.p.indicators)
        for s in self.score.indicators:
            i = s.path[0]
            if s.group or s.points:
                sums[i] = (sums[i] or Decimal(0)) + s.points
        for group in self.score.groups:  # an empty first level of a group: 0 points
            for i in group.level1:
                if sums[i] is None:
                    sums[i] = Decimal(0)
        return sums

    def indicator_table(self) -> None:
        r = self.new_row()
        for col, label in enumerate(("一级指标", "二级指标", "三级指标", *EVALUATION_HEADS), 1):
            self.put(r, col, label, "head")
        self.plan.title_rows = f"{r}:{r}"
        labels = [points_label(l1.name, pts)
                  for l1, pts in zip(self.p.indicators, self.level1_points(), strict=True)]
        self.tree_rows(labels)

    def indicator_row(self, row: int, l1: Level1, ind: Indicator | None) -> None:
        self.put(row, 3, ind.name if ind else "", "text")
        self.put(row, 4, ind.value if ind else "", "center")
        if ind is None:
            for col in (5, 6, 7, 8):
                self.put(row, col, "", "center")
            return
        s = self.score.indicators[self._n]
        self._n += 1
        ev = ind.evaluation
        own_points = ev.points if ev is not None and isinstance(ev.points, str) else None
        own_score = ev.score if ev is not None and isinstance(ev.score, str) else None
        self.put(row, 5, ev.actual if ev else "", "center")
        self.put(row, 6, own_points or _score_value(s.points), "number")
        self.put(row, 7, own_score or _score_value(s.score), "number")
        self.put(row, 8, ev.deviation if ev else "", "text")

    def footer(self) -> None:
        s = self.score
        points = sum((i.points for i in s.indicators), s.execution.points)
        r = self.new_row()
        self.put(r, 1, TOTAL_LABEL, "head", to_col=5)
        self.put(r, 6, _score_value(points), "number")
        if s.grade is None:  # not finished: no total to print, no grade
            self.put(r, 7, unfinished_text(len(s.unscored)), "center", to_col=8)
        else:
            self.put(r, 7, _score_value(s.total), "number")
            self.put(r, 8, "", "center")
        r = self.new_row()
        self.put(r, 1, GRADE_LABEL, "head", to_col=5)
        self.put(r, 6, NO_GRADE if s.grade is None else s.grade, "center", to_col=8)


class MonitoringBuilder(_StageBuilder):
    """Lays out one project in the 运行监控表 (landscape)."""

    title = MONITORING_TITLE
    widths = (10.0, 11.0, 16.0, 11.0, 11.0, 11.0, *[7.5] * 5, *[8.0] * 3, 18.0)
    middle = (7, 3)

    def build(self) -> SheetPlan:
        self.plan.orientation = "landscape"
        self.stage_header()
        self.funds()
        r = self.new_row()
        self.put(r, 1, "年度总体目标", "label")
        self.put(r, 2, self.p.goals.annual, "goal", to_col=self.ncols)
        self.indicator_table()
        self.size_rows()
        return self.plan

    def funds(self) -> None:
        m = self.p.monitoring or ProjectMonitoring()
        spans = ((2, 3), (4, 5), (6, 6), (7, 9), (10, 11), (12, 15))
        heads = ("全年预算数", "1–7月执行数", "1–7月执行率", "全年预计执行数", "全年预计执行率",
                 "截至日期")
        r1, r2 = self.new_row(), self.new_row()
        self.put(r1, 1, f"{FUNDS_LABEL}\n（{self.doc.money_unit}）", "label", to_row=r2)
        for (a, b), label in zip(spans, heads, strict=True):
            self.put(r1, a, label, "head", to_col=b)
        values: list[tuple[CellValue, str]] = [
            (amount_value(m.budget), "amount"), (amount_value(m.executed), "amount"),
            (rate_text(m.executed, m.budget), "number"), (amount_value(m.forecast), "amount"),
            (rate_text(m.forecast, m.budget), "number"),
        ]
        for (a, b), (value, style) in zip(spans, values, strict=False):
            if style == "amount" and not isinstance(value, float):
                style = "center"
            self.put(r2, a, value, style, to_col=b)
        as_of = m.as_of
        shown = f"{as_of.year}年{as_of.month}月{as_of.day}日" if isinstance(as_of, date) else as_of
        self.put(r2, 12, shown or "", "center", to_col=15)

    def indicator_table(self) -> None:
        r1, r2 = self.new_row(), self.new_row()
        for col, label in enumerate(("一级指标", "二级指标", "三级指标", *MONITORING_HEADS), 1):
            self.put(r1, col, label, "head", to_row=r2)
        self.put(r1, 7, CAUSE_HEAD, "head", to_col=11)
        self.put(r1, 12, POSSIBILITY_HEAD, "head", to_col=14)
        self.put(r1, 15, NOTE_HEAD, "head", to_row=r2)
        for i, cause in enumerate(CAUSES):
            self.put(r2, 7 + i, cause, "head")
        for i, possibility in enumerate(POSSIBILITIES):
            self.put(r2, 12 + i, possibility, "head")
        self.plan.title_rows = f"{r1}:{r2}"
        self.tree_rows([l1.name for l1 in self.p.indicators])

    def indicator_row(self, row: int, l1: Level1, ind: Indicator | None) -> None:
        m = ind.monitoring if ind is not None else None
        self.put(row, 3, ind.name if ind else "", "text")
        self.put(row, 4, ind.value if ind else "", "center")
        self.put(row, 5, m.current if m else "", "center")
        self.put(row, 6, m.forecast if m else "", "center")
        for i, cause in enumerate(CAUSES):
            self.put(row, 7 + i, TICK if m and cause in m.causes else "", "center")
        for i, possibility in enumerate(POSSIBILITIES):
            self.put(row, 12 + i, TICK if m and m.possibility == possibility else "", "center")
        self.put(row, 15, m.note if m else "", "text")


def stage_form(doc: Document, project: Project, title: str, notes: Notes) -> SheetPlan:
    """The project's sheet in the form of the document's stage (the target form in the
    ``targets`` stage)."""
    if doc.stage == EVALUATION:
        return EvaluationBuilder(doc, project, title, notes).build()
    if doc.stage == MONITORING:
        return MonitoringBuilder(doc, project, title, notes).build()
    return FormBuilder(doc, project, title, notes).build()
