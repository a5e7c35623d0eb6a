"""The project list model follows the document's projects and the live validation."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from session_fixtures import make_session

from jxeditor.document.document import Document
from jxeditor.document.model import new_project
from ui.models.project_list_model import MIME_TYPE, ProjectListModel


def test_project_list_model(qtmodeltester, qtbot, sample_doc: Document) -> None:
    session = make_session(sample_doc)
    stack = session.stack
    model = ProjectListModel(session)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.index(0, 0).data() == "示例项目0"
    added = new_project("2021", "插入")
    with qtbot.wait_signals([model.rowsAboutToBeInserted, model.rowsInserted], order="strict"):
        session.insert_projects(1, [added])
    assert model.index(1, 0).data() == "插入"
    with qtbot.wait_signals([model.rowsAboutToBeMoved, model.rowsMoved], order="strict"):
        session.move_project_to(added, 3)
    assert model.index(3, 0).data() == "插入"
    with qtbot.wait_signal(model.dataChanged):
        session.set_project_field(added, "name", "改名")
    assert model.index(3, 0).data() == "改名"
    session.set_current(added)
    with qtbot.wait_signals([model.rowsAboutToBeRemoved, model.rowsRemoved], order="strict"):
        session.delete_project()
    assert model.rowCount() == 3
    while stack.canUndo():
        stack.undo()
    assert [model.index(i, 0).data() for i in range(3)] == [
        "示例项目0", "示例项目1", "示例项目2"
    ]
    stack.clear()


def test_problem_icons_follow_the_project_not_the_row(qtbot, sample_doc: Document) -> None:
    session = make_session(sample_doc)
    model = ProjectListModel(session)
    icon = lambda row: model.index(row, 0).data(Qt.ItemDataRole.DecorationRole)  # noqa: E731
    blank = icon(0).cacheKey()
    broken = sample_doc.projects[2]
    with qtbot.wait_signal(model.dataChanged):
        session.set_project_field(broken, "department", "")
        session.live.flush()
    assert icon(2).cacheKey() != blank
    session.move_project_to(broken, 0)  # the icon moves with the project
    session.live.flush()
    assert icon(0).cacheKey() != blank and icon(1).cacheKey() == blank
    session.stack.clear()


def test_drop_moves_the_project(sample_doc: Document) -> None:
    session = make_session(sample_doc)
    model = ProjectListModel(session)
    first = sample_doc.projects[0]
    data = model.mimeData([model.index(0, 0)])
    assert data.hasFormat(MIME_TYPE)
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert sample_doc.projects[2] is first
    session.stack.undo()
    assert sample_doc.projects[0] is first


def test_the_department_row_comes_and_goes_above_the_projects(
    qtmodeltester, qtbot, sample_doc: Document
) -> None:
    session = make_session(sample_doc)
    model = ProjectListModel(session)
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and not model.is_department(0)
    with qtbot.wait_signals([model.rowsAboutToBeInserted, model.rowsInserted], order="strict"):
        session.department.add()
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    assert model.is_department(0) and model.index(0, 0).data() == "部门整体"
    assert model.project(0) is None and model.project(1) is sample_doc.projects[0]
    assert model.row_of(sample_doc.projects[2]) == 3
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    # project edits land on their rows below it
    with qtbot.wait_signal(model.dataChanged) as changed:
        session.set_project_field(sample_doc.projects[0], "name", "改名")
    assert changed.args[0].row() == 1 and model.index(1, 0).data() == "改名"
    added = new_project("2021", "插入")
    session.insert_projects(1, [added])
    assert model.index(2, 0).data() == "插入"
    session.move_project_to(added, 3)
    assert model.index(4, 0).data() == "插入"
    qtmodeltester.check(model)
    with qtbot.wait_signals([model.rowsAboutToBeRemoved, model.rowsRemoved], order="strict"):
        session.department.remove()
    assert model.rowCount() == 4 and model.index(0, 0).data() == "改名"
    session.stack.undo()
    assert model.rowCount() == 5 and model.is_department(0)
    while session.stack.canUndo():
        session.stack.undo()
    assert [model.index(i, 0).data() for i in range(model.rowCount())] == [
        "示例项目0", "示例项目1", "示例项目2"
    ]
    session.stack.clear()


def test_a_drop_below_the_department_row_counts_projects_only(sample_doc: Document) -> None:
    session = make_session(sample_doc)
    model = ProjectListModel(session)
    session.department.add()
    first = sample_doc.projects[0]
    assert not model.mimeData([model.index(0, 0)]).hasFormat(MIME_TYPE)  # the department
    data = model.mimeData([model.index(1, 0)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 4, 0, QModelIndex())
    assert sample_doc.projects[2] is first
    session.stack.clear()


def test_the_department_row_shows_its_worst_problem(qtbot, sample_doc: Document) -> None:
    session = make_session(sample_doc)
    model = ProjectListModel(session)
    session.department.add()
    session.live.flush()
    assert session.live.department_problems()  # no 总体绩效目标 yet: 待填
    calm = model.index(0, 0).data(Qt.ItemDataRole.DecorationRole).cacheKey()
    with qtbot.wait_signal(model.dataChanged):
        session.department.set_field(sample_doc.department, "total.total", "三十万")
        session.live.flush()
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole).cacheKey() != calm
    session.stack.clear()
