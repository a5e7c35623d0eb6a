"""The first start on a real screen (Xvfb 1366×768, as ``make test-desktop`` runs it):
the window takes the whole available area rather than 1280×720 of it, and it stays on
the screen once shown."""

from __future__ import annotations

from fake_questions import FakeQuestions
from PySide6.QtGui import QGuiApplication

from ui.main_window import MainWindow


def test_the_first_start_uses_the_screen(qtbot) -> None:
    window = MainWindow(FakeQuestions())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)  # the frame known, the window fitted once
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert area.contains(window.frameGeometry())
    frame = window.frameGeometry().size() - window.geometry().size()
    assert window.width() == area.width() - frame.width()
    assert window.height() == area.height() - frame.height()
