"""A calm start, by key: a new project's empty required fields are 待填 until the person
Tabs through them, or the document is exported (PDF, 审核意见) or saved; a project added
after a save starts calm again (see also :mod:`test_calm_start`)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from keyboard_focus import focus_in_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # a shown window offscreen

CTRL = Qt.KeyboardModifier.ControlModifier


def severities(window: MainWindow, index: int) -> Counter[str]:
    window.session.live.flush()
    project = window.session.doc.projects[index]
    return Counter(p.severity for p in window.session.live.problems_of(project))


def add_project_by_key(window: MainWindow, qtbot) -> int:
    """Ins in the project list: a new, empty project, current; its index."""
    view = window.projects.view
    focus_in_window(window, qtbot, view)
    before = len(window.session.doc.projects)
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    assert len(window.session.doc.projects) == before + 1
    index = window.session.current_index()
    assert index is not None
    return index


def test_tab_through_an_empty_field_makes_it_an_error(window: MainWindow, qtbot) -> None:
    index = add_project_by_key(window, qtbot)
    form = window.form_pane.form
    assert severities(window, index)["error"] == 0 and severities(window, index)["todo"] > 5
    assert form.problem_severity("name") == "todo"
    name = window.findChild(QLineEdit, "projectName")
    qtbot.waitUntil(name.hasFocus, timeout=1000)  # Ins asks for the new project's name
    qtbot.keyClick(name, Qt.Key.Key_Tab)  # left empty, by the key a person presses
    assert QApplication.focusWidget() is not name
    qtbot.waitUntil(lambda: form.problem_severity("name") == "error", timeout=1000)
    assert severities(window, index)["error"] == 1
    assert form.problem_severity("department") == "todo"  # not visited


def test_exporting_a_pdf_makes_the_remaining_to_dos_errors(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    index = add_project_by_key(window, qtbot)
    todo = severities(window, index)["todo"]
    printing = window.menus.printing
    printing.ask_scope = lambda _title: (True, None)
    printing.ask_path = lambda _suggested: str(tmp_path / "表.pdf")
    printing.act_export_pdf.trigger()
    assert (tmp_path / "表.pdf").exists()
    counts = severities(window, index)
    assert counts["todo"] == 0 and counts["error"] >= todo


def test_exporting_the_review_report_makes_the_remaining_to_dos_errors(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    index = add_project_by_key(window, qtbot)
    window.questions.answers["ask_save_path"] = lambda suggested: str(tmp_path / "意见.xlsx")
    window.menus.act_review.trigger()
    assert (tmp_path / "意见.xlsx").exists()
    assert severities(window, index)["todo"] == 0


def test_a_cancelled_export_leaves_the_start_calm(window: MainWindow, qtbot) -> None:
    index = add_project_by_key(window, qtbot)
    window.menus.printing.ask_scope = lambda _title: (True, None)
    window.menus.printing.ask_path = lambda _suggested: None
    window.menus.printing.act_export_pdf.trigger()
    window.questions.answers["ask_save_path"] = lambda suggested: None
    window.menus.act_review.trigger()
    assert severities(window, index)["error"] == 0


def test_saving_by_key_then_adding_a_project_starts_it_calm(window: MainWindow, qtbot) -> None:
    first = add_project_by_key(window, qtbot)
    qtbot.keyClick(window.projects.view, Qt.Key.Key_S, CTRL)
    assert severities(window, first)["todo"] == 0 and severities(window, first)["error"] > 5
    second = add_project_by_key(window, qtbot)
    assert severities(window, second)["error"] == 0 and severities(window, second)["todo"] > 5
    assert severities(window, first)["todo"] == 0  # the saved one stays insisted on
    qtbot.keyClick(window.projects.view, Qt.Key.Key_S, CTRL)
    assert severities(window, second)["todo"] == 0


def test_a_saved_project_deleted_and_brought_back_stays_insisted_on(
    window: MainWindow, qtbot
) -> None:
    index = add_project_by_key(window, qtbot)
    view = window.projects.view
    qtbot.keyClick(view, Qt.Key.Key_S, CTRL)
    errors = severities(window, index)["error"]
    count = len(window.session.doc.projects)
    project = window.session.doc.projects[index]
    view.setFocus()
    qtbot.waitUntil(view.hasFocus, timeout=1000)
    view.setCurrentIndex(window.projects.model.index(index, 0))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert project not in window.session.doc.projects
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)  # the same project object comes back
    assert len(window.session.doc.projects) == count
    assert window.session.doc.projects[index] is project
    assert severities(window, index) == {"error": errors}
