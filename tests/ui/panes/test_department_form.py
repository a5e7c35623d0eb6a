"""The department's form: its fields and tables edit the document through the session,
one undo step per visit to a field or per cell, and follow the document's changes."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from jxeditor.document.department import Department, Measure, Safeguard, Task
from ui.models.department_items_model import DepartmentItemsModel
from ui.panes.department_cells import project_key
from ui.panes.department_form import DepartmentForm
from ui.session.editor_session import EditorSession

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # a shown form offscreen


@pytest.fixture
def form(qtbot, session: EditorSession) -> DepartmentForm:
    session.doc.department = Department(
        name="示例局", tasks=[Task("组织财政收入", "认真组织", measures=[Measure("增长 8%", "增长率", "≥8%")]),
                           Task("监督资产")],
        measures=[Safeguard("完善制度建设", "制定制度")],
    )
    widget = DepartmentForm(session)
    qtbot.addWidget(widget)
    session.department.show()
    return widget


def test_typing_a_field_is_one_undo_step_per_visit(qtbot, form: DepartmentForm,
                                                   session: EditorSession) -> None:
    goal = form.widgets["overall_goal"]
    assert isinstance(goal, QPlainTextEdit)
    form.show()
    goal.setFocus()
    for ch in "全年目标":  # keystroke by keystroke (keyClicks types ASCII only)
        goal.insertPlainText(ch)
    block = session.doc.department
    assert block is not None and block.overall_goal == "全年目标"
    assert session.stack.count() == 1 and session.stack.undoText() == "修改“总体绩效目标”"
    session.undo()
    assert block.overall_goal == "" and goal.toPlainText() == ""
    session.redo()
    assert goal.toPlainText() == "全年目标"
    total = form.widgets["total.total"]
    qtbot.keyClicks(total, "1,200")
    assert block.total.total == Decimal("1200")  # the registry's money parser


def test_the_tables_show_and_edit_tasks_measures_and_safeguards(
    qtmodeltester, form: DepartmentForm, session: EditorSession
) -> None:
    block = session.doc.department
    assert block is not None
    for model in (form.tasks, form.measures, form.safeguards):
        qtmodeltester.check(model)
    assert form.tasks.rowCount() == 2 and form.tasks.index(0, 0).data() == "组织财政收入"
    assert form.tasks.headerData(2, Qt.Orientation.Horizontal) == "总额"
    form.tasks_view.setCurrentIndex(form.tasks.index(0, 0))
    assert form.measures.rowCount() == 1 and form.measures.index(0, 2).data() == "≥8%"
    assert form.tasks.setData(form.tasks.index(0, 2), "30万")
    assert block.tasks[0].budget.total == Decimal("30")
    assert session.stack.undoText() == "修改“预算金额（总额）”"
    assert form.tasks.setData(form.tasks.index(0, 5), "102001001、102001002")
    assert block.tasks[0].projects == ["102001001", "102001002"]
    assert form.measures.setData(form.measures.index(0, 2), "≥10%")
    assert block.tasks[0].measures[0].value == "≥10%"
    form.add_measure()
    assert len(block.tasks[0].measures) == 2 and form.measures.rowCount() == 2
    form.add_task()
    assert len(block.tasks) == 3 and form.current_task() is block.tasks[1]
    assert form.measures.rowCount() == 0  # the new task's measures
    form.add_safeguard()
    assert len(block.measures) == 2 and form.safeguards.rowCount() == 2
    form.safeguards_view.setCurrentIndex(form.safeguards.index(0, 0))
    form.remove_safeguard()
    assert [s.title for s in block.measures] == [""]
    qtmodeltester.check(form.tasks)
    while session.stack.canUndo():
        session.undo()
    assert form.tasks.rowCount() == 2 and block.tasks[0].budget.total is None
    assert [s.title for s in block.measures] == ["完善制度建设"]


def test_go_to_finds_a_field_a_task_and_a_measure(qtbot, form: DepartmentForm) -> None:
    form.show()
    form.activateWindow()
    qtbot.waitExposed(form)
    assert form.go_to("department.overall_goal")
    qtbot.waitUntil(form.widgets["overall_goal"].hasFocus)
    assert form.go_to("department.tasks[1].title")
    assert form.tasks_view.currentIndex().row() == 1
    assert form.go_to("department.tasks[0].measures[0].value")
    assert form.current_task() is form.tasks.item(0)
    assert (form.measures_view.currentIndex().row(), form.measures_view.currentIndex().column()) == (0, 2)
    assert form.go_to("department.measures[0].text")
    assert form.safeguards_view.currentIndex().column() == 1
    assert not form.go_to("department.indicators")


def test_the_form_follows_the_block_coming_and_going(form: DepartmentForm,
                                                     session: EditorSession) -> None:
    block = session.doc.department
    session.department.remove()
    assert not form.isEnabled() and form.tasks.rowCount() == 0
    session.undo()
    name = form.widgets["name"]
    assert form.block is block and isinstance(name, QLineEdit) and name.text() == "示例局"
    assert isinstance(form.tasks, DepartmentItemsModel) and form.tasks.rowCount() == 2


def test_problems_frame_the_fields_and_mark_the_cells(form: DepartmentForm,
                                                      session: EditorSession) -> None:
    session.live.validate_all()
    goal = form.widgets["overall_goal"]
    assert goal.property("problem") == "todo" and "总体绩效目标" in goal.toolTip()
    assert form.tasks.setData(form.tasks.index(0, 2), "三十万")  # not a number
    session.live.flush()
    cell = form.tasks.index(0, 2)
    assert cell.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "三十万" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert form.tasks.index(0, 3).data(Qt.ItemDataRole.DecorationRole) is None
    form.tasks_view.setCurrentIndex(form.tasks.index(1, 0))  # 监督资产: no measure
    assert form.tasks.index(1, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    session.undo()
    session.live.flush()
    assert form.tasks.index(0, 2).data(Qt.ItemDataRole.DecorationRole) is None


def test_a_cell_writes_as_typed_one_step_per_visit(
    qtbot, form: DepartmentForm, session: EditorSession
) -> None:
    form.show()
    qtbot.waitExposed(form)
    index = form.tasks.index(1, 1)
    form.tasks_view.setCurrentIndex(index)
    form.tasks_view.edit(index)
    editor = form.tasks_view.viewport().findChild(QLineEdit)
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "ab")
    block = session.doc.department
    assert block is not None and block.tasks[1].content == "ab"  # nothing to commit
    assert session.stack.count() == 1 and session.stack.undoText() == "修改“主要内容”"
    session.undo()
    assert block.tasks[1].content == "" and editor.text() == ""  # the editor follows
    qtbot.keyClicks(editor, "cd")  # after the undo: a step of its own
    assert block.tasks[1].content == "cd" and session.stack.index() == 1
    session.undo()
    assert block.tasks[1].content == "" and session.stack.index() == 0
    qtbot.keyClicks(editor, "x")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # Esc takes the visit back
    assert block.tasks[1].content == "" and session.stack.count() == 0


def test_typing_after_an_undo_is_a_new_step(qtbot, form: DepartmentForm,
                                            session: EditorSession) -> None:
    form.show()
    name = form.widgets["name"]
    assert isinstance(name, QLineEdit)
    name.setFocus()
    qtbot.keyClicks(name, "12")
    block = session.doc.department
    assert block is not None and block.name == "示例局12" and session.stack.count() == 1
    session.undo()
    assert block.name == "示例局" and name.text() == "示例局"
    qtbot.keyClicks(name, "3")
    assert block.name == "示例局3" and session.stack.index() == 1
    session.undo()
    assert block.name == "示例局" and session.stack.index() == 0


def test_linked_projects_are_offered_from_the_document(qtbot, form: DepartmentForm,
                                                       session: EditorSession) -> None:
    from ui.panes.department_cells import LinkedProjectsEdit

    session.doc.projects[1].code = "102001002"
    form.show()
    qtbot.waitExposed(form)
    index = form.tasks.index(0, 5)
    form.tasks_view.setCurrentIndex(index)
    form.tasks_view.edit(index)
    editor = form.tasks_view.viewport().findChild(QLineEdit)
    assert isinstance(editor, LinkedProjectsEdit)
    assert set(editor.keys.values()) == {project_key(p) for p in session.doc.projects}
    editor.setText("甲、")
    shown = next(text for text, key in editor.keys.items() if key == "102001002")
    editor.choose(shown)
    assert editor.text() == "甲、102001002"  # in the document at once
    block = session.doc.department
    assert block is not None and block.tasks[0].projects == ["甲", "102001002"]
