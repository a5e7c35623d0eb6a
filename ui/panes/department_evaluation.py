"""The department's 自评 block in its form (form C of department.md), shown in the 自评
stage only: the funds block as printed (基本支出, 项目支出, 合计 × 年初预算数, 全年预算数,
全年执行数, with 分值 10, 执行率 and 得分 on the 合计 row), the 年度总体目标 实际完成情况,
the indicators with their 实际完成值, 分值, 得分 and 偏差原因分析及改进措施
(:class:`~ui.models.department_evaluation_model.DepartmentEvaluationModel`), and the
department's 总分 and 自评等级 (or 总分（未完成：N 项未评分）), live.

As in the project's stage block (:mod:`ui.panes.stage_block`), every keystroke goes to
the document through the one typing path (:class:`~ui.session.typing.FieldRuns`: one
undo step per visit to a field) and the widgets follow the document's change events.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jxeditor.document.changes import (
    Change,
    DepartmentFieldChanged,
    DepartmentSet,
    DocumentFieldChanged,
    Reset,
)
from jxeditor.document.department import Department
from jxeditor.document.fields import (
    AMOUNT,
    DEPARTMENT,
    FieldSpec,
    find_field,
    parse_in_unit,
    same_value,
)
from jxeditor.document.stage_edits import stage_field
from jxeditor.document.stages import DEPARTMENT_FUNDS_ROWS, EVALUATION, EVALUATION_FUNDS_COLUMNS
from jxeditor.rules.tally import Tally
from jxeditor.scoring.numbers import text as decimal_text
from ui.models.department_evaluation_model import DepartmentEvaluationModel
from ui.panes.department_cells import DepartmentCellDelegate
from ui.panes.field_widgets import put_widget_text, widget_text
from ui.panes.form_names import FRAME_COLOURS
from ui.panes.stage_block import object_name
from ui.session.editor_session import EditorSession
from ui.session.live_scores import unfinished_label
from ui.session.typing import FieldRuns

GOALS = "evaluation.goals_achieved"


class DepartmentEvaluationBlock(QGroupBox):
    """The 自评 of the document's department block."""

    def __init__(self, session: EditorSession, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("自评：部门整体支出（万元）"), parent)
        self.setObjectName("departmentEvaluation")
        self.session = session
        self.block: Department | None = None
        self.widgets: dict[str, QLineEdit | QPlainTextEdit] = {}
        self._updating = False
        self.runs = FieldRuns(session)
        self.indicators = DepartmentEvaluationModel(session, self)
        self._build()
        session.doc.subscribe(self._on_change)
        session.scores.changed.connect(self._on_scores)
        session.live.projectChanged.connect(
            lambda owner, *_: self.show_problems() if owner is self.block else None)
        session.live.resetAll.connect(self.show_problems)
        self.set_block(session.doc.department)

    # -- building ----------------------------------------------------------------------
    def _spec(self, path: str) -> FieldSpec:
        return find_field(DEPARTMENT, path)

    def _watch(self, path: str, edit: QLineEdit | QPlainTextEdit) -> None:
        edit.setObjectName(object_name(path))
        edit.installEventFilter(self)
        self.widgets[path] = edit

    def _line(self, path: str) -> QLineEdit:
        edit = QLineEdit(self)
        if self._spec(path).kind == AMOUNT:
            edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        edit.textEdited.connect(lambda text, p=path: self._user_edit(p, text))
        self._watch(path, edit)
        return edit

    def _computed(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        label.setMinimumWidth(label.fontMetrics().horizontalAdvance("100.00%") + 8)
        return label

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        grid = QGridLayout()
        grid.setVerticalSpacing(3)
        headers = (self.tr("年初预算数"), self.tr("全年预算数"), self.tr("全年执行数"),
                   self.tr("分值"), self.tr("执行率"), self.tr("得分"))
        for c, title in enumerate(headers, start=1):
            grid.addWidget(QLabel(title, self), 0, c, Qt.AlignmentFlag.AlignCenter)
        for r, text in enumerate((self.tr("基本支出"), self.tr("项目支出"), self.tr("合计")),
                                 start=1):
            grid.addWidget(QLabel(text, self), r, 0)
        # column by column, so that Tab runs down 年初预算数, then 全年预算数, …
        for c, (column, _label) in enumerate(EVALUATION_FUNDS_COLUMNS, start=1):
            for r, (row, _text) in enumerate(DEPARTMENT_FUNDS_ROWS, start=1):
                grid.addWidget(self._line(f"evaluation.{column}.{row}"), r, c)
        self.execution_points = self._computed("departmentExecutionPoints")
        self.execution_rate = self._computed("departmentExecutionRate")
        self.execution_score = self._computed("departmentExecutionScore")
        total_row = len(DEPARTMENT_FUNDS_ROWS)  # 分值 10 on the 合计 row
        for c, label in enumerate(
            (self.execution_points, self.execution_rate, self.execution_score), start=4
        ):
            grid.addWidget(label, total_row, c)
        goals = QPlainTextEdit(self)
        goals.setPlaceholderText(self.tr("年度总体目标的实际完成情况"))
        goals.setTabChangesFocus(True)
        goals.setUndoRedoEnabled(False)  # undo goes through the document's undo stack
        goals.setMaximumHeight(70)
        goals.textChanged.connect(lambda: self._user_edit(GOALS, goals.toPlainText()))
        self._watch(GOALS, goals)
        grid.addWidget(QLabel(self.tr("实际完成情况"), self), total_row + 1, 0)
        grid.addWidget(goals, total_row + 1, 1, 1, 6)
        outer.addLayout(grid)
        self.indicators_view = QTableView(self)
        self.indicators_view.setObjectName("departmentEvaluationIndicators")
        self.indicators_view.setModel(self.indicators)
        self.delegate = DepartmentCellDelegate(self.session, self.indicators_view)
        self.indicators_view.setItemDelegate(self.delegate)
        self.indicators_view.setTabKeyNavigation(False)
        self.indicators_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.indicators_view.setWordWrap(False)
        columns = self.indicators_view.horizontalHeader()
        em = self.fontMetrics().horizontalAdvance("项")
        for section, width in enumerate((9, 6, 6, 4, 4)):  # 偏差原因 takes the rest
            columns.resizeSection(section, em * width)
        columns.setSectionResizeMode(len(self.indicators.columns) - 1,
                                     QHeaderView.ResizeMode.Stretch)
        row_height = self.indicators_view.fontMetrics().height() + 8
        self.indicators_view.verticalHeader().setDefaultSectionSize(row_height)  # 6 rows seen
        self.indicators_view.setMinimumHeight(columns.sizeHint().height() + 6 * row_height)
        outer.addWidget(self.indicators_view, 1)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("departmentEvaluationTotal")
        self.total_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        outer.addWidget(self.total_label)

    # -- showing -----------------------------------------------------------------------
    def set_block(self, block: Department | None) -> None:
        """Shows the 自评 of ``block`` (hidden outside the 自评 stage or without a block)."""
        self.runs.end()
        self.block = block
        self.setVisible(block is not None and self.session.doc.stage == EVALUATION)
        for path in self.widgets:
            self._show_value(path, force=True)
        self.indicators.refresh()
        self._show_scores()
        self.show_problems()

    def show_problems(self) -> None:
        """Frames the fields with problems (the messages as their tooltip) and marks the
        indicators' rows."""
        problems = self.session.live.department_problems()
        self.indicators.set_problems(problems)
        for path, widget in self.widgets.items():
            found = [p for p in problems if p.field == f"department.{path}"]
            severity = (Tally.of(found).worst or "warning") if found else ""
            if widget.property("problem") == severity:
                continue
            widget.setProperty("problem", severity)
            widget.setToolTip("\n".join(p.message for p in found))
            widget.setStyleSheet(f"{type(widget).__name__} {{ border: 2px solid "
                                 f"{FRAME_COLOURS[severity]}; border-radius: 2px; }}"
                                 if severity else "")

    def go_to(self, path: str) -> bool:
        """Shows the field at ``path`` (from the department, ``evaluation.executed.total``);
        False when the block has no such field or is hidden."""
        widget = self.widgets.get(path)
        if widget is None or self.isHidden():
            return False
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def widget_text(self, path: str) -> str:
        return widget_text(self.widgets[path])

    def _value(self, path: str) -> Any:
        return None if self.block is None else stage_field(self.block, path)

    def _read(self, path: str, text: str) -> Any:
        return parse_in_unit(self._spec(path), text, self.session.doc.money_unit)

    def _show_value(self, path: str, force: bool = False) -> None:
        value = self._value(path)
        if not force and same_value(self._read(path, self.widget_text(path)), value):
            return  # the widget already says this: keep it as typed
        text = self._spec(path).text(value)
        widget = self.widgets[path]
        self._updating = True
        try:
            put_widget_text(widget, text)
        finally:
            self._updating = False

    def _show_scores(self) -> None:
        score = self.session.scores.department_score()
        labels = (self.execution_points, self.execution_rate, self.execution_score)
        if score is None:
            for label in labels:
                label.clear()
            self.total_label.clear()
            return
        ex = score.execution
        self.execution_points.setText(decimal_text(ex.points))
        self.execution_rate.setText("" if ex.rate is None else f"{decimal_text(ex.rate * 100)}%")
        self.execution_score.setText(decimal_text(ex.score))
        self.total_label.setText(unfinished_label(score) if score.grade is None else self.tr(
            "总分 {0}　自评等级 {1}").format(decimal_text(score.total), score.grade))

    def _on_scores(self, owner: object) -> None:
        if owner is None or owner is self.block:
            self._show_scores()

    # -- edits -------------------------------------------------------------------------
    def _user_edit(self, path: str, text: str) -> None:
        if self._updating or self.block is None:
            return
        self.runs.set(self.block, path, text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.runs.end()  # typing after coming back is a new undo step
            path = next((p for p, w in self.widgets.items() if w is watched), None)
            if path is not None and self._spec(path).kind == AMOUNT:  # 1,380.5 → 1380.5
                self._show_value(path, force=True)
        return super().eventFilter(watched, event)

    def _on_change(self, change: Change) -> None:
        match change:
            case DepartmentFieldChanged(owner=owner, field=path) if (
                owner is self.block and path in self.widgets
            ):
                self._show_value(path)
            case DepartmentSet(new=new):
                self.set_block(new)
            case Reset():
                self.set_block(self.session.doc.department)
            case DocumentFieldChanged(field="stage"):
                self.set_block(self.block)
            case _:
                pass
