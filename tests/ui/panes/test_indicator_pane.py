"""The indicator pane: adding opens an editor on the new row, delete and move act on the
selected node, and every cell editor (line, group name combo) writes as it is typed, one
undo step per visit.

The pane is built alone on a session and never shown: ``tree.edit(index)`` opens the
delegate's editor all the same, and ``qtmodeltester`` watches the tree model throughout.
"""

from __future__ import annotations

import pytest
from keyboard_focus import type_chinese
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QWidget

from jxeditor.document.model import Indicator, Level1, Level2
from ui.panes.delegates import ValueEditor
from ui.panes.indicator_pane import IndicatorPane
from ui.session.editor_session import EditorSession


@pytest.fixture
def pane(pane_of) -> IndicatorPane:
    built: IndicatorPane = pane_of(IndicatorPane)
    return built


def select(pane: IndicatorPane, path: tuple[int, ...], column: int = 0) -> QModelIndex:
    index = pane.model.index_of_path(path, column)
    assert index.isValid(), path
    pane.tree.setCurrentIndex(index)
    return index


def open_editor(pane: IndicatorPane, path: tuple[int, ...], column: int) -> QWidget:
    index = select(pane, path, column)
    pane.tree.edit(index)
    editor = pane.delegate.open_editor
    assert editor is not None
    return editor


def editing(pane: IndicatorPane) -> bool:
    return pane.tree.state() == QAbstractItemView.State.EditingState


def names(session: EditorSession, parent: tuple[int, ...]) -> list[str]:
    return [n.name for n in session.doc.children_of(session.doc.projects[0], parent)]


# == adding ==================================================================================
def test_add_sibling_opens_an_editor_on_the_new_row(
    pane: IndicatorPane, session: EditorSession, qtbot
) -> None:
    select(pane, (0, 0, 0))
    pane.add_sibling()
    new = session.doc.node(session.doc.projects[0], (0, 0, 1))
    assert isinstance(new, Indicator) and new.name == ""
    assert pane.current_path() == (0, 0, 1)
    assert editing(pane)
    editor = pane.delegate.open_editor
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "area")
    assert new.name == "area"  # as typed
    assert editing(pane) and pane.delegate.open_editor is editor
    assert session.stack.count() == 2  # the insert, the name
    session.undo()
    session.undo()
    assert len(session.doc.children_of(session.doc.projects[0], (0, 0))) == 1


def test_add_sibling_with_nothing_selected_adds_a_first_level(
    pane: IndicatorPane, session: EditorSession
) -> None:
    count = len(session.doc.projects[0].indicators)
    pane.tree.setCurrentIndex(QModelIndex())
    pane.add_sibling()
    assert isinstance(session.doc.node(session.doc.projects[0], (count,)), Level1)
    assert isinstance(pane.delegate.open_editor, QComboBox)  # framework names offered
    assert pane.current_path() == (count,)


def test_add_child_opens_an_editor_on_the_new_child(
    pane: IndicatorPane, session: EditorSession
) -> None:
    select(pane, (0, 1))
    pane.add_child()
    assert isinstance(session.doc.node(session.doc.projects[0], (0, 1, 1)), Indicator)
    assert pane.current_path() == (0, 1, 1)
    assert editing(pane)
    pane.delegate.close_editor()
    select(pane, (0,))
    pane.add_child()
    rows = len(session.doc.children_of(session.doc.projects[0], (0,)))
    assert isinstance(session.doc.node(session.doc.projects[0], (0, rows - 1)), Level2)
    assert pane.current_path() == (0, rows - 1)


def test_add_child_of_an_indicator_adds_a_sibling(pane: IndicatorPane, session: EditorSession) -> None:
    select(pane, (0, 0, 0))
    assert pane.act_child.isEnabled() is False
    pane.add_child()
    assert isinstance(session.doc.node(session.doc.projects[0], (0, 0, 1)), Indicator)
    assert len(session.doc.children_of(session.doc.projects[0], (0, 0))) == 2


def test_adding_commits_the_editor_that_was_open(pane: IndicatorPane, session: EditorSession) -> None:
    editor = open_editor(pane, (0, 0, 0), 1)
    assert isinstance(editor, ValueEditor)
    editor.selectAll()
    editor.insert("=130平方米")  # typed: each keystroke reaches the document
    pane.add_sibling()
    assert session.doc.node(session.doc.projects[0], (0, 0, 0)).value == "=130平方米"
    assert isinstance(session.doc.node(session.doc.projects[0], (0, 0, 1)), Indicator)


