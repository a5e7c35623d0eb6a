"""The Qt table model of the problems panel: every problem of the document, project by project.

It mirrors :class:`ui.session.live_validation.LiveValidation`: when one project's problems
change, only that project's rows are replaced (``dataChanged`` when the count stays,
otherwise remove and insert), so the panel keeps its selection and scroll position while
typing. A row is a problem, which names its project (``None``: the department block);
:data:`PROJECT_ROLE` is a key for the filter, :meth:`ProblemsModel.project` the object.
A warning the person confirmed as intended (确认无误) is shown greyed, as ``已确认``
beside its severity's icon, with the reason in the tooltip.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from jxeditor.document.department import Department
from jxeditor.document.model import Project
from jxeditor.rules.problems import Problem
from ui.models.severity import severity_icon
from ui.platform.qtcompat import emit
from ui.session.live_validation import LiveValidation

AnyIndex = QModelIndex | QPersistentModelIndex
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1
PROJECT_ROLE = Qt.ItemDataRole.UserRole + 2
HEADERS = (
    QT_TRANSLATE_NOOP("ProblemsModel", "严重程度"),
    QT_TRANSLATE_NOOP("ProblemsModel", "项目"),
    QT_TRANSLATE_NOOP("ProblemsModel", "位置"),
    QT_TRANSLATE_NOOP("ProblemsModel", "说明"),
)
SEVERITY_TR = {
    "error": QT_TRANSLATE_NOOP("ProblemsModel", "错误"),
    "warning": QT_TRANSLATE_NOOP("ProblemsModel", "警告"),
    "info": QT_TRANSLATE_NOOP("ProblemsModel", "提示"),
    "todo": QT_TRANSLATE_NOOP("ProblemsModel", "待填"),
}
CONFIRMED = QT_TRANSLATE_NOOP("ProblemsModel", "已确认")  # the icon still tells 警告 or 提示


def _greyed() -> QColor:
    """The colour of a confirmed problem's text: the palette's disabled text."""
    return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)


class ProblemsModel(QAbstractTableModel):
    """Rows are problems; columns severity, project, place and message."""

    def __init__(self, live: LiveValidation, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self._rows: list[Problem] = []
        self._department: Department | None = None  # the block whose problems name no project
        self._counts: list[int] = []
        self._positions: dict[int, int] = {}  # id(project) -> its block (document order)
        self._numbers: dict[int, int] = {}  # id(project) -> its place among the projects
        live.projectChanged.connect(self._on_project_changed)
        live.resetAll.connect(self._reset)
        self._reset()

    def problem(self, index: AnyIndex) -> Problem | None:
        """The problem of a row."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def project(self, index: AnyIndex) -> Project | Department | None:
        """The project a row's problem belongs to (or the department block)."""
        problem = self.problem(index)
        return None if problem is None else self._owner(problem)

    def _owner(self, problem: Problem) -> Project | Department:
        owner = problem.project if problem.project is not None else self._department
        assert owner is not None  # a problem of no project is listed only under a department
        return owner

    @staticmethod
    def project_key(project: Project | Department | None) -> str:
        """What :data:`PROJECT_ROLE` holds for ``project`` (for the "current only" filter)."""
        return "-" if project is None else str(id(project))

    def project_label(self, project: Project | Department) -> str:
        """``3. 项目名称`` (its number in the document), or 部门整体 for the department."""
        if isinstance(project, Department):
            return QApplication.translate("ProjectListModel", "部门整体")
        return f"{self._numbers.get(id(project), 0) + 1}. {project.name}"

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return QApplication.translate("ProblemsModel", str(HEADERS[section]))
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        problem = self._rows[index.row()]
        project = self._owner(problem)
        column = index.column()
        if role == PROBLEM_ROLE:
            return problem
        if role == PROJECT_ROLE:
            return self.project_key(project)
        confirmed = problem.acknowledged is not None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                text = CONFIRMED if confirmed else SEVERITY_TR.get(problem.severity, problem.severity)
                return QApplication.translate("ProblemsModel", str(text)) if text else ""
            if column == 1:
                return self.project_label(project)
            if column == 2:
                return problem.location
            if problem.fix is None:
                return problem.message
            return problem.message + QApplication.translate("ProblemsModel", "　［可修正］")
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return severity_icon(problem.severity)
        if role == Qt.ItemDataRole.ForegroundRole and confirmed:
            return _greyed()
        if role == Qt.ItemDataRole.ToolTipRole:
            # the whole text, never an internal code (users read the message, not value.rate_unit)
            text = f"{self.project_label(project)}　{problem.location}\n{problem.message}".strip()
            if problem.fix is not None:
                text += "\n" + QApplication.translate("ProblemsModel", "修正：") + problem.fix.label
            if confirmed:
                text += "\n" + QApplication.translate("ProblemsModel", "已确认无误：{0}").format(
                    problem.acknowledged)
            return text
        return None

    # -- following the live validation ----------------------------------------------------
    def _reset(self) -> None:
        self.beginResetModel()
        blocks: list[tuple[Project | Department, list[Problem]]] = [*self.live.by_project()]
        department = self._department = self.live.doc.department
        if department is not None:  # first, as in the review report
            blocks = [(department, self.live.department_problems()), *blocks]
        self._positions = {id(p): i for i, (p, _plist) in enumerate(blocks)}
        self._numbers = {id(p): i for i, p in enumerate(self.live.doc.projects)}
        self._counts = [len(plist) for _p, plist in blocks]
        self._rows = [problem for _p, plist in blocks for problem in plist]
        self.endResetModel()

    def _on_project_changed(self, project: Project | Department, old: list[Problem], new: list[Problem]) -> None:
        position = self._positions.get(id(project))
        if position is None:
            self._reset()
            return
        first = sum(self._counts[:position])
        count = self._counts[position]
        if count == len(new):
            if count:
                self._rows[first : first + count] = new
                emit(
                    self.dataChanged,
                    self.index(first, 0),
                    self.index(first + count - 1, len(HEADERS) - 1),
                )
            return
        if count:
            self.beginRemoveRows(QModelIndex(), first, first + count - 1)
            del self._rows[first : first + count]
            self._counts[position] = 0
            self.endRemoveRows()
        if new:
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self._rows[first:first] = new
            self._counts[position] = len(new)
            self.endInsertRows()
