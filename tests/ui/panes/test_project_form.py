"""The project form: what is typed goes into the document as one undo step per typing
run, the form shows the session's current project, and problems frame their fields.

The form is built alone on a session (no window); keys go to the widgets directly (ASCII
by key clicks, Chinese by input-method commit events, as an input method sends it).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from keyboard_focus import type_chinese
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from jxeditor.document.document import Document
from ui.panes.date_field import DateField
from ui.panes.project_form import ProjectForm
from ui.session.editor_session import EditorSession


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
    assert form.problem_severity("department") == "todo"  # empty: 待填 (issue 14)
    assert "主管部门" in department.toolTip()
    assert department.property("problem") == "todo"
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
    assert form.problem_severity("implementer") == "todo"
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


# == everyday formats (issue 13, item 3) ========================================================
def type_as_a_person(widget: QLineEdit, qtbot, pieces: list[str]) -> None:
    """ASCII by key clicks, anything else as the input method commits it."""
    for piece in pieces:
        if piece.isascii():
            qtbot.keyClicks(widget, piece)
        else:
            type_chinese(widget, piece)


@pytest.mark.parametrize(
    ("pieces", "value", "hint"),
    [
        (["1,443.08"], Decimal("1443.08"), "= 1443.08 万元"),
        (["1443.08", "万元"], Decimal("1443.08"), "= 1443.08 万元"),
        (["１２"], Decimal("12"), "= 12 万元"),
        (["12", "。", "5"], Decimal("12.5"), "= 12.5 万元"),
        (["40", "万"], Decimal("40"), "= 40 万元"),
    ],
)
def test_everyday_amounts_are_understood_at_once_and_normalised_on_leaving(
    form: ProjectForm, session: EditorSession, qtbot, pieces: list[str], value: Decimal,
    hint: str,
) -> None:
    total = line(form, "funding.annual.total")
    total.setFocus()
    total.selectAll()
    type_as_a_person(total, qtbot, pieces)
    assert total.text() == "".join(pieces)  # as typed while typing
    assert session.doc.projects[0].funding.annual.total == value  # the document holds the number
    assert form.hint.text() == f"年度金额 {hint}" and form.hint.understood
    leave(total)
    assert total.text() == str(value)  # the normal form
    assert form.hint.text() == ""
    assert session.stack.count() == 1  # typing and rewriting: one step
    session.undo()
    assert session.doc.projects[0].funding.annual.total == Decimal("100")
    assert total.text() == "100"


def test_a_percentage_in_the_spending_plan(form: ProjectForm, session: EditorSession, qtbot) -> None:
    march = line(form, "spending_plan.03")
    march.setFocus()
    march.selectAll()
    qtbot.keyClicks(march, "30%")
    assert session.doc.projects[0].spending_plan["03"] == Decimal("30")
    assert form.hint.text() == "资金支出计划·3月底 = 30%"
    leave(march)
    assert march.text() == "30"


def test_forty_wan_in_a_yuan_document(form: ProjectForm, session: EditorSession, qtbot) -> None:
    session.set_document_fields({"money_unit": "元"})
    total = line(form, "funding.annual.total")
    total.setFocus()
    total.selectAll()
    type_as_a_person(total, qtbot, ["40", "万"])
    assert session.doc.projects[0].funding.annual.total == Decimal("400000")
    assert form.hint.text() == "年度金额 = 400000 元"
    leave(total)
    assert total.text() == "400000"


@pytest.mark.parametrize(
    "pieces",
    [["2026/1/1"], ["2026.1.1"], ["2026-1-1"], ["2026", "年", "1", "月", "1", "日"], ["20260101"]],
)
def test_everyday_dates(form: ProjectForm, session: EditorSession, qtbot, pieces: list[str]) -> None:
    p0 = session.doc.projects[0]
    end = line(form, "period.end")
    end.setFocus()
    end.selectAll()
    type_as_a_person(end, qtbot, pieces)
    assert p0.period.end == date(2026, 1, 1)
    assert form.hint.text() == "项目实施期（结束） = 2026-01-01"
    leave(end)
    assert end.text() == "2026-01-01"
    assert session.stack.count() == 1


@pytest.mark.parametrize(
    ("path", "typed"), [("funding.period.other", "四十万左右"), ("period.start", "明年一月")]
)
def test_what_cannot_be_read_stays_as_typed_and_is_reported(
    form: ProjectForm, session: EditorSession, qtbot, path: str, typed: str
) -> None:
    field = line(form, path)
    field.setFocus()
    field.selectAll()
    type_chinese(field, typed)
    assert form.hint.understood is False and f"“{typed}”" in form.hint.text()
    leave(field)
    assert field.text() == typed
    settle(qtbot, session)
    assert form.problem_severity(path) == "error"


def test_an_empty_field_says_how_it_may_be_written(form: ProjectForm, qtbot) -> None:
    start = line(form, "period.start")
    start.setFocus()
    start.selectAll()
    qtbot.keyClick(start, Qt.Key.Key_Backspace)
    assert "2026/1/1" in form.hint.text() and "Alt+↓" in form.hint.text()


def test_date_placeholders_do_not_look_like_values(form: ProjectForm) -> None:
    for path in ("period.start", "period.end"):
        placeholder = line(form, path).placeholderText()
        assert placeholder == "年-月-日" and not any(c.isdigit() for c in placeholder)


# the offscreen platform cannot do what a popup asks of a window system
OFFSCREEN_POPUP = pytest.mark.qt_log_ignore(
    "propagateSizeHints", r"support raise\(\)", "grabbing the keyboard"
)


@OFFSCREEN_POPUP
def test_choosing_a_day_in_the_calendar_is_one_undo_step(
    form: ProjectForm, session: EditorSession, qtbot
) -> None:
    p0 = session.doc.projects[0]
    start = line(form, "period.start")
    assert isinstance(start, DateField)
    form.show()
    start.setFocus()
    qtbot.keyClick(start, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = start.popup
    assert popup is not None and popup.isVisible()
    assert popup.calendar.selectedDate() == QDate(2026, 1, 1)  # opens on the field's date
    qtbot.keyClick(popup.calendar.focusWidget() or popup.calendar, Qt.Key.Key_Right)
    qtbot.keyClick(popup.calendar.focusWidget() or popup.calendar, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert p0.period.start == date(2026, 1, 2)
    assert start.text() == "2026-01-02"
    assert session.stack.count() == 1
    qtbot.keyClicks(start, "x")  # typing afterwards is a step of its own
    assert session.stack.count() == 2
    session.undo()
    session.undo()
    assert p0.period.start == date(2026, 1, 1) and start.text() == "2026-01-01"


@OFFSCREEN_POPUP
def test_the_calendar_opens_from_its_button_and_esc_changes_nothing(
    form: ProjectForm, session: EditorSession, qtbot
) -> None:
    end = line(form, "period.end")
    assert isinstance(end, DateField)
    form.show()
    end.calendar_action.trigger()
    popup = end.popup
    assert popup is not None and popup.isVisible()
    qtbot.keyClick(popup.calendar.focusWidget() or popup.calendar, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert session.stack.count() == 0


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_the_hint_neither_widens_nor_heightens_the_form(form: ProjectForm, qtbot) -> None:
    """The longest hint (the ways to write a date) wraps inside the form's width, and the
    form keeps its height and its minimum width whether a hint shows or not."""
    form.resize(form.minimumSizeHint().width(), form.sizeHint().height())
    form.show()
    qtbot.waitExposed(form)
    least, height = form.minimumSizeHint().width(), form.sizeHint().height()
    hint_height = form.hint.height()
    start = line(form, "period.start")
    start.setFocus()
    start.selectAll()
    qtbot.keyClick(start, Qt.Key.Key_Backspace)
    assert "Alt+↓" in form.hint.text()
    assert form.minimumSizeHint().width() == least
    assert form.sizeHint().height() == height and form.hint.height() == hint_height
    assert form.hint.geometry().right() <= form.width()
    assert form.hint.heightForWidth(form.hint.width()) <= form.hint.height()  # all of it shows
