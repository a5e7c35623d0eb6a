"""The program's name and version, for the title bar, ``--version`` and the About box.

The version is the core's ``jxeditor.__version__`` (pyproject.toml's): one number for the
editor, the command line, the installer and the package.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

import jxeditor


def version() -> str:
    """The program's version (pyproject.toml's, through the installed metadata)."""
    return jxeditor.__version__


def program_name() -> str:
    """The name people see: jxeditor and what it is, in the interface's language."""
    return QCoreApplication.translate("About", "jxeditor 绩效目标表编辑器")
