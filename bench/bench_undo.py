"""Undo/redo benchmark: a 1,000-project document in the editor window (issue 29).

The document of ``bench_ui.py`` is opened in the main window (1366×768, offscreen) and
the last project (the farthest from the start of the list) is shown. There, 40 edits
are made as separate undo steps, alternately a funding field (年度金额) and an
indicator's 年度指标值 in the tree; then each is undone, and all redone, one step at a
time, each timed twice: the step alone (the command, and the views that follow its
change events at once), and until the live validation has run and the event loop is
idle (the problems panel, the form, the tree repainted; this includes the validation's
short pause, so its CPU time is the figure to compare). Prints the medians, wall time
and CPU time (on a shared, loaded machine the wall time waits for the others),
as a ratio to a baseline measured in the same run: a bare ``QLineEdit.setText`` +
``processEvents``.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_undo.py``. It asserts
nothing. It uses only the window and the session, so it runs unchanged on an older
checkout (copy it there to compare side by side).
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_ui import build_document  # noqa: E402
from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit  # noqa: E402

from jxeditor.formats import json_format  # noqa: E402

EDITS = 40


def timed(action: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU seconds of ``action``."""
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    tmp = tempfile.TemporaryDirectory()
    QCoreApplication.setOrganizationName("jxeditor-bench")
    QCoreApplication.setApplicationName("jxeditor-bench")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp.name)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    from ui.app import Unattended
    from ui.main_window import MainWindow

    doc = build_document()
    path = Path(tmp.name) / "bench.json"
    json_format.save(doc, path)
    window = MainWindow(Unattended())
    window.resize(1366, 768)
    window.show()
    window.files.open_file(path)
    while window.session.live.pending():
        app.processEvents()
    window.library.wait()
    session = window.session
    live = session.live
    last = len(session.doc.projects) - 1
    session.set_current_index(last)
    app.processEvents()
    project = session.doc.projects[last]
    indicator = next(
        (i, j, k) for i, l1 in enumerate(project.indicators) for j, l2 in enumerate(l1.children)
        for k, _ in enumerate(l2.children)
    )

    line = QLineEdit()
    line.show()

    def bare() -> None:
        line.setText(str(random.random()))
        app.processEvents()

    baseline = statistics.median(timed(bare)[0] for _ in range(50))

    def settled() -> None:
        while live._dirty or live._timer.isActive():
            app.processEvents()
        app.processEvents()

    for n in range(EDITS):
        if n % 2:
            session.set_node_field(indicator, "value", f"≥{n}个")
        else:
            session.set_project_field(project, "funding.annual.total", Decimal(100 + n))
        settled()
    steps: dict[str, list[tuple[float, float]]] = {}
    for label, step in (("undo", session.undo), ("redo", session.redo)):
        for _ in range(EDITS):
            alone = timed(step)  # the command and the views that follow it at once
            rest = timed(settled)  # the live validation, the repaints
            steps.setdefault(f"{label}, the step alone", []).append(alone)
            steps.setdefault(f"{label} → problems", []).append(
                (alone[0] + rest[0], alone[1] + rest[1]))

    print(f"document: {len(session.doc.projects)} projects; edits in project {last + 1}")
    for label, runs in steps.items():
        wall = statistics.median(r[0] for r in runs)
        cpu = statistics.median(r[1] for r in runs)
        print(f"{label:22} (median of {len(runs)}): {wall * 1000:7.2f} ms wall, "
              f"{cpu * 1000:7.2f} ms CPU; {wall / baseline:6.1f}× the bare setText "
              f"({baseline * 1000:.2f} ms)")
    session.stack.setClean()
    window.close()
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
