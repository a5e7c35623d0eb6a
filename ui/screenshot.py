"""Saves a picture of a window at 1366×768 (the README's screenshots).

From the command line: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m ui.app
--screenshot docs/screenshot-main-window.png resources/sample-dalian-2026.json``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow

SIZE = (1366, 768)


def save_screenshot(window: QMainWindow, path: str | Path) -> None:
    """Shows ``window`` at 1366×768, lets it lay out, and saves what it draws."""
    window.resize(*SIZE)
    window.show()
    app = QApplication.instance()
    for _ in range(5):
        if app is not None:
            app.processEvents()
    window.grab().save(str(path))
