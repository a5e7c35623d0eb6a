"""The project form: header fields, funding block, spending plan and goal texts.

The widgets are views of the selected project. They are filled from the document and
updated from its change events (a guard keeps a widget's own edit from being written
back into it, so what the user typed stays as typed). Each keystroke asks the
session to set the field as part of a typing run, so the document (and the live
validation) follows every keystroke while undo sees one step per field. The form shows
the session's current project and frames the fields that have problems (the messages
in the tooltip), following the live validation.

Amounts and dates are read leniently, by the core's one parser per kind of field
(:mod:`jxeditor.document.fields`, shared with the importers): the document holds what
was understood (``Decimal("40")`` for ``40万`` in a 万元 field) from the keystroke on,
the hint line under the funding block says what that is, and when the user leaves the
field its text is rewritten in the normal form (``40``). The rewrite changes no value,
so it is no undo step of its own. Text that cannot be read stays as typed. A date can
also be picked from a calendar (:mod:`ui.panes.date_field`): one undo step.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from jxeditor.document.changes import Change, ProjectFieldChanged
from jxeditor.document.fields import (
    MONTHS,
    field_kind,
    field_spec,
    same_value,
    text_from_value,
    value_from_text,
)
from jxeditor.document.model import Project, get_field
from jxeditor.rules.problems import Problem
from jxeditor.rules.tally import Tally
from ui.panes.date_field import DateField
from ui.panes.field_hint import FieldHint
from ui.panes.field_widgets import put_widget_text, widget_text
from ui.panes.form_names import FRAME_COLOURS, OBJECT_NAMES
from ui.platform import i18n
from ui.platform.qtcompat import emit
from ui.session.editor_session import EditorSession
from ui.session.typing import FieldRuns

FieldWidget = QLineEdit | QPlainTextEdit | QComboBox


class ProjectForm(QWidget):
    """The form of one project; ``set_project`` switches which project it shows."""

    fieldFocused = Signal(str)

    def __init__(self, session: EditorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.project: Project | None = None
        self.widgets: dict[str, FieldWidget] = {}
        self._updating = False
        self._problem_state: dict[str, tuple[str, str]] = {}
        self.runs = FieldRuns(session)  # what is being typed reaches the document at once
        self._build()
        for widget in self.widgets.values():
            widget.installEventFilter(self)
        session.doc.subscribe(self._on_change)
        session.currentProjectChanged.connect(self.set_project)
        session.live.projectChanged.connect(self._on_problems_changed)
        session.live.resetAll.connect(self._on_problems_reset)
        self.set_project(session.current)

    # -- building ----------------------------------------------------------------------
    def _line(self, path: str, placeholder: str = "") -> QLineEdit:
        edit = DateField(self) if field_kind(path) == "date" else QLineEdit(self)
        if isinstance(edit, DateField):
            edit.dateChosen.connect(lambda day, p=path: self._choose_date(p, day))
        edit.setObjectName(OBJECT_NAMES[path])
        if placeholder:
            edit.setPlaceholderText(placeholder)
        if field_kind(path) == "amount":
            edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        edit.textEdited.connect(lambda text, p=path: self._user_edit(p, text))
        self.widgets[path] = edit
        return edit

    def _text(self, path: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(OBJECT_NAMES[path])
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setUndoRedoEnabled(False)  # undo goes through the document's undo stack
        edit.setMinimumHeight(60)
        edit.textChanged.connect(lambda p=path, e=edit: self._user_edit(p, e.toPlainText()))
        self.widgets[path] = edit
        return edit

    def _label(self, text: str, buddy: QWidget | None = None) -> QLabel:
        label = QLabel(text, self)
        if buddy is not None:
            label.setBuddy(buddy)
        return label

    def _caption(self, path: str, buddy: QWidget | None = None, *, short: bool = False) -> QLabel:
        """The label of a field, from the field registry, in the language in effect."""
        return self._label(i18n.field_label(field_spec(path), short=short), buddy)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.setSpacing(6)

        header = QGridLayout()
        header.setHorizontalSpacing(6)
        header.setVerticalSpacing(4)
        name = self._line("name", self.tr("必填"))
        header.addWidget(self._caption("name", name), 0, 0)
        header.addWidget(name, 0, 1, 1, 3)
        code = self._line("code", self.tr("如 102001001"))
        attribute = QComboBox(self)
        attribute.setObjectName(OBJECT_NAMES["attribute"])
        attribute.setEditable(True)
        attribute.addItems(["", "新增项目", "延续项目"])  # data values: never translated
        attribute.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line_edit = attribute.lineEdit()
        assert line_edit is not None
        line_edit.textEdited.connect(lambda text: self._user_edit("attribute", text))
        attribute.textActivated.connect(lambda text: self._user_edit("attribute", text))
        self.widgets["attribute"] = attribute
        header.addWidget(self._caption("code", code), 1, 0)
        header.addWidget(code, 1, 1)
        header.addWidget(self._caption("attribute", attribute), 1, 2)
        header.addWidget(attribute, 1, 3)
        department = self._line("department", self.tr("必填"))
        implementer = self._line("implementer", self.tr("必填"))
        header.addWidget(self._caption("department", department), 2, 0)
        header.addWidget(department, 2, 1)
        header.addWidget(self._caption("implementer", implementer), 2, 2)
        header.addWidget(implementer, 2, 3)
        category = self._line("category")
        header.addWidget(self._caption("category", category), 3, 0)
        header.addWidget(category, 3, 1)
        period = QHBoxLayout()
        period.setSpacing(4)
        start = self._line("period.start")
        end = self._line("period.end")
        period.addWidget(start)
        period.addWidget(QLabel(self.tr("至"), self))
        period.addWidget(end)
        header.addWidget(self._label(self.tr("项目实施期"), start), 3, 2)
        header.addLayout(period, 3, 3)
        header.setColumnStretch(1, 1)
        header.setColumnStretch(3, 1)
        outer.addLayout(header)

        money = QHBoxLayout()
        funding_box = QGroupBox(self.tr("资金投入（万元）"), self)
        funding = QGridLayout(funding_box)
        funding.setVerticalSpacing(3)
        funding.addWidget(QLabel(self.tr("实施期金额"), self), 0, 1, Qt.AlignmentFlag.AlignCenter)
        funding.addWidget(QLabel(self.tr("年度金额"), self), 0, 2, Qt.AlignmentFlag.AlignCenter)
        rows = (
            ("total", self.tr("资金总额")),
            ("fiscal", self.tr("其中：财政拨款")),
            ("other", self.tr("其他资金")),
        )
        for r, (_part, text) in enumerate(rows, start=1):
            funding.addWidget(QLabel(text, self), r, 0)
        # created column by column so that Tab runs down 实施期 then down 年度
        for c, column in enumerate(("period", "annual"), start=1):
            for r, (part, _text) in enumerate(rows, start=1):
                funding.addWidget(self._line(f"funding.{column}.{part}"), r, c)
        funding.setColumnStretch(1, 1)
        funding.setColumnStretch(2, 1)
        money.addWidget(funding_box, 3)

        plan_box = QGroupBox(self.tr("资金支出计划（%）"), self)
        plan = QGridLayout(plan_box)
        plan.setVerticalSpacing(3)
        for i, month in enumerate(MONTHS):
            path = f"spending_plan.{month}"
            edit = self._line(path)
            edit.setMaximumWidth(90)
            plan.addWidget(self._caption(path, short=True), i // 2, (i % 2) * 2)
            plan.addWidget(edit, i // 2, (i % 2) * 2 + 1)
        money.addWidget(plan_box, 2)
        outer.addLayout(money)
        self.hint = FieldHint(self)
        outer.addWidget(self.hint)

        purpose_row = QHBoxLayout()
        purpose = self._line("purpose")
        purpose_row.addWidget(self._caption("purpose", purpose))
        purpose_row.addWidget(purpose)
        outer.addLayout(purpose_row)

        goals_box = QGroupBox(self.tr("绩效目标"), self)
        goals = QGridLayout(goals_box)
        goals.setVerticalSpacing(2)
        goal_period = self._text("goals.period", self.tr("实施期内要达到的总体目标"))
        goal_annual = self._text("goals.annual", self.tr("本年度要达到的目标（必填）"))
        goals.addWidget(self._caption("goals.period", goal_period), 0, 0)
        goals.addWidget(self._caption("goals.annual", goal_annual), 0, 1)
        goals.addWidget(goal_period, 1, 0)
        goals.addWidget(goal_annual, 1, 1)
        goals_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        outer.addWidget(goals_box, 1)

        self.placeholder = QLabel(self.tr("没有项目。请在左侧添加一个项目。"), self)
        self.placeholder.setFrameShape(QFrame.Shape.NoFrame)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.placeholder)

    # -- showing a project -----------------------------------------------------------------
    def set_project(self, project: Project | None) -> None:
        """Shows ``project`` (None: the "no project" note)."""
        self.runs.end()
        self.project = project
        enabled = project is not None
        for widget in self.widgets.values():
            widget.setEnabled(enabled)
        self.placeholder.setVisible(not enabled)
        for path in self.widgets:
            self._show_value(path, force=True)
        self.set_problems(self.session.live.problems_of(project))

    def _on_problems_changed(self, project: Project, _old: list[Problem], new: list[Problem]) -> None:
        if project is self.project:
            self.set_problems(new)

    def _on_problems_reset(self) -> None:
        self.set_problems(self.session.live.problems_of(self.project))

    def _value(self, path: str) -> Any:
        return None if self.project is None else get_field(self.project, path)

    def widget_text(self, path: str) -> str:
        return widget_text(self.widgets[path])

    def _show_value(self, path: str, force: bool = False) -> None:
        value = self._value(path)
        widget = self.widgets[path]
        if not force and same_value(self._read(path, self.widget_text(path)), value):
            return  # the widget already says this (perhaps written differently): keep it
        text = text_from_value(path, value)
        self._updating = True
        try:
            put_widget_text(widget, text, home=force)
        finally:
            self._updating = False

    # -- edits -----------------------------------------------------------------------
    def _read(self, path: str, text: str) -> Any:
        return value_from_text(path, text, money_unit=self.session.doc.money_unit)

    def _user_edit(self, path: str, text: str) -> None:
        if self._updating or self.project is None:
            return
        self.hint.show_for(path, text, self.session.doc.money_unit)  # the user is typing
        self.runs.set(self.project, path, text)

    def _choose_date(self, path: str, day: date) -> None:
        """A day picked from the calendar: one undo step of its own."""
        if self.project is None:
            return
        self.runs.end()
        self.runs.set(self.project, path, day)
        self.runs.end()
        self._show_value(path, force=True)
        self.hint.show_for(path, self.widget_text(path), self.session.doc.money_unit)

    def normalise(self, path: str) -> None:
        """Rewrites an amount or date field's text in the normal form when the text means
        the stored value (``1,443.08`` → ``1443.08``); unreadable text stays as typed."""
        widget = self.widgets[path]
        if not isinstance(widget, QLineEdit) or field_kind(path) == "text":
            return
        value = self._value(path)
        if value is None or not same_value(self._read(path, widget.text()), value):
            return
        text = text_from_value(path, value)
        if text != widget.text():
            self._updating = True
            try:
                widget.setText(text)
            finally:
                self._updating = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.runs.end()  # typing after coming back is a new undo step
            path = self._path_of(watched)
            if path is not None:
                self.normalise(path)
                if self.project is not None:  # left empty now: no longer "to fill" but missing
                    self.session.live.touch(self.project, path)
            self.hint.clear_hint()
        elif event.type() == QEvent.Type.FocusIn:
            path = self._path_of(watched)
            if path is not None:
                self.hint.show_for(path, self.widget_text(path), self.session.doc.money_unit)
        return super().eventFilter(watched, event)

    def _path_of(self, widget: QObject) -> str | None:
        return next((p for p, w in self.widgets.items() if w is widget), None)

    def _on_change(self, change: Change) -> None:
        match change:
            case ProjectFieldChanged(project=project, field=path) if (
                project is self.project and path in self.widgets
            ):
                self._show_value(path)
            case _:
                pass  # the session picks the project to show after structural changes

    # -- problems and navigation ---------------------------------------------------------
    def set_problems(self, problems: list[Problem]) -> None:
        """Frames the fields that have problems and puts the messages in their tooltips."""
        state: dict[str, tuple[str, str]] = {}
        by_field: dict[str, list[Problem]] = {}
        for problem in problems:  # a warning confirmed as intended frames nothing
            if problem.field in self.widgets and problem.acknowledged is None:
                by_field.setdefault(problem.field, []).append(problem)
        for path, plist in by_field.items():
            severity = Tally.of(plist).worst or "warning"  # the gravest (待填 is no error yet)
            state[path] = (severity, "\n".join(p.message for p in plist))
        for path in set(state) | set(self._problem_state):
            if state.get(path) == self._problem_state.get(path):
                continue
            widget = self.widgets[path]
            if path in state:
                severity, tip = state[path]
                colour = FRAME_COLOURS[severity]
                widget.setStyleSheet(
                    f"{type(widget).__name__} {{ border: 2px solid {colour}; border-radius: 2px; }}"
                )
                widget.setToolTip(tip)
                widget.setProperty("problem", severity)
            else:
                widget.setStyleSheet("")
                widget.setToolTip("")
                widget.setProperty("problem", "")
        self._problem_state = state

    def problem_severity(self, path: str) -> str | None:
        """``'error'``/``'warning'`` when the field shows a problem frame (for tests)."""
        entry = self._problem_state.get(path)
        return entry[0] if entry else None

    def focus_field(self, path: str) -> bool:
        widget = self.widgets.get(path)
        if widget is None:
            return False
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QLineEdit):
            widget.selectAll()
        emit(self.fieldFocused, path)
        return True
