"""The Qt list model over the document's projects: one row per project, its name and its
worst problem; above them, whenever the document has a department block, the row
部门整体 (:meth:`ProjectListModel.is_department`), which is neither dragged nor a drop
place among the projects.

Like the tree model it only follows the document's change events and the live
validation; renaming goes through the project form, adding through the session, and
reordering by drag and drop asks the session to move the project. The severity icon of
a row is read from the live validation by project, so nothing shifts when rows move.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QApplication

from jxeditor.document.changes import (
    Change,
    DepartmentSet,
    DepartmentSetting,
    ProjectFieldChanged,
    ProjectMoved,
    ProjectMoving,
    ProjectRemoved,
    ProjectRemoving,
    ProjectsInserted,
    ProjectsInserting,
    Reset,
    Resetting,
)
from jxeditor.document.department import Department
from jxeditor.document.model import Project
from jxeditor.rules.problems import Problem
from jxeditor.rules.tally import Tally
from ui.models.severity import severity_icon
from ui.platform.qtcompat import emit
from ui.session.editor_session import EditorSession

AnyIndex = QModelIndex | QPersistentModelIndex
MIME_TYPE = "application/x-jxeditor-project-row"
DECORATION = [Qt.ItemDataRole.DecorationRole]


class ProjectListModel(QAbstractListModel):
    """Rows are the document's projects; the decoration shows the worst problem."""

    def __init__(self, session: EditorSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.doc = session.doc
        self.doc.subscribe(self._on_change)
        session.live.projectChanged.connect(self._on_problems_changed)
        session.live.resetAll.connect(self._on_problems_reset)

    @property
    def first(self) -> int:
        """The row of the first project: 1 below the 部门整体 row, else 0."""
        return 0 if self.doc.department is None else 1

    def is_department(self, row: int) -> bool:
        """Whether ``row`` is the 部门整体 row."""
        return row == 0 and self.doc.department is not None

    def project(self, row: int) -> Project | None:
        """The project of a row (None for the 部门整体 row)."""
        index = row - self.first
        return self.doc.projects[index] if 0 <= index < len(self.doc.projects) else None

    def row_of(self, project: Project) -> int | None:
        """The row of ``project``."""
        index = self.doc.index_of(project)
        return None if index is None else index + self.first

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.doc.projects) + self.first

    def _department_data(self, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return QApplication.translate("ProjectListModel", "部门整体")
        if role == Qt.ItemDataRole.ToolTipRole:
            block = self.doc.department
            name = "" if block is None else block.name
            return QApplication.translate("ProjectListModel", "部门整体绩效目标") + (
                f"：{name}" if name else "")
        if role == Qt.ItemDataRole.DecorationRole:
            return severity_icon(Tally.of(self.session.live.department_problems()).worst)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and self.is_department(index.row()):
            return self._department_data(role)
        project = self.project(index.row()) if index.isValid() else None
        if project is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return project.name.strip() or QApplication.translate(
                "ProjectListModel", "（未命名项目）"
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return project.name
        if role == Qt.ItemDataRole.DecorationRole:
            return severity_icon(Tally.of(self.session.live.problems_of(project)).worst)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        if self.is_department(index.row()):
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    # -- drag and drop: reordering through the session -------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex], /) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() - self.first for i in indexes
                       if i.isValid() and not self.is_department(i.row())})
        if rows:
            data.setData(MIME_TYPE, QByteArray(str(rows[0]).encode()))
        return data

    def _source_row(self, data: QMimeData) -> int | None:
        if not data.hasFormat(MIME_TYPE):
            return None
        try:
            row = int(bytes(data.data(MIME_TYPE).data()).decode())
        except ValueError:
            return None
        return row if 0 <= row < len(self.doc.projects) else None

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return action == Qt.DropAction.MoveAction and self._source_row(data) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        src = self._source_row(data)
        assert src is not None
        if parent.isValid():  # dropped onto a project: take its place
            row = parent.row()
        row = len(self.doc.projects) if row < 0 else max(0, row - self.first)
        dest = row - 1 if row > src else row
        dest = max(0, min(dest, len(self.doc.projects) - 1))
        if dest != src:
            self.session.move_project_to(self.doc.projects[src], dest)
        return True

    # -- following the document and the live validation ---------------------------------
    def _on_problems_changed(
        self, project: Project | Department, old: list[Problem], new: list[Problem]
    ) -> None:
        row = 0 if project is self.doc.department else (
            self.row_of(project) if isinstance(project, Project) else None)
        if row is not None and Tally.of(old).worst != Tally.of(new).worst:
            index = self.index(row, 0)
            emit(self.dataChanged, index, index, DECORATION)

    def _on_problems_reset(self) -> None:
        if self.rowCount():
            emit(self.dataChanged, self.index(0, 0), self.index(self.rowCount() - 1, 0),
                 DECORATION)

    def _on_change(self, change: Change) -> None:
        match change:
            case Resetting():
                self.beginResetModel()
            case Reset():
                self.endResetModel()
            case DepartmentSetting(old=None, new=Department()):
                self.beginInsertRows(QModelIndex(), 0, 0)
            case DepartmentSetting(old=Department(), new=None):
                self.beginRemoveRows(QModelIndex(), 0, 0)
            case DepartmentSet(old=None, new=Department()):
                self.endInsertRows()
            case DepartmentSet(old=Department(), new=None):
                self.endRemoveRows()
            case DepartmentSet(new=Department()):  # replaced
                emit(self.dataChanged, self.index(0, 0), self.index(0, 0))
            case ProjectsInserting(index=i, projects=projects):
                first = i + self.first
                self.beginInsertRows(QModelIndex(), first, first + len(projects) - 1)
            case ProjectsInserted():
                self.endInsertRows()
            case ProjectRemoving(index=i):
                self.beginRemoveRows(QModelIndex(), i + self.first, i + self.first)
            case ProjectRemoved():
                self.endRemoveRows()
            case ProjectMoving(src=src, dest=dest):
                at = self.first
                self.beginMoveRows(QModelIndex(), src + at, src + at, QModelIndex(),
                                   (dest + 1 if dest > src else dest) + at)
            case ProjectMoved():
                self.endMoveRows()
            case ProjectFieldChanged(project=project, field="name"):
                row = self.row_of(project)
                if row is not None:
                    index = self.index(row, 0)
                    emit(self.dataChanged, index, index, [Qt.ItemDataRole.DisplayRole])
            case _:
                pass
