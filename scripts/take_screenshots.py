"""Takes the README's screenshots of the editor, as a person would see it.

Run under a virtual X server at the size of an office screen:

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python scripts/take_screenshots.py

(Chinese text needs a Chinese font: ``make system-deps`` installs fonts-wqy-microhei.)
Writes ``docs/screenshot-*.png``: the main window on the embedded sample, a new project
(its to-do list), the problems filtered, and the two help pages; and
``docs/self-evaluation.png``: the sample in the 自评 stage with actual values filled in
(the tree's scores, the form's funds block with 总分, the status bar).
"""

from __future__ import annotations

import sys
import tempfile
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from jxeditor.document.derive import derive_stage  # noqa: E402
from jxeditor.document.document import Document  # noqa: E402
from jxeditor.document.model import iter_indicators  # noqa: E402
from jxeditor.document.stages import EVALUATION  # noqa: E402
from jxeditor.document.values import parse_value  # noqa: E402
from jxeditor.formats import json_format  # noqa: E402
from ui.app import Unattended, make_app, use_temporary_settings  # noqa: E402
from ui.dialogs.help_pages import HelpPage, guide_html  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

DOCS = ROOT / "docs"
SAMPLE = ROOT / "resources" / "sample-dalian-2026.json"
EVALUATED = Path(tempfile.gettempdir()) / "jxeditor-screenshot-evaluation.json"


def settle(app: QApplication, rounds: int = 10) -> None:
    for _ in range(rounds):
        app.processEvents()


def shoot(widget: QWidget, name: str, app: QApplication) -> None:
    settle(app)
    path = DOCS / name
    widget.grab().save(str(path))
    print(path)


def plain(number: Decimal) -> str:
    """``1.60E+4`` → ``16000``, ``90.0`` → ``90``."""
    return f"{number.quantize(Decimal('0.1')):f}".removesuffix(".0")


def evaluated_sample() -> Document:
    """The sample in the 自评 stage: every actual value in (most targets met, one missed
    by a tenth with its reason), 95% of the budget spent."""
    doc = derive_stage(json_format.load(SAMPLE), EVALUATION)
    for project in doc.projects:
        assert project.evaluation is not None
        budget = project.evaluation.budget_full.total or Decimal(100)
        project.evaluation.budget_full.total = budget
        project.evaluation.executed.total = (budget * Decimal("0.95")).quantize(Decimal("0.01"))
        for n, (_path, _l1, _l2, ind) in enumerate(iter_indicators(project)):
            assert ind.evaluation is not None
            target = parse_value(ind.value)
            if target.number is None:
                ind.evaluation.actual = "达成年度指标"
            elif n == 1:
                short = target.number * Decimal("0.9")
                ind.evaluation.actual = f"{plain(short)}{target.unit}"
                ind.evaluation.deviation = "部分工作延至次年一季度完成，已调整进度安排"
            else:
                ind.evaluation.actual = f"{plain(target.number)}{target.unit}"
    return doc


def self_evaluation(window: MainWindow, app: QApplication) -> None:
    """The 自评: scores in the tree, the funds block and 总分 in the form and status bar."""
    window.session.stack.setClean()
    window.files.open_file(EVALUATED)
    window.session.set_current_index(1)
    window.problems.severity_choice.setCurrentIndex(0)
    window.problems.search.clear()
    tree, model = window.indicators.tree, window.indicators.model
    tree.setCurrentIndex(model.index_of_path((0, 1, 0), model.column_of("evaluation.actual")))
    window.form_pane.scroll_area.ensureWidgetVisible(window.form_pane.stage_block, 0, 0)
    window.statusBar().clearMessage()
    shoot(window, "self-evaluation.png", app)


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

    json_format.save(evaluated_sample(), EVALUATED)
    self_evaluation(window, app)
    EVALUATED.unlink()

    window.session.stack.setClean()
    window.close()
    del scratch
    return 0


if __name__ == "__main__":
    sys.exit(main())
