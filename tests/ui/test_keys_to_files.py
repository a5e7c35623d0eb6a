"""From the keyboard to the file: what a person types in the real window, with an editor
still open, reaches the exported workbook and PDF; rows added with Ins and Ctrl+Ins, named
through the input method, reach the saved JSON.

The tests press the window's own shortcut keys (Ctrl+Shift+S, Ctrl+S, Ins, Ctrl+Ins) with
``QTest`` key events; 导出 PDF has no shortcut, so its menu action is triggered with the
editor open. Chinese goes through input-method commit events. The save dialogs are
answered by :class:`FakeQuestions` (and the PDF action's own path and scope questions),
and the written file is read back with jxeditor's readers or pypdf.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from box_glyphs import BOX_GLYPHS
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit, QWidget

from jxeditor.document.model import Indicator
from jxeditor.formats.xlsx.reader import read_workbook
from ui.main_window import MainWindow
from ui.printing.fonts import chinese_family

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # a shown window offscreen

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def show(window: MainWindow, qtbot) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)


def focus(widget: QWidget, qtbot) -> None:
    """Gives ``widget`` the keyboard focus, its window active again first (a closing
    editor may leave the window inactive for a moment on a loaded machine)."""
    widget.window().activateWindow()
    qtbot.waitActive(widget.window())
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=5000)


def type_chinese(editor: QWidget, text: str) -> None:
    """What an input method sends when the person picks the characters."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(editor, event)


def open_value_editor(window: MainWindow, qtbot, path: tuple[int, ...]) -> QLineEdit:
    """Selects the 年度指标值 cell of ``path``, presses F2 and types over the value."""
    show(window, qtbot)
    tree = window.indicators.tree
    focus(tree, qtbot)
    tree.setCurrentIndex(window.indicators.model.index_of_path(path, 1))
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), editor
    editor.selectAll()
    return editor


def focused_line_edit() -> QLineEdit:
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), editor
    return editor


# == 1. exporting with an editor still open ======================================================
def test_export_to_xlsx_with_an_open_value_editor(window: MainWindow, qtbot, tmp_path: Path) -> None:
    editor = open_value_editor(window, qtbot, (0, 0, 0))
    qtbot.keyClicks(editor, ">=7777")
    target = tmp_path / "导出.xlsx"
    window.questions.answers["ask_save_path"] = lambda suggested: str(target)
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL_SHIFT)  # 另存为…, the editor still open
    doc, notices, ours = read_workbook(target)
    assert ours and notices == []
    assert doc.projects[0].indicators[0].children[0].children[0].value == ">=7777"
    assert window.files.path == target and not window.isWindowModified()


def test_export_to_xlsx_with_chinese_in_a_form_field(window: MainWindow, qtbot, tmp_path: Path) -> None:
    show(window, qtbot)
    name = window.findChild(QLineEdit, "projectName")
    focus(name, qtbot)
    name.selectAll()
    type_chinese(name, "档案馆改造二期")
    target = tmp_path / "导出.xlsx"
    window.questions.answers["ask_save_path"] = lambda suggested: str(target)
    qtbot.keyClick(name, Qt.Key.Key_S, CTRL_SHIFT)  # the focus still in the field
    doc, _notices, _ours = read_workbook(target)
    assert doc.projects[0].name == "档案馆改造二期"


def test_export_pdf_with_an_open_value_editor(window: MainWindow, qtbot, tmp_path: Path) -> None:
    editor = open_value_editor(window, qtbot, (0, 0, 0))
    qtbot.keyClicks(editor, ">=7777")
    printing = window.menus.printing
    printing.ask_scope = lambda _title: (True, [0])
    printing.ask_path = lambda _suggested: str(tmp_path / "表.pdf")
    assert QApplication.focusWidget() is editor
    printing.act_export_pdf.trigger()  # 文件 → 导出 PDF…, no shortcut
    assert window.session.doc.node(window.session.doc.projects[0], (0, 0, 0)).value == ">=7777"
    if BOX_GLYPHS:
        return  # no text in the PDF to read
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "表.pdf").pages)
    assert "7777" in text.replace("\n", "")
    if chinese_family() is not None:  # the glyphs need a Chinese font
        assert "示例项目0" in text.replace("\n", "")


# == 2. Ins and Ctrl+Ins by key, named through the input method ======================================
def saved(window: MainWindow) -> dict:
    path = window.files.path
    assert path is not None
    return json.loads(path.read_text(encoding="utf-8"))


