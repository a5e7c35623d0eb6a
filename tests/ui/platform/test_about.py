"""The program's name and version: one number, pyproject.toml's, for the About box, both
programs' ``--version`` and the installers; read from pyproject.toml in a source tree that is
not installed; and the name people see."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import jxeditor
from ui.platform import about

ROOT = Path(__file__).resolve().parents[3]


def test_one_version_number_that_of_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert about.version() == jxeditor.__version__ == project["version"]


def test_a_source_tree_reads_pyproject(tmp_path: Path) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(
        '[build-system]\nversion = "9"\n\n[project]\nname = "jxeditor"\nversion = "9.8.7"\n'
        '\n[tool.other]\nversion = "1"\n', encoding="utf-8")
    assert jxeditor._source_tree_version(pyproject) == "9.8.7"
    assert jxeditor._source_tree_version(tmp_path / "missing.toml") == "0+unknown"


def test_the_name(qapp: Any) -> None:
    assert about.program_name() == "jxeditor 绩效目标表编辑器"
