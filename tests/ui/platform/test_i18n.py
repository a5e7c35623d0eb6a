"""Languages: in the Chinese UI Qt's own texts are Chinese too (the file dialog, key names
in menus), from Qt's translation and ours of what it leaves out; English is ours."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QLabel

from ui.main_window import MainWindow
from ui.platform import i18n

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


@pytest.fixture
def chinese(qapp) -> Iterator[None]:
    assert not i18n.install_translators("zh_CN")
    yield
    i18n.remove_translators()


def native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def test_qt_s_chinese_and_our_supplement_are_installed(chinese: None) -> None:
    names = [Path(f).name for f in i18n.installed_files()]
    assert names == ["qtbase_zh_CN.qm", "jxeditor_qtbase_zh_CN.qm"]


def test_the_file_dialog_speaks_chinese(chinese: None, qtbot) -> None:
    dialog = QFileDialog(None, "打开")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # Qt's own, as on Linux
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels
    assert not [text for text in labels if LATIN_WORD.search(text)]
    actions = [a.text() for a in dialog.findChildren(QAction) if a.text()]
    assert actions and not [text for text in actions if LATIN_WORD.search(text)]


def test_the_file_dialog_s_type_column_names_folders_in_chinese(chinese: None, tmp_path: Path) -> None:
    assert QFileIconProvider().type(QFileInfo(str(tmp_path))) == "文件夹"


def test_key_names_are_as_printed_on_the_keys(chinese: None) -> None:
    assert native("Ctrl+Up") == "Ctrl+↑"
    assert native("Ctrl+Down") == "Ctrl+↓"
    assert native("Alt+Left") == "Alt+←" and native("Right") == "→"
    assert native("Ins") == "Ins" and native("Ctrl+Ins") == "Ctrl+Ins" and native("Del") == "Del"
    assert native("Ctrl+Shift+S") == "Ctrl+Shift+S"
    assert native("Return") == "回车"  # Qt's Chinese name of a key without a printed word


def test_the_window_s_menus_name_keys_one_way(chinese: None, qtbot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    names = {
        seq.toString(QKeySequence.SequenceFormat.NativeText)
        for action in window.findChildren(QAction)
        for seq in action.shortcuts()
    }
    assert "Ctrl+↑" in names and "Ctrl+↓" in names
    assert not [n for n in names if "方向" in n or "Up" in n or "Down" in n]


def test_english_has_no_chinese_supplement(qapp) -> None:
    try:
        assert i18n.install_translators("en")
        assert next(Path(f).name for f in i18n.installed_files()) == "jxeditor_en.qm"
        assert not any("jxeditor_qtbase" in f for f in i18n.installed_files())
        assert native("Ctrl+Up") == "Ctrl+Up"
        assert QCoreApplication.translate("DateField", "选择日期…") == "Choose a date…"
    finally:
        i18n.remove_translators()
    assert native("Ctrl+Up") == "Ctrl+Up"
