"""Nothing typed is lost: a cell editor still open in the indicator tree is committed
before every document-level action (save, save as, close, switching project or file,
undo), and the file that was written holds what the person typed.

The tests type as a person does: key events for ASCII, input-method commit events
(``QInputMethodEvent``) for Chinese, then press the shortcut (Ctrl+S, Ctrl+Z) or use
the menu while the editor is still open, and read the file from disk.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from keyboard_focus import focus_in_window
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # a shown window offscreen


def open_cell_editor(window: MainWindow, qtbot, path: tuple[int, ...], column: int) -> QWidget:
    """Shows the window, selects the cell and opens its editor with F2."""
    tree = window.indicators.tree
    focus_in_window(window, qtbot, tree)
    tree.setCurrentIndex(window.indicators.model.index_of_path(path, column))
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), editor
    return editor


def type_chinese(editor: QWidget, text: str) -> None:
    """What an input method sends when the person picks the characters."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(editor, event)


def saved_value(path: Path, project: int = 0) -> str:
    data = json.loads(path.read_text(encoding="utf-8"))
    return str(data["projects"][project]["indicators"][0]["children"][0]["children"][0]["value"])


def test_ctrl_s_with_an_open_value_editor_saves_what_was_typed(window: MainWindow, qtbot) -> None:
    editor = open_cell_editor(window, qtbot, (0, 0, 0), 1)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, ">=150")
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    path = window.files.path
    assert path is not None
    assert saved_value(path) == ">=150"
    assert not window.isWindowModified()
    assert window.session.doc.node(window.session.doc.projects[0], (0, 0, 0)).value == ">=150"


def test_chinese_typed_through_the_input_method_is_saved(window: MainWindow, qtbot) -> None:
    editor = open_cell_editor(window, qtbot, (0, 0, 0), 0)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_chinese(editor, "改造面积（平方米）")
    assert editor.text() == "改造面积（平方米）"
    window.menus.act_save.trigger()  # the menu, with the editor still open
    path = window.files.path
    assert path is not None
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["projects"][0]["indicators"][0]["children"][0]["children"][0]["name"] == (
        "改造面积（平方米）"
    )


def test_save_as_commits_the_open_editor(window: MainWindow, qtbot, tmp_path: Path) -> None:
    editor = open_cell_editor(window, qtbot, (0, 0, 0), 1)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "=200")
    target = tmp_path / "另存.json"
    window.questions.answers["ask_save_path"] = lambda suggested: str(target)
    window.menus.act_save_as.trigger()
    assert saved_value(target) == "=200"


def test_closing_with_an_open_editor_asks_and_saves_the_typed_value(
    window: MainWindow, qtbot
) -> None:
    editor = open_cell_editor(window, qtbot, (0, 0, 0), 1)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "=300")
    asked: list[str] = []
    window.questions.answers["ask_save_changes"] = lambda name: asked.append(name) or "save"
    assert window.close()
    assert asked == ["doc.json"]  # the typed value made the document modified
    path = window.files.path
    assert path is not None and saved_value(path) == "=300"


def test_switching_project_keeps_the_typed_value(window: MainWindow, qtbot) -> None:
    editor = open_cell_editor(window, qtbot, (0, 0, 0), 1)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "=400")
    first = window.session.doc.projects[0]
    window.session.set_current_index(1)
    assert first.indicators[0].children[0].children[0].value == "=400"
    assert window.session.current is window.session.doc.projects[1]


def test_undo_with_an_open_editor_undoes_the_typing(window: MainWindow, qtbot) -> None:
    first = window.session.doc.projects[0]
    window.session.set_project_field(first, "code", "102001001")  # an earlier step
    before = window.session.doc.node(window.session.doc.projects[0], (0, 0, 0)).value
    editor = open_cell_editor(window, qtbot, (0, 0, 0), 1)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "=500")
    window.menus.act_undo.trigger()
    # the typed value became its own undo step, and that step was undone
    assert window.session.doc.node(window.session.doc.projects[0], (0, 0, 0)).value == before
    assert first.code == "102001001" and window.session.stack.canRedo()
    window.menus.act_redo.trigger()
    assert window.session.doc.node(window.session.doc.projects[0], (0, 0, 0)).value == "=500"


def test_opening_another_file_commits_first_and_asks(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    editor = open_cell_editor(window, qtbot, (0, 0, 0), 1)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "=600")
    other = window.files.path
    assert other is not None
    window.questions.answers["ask_save_changes"] = lambda name: "cancel"
    assert not window.files.open_path(other)
    assert window.session.doc.node(window.session.doc.projects[0], (0, 0, 0)).value == "=600"
    assert window.isWindowModified()
