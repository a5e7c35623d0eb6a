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


def test_file_dialogs_offer_the_jxd_documents(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """The extension the installers register: offered by 打开 and 另存为, and a document
    opened as .jxd is saved as .jxd by default."""
    from ui.dialogs import message_boxes

    asked: dict[str, tuple[str, ...]] = {}

    def open_name(_parent: object, _title: str, _folder: str, filters: str) -> tuple[str, str]:
        asked["open"] = (filters,)
        return "/tmp/a.jxd", ""

    def save_name(_parent: object, _title: str, suggested: str, filters: str,
                  selected: str) -> tuple[str, str]:
        asked["save"] = (filters, selected)
        return "/tmp/b", selected

    monkeypatch.setattr(message_boxes.QFileDialog, "getOpenFileName", open_name)
    monkeypatch.setattr(message_boxes.QFileDialog, "getSaveFileName", save_name)
    boxes = MessageBoxes(window)
    assert boxes.ask_open_path("/tmp") == "/tmp/a.jxd"
    supported = asked["open"][0].split(";;")[0]
    assert "*.jxd" in supported and "*.json" in supported
    assert "jxeditor 文档 (*.jxd)" in asked["open"][0].split(";;")
    assert boxes.ask_save_path("/tmp/b.jxd") == "/tmp/b.jxd"
    filters, selected = asked["save"]
    assert selected == "jxeditor 文档 (*.jxd)" and "jxeditor 文档 (*.json)" in filters.split(";;")
