"""The core stays Qt-free: importing every core module (in subpackages too) loads no Qt (see also `make lint`)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import jxeditor


def test_core_imports_no_qt() -> None:
    modules = [m.name for m in pkgutil.walk_packages(jxeditor.__path__, "jxeditor.")]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'ui')))\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
