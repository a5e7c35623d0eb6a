"""UI benchmark of the 自评 (issue 16.8, editor half): a keystroke → problems and scores
on 1,000 evaluated projects (about 25,000 indicators), target under 16 ms.

The evaluated document of ``bench_scoring.py`` is saved and opened in the main window
(1366×768, offscreen). In project 500 a key is typed into the open editor of a
third-level indicator's 实际完成值 in the tree (each keystroke reaches the document at
once), and separately into the form's 全年执行数 (5 ↔ 51), and there once more such that
each keystroke also adds or removes a problem row (执行率 above 100%: the problems table
repaints, the worst case); a keystroke is timed until the live
validation has run and the event loop is idle (the tree's 得分, the form's 总分 and the
status bar repainted). Each prints the median of 40 keystrokes, as a ratio to a
baseline measured in the same run: a bare ``QLineEdit.setText`` + ``processEvents``;
and the CPU time of the same keystrokes (on a shared, loaded machine the wall time
waits for the others). Measured once the background learning of the opened file is done
(it holds the GIL while it runs: typing right after opening 1,000 projects is slower for
those seconds).

Run: ``make bench`` or ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_stage_ui.py``.
It asserts nothing.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_scoring import evaluated_document
from bench_ui import report, timed
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from jxeditor.formats import json_format

TARGET_S = 0.016
PROJECT = 500
KEYS = 40


def keystrokes(
    app: QApplication, window: object, widget: QWidget, check: Callable[[], str],
    digit: Qt.Key = Qt.Key.Key_9,
) -> tuple[list[float], list[float]]:
    """Times KEYS keystrokes into ``widget`` (``digit`` typed at the cursor, then
    Backspace, …) until the live validation ran and the events are processed; ``check``
    reads what the views show (it must change). Returns the wall and the CPU times (the
    CPU time is what the wall time would be on a machine nobody else is using)."""
    live = window.session.live  # type: ignore[attr-defined]
    shown: set[str] = set()
    times, cpu = [], []
    for k in range(KEYS):
        key = Qt.Key.Key_Backspace if k % 2 else digit

        def press(key: Qt.Key = key) -> None:
            QTest.keyClick(widget, key)
            while live._dirty or live._timer.isActive():
                app.processEvents()
            app.processEvents()

        start = time.process_time()
        times.append(timed(press))
        cpu.append(time.process_time() - start)
        shown.add(check())
    if len(shown) < 2:
        print(f"  (the shown score did not change while typing: {shown})")
    return times, cpu


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    tmp = tempfile.TemporaryDirectory()
    QCoreApplication.setOrganizationName("jxeditor-bench")
    QCoreApplication.setApplicationName("jxeditor-bench")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp.name)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    os.environ["JXEDITOR_DATA_DIR"] = tmp.name  # recovery copies, the learned library
    from ui.app import Unattended
    from ui.main_window import MainWindow

    doc = evaluated_document()
    path = Path(tmp.name) / "evaluation.json"
    json_format.save(doc, path)
    indicators = sum(1 for p in doc.projects for l1 in p.indicators for l2 in l1.children
                     for _ in l2.children)
    print(f"自评 document: {len(doc.projects)} projects, {indicators} indicators, "
          f"{path.stat().st_size / 1e6:.1f} MB JSON")

    window = MainWindow(Unattended())
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    window.files.open_file(path)
    app.processEvents()
    assert window.session.doc.stage == "evaluation"
    window.library.wait()  # learning the opened file in the background takes the GIL too
    app.processEvents()

    line = QLineEdit()
    line.show()

    def bare() -> None:
        line.setText(str(random.random()))
        app.processEvents()

    baseline = statistics.median(timed(bare) for _ in range(50))

    window.session.set_current_index(PROJECT)
    app.processEvents()
    tree, model = window.indicators.tree, window.indicators.model
    tree.setFocus()
    tree.setCurrentIndex(model.index_of_path((0, 0, 0), model.column_of("evaluation.actual")))
    tree.edit(tree.currentIndex())
    app.processEvents()
    editor = window.indicators.delegate.open_editor
    assert isinstance(editor, QLineEdit), editor
    editor.home(False)
    score_label = window.counts.score_label
    tree_times, tree_cpu = keystrokes(app, window, editor, score_label.text)

    field = window.form_pane.stage_block.widgets["evaluation.executed.total"]
    assert isinstance(field, QLineEdit)
    field.setFocus()
    total = window.form_pane.stage_block.total_label.text
    rows = [0]  # problem rows added or removed while typing
    for signal in (window.problems.model.rowsInserted, window.problems.model.rowsRemoved):
        signal.connect(lambda *_: rows.__setitem__(0, rows[0] + 1))
    field.home(False)  # 113.4 ↔ 9113.4: 执行率 above 100% comes and goes with each key
    worst_times, worst_cpu = keystrokes(app, window, field, total)
    worst_rows, rows[0] = rows[0], 0
    field.selectAll()
    QTest.keyClicks(field, "5")
    field.end(False)  # 5 ↔ 51: the score changes, no problem comes or goes
    form_times, form_cpu = keystrokes(app, window, field, total, Qt.Key.Key_1)

    print()
    report("keystroke in 实际完成值 (tree) → problems, scores", statistics.median(tree_times),
           TARGET_S, baseline)
    report("keystroke in 全年执行数 (form) → problems, scores", statistics.median(form_times),
           TARGET_S, baseline)
    report("… each adding or removing a problem row", statistics.median(worst_times),
           TARGET_S, baseline)
    print(f"CPU time per keystroke (median): tree {statistics.median(tree_cpu) * 1000:.1f} ms, "
          f"form {statistics.median(form_cpu) * 1000:.1f} ms, with a problem row "
          f"{statistics.median(worst_cpu) * 1000:.1f} ms ({worst_rows} rows added or removed, "
          f"{rows[0]} in the plain form run); the wall time includes waiting for a busy "
          f"machine: load average {os.getloadavg()[0]:.1f}")
    worst = max(max(tree_times), max(form_times), max(worst_times))
    print(f"slowest single keystroke: {worst * 1000:.1f} ms; shown now: {score_label.text()}; "
          f"problems in the document: {window.session.live.tally()}")
    window.session.stack.setClean()
    window.close()
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
