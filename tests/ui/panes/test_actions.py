"""The panes' actions: a text, a slot, a shortcut that works only while the widget has
the focus, a short tool-bar label and a tooltip naming the shortcut; and the column of
title, view and text-only tool bar the list and tree panes are made of."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QListView, QToolBar, QWidget

from ui.panes.actions import titled_column, widget_action


def test_a_widget_action(qtbot: Any) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    called: list[int] = []
    action = widget_action(widget, "新增项目", lambda: called.append(1), "Ctrl+N", short="新增")
    assert action in widget.actions()
    assert action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut
    assert action.shortcut() == QKeySequence("Ctrl+N")
    assert action.iconText() == "新增"
    keys = QKeySequence("Ctrl+N").toString(QKeySequence.SequenceFormat.NativeText)
    assert action.toolTip() == f"新增项目 ({keys})"
    action.trigger()
    assert called == [1]


def test_a_given_tip_and_no_shortcut(qtbot: Any) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    plain = widget_action(widget, "删除", lambda: None)
    assert plain.toolTip() == "删除" and plain.shortcut().isEmpty()
    tipped = widget_action(widget, "上移", lambda: None, QKeySequence.StandardKey.MoveToPreviousLine,
                           tip="把项目上移一位")
    assert tipped.toolTip() == tipped.statusTip() == "把项目上移一位"


def test_the_shortcut_works_where_the_widget_has_the_focus(qtbot: Any) -> None:
    pane = QWidget()
    qtbot.addWidget(pane)
    view = QListView(pane)
    other = QListView(pane)
    called: list[str] = []
    widget_action(view, "删除", lambda: called.append("view"), "Del")
    pane.show()
    pane.activateWindow()
    qtbot.waitActive(pane)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus, timeout=1000)
    qtbot.keyClick(other, Qt.Key.Key_Delete)
    assert called == []
    view.setFocus()
    qtbot.waitUntil(view.hasFocus, timeout=1000)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert called == ["view"]


def test_titled_column(qtbot: Any) -> None:
    pane = QWidget()
    qtbot.addWidget(pane)
    view = QListView()
    bar, title_row = titled_column(pane, "项目", view, "projectBar")
    assert isinstance(bar, QToolBar) and bar.objectName() == "projectBar"
    assert bar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextOnly
    layout = pane.layout()
    assert layout is not None
    assert [layout.itemAt(i).widget() for i in range(1, 3)] == [view, bar]
    title = title_row.itemAt(0).widget()
    assert isinstance(title, QLabel) and title.text() == "项目"
