"""The README's screenshots: a window shown at 1366×768, laid out and saved as it draws."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QMainWindow

from ui.screenshot import SIZE, save_screenshot

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # a shown window offscreen


def test_a_window_is_saved_at_the_screenshot_size(qtbot: Any, tmp_path: Path) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    label = QLabel("档案室改造")
    label.setStyleSheet("background: #ff0000;")
    window.setCentralWidget(label)
    path = tmp_path / "shot.png"
    save_screenshot(window, path)
    image = QImage(str(path))
    assert (image.width(), image.height()) == SIZE == (1366, 768)
    assert window.isVisible()
    assert image.pixelColor(683, 384).name() == "#ff0000"  # what the window drew
