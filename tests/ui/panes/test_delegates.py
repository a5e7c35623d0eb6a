"""The tree's value editor: a comparator from the menu replaces the one typed (full-width
or ASCII forms too) or goes in front; a unit from the menu replaces what follows the
number and keeps the comparator; Alt+↓ opens the menu; free text stays possible."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from jxeditor.document.frameworks import load_frameworks
from ui.panes.delegates import COMPARATORS, ValueEditor, with_comparator, with_unit


@pytest.mark.parametrize(
    ("text", "comparator", "result"),
    [("≥4个", "≤", "≤4个"), (" >= 4个", "=", "=4个"), ("＞90%", "≥", "≥90%"), ("》5", "≤", "≤5"),
     ("4个", "≥", "≥4个"), ("", "≥", "≥"), ("按时", "=", "=按时")],
)
def test_with_comparator(text: str, comparator: str, result: str) -> None:
    assert with_comparator(text, comparator) == result


@pytest.mark.parametrize(
    ("text", "unit", "result"),
    [("≥4个", "人次", "≥4人次"), ("≥ 4.5 万元", "%", "≥ 4.5%"), ("90", "%", "90%"),
     ("3-5天", "个工作日", "3-5个工作日"), ("-2", "%", "-2%"), ("按时", "个", "按时个"),
     ("", "个", "个")],
)
def test_with_unit(text: str, unit: str, result: str) -> None:
    assert with_unit(text, unit) == result


@pytest.fixture
def editor(qtbot: Any) -> ValueEditor:
    widget = ValueEditor()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_menu_offers_comparators_and_common_units(editor: ValueEditor) -> None:
    texts = [a.text() for a in editor.menu.actions() if not a.isSeparator()]
    assert texts[:len(COMPARATORS)] == [f"比较符 {c}" for c in COMPARATORS]
    units = editor.menu.actions()[-1].menu()
    assert units is not None
    assert [a.text() for a in units.actions()] == list(load_frameworks().common_units)
    assert editor.placeholderText() == "如 ≥4个、≤30%、=100%、按时"


def test_choosing_from_the_menu_edits_the_text(editor: ValueEditor) -> None:
    editor.setText("≥4个")
    editor.menu.actions()[1].trigger()  # 比较符 ≤
    assert editor.text() == "≤4个"
    units = editor.menu.actions()[-1].menu()
    assert units is not None
    first = units.actions()[0]
    first.trigger()
    assert editor.text() == "≤4" + first.text()


def test_alt_down_opens_the_menu(editor: ValueEditor, qtbot: Any) -> None:
    qtbot.keyClick(editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(editor.menu.isVisible)
    editor.menu.close()


def test_other_keys_type(editor: ValueEditor, qtbot: Any) -> None:
    qtbot.keyClicks(editor, "100%")
    assert editor.text() == "100%" and not editor.menu.isVisible()
