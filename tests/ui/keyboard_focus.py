"""Test helper: the window shown and active with the keyboard focus in one of its widgets,
as a person has it before typing (key events go to the focused widget)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget


def focus_in_window(window: QWidget, qtbot: Any, widget: QWidget) -> None:
    """Shows and activates ``window`` and gives ``widget`` the keyboard focus."""
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=1000)
