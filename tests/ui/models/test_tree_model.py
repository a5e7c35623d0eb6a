"""The indicator tree model follows the session's current project and the document exactly.

Each test changes the document through the session (as the UI does), then checks the Qt
model against the document, with ``qtmodeltester`` watching every signal.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from session_fixtures import make_session

from jxeditor.document.document import Document
from jxeditor.document.model import Indicator, Level2, new_project
from ui.models.tree_drops import MIME_TYPE
from ui.models.tree_model import IndicatorTreeModel
from ui.session.commands import InsertNodeCommand


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
    session = make_session(sample_doc)
    model = IndicatorTreeModel(session)
    assert model.project is sample_doc.projects[0]
    qtmodeltester.check(model)
    yield model, session, sample_doc
    session.stack.clear()


def test_tree_matches_document(tree) -> None:
    model, _session, doc = tree
    assert model.columnCount() == 6  # 指标, 年度指标值, 描述, 依据, 上年指标值, 上年实际完成值
    assert tree_shape(model) == doc_shape(doc, 0)
    value = model.index_of_path((0, 0, 0), 1)
    assert value.data() == doc.projects[0].indicators[0].children[0].children[0].value
    assert model.headerData(0, Qt.Orientation.Horizontal) == "指标"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "年度指标值"


def test_set_data_pushes_command_and_emits_data_changed(tree, qtbot) -> None:
    model, session, doc = tree
    index = model.index_of_path((0, 0, 0), 1)
    with qtbot.wait_signals([model.dataChanged], order="strict"):
        assert model.setData(index, "≥5个")
    assert doc.projects[0].indicators[0].children[0].children[0].value == "≥5个"
    assert session.stack.count() == 1
    session.stack.undo()
    assert doc.projects[0].indicators[0].children[0].children[0].value == "≥120平方米"
    # a group has no value column
    assert not model.setData(model.index_of_path((0,), 1), "x")


def test_insert_remove_move_follow_document(tree, qtbot) -> None:
    model, session, doc = tree
    stack = session.stack
    parent = model.index_of_path((0, 0))
    with qtbot.wait_signals(
        [model.rowsAboutToBeInserted, model.rowsInserted], order="strict"
    ):
        session.insert_node((0, 0), 1, Indicator(name="新指标", value="≥1个"))
    assert model.rowCount(parent) == 2
    assert model.index(1, 0, parent).data() == "新指标"
    with qtbot.wait_signals([model.rowsAboutToBeMoved, model.rowsMoved], order="strict"):
        session.move_node((0, 0, 1), 0)
    assert model.index(0, 0, parent).data() == "新指标"
    assert tree_shape(model) == doc_shape(doc, 0)
    with qtbot.wait_signals([model.rowsAboutToBeRemoved, model.rowsRemoved], order="strict"):
        session.remove_node((0, 0, 0))
    assert model.rowCount(parent) == 1
    # remove a whole first level and undo everything
    session.remove_node((1,))
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
    model, session, doc = tree
    before = tree_shape(model)
    with qtbot.assert_not_emitted(model.rowsInserted):
        session.stack.push(
            InsertNodeCommand(doc, doc.projects[1], (0, 0), 0, Indicator(name="别处"))
        )
    assert tree_shape(model) == before


def test_project_switch_resets(tree, qtbot) -> None:
    model, session, doc = tree
    with qtbot.wait_signals([model.modelAboutToBeReset, model.modelReset], order="strict"):
        session.set_current_index(1)
    assert tree_shape(model) == doc_shape(doc, 1)
    session.set_current(None)
    assert model.rowCount() == 0


def test_tree_follows_project_moves_and_removal(tree) -> None:
    model, session, doc = tree
    stack = session.stack
    session.set_current_index(1)
    shown = doc.projects[1]
    session.move_project(1)
    assert model.project is shown and doc.index_of(shown) == 2
    session.set_current_index(0)
    session.set_current(shown)
    session.insert_projects(0, [new_project("2021", "新")])
    session.set_current(shown)
    assert model.project is shown and doc.index_of(shown) == 3
    session.delete_project()
    # the removed project's neighbour is shown now, never the removed one
    assert model.project is doc.projects[2] and model.project is session.current
    stack.undo()
    stack.undo()
    stack.undo()
    assert doc.index_of(shown) == 1
    assert tree_shape(model) == doc_shape(doc, doc.index_of(model.project))


def drag(model: IndicatorTreeModel, path: tuple[int, ...]):
    return model.mimeData([model.index_of_path(path)])


def test_drag_and_drop_within_a_level(tree, qtbot) -> None:
    model, session, doc = tree
    l1 = doc.projects[0].indicators[0]
    names = [c.name for c in l1.children]
    data = drag(model, (0, 0))
    assert data.hasFormat(MIME_TYPE)
    parent = model.index_of_path((0,))
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 3, 0, parent)
    with qtbot.wait_signals([model.rowsAboutToBeMoved, model.rowsMoved], order="strict"):
        assert model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, parent)
    assert [c.name for c in l1.children] == [names[1], names[2], names[0]]
    session.stack.undo()
    assert [c.name for c in l1.children] == names


def test_drop_never_changes_the_level(tree) -> None:
    model, _session, _doc = tree
    data = drag(model, (0, 0, 0))  # a third-level indicator
    root = QModelIndex()
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, root)
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, root)
    level1 = model.index_of_path((0,))
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, level1)
    assert not model.flags(model.index_of_path((0, 0, 0))) & Qt.ItemFlag.ItemIsDropEnabled


def test_drop_under_another_group_of_the_same_level(tree) -> None:
    model, session, doc = tree
    moved = doc.projects[0].indicators[0].children[0].children[0]
    data = drag(model, (0, 0, 0))
    target = model.index_of_path((0, 1))  # 质量指标
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, target)
    assert doc.projects[0].indicators[0].children[1].children[-1] is moved
    assert doc.projects[0].indicators[0].children[0].children == []
    assert session.stack.count() == 1  # one macro
    session.stack.undo()
    assert doc.projects[0].indicators[0].children[0].children[0] is moved


def test_drag_from_another_project_is_refused(tree) -> None:
    model, session, _doc = tree
    data = drag(model, (0, 0))
    session.set_current_index(1)
    assert not model.canDropMimeData(
        data, Qt.DropAction.MoveAction, 3, 0, model.index_of_path((0,))
    )


def test_problem_icons(tree, qtbot) -> None:
    model, session, _doc = tree
    index = model.index_of_path((0, 0, 0), 1)
    with qtbot.wait_signal(model.dataChanged):
        session.set_node_field((0, 0, 0), "value", "》 90%")
        session.live.flush()
    assert model.problems_at(index)
    assert "符号" in index.siblingAtColumn(0).data(Qt.ItemDataRole.ToolTipRole)


def test_level2_names_stay_level2(tree) -> None:
    model, _session, _doc = tree
    assert model.depth(model.index_of_path((0,))) == 1
    assert model.depth(model.index_of_path((0, 0))) == 2
    assert isinstance(model.node(model.index_of_path((0, 0))), Level2)
    assert model.depth(model.index_of_path((0, 0, 0))) == 3


def department_tree():
    from jxeditor.document.model import Level1

    return [Level1("履职效能", [Level2("重点工作", [Indicator("完成率", "=100%")])])]


def test_the_departments_tree_is_shown_and_edited_while_it_is_chosen(
    qtmodeltester, sample_doc: Document
) -> None:
    from jxeditor.document.department import Department
    from jxeditor.document.model import Level1

    session = make_session(sample_doc)
    model = IndicatorTreeModel(session)
    block = Department(indicators=department_tree())
    session.doc.set_department(block)
    project_tree = tree_shape(model)
    session.department.show()
    qtmodeltester.check(model)
    assert model.owner is block
    assert model.index(0, 0).data() == "履职效能"
    leaf = model.index_of_path((0, 0, 0), 1)
    assert leaf.data() == "=100%"
    assert model.flags(leaf) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert model.setData(leaf, "=90%")  # the session's undo command, the department's method
    assert block.indicators[0].children[0].children[0].value == "=90%"
    assert session.stack.undoText() == "修改“年度指标值”"
    session.insert_node((0, 0), 1, Indicator("办结率"))
    session.move_node((0, 0, 1), 0)
    assert tree_shape(model) == [("履职效能", [("重点工作", ["办结率", "完成率"])])]
    session.remove_node((0, 0, 0))
    assert tree_shape(model) == [("履职效能", [("重点工作", ["完成率"])])]
    for _step in range(3):
        session.undo()
    assert tree_shape(model) == [("履职效能", [("重点工作", ["完成率"])])]
    assert model.index_of_path((0, 0, 0), 1).data() == "=90%"
    other = Department(indicators=[Level1("管理效率")])
    session.doc.set_department(other)  # another block in its place (read from a file)
    assert model.owner is other and tree_shape(model) == ["管理效率"]
    session.set_current(sample_doc.projects[0])  # back to a project: its own tree
    assert tree_shape(model) == project_tree
    session.department.show()
    session.department.remove()  # gone while shown: the first project's tree again
    assert tree_shape(model) == project_tree
    session.stack.clear()


def test_the_departments_targets_are_read_only_in_a_later_stage(
    qtmodeltester, sample_doc: Document
) -> None:
    from jxeditor.document.department import Department

    session = make_session(sample_doc)
    model = IndicatorTreeModel(session)
    session.doc.set_department(Department(indicators=department_tree()))
    session.set_stage("evaluation")
    session.department.show()
    qtmodeltester.check(model)
    leaf = model.index_of_path((0, 0, 0), model.column_of("value"))
    assert not model.flags(leaf) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(leaf, "=90%")
    assert model.flags(leaf.siblingAtColumn(0)) & Qt.ItemFlag.ItemIsEditable  # names: yes
    session.stack.clear()
