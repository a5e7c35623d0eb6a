"""The form's block of the document's stage, under the project form.

In the 自评: the funds table as printed (年度资金总额, 其中：当年财政拨款, 上年结转资金,
其他资金 × 年初预算数, 全年预算数, 全年执行数, with 分值 10, 执行率 and 得分 on the total
row), the 年度总体目标 实际完成情况, and the project's 总分 and 自评等级, live. In the 运行监控:
截至日期, 全年预算数, 1–7月执行数 with its 执行率, 全年预计执行数. In the target stage it is
hidden.

Like the project form, the widgets follow the document's change events, each keystroke
asks the session (keystrokes in one field are one undo step), and what was typed stays
as typed while it means the stored value.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from jxeditor.document.changes import (
    Change,
    DocumentFieldChanged,
    ProjectStageFieldChanged,
    Reset,
    StageChanged,
)
from jxeditor.document.fields import (
    AMOUNT,
    TEXT,
    field_spec,
    parse_in_unit,
    same_value,
    stage_block_fields,
)
from jxeditor.document.model import Project
from jxeditor.document.stage_edits import stage_field
from jxeditor.document.stages import (
    EVALUATION,
    EVALUATION_FUNDS_COLUMNS,
    EVALUATION_FUNDS_ROWS,
    MONITORING,
)
from jxeditor.scoring.numbers import ratio
from jxeditor.scoring.numbers import text as decimal_text
from ui.panes.field_widgets import put_widget_text, widget_text
from ui.platform import i18n
from ui.session.editor_session import EditorSession
from ui.session.live_scores import unfinished_label
from ui.session.typing import FieldRuns

StageWidget = QLineEdit | QPlainTextEdit


def _caption(text: str, parent: QWidget) -> QLabel:
    """A caption of the funds table; words of a translation wrap (Chinese stays on one
    line: it breaks between any two characters)."""
    label = QLabel(text, parent)
    label.setWordWrap(" " in text)
    return label


def object_name(path: str) -> str:
    """``evaluation.budget_full.total`` → ``stage_evaluation_budget_full_total``."""
    return "stage_" + path.replace(".", "_")


class StageBlock(QWidget):
    """The 自评 and 运行监控 blocks of the current project."""

    def __init__(self, session: EditorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.project: Project | None = None
        self.widgets: dict[str, StageWidget] = {}
        self._updating = False
        self.runs = FieldRuns(session)  # what is being typed reaches the document at once
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 6)
        self.evaluation_box = self._build_evaluation()
        self.monitoring_box = self._build_monitoring()
        layout.addWidget(self.evaluation_box)
        layout.addWidget(self.monitoring_box)
        session.doc.subscribe(self._on_change)
        session.currentProjectChanged.connect(self.set_project)
        session.scores.changed.connect(lambda _p: self._show_scores())
        self.set_project(session.current)

    # -- building ----------------------------------------------------------------------
    def _line(self, path: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(object_name(path))
        if field_spec(path).kind == AMOUNT:
            edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        edit.textEdited.connect(lambda text, p=path: self._user_edit(p, text))
        edit.installEventFilter(self)
        self.widgets[path] = edit
        return edit

    def _computed(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # as wide as the widest value: a new score repaints the label, not the block
        label.setMinimumWidth(label.fontMetrics().horizontalAdvance("100.00%") + 8)
        return label

    def _build_evaluation(self) -> QGroupBox:
        box = QGroupBox(self.tr("自评：项目资金（万元）"), self)
        box.setObjectName("evaluationBlock")
        grid = QGridLayout(box)
        grid.setVerticalSpacing(3)
        headers = (
            self.tr("年初预算数"), self.tr("全年预算数"), self.tr("全年执行数"),
            self.tr("分值"), self.tr("执行率"), self.tr("得分"),
        )
        for c, header in enumerate(headers, start=1):
            caption = _caption(header, box)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(caption, 0, c)
        row_labels = (
            self.tr("年度资金总额"), self.tr("其中：当年财政拨款"), self.tr("上年结转资金"),
            self.tr("其他资金"),
        )
        for r, text in enumerate(row_labels, start=1):
            grid.addWidget(_caption(text, box), r, 0)
        # column by column, so that Tab runs down 年初预算数, then 全年预算数, …
        for c, (column, _label) in enumerate(EVALUATION_FUNDS_COLUMNS, start=1):
            for r, (row, _text) in enumerate(EVALUATION_FUNDS_ROWS, start=1):
                grid.addWidget(self._line(f"evaluation.{column}.{row}"), r, c)
        self.execution_points = self._computed("executionPoints")
        self.execution_rate = self._computed("executionRate")
        self.execution_score = self._computed("executionScore")
        for c, label in enumerate(
            (self.execution_points, self.execution_rate, self.execution_score), start=4
        ):
            grid.addWidget(label, 1, c)
        goals = QPlainTextEdit(self)
        goals.setObjectName(object_name("evaluation.goals_achieved"))
        goals.setPlaceholderText(self.tr("年度总体目标的实际完成情况"))
        goals.setTabChangesFocus(True)
        goals.setUndoRedoEnabled(False)
        goals.setMaximumHeight(70)
        goals.textChanged.connect(
            lambda: self._user_edit("evaluation.goals_achieved", goals.toPlainText()))
        goals.installEventFilter(self)
        self.widgets["evaluation.goals_achieved"] = goals
        grid.addWidget(QLabel(self.tr("实际完成情况"), box), 5, 0)
        grid.addWidget(goals, 5, 1, 1, 6)
        self.total_label = QLabel(box)
        self.total_label.setObjectName("evaluationTotal")
        # a new total repaints the label, not the block (its width never lays it out)
        self.total_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        grid.addWidget(self.total_label, 6, 0, 1, 7)
        return box

    def _build_monitoring(self) -> QGroupBox:
        box = QGroupBox(self.tr("运行监控：预算执行情况（万元）"), self)
        box.setObjectName("monitoringBlock")
        grid = QGridLayout(box)
        grid.setVerticalSpacing(3)
        for c, spec in enumerate(stage_block_fields(MONITORING)):
            grid.addWidget(QLabel(i18n.field_label(spec), box), 0, c, Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(self._line(spec.path), 1, c)
        grid.addWidget(QLabel(self.tr("执行率"), box), 0, 4, Qt.AlignmentFlag.AlignCenter)
        self.monitoring_rate = self._computed("monitoringRate")
        grid.addWidget(self.monitoring_rate, 1, 4)
        return box

    # -- showing -----------------------------------------------------------------------
    def set_project(self, project: Project | None) -> None:
        """Shows the blocks of ``project`` in the document's stage."""
        self.runs.end()
        self.project = project
        stage = self.session.doc.stage
        self.evaluation_box.setVisible(stage == EVALUATION and project is not None)
        self.monitoring_box.setVisible(stage == MONITORING and project is not None)
        self.setVisible(stage in (EVALUATION, MONITORING))
        for path in self.widgets:
            self._show_value(path, force=True)
        self._show_scores()

    def _value(self, path: str) -> Any:
        return None if self.project is None else stage_field(self.project, path)

    def _read(self, path: str, text: str) -> Any:
        return parse_in_unit(field_spec(path), text, self.session.doc.money_unit)

    def widget_text(self, path: str) -> str:
        return widget_text(self.widgets[path])

    def _show_value(self, path: str, force: bool = False) -> None:
        value = self._value(path)
        if not force and same_value(self._read(path, self.widget_text(path)), value):
            return  # the widget already says this: keep it as typed
        text = field_spec(path).text(value)
        widget = self.widgets[path]
        self._updating = True
        try:
            put_widget_text(widget, text)
        finally:
            self._updating = False

    def _show_scores(self) -> None:
        score = self.session.scores.score_of(self.project)
        if score is None:
            for label in (self.execution_points, self.execution_rate, self.execution_score):
                label.clear()
            self.total_label.clear()
        else:
            ex = score.execution
            self.execution_points.setText(decimal_text(ex.points))
            self.execution_rate.setText("" if ex.rate is None else f"{decimal_text(ex.rate * 100)}%")
            self.execution_score.setText(decimal_text(ex.score))
            self.total_label.setText(unfinished_label(score) if score.grade is None else self.tr(
                "总分 {0}　自评等级 {1}").format(decimal_text(score.total), score.grade))
        self._show_monitoring_rate()

    def _show_monitoring_rate(self) -> None:
        budget, executed = self._value("monitoring.budget"), self._value("monitoring.executed")
        if isinstance(budget, Decimal) and isinstance(executed, Decimal) and budget > 0:
            rate = ratio(Decimal(100), executed, budget)
            self.monitoring_rate.setText(f"{decimal_text(rate)}%")
        else:
            self.monitoring_rate.clear()

    # -- edits -------------------------------------------------------------------------
    def _user_edit(self, path: str, text: str) -> None:
        if self._updating or self.project is None:
            return
        self.runs.set(self.project, path, text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.runs.end()  # typing after coming back is a new undo step
            path = next((p for p, w in self.widgets.items() if w is watched), None)
            if path is not None and field_spec(path).kind != TEXT:  # 1,380.5 → 1380.5
                self._show_value(path, force=True)
        return super().eventFilter(watched, event)

    def _on_change(self, change: Change) -> None:
        match change:
            case ProjectStageFieldChanged(project=project, field=path) if (
                project is self.project and path in self.widgets
            ):
                self._show_value(path)
                self._show_monitoring_rate()
            case StageChanged() | Reset():
                pass  # the stage's DocumentFieldChanged, or the session's new project, follows
            case DocumentFieldChanged(field="stage"):
                self.set_project(self.project)
            case _:
                pass
