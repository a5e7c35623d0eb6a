"""Making the panes' actions: a text, a slot, a shortcut that works in one widget only,
a short label for the tool bar and a tooltip that names the shortcut."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


def widget_action(
    widget: QWidget,
    text: str,
    slot: Callable[[], Any],
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
