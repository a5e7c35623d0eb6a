"""`pip install .` (not editable) gives a working program: the wheel carries every package
and the resources (frameworks, schema, sample, icons, translations). Built here, installed
into a fresh virtual environment outside the source tree, then `jxeditor validate` runs on
the sample that the wheel installed.

Slow (a wheel build and an install, about 20-40 s): marked ``slow``; ``make test-all`` (CI) runs it, ``make test`` leaves it out.
The command line needs no Qt, so PySide6 is left out of the fresh environment to keep it
quick; the other dependencies come from the index (pip's cache after the first time).
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = {
    "resources/frameworks.json", "resources/document.schema.json",
    "resources/sample-dalian-2026.json", "resources/icons/severity-error.svg",
    "resources/icons/severity-warning.svg", "resources/icons/severity-todo.svg",
    "resources/icons/severity-info.svg", "resources/translations/jxeditor_en.qm",
}


def pip(*args: str, cwd: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pip", "--disable-pip-version-check", *args],
        cwd=cwd, capture_output=True, text=True, timeout=300, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
@pytest.mark.skipif(
    importlib.util.find_spec("pip") is None,
    reason="this Python has no pip (the embeddable Windows Python used under Wine); "
           "the wheel is built and installed where pip is",
)
def test_the_wheel_installs_and_validates_the_sample(tmp_path: Path) -> None:
    pip("wheel", "--quiet", "--no-deps", "-w", str(tmp_path / "wheel"), str(ROOT), cwd=tmp_path)
    [wheel] = (tmp_path / "wheel").glob("jxeditor-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert not RESOURCES - names
    inits = {p.relative_to(ROOT).as_posix() for top in ("jxeditor", "ui")
             for p in (ROOT / top).rglob("__init__.py")}
    assert not inits - names  # every subpackage, not only the top ones

    venv = tmp_path / "fresh"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    pip("--python", str(python), "install", "--quiet", "--no-deps", str(wheel), cwd=tmp_path)
    dependencies = [d for d in _dependencies() if not d.lower().startswith("pyside6")]
    pip("--python", str(python), "install", "--quiet", *dependencies, cwd=tmp_path)

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["PYTHONIOENCODING"] = "utf-8"
    where = subprocess.run(
        [str(python), "-c", "import jxeditor.resources as r; print(r.resource_path('frameworks.json'))"],
        cwd=elsewhere, env=env, capture_output=True, text=True, check=True, timeout=60,
    ).stdout.strip()
    assert Path(where).is_file() and str(venv) in where and str(ROOT) not in where
    sample = Path(where).with_name("sample-dalian-2026.json")
    script = venv / ("Scripts/jxeditor.exe" if os.name == "nt" else "bin/jxeditor")
    result = subprocess.run(
        [str(script), "validate", str(sample)], cwd=elsewhere, env=env,
        capture_output=True, timeout=120, check=False,
    )
    out = result.stdout.decode("utf-8")
    assert result.returncode in (0, 1), result.stderr.decode("utf-8", "replace")
    assert "sample-dalian-2026.json：12 个项目" in out
    assert "Traceback" not in result.stderr.decode("utf-8", "replace")


def _dependencies() -> list[str]:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return list(project["dependencies"])
