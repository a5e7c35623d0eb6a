"""Severity icons for problems, shared by the project list, the tree and the problems panel.

The icons are our own PNG files (``resources/icons/severity-*.png``, 16 px, and ``*@2x.png``,
32 px, for high-DPI screens; drawn from the SVG beside them by
scripts/make_severity_icons.py: the Windows bundle carries no SVG support), not the platform
style's: under some Windows themes the style's message-box icons come out as blank pages.
Should a file not load, a painted disc of the same colour stands in.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from jxeditor.resources import resource_path

_BLANK: list[QIcon] = []


def blank_icon() -> QIcon:
    """A transparent icon, so rows without a problem keep their text aligned."""
    if not _BLANK:
        pixmap = QPixmap(16, 16)
        pixmap.fill(Qt.GlobalColor.transparent)
        _BLANK.append(QIcon(pixmap))
    return _BLANK[0]


# severity → (icon file in resources/icons, colour of the painted stand-in). A severity
# not listed gets the warning's icon.
ICON_FILES: dict[str, tuple[str, str]] = {
    "error": ("severity-error.png", "#d32f2f"),
    "warning": ("severity-warning.png", "#f9a825"),
    "todo": ("severity-todo.png", "#7b1fa2"),
    "info": ("severity-info.png", "#1976d2"),
}

_ICONS: dict[str, QIcon] = {}


def severity_icon(severity: str | None) -> QIcon:
    """Our icon for a problem severity (a blank one for ``None``)."""
    if severity is None:
        return blank_icon()
    icon = _ICONS.get(severity)
    if icon is None:
        name, colour = ICON_FILES.get(severity, ICON_FILES["warning"])
        path = resource_path(f"icons/{name}")
        icon = QIcon()
        for size in (path, path.with_name(f"{path.stem}@2x{path.suffix}")):
            if size.is_file():
                icon.addFile(str(size))
        if icon.pixmap(16, 16).isNull():
            icon = painted_icon(colour)
        _ICONS[severity] = icon
    return icon


def painted_icon(colour: str) -> QIcon:
    """A plain disc in ``colour``: the stand-in when an icon file cannot be loaded."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, 14, 14)
    painter.end()
    return QIcon(pixmap)

