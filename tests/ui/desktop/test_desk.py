"""The desktop harness itself: the window takes the keyboard under the real X server, keys
reach the focus widget, Chinese reaches it through the input method."""

from __future__ import annotations

from desk import Desk
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from ui.main_window import MainWindow


def test_keys_and_chinese_reach_the_focus_widget(window: MainWindow, desk: Desk) -> None:
    desk.show(window)
    name = window.findChild(QLineEdit, "projectName")
    desk.focus(name)
    name.selectAll()
    desk.commit("档案馆")
    desk.type("2")
    desk.key(Qt.Key.Key_Tab)
    assert window.session.doc.projects[0].name == "档案馆2"
    assert QApplication.focusWidget() is not name
