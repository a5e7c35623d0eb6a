"""Ctrl+Z in the stage block's fields is the document's undo, as in the project form
(issue 29, one typing path): in 实际完成情况 of the 自评 (a text field whose own undo is
off) it did nothing; typing after the undo is a step of its own, and a second Ctrl+Z
leaves the field as it first was."""

from __future__ import annotations

import pytest
from desk import CTRL, Desk
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from jxeditor.document.stage_edits import stage_field
from jxeditor.document.stages import EVALUATION
from ui.main_window import MainWindow


def shown(widget: QLineEdit | QPlainTextEdit) -> str:
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()


@pytest.mark.parametrize("path", ["evaluation.goals_achieved", "evaluation.executed.other"])
def test_type_undo_type_undo_in_the_stage_block(
    window: MainWindow, desk: Desk, path: str
) -> None:
    desk.show(window)
    window.form_pane.stages.actions[EVALUATION].trigger()
    session = window.session
    project = session.doc.projects[0]
    edit = window.form_pane.stage_block.widgets[path]
    desk.focus(edit)
    start, text, first = session.stack.index(), shown(edit), stage_field(project, path)
    desk.type("12")
    assert stage_field(project, path) != first and session.stack.index() == start + 1
    desk.key(Qt.Key.Key_Z, CTRL)  # the document's undo, the keyboard still in the field
    assert stage_field(project, path) == first and shown(edit) == text
    assert session.stack.index() == start
    desk.type("3")
    assert stage_field(project, path) != first and session.stack.index() == start + 1
    desk.key(Qt.Key.Key_Z, CTRL)
    assert stage_field(project, path) == first and shown(edit) == text
    assert QApplication.focusWidget() is edit
