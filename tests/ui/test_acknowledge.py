"""确认无误 in the problems panel (issue 13.6): a warning confirmed as intended with a
short reason, typed as a person does (mouse, keys, the input method), kept in the
document as one undo step, shown greyed with the reason, counted apart, saved and read
back (.json and .xlsx), and withdrawn again (取消确认)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialogButtonBox, QMenu, QWidget

from jxeditor.rules.problems import Problem
from ui.main_window import MainWindow
from ui.models.severity import blank_icon
from ui.panes.acknowledge_dialog import AcknowledgeDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # a shown window offscreen

REASON = "按合同约定，合格率只记整数"
QUALITY = (0, 1, 0)  # 产出指标 / 质量指标 / 验收合格率


def type_chinese(editor: QWidget, text: str) -> None:
    """What an input method sends when the person picks the characters."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(editor, event)


def shown(window: MainWindow, qtbot) -> MainWindow:
    """The window on screen with a warning in the first project: 100 without its %."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=1000)
    window.session.set_current_index(0)
    window.session.set_node_field(QUALITY, "value", "100")
    window.session.live.flush()
    return window


def row_of(window: MainWindow, code: str) -> QModelIndex:
    view = window.problems.view
    model = view.model()
    for r in range(model.rowCount()):
        index = model.index(r, 0)
        _project, problem = window.problems._row(index)
        if problem is not None and problem.code == code:
            return index
    raise AssertionError(f"no row for {code}")


def click_row(window: MainWindow, qtbot, code: str) -> QModelIndex:
    view = window.problems.view
    index = row_of(window, code)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index.siblingAtColumn(3)).center())
    assert view.currentIndex().row() == index.row()
    return index


def right_click(view: QAbstractItemView, pos: QPoint) -> None:
    """A right click as the platform delivers it: the press, then the context menu event
    (which QTest's mouse click does not produce)."""
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.RightButton, pos=pos)
    QTest.mouseRelease(viewport, Qt.MouseButton.RightButton, pos=pos)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, viewport.mapToGlobal(pos))
    QApplication.sendEvent(viewport, event)


def problem_of(window: MainWindow, code: str) -> Problem:
    found = [p for p in window.session.live.problems_of(window.session.doc.projects[0])
             if p.code == code]
    assert len(found) == 1
    return found[0]


def acknowledge_by_button(window: MainWindow, qtbot, reason: str = REASON) -> None:
    click_row(window, qtbot, "value.missing_unit")
    button = window.problems.acknowledge_button
    assert button.isEnabled() and button.text() == "确认无误…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.problems.dialog
    assert isinstance(dialog, AcknowledgeDialog) and dialog.isVisible()
    edit = dialog.reason_edit
    qtbot.waitUntil(edit.hasFocus, timeout=1000)
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # no reason yet: nothing happens
    assert dialog.isVisible()
    type_chinese(edit, reason)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    window.session.live.flush()
    window.activateWindow()  # as the window manager does when the dialog goes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=1000)


def counts_text(window: MainWindow) -> str:
    counts = window.counts
    return f"{counts.warnings_label.text()}|{counts.other_label.text()}"


