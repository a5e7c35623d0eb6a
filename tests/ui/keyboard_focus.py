"""Test helpers for typing: the window shown and active with the keyboard focus in one of
its widgets, as a person has it before typing (key events go to the focused widget), and
Chinese typed as an input method commits it (:func:`type_chinese`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def focus_in_window(window: QWidget, qtbot: Any, widget: QWidget) -> None:
    """Shows and activates ``window`` and gives ``widget`` the keyboard focus."""
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=1000)


def type_chinese(widget: QWidget, text: str) -> None:
    """What an input method sends to ``widget`` when the person picks the characters."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