def test_a_group_name_is_written_as_typed_one_step_per_visit(
    pane: IndicatorPane, session: EditorSession, qtbot
) -> None:
    before = session.doc.node(session.doc.projects[0], (0, 0)).name
    combo = open_editor(pane, (0, 0), 0)
    assert isinstance(combo, QComboBox) and combo.isEditable()
    line = combo.lineEdit()
    assert line is not None and line.text() == before
    line.selectAll()
    type_chinese(combo, "数量指标甲")
    assert session.doc.node(session.doc.projects[0], (0, 0)).name == "数量指标甲"  # no Enter, no commit
    combo.setCurrentIndex(1)  # then a name chosen: the same visit
    chosen = combo.currentText()
    assert session.doc.node(session.doc.projects[0], (0, 0)).name == chosen
    assert session.stack.count() == 1 and session.stack.undoText() == "修改“指标名称”"
    session.undo()
    assert session.doc.node(session.doc.projects[0], (0, 0)).name == before and combo.currentText() == before
    type_chinese(combo, "乙")  # typing after the undo: a step of its own
    assert session.doc.node(session.doc.projects[0], (0, 0)).name == before + "乙"
    assert session.stack.count() == 1 and session.stack.index() == 1
    session.undo()
    assert session.doc.node(session.doc.projects[0], (0, 0)).name == before and session.stack.index() == 0
    line.selectAll()
    type_chinese(combo, "丙")
    qtbot.keyClick(combo, Qt.Key.Key_Escape)  # Esc takes the visit back, step and all
    assert session.doc.node(session.doc.projects[0], (0, 0)).name == before and session.stack.count() == 0


# == delete and move ===========================================================================
def test_delete_removes_the_selected_node_with_its_subtree(
    pane: IndicatorPane, session: EditorSession
) -> None:
    before = names(session, (0,))
    select(pane, (0, 1))
    assert pane.act_delete.isEnabled()
    pane.delete_node()
    assert names(session, (0,)) == before[:1] + before[2:]
    assert pane.model.rowCount(pane.model.index_of_path((0,))) == len(before) - 1
    session.undo()
    assert names(session, (0,)) == before
    pane.tree.setCurrentIndex(QModelIndex())
    pane.delete_node()  # nothing selected: nothing happens
    assert session.stack.index() == 0


def test_move_up_and_down_keep_the_node_selected(pane: IndicatorPane, session: EditorSession) -> None:
    before = names(session, (0,))
    assert len(before) >= 3
    select(pane, (0, 0))
    assert not pane.act_up.isEnabled() and pane.act_down.isEnabled()
    pane.move_node(-1)  # the first cannot go up
    assert session.stack.count() == 0
    pane.move_node(1)
    assert names(session, (0,)) == [before[1], before[0], *before[2:]]
    assert pane.current_path() == (0, 1)
    assert pane.act_up.isEnabled()
    pane.move_node(1)
    assert names(session, (0,))[2] == before[0]
    pane.move_node(-1)
    assert names(session, (0,))[1] == before[0]
    select(pane, (0, len(before) - 1))
    assert not pane.act_down.isEnabled()
    pane.move_node(1)
    assert session.stack.count() == 3
    while session.stack.canUndo():
        session.undo()
    assert names(session, (0,)) == before


# == the open editor ============================================================================
def test_the_value_editor_writes_as_typed_one_step_per_run(
    pane: IndicatorPane, session: EditorSession, qtbot
) -> None:
    editor = open_editor(pane, (0, 0, 0), 1)
    assert isinstance(editor, ValueEditor)
    assert editor.text() == "≥120平方米"
    editor.selectAll()
    qtbot.keyClicks(editor, ">=150")
    assert session.doc.node(session.doc.projects[0], (0, 0, 0)).value == ">=150"  # nothing waits for a commit
    assert session.stack.count() == 1  # the keystrokes of the run: one step
    assert session.stack.undoText() == "修改“年度指标值”"
    assert editing(pane) and session.stack.count() == 1
    session.undo()  # the whole run, and the open editor shows the cell again
    assert session.doc.node(session.doc.projects[0], (0, 0, 0)).value == "≥120平方米"
    assert editor.text() == "≥120平方米"
    qtbot.keyClicks(editor, "0")  # typing again after the undo: a step of its own
    assert session.doc.node(session.doc.projects[0], (0, 0, 0)).value == "≥120平方米0"
    assert session.stack.count() == 1 and session.stack.index() == 1


