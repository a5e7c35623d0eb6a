"""The department's form (部门整体绩效目标), shown in the form pane when the 部门整体 row
is chosen: the department's name, 部门职能概述 and 总体绩效目标; the tasks (分项绩效目标 or
年度主要任务) as an editable table with their budget columns and linked projects, the
金额合计 row under it; the measures (绩效指标) of the task selected, their sentence and the
name and value read from it; 目标规划及保障措施 as a list; in the 自评 stage the
department's 自评 block under the header (:mod:`ui.panes.department_evaluation`).

The labels are the field registry's. As in the project form, typing in a field (or a
table's cell) writes to the document at every keystroke through the one typing path
(:mod:`ui.session.typing`), the keystrokes of one visit to a field being one undo step
and typing after an undo a new one; the form follows the document's change events. The live validation's
problems of the block frame its fields and mark its tables' cells.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jxeditor.document.changes import Change, DepartmentFieldChanged, DepartmentSet, Reset
from jxeditor.document.department import Department, Measure, Safeguard, Task
from jxeditor.document.fields import (
    AMOUNT,
    DEPARTMENT,
    MEASURE,
    SAFEGUARD,
    TASK,
    department_fields,
    parse_in_unit,
    same_value,
)
from jxeditor.document.model import get_field
from jxeditor.rules.problems import Problem
from jxeditor.rules.tally import Tally
from ui.models.department_items_model import DepartmentItemsModel
from ui.panes.department_cells import DepartmentCellDelegate
from ui.panes.department_evaluation import DepartmentEvaluationBlock
from ui.panes.field_widgets import put_widget_text, widget_text
from ui.panes.form_names import FRAME_COLOURS
from ui.platform import i18n
from ui.session.editor_session import EditorSession
from ui.session.typing import FieldRuns

_PLACE = re.compile(r"^department\.(tasks|measures)\[(\d+)\](?:\.measures\[(\d+)\])?\.?(.*)$")
TASK_COLUMNS = ("title", "content", "budget.total", "budget.fiscal", "budget.other", "projects")
TEXT_FIELDS = ("functions", "overall_goal")


class DepartmentForm(QWidget):
    """The form of the document's department block."""

    def __init__(self, session: EditorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.block: Department | None = None
        self.widgets: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.runs = FieldRuns(session)  # what is being typed reaches the document at once
        self._updating = False
        self.specs = department_fields(DEPARTMENT)
        task_specs = department_fields(TASK)
        self.tasks = DepartmentItemsModel(
            session, "tasks", tuple(task_specs[p] for p in TASK_COLUMNS), self)
        self.measures = DepartmentItemsModel(
            session, "measures", tuple(department_fields(MEASURE).values()), self)
        self.safeguards = DepartmentItemsModel(
            session, "measures", tuple(department_fields(SAFEGUARD).values()), self)
        self.delegates: dict[str, DepartmentCellDelegate] = {}  # by table: one editor each
        self._build()
        session.doc.subscribe(self._on_change)
        session.department.goToRequested.connect(self.go_to)
        session.live.projectChanged.connect(
            lambda owner, *_: self.show_problems() if owner is self.block else None)
        session.live.resetAll.connect(self.show_problems)
        self.set_block(session.doc.department)

    # -- building ----------------------------------------------------------------------
    def _caption(self, path: str, buddy: QWidget) -> QLabel:
        label = QLabel(i18n.field_label(self.specs[path]), self)
        label.setBuddy(buddy)
        return label

    def _field(self, path: str, edit: QLineEdit | QPlainTextEdit) -> QLineEdit | QPlainTextEdit:
        edit.setObjectName(f"department.{path}")
        if isinstance(edit, QPlainTextEdit):
            edit.setTabChangesFocus(True)
            edit.setUndoRedoEnabled(False)  # undo goes through the document's undo stack
            edit.setMinimumHeight(56)
            edit.textChanged.connect(lambda p=path, e=edit: self._user_edit(p, e.toPlainText()))
        else:
            edit.textEdited.connect(lambda text, p=path: self._user_edit(p, text))
            if self.specs[path].kind == AMOUNT:
                edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        edit.installEventFilter(self)
        self.widgets[path] = edit
        return edit

    def _table(self, model: DepartmentItemsModel, name: str, rows: int) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        self.delegates[name] = DepartmentCellDelegate(self.session, view)
        view.setItemDelegate(self.delegates[name])
        view.setTabKeyNavigation(False)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setWordWrap(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        # ``rows`` rows show (the page scrolls rather than squeezing them)
        view.setMinimumHeight(view.horizontalHeader().sizeHint().height()
                              + rows * view.verticalHeader().defaultSectionSize() + 4)
        return view

    def _buttons(self, *buttons: tuple[str, Callable[[], object]]) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(4)
        for text, slot in buttons:
            button = QPushButton(text, self)
            button.clicked.connect(lambda _c=False, s=slot: s())
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.setSpacing(6)
        title = QLabel(self.tr("部门整体绩效目标"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        outer.addWidget(title)
        header = QGridLayout()
        header.setHorizontalSpacing(6)
        header.setVerticalSpacing(4)
        name = self._field("name", QLineEdit(self))
        name.setPlaceholderText(self.tr("部门（单位）全称"))
        header.addWidget(self._caption("name", name), 0, 0)
        header.addWidget(name, 0, 1)
        for row, path in enumerate(TEXT_FIELDS, start=1):
            edit = self._field(path, QPlainTextEdit(self))
            header.addWidget(self._caption(path, edit), row, 0, Qt.AlignmentFlag.AlignTop)
            header.addWidget(edit, row, 1)
        self.widgets["overall_goal"].setPlaceholderText(self.tr("本年度部门整体要达到的目标（必填）"))
        header.setColumnStretch(1, 1)
        outer.addLayout(header)
        self.evaluation = DepartmentEvaluationBlock(self.session, self)  # 自评 stage only
        outer.addWidget(self.evaluation, 3)

        tasks_box = QGroupBox(self.tr("分项绩效目标（年度主要任务）"), self)
        tasks = QVBoxLayout(tasks_box)
        tasks.addLayout(self._buttons((self.tr("添加任务"), self.add_task),
                                      (self.tr("删除任务"), self.remove_task)))
        self.tasks_view = self._table(self.tasks, "departmentTasks", 8)
        header_view = self.tasks_view.horizontalHeader()
        header_view.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        em = self.fontMetrics().horizontalAdvance("项")
        for column, width in enumerate((11, 0, 5, 5, 5, 7)):
            if width:
                header_view.resizeSection(column, em * width)
        self.tasks_view.selectionModel().currentRowChanged.connect(self._task_chosen)
        tasks.addWidget(self.tasks_view, 1)
        total = QHBoxLayout()
        total.addWidget(QLabel(self.tr("金额合计（万元）"), self))
        for part in ("total", "fiscal", "other"):
            path = f"total.{part}"
            edit = self._field(path, QLineEdit(self))
            total.addWidget(QLabel(i18n.field_label(self.specs[path], short=True), self))
            total.addWidget(edit, 1)
        tasks.addLayout(total)
        outer.addWidget(tasks_box, 3)

        measures_box = QGroupBox(self.tr("所选任务的绩效指标"), self)
        measures = QVBoxLayout(measures_box)
        measures.addLayout(self._buttons((self.tr("添加指标"), self.add_measure),
                                         (self.tr("删除指标"), self.remove_measure)))
        self.measures_view = self._table(self.measures, "departmentMeasures", 4)
        measures_header = self.measures_view.horizontalHeader()
        measures_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        measures_header.resizeSection(1, em * 9)
        measures.addWidget(self.measures_view, 1)
        outer.addWidget(measures_box, 2)

        safeguards_box = QGroupBox(self.tr("目标规划及保障措施"), self)
        safeguards = QVBoxLayout(safeguards_box)
        safeguards.addLayout(self._buttons((self.tr("添加保障措施"), self.add_safeguard),
                                           (self.tr("删除保障措施"), self.remove_safeguard)))
        self.safeguards_view = self._table(self.safeguards, "departmentSafeguards", 5)
        self.safeguards_view.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.safeguards_view.horizontalHeader().resizeSection(0, em * 11)
        safeguards.addWidget(self.safeguards_view, 1)
        outer.addWidget(safeguards_box, 2)

    # -- showing the block -----------------------------------------------------------------
    def set_block(self, block: Department | None) -> None:
        """Shows ``block`` (None: empty and disabled)."""
        self.runs.end()
        self.block = block
        self.setEnabled(block is not None)
        for path in self.widgets:
            self._show_value(path, force=True)
        self.tasks.set_owner(block)
        self.safeguards.set_owner(block)
        self._task_chosen(self.tasks_view.currentIndex())

    def current_task(self) -> Task | None:
        """The task whose measures are shown."""
        index = self.tasks_view.currentIndex()
        item = self.tasks.item(index.row()) if index.isValid() else None
        return item if isinstance(item, Task) else None

    def _task_chosen(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        self.measures.set_owner(self.tasks.item(current.row()) if current.isValid() else None)
        self.show_problems()

    def show_problems(self) -> None:
        """Frames the fields with problems and marks the cells (the measures' of the task
        shown), each with the messages as its tooltip."""
        fields: dict[str, list[Problem]] = {}
        cells: dict[str, dict[tuple[int, str], list[Problem]]] = {
            "tasks": {}, "measures": {}, "safeguards": {}}
        task = self.tasks_view.currentIndex().row() if self.measures.owner is not None else -1
        for problem in self.session.live.department_problems():
            place = problem.field or ""
            if place.removeprefix("department.") in self.widgets:
                fields.setdefault(place.removeprefix("department."), []).append(problem)
                continue
            match = _PLACE.match(place)
            if match is None:
                continue
            items, row, measure, rest = match.groups()
            if items == "measures":
                cells["safeguards"].setdefault((int(row), rest), []).append(problem)
            elif measure is None:
                cells["tasks"].setdefault((int(row), rest), []).append(problem)
            elif int(row) == task:
                cells["measures"].setdefault((int(measure), rest), []).append(problem)
        self.tasks.set_problems(cells["tasks"])
        self.measures.set_problems(cells["measures"])
        self.safeguards.set_problems(cells["safeguards"])
        for path, widget in self.widgets.items():
            found = fields.get(path)
            severity = (Tally.of(found).worst or "warning") if found else ""
            if widget.property("problem") == severity:
                continue
            widget.setProperty("problem", severity)
            widget.setToolTip("\n".join(p.message for p in found) if found else "")
            widget.setStyleSheet(f"{type(widget).__name__} {{ border: 2px solid "
                                 f"{FRAME_COLOURS[severity]}; border-radius: 2px; }}"
                                 if severity else "")

    def _value(self, path: str) -> Any:
        return None if self.block is None else get_field(self.block, path)

    def _show_value(self, path: str, force: bool = False) -> None:
        widget = self.widgets[path]
        value = self._value(path)
        if not force and same_value(self._read(path, widget_text(widget)), value):
            return  # the widget already says this (perhaps written differently): keep it
        self._updating = True
        try:
            put_widget_text(widget, self.specs[path].text(value))
        finally:
            self._updating = False

    def _read(self, path: str, text: str) -> Any:
        return parse_in_unit(self.specs[path], text, self.session.doc.money_unit)

    def _user_edit(self, path: str, text: str) -> None:
        if not self._updating and self.block is not None:
            self.runs.set(self.block, path, text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.runs.end()  # typing after coming back is a new undo step
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
            case _:
                pass

    # -- lists ---------------------------------------------------------------------------
    def _select(self, view: QTableView, row: int, column: int = 0) -> None:
        model = view.model()
        if 0 <= row < model.rowCount():
            view.selectionModel().setCurrentIndex(
                model.index(row, column), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def add_task(self) -> None:
        """A new task after the selected one (or at the end)."""
        if self.block is None:
            return
        index = self.tasks_view.currentIndex()
        row = index.row() + 1 if index.isValid() else len(self.block.tasks)
        self.session.department.insert_item(self.block, "tasks", row, Task(),
                                            self.tr("添加任务"))
        self._select(self.tasks_view, row)

    def remove_task(self) -> None:
        task = self.current_task()
        if self.block is not None and task is not None:
            self.session.department.remove_item(self.block, "tasks", task, self.tr("删除任务"))

    def add_measure(self) -> None:
        task = self.current_task()
        if task is None:
            return
        index = self.measures_view.currentIndex()
        row = index.row() + 1 if index.isValid() else len(task.measures)
        self.session.department.insert_item(task, "measures", row, Measure(),
                                            self.tr("添加指标"))
        self._select(self.measures_view, row)

    def remove_measure(self) -> None:
        task = self.current_task()
        index = self.measures_view.currentIndex()
        measure = self.measures.item(index.row()) if index.isValid() else None
        if task is not None and measure is not None:
            self.session.department.remove_item(task, "measures", measure, self.tr("删除指标"))

    def add_safeguard(self) -> None:
        if self.block is None:
            return
        index = self.safeguards_view.currentIndex()
        row = index.row() + 1 if index.isValid() else len(self.block.measures)
        self.session.department.insert_item(self.block, "measures", row, Safeguard(),
                                            self.tr("添加保障措施"))
        self._select(self.safeguards_view, row)

    def remove_safeguard(self) -> None:
        index = self.safeguards_view.currentIndex()
        item = self.safeguards.item(index.row()) if index.isValid() else None
        if self.block is not None and item is not None:
            self.session.department.remove_item(self.block, "measures", item,
                                                self.tr("删除保障措施"))

    # -- navigation ------------------------------------------------------------------------
    def go_to(self, field: str) -> bool:
        """Shows ``field``, a path from the document (``department.overall_goal``,
        ``department.tasks[2].measures[0].value``); False when the form has no such place."""
        path = field.removeprefix("department.")
        if self.evaluation.go_to(path):  # a field of the 自评 block
            return True
        widget = self.widgets.get(path)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        match = _PLACE.match(field)
        if match is None:
            return False
        items, row, measure, rest = match.groups()
        if items == "measures":
            view, columns = self.safeguards_view, self.safeguards.columns
        elif measure is None:
            view, columns = self.tasks_view, self.tasks.columns
        else:
            self._select(self.tasks_view, int(row))
            view, columns, row = self.measures_view, self.measures.columns, measure
        column = next((c for c, spec in enumerate(columns) if spec.path == rest), 0)
        self._select(view, int(row), column)
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True
