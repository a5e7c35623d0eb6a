"""The window fits a 1366×768 office screen: nothing needs horizontal scrolling or is cut off."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractScrollArea

from jxeditor.resources import resource_path
from ui.main_window import MainWindow

SAMPLE = resource_path("sample-dalian-2026.json")

# 1366×768 less a task bar and the window frame: what an office screen gives the window.
WIDTH, HEIGHT = 1366, 728


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_everything_fits_without_horizontal_scrolling(window: MainWindow, qtbot) -> None:
    assert window.files.open_file(SAMPLE)  # the real tables: long names, long goals
    window.resize(WIDTH, HEIGHT)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    hint = window.minimumSizeHint()
    assert hint.width() <= WIDTH and hint.height() <= HEIGHT
    assert window.width() <= WIDTH
    # the form's fields all fit the width its scroll area gives it
    viewport = window.form_pane.scroll_area.viewport().width()
    assert window.form_pane.form.minimumSizeHint().width() <= viewport
    assert window.form_pane.form.width() <= viewport
    # no view shows a horizontal scroll bar
    for view in window.findChildren(QAbstractScrollArea):
        if view.isVisible():
            assert not view.horizontalScrollBar().isVisible(), view.objectName()
