"""A calm start: a new project shows what remains to fill as 待填, not as 29 red errors;
a field left empty becomes an error once the person has left it, and everything still
empty once the document is saved."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QLineEdit

from jxeditor.formats.xlsx.common import SUMMARY_SHEET
from ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # a shown window offscreen


def severities(window: MainWindow) -> Counter[str]:
    window.session.live.flush()
    return Counter(p.severity for p in window.session.live.all_problems())


def test_a_new_document_is_a_to_do_list(window: MainWindow, qtbot, tmp_path: Path) -> None:
    assert window.files.new_file()
    counts = severities(window)
    assert counts["todo"] > 20 and counts["error"] == 0
    assert "错误 0" in window.counts.errors_label.text()
    assert "待填" in window.counts.other_label.text()
    assert window.form_pane.form.problem_severity("name") == "todo"

    # leaving the name empty: now it is missing
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    name = window.findChild(QLineEdit, "projectName")
    department = window.findChild(QLineEdit, "department")
    name.setFocus()
    qtbot.waitUntil(name.hasFocus, timeout=1000)
    department.setFocus()
    qtbot.waitUntil(department.hasFocus, timeout=1000)
    qtbot.waitUntil(lambda: window.form_pane.form.problem_severity("name") == "error", timeout=1000)
    assert severities(window)["error"] == 1
    assert window.form_pane.form.problem_severity("implementer") == "todo"  # not visited yet

    # saved: whatever is still empty is missing
    window.questions.answers["ask_save_path"] = lambda suggested: str(tmp_path / "新.json")
    assert window.files.save()
    counts = severities(window)
    assert counts["todo"] == 0 and counts["error"] > 20

    # another document: calm again
    assert window.files.new_file()
    assert severities(window)["error"] == 0


def test_the_status_bar_and_the_summary_sheet_of_a_save_agree(
    window: MainWindow, tmp_path: Path
) -> None:
    """A new, empty project saved as .xlsx: the 汇总 sheet written by the save counts what
    is still empty as 错误, as the status bar does after that save (it said 错误数 0
    while the status bar said 错误 27)."""
    assert window.files.new_file()
    path = tmp_path / "新.xlsx"
    window.questions.answers["ask_save_path"] = lambda suggested: str(path)
    assert window.files.save()
    window.session.live.flush()
    tally = window.session.live.tally()
    assert tally.error > 20 and tally.todo == 0
    assert window.counts.errors_label.text() == f"错误 {tally.error}"
    assert window.counts.warnings_label.text() == f"警告 {tally.warning}"
    sheet = openpyxl.load_workbook(path, read_only=True)[SUMMARY_SHEET]
    rows = list(sheet.iter_rows(values_only=True))
    head = list(rows[0])
    errors = [row[head.index("错误数")] for row in rows[1:]]
    warnings = [row[head.index("警告数")] for row in rows[1:]]
    assert (sum(errors), sum(warnings)) == (tally.error, tally.warning)
