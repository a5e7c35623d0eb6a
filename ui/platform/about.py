"""The program's name and version, for the title bar, ``--version`` and the About box."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as dist_version

from PySide6.QtCore import QCoreApplication

FALLBACK = "0.1.0"


def version() -> str:
    """The installed version of jxeditor (the fallback when run from a bare checkout)."""
    try:
        return dist_version("jxeditor")
    except PackageNotFoundError:
        return FALLBACK


def program_name() -> str:
    """The name people see: jxeditor and what it is, in the interface's language."""
    return QCoreApplication.translate("About", "jxeditor 绩效目标表编辑器")
