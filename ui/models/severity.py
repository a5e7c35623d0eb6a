"""Severity icons for problems, shared by the project list, the tree and the problems panel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from jxeditor.rules.problems import ERROR, Problem

_BLANK: list[QIcon] = []


def blank_icon() -> QIcon:
    """A transparent icon, so rows without a problem keep their text aligned."""
    if not _BLANK:
        pixmap = QPixmap(16, 16)
        pixmap.fill(Qt.GlobalColor.transparent)
        _BLANK.append(QIcon(pixmap))
    return _BLANK[0]


_ICONS: dict[str, QIcon] = {}


def severity_icon(severity: str | None) -> QIcon:
    """The standard style icon for a problem severity (a blank one for ``None``)."""
    if severity is None:
        return blank_icon()
    icon = _ICONS.get(severity)
    if icon is None:
        pixmap = (
            QStyle.StandardPixmap.SP_MessageBoxCritical
            if severity == ERROR
            else QStyle.StandardPixmap.SP_MessageBoxWarning
        )
        icon = _ICONS[severity] = QApplication.style().standardIcon(pixmap)
    return icon


def worst(problems: list[Problem]) -> str | None:
    """``'error'`` if any problem is an error, ``'warning'`` if any, else ``None``."""
    if not problems:
        return None
    return ERROR if any(p.is_error for p in problems) else problems[0].severity
