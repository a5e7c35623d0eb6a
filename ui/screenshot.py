"""Saves a picture of the main window at 1366×768 (docs/screenshot-main-window.png).

Run offscreen: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m ui.screenshot
[FILE] [PATH]`` — by default the embedded sample into the docs folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FILE = ROOT / "resources" / "sample-dalian-2026.json"
DEFAULT_PATH = ROOT / "docs" / "screenshot-main-window.png"
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


def main(argv: list[str] | None = None) -> int:
    from ui.app import make_app, use_temporary_settings
    from ui.main_window import MainWindow

    args = sys.argv[1:] if argv is None else argv
    scratch = use_temporary_settings()
    file = Path(args[0]) if args else DEFAULT_FILE
    path = Path(args[1]) if len(args) > 1 else DEFAULT_PATH
    make_app()
    window = MainWindow()
    if file.exists():
        window.open_file(file)
    save_screenshot(window, path)
    window.stack.setClean()
    window.close()
    scratch.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
