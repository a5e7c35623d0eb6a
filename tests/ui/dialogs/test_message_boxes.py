"""The real question boxes (the other tests use a fake): each button gives its answer."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.dialogs.message_boxes import MessageBoxes
from ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # showing a box offscreen


def _click_later(label: str) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        button = next(b for b in box.buttons() if b.text() == label)
        button.click()

    QTimer.singleShot(50, click)


@pytest.mark.parametrize(("label", "answer"), [("覆盖", "overwrite"), ("另存为…", "save_as"),
                                               ("取消", "cancel")])
def test_overwrite_changed(window: MainWindow, label: str, answer: str) -> None:
    _click_later(label)
    assert MessageBoxes(window).ask_overwrite_changed(Path("a.json"), False) == answer


@pytest.mark.parametrize(("label", "answer"), [("另存为…", True), ("关闭", False)])
def test_save_as_after_error(window: MainWindow, label: str, answer: bool) -> None:
    _click_later(label)
    assert MessageBoxes(window).offer_save_as_after_error("无法保存") is answer


@pytest.mark.parametrize(("label", "answer"), [("恢复", "restore"), ("丢弃", "discard"),
                                               ("以后再说", "later")])
def test_restore_recovery(window: MainWindow, label: str, answer: str) -> None:
    _click_later(label)
    assert MessageBoxes(window).ask_restore_recovery("文档", "", datetime(2026, 11, 23)) == answer


@pytest.mark.parametrize(("label", "answer"), [("现在重新启动 / Restart now", True),
                                               ("下次启动时 / Next time", False)])
def test_restart_for_language(window: MainWindow, label: str, answer: bool) -> None:
    _click_later(label)
    assert MessageBoxes(window).ask_restart_for_language("English") is answer


@pytest.mark.parametrize(("label", "answer"), [("保存", "save"), ("不保存", "discard"),
                                               ("取消", "cancel")])
def test_save_changes(window: MainWindow, label: str, answer: str) -> None:
    _click_later(label)
    assert MessageBoxes(window).ask_save_changes("甲.json") == answer
