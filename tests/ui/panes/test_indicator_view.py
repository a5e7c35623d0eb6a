"""Every cell of the indicator tree from the keyboard: Tab and Shift+Tab along the row,
Enter down, arrows between columns, typing on a selected cell starts editing it."""

from __future__ import annotations

import pytest
from keyboard_focus import focus_in_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from ui.main_window import MainWindow
from ui.panes.delegates import ValueEditor

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # a shown window offscreen


def focus_tree(window: MainWindow, qtbot, path: tuple[int, ...], column: int = 0):
    tree = window.indicators.tree
    focus_in_window(window, qtbot, tree)
    tree.setCurrentIndex(window.indicators.model.index_of_path(path, column))
    return tree


def editor_now() -> QLineEdit:
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), editor
    return editor


def test_tab_goes_from_the_name_to_the_value_and_back(window: MainWindow, qtbot) -> None:
    tree = focus_tree(window, qtbot, (0, 0, 0))
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    name = editor_now()
    name.selectAll()
    qtbot.keyClicks(name, "area")
    qtbot.keyClick(name, Qt.Key.Key_Tab)
    value = editor_now()
    assert isinstance(value, ValueEditor)
    assert tree.currentIndex().column() == 1
    doc = window.session.doc
    assert doc.node(doc.projects[0], (0, 0, 0)).name == "area"  # committed on the way
    value.selectAll()
    qtbot.keyClicks(value, "=1")
    qtbot.keyClick(value, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert tree.currentIndex().column() == 0
    assert doc.node(doc.projects[0], (0, 0, 0)).value == "=1"
    editor_now()  # the name editor is open again


def test_tab_reaches_the_description_when_it_is_shown(window: MainWindow, qtbot) -> None:
    window.indicators.set_column_visible(2, True)
    tree = focus_tree(window, qtbot, (0, 0, 0), 1)
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    qtbot.keyClick(editor_now(), Qt.Key.Key_Tab)
    assert tree.currentIndex().column() == 2
    qtbot.keyClicks(editor_now(), "desc")
    qtbot.keyClick(editor_now(), Qt.Key.Key_Tab)  # the 依据 column is hidden: next row
    assert tree.currentIndex().column() == 0
    assert window.indicators.model.path_of(tree.currentIndex()) == (0, 1)


def test_enter_commits_and_goes_down_the_column_past_the_group_rows(
    window: MainWindow, qtbot
) -> None:
    """Issue 29.4: Enter goes to the next cell that can be edited in the same column (the
    二级 and 一级 rows between are skipped) with its editor open, what it holds selected,
    so typing goes on; after the last indicator it stays."""
    tree = focus_tree(window, qtbot, (0, 0, 0), 1)
    model, doc = window.indicators.model, window.session.doc
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = editor_now()
    editor.selectAll()
    qtbot.keyClicks(editor, "=2")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert doc.node(doc.projects[0], (0, 0, 0)).value == "=2"  # written as typed
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not editor
                    and isinstance(QApplication.focusWidget(), ValueEditor), timeout=1000)
    current = tree.currentIndex()
    assert model.path_of(current) == (0, 1, 0) and current.column() == 1
    qtbot.keyClicks(editor_now(), "=99%")  # replaces what it held
    qtbot.keyClick(editor_now(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.path_of(tree.currentIndex()) == (0, 2, 0), timeout=1000)
    assert doc.node(doc.projects[0], (0, 1, 0)).value == "=99%"
    qtbot.keyClick(editor_now(), Qt.Key.Key_Return)  # into the next first level
    qtbot.waitUntil(lambda: model.path_of(tree.currentIndex()) == (1, 0, 0), timeout=1000)
    assert isinstance(QApplication.focusWidget(), ValueEditor)
    assert doc.node(doc.projects[0], (0, 2, 0)).value == "2026年12月底前"  # only passed through
    last = model.index_of_path((3, 0, 0), 1)
    assert not tree.indexBelow(last).isValid()
    tree.setFocus()
    tree.setCurrentIndex(last)
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = editor_now()
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the last one: stays, nothing to edit
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tree, timeout=1000)
    assert tree.currentIndex() == last


def test_enter_in_the_name_column_moves_one_row_down(window: MainWindow, qtbot) -> None:
    tree = focus_tree(window, qtbot, (0, 0, 0), 0)
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    qtbot.keyClick(editor_now(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tree, timeout=1000)
    current = tree.currentIndex()
    assert window.indicators.model.path_of(current) == (0, 1) and current.column() == 0


def test_arrows_move_between_columns(window: MainWindow, qtbot) -> None:
    tree = focus_tree(window, qtbot, (0, 0, 0), 0)
    qtbot.keyClick(tree, Qt.Key.Key_Right)
    assert tree.currentIndex().column() == 1
    qtbot.keyClick(tree, Qt.Key.Key_Right)  # the last shown column: stays
    assert tree.currentIndex().column() == 1
    qtbot.keyClick(tree, Qt.Key.Key_Left)
    assert tree.currentIndex().column() == 0
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert window.indicators.model.path_of(tree.currentIndex()) == (0, 1)


def test_typing_on_a_selected_cell_starts_editing(window: MainWindow, qtbot) -> None:
    tree = focus_tree(window, qtbot, (0, 0, 0), 1)
    qtbot.keyClicks(tree, "5")
    editor = editor_now()
    assert editor.text().endswith("5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.session.doc.node(window.session.doc.projects[0], (0, 0, 0)).value.endswith("5"), timeout=1000
    )
