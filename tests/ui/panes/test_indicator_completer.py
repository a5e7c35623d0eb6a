"""The third-level name editor's suggestions: the model shows name and typical value (and
（本机） for one's own), inserts the name, explains in the tooltip, and passes
``qtmodeltester``; the editor asks again on each edit, ↓ or Ctrl+Space asks for the text
as it is, Enter on a suggestion puts its name in and says which one was chosen; no line is
chosen when the list opens (Enter there goes to the editor), Tab on a chosen line chooses it."""

from __future__ import annotations

from typing import Any

import pytest
from keyboard_focus import type_chinese
from PySide6.QtCore import QModelIndex, Qt

from jxeditor.library.entries import SHIPPED, USER
from jxeditor.library.suggest import Suggestion
from ui.panes.indicator_completer import NameEditor, SuggestionModel

SUGGESTIONS = [
    Suggestion("培训人次", "≥500人次", "人次", "参加培训的人数", SHIPPED),
    Suggestion("培训满意度", "", "", "", USER),
]


def test_the_model_rows(qtmodeltester: Any) -> None:
    model = SuggestionModel()
    qtmodeltester.check(model)
    model.set_items(SUGGESTIONS)
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.rowCount(model.index(0, 0)) == 0
    first, second = model.index(0, 0), model.index(1, 0)
    assert first.data(Qt.ItemDataRole.DisplayRole) == "培训人次　≥500人次"
    assert first.data(Qt.ItemDataRole.EditRole) == "培训人次"
    assert first.data(Qt.ItemDataRole.ToolTipRole) == "参加培训的人数"
    assert second.data(Qt.ItemDataRole.DisplayRole) == "培训满意度（本机）"
    assert second.data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.data(QModelIndex()) is None


def test_set_items_resets_and_keeps_a_copy(qtbot: Any) -> None:
    model = SuggestionModel()
    given = list(SUGGESTIONS)
    with qtbot.wait_signals([model.modelAboutToBeReset, model.modelReset], order="strict"):
        model.set_items(given)
    given.clear()
    assert model.rowCount() == 2
    model.set_items([])
    assert model.rowCount() == 0


@pytest.fixture
def editor(qtbot: Any) -> tuple[NameEditor, list[str]]:
    asked: list[str] = []

    def suggest(text: str) -> list[Suggestion]:
        asked.append(text)
        return [s for s in SUGGESTIONS if text and s.name.startswith(text)]

    widget = NameEditor(suggest)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.setFocus()
    return widget, asked


def test_each_edit_asks_again(editor: tuple[NameEditor, list[str]]) -> None:
    widget, asked = editor
    type_chinese(widget, "培训")
    assert asked == ["培训"]
    assert widget.suggestions.rowCount() == 2
    type_chinese(widget, "人")
    assert asked == ["培训", "培训人"]
    assert [s.name for s in widget.suggestions.items] == ["培训人次"]


def test_down_asks_for_the_text_as_it_is(editor: tuple[NameEditor, list[str]], qtbot: Any) -> None:
    widget, asked = editor
    widget.setText("培训满")  # set, not typed: no suggestions asked yet
    assert asked == []
    qtbot.keyClick(widget, Qt.Key.Key_Down)
    assert asked == ["培训满"] and widget.suggestions.rowCount() == 1
    popup = widget.completer_.popup()
    assert popup is not None and popup.isVisible()


def test_ctrl_space_asks_too_and_nothing_found_hides_the_popup(
    editor: tuple[NameEditor, list[str]], qtbot: Any
) -> None:
    widget, asked = editor
    widget.setText("没有的")
    qtbot.keyClick(widget, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["没有的"]
    assert widget.show_suggestions("") == 0
    popup = widget.completer_.popup()
    assert popup is None or not popup.isVisible()
    assert widget.text() == "没有的"  # Ctrl+Space typed no space


def test_choosing_a_suggestion_puts_its_name_in(
    editor: tuple[NameEditor, list[str]], qtbot: Any
) -> None:
    widget, _asked = editor
    type_chinese(widget, "培训")
    popup = widget.completer_.popup()
    assert popup is not None and popup.isVisible()
    popup.setCurrentIndex(widget.completer_.completionModel().index(1, 0))
    with qtbot.wait_signal(widget.chosen) as chosen:
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert chosen.args == [SUGGESTIONS[1]]
    assert widget.text() == "培训满意度"


def test_no_line_is_chosen_and_enter_in_the_popup_goes_to_the_editor(
    editor: tuple[NameEditor, list[str]], qtbot: Any
) -> None:
    """Issue 29: the list opened with its first line current, and Enter took it."""
    widget, _asked = editor
    type_chinese(widget, "培训")
    popup = widget.completer_.popup()
    assert popup is not None and popup.isVisible()
    assert not popup.currentIndex().isValid() and not popup.selectionModel().hasSelection()
    chosen: list[Any] = []
    widget.chosen.connect(chosen.append)
    with qtbot.wait_signal(widget.returnPressed):  # the key reached the editor
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert not popup.isVisible() and chosen == [] and widget.text() == "培训"


def test_tab_on_a_chosen_line_chooses_it_and_says_so(
    editor: tuple[NameEditor, list[str]], qtbot: Any
) -> None:
    widget, _asked = editor
    type_chinese(widget, "培训")
    popup = widget.completer_.popup()
    assert popup is not None
    qtbot.keyClick(popup, Qt.Key.Key_Down)  # into the list: the first line
    assert not widget.move_on
    with qtbot.wait_signal(widget.chosen) as chosen:
        qtbot.keyClick(popup, Qt.Key.Key_Tab)
    assert chosen.args == [SUGGESTIONS[0]] and widget.move_on
    assert not popup.isVisible() and widget.text() == "培训人次"
