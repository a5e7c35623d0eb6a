"""The command line imports only what the command it runs needs (issue 33/34): ``--version``,
the help and a usage error none of the readers, rules, scoring or openpyxl; the packaged
editor's workbook reader (``jxeditor-cli --read-workbook-child``, started each time the
editor opens a workbook) only what the reader in the source tree's child imports
(:mod:`jxeditor.formats.child_reader`) and the command line's own light modules; a command
its own group and no other (bench/bench_cli_start.py measures the time)."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from builders import clean_document

from jxeditor.formats import CHILD_FLAG
from jxeditor.formats.json_format import save
from jxeditor.formats.xlsx.writer import save_xlsx

ROOT = Path(__file__).resolve().parents[2]
HEAVY = (
    "openpyxl",
    "python_calamine",
    "olefile",
    "importlib.metadata",
    "jxeditor.rules",
    "jxeditor.scoring",
    "jxeditor.yearly",
    "jxeditor.library",
    "jxeditor.document.document",
    "jxeditor.formats.xlsx",
    "jxeditor.formats.tables",
    "jxeditor.formats.documents",
    "jxeditor.formats.child_reader",
    "jxeditor.formats.pdf_child",
    "jxeditor.cli.validate",
    "jxeditor.cli.convert",
    "jxeditor.cli.year",
    "jxeditor.cli.library",
)
CLI_OWN = {"jxeditor.cli", "jxeditor.cli.output", "jxeditor.cli.validate_args",
           "jxeditor.cli.convert_args", "jxeditor.cli.year_args", "jxeditor.cli.library_args"}
# The modules loaded once the code has run, on stderr (stdout is the command's).
CLI = """
import sys
from jxeditor.cli import main
try:
    status = main(sys.argv[1:])
except SystemExit as stop:
    status = stop.code
sys.stderr.write("\\n".join(sorted(sys.modules)))
sys.exit(status)
"""
CHILD = """
import sys
from jxeditor.formats.child_reader import child_main
child_main()
sys.stderr.write("\\n".join(sorted(sys.modules)))
"""


def loaded(code: str, *args: str, stdin: str = "") -> tuple[set[str], bytes]:
    """The modules loaded by ``code`` run with ``args``, and what it wrote on stdout."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    run = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env,
                         input=stdin.encode(), capture_output=True, timeout=120, check=False)
    modules = set(run.stderr.decode(errors="replace").split())
    assert "jxeditor" in modules, run.stderr
    return modules, run.stdout


def under(modules: set[str], names: tuple[str, ...] = HEAVY) -> list[str]:
    """The ``modules`` that are one of ``names`` or in one of them."""
    return sorted(m for m in modules if any(m == n or m.startswith(n + ".") for n in names))


@pytest.mark.parametrize("args", [("--version",), ("--help",), ("validate",), ("frobnicate",)])
def test_version_help_and_usage_errors_load_nothing_heavy(args: tuple[str, ...]) -> None:
    modules, _out = loaded(CLI, *args)
    assert "jxeditor.cli.output" in modules
    assert under(modules) == []


def test_the_workbook_child_loads_only_what_reading_needs(tmp_path: Path) -> None:
    book = tmp_path / "book.xlsx"
    save_xlsx(clean_document(), book)
    modules, out = loaded(CLI, CHILD_FLAG, stdin=str(book))
    status, (doc, _notices, ours) = pickle.loads(out)
    assert status == "ok" and doc == clean_document() and ours
    reader_only, _out = loaded(CHILD, stdin=str(book))
    extra = sorted(m for m in modules - reader_only
                   if m.startswith("jxeditor") and m not in CLI_OWN)
    assert extra == []
    assert under(modules, ("jxeditor.rules", "jxeditor.yearly", "jxeditor.library",
                           "jxeditor.cli.validate", "jxeditor.cli.convert")) == []


@pytest.mark.parametrize("packaged", [False, True])
def test_the_child_reading_a_target_table_loads_no_writer_and_no_scoring(packaged: bool) -> None:
    """A 申报表 made elsewhere (no 自评 scores) is read by python-calamine alone: openpyxl
    (the writer's) and the scoring package are not even imported, by the source tree's
    child nor by the packaged one."""
    book = ROOT / "tests" / "fixtures" / "samples" / "dalian-hitech-finance-2026.xlsx"
    args = (CLI, CHILD_FLAG) if packaged else (CHILD,)
    modules, out = loaded(*args, stdin=str(book))
    status, (doc, _notices, ours) = pickle.loads(out)
    assert status == "ok" and doc.projects and not ours
    assert "python_calamine" in modules
    assert under(modules, ("openpyxl", "jxeditor.scoring")) == []


def test_validate_without_a_report_loads_no_writer() -> None:
    """``validate x.xlsx`` reads and checks: openpyxl (the 审核意见 workbook's writer) only
    comes in with ``--report``."""
    book = ROOT / "tests" / "fixtures" / "samples" / "dalian-hitech-finance-2026.xlsx"
    modules, out = loaded(CLI, "validate", str(book))
    assert "jxeditor.rules.engine" in modules and "个项目" in out.decode()
    assert under(modules, ("openpyxl", "jxeditor.formats.xlsx.review_report")) == []


def test_a_command_loads_its_own_group_only(tmp_path: Path) -> None:
    source = tmp_path / "a.json"
    save(clean_document(), source)
    modules, _out = loaded(CLI, "convert", str(source), str(tmp_path / "b.json"))
    assert "jxeditor.cli.convert" in modules
    assert not {"jxeditor.cli.validate", "jxeditor.cli.year", "jxeditor.cli.library"} & modules
