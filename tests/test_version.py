"""``jxeditor.__version__`` comes from pyproject.toml beside ``resources/``: in the source
tree, and in the packaged program (jxeditor.spec writes its [project] name and version
there), without importlib.metadata, which the bundle leaves out with email and socket."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import jxeditor

ROOT = Path(__file__).resolve().parent.parent


def test_the_source_tree_reads_pyproject_without_the_metadata() -> None:
    code = ("import sys, jxeditor; print(jxeditor.__version__); "
            "print(sorted({'importlib.metadata', 'email', 'socket'} & set(sys.modules)))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, cwd=ROOT)
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert done.stdout.split("\n")[:2] == [project["version"], "[]"]


def bundle(tmp_path: Path, pyproject: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder laid out as the packaged program's _internal/, which sys._MEIPASS names."""
    (tmp_path / "resources").mkdir()
    (tmp_path / "pyproject.toml").write_text(pyproject, encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)


def test_the_bundle_reads_the_copy_the_spec_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = (ROOT / "jxeditor.spec").read_text(encoding="utf-8")
    assert "f'[project]\\nname = \"jxeditor\"\\nversion = \"{VERSION}\"\\n', encoding=\"utf-8\", newline=\"\\n\")" in spec  # LF: the installer greps the line
    bundle(tmp_path, '[project]\nname = "jxeditor"\nversion = "9.8.7"\n', monkeypatch)
    assert jxeditor.pyproject_path() == tmp_path / "pyproject.toml"
    assert jxeditor.__version__ == "9.8.7"


def test_another_projects_pyproject_is_not_ours(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An installed wheel: resources/ is in site-packages, where another project may have
    left a pyproject.toml; the version then comes from jxeditor's metadata."""
    bundle(tmp_path, '[project]\nname = "other"\nversion = "9.8.7"\n', monkeypatch)
    assert jxeditor.pyproject_path() is None
    assert jxeditor.__version__ != "9.8.7"
