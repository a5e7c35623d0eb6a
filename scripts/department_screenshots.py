"""Takes the README's screenshots of the department's form (部门整体绩效目标).

Run under a virtual X server at the size of an office screen, once per size:

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/department_screenshots.py
    xvfb-run -a -s "-screen 0 1280x720x24" .venv/bin/python scripts/department_screenshots.py 1280 720

Reads the published sample (the department's overall targets, then its project tables),
chooses the 部门整体 row and its first task, and writes ``docs/department-form.png``
(1366×768) or ``docs/department-form-1280x720.png`` (the window 40 pixels less than the
screen, as with a task bar).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from jxeditor.formats.documents import load_document  # noqa: E402
from ui.app import Unattended, make_app, use_temporary_settings  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

DOCS = ROOT / "docs"
SAMPLE = ROOT / "tests" / "fixtures" / "samples" / "department-overall-and-coded-projects-2023.txt"


def settle(app: QApplication, rounds: int = 10) -> None:
    for _ in range(rounds):
        app.processEvents()


def main(argv: list[str]) -> int:
    width, height = (int(argv[0]), int(argv[1])) if len(argv) == 2 else (1366, 768)
    name = "department-form.png" if (width, height) == (1366, 768) else (
        f"department-form-{width}x{height}.png")
    scratch = use_temporary_settings()
    app = make_app()
    window = MainWindow(Unattended())
    window.resize(width, height - 40)
    window.show()
    window.session.replace_document(load_document(SAMPLE)[0])
    window.session.department.show()
    form = window.form_pane.department_form
    form.tasks_view.setCurrentIndex(form.tasks.index(0, 0))
    window.session.live.flush()
    settle(app)
    window.statusBar().clearMessage()
    settle(app)
    path = DOCS / name
    window.grab().save(str(path))
    print(path)
    window.session.stack.setClean()
    window.close()
    del scratch
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
