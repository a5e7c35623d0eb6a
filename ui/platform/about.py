"""The program's name and version, for the title bar, ``--version`` and the About box.

The version is read from the installed distribution's metadata when it is asked for
(``importlib.metadata`` costs start-up some 60 ms), not at import."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jxeditor import FALLBACK_VERSION

FALLBACK = FALLBACK_VERSION


def dist_version(name: str) -> str:
    """The installed distribution's version (:func:`importlib.metadata.version`)."""
    from importlib.metadata import version as metadata_version

    return metadata_version(name)


def version() -> str:
    """The installed version of jxeditor (the fallback when run from a bare checkout)."""
    from importlib.metadata import PackageNotFoundError

    try:
        return dist_version("jxeditor")
    except PackageNotFoundError:
        return FALLBACK


def program_name() -> str:
    """The name people see: jxeditor and what it is, in the interface's language."""
    return QCoreApplication.translate("About", "jxeditor 绩效目标表编辑器")
