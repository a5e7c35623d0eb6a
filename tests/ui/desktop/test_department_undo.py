"""Undo in the department's form as everywhere else (issue 29, one typing path): what
is typed in a field or a table's cell is in the document at once, Ctrl+Z (with the
keyboard in the field) takes the whole visit back as the document's undo, typing after
the undo is a step of its own, and a second Ctrl+Z leaves the field as it first was."""

from __future__ import annotations

import pytest
from desk import CTRL, Desk
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from jxeditor.document.model import get_field
from ui.main_window import MainWindow


def shown(widget: QLineEdit | QPlainTextEdit) -> str:
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()


@pytest.mark.parametrize(("path", "typed", "again", "first"), [
    ("name", "12", "3", "示例局"),
    ("overall_goal", "12", "3", ""),
    ("total.total", "12", "3", None),
])
def test_type_undo_type_undo_in_a_field(
    window: MainWindow, desk: Desk, path: str, typed: str, again: str, first: object
) -> None:
    desk.show(window)
    session = window.session
    block = session.department.add()
    form = window.form_pane.department_form
    edit = form.widgets[path]
    desk.focus(edit)
    start, text = session.stack.index(), shown(edit)
    assert get_field(block, path) == first
    desk.type(typed)
    assert shown(edit) == text + typed and get_field(block, path) not in (first, None)
    assert session.stack.index() == start + 1
    desk.key(Qt.Key.Key_Z, CTRL)  # the document's undo, the keyboard still in the field
    assert get_field(block, path) == first and shown(edit) == text
    assert session.stack.index() == start
    desk.type(again)
    assert shown(edit).endswith(again) and get_field(block, path) not in (first, None)
    assert session.stack.index() == start + 1  # a step of its own
    desk.key(Qt.Key.Key_Z, CTRL)
    assert get_field(block, path) == first and shown(edit) == text  # as it first was
    assert QApplication.focusWidget() is edit


def test_type_undo_type_undo_in_a_task_cell(window: MainWindow, desk: Desk) -> None:
    desk.show(window)
    session = window.session
    block = session.department.add()
    form = window.form_pane.department_form
    form.add_task()
    task = block.tasks[0]
    view = form.tasks_view
    desk.focus(view)
    view.setCurrentIndex(form.tasks.index(0, 1))  # 主要内容
    desk.key(Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    start = session.stack.index()
    desk.type("ab")
    assert task.content == "ab"  # at once, the editor still open
    desk.key(Qt.Key.Key_Z, CTRL)
    assert task.content == "" and session.stack.index() == start
    desk.type("c")
    assert task.content == "c"
    desk.key(Qt.Key.Key_Z, CTRL)
    assert task.content == "" and session.stack.index() == start
    assert QApplication.focusWidget() is editor
