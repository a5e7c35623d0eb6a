"""Keys and text delivered as a desktop delivers them, for the tests under a real X server.

Under Xvfb with the xcb platform a key goes to the popup that holds the keyboard
(``QApplication.activePopupWidget()``, such as the suggestion list) while one shows, and
otherwise to the focus widget; an input method commits Chinese to the focus object. The
target is looked up again for every key, because the first letter typed can open a popup
that takes the next one. Pauses are real waits, so live validation and the other timers
that follow a person's pause run in between.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

NO_MODIFIER = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def key_target() -> QWidget:
    """Where the desktop sends a key now: the active popup, else the focus widget."""
    target = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard"
    return target


class Desk:
    """A person at the keyboard: keys, typed text, Chinese from the input method, pauses."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot

    def key(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO_MODIFIER) -> None:
        QTest.keyClick(key_target(), key, modifiers)
        QApplication.processEvents()

    def type(self, text: str, pause_ms: int = 0) -> None:
        """Types ASCII ``text`` a key at a time, each to where the desktop sends it."""
        for char in text:
            QTest.keyClicks(key_target(), char)
            QApplication.processEvents()
            if pause_ms:
                self.qtbot.wait(pause_ms)

    def commit(self, text: str) -> None:
        """What an input method sends when the person picks ``text`` (to the focus object)."""
        target = QGuiApplication.focusObject()
        assert target is not None, "no focus object for the input method"
        event = QInputMethodEvent("", [])
        event.setCommitString(text)
        QApplication.sendEvent(target, event)
        QApplication.processEvents()

    def pause(self, ms: int = 1200) -> None:
        """A person's pause (long enough for live validation to re-read the rows)."""
        self.qtbot.wait(ms)

    def show(self, window: QWidget, width: int = 1366, height: int = 768) -> None:
        """Shows ``window`` active on the screen, as a person has it before typing."""
        window.resize(min(width, window.width()), min(height, window.height()))
        window.show()
        window.activateWindow()
        self.qtbot.waitActive(window, timeout=5000)

    def focus(self, widget: QWidget) -> None:
        widget.window().activateWindow()
        self.qtbot.waitActive(widget.window(), timeout=5000)
        widget.setFocus()
        self.qtbot.waitUntil(widget.hasFocus, timeout=5000)
