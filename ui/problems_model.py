"""The Qt table model of the problems panel: every problem of the document, project by project.

It mirrors :class:`ui.live_validation.LiveValidation`: when one project's problems change,
only that project's rows are replaced (``dataChanged`` when the count stays, otherwise
remove and insert), so the panel keeps its selection and scroll position while typing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QApplication

from jxeditor.rules.problems import SEVERITY_TEXT, Problem
from ui.live_validation import LiveValidation
from ui.qtcompat import emit
from ui.tree_model import severity_icon

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
}


class ProblemsModel(QAbstractTableModel):
    """Rows are problems; columns severity, project, place and message."""

    def __init__(self, live: LiveValidation, parent: Any = None) -> None:
        super().__init__(parent)
        self.live = live
        self._rows: list[Problem] = []
        self._counts: list[int] = []
        live.projectChanged.connect(self._on_project_changed)
        live.resetAll.connect(self._reset)
        self._reset()

    def problem(self, index: AnyIndex) -> Problem | None:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

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
            return QApplication.translate("ProblemsModel", HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        problem = self.problem(index)
        if problem is None:
            return None
        column = index.column()
        if role == PROBLEM_ROLE:
            return problem
        if role == PROJECT_ROLE:
            return str(problem.project)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                text = SEVERITY_TR.get(problem.severity, problem.severity)
                return QApplication.translate("ProblemsModel", text) if text else ""
            if column == 1:
                return f"{problem.project + 1}. {problem.project_name}"
            if column == 2:
                return problem.location
            if problem.fix is None:
                return problem.message
            return problem.message + QApplication.translate("ProblemsModel", "　［可修正］")
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return severity_icon(problem.severity)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = f"{problem.message}\n{problem.code}"
            if problem.fix is not None:
                text += "\n" + QApplication.translate("ProblemsModel", "修正：") + problem.fix.label
            return text
        return None

    # -- following the live validation ----------------------------------------------------
    def _reset(self) -> None:
        self.beginResetModel()
        self._counts = [len(plist) for plist in self.live.problems]
        self._rows = [p for plist in self.live.problems for p in plist]
        self.endResetModel()

    def _on_project_changed(self, index: int, old: list[Problem], new: list[Problem]) -> None:
        if index >= len(self._counts):
            self._reset()
            return
        first = sum(self._counts[:index])
        count = self._counts[index]
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
            self._counts[index] = 0
            self.endRemoveRows()
        if new:
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self._rows[first:first] = new
            self._counts[index] = len(new)
            self.endInsertRows()

    @staticmethod
    def severity_text(problem: Problem) -> str:
        return SEVERITY_TEXT.get(problem.severity, problem.severity)
