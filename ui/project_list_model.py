"""The Qt list model over ``doc.projects``: one row per project, its name and worst problem.

Like the tree model it only follows the document's change events; renaming goes through
the project form, adding through undo commands pushed by the window, and reordering by
drag and drop pushes a :class:`~ui.commands.MoveProjectCommand`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from jxeditor.document.model import Change, Document
from ui.commands import MoveProjectCommand
from ui.qtcompat import emit
from ui.tree_model import severity_icon

AnyIndex = QModelIndex | QPersistentModelIndex
MIME_TYPE = "application/x-jxeditor-project-row"


class ProjectListModel(QAbstractListModel):
    """Rows are the document's projects; the decoration shows the worst problem."""

    def __init__(self, doc: Document, stack: QUndoStack | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.stack = stack
        self._severity: list[str | None] = []
        doc.subscribe(self._on_change)

    def set_document(self, doc: Document) -> None:
        self.beginResetModel()
        self.doc.unsubscribe(self._on_change)
        self.doc = doc
        doc.subscribe(self._on_change)
        self._severity = []
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.doc.projects)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.doc.projects):
            return None
        project = self.doc.projects[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            name = project.name.strip() or QApplication.translate(
                "ProjectListModel", "（未命名项目）"
            )
            return name
        if role == Qt.ItemDataRole.ToolTipRole:
            return project.name
        if role == Qt.ItemDataRole.DecorationRole:
            row = index.row()
            return severity_icon(self._severity[row] if row < len(self._severity) else None)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    # -- drag and drop: reordering through an undo command ---------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
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
        return (
            self.stack is not None
            and action == Qt.DropAction.MoveAction
            and self._source_row(data) is not None
        )

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        src = self._source_row(data)
        assert src is not None and self.stack is not None
        if parent.isValid():  # dropped onto a project: take its place
            row = parent.row()
        if row < 0:
            row = len(self.doc.projects)
        dest = row - 1 if row > src else row
        dest = max(0, min(dest, len(self.doc.projects) - 1))
        if dest != src:
            self.stack.push(MoveProjectCommand(self.doc, src, dest))
        return True

    def set_severities(self, severities: list[str | None], rows: list[int] | None = None) -> None:
        """Updates the problem icons (all rows, or only ``rows``)."""
        old = self._severity
        self._severity = list(severities)
        targets = range(len(severities)) if rows is None else rows
        for row in targets:
            if 0 <= row < len(self.doc.projects) and (
                row >= len(old) or old[row] != severities[row]
            ):
                index = self.index(row, 0)
                emit(self.dataChanged, index, index, [Qt.ItemDataRole.DecorationRole])

    def set_severity(self, row: int, severity: str | None) -> None:
        """Updates the problem icon of one row."""
        if not 0 <= row < len(self._severity) or self._severity[row] == severity:
            return
        self._severity[row] = severity
        index = self.index(row, 0)
        emit(self.dataChanged, index, index, [Qt.ItemDataRole.DecorationRole])

    def _on_change(self, change: Change) -> None:
        kind = change.kind
        p = change.project
        if kind == "resetting":
            self.beginResetModel()
        elif kind == "reset":
            self._severity = []
            self.endResetModel()
        elif kind == "projects_inserting" and p is not None:
            self.beginInsertRows(QModelIndex(), p, p + (change.row or 1) - 1)
        elif kind == "projects_inserted" and p is not None:
            self._severity[p:p] = [None] * (change.row or 1)
            self.endInsertRows()
        elif kind == "project_removing" and p is not None:
            self.beginRemoveRows(QModelIndex(), p, p)
        elif kind == "project_removed" and p is not None:
            if p < len(self._severity):
                del self._severity[p]
            self.endRemoveRows()
        elif kind == "project_moving" and p is not None and change.dest is not None:
            dest = change.dest
            self.beginMoveRows(QModelIndex(), p, p, QModelIndex(), dest + 1 if dest > p else dest)
        elif kind == "project_moved" and p is not None and change.dest is not None:
            if p < len(self._severity) and change.dest < len(self._severity):
                self._severity.insert(change.dest, self._severity.pop(p))
            self.endMoveRows()
        elif kind == "project_field" and change.field == "name" and p is not None:
            index = self.index(p, 0)
            emit(self.dataChanged, index, index, [Qt.ItemDataRole.DisplayRole])
