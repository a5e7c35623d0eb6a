"""The project form: what is typed goes into the document as one undo step per typing
run, the form shows the session's current project, and problems frame their fields.

The form is built alone on a session (no window); keys go to the widgets directly (ASCII
by key clicks, Chinese by input-method commit events, as an input method sends it).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget
from session_fixtures import make_session

from jxeditor.document.document import Document
from ui.panes.project_form import ProjectForm
from ui.session.editor_session import EditorSession


@pytest.fixture
def session(sample_doc: Document) -> Iterator[EditorSession]:
    session = make_session(sample_doc)
    yield session
    session.stack.clear()


@pytest.fixture
def form(qtbot, session: EditorSession) -> ProjectForm:
    widget = ProjectForm(session)
    qtbot.addWidget(widget)
    return widget


def line(form: ProjectForm, path: str) -> QLineEdit:
    widget = form.widgets[path]
    assert isinstance(widget, QLineEdit)
    return widget


def leave(widget: QWidget) -> None:
    """What the widget gets when the person tabs or clicks away."""
    QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))


def type_chinese(widget: QWidget, text: str) -> None:
    """What an input method sends when the person picks the characters."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def settle(qtbot, session: EditorSession) -> None:
    qtbot.waitUntil(lambda: not session.live._dirty, timeout=1000)


# == typing ==================================================================================
def test_typing_a_run_is_one_undo_step(form: ProjectForm, session: EditorSession, qtbot) -> None:
    p0 = session.doc.projects[0]
    code = line(form, "code")
    qtbot.keyClicks(code, "102001")
    assert p0.code == "102001"  # the document follows every keystroke
    assert session.stack.count() == 1
    assert session.stack.undoText() == "修改“项目编码”"
    leave(code)
    qtbot.keyClicks(code, "9")  # back in the field later: a new step
    assert p0.code == "1020019"
    assert session.stack.count() == 2
    qtbot.keyClicks(line(form, "purpose"), "office")
    assert session.stack.count() == 3
    session.undo()
    session.undo()
    assert (p0.code, p0.purpose) == ("102001", "")
    assert code.text() == "102001"  # the widget follows undo
    session.undo()
    assert p0.code == "" and code.text() == ""


def test_typing_in_a_goal_text(form: ProjectForm, session: EditorSession, qtbot) -> None:
    goal = form.widgets["goals.annual"]
    assert isinstance(goal, QPlainTextEdit)
    goal.moveCursor(goal.textCursor().MoveOperation.End)
    qtbot.keyClicks(goal, "ok")
    assert session.doc.projects[0].goals.annual == "完成档案室改造并投入使用。ok"
    assert session.stack.count() == 1
    session.undo()
    assert goal.toPlainText() == "完成档案室改造并投入使用。"


def test_an_amount_stays_as_typed(form: ProjectForm, session: EditorSession, qtbot) -> None:
    total = line(form, "funding.annual.total")
    total.selectAll()
    qtbot.keyClicks(total, "100.50")
    assert session.doc.projects[0].funding.annual.total == Decimal("100.50")
    assert total.text() == "100.50"
    assert session.stack.count() == 1


def test_chinese_from_the_input_method_reaches_the_document(
    form: ProjectForm, session: EditorSession
) -> None:
    name = line(form, "name")
    name.selectAll()
    type_chinese(name, "档案馆改造")
    assert name.text() == "档案馆改造"
    assert session.doc.projects[0].name == "档案馆改造"
    goal = form.widgets["goals.period"]
    goal.selectAll()
    type_chinese(goal, "三年内完成")
    assert session.doc.projects[0].goals.period == "三年内完成"
    assert session.stack.count() == 2


