"""What the panes share: actions (a text, a slot, a shortcut that works in one widget
only, a short label for the tool bar, a tooltip naming the shortcut) and the column of a
title, a view and a tool bar that the list and tree panes are made of."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolBar, QVBoxLayout, QWidget

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


def widget_action(
    widget: QWidget,
    text: str,
    slot: Callable[[], object],
    shortcut: Shortcut = None,
    short: str = "",
    tip: str = "",
) -> QAction:
    """An action of ``widget`` whose shortcut works while that widget has the focus."""
    action = QAction(text, widget)
    action.triggered.connect(lambda _checked=False: slot())
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    widget.addAction(action)
    if short:
        action.setIconText(short)
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    if tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)
    else:
        action.setToolTip(f"{text} ({keys})" if keys else text)
    return action


def titled_column(
    pane: QWidget, title: str, view: QWidget, bar_name: str
) -> tuple[QToolBar, QHBoxLayout]:
    """Lays out ``pane`` as a title row above ``view`` above a text-only tool bar; returns
    the bar and the title row (room for a search box)."""
    bar = QToolBar(pane)
    bar.setObjectName(bar_name)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    title_row = QHBoxLayout()
    title_row.addWidget(QLabel(title, pane), 1)
    layout.addLayout(title_row)
    layout.addWidget(view, 1)
    layout.addWidget(bar)
    return bar, title_row
