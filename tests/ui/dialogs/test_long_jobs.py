"""Long jobs keep the window alive: a busy dialog with 取消 after half a second."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from ui.dialogs.long_jobs import run_long
from ui.session.questions import Cancelled

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the dialog shown offscreen


def test_a_quick_job_returns_its_result_without_a_dialog(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    assert run_long(parent, "读取中", "取消", lambda: 42) == 42
    assert not parent.findChildren(QProgressDialog)


def test_a_slow_job_shows_the_dialog_and_the_window_keeps_running(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))  # the window's event loop goes on
    timer.start(20)
    seen: list[str] = []

    def look() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
        seen.extend(d.labelText() for d in dialogs if d.isVisible())

    QTimer.singleShot(800, look)
    assert run_long(parent, "正在读取“大.xlsx”…", "取消", lambda: time.sleep(1.2) or "读完") == "读完"
    timer.stop()
    assert len(ticks) > 10
    assert seen == ["正在读取“大.xlsx”…"]


def test_cancel_drops_the_result(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    finished = threading.Event()

    def slow() -> str:
        time.sleep(1.0)
        finished.set()
        return "太晚了"

    def press_cancel() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                widget.cancel()

    QTimer.singleShot(700, press_cancel)
    with pytest.raises(Cancelled):
        run_long(parent, "读取中", "取消", slow)
    assert finished.wait(3)  # the job finished in the background; its result went nowhere


def test_the_jobs_own_error_comes_back(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def broken() -> None:
        raise ValueError("坏文件")

    with pytest.raises(ValueError, match="坏文件"):
        run_long(parent, "读取中", "取消", broken)
