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


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_fits_1280x720_with_the_status_bar_visible(window: MainWindow, qtbot) -> None:
    assert window.files.open_file(SAMPLE)
    window.resize(1280, 680)  # 720 less a task bar
    window.show()
    qtbot.waitExposed(window)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 680
    status = window.statusBar()
    assert status.isVisible() and status.geometry().bottom() <= window.height()
    assert window.counts.isVisible() and window.counts.errors_label.isVisible()


def test_a_remembered_geometry_larger_than_the_screen_is_fitted(qtbot) -> None:
    from fake_questions import FakeQuestions
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QGuiApplication

    big = MainWindow(FakeQuestions())
    qtbot.addWidget(big)
    big.setGeometry(0, 0, 3000, 2000)  # as saved on a large screen
    QSettings().setValue("ui/geometry", big.saveGeometry())
    again = MainWindow(FakeQuestions())
    qtbot.addWidget(again)
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert again.width() <= area.width() and again.height() <= area.height()
    assert area.contains(again.frameGeometry().topLeft())


def test_the_first_start_takes_the_screen(qtbot) -> None:
    """No remembered geometry: the window takes the screen's available area, whatever
    its size (the offscreen test screen is small, like a 150 % scaled laptop's)."""
    from fake_questions import FakeQuestions
    from PySide6.QtGui import QGuiApplication

    window = MainWindow(FakeQuestions())
    qtbot.addWidget(window)
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert window.geometry() == area