def test_acknowledge_through_the_button_undo_redo_and_the_counts(
    window: MainWindow, qtbot, qtmodeltester
) -> None:
    shown(window, qtbot)
    qtmodeltester.check(window.problems.filter)
    assert problem_of(window, "value.missing_unit").acknowledged is None
    assert counts_text(window) == "警告 1|"
    steps = window.session.stack.count()
    acknowledge_by_button(window, qtbot)
    assert window.session.stack.count() == steps + 1  # one undo step
    assert problem_of(window, "value.missing_unit").acknowledged == REASON
    assert window.session.doc.projects[0].acknowledgements[0].indicator == (
        "产出指标", "质量指标", "验收合格率")
    assert counts_text(window) == "警告 0|已确认 1"
    index = row_of(window, "value.missing_unit")
    assert index.data() == "已确认"
    assert REASON in index.siblingAtColumn(3).data(Qt.ItemDataRole.ToolTipRole)
    assert index.siblingAtColumn(3).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert window.problems.acknowledge_button.text() == "取消确认"
    assert window.isWindowModified()
    window.problems.view.setFocus()
    qtbot.keyClick(window.problems.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    window.session.live.flush()
    assert problem_of(window, "value.missing_unit").acknowledged is None
    assert window.session.doc.projects[0].acknowledgements == []
    assert counts_text(window) == "警告 1|"
    qtbot.keyClick(window.problems.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    window.session.live.flush()
    assert problem_of(window, "value.missing_unit").acknowledged == REASON
    assert counts_text(window) == "警告 0|已确认 1"


def test_a_confirmed_warning_marks_neither_the_project_nor_the_indicator(
    window: MainWindow, qtbot
) -> None:
    shown(window, qtbot)
    blank = blank_icon().cacheKey()

    def icons() -> tuple[bool, bool]:
        listed = window.projects.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole)
        tree = window.indicators.model
        node = tree.index_of_path(QUALITY, 0).data(Qt.ItemDataRole.DecorationRole)
        return listed.cacheKey() != blank, node is not None and node.cacheKey() != blank

    assert icons() == (True, True)
    acknowledge_by_button(window, qtbot)
    assert icons() == (False, False)


def test_cancel_records_nothing(window: MainWindow, qtbot) -> None:
    shown(window, qtbot)
    click_row(window, qtbot, "value.missing_unit")
    steps = window.session.stack.count()
    qtbot.mouseClick(window.problems.acknowledge_button, Qt.MouseButton.LeftButton)
    dialog = window.problems.dialog
    assert dialog is not None
    type_chinese(dialog.reason_edit, REASON)
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert window.session.stack.count() == steps
    assert window.session.doc.projects[0].acknowledgements == []


def test_withdraw_through_the_context_menu_is_one_step(window: MainWindow, qtbot) -> None:
    shown(window, qtbot)
    acknowledge_by_button(window, qtbot)
    steps = window.session.stack.count()
    view = window.problems.view
    index = row_of(window, "value.missing_unit")
    chosen: list[str] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        texts = [a.text() for a in menu.actions()]
        chosen.extend(texts)
        action = next(a for a in menu.actions() if a.text() == "取消确认")
        menu.setActiveAction(action)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(100, pick)
    right_click(view, view.visualRect(index).center())
    window.session.live.flush()
    assert "确认无误…" not in chosen and "取消确认" in chosen
    assert window.session.stack.count() == steps + 1
    assert problem_of(window, "value.missing_unit").acknowledged is None
    assert counts_text(window) == "警告 1|"


def test_acknowledge_through_the_context_menu(window: MainWindow, qtbot) -> None:
    shown(window, qtbot)
    view = window.problems.view
    index = row_of(window, "value.missing_unit")
    view.scrollTo(index)

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        action = next(a for a in menu.actions() if a.text() == "确认无误…")
        menu.setActiveAction(action)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(100, pick)
    right_click(view, view.visualRect(index).center())
    qtbot.waitUntil(lambda: window.problems.dialog is not None, timeout=1000)
    dialog = window.problems.dialog
    assert dialog is not None
    type_chinese(dialog.reason_edit, "原文如此")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    window.session.live.flush()
    assert problem_of(window, "value.missing_unit").acknowledged == "原文如此"


def test_errors_and_todos_offer_no_acknowledgement(window: MainWindow, qtbot) -> None:
    shown(window, qtbot)
    window.session.set_project_field(window.session.doc.projects[0], "implementer", "")
    window.session.live.flush()
    code = next(p.code for p in window.session.live.problems_of(window.session.doc.projects[0])
                if p.severity in ("todo", "error"))
    click_row(window, qtbot, code)
    assert not window.problems.acknowledge_button.isEnabled()
    click_row(window, qtbot, "value.missing_unit")
    assert window.problems.acknowledge_button.isEnabled()


def test_saved_and_read_back_from_json_and_xlsx(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    shown(window, qtbot)
    acknowledge_by_button(window, qtbot)
    qtbot.keyClick(window.problems.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    path = window.files.path
    assert path is not None and not window.isWindowModified()
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["projects"][0]["acknowledgements"] == [{
        "code": "value.missing_unit", "field": "",
        "indicator": ["产出指标", "质量指标", "验收合格率"], "reason": REASON}]
    workbook = tmp_path / "doc.xlsx"
    assert window.files.save_file(workbook)
    for saved in (path, workbook):
        assert window.files.open_file(saved)
        window.session.live.flush()
        assert problem_of(window, "value.missing_unit").acknowledged == REASON
        assert counts_text(window) == "警告 0|已确认 1"


def test_the_severity_filter_shows_the_confirmed_apart(window: MainWindow, qtbot) -> None:
    shown(window, qtbot)
    acknowledge_by_button(window, qtbot)
    pane = window.problems
    choice = pane.severity_choice
    choice.setCurrentIndex(choice.findData("warning"))
    assert pane.view.model().rowCount() == 0
    choice.setCurrentIndex(choice.findData("acknowledged"))
    assert pane.view.model().rowCount() == 1


def test_a_rename_carries_the_confirmation_and_undo_takes_it_back(
    window: MainWindow, qtbot
) -> None:
    """Issue 29.3: renaming the indicator (or its group) keeps its 确认无误, in the same
    undo step; Ctrl+Z gives back the old name and the old place."""
    shown(window, qtbot)
    acknowledge_by_button(window, qtbot)
    project = window.session.doc.projects[0]
    steps = window.session.stack.count()
    window.session.set_node_field(QUALITY, "name", "验收通过率")
    window.session.set_node_field(QUALITY[:2], "name", "质量")
    window.session.live.flush()
    assert window.session.stack.count() == steps + 2  # one step each
    assert project.acknowledgements[0].indicator == ("产出指标", "质量", "验收通过率")
    assert problem_of(window, "value.missing_unit").acknowledged == REASON
    assert counts_text(window) == "警告 0|已确认 1"  # and no 提示 of a lost confirmation
    window.problems.view.setFocus()
    qtbot.keyClick(window.problems.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    window.session.live.flush()
    assert project.acknowledgements[0].indicator == ("产出指标", "质量指标", "验收通过率")
    qtbot.keyClick(window.problems.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    window.session.live.flush()
    assert project.acknowledgements[0].indicator == ("产出指标", "质量指标", "验收合格率")
    assert problem_of(window, "value.missing_unit").acknowledged == REASON
    qtbot.keyClick(window.problems.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    window.session.live.flush()
    assert project.acknowledgements[0].indicator == ("产出指标", "质量指标", "验收通过率")
    assert counts_text(window) == "警告 0|已确认 1"


def test_deleting_a_confirmed_indicator_takes_its_confirmation_and_undo_brings_it_back(
    window: MainWindow, qtbot
) -> None:
    shown(window, qtbot)
    acknowledge_by_button(window, qtbot)
    project = window.session.doc.projects[0]
    window.session.remove_node(QUALITY)  # deleted in the editor: no stale notice
    window.session.live.flush()
    assert project.acknowledgements == []
    assert not any(p.code == "acknowledgement.stale"
                   for p in window.session.live.problems_of(project))
    window.session.stack.undo()  # one step: the indicator and its confirmation
    window.session.live.flush()
    assert project.acknowledgements[0].indicator == ("产出指标", "质量指标", "验收合格率")
    assert problem_of(window, "value.missing_unit").acknowledged == REASON


def test_a_confirmation_whose_indicator_is_gone_is_a_notice_withdrawn_by_the_button(
    window: MainWindow, qtbot
) -> None:
    shown(window, qtbot)
    acknowledge_by_button(window, qtbot)
    project = window.session.doc.projects[0]
    node = window.session.doc.node(window.session.doc.projects[0], QUALITY)
    node.name = "验收通过率"  # renamed outside the editor (another program): said once
    window.session.live.validate_all()
    notice = problem_of(window, "acknowledgement.stale")
    assert notice.severity == "info" and "验收合格率" in notice.message
    click_row(window, qtbot, "acknowledgement.stale")
    button = window.problems.acknowledge_button
    assert button.isEnabled() and button.text() == "取消确认"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    window.session.live.flush()
    assert project.acknowledgements == []
    assert not any(p.code == "acknowledgement.stale"
                   for p in window.session.live.problems_of(project))
