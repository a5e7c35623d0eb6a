"""The Qt item model over the selected project's own indicator tree (no copies).

Each index points at the document's node itself (``internalPointer``). The document's
nodes have no parent pointers, so the model keeps ``id(node) -> (node, parent)`` for
the shown project (the session's current project), updated from the document's change
events. The model never edits the document: ``setData`` and ``dropMimeData`` ask the
:class:`~ui.session.editor_session.EditorSession`, and the resulting change events are
translated into ``beginInsertRows``/``dataChanged``/… here. Severity icons follow the
live validation of the shown project.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QApplication

from jxeditor.document.changes import (
    Change,
    NodeFieldChanged,
    NodeInserted,
    NodeInserting,
    NodeMoved,
    NodeMoving,
    NodeRemoved,
    NodeRemoving,
    Reset,
    Resetting,
)
from jxeditor.document.model import Indicator, Level1, Level2, Node, NodePath, Project
from jxeditor.rules.problems import Problem
from ui.models.severity import severity_icon, worst
from ui.platform.qtcompat import emit
from ui.session.editor_session import EditorSession

MIME_TYPE = "application/x-jxeditor-node-path"
COLUMNS = ("name", "value", "description", "basis")
COLUMN_TITLES = (
    QT_TRANSLATE_NOOP("IndicatorTreeModel", "指标"),
    QT_TRANSLATE_NOOP("IndicatorTreeModel", "年度指标值"),
    QT_TRANSLATE_NOOP("IndicatorTreeModel", "绩效指标描述"),
    QT_TRANSLATE_NOOP("IndicatorTreeModel", "指标值确定依据"),
)
LEVEL_TITLES = (
    QT_TRANSLATE_NOOP("IndicatorTreeModel", "一级指标"),
    QT_TRANSLATE_NOOP("IndicatorTreeModel", "二级指标"),
    QT_TRANSLATE_NOOP("IndicatorTreeModel", "三级指标"),
)

AnyIndex = QModelIndex | QPersistentModelIndex


class IndicatorTreeModel(QAbstractItemModel):
    """Tree model of one project's 一级/二级/三级 indicators with four columns."""

    def __init__(self, session: EditorSession, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self.doc = session.doc
        self.project: Project | None = None
        self._parents: dict[int, tuple[Node, Node | None]] = {}
        self._problems: dict[NodePath, list[Problem]] = {}
        self._pending_removal: Node | None = None
        self.doc.subscribe(self._on_change)
        session.currentProjectChanged.connect(self.set_project)
        session.live.projectChanged.connect(self._on_problems_changed)
        session.live.resetAll.connect(self._on_problems_reset)
        self.set_project(session.current)

    # -- the shown project -----------------------------------------------------------
    def set_project(self, project: Project | None) -> None:
        """Shows the tree of ``project`` (``None``: nothing)."""
        self.beginResetModel()
        self.project = project
        self._problems = {}
        self._rebuild()
        self.endResetModel()
        self.set_problems(self.session.live.problems_of(project))

    def _on_problems_changed(self, project: Project, _old: list[Problem], new: list[Problem]) -> None:
        if project is self.project:
            self.set_problems(new)

    def _on_problems_reset(self) -> None:
        self.set_problems(self.session.live.problems_of(self.project))

    def _roots(self) -> list[Level1]:
        return [] if self.project is None else self.project.indicators

    def _rebuild(self) -> None:
        self._parents = {}
        for node in self._roots():
            self._register(node, None)

    def _register(self, node: Node, parent: Node | None) -> None:
        self._parents[id(node)] = (node, parent)
        for child in getattr(node, "children", ()):
            self._register(child, node)

    def _unregister(self, node: Node) -> None:
        self._parents.pop(id(node), None)
        for child in getattr(node, "children", ()):
            self._unregister(child)

    # -- navigation ----------------------------------------------------------------------
    def node(self, index: AnyIndex) -> Node | None:
        return index.internalPointer() if index.isValid() else None

    def _children(self, node: Node | None) -> list[Any]:
        if node is None:
            return self._roots()
        return getattr(node, "children", [])

    def _row_of(self, node: Node) -> int:
        parent = self._parents[id(node)][1]
        for row, sibling in enumerate(self._children(parent)):
            if sibling is node:
                return row
        raise LookupError("node not in its parent")

    def path_of(self, index: AnyIndex) -> NodePath:
        path: list[int] = []
        node = self.node(index)
        while node is not None:
            path.append(self._row_of(node))
            node = self._parents[id(node)][1]
        return tuple(reversed(path))

    def index_of_path(self, path: NodePath, column: int = 0) -> QModelIndex:
        index = QModelIndex()
        for row in path:
            index = self.index(row, 0, index)
            if not index.isValid():
                return QModelIndex()
        if path and column:
            index = index.siblingAtColumn(column)
        return index

    def depth(self, index: AnyIndex) -> int:
        """1, 2 or 3 for a node; 0 for the invisible root."""
        node = self.node(index)
        if node is None:
            return 0
        return {Level1: 1, Level2: 2, Indicator: 3}[type(node)]

    # -- QAbstractItemModel ------------------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= len(COLUMNS) or row < 0:
            return QModelIndex()
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        children = self._children(self.node(parent))
        if row >= len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008  (Qt overloads parent(): QObject.parent() and QAbstractItemModel.parent(index))
        node = self.node(index)
        if node is None:
            return QModelIndex()
        entry = self._parents.get(id(node))
        if entry is None or entry[1] is None:
            return QModelIndex()
        parent = entry[1]
        return self.createIndex(self._row_of(parent), 0, parent)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(self.node(parent)))

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return QApplication.translate("IndicatorTreeModel", str(COLUMN_TITLES[section]))
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        node = self.node(index)
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )
        if index.column() == 0 or isinstance(node, Indicator):
            flags |= Qt.ItemFlag.ItemIsEditable
        if isinstance(node, Indicator):
            flags &= ~Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        column = index.column()
        field = COLUMNS[column]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if field == "name" or isinstance(node, Indicator):
                return getattr(node, field)
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return severity_icon(worst(self.problems_at(index)))
        if role == Qt.ItemDataRole.ToolTipRole:
            problems = self.problems_at(index)
            if problems:
                return "\n".join(p.message for p in problems)
            if column == 0:
                return QApplication.translate(
                    "IndicatorTreeModel", str(LEVEL_TITLES[self.depth(index) - 1])
                )
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        node = self.node(index)
        if node is None or role != Qt.ItemDataRole.EditRole or self.project is None:
            return False
        if self.project is not self.session.current:
            return False
        field = COLUMNS[index.column()]
        if field != "name" and not isinstance(node, Indicator):
            return False
        text = "" if value is None else str(value)
        if getattr(node, field) == text:
            return True
        self.session.set_node_field(self.path_of(index), field, text)
        return True

    # -- problems --------------------------------------------------------------------------
    def set_problems(self, problems: list[Problem]) -> None:
        """Shows severity icons for the shown project's problems (those with a node path)."""
        by_path: dict[NodePath, list[Problem]] = {}
        for problem in problems:
            if problem.path is not None:
                by_path.setdefault(tuple(problem.path), []).append(problem)
        if by_path == self._problems:
            return
        changed = set(by_path) ^ set(self._problems)
        changed |= {p for p in by_path if by_path[p] != self._problems.get(p)}
        self._problems = by_path
        roles = [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole]
        for path in changed:
            first = self.index_of_path(path, 0)
            if first.isValid():
                emit(self.dataChanged, first, first.siblingAtColumn(len(COLUMNS) - 1), roles)

    def problems_at(self, index: AnyIndex) -> list[Problem]:
        if not self._problems or not index.isValid():
            return []
        return self._problems.get(self.path_of(index), [])

    # -- document events -----------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        match change:
            case Resetting():
                self.beginResetModel()
            case Reset():
                self.project = None  # the session makes another project current next
                self._problems = {}
                self._rebuild()
                self.endResetModel()
            case NodeInserting(project=project, parent=parent, row=row) if project is self.project:
                self.beginInsertRows(self.index_of_path(parent), row, row)
            case NodeInserted(project=project, index=i, parent=parent, row=row) if (
                project is self.project
            ):
                node = self.doc.children_of(i, parent)[row]
                self._register(node, self.doc.node(i, parent) if parent else None)
                self.endInsertRows()
            case NodeRemoving(project=project, index=i, parent=parent, row=row) if (
                project is self.project
            ):
                self._pending_removal = self.doc.children_of(i, parent)[row]
                self.beginRemoveRows(self.index_of_path(parent), row, row)
            case NodeRemoved(project=project) if project is self.project:
                if self._pending_removal is not None:
                    self._unregister(self._pending_removal)
                    self._pending_removal = None
                self.endRemoveRows()
            case NodeMoving(project=project, parent=parent, src=src, dest=dest) if (
                project is self.project
            ):
                where = self.index_of_path(parent)
                self.beginMoveRows(where, src, src, where, dest + 1 if dest > src else dest)
            case NodeMoved(project=project) if project is self.project:
                self.endMoveRows()
            case NodeFieldChanged(project=project, path=path, field=name) if (
                project is self.project
            ):
                column = COLUMNS.index(name) if name in COLUMNS else 0
                index = self.index_of_path(path, column)
                if index.isValid():
                    roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole]
                    emit(self.dataChanged, index, index, roles)
            case _:
                pass

    # -- drag and drop (within a level) ---------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]  # PySide6 declares Sequence[QModelIndex]
        data = QMimeData()
        rows = [i for i in indexes if i.isValid() and i.column() == 0]
        if rows:
            payload = {"project": id(self.project), "path": list(self.path_of(rows[0]))}
            data.setData(MIME_TYPE, QByteArray(json.dumps(payload).encode()))
        return data

    def _drop_target(
        self, data: QMimeData, row: int, parent: AnyIndex
    ) -> tuple[NodePath, NodePath, int] | None:
        """(source path, target parent path, target row) for an allowed drop, else None."""
        if self.project is None or not data.hasFormat(MIME_TYPE):
            return None
        try:
            payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
            source = tuple(int(i) for i in payload["path"])
        except (ValueError, KeyError, TypeError):
            return None
        if payload.get("project") != id(self.project) or not source:
            return None
        target_parent = self.path_of(parent) if parent.isValid() else ()
        if row < 0:
            # dropped onto an item: a sibling of the dragged node takes its place
            if len(target_parent) == len(source):
                row = target_parent[-1]
                target_parent = target_parent[:-1]
            else:
                row = self.rowCount(parent)
        if len(target_parent) != len(source) - 1:
            return None  # levels never change: a 三级指标 stays at depth 3
        return source, target_parent, row

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return action == Qt.DropAction.MoveAction and self._drop_target(data, row, parent) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if action != Qt.DropAction.MoveAction:
            return False
        target = self._drop_target(data, row, parent)
        if target is None or self.project is None or self.project is not self.session.current:
            return False
        source, target_parent, target_row = target
        if source[:-1] == target_parent:
            src = source[-1]
            siblings = self._children(self.node(self.index_of_path(target_parent)))
            dest = target_row - 1 if target_row > src else target_row
            dest = max(0, min(dest, len(siblings) - 1))
            if dest != src:
                self.session.move_node(source, dest)
            return True
        # another parent at the same depth: remove here, insert there, as one step (removing
        # a node never shifts the path of a node one level above it)
        self.session.move_node_to(source, target_parent, target_row)
        return True
