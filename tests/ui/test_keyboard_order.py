"""The keyboard through the window (issue 13.2, 13.5, 13.10): Tab goes through the form
in the order of the paper form and leaves the problems table in one step, the project
list keeps one row height whatever the projects' problems, and Del on a project in the
list says in the status bar what went and how to undo it.

Driven as a person does: focus a widget, press the keys, look where the focus went.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListView, QWidget

from ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # a shown window offscreen

PAPER_ORDER = [
    "projectName", "projectCode", "attribute", "department", "implementer", "category",
    "periodStart", "periodEnd",
    "fundingPeriodTotal", "fundingPeriodFiscal", "fundingPeriodOther",
    "fundingAnnualTotal", "fundingAnnualFiscal", "fundingAnnualOther",
    "spendingPlan03", "spendingPlan06", "spendingPlan10", "spendingPlan12",
    "purpose", "goalPeriod", "goalAnnual",
]


def _shown(window: MainWindow, qtbot) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)


def _focus(qtbot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=1000)


def test_tab_goes_through_the_form_in_the_paper_forms_order(window: MainWindow, qtbot) -> None:
    _shown(window, qtbot)
    _focus(qtbot, window.findChild(QWidget, "projectName"))
    seen = []
    for _ in PAPER_ORDER:
        widget = QApplication.focusWidget()
        seen.append(widget.objectName())
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert seen == PAPER_ORDER
    # after the last goal the focus leaves the form (no stop on its scroll area)
    assert QApplication.focusWidget().objectName() == "problemsView"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget().objectName() == "goalAnnual"


def test_tab_leaves_the_problems_table_in_one_step(window: MainWindow, qtbot) -> None:
    _shown(window, qtbot)
    view = window.findChild(QWidget, "problemsView")
    _focus(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert not view.hasFocus()
    assert QApplication.focusWidget().objectName() == "problemsCurrentOnly"


def test_the_project_list_keeps_one_row_height(window: MainWindow, qtbot) -> None:
    _shown(window, qtbot)
    view = window.findChild(QListView, "projectList")
    model = view.model()
    heights = {view.visualRect(model.index(r, 0)).height() for r in range(model.rowCount())}
    _focus(qtbot, window.findChild(QWidget, "projectName"))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete)  # a problem on project 1
    qtbot.waitUntil(lambda: window.session.doc.projects[0].name == "", timeout=1000)
    qtbot.wait(50)
    after = {view.visualRect(model.index(r, 0)).height() for r in range(model.rowCount())}
    assert len(heights) == 1 and after == heights


def test_del_on_a_project_says_what_went_and_how_to_undo(window: MainWindow, qtbot) -> None:
    _shown(window, qtbot)
    name = window.session.doc.projects[0].name
    count = len(window.session.doc.projects)
    view = window.findChild(QListView, "projectList")
    _focus(qtbot, view)
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert len(window.session.doc.projects) == count - 1
    message = window.statusBar().currentMessage()
    assert name in message and "Ctrl+Z" in message
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.doc.projects[0].name == name
