"""The tree's cells of the later stages with the keyboard (issue 16.6): the 运行监控's
完成可能性 as a drop-down and 偏差原因 as a checkable list (Space ticks, Enter takes it);
the approved 年度指标值 locked in the later stages and changed only after 解锁 (one undo
step that says so); the new columns carry what was typed into the saved file.
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit
from test_self_evaluation import open_editor, press_enter

from jxeditor.document.stages import EVALUATION, MONITORING
from ui.main_window import MainWindow
from ui.panes.stage_editors import CausesEditor

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # a shown window offscreen

FIRST = (0, 0, 0)  # 改造面积 ≥120平方米


@pytest.fixture
def monitoring(window: MainWindow, qtbot) -> MainWindow:
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.form_pane.stages.actions[MONITORING].trigger()
    return window


def test_causes_are_ticked_in_a_list(monitoring: MainWindow, qtbot) -> None:
    session = monitoring.session
    steps = session.stack.count()
    editor = open_editor(monitoring, qtbot, FIRST, "monitoring.causes")
    assert isinstance(editor, CausesEditor)
    assert [editor.item(r).text() for r in range(editor.count())] == [
        "经费保障", "制度保障", "人员保障", "硬件条件保障", "其他"]
    qtbot.keyClick(editor, Qt.Key.Key_Space)  # 经费保障
    qtbot.keyClick(editor, Qt.Key.Key_Down)
    qtbot.keyClick(editor, Qt.Key.Key_Down)
    qtbot.keyClick(editor, Qt.Key.Key_Space)  # 人员保障
    assert editor.checked() == ["经费保障", "人员保障"]
    press_enter(monitoring, qtbot, editor)
    node = session.doc.node(session.doc.projects[0], FIRST)
    assert node.monitoring.causes == ["经费保障", "人员保障"]
    model = monitoring.indicators.model
    assert model.index_of_path(FIRST, model.column_of("monitoring.causes")).data() == (
        "经费保障、人员保障")
    assert session.stack.count() == steps + 1
    assert session.stack.undoText() == "修改“偏差原因”"
    # opened again, the list shows what is ticked; unticking one is another step
    editor = open_editor(monitoring, qtbot, FIRST, "monitoring.causes")
    assert isinstance(editor, CausesEditor)
    assert editor.checked() == ["经费保障", "人员保障"]
    qtbot.keyClick(editor, Qt.Key.Key_Space)  # the first row is current: 经费保障 off
    press_enter(monitoring, qtbot, editor)
    assert node.monitoring.causes == ["人员保障"]
    session.undo()
    assert node.monitoring.causes == ["经费保障", "人员保障"]


def test_causes_ticked_are_written_at_once_one_step_per_visit(
    monitoring: MainWindow, qtbot
) -> None:
    """Each tick reaches the document as it is made (no Enter, nothing to commit); the
    ticks of one visit are one step, ticking after an undo is a step of its own, Esc
    takes the visit back."""
    session = monitoring.session
    steps = session.stack.count()
    editor = open_editor(monitoring, qtbot, FIRST, "monitoring.causes")
    assert isinstance(editor, CausesEditor)
    node = session.doc.node(session.doc.projects[0], FIRST)
    qtbot.keyClick(editor, Qt.Key.Key_Space)  # 经费保障
    assert node.monitoring.causes == ["经费保障"]
    qtbot.keyClick(editor, Qt.Key.Key_Down)
    qtbot.keyClick(editor, Qt.Key.Key_Space)  # 制度保障
    assert node.monitoring.causes == ["经费保障", "制度保障"]
    assert session.stack.count() == steps + 1
    session.undo()
    assert node.monitoring.causes == [] and editor.checked() == []  # the list follows
    qtbot.keyClick(editor, Qt.Key.Key_Space)  # 制度保障 again: a step of its own
    assert node.monitoring.causes == ["制度保障"]
    assert session.stack.index() == steps + 1
    session.undo()
    assert node.monitoring.causes == [] and session.stack.index() == steps
    qtbot.keyClick(editor, Qt.Key.Key_Space)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # Esc: the visit taken back, step and all
    assert node.monitoring.causes == [] and session.stack.count() == steps


def test_a_possibility_is_written_as_picked(monitoring: MainWindow, qtbot) -> None:
    session = monitoring.session
    steps = session.stack.count()
    combo = open_editor(monitoring, qtbot, FIRST, "monitoring.possibility")
    assert isinstance(combo, QComboBox)
    node = session.doc.node(session.doc.projects[0], FIRST)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert node.monitoring.possibility == "确定能"  # no Enter
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert node.monitoring.possibility == "有可能"
    assert session.stack.count() == steps + 1  # one visit, one step
    session.undo()
    assert node.monitoring.possibility == "" and combo.currentText() == ""
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # after the undo: a step of its own
    assert node.monitoring.possibility == "确定能" and session.stack.index() == steps + 1


def test_the_possibility_is_a_drop_down(monitoring: MainWindow, qtbot) -> None:
    editor = open_editor(monitoring, qtbot, FIRST, "monitoring.possibility")
    combo = editor if isinstance(editor, QComboBox) else editor.parent()
    assert isinstance(combo, QComboBox) and not combo.isEditable()
    assert [combo.itemText(i) for i in range(combo.count())] == ["", "确定能", "有可能", "完全不可能"]
    steps = monitoring.session.stack.count()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    press_enter(monitoring, qtbot, combo)
    node = monitoring.session.doc.node(monitoring.session.doc.projects[0], FIRST)
    assert node.monitoring.possibility == "有可能"
    assert monitoring.session.stack.count() == steps + 1
    assert monitoring.session.stack.undoText() == "修改“完成目标可能性”"
    # 有可能 without a forecast and a cause is an error of the 运行监控
    session = monitoring.session
    codes = {p.code for p in session.live.problems_of(session.current)}
    assert any(code.startswith("monitoring.") for code in codes), codes


def test_a_forecast_typed_live_and_saved_with_the_editor_open(
    monitoring: MainWindow, qtbot
) -> None:
    steps = monitoring.session.stack.count()
    editor = open_editor(monitoring, qtbot, FIRST, "monitoring.forecast")
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "130")
    assert monitoring.session.stack.count() == steps + 1  # three keys, one step
    monitoring.menus.act_save.trigger()
    path = monitoring.files.path
    assert path is not None
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["stage"] == "monitoring"
    saved = data["projects"][0]["indicators"][0]["children"][0]["children"][0]
    assert saved["monitoring"]["forecast"] == "130"
    assert data["projects"][0]["monitoring"]["as_of"] == "2026-07-31"


def test_the_approved_target_is_changed_only_after_unlocking(window: MainWindow, qtbot) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    session, tree, model = window.session, window.indicators.tree, window.indicators.model
    window.form_pane.stages.actions[EVALUATION].trigger()
    target = model.index_of_path(FIRST, 1)
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus, timeout=1000)
    tree.setCurrentIndex(target)
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    assert QApplication.focusWidget() is tree  # no editor: locked
    assert tree.state() != QAbstractItemView.State.EditingState
    assert "解锁" in window.statusBar().currentMessage()
    unlock = window.form_pane.stages.act_unlock
    assert unlock in window.indicators.tree_menu(target).actions()
    unlock.trigger()
    assert session.targets_unlocked
    steps = session.stack.count()
    editor = open_editor(window, qtbot, FIRST, "value")
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, ">=150")
    press_enter(window, qtbot, editor)
    node = session.doc.node(session.doc.projects[0], FIRST)
    assert node.value == ">=150"
    assert session.stack.count() == steps + 1
    assert session.stack.undoText() == "解锁修改年度指标值（已批复的目标）"
    assert "解锁修改年度指标值" in window.menus.act_undo.text()  # 编辑 → 撤销 says so
    assert "≥120平方米" in str(target.data(Qt.ItemDataRole.ToolTipRole))
    unlock.trigger()  # locked again: the cell is read-only, the change stays marked
    assert not session.targets_unlocked
    assert not target.flags() & Qt.ItemFlag.ItemIsEditable
    assert target.data(Qt.ItemDataRole.FontRole).italic()
    session.undo()
    assert node.value == "≥120平方米"
    assert target.data(Qt.ItemDataRole.FontRole) is None


def test_the_causes_list_is_as_wide_as_its_causes(monitoring: MainWindow, qtbot) -> None:
    """The list opens over the 偏差原因 cell as wide as its longest cause with its check
    box (not the column's width), inside the tree."""
    monitoring.resize(1366, 728)
    qtbot.wait(50)
    editor = open_editor(monitoring, qtbot, FIRST, "monitoring.causes")
    assert isinstance(editor, CausesEditor)
    widest = max(editor.visualItemRect(editor.item(r)).width() for r in range(editor.count()))
    assert editor.viewport().width() >= editor.sizeHintForColumn(0) and widest > 0
    metrics = editor.fontMetrics()
    assert editor.viewport().width() > metrics.horizontalAdvance("硬件条件保障") + 16
    viewport = monitoring.indicators.tree.viewport()
    assert editor.parentWidget() is viewport
    assert viewport.rect().contains(editor.geometry().topRight())
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
