"""Start-up stays light: the first window (``main.py --smoke``, with and without a JSON
document) loads none of the code it does not show: the workbook reader and writer
(openpyxl, python-calamine), the PDF and print drawing and Qt's print support, the
dialogs behind the menus, the comparison of versions, the library's workbook exchange, nor the installed
distribution's metadata; each is imported by the first action that needs it
(bench/bench_start.py measures the time). Neither does it load the indicator library's
suggestions (the shipped library and the index come a moment after start-up,
:mod:`ui.session.learning`; a file opened only has its rows taken) nor the department's
form and its tables (built when the 部门整体 row is first chosen), nor the rules and the
scoring: the window validates its document once it has shown itself
(tests/ui/test_validation_when_shown.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample-dalian-2026.json"

NOT_AT_START = (
    "openpyxl",
    "python_calamine",
    "olefile",
    "importlib.metadata",
    "jxeditor.formats.xlsx",
    "jxeditor.formats.tables",
    "jxeditor.formats.tableimport",
    "jxeditor.formats.child_reader",
    "jxeditor.yearly",
    "jxeditor.library.exchange",
    "jxeditor.library.entries",
    "jxeditor.library.suggest",
    "jxeditor.library.similarity",
    "PySide6.QtPrintSupport",
    "ui.printing.pdf_export",
    "ui.printing.pdf_command",
    "ui.screenshot",
    "ui.dialogs.settings_dialog",
    "ui.dialogs.compare_dialog",
    "ui.dialogs.help_pages",
    "ui.dialogs.library_dialog",
    "ui.session.review_export",
    "ui.panes.acknowledge_dialog",
    "ui.panes.department_form",
    "ui.panes.department_cells",
    "ui.panes.department_evaluation",
    "ui.models.department_items_model",
    "ui.models.department_evaluation_model",
    "jxeditor.rules.engine",
    "jxeditor.rules.department_rules",
    "jxeditor.rules.text_rules",
    "jxeditor.rules.messages_en",
    "jxeditor.rules.value_rules",
    "uuid",
    "jxeditor.scoring.project",
    "jxeditor.scoring.department",
)

CODE = """
import sys
from ui.app import main
status = main(sys.argv[1:])
print("\\n".join(sorted(sys.modules)))
sys.exit(status)
"""


def loaded_by_first_window(tmp_path: Path, *args: str) -> set[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               JXEDITOR_DATA_DIR=str(tmp_path / "data"), HOME=str(tmp_path))
    run = subprocess.run([sys.executable, "-c", CODE, "--smoke", *args], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stderr
    return set(run.stdout.split())


@pytest.mark.parametrize("args", [(), (str(SAMPLE),)], ids=["new", "sample"])
def test_the_first_window_loads_only_what_it_shows(tmp_path: Path, args: tuple[str, ...]) -> None:
    modules = loaded_by_first_window(tmp_path, *args)
    assert "ui.main_window" in modules and "jxeditor.formats.json_format" in modules
    early = sorted(m for m in modules
                   if any(m == n or m.startswith(n + ".") for n in NOT_AT_START))
    assert early == []