def test_ctrl_ins_on_a_group_adds_a_child_named_by_the_input_method(
    window: MainWindow, qtbot
) -> None:
    show(window, qtbot)
    tree = window.indicators.tree
    focus(tree, qtbot)
    tree.setCurrentIndex(window.indicators.model.index_of_path((0, 1)))  # 产出 → 质量指标
    qtbot.keyClick(tree, Qt.Key.Key_Insert, CTRL)
    assert isinstance(window.session.doc.node(window.session.doc.projects[0], (0, 1, 1)), Indicator)
    editor = focused_line_edit()  # the new row's name editor is open
    assert window.indicators.current_path() == (0, 1, 1)
    type_chinese(editor, "资料完整率")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.session.doc.node(window.session.doc.projects[0], (0, 1, 1)).name == "资料完整率"  # written as typed
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not editor, timeout=1000)  # closed
    focus(tree, qtbot)
    qtbot.keyClick(tree, Qt.Key.Key_S, CTRL)
    quality = saved(window)["projects"][0]["indicators"][0]["children"][1]["children"]
    assert [n["name"] for n in quality] == ["验收合格率", "资料完整率"]
    assert not window.isWindowModified()


def test_ins_on_an_indicator_adds_a_sibling_named_by_the_input_method(
    window: MainWindow, qtbot
) -> None:
    show(window, qtbot)
    tree = window.indicators.tree
    focus(tree, qtbot)
    tree.setCurrentIndex(window.indicators.model.index_of_path((0, 0, 0)))
    qtbot.keyClick(tree, Qt.Key.Key_Insert)
    assert isinstance(window.session.doc.node(window.session.doc.projects[0], (0, 0, 1)), Indicator)
    editor = focused_line_edit()
    type_chinese(editor, "改造间数")
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)  # saved with the name editor still open
    quantity = saved(window)["projects"][0]["indicators"][0]["children"][0]["children"]
    assert [n["name"] for n in quantity] == ["改造面积", "改造间数"]


def test_ctrl_ins_on_a_first_level_adds_a_second_level_named_by_the_input_method(window: MainWindow, qtbot) -> None:
    show(window, qtbot)
    tree = window.indicators.tree
    focus(tree, qtbot)
    tree.setCurrentIndex(window.indicators.model.index_of_path((1,)))
    rows = len(window.session.doc.children_of(window.session.doc.projects[0], (1,)))
    qtbot.keyClick(tree, Qt.Key.Key_Insert, CTRL)
    assert len(window.session.doc.children_of(window.session.doc.projects[0], (1,))) == rows + 1
    combo = QApplication.focusWidget()  # a group's name: the framework's names, or typed
    assert isinstance(combo, QComboBox) and combo.isEditable(), combo
    combo.lineEdit().selectAll()
    type_chinese(combo.lineEdit(), "其他成本指标")
    assert window.session.doc.children_of(window.session.doc.projects[0], (1,))[-1].name == "其他成本指标"  # as typed
    qtbot.keyClick(combo, Qt.Key.Key_Return)  # Qt closes it a moment later, as after a real key
    qtbot.waitUntil(lambda: tree.state() != QAbstractItemView.State.EditingState, timeout=1000)
    assert window.session.doc.children_of(window.session.doc.projects[0], (1,))[-1].name == "其他成本指标"
    focus(tree, qtbot)
    qtbot.keyClick(tree, Qt.Key.Key_S, CTRL)
    groups = saved(window)["projects"][0]["indicators"][1]["children"]
    assert groups[-1]["name"] == "其他成本指标"


def test_a_pause_while_typing_keeps_the_text_in_the_tree_editors(window: MainWindow, qtbot) -> None:
    """A pause in typing lets live validation run; the problem icons it sets on the row
    re-read the row, and that re-read must not put the cell's old text back into the
    editor (it did: Enter then committed the empty name; seen first under Wine, where the
    test is slow enough for the pause)."""
    show(window, qtbot)
    tree = window.indicators.tree
    model = window.indicators.model
    focus(tree, qtbot)
    tree.setCurrentIndex(model.index_of_path((0, 0, 0)))
    qtbot.keyClick(tree, Qt.Key.Key_Insert)
    name = focused_line_edit()
    qtbot.keyClicks(name, "are")
    with qtbot.waitSignal(model.dataChanged, timeout=3000):
        window.session.live.flush()  # what the idle timer does after a pause
    assert name.text() == "are"
    qtbot.keyClicks(name, "a")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert window.session.doc.node(window.session.doc.projects[0], (0, 0, 1)).name == "area"  # written as typed
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not name, timeout=1000)  # closed
    # the same for the 年度指标值 of that row, typed over
    focus(tree, qtbot)
    tree.setCurrentIndex(model.index_of_path((0, 0, 1), 1))
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    value = focused_line_edit()
    value.selectAll()
    qtbot.keyClicks(value, ">=4")
    first = model.index_of_path((0, 0, 1), 0)
    model.dataChanged.emit(first, first.siblingAtColumn(model.columnCount() - 1),
                           [Qt.ItemDataRole.DecorationRole])
    assert value.text() == ">=4"
    type_chinese(value, "个")
    qtbot.keyClick(value, Qt.Key.Key_Return)
    assert window.session.doc.node(window.session.doc.projects[0], (0, 0, 1)).value == ">=4个"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not value, timeout=1000)
