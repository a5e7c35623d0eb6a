"""Takes the README's screenshots of the editor, as a person would see it.

Run under a virtual X server at the size of an office screen:

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python scripts/take_screenshots.py

(Chinese text needs a Chinese font: ``make system-deps`` installs fonts-wqy-microhei.)
Writes ``docs/screenshot-*.png``: the main window on the embedded sample, a new project
(its to-do list), the problems filtered, and the two help pages.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from ui.app import Unattended, make_app, use_temporary_settings  # noqa: E402
from ui.dialogs.help_pages import HelpPage, guide_html  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

DOCS = ROOT / "docs"
SAMPLE = ROOT / "resources" / "sample-dalian-2026.json"


def settle(app: QApplication, rounds: int = 10) -> None:
    for _ in range(rounds):
        app.processEvents()


def shoot(widget: QWidget, name: str, app: QApplication) -> None:
    settle(app)
    path = DOCS / name
    widget.grab().save(str(path))
    print(path)


def main() -> int:
    scratch = use_temporary_settings()
    app = make_app()
    window = MainWindow(Unattended())
    window.resize(1366, 728)  # 768 less a task bar
    window.show()
    window.files.open_file(SAMPLE)
    window.session.set_current_index(1)
    settle(app)
    window.statusBar().clearMessage()
    shoot(window, "screenshot-main-window.png", app)

    window.projects.add_project()  # a new project: what remains to fill
    window.session.live.flush()
    shoot(window, "screenshot-new-project.png", app)

    window.session.stack.setClean()
    window.files.open_file(SAMPLE)
    window.problems.severity_choice.setCurrentIndex(
        window.problems.severity_choice.findData("warning")
    )
    window.problems.search.setText("成本")
    shoot(window, "screenshot-problems-filter.png", app)

    keys = HelpPage("快捷键", window.menus.keys_page(), window)
    keys.show()
    shoot(keys, "screenshot-help-keys.png", app)
    keys.close()
    guide = HelpPage("填报说明", guide_html("填报说明", "例："), window)
    guide.show()
    shoot(guide, "screenshot-help-guide.png", app)
    guide.close()

    window.session.stack.setClean()
    window.close()
    del scratch
    return 0


if __name__ == "__main__":
    sys.exit(main())
