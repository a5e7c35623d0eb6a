"""In the English UI the problems are in English too (issue 13.8): the problems panel
(severity, place, message, tooltip, fix), the tree's and the form's tooltips and the
status bar; the core's messages stay Chinese for the command line and the reports."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from jxeditor.formats import json_format
from jxeditor.resources import resource_path
from jxeditor.rules.engine import validate
from ui.main_window import MainWindow
from ui.platform import i18n

CJK = re.compile(r"[\u4e00-\u9fff]")
QUOTED = re.compile(r"“[^”]*”")
SAMPLE = resource_path("sample-dalian-2026.json")


@pytest.fixture
def english_window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    from fake_questions import FakeQuestions

    assert i18n.install_translators("en")
    try:
        win = MainWindow(FakeQuestions())
        qtbot.addWidget(win)
        win.questions.answers["ask_save_changes"] = lambda *_: "discard"
        assert win.files.open_file(SAMPLE)
        win.session.live.flush()
        yield win
        win.session.stack.setClean()
    finally:
        i18n.install_translators("zh_CN")
        i18n.remove_translators()


def english_apart_from_data(text: str, data: set[str]) -> bool:
    """No Chinese left once the quoted names and the document's own texts are taken out."""
    rest = QUOTED.sub("", text)
    for value in sorted(data, key=len, reverse=True):
        rest = rest.replace(value, "")
    return not CJK.search(rest)


def test_the_problems_panel_speaks_english(english_window: MainWindow, qtbot) -> None:
    window = english_window
    model = window.problems.view.model()
    assert model.rowCount() > 20
    doc = window.session.doc
    names = {p.name for p in doc.projects} | {  # the document's own texts
        text for p in doc.projects for l1 in p.indicators
        for n in (l1, *l1.children, *(i for l2 in l1.children for i in l2.children))
        for text in (n.name, getattr(n, "value", ""))} - {""}
    for row in range(model.rowCount()):
        severity, place, message = (model.index(row, c).data() for c in (0, 2, 3))
        tip = model.index(row, 3).data(Qt.ItemDataRole.ToolTipRole)
        assert severity in ("Error", "Warning", "Hint", "To fill"), severity
        assert english_apart_from_data(place, names), place
        assert english_apart_from_data(message, names), message
        assert english_apart_from_data(tip, names), tip
    messages = [model.index(r, 3).data() for r in range(model.rowCount())]
    assert any("lacks its unit" in m and "[fix available]" in m for m in messages)
    assert any(m.startswith("Budget year 2026 lies outside the period") for m in messages)
    assert window.counts.warnings_label.text().startswith("Warnings ")


def test_the_tree_tooltip_and_a_fix_in_english(english_window: MainWindow, qtbot) -> None:
    window = english_window
    session = window.session
    project = session.doc.projects[8]
    problem = next(p for p in session.live.problems_of(project) if p.code == "value.missing_unit")
    assert problem.fix is not None and problem.fix.label == "Change to “100%”"
    assert problem.location.startswith("Indicators / ")
    session.set_current(project)
    assert problem.path is not None
    tip = window.indicators.model.index_of_path(problem.path, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "lacks its unit" in tip
    assert session.apply_fix(problem)
    assert session.stack.undoText() == "Fix: Change to “100%”"


def test_the_core_and_the_report_stay_chinese(english_window: MainWindow) -> None:
    doc = json_format.load(SAMPLE)
    assert any("缺少单位" in p.message for p in validate(doc))


def test_counts_and_undo_texts_in_proper_english(english_window: MainWindow) -> None:
    """Not ``1 projects`` nor ``切换到“Self-evaluation”阶段``: a count takes the singular
    or the plural, and switching the stage undoes in English."""
    from jxeditor.document.stages import EVALUATION

    window = english_window
    assert window.counts.totals_label.text().startswith("12 projects")
    session = window.session
    for _ in range(11):
        session.delete_project()
    assert window.counts.totals_label.text().startswith("1 project\u3000")
    assert session.set_stage(EVALUATION)
    assert session.stack.undoText() == "Switch to the “Self-evaluation” stage"
