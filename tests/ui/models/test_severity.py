"""Severity icons: our own icons, one per severity (drawn, not blank), the same icon
object each time, PNG files at 16 and 32 px (no SVG support in the Windows bundle), a
painted disc of the colour when a file does not load. (The gravest
severity of a list of problems is the tally's: ``tests/rules/test_tally.py``.)"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor

from jxeditor.resources import resource_path
from ui.models import severity as sev
from ui.models.severity import ICON_FILES, blank_icon, painted_icon, severity_icon


def test_the_icon_files_are_shipped() -> None:
    for name, _colour in ICON_FILES.values():
        assert resource_path(f"icons/{name}").is_file()


@pytest.mark.parametrize("severity", ["error", "warning", "todo", "info"])
def test_the_icons_are_pngs_for_both_pixel_densities(severity: str) -> None:
    """PNG, not SVG: the Windows bundle carries no SVG icon engine (jxeditor.spec)."""
    assert ICON_FILES[severity][0].endswith(".png")
    icon = severity_icon(severity)
    assert [(size.width(), size.height()) for size in icon.availableSizes()] == [(16, 16), (32, 32)]
    assert icon.pixmap(QSize(16, 16), 2.0).size() == QSize(32, 32)


@pytest.mark.parametrize("severity", ["error", "warning", "todo", "info"])
def test_each_severity_has_a_drawn_icon_kept_once(severity: str) -> None:
    icon = severity_icon(severity)
    image = icon.pixmap(16, 16).toImage()
    assert not image.isNull()
    assert any(image.pixelColor(x, y).alpha() > 0 for x in range(16) for y in range(16))
    assert severity_icon(severity) is icon


def test_an_unknown_severity_gets_the_warnings_icon_and_none_a_blank() -> None:
    assert severity_icon("surprise").pixmap(16, 16).toImage() == \
        severity_icon("warning").pixmap(16, 16).toImage()
    blank = severity_icon(None).pixmap(16, 16).toImage()
    assert all(blank.pixelColor(x, y).alpha() == 0 for x in range(16) for y in range(16))
    assert blank_icon() is severity_icon(None)


def test_a_missing_file_is_replaced_by_a_painted_disc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sev, "_ICONS", {})
    monkeypatch.setattr(sev, "ICON_FILES", {"error": ("no-such-file.png", "#d32f2f"),
                                            "warning": ("no-such-file.png", "#f9a825")})
    image = sev.severity_icon("error").pixmap(16, 16).toImage()
    assert image.pixelColor(8, 8) == QColor("#d32f2f")
    assert image.pixelColor(0, 0).alpha() == 0  # a disc, not a square


def test_painted_icon_has_the_colour_in_its_middle() -> None:
    image = painted_icon("#1976d2").pixmap(16, 16).toImage()
    assert image.pixelColor(8, 8) == QColor("#1976d2")

