"""jxeditor's core: document model, validation, file formats and command line (no Qt).

``jxeditor.__version__`` is the one version number of the program, pyproject.toml's: read
from the installed distribution's metadata (the packaged program carries it too), or from
pyproject.toml itself when running from a source tree that is not installed. It is looked
up on first use (:func:`__getattr__`): reading the metadata at import would cost the
editor's start-up some 60 ms.
"""

from __future__ import annotations

import re
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


def __getattr__(name: str) -> str:
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("jxeditor")
        except PackageNotFoundError:  # running from a source tree that is not installed
            return _source_tree_version(PYPROJECT)
    raise AttributeError(f"module 'jxeditor' has no attribute {name!r}")
