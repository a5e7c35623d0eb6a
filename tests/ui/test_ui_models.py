"""The item models: tree, project list and problems follow the document exactly.

Each test changes the document through undo commands (as the UI does), then checks the
Qt model against the document, with ``qtmodeltester`` watching every signal.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack

from jxeditor.document.model import Document, Indicator, Level2, new_project
from ui.commands import (
    InsertProjectCommand,
    MoveProjectCommand,
    RemoveProjectCommand,
    SetProjectFieldCommand,
)
from ui.live_validation import LiveValidation
from ui.problems_model import ProblemsModel
from ui.project_list_model import ProjectListModel
from ui.tree_model import MIME_TYPE, IndicatorTreeModel


def tree_shape(model: IndicatorTreeModel, parent: QModelIndex | None = None) -> list:
    parent = parent or QModelIndex()
    shape = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        children = tree_shape(model, index)
        shape.append((index.data(), children) if children else index.data())
    return shape


def doc_shape(doc: Document, project: int) -> list:
    def node(n):
        children = getattr(n, "children", None)
        return (n.name, [node(c) for c in children]) if children else n.name

    return [node(l1) for l1 in doc.projects[project].indicators]


@pytest.fixture
def tree(qtmodeltester, sample_doc: Document):
    stack = QUndoStack()
    model = IndicatorTreeModel(sample_doc, stack)
    model.set_project(0)
    qtmodeltester.check(model)
    yield model, stack, sample_doc
    stack.clear()


def test_tree_matches_document(tree) -> None:
    model, _stack, doc = tree
    assert model.columnCount() == 4
    assert tree_shape(model) == doc_shape(doc, 0)
    value = model.index_of_path((0, 0, 0), 1)
    assert value.data() == doc.projects[0].indicators[0].children[0].children[0].value
    assert model.headerData(0, Qt.Orientation.Horizontal) == "指标"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "年度指标值"


def test_set_data_pushes_command_and_emits_data_changed(tree, qtbot) -> None:
    model, stack, doc = tree
    index = model.index_of_path((0, 0, 0), 1)
    with qtbot.wait_signals([model.dataChanged], order="strict"):
        assert model.setData(index, "≥5个")
    assert doc.projects[0].indicators[0].children[0].children[0].value == "≥5个"
    assert stack.count() == 1
    stack.undo()
    assert doc.projects[0].indicators[0].children[0].children[0].value == "≥120平方米"
    # a group has no value column
    assert not model.setData(model.index_of_path((0,), 1), "x")


def test_insert_remove_move_follow_document(tree, qtbot) -> None:
    model, stack, doc = tree
    parent = model.index_of_path((0, 0))
    with qtbot.wait_signals(
        [model.rowsAboutToBeInserted, model.rowsInserted], order="strict"
    ):
        model.insert_node((0, 0), 1, Indicator(name="新指标", value="≥1个"))
    assert model.rowCount(parent) == 2
    assert model.index(1, 0, parent).data() == "新指标"
    with qtbot.wait_signals([model.rowsAboutToBeMoved, model.rowsMoved], order="strict"):
        model.move_node((0, 0, 1), 0)
    assert model.index(0, 0, parent).data() == "新指标"
    assert tree_shape(model) == doc_shape(doc, 0)
    with qtbot.wait_signals([model.rowsAboutToBeRemoved, model.rowsRemoved], order="strict"):
        model.remove_node((0, 0, 0))
    assert model.rowCount(parent) == 1
    # remove a whole first level and undo everything
    model.remove_node((1,))
    assert tree_shape(model) == doc_shape(doc, 0)
    while stack.canUndo():
        stack.undo()
    assert tree_shape(model) == doc_shape(doc, 0)
    assert model.rowCount(parent) == 1
    assert model.index(0, 0, parent).data() == "改造面积"
    while stack.canRedo():
        stack.redo()
    assert tree_shape(model) == doc_shape(doc, 0)


def test_changes_in_other_projects_are_ignored(tree, qtbot) -> None:
    model, stack, doc = tree
    before = tree_shape(model)
    with qtbot.assert_not_emitted(model.rowsInserted):
        stack.push(
            __import__("ui.commands", fromlist=["x"]).InsertNodeCommand(
                doc, 1, (0, 0), 0, Indicator(name="别处")
            )
        )
    assert tree_shape(model) == before


def test_project_switch_resets(tree, qtbot) -> None:
    model, _stack, doc = tree
    with qtbot.wait_signals([model.modelAboutToBeReset, model.modelReset], order="strict"):
        model.set_project(1)
    assert tree_shape(model) == doc_shape(doc, 1)
    model.set_project(None)
    assert model.rowCount() == 0


def test_tree_follows_project_moves_and_removal(tree) -> None:
    model, stack, doc = tree
    model.set_project(1)
    stack.push(MoveProjectCommand(doc, 1, 2))
    assert model.project == 2
    stack.push(InsertProjectCommand(doc, 0, new_project("2021", "新")))
    assert model.project == 3
    stack.push(RemoveProjectCommand(doc, 3))
    assert model.project is None and model.rowCount() == 0
    stack.undo()
    stack.undo()
    stack.undo()


def drag(model: IndicatorTreeModel, path: tuple[int, ...]):
    return model.mimeData([model.index_of_path(path)])


def test_drag_and_drop_within_a_level(tree, qtbot) -> None:
    model, stack, doc = tree
    l1 = doc.projects[0].indicators[0]
    names = [c.name for c in l1.children]
    data = drag(model, (0, 0))
    assert data.hasFormat(MIME_TYPE)
    parent = model.index_of_path((0,))
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 3, 0, parent)
    with qtbot.wait_signals([model.rowsAboutToBeMoved, model.rowsMoved], order="strict"):
        assert model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, parent)
    assert [c.name for c in l1.children] == [names[1], names[2], names[0]]
    stack.undo()
    assert [c.name for c in l1.children] == names


def test_drop_never_changes_the_level(tree) -> None:
    model, _stack, _doc = tree
    data = drag(model, (0, 0, 0))  # a third-level indicator
    root = QModelIndex()
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, root)
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, root)
    level1 = model.index_of_path((0,))
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, level1)
    assert not model.flags(model.index_of_path((0, 0, 0))) & Qt.ItemFlag.ItemIsDropEnabled


def test_drop_under_another_group_of_the_same_level(tree) -> None:
    model, stack, doc = tree
    moved = doc.projects[0].indicators[0].children[0].children[0]
    data = drag(model, (0, 0, 0))
    target = model.index_of_path((0, 1))  # 质量指标
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, target)
    assert doc.projects[0].indicators[0].children[1].children[-1] is moved
    assert doc.projects[0].indicators[0].children[0].children == []
    assert stack.count() == 1  # one macro
    stack.undo()
    assert doc.projects[0].indicators[0].children[0].children[0] is moved


def test_problem_icons(tree, qtbot) -> None:
    model, stack, doc = tree
    live = LiveValidation(doc)
    model.set_problems(live.problems[0])
    index = model.index_of_path((0, 0, 0), 1)
    with qtbot.wait_signal(model.dataChanged):
        stack.push(
            __import__("ui.commands", fromlist=["x"]).SetNodeFieldCommand(
                doc, 0, (0, 0, 0), "value", "》 90%"
            )
        )
        live.flush()
        model.set_problems(live.problems[0])
    assert model.problems_at(index)
    assert "符号" in index.siblingAtColumn(0).data(Qt.ItemDataRole.ToolTipRole)


def test_project_list_model(qtmodeltester, qtbot, sample_doc: Document) -> None:
    model = ProjectListModel(sample_doc)
    qtmodeltester.check(model)
    stack = QUndoStack()
    assert model.rowCount() == 3
    assert model.index(0, 0).data() == "示例项目0"
    with qtbot.wait_signals([model.rowsAboutToBeInserted, model.rowsInserted], order="strict"):
        stack.push(InsertProjectCommand(sample_doc, 1, new_project("2021", "插入")))
    assert model.index(1, 0).data() == "插入"
    with qtbot.wait_signals([model.rowsAboutToBeMoved, model.rowsMoved], order="strict"):
        stack.push(MoveProjectCommand(sample_doc, 1, 3))
    assert model.index(3, 0).data() == "插入"
    with qtbot.wait_signal(model.dataChanged):
        stack.push(SetProjectFieldCommand(sample_doc, 3, "name", "改名"))
    assert model.index(3, 0).data() == "改名"
    with qtbot.wait_signals([model.rowsAboutToBeRemoved, model.rowsRemoved], order="strict"):
        stack.push(RemoveProjectCommand(sample_doc, 3))
    assert model.rowCount() == 3
    while stack.canUndo():
        stack.undo()
    assert [model.index(i, 0).data() for i in range(3)] == [
        "示例项目0", "示例项目1", "示例项目2"
    ]
    model.set_severities(["error", None, "warning"])
    assert not model.index(0, 0).data(Qt.ItemDataRole.DecorationRole).isNull()
    stack.clear()


def test_problems_model_follows_validation(qtmodeltester, qtbot, sample_doc: Document) -> None:
    live = LiveValidation(sample_doc)
    model = ProblemsModel(live)
    qtmodeltester.check(model)
    stack = QUndoStack()
    assert model.rowCount() == 0
    with qtbot.wait_signals([model.rowsAboutToBeInserted, model.rowsInserted], order="strict"):
        stack.push(SetProjectFieldCommand(sample_doc, 1, "name", "", typing=True))
        live.flush()
    codes = [model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1).code for r in range(model.rowCount())]
    assert codes == ["project.missing_field"]
    assert model.index(0, 0).data() == "错误"
    assert model.index(0, 2).data() == "项目名称"
    # a second problem in another project, then the first one goes
    stack.push(SetProjectFieldCommand(sample_doc, 0, "department", ""))
    live.flush()
    assert model.rowCount() == 2
    assert live.counts() == (2, 0)
    with qtbot.wait_signals([model.rowsAboutToBeRemoved, model.rowsRemoved], order="strict"):
        stack.undo()
        live.flush()
    assert model.rowCount() == 1
    # removing and moving projects renumbers the problems
    stack.push(MoveProjectCommand(sample_doc, 1, 0))
    live.flush()
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole + 1).project == 0
    stack.push(RemoveProjectCommand(sample_doc, 0))
    live.flush()
    assert model.rowCount() == 0 and live.counts() == (0, 0)
    stack.clear()


def test_level2_names_stay_level2(tree) -> None:
    model, _stack, _doc = tree
    assert model.depth(model.index_of_path((0,))) == 1
    assert model.depth(model.index_of_path((0, 0))) == 2
    assert isinstance(model.node(model.index_of_path((0, 0))), Level2)
    assert model.depth(model.index_of_path((0, 0, 0))) == 3


def test_chinese_fonts_follow_the_system_font(qapp) -> None:
    """The system's UI font stays first; the usual Chinese fonts come after it."""
    from PySide6.QtGui import QFont

    from ui.app import CHINESE_FONTS, use_system_chinese_fonts

    before = qapp.font()
    try:
        first = before.families()[:1] or [before.family()]
        use_system_chinese_fonts(qapp)
        families = qapp.font().families()
        assert families[: len(first)] == first
        assert [f for f in families if f in CHINESE_FONTS] == list(CHINESE_FONTS)
        use_system_chinese_fonts(qapp)  # twice changes nothing
        assert qapp.font().families() == families
    finally:
        qapp.setFont(QFont(before))
