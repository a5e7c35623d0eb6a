"""What is typed into the indicator tree is in the document as it is typed (issue 29, one
typing path): 年度指标值 typed, a pause, then Ctrl+S without Enter saves the value, and
one Ctrl+Z takes the whole typed value back (one undo step per run of typing), as in
实际完成值 and in the project form."""

from __future__ import annotations

import json

from desk import CTRL, Desk
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.main_window import MainWindow
from ui.panes.delegates import ValueEditor


def test_a_value_typed_without_enter_is_saved_and_one_undo_takes_it_back(
    window: MainWindow, desk: Desk
) -> None:
    desk.show(window)
    tree = window.indicators.tree
    desk.focus(tree)
    doc = window.session.doc
    before = doc.node(doc.projects[0], (0, 0, 0)).value
    tree.setCurrentIndex(window.indicators.model.index_of_path((0, 0, 0), 1))
    desk.key(Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, ValueEditor), editor
    editor.selectAll()
    desk.type(">=15")
    desk.commit("平方米")
    desk.pause()  # live validation re-reads the row
    assert editor.text() == ">=15平方米"
    assert doc.node(doc.projects[0], (0, 0, 0)).value == ">=15平方米"  # in the document as typed
    assert window.session.stack.count() == 1  # the whole run: one step
    desk.key(Qt.Key.Key_S, CTRL)  # no Enter
    assert QApplication.focusWidget() is editor  # the save left it open: typing goes on
    path = window.files.path
    assert path is not None and not window.isWindowModified()
    saved = json.loads(path.read_text(encoding="utf-8"))
    row = saved["projects"][0]["indicators"][0]["children"][0]["children"][0]
    assert row["value"] == ">=15平方米"
    desk.key(Qt.Key.Key_Z, CTRL)  # in the editor: the document's undo, not the line edit's
    assert doc.node(doc.projects[0], (0, 0, 0)).value == before  # the whole typed value, in one step
    assert window.session.stack.index() == 0
    assert window.isWindowModified()
    assert editor.text() == before  # the open editor shows the cell again
