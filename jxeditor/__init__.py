"""jxeditor's core: document model, validation, file formats and command line (no Qt).

``jxeditor.__version__`` is the one version number of the program, pyproject.toml's: read
from jxeditor's pyproject.toml beside ``resources/`` (the source tree's, or the copy the
packaged program carries), else from the installed distribution's metadata (an installed
wheel). It is looked up on first use (:func:`__getattr__`). The metadata comes last:
``importlib.metadata`` costs some 60 ms to import and brings ``email`` and ``socket``,
which the packaged program leaves out (its size, issue 34).
"""

from __future__ import annotations

import re
from pathlib import Path

_OURS = re.compile(r'^\[project\][^\[]*?^name\s*=\s*"jxeditor"', re.MULTILINE | re.DOTALL)


def pyproject_path() -> Path | None:
    """jxeditor's pyproject.toml beside ``resources/`` (source tree or packaged program);
    None in an installed wheel (no such file, or another project's)."""
    from jxeditor.resources import resource_dir

    path = resource_dir().parent / "pyproject.toml"
    try:
        return path if _OURS.search(path.read_text(encoding="utf-8")) else None
    except OSError:
        return None


def _source_tree_version(pyproject: Path) -> str:
    """The ``version = "…"`` line of pyproject.toml's [project] table ("0+unknown" without one)."""
    try:
        text = pyproject.read_text(encoding="utf-8")
    except OSError:
        return "0+unknown"
    found = re.search(r'^\[project\][^\[]*?^version\s*=\s*"([^"]+)"', text, re.MULTILINE | re.DOTALL)
    return found.group(1) if found else "0+unknown"


def __getattr__(name: str) -> str:
    if name == "__version__":
        pyproject = pyproject_path()
        if pyproject is not None:
            return _source_tree_version(pyproject)
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("jxeditor")
        except PackageNotFoundError:
            return "0+unknown"
    raise AttributeError(f"module 'jxeditor' has no attribute {name!r}")
