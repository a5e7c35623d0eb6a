"""Ctrl+V of tables copied out of Excel, WPS or a PDF into the project list adds projects."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixture_paths import SAMPLES
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from jxeditor.formats.documents import load_document
from ui.main_window import MainWindow

SAMPLE_TEXT = SAMPLES / "dalian-hitech-finance-2026.txt"


def _show(window: MainWindow, qtbot) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)


def _ctrl_v_in_project_list(window: MainWindow, qtbot, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    _show(window, qtbot)
    window.projects.view.setFocus()
    qtbot.waitUntil(window.projects.view.hasFocus, timeout=1000)
    qtbot.keyClick(window.projects.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_ctrl_v_adds_the_twelve_sample_tables(window: MainWindow, qtbot) -> None:
    before = [p.name for p in window.session.doc.projects]
    window.session.set_current_index(0)
    _ctrl_v_in_project_list(window, qtbot, SAMPLE_TEXT.read_text(encoding="utf-8"))
    expected, _ = load_document(SAMPLE_TEXT)
    assert len(window.session.doc.projects) == len(before) + 12
    # inserted after the current project, every field and indicator in place
    assert window.session.doc.projects[1:13] == expected.projects
    assert window.projects.model.rowCount() == len(window.session.doc.projects)
    assert window.session.current_index() == 1
    assert window.isWindowModified()
    # one undo step takes the whole paste back
    assert window.session.stack.undoText() == "粘贴 12 个项目"
    window.session.stack.undo()
    assert [p.name for p in window.session.doc.projects] == before
    assert window.projects.model.rowCount() == len(before)
    window.session.stack.redo()
    assert window.session.doc.projects[1:13] == expected.projects


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_text_without_a_table_changes_nothing(window: MainWindow, qtbot) -> None:
    infos: list[str] = []
    window.questions.answers["show_info"] = infos.append
    before = window.session.doc.projects[:]
    _ctrl_v_in_project_list(window, qtbot, "随便一段文字\t没有表格")
    assert window.session.doc.projects == before
    assert not window.isWindowModified()
    assert infos and "没有找到绩效目标表" in infos[0]


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_ctrl_v_in_a_form_field_pastes_text_there(window: MainWindow, qtbot) -> None:
    _show(window, qtbot)
    QGuiApplication.clipboard().setText("项目名称\t档案室改造")
    field = window.findChild(object, "purpose")
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=1000)
    count = len(window.session.doc.projects)
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(window.session.doc.projects) == count
    assert window.session.doc.projects[0].purpose.endswith("项目名称\t档案室改造")


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_other_year_is_noticed(window: MainWindow, tmp_path: Path) -> None:
    infos: list[str] = []
    window.questions.answers["show_info"] = infos.append
    text = SAMPLE_TEXT.read_text(encoding="utf-8").replace("2026年度", "2025年度")
    assert window.projects.paste_projects(text) == 12
    assert any("2025 年度" in i and "2026 年度" in i for i in infos)



@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_pasting_into_a_new_document_replaces_its_blank_project(new_window: MainWindow, qtbot) -> None:
    """A new document's untouched （未命名项目） goes when tables are pasted (it would only
    add its 待填); one undo step brings it back."""
    session = new_window.session
    blank = session.doc.projects[0]
    _ctrl_v_in_project_list(new_window, qtbot, SAMPLE_TEXT.read_text(encoding="utf-8"))
    expected, _ = load_document(SAMPLE_TEXT)
    assert session.doc.projects == expected.projects
    assert session.current is session.doc.projects[0]
    assert session.stack.count() == 1 and session.stack.undoText() == "粘贴 12 个项目"
    session.undo()
    assert session.doc.projects == [blank]
    session.redo()
    assert session.doc.projects == expected.projects


def test_a_project_named_by_hand_is_kept(new_window: MainWindow) -> None:
    session = new_window.session
    session.set_project_field(session.doc.projects[0], "name", "档案室改造")
    new_window.projects.paste_projects(SAMPLE_TEXT.read_text(encoding="utf-8"))
    assert len(session.doc.projects) == 13 and session.doc.projects[0].name == "档案室改造"