# == the shown project =========================================================================
def test_the_form_shows_the_current_project_and_follows_a_switch(
    form: ProjectForm, session: EditorSession, qtbot
) -> None:
    p0, p1, _p2 = session.doc.projects
    assert form.project is p0
    assert line(form, "name").text() == "示例项目0"
    assert line(form, "period.start").text() == "2026-01-01"
    assert line(form, "funding.period.total").text() == "100"
    session.set_current(p1)
    assert form.project is p1
    assert line(form, "name").text() == "示例项目1"
    qtbot.keyClicks(line(form, "code"), "7")
    assert (p0.code, p1.code) == ("", "7")
    session.set_current(p0)
    qtbot.keyClicks(line(form, "code"), "8")  # a switch starts a new typing run
    assert (p0.code, p1.code) == ("8", "7")
    assert session.stack.count() == 2


def test_edits_of_the_shown_project_elsewhere_show_in_the_form(
    form: ProjectForm, session: EditorSession
) -> None:
    p0, p1, _p2 = session.doc.projects
    session.set_project_field(p0, "department", "财政局")
    assert line(form, "department").text() == "财政局"
    session.set_project_field(p1, "department", "教育局")  # not shown: the form stays
    assert line(form, "department").text() == "财政局"


def test_without_a_current_project_the_form_is_disabled(
    form: ProjectForm, session: EditorSession, qtbot
) -> None:
    session.set_current(None)
    assert form.project is None
    assert not line(form, "name").isEnabled()
    assert line(form, "name").text() == ""
    assert not form.placeholder.isHidden()
    session.set_current_index(2)
    assert line(form, "name").isEnabled() and line(form, "name").text() == "示例项目2"


def test_opening_a_document_without_projects_empties_the_form(
    form: ProjectForm, session: EditorSession
) -> None:
    session.replace_document(Document(projects=[]))
    assert form.project is None
    assert not line(form, "name").isEnabled()


# == problems ===================================================================================
def test_a_problem_frames_its_field_until_it_is_fixed(
    form: ProjectForm, session: EditorSession, qtbot
) -> None:
    department = line(form, "department")
    assert form.problem_severity("department") is None
    department.selectAll()
    qtbot.keyClick(department, Qt.Key.Key_Backspace)
    settle(qtbot, session)
    assert form.problem_severity("department") == "error"
    assert "主管部门" in department.toolTip()
    assert department.property("problem") == "error"
    type_chinese(department, "财政局")  # key clicks are ASCII only: Chinese comes this way
    settle(qtbot, session)
    assert form.problem_severity("department") is None
    assert department.toolTip() == "" and department.styleSheet() == ""


def test_frames_follow_the_shown_project(form: ProjectForm, session: EditorSession, qtbot) -> None:
    p0, p1, _p2 = session.doc.projects
    session.set_project_field(p1, "implementer", "")
    session.live.flush()
    assert form.problem_severity("implementer") is None  # p1 is not shown
    session.set_current(p1)
    assert form.problem_severity("implementer") == "error"
    session.set_current(p0)
    assert form.problem_severity("implementer") is None


def test_a_warning_from_a_document_setting(form: ProjectForm, session: EditorSession) -> None:
    session.set_document_fields({"year": 2030})  # revalidates every project at once
    assert form.problem_severity("period.start") == "warning"
    assert "2030" in line(form, "period.start").toolTip()
    session.undo()
    assert form.problem_severity("period.start") is None


def test_focus_field(form: ProjectForm, qtbot) -> None:
    with qtbot.wait_signal(form.fieldFocused) as blocker:
        assert form.focus_field("purpose")
    assert blocker.args == ["purpose"]
    assert not form.focus_field("no.such.field")


def test_a_differently_written_equal_amount_is_an_unsaved_change(
    form: ProjectForm, session: EditorSession, qtbot
) -> None:
    total = line(form, "funding.annual.total")
    total.selectAll()
    qtbot.keyClicks(total, "1000")
    total.setCursorPosition(3)
    qtbot.keyClicks(total, ".")
    assert total.text() == "100.0"
    assert str(session.doc.projects[0].funding.annual.total) == "100.0"
    assert not session.stack.isClean()
