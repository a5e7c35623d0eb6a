"""How the tree model follows the document's edits of the tree it shows: the map of the
shown nodes (``id(node) -> (node, parent)``) and the rows inserted, removed, moved or
changed, in a project's tree or the department's alike (the ``Node…`` events name the
tree's owner), each announced to the views with ``beginInsertRows``/``endInsertRows`` and the like.

:class:`TreeEvents` is a mix-in of :class:`~ui.models.tree_model.IndicatorTreeModel`,
before ``QAbstractItemModel``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt

from jxeditor.document.changes import (
    Change,
    NodeFieldChanged,
    NodeInserted,
    NodeInserting,
    NodeMoved,
    NodeMoving,
    NodeRemoved,
    NodeRemoving,
)
from jxeditor.document.model import Level1, Node, NodePath
from jxeditor.document.trees import TreeOwner, children_at, node_at
from ui.platform.qtcompat import emit

if TYPE_CHECKING:
    _Model = QAbstractItemModel
else:
    _Model = object


class TreeEvents(_Model):
    """The shown nodes' map, kept up to date from the document's change events."""

    owner: TreeOwner | None
    _parents: dict[int, tuple[Node, Node | None]]
    _pending_removal: Node | None

    if TYPE_CHECKING:
        def _roots(self) -> list[Level1]: ...
        def index_of_path(self, path: NodePath, column: int = 0) -> QModelIndex: ...
        def column_of(self, key: str) -> int: ...

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

    def follow_tree(self, change: Change) -> None:
        """Follows an edit of the shown tree (any other change: nothing to do)."""
        match change:
            case NodeInserting(owner=owner, parent=parent, row=row) if owner is self.owner:
                self.beginInsertRows(self.index_of_path(parent), row, row)
            case NodeInserted(owner=owner, parent=parent, row=row) if owner is self.owner:
                node = children_at(owner, parent)[row]
                self._register(node, node_at(owner, parent) if parent else None)
                self.endInsertRows()
            case NodeRemoving(owner=owner, parent=parent, row=row) if owner is self.owner:
                self._pending_removal = children_at(owner, parent)[row]
                self.beginRemoveRows(self.index_of_path(parent), row, row)
            case NodeRemoved(owner=owner) if owner is self.owner:
                if self._pending_removal is not None:
                    self._unregister(self._pending_removal)
                    self._pending_removal = None
                self.endRemoveRows()
            case NodeMoving(owner=owner, parent=parent, src=src, dest=dest) if owner is self.owner:
                where = self.index_of_path(parent)
                self.beginMoveRows(where, src, src, where, dest + 1 if dest > src else dest)
            case NodeMoved(owner=owner) if owner is self.owner:
                self.endMoveRows()
            case NodeFieldChanged(owner=owner, path=path, field=name) if owner is self.owner:
                column = max(self.column_of(name), 0)
                index = self.index_of_path(path, column)
                if index.isValid():
                    roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole]
                    emit(self.dataChanged, index, index, roles)
            case _:
                pass
