"""The department's indicator tree (部门整体, form B) is edited in the tree pane by key, as
a project's: Ins adds a sibling and opens its name editor, typing writes it, Enter
commits, F2 opens the 年度指标值, Del removes, Ctrl+↓ moves, Ctrl+Z takes each step
back; the department's rules follow. Keys go to the widget that has the focus."""

from __future__ import annotations

import pytest
from keyboard_focus import focus_in_window
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from jxeditor.document.department import Department
from jxeditor.document.model import Indicator, Level1, Level2
from ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # a shown window offscreen

CTRL = Qt.KeyboardModifier.ControlModifier


def department_shown(window: MainWindow, qtbot) -> Department:
    block = Department(name="财政金融局", overall_goal="做好财政工作。", indicators=[
        Level1("产出指标", [Level2("数量指标", [Indicator("审核项目数", "≥100个")])])])
    window.session.doc.set_department(block)
    view = window.projects.view
    focus_in_window(window, qtbot, view)
    view.setCurrentIndex(window.projects.model.index(0, 0))  # the 部门整体 row
    assert window.session.department.shown
    tree = window.indicators.tree
    tree.setCurrentIndex(window.indicators.model.index_of_path((0, 0, 0)))
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus, timeout=1000)
    return block


def leaves(block: Department) -> list[tuple[str, str]]:
    return [(i.name, i.value) for i in block.indicators[0].children[0].children]


def typed(qtbot, text: str) -> None:
    """Types ``text`` into the widget that has the focus (an open cell editor): ASCII by
    key, Chinese as an input method commits it."""
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), editor
    editor.selectAll()
    if text.isascii():
        qtbot.keyClicks(editor, text)
        return
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(editor, event)


def test_the_department_tree_by_key(window: MainWindow, qtbot) -> None:
    session = window.session
    block = department_shown(window, qtbot)
    tree = window.indicators.tree
    model = window.indicators.model
    assert window.indicators.act_sibling.isEnabled()

    qtbot.keyClick(tree, Qt.Key.Key_Insert)  # a sibling after the selected, its name open
    typed(qtbot, "培训人次")
    assert leaves(block) == [("审核项目数", "≥100个"), ("培训人次", "")]  # written as typed
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # on to its 年度指标值
    assert model.path_of(tree.currentIndex()) == (0, 0, 1) and tree.currentIndex().column() == 1
    typed(qtbot, ">=50")
    assert leaves(block)[1] == ("培训人次", ">=50")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # the run ends
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # the editor closes
    assert QApplication.focusWidget() is tree
    assert leaves(block) == [("审核项目数", "≥100个"), ("培训人次", ">=50")]
    assert session.stack.count() == 3  # the insert, the name, the value
    assert session.stack.undoText() == "修改“年度指标值”"

    tree.setCurrentIndex(model.index_of_path((0, 0, 0), 1))
    qtbot.keyClick(tree, Qt.Key.Key_F2)  # F2: the selected cell's editor
    typed(qtbot, "<=200")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert leaves(block)[0] == ("审核项目数", "<=200")
    assert session.stack.count() == 4

    tree.setCurrentIndex(model.index_of_path((0, 0, 0)))
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Down, CTRL)  # moved below its sibling
    assert [n for n, _v in leaves(block)] == ["培训人次", "审核项目数"]
    assert model.path_of(tree.currentIndex()) == (0, 0, 1)
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert leaves(block) == [("培训人次", ">=50")]
    assert model.rowCount(model.index_of_path((0, 0))) == 1

    for _step in range(6):
        qtbot.keyClick(tree, Qt.Key.Key_Z, CTRL)
    assert leaves(block) == [("审核项目数", "≥100个")]
    assert session.department.shown and not session.stack.canUndo()


def test_the_departments_rules_follow_what_is_typed(window: MainWindow, qtbot) -> None:
    session = window.session
    block = department_shown(window, qtbot)
    tree = window.indicators.tree
    model = window.indicators.model
    tree.setCurrentIndex(model.index_of_path((0, 0, 0), 1))
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    typed(qtbot, "100")  # no unit: the department's value rule fires

    def flagged() -> bool:
        session.live.flush()
        return any(p.path == (0, 0, 0) for p in session.live.department_problems())

    qtbot.waitUntil(flagged, timeout=2000)
    assert model.problems_at(model.index_of_path((0, 0, 0)))  # its icon in the tree
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # the run taken back
    assert leaves(block) == [("审核项目数", "≥100个")]
    qtbot.waitUntil(lambda: not flagged(), timeout=2000)


def test_a_fix_from_the_trees_context_menu(window: MainWindow, qtbot) -> None:
    """Right-click on a department's indicator with a problem: 修正：… writes the offered
    value as one undo step, as on a project's."""
    session = window.session
    block = department_shown(window, qtbot)
    session.set_node_field((0, 0, 0), "value", "》100个")
    model = window.indicators.model
    index = model.index_of_path((0, 0, 0))
    qtbot.waitUntil(lambda: bool(model.problems_at(index)), timeout=2000)
    fixes = [a for a in window.indicators.tree_menu(index).actions() if a.text().startswith("修正")]
    assert [a.text() for a in fixes] == ["修正：改为“≥100个”"]
    fixes[0].trigger()
    assert leaves(block) == [("审核项目数", "≥100个")]
    assert session.stack.undoText() == "修正：改为“≥100个”"
    qtbot.keyClick(window.indicators.tree, Qt.Key.Key_Z, CTRL)
    assert leaves(block) == [("审核项目数", "》100个")]
