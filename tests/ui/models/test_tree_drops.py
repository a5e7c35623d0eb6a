"""Drag and drop in the indicator tree, decided by :func:`drop_target` and done by
:func:`drop`: only a node of this project, only within its level; onto a sibling it
takes that sibling's place, onto a parent it goes last; a move among siblings is one
``move_node``, a move under another parent one ``move_node_to``. A small stand-in for the
tree model (a :class:`DropHost`) lets each case be told exactly."""

from __future__ import annotations

import json
from typing import Any

import pytest
from builders import clean_project
from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
)

from jxeditor.document.department import Department
from jxeditor.document.model import Node, NodePath, Project
from jxeditor.document.trees import TreeOwner
from ui.models.tree_drops import MIME_TYPE, TreeDrops, drop, drop_target

AnyIndex = QModelIndex | QPersistentModelIndex


class RecordingSession:
    """Stands in for the session: records the moves asked of it."""

    def __init__(self) -> None:
        self.moves: list[tuple[str, tuple[Any, ...]]] = []
        self.current: Project | None = None
        self.department: Department | None = None  # shown while no project is current

    def tree_owner(self) -> TreeOwner | None:
        return self.current if self.current is not None else self.department

    def move_node(self, path: NodePath, dest: int) -> None:
        self.moves.append(("move_node", (path, dest)))

    def move_node_to(self, source: NodePath, parent: NodePath, row: int) -> None:
        self.moves.append(("move_node_to", (source, parent, row)))


class Host(TreeDrops):
    """A tree model reduced to what a drop needs; indices carry their node path in a
    ``QStringListModel`` row's text."""

    def __init__(self, project: TreeOwner | None) -> None:
        self.project = self.owner = project  # the tree shown: a project's or the department's
        self.session: Any = RecordingSession()
        if isinstance(project, Department):
            self.session.department = project
        else:
            self.session.current = project
        self._paths = QStringListModel()

    def index_of_path(self, path: NodePath, column: int = 0) -> QModelIndex:
        if not path:
            return QModelIndex()
        rows = self._paths.stringList()
        text = json.dumps(list(path))
        if text not in rows:
            self._paths.setStringList([*rows, text])
        return self._paths.index(self._paths.stringList().index(text), 0)

    def path_of(self, index: AnyIndex) -> NodePath:
        return tuple(json.loads(index.data())) if index.isValid() else ()

    def node(self, index: AnyIndex) -> Node | None:
        assert self.project is not None
        path = self.path_of(index)
        item: Any = None
        children: list[Any] = self.project.indicators
        for i in path:
            item = children[i]
            children = item.children
        return item

    def child_nodes(self, node: Node | None) -> list[Any]:
        assert self.project is not None
        return self.project.indicators if node is None else list(getattr(node, "children", []))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self.child_nodes(self.node(parent) if parent.isValid() else None))


@pytest.fixture
def host() -> Host:
    return Host(clean_project())


def dragged(host: Host, path: NodePath) -> QMimeData:
    return host.mimeData([host.index_of_path(path)])


def raw(payload: bytes) -> QMimeData:
    data = QMimeData()
    data.setData(MIME_TYPE, QByteArray(payload))
    return data


def test_the_drag_carries_the_project_and_the_path(host: Host) -> None:
    data = dragged(host, (0, 1, 0))
    assert host.mimeTypes() == [MIME_TYPE]
    assert json.loads(bytes(data.data(MIME_TYPE).data())) == {
        "project": id(host.project), "path": [0, 1, 0]}
    assert host.supportedDragActions() == host.supportedDropActions() == Qt.DropAction.MoveAction
    assert not host.mimeData([]).hasFormat(MIME_TYPE)


def test_between_siblings(host: Host) -> None:
    parent = host.index_of_path((0,))
    assert drop_target(host, dragged(host, (0, 0)), 3, parent) == ((0, 0), (0,), 3)


def test_onto_a_sibling_takes_its_place(host: Host) -> None:
    onto = host.index_of_path((0, 2))
    assert drop_target(host, dragged(host, (0, 0)), -1, onto) == ((0, 0), (0,), 2)


