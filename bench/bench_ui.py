"""UI benchmark: a 1,000-project document in the editor window.

Prints, each next to its target and as a ratio to a baseline measured in the same run:
opening the saved file in the window until the first project is shown (baseline: plain
``json.load`` of the same file; the time the rest of the validation went on while idle is
printed after it), switching project (median of 50; baseline: a bare
``QLineEdit.setText`` + ``processEvents``) and a keystroke in a funding field until the
problems panel is updated (median; same baseline), both once the background learning of
the opened file is done (its time is printed: it holds the GIL meanwhile). Run offscreen:
``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_ui.py``. It asserts nothing.
"""

from __future__ import annotations

import copy
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit  # noqa: E402

from jxeditor.document.document import Document  # noqa: E402
from jxeditor.document.model import Indicator, Project, new_project  # noqa: E402
from jxeditor.formats import json_format  # noqa: E402

SAMPLE = ROOT / "resources" / "sample-dalian-2026.json"
PROJECTS = 1000
INDICATORS = 25


def padded(project: Project, number: int) -> Project:
    """A copy of ``project`` renamed and grown to about 25 third-level indicators."""
    p = copy.deepcopy(project)
    p.name = f"{p.name}（{number}）"
    groups = [l2 for l1 in p.indicators for l2 in l1.children]
    if not groups:
        return p
    count = sum(len(g.children) for g in groups)
    k = 0
    while count < INDICATORS:
        group = groups[k % len(groups)]
        base = group.children[0] if group.children else Indicator(name="指标", value="≥1个")
        group.children.append(
            Indicator(name=f"{base.name}{k + 2}", value=base.value or "≥1个")
        )
        count += 1
        k += 1
    return p


def build_document() -> Document:
    if SAMPLE.exists():
        base = json_format.load(SAMPLE)
        sources = base.projects
        doc = Document(
            year=base.year, reporting_unit=base.reporting_unit, framework=base.framework
        )
    else:
        sources = [new_project("2021", "示例项目")]
        doc = Document()
    doc.projects = [padded(sources[i % len(sources)], i + 1) for i in range(PROJECTS)]
    return doc


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def report(label: str, seconds: float, target: float, baseline: float) -> None:
    ok = "ok" if seconds <= target else "OVER TARGET"
    ratio = seconds / baseline if baseline > 0 else float("inf")
    print(
        f"{label:<44} {seconds * 1000:9.1f} ms   target ≤ {target * 1000:6.0f} ms  {ok:<11}"
        f" ×{ratio:,.1f} of baseline ({baseline * 1000:.2f} ms)"
    )


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
    total = sum(1 for p in doc.projects for l1 in p.indicators for l2 in l1.children
                for _ in l2.children)
    print(f"document: {len(doc.projects)} projects, {total / len(doc.projects):.1f} "
          f"indicators each, {path.stat().st_size / 1e6:.1f} MB JSON")

    def load_json() -> None:
        with open(path, encoding="utf-8") as f:
            json.load(f)

    baseline_open = min(timed(load_json) for _ in range(3))

    window = MainWindow(Unattended())
    window.resize(1366, 768)
    window.show()
    app.processEvents()

    def open_it() -> None:
        window.files.open_file(path)
        app.processEvents()

    open_time = timed(open_it)
    assert window.session.current_index() == 0
    # a large file: the first projects are validated at once, the rest while idle

    def rest_validated() -> None:
        while window.session.live.pending():
            app.processEvents()

    rest_time = timed(rest_validated)
    # the opened file is learned into the indicator library in a background thread, which
    # holds the GIL while it runs: measured apart, the rest once it is done
    learning_time = timed(window.library.wait)

    line = QLineEdit()
    line.show()

    def bare() -> None:
        line.setText(str(random.random()))
        app.processEvents()

    baseline_ui = statistics.median(timed(bare) for _ in range(50))

    rng = random.Random(1)
    switches = []
    for _ in range(50):
        row = rng.randrange(len(doc.projects))
        index = window.projects.model.index(row, 0)
        switches.append(timed(lambda i=index: (window.projects.view.setCurrentIndex(i),
                                               app.processEvents())))
    switch_time = statistics.median(switches)

    window.session.set_current_index(500)
    app.processEvents()
    field = window.form_pane.form.widgets["funding.annual.total"]
    assert isinstance(field, QLineEdit)
    field.setFocus()
    field.end(False)
    updates = [0]

    def count_update(*_args: object) -> None:
        updates[0] += 1

    window.problems.model.dataChanged.connect(count_update)
    window.problems.model.rowsInserted.connect(count_update)
    window.problems.model.rowsRemoved.connect(count_update)
    keystrokes = []
    for k in range(40):
        key = Qt.Key.Key_Backspace if k % 2 else Qt.Key.Key_7

        def press(key: Qt.Key = key) -> None:
            QTest.keyClick(field, key)
            while window.session.live._dirty or window.session.live._timer.isActive():
                app.processEvents()

        keystrokes.append(timed(press))
    keystroke_time = statistics.median(keystrokes)

    print()
    report("open 1,000 projects (open_file → first shown)", open_time, 2.0, baseline_open)
    report("switch project (median of 50)", switch_time, 0.050, baseline_ui)
    report("keystroke in funding field → problems panel", keystroke_time, 0.050, baseline_ui)
    print(f"(the other projects were validated {rest_time * 1000:.0f} ms after it was shown, "
          "while idle; the window answers meanwhile)")
    print(f"(the background learning of the opened file went on {learning_time:.1f} s after it "
          "was shown; switching and typing were measured after it)")
    print(f"\nproblems in the document: {window.problems.model.rowCount()} "
          f"({window.session.live.tally()}); problems panel updates during "
          f"the {len(keystrokes)} keystrokes: {updates[0]}")
    window.session.stack.setClean()
    window.close()
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
