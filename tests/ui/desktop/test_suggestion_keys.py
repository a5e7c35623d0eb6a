"""The third-level name's suggestion list under a real X server, where the list takes the
keyboard while it shows (issue 29, items 1 and 2).

A 养老 project whose library knows last year's 补助社区养老服务站数量 ≥120个: a new row
is named through the input method and the list opens. Enter keeps what was typed (the
list's first line is not taken unless the person moved into the list with ↓); ↓ then
Enter still takes the entry. Tab closes the list and opens 年度指标值 of the same row, so
the value typed next lands there. The list holds nothing unrelated to what was typed or
to the project (运维服务器数量 shares only 数量). Each test saves with Ctrl+S and reads
the JSON written.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from desk import CTRL, Desk
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from jxeditor.document.document import Document
from jxeditor.document.model import Indicator, Level1, Level2, Project
from ui.main_window import MainWindow
from ui.panes.indicator_completer import NameEditor

PURPOSE = "为社区老年人提供助餐、日间照料等养老服务，补助社区养老服务站运营。"
KNOWN = ("补助社区养老服务站数量", "≥120个")


@pytest.fixture
def elderly(window: MainWindow) -> MainWindow:
    """The window's first project as a 养老 project (first indicator 补助社区养老服务站数量),
    the library having learned last year's file of the same project."""
    last_year = Project(name="2025年社区养老服务补助", purpose=PURPOSE, indicators=[
        Level1("产出指标", [Level2("数量指标", [Indicator(*KNOWN)])])])
    window.library.learn(Document(year=2025, projects=[last_year]), "2025.json")
    window.library.wait()
    session = window.session
    current = session.current
    assert current is not None
    session.set_project_field(current, "name", "2026年社区养老服务补助")
    session.set_project_field(current, "purpose", PURPOSE)
    session.set_node_field((0, 0, 0), "name", KNOWN[0])
    session.set_node_field((0, 0, 0), "value", KNOWN[1])
    return window


def start_new_row(window: MainWindow, desk: Desk, name: str) -> NameEditor:
    """Ins after the first 三级 row, ``name`` committed by the input method: the list shows."""
    desk.show(window)
    tree = window.indicators.tree
    desk.focus(tree)
    tree.setCurrentIndex(window.indicators.model.index_of_path((0, 0, 0)))
    desk.key(Qt.Key.Key_Insert)
    editor = QApplication.focusWidget()
    assert isinstance(editor, NameEditor), editor
    desk.commit(name)
    popup = editor.completer_.popup()
    assert popup is not None and popup.isVisible()
    assert QApplication.activePopupWidget() is popup  # the list has the keyboard
    return editor


def quantity_rows(window: MainWindow, desk: Desk) -> list[tuple[str, str]]:
    """Ctrl+S (the focus back in the tree), then the 数量指标 rows of the JSON written."""
    desk.focus(window.indicators.tree)
    desk.key(Qt.Key.Key_S, CTRL)
    path = window.files.path
    assert path is not None and not window.isWindowModified()
    saved: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    rows = saved["projects"][0]["indicators"][0]["children"][0]["children"]
    return [(row["name"], row["value"]) for row in rows]


def test_enter_keeps_what_was_typed_while_the_list_shows(elderly: MainWindow, desk: Desk) -> None:
    editor = start_new_row(elderly, desk, "新建老年食堂数量")
    offered = [s.name for s in editor.suggestions.items]
    assert KNOWN[0] in offered  # the project's own kind of indicator
    desk.key(Qt.Key.Key_Return)
    assert elderly.indicators.delegate.open_editor is None
    assert quantity_rows(elderly, desk) == [KNOWN, ("新建老年食堂数量", "")]
    assert "运维服务器数量" not in offered  # related neither to the text nor to the project


def test_down_then_enter_takes_the_entry(elderly: MainWindow, desk: Desk) -> None:
    start_new_row(elderly, desk, "社区养老")
    desk.key(Qt.Key.Key_Down)
    desk.key(Qt.Key.Key_Return)
    assert quantity_rows(elderly, desk) == [KNOWN, KNOWN]


def value_editor_of_row(window: MainWindow, row: int) -> QLineEdit:
    """The focus in the open 年度指标值 editor of ``row`` (the list closed)."""
    assert QApplication.activePopupWidget() is None
    value = QApplication.focusWidget()
    assert isinstance(value, QLineEdit) and value.objectName() == "valueEditor", value
    current = window.indicators.tree.currentIndex()
    assert (current.row(), current.column()) == (row, 1)
    return value


def test_tab_closes_the_list_and_opens_the_value_of_the_row(
    elderly: MainWindow, desk: Desk
) -> None:
    start_new_row(elderly, desk, "新建老年食堂数量")
    desk.key(Qt.Key.Key_Tab)
    value_editor_of_row(elderly, 1)
    desk.type(">=3")
    desk.commit("个")
    desk.key(Qt.Key.Key_Return)
    assert quantity_rows(elderly, desk) == [KNOWN, ("新建老年食堂数量", ">=3个")]


def test_tab_on_a_chosen_entry_takes_it_and_opens_its_value(
    elderly: MainWindow, desk: Desk
) -> None:
    start_new_row(elderly, desk, "社区养老")
    desk.key(Qt.Key.Key_Down)
    desk.key(Qt.Key.Key_Tab)
    value_editor_of_row(elderly, 1).selectAll()
    desk.type(">=130")
    desk.key(Qt.Key.Key_Return)
    assert quantity_rows(elderly, desk) == [KNOWN, (KNOWN[0], ">=130")]