def test_esc_in_the_value_editor_takes_its_run_back(
    pane: IndicatorPane, session: EditorSession, qtbot
) -> None:
    editor = open_editor(pane, (0, 0, 0), 1)
    assert isinstance(editor, ValueEditor)
    editor.selectAll()
    qtbot.keyClicks(editor, "=7")
    assert session.doc.node(session.doc.projects[0], (0, 0, 0)).value == "=7"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert session.doc.node(session.doc.projects[0], (0, 0, 0)).value == "≥120平方米"
    assert session.stack.count() == 0  # the step went with it


def test_chinese_in_an_open_name_editor_is_committed(
    pane: IndicatorPane, session: EditorSession
) -> None:
    editor = open_editor(pane, (0, 0, 0), 0)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_chinese(editor, "改造面积（平方米）")  # in the document at once
    assert session.doc.node(session.doc.projects[0], (0, 0, 0)).name == "改造面积（平方米）"


def test_switching_project_commits_to_the_project_that_was_edited(
    pane: IndicatorPane, session: EditorSession, qtbot
) -> None:
    p0, p1, _p2 = session.doc.projects
    editor = open_editor(pane, (0, 0, 0), 1)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    editor.insert("=7")
    session.set_current(p1)
    assert p0.indicators[0].children[0].children[0].value == "=7"
    assert p1.indicators[0].children[0].children[0].value == "≥120平方米"
    assert pane.model.project is p1 and not editing(pane)


def test_undo_with_an_open_editor_takes_back_what_was_typed(
    pane: IndicatorPane, session: EditorSession
) -> None:
    editor = open_editor(pane, (0, 0, 0), 1)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    editor.insert("=9")
    session.undo()  # the typed value became a step of its own, and that step is undone
    assert session.doc.node(session.doc.projects[0], (0, 0, 0)).value == "≥120平方米"
    session.redo()
    assert session.doc.node(session.doc.projects[0], (0, 0, 0)).value == "=9"


def test_insert_skeleton_into_an_empty_project(pane: IndicatorPane, session: EditorSession) -> None:
    while session.doc.projects[0].indicators:
        session.remove_node((0,))
    assert pane.model.rowCount() == 0
    pane.update_actions()
    assert pane.act_skeleton.isEnabled()
    pane.insert_skeleton()
    assert [n.name for n in session.doc.projects[0].indicators][:1] == ["产出指标"]
    assert pane.model.rowCount() == len(session.doc.projects[0].indicators)
    assert not pane.act_skeleton.isEnabled()
    session.undo()
    assert session.doc.projects[0].indicators == []


def test_go_to_selects_the_node(pane: IndicatorPane, session: EditorSession) -> None:
    session.go_to(session.doc.projects[1], None, (1, 0, 0))
    assert pane.model.project is session.doc.projects[1]
    assert pane.current_path() == (1, 0, 0)


def test_after_deleting_an_indicator_its_sibling_is_selected(
    pane: IndicatorPane, session: EditorSession
) -> None:
    doc = session.doc
    session.insert_node((0, 0), 1, Indicator(name="第二个", value="≥1个"))
    select(pane, (0, 0, 0))
    pane.delete_node()
    assert [c.name for c in doc.node(doc.projects[0], (0, 0)).children] == ["第二个"]
    assert pane.current_path() == (0, 0, 0)  # the sibling, not the group
    pane.delete_node()
    assert doc.node(doc.projects[0], (0, 0)).children == []
    assert pane.current_path() == (0, 0)  # no sibling left: the parent
    assert isinstance(doc.node(doc.projects[0], (0, 0)), Level2)  # and a third Del was not needed to keep it


def test_deleting_a_group_with_indicators_says_what_went(
    pane: IndicatorPane, session: EditorSession, qtbot
) -> None:
    select(pane, (0,))
    with qtbot.wait_signal(session.message) as said:
        pane.delete_node()
    text = said.args[0]
    assert "一级指标“产出指标”" in text and "Ctrl+Z" in text
    session.undo()
    assert session.doc.node(session.doc.projects[0], (0,)).name == "产出指标"