def test_onto_a_parent_of_the_same_depth_goes_last(host: Host) -> None:
    other = host.index_of_path((2, 0))  # 社会效益指标, one indicator
    assert drop_target(host, dragged(host, (0, 0, 0)), -1, other) == ((0, 0, 0), (2, 0), 1)


@pytest.mark.parametrize(
    ("source", "parent", "row"),
    [
        ((0, 0, 0), (), 0),  # an indicator among the first levels
        ((0, 0, 0), (0,), 1),  # an indicator among the second levels
        ((0, 0), (1, 0), 0),  # a second level under a second level
        ((0,), (0,), 0),  # a first level under a first level
    ],
)
def test_levels_never_change(host: Host, source: NodePath, parent: NodePath, row: int) -> None:
    assert drop_target(host, dragged(host, source), row, host.index_of_path(parent)) is None
    assert not host.canDropMimeData(
        dragged(host, source), Qt.DropAction.MoveAction, row, 0, host.index_of_path(parent))


@pytest.mark.parametrize(
    "payload",
    [b"not json", b'{"path": [0]}', b'{"project": 1}', b'{"path": ["a"], "project": 1}',
     b"[1, 2]"],
)
def test_a_malformed_drag_is_refused(host: Host, payload: bytes) -> None:
    assert drop_target(host, raw(payload), 0, QModelIndex()) is None


def test_a_node_of_another_project_is_refused(host: Host) -> None:
    other = Host(clean_project())
    assert drop_target(host, dragged(other, (0, 0)), 0, host.index_of_path((0,))) is None
    assert drop_target(host, raw(json.dumps({"project": id(host.project), "path": []}).encode()),
                       0, QModelIndex()) is None


def test_no_project_no_drop() -> None:
    empty = Host(None)
    data = QMimeData()
    data.setData(MIME_TYPE, QByteArray(b'{"project": 0, "path": [0]}'))
    assert drop_target(empty, data, 0, QModelIndex()) is None
    assert drop_target(Host(clean_project()), QMimeData(), 0, QModelIndex()) is None


@pytest.mark.parametrize(
    ("src", "row", "dest"),
    [(0, 3, 2), (0, 2, 1), (2, 0, 0), (1, 9, 2), (1, 1, None), (1, 2, None)],
)
def test_drop_among_siblings_moves_to_where_it_lands(
    host: Host, src: int, row: int, dest: int | None
) -> None:
    drop(host, (0, src), (0,), row)
    assert host.session.moves == ([] if dest is None else [("move_node", ((0, src), dest))])


def test_drop_under_another_parent_is_one_move(host: Host) -> None:
    drop(host, (0, 0, 0), (2, 0), 1)
    assert host.session.moves == [("move_node_to", ((0, 0, 0), (2, 0), 1))]


def test_drop_mime_data_asks_the_session_only_for_the_current_project(host: Host) -> None:
    data = dragged(host, (0, 0))
    parent = host.index_of_path((0,))
    assert not host.dropMimeData(data, Qt.DropAction.CopyAction, 3, 0, parent)
    host.session.current = None  # another project is shown meanwhile
    assert not host.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, parent)
    assert host.session.moves == []
    host.session.current = host.project
    assert host.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, parent)
    assert host.session.moves == [("move_node", ((0, 0), 2))]


def test_the_departments_tree_takes_drops_as_a_projects(host: Host) -> None:
    """While 部门整体 is chosen its tree is dragged and dropped in as a project's; a node
    dragged from a project's tree is refused there."""
    department = Host(Department(indicators=clean_project().indicators))
    data = dragged(department, (0, 0))
    parent = department.index_of_path((0,))
    assert json.loads(bytes(data.data(MIME_TYPE).data()))["project"] == id(department.owner)
    assert drop_target(department, dragged(host, (0, 0)), 3, parent) is None
    assert department.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, parent)
    assert department.session.moves == [("move_node", ((0, 0), 2))]
