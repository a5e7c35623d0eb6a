"""The department's form is built the first time it shows, not with the window (the first
window does not pay for it): until then the pane has none; once built, its fields follow
the page's other fields in the Tab order, where they were when the window built the form,
and the window's undo and redo keys win in them as in every other field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from ui.main_window import MainWindow


def tab_chain(window: MainWindow) -> list[QWidget]:
    """The widgets Tab goes through, in the window's order."""
    chain = []
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_built_on_first_show_in_the_tab_order_with_the_windows_undo_keys(
    window: MainWindow, qtbot
) -> None:
    pane = window.form_pane
    assert pane.findChild(QWidget, "departmentForm") is None
    window.show()
    qtbot.waitExposed(window)
    window.menus.act_department.trigger()  # 项目 → 添加部门整体目标: the form shows
    form = pane.findChild(QWidget, "departmentForm")
    assert form is pane.department_form and form.isVisibleTo(pane)
    chain = tab_chain(window)
    mine = [i for i, w in enumerate(chain) if form.isAncestorOf(w)]
    assert mine == list(range(mine[0], mine[-1] + 1))  # one run …
    page = pane.scroll_area.widget()
    assert page.isAncestorOf(chain[mine[0] - 1])  # … right after the page's other fields
    assert not page.isAncestorOf(chain[mine[-1] + 1])
    field = form.widgets["name"]
    undo = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QApplication.sendEvent(field, undo)
    assert not undo.isAccepted()  # the window's 撤销 runs, not the field's own
