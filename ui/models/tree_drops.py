"""Dragging and dropping indicators in the tree: within a level only (a 三级指标 stays a
三级指标), among its siblings or under another parent of the same depth.

The tree model takes its drag-and-drop methods from :class:`TreeDrops`, whose
``canDropMimeData``/``dropMimeData`` call :func:`drop_target` and :func:`drop`; the move
itself is asked of the session, as one undo step.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from jxeditor.document.model import Node, NodePath
from jxeditor.document.trees import TreeOwner
from ui.session.editor_session import EditorSession

MIME_TYPE = "application/x-jxeditor-node-path"

AnyIndex = QModelIndex | QPersistentModelIndex


class DropHost(Protocol):
    """What a drop needs of the tree model."""

    owner: TreeOwner | None  # whose tree: a project's or the department's
    session: EditorSession

    def path_of(self, index: AnyIndex) -> NodePath: ...
    def index_of_path(self, path: NodePath, column: int = 0) -> QModelIndex: ...
    def node(self, index: AnyIndex) -> Node | None: ...
    def child_nodes(self, node: Node | None) -> Sequence[Node]: ...
    def rowCount(self, parent: AnyIndex = ...) -> int: ...


def drop_target(
    model: DropHost, data: QMimeData, row: int, parent: AnyIndex
) -> tuple[NodePath, NodePath, int] | None:
    """(source path, target parent path, target row) for an allowed drop, else None."""
    if model.owner is None or not data.hasFormat(MIME_TYPE):
        return None
    try:
        payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
        source = tuple(int(i) for i in payload["path"])
    except (ValueError, KeyError, TypeError):
        return None
    if payload.get("project") != id(model.owner) or not source:
        return None
    target_parent = model.path_of(parent) if parent.isValid() else ()
    if row < 0:
        # dropped onto an item: a sibling of the dragged node takes its place
        if len(target_parent) == len(source):
            row = target_parent[-1]
            target_parent = target_parent[:-1]
        else:
            row = model.rowCount(parent)
    if len(target_parent) != len(source) - 1:
        return None  # levels never change: a 三级指标 stays at depth 3
    return source, target_parent, row


def drop(model: DropHost, source: NodePath, target_parent: NodePath, target_row: int) -> None:
    """Asks the session to move the node at ``source`` to ``target_row`` under ``target_parent``."""
    if source[:-1] == target_parent:
        src = source[-1]
        siblings = model.child_nodes(model.node(model.index_of_path(target_parent)))
        dest = target_row - 1 if target_row > src else target_row
        dest = max(0, min(dest, len(siblings) - 1))
        if dest != src:
            model.session.move_node(source, dest)
        return
    # another parent at the same depth: remove here, insert there, as one step (removing
    # a node never shifts the path of a node one level above it)
    model.session.move_node_to(source, target_parent, target_row)


class TreeDrops:
    """The drag-and-drop methods of the tree model (a mix-in before QAbstractItemModel)."""

    owner: TreeOwner | None
    session: EditorSession

    def path_of(self, index: AnyIndex) -> NodePath:
        raise NotImplementedError

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = [i for i in indexes if i.isValid() and i.column() == 0]
        if rows:
            payload = {"project": id(self.owner), "path": list(self.path_of(rows[0]))}
            data.setData(MIME_TYPE, QByteArray(json.dumps(payload).encode()))
        return data

    def canDropMimeData(
        self: DropHost, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return action == Qt.DropAction.MoveAction and drop_target(
            self, data, row, parent) is not None

    def dropMimeData(
        self: DropHost, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if action != Qt.DropAction.MoveAction:
            return False
        target = drop_target(self, data, row, parent)
        if target is None or self.owner is None or self.owner is not self.session.tree_owner():
            return False
        drop(self, *target)
        return True
