"""jxeditor's core: document model, validation, file formats and command line (no Qt).

``__version__`` is the one version number of the program, pyproject.toml's: read from the
installed distribution's metadata (the packaged program carries it too), or from
pyproject.toml itself when running from a source tree that is not installed.
"""

from __future__ import annotations

import re
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def _source_tree_version(pyproject: Path) -> str:
    """The ``version = "…"`` line of pyproject.toml's [project] table ("0+unknown" without one)."""
    try:
        text = pyproject.read_text(encoding="utf-8")
    except OSError:
        return "0+unknown"
    found = re.search(r'^\[project\][^\[]*?^version\s*=\s*"([^"]+)"', text, re.MULTILINE | re.DOTALL)
    return found.group(1) if found else "0+unknown"


try:
    __version__ = version("jxeditor")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = _source_tree_version(PYPROJECT)
