"""A choice in the indicator tree is in the document as it is made (issue 29, one typing
path): a 一级/二级 name chosen or typed in the group's combo box, a 完成可能性 picked, a
偏差原因 ticked. The document holds it at once (the status bar and live validation see
it), Ctrl+S without leaving the editor writes it, and one Ctrl+Z takes the whole visit
back, as for the tree's text cells."""

from __future__ import annotations

import json
from typing import Any

from desk import CTRL, Desk
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from jxeditor.document.stages import MONITORING
from ui.main_window import MainWindow
from ui.panes.stage_editors import CausesEditor


def saved(window: MainWindow) -> dict[str, Any]:
    path = window.files.path
    assert path is not None and not window.isWindowModified()
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def open_editor(window: MainWindow, desk: Desk, path: tuple[int, ...], key: str) -> Any:
    tree, model = window.indicators.tree, window.indicators.model
    desk.focus(tree)
    tree.setCurrentIndex(model.index_of_path(path, model.column_of(key)))
    tree.scrollTo(tree.currentIndex())
    desk.key(Qt.Key.Key_F2)
    return QApplication.focusWidget()


def test_a_group_name_typed_in_the_combo_is_saved_without_enter(
    window: MainWindow, desk: Desk
) -> None:
    desk.show(window)
    doc = window.session.doc
    before = doc.projects[0].indicators[0].children[0].name
    combo = open_editor(window, desk, (0, 0), "name")
    assert isinstance(combo, QComboBox), combo
    line = combo.lineEdit()
    assert line is not None
    line.selectAll()
    desk.commit("数量指标甲")
    assert doc.projects[0].indicators[0].children[0].name == "数量指标甲"  # at once
    assert window.isWindowModified()
    desk.key(Qt.Key.Key_S, CTRL)  # no Enter
    assert QApplication.focusWidget() is combo  # the save left it open
    group = saved(window)["projects"][0]["indicators"][0]["children"][0]
    assert group["name"] == "数量指标甲"
    desk.key(Qt.Key.Key_Z, CTRL)  # one step for the visit
    assert doc.projects[0].indicators[0].children[0].name == before
    assert window.session.stack.index() == 0


def test_a_level1_name_chosen_with_the_arrow_keys_is_saved(
    window: MainWindow, desk: Desk
) -> None:
    desk.show(window)
    doc = window.session.doc
    before = doc.projects[0].indicators[0].name
    combo = open_editor(window, desk, (0,), "name")
    assert isinstance(combo, QComboBox), combo
    desk.key(Qt.Key.Key_Down)  # the next name offered
    chosen = combo.currentText()
    assert chosen != before
    assert doc.projects[0].indicators[0].name == chosen
    desk.key(Qt.Key.Key_S, CTRL)
    assert saved(window)["projects"][0]["indicators"][0]["name"] == chosen


def test_causes_ticked_are_saved_without_leaving_the_list(
    window: MainWindow, desk: Desk
) -> None:
    desk.show(window)
    window.form_pane.stages.actions[MONITORING].trigger()
    doc = window.session.doc
    assert doc.stage == MONITORING
    steps = window.session.stack.index()
    editor = open_editor(window, desk, (0, 0, 0), "monitoring.causes")
    assert isinstance(editor, CausesEditor), editor
    desk.key(Qt.Key.Key_Space)  # 经费保障
    desk.key(Qt.Key.Key_Down)
    desk.key(Qt.Key.Key_Down)
    desk.key(Qt.Key.Key_Space)  # 人员保障
    node = doc.projects[0].indicators[0].children[0].children[0]
    assert node.monitoring is not None
    assert node.monitoring.causes == ["经费保障", "人员保障"]  # at once
    assert window.session.stack.index() == steps + 1  # one step for the visit
    desk.key(Qt.Key.Key_S, CTRL)  # no Enter
    assert QApplication.focusWidget() is editor
    row = saved(window)["projects"][0]["indicators"][0]["children"][0]["children"][0]
    assert row["monitoring"]["causes"] == ["经费保障", "人员保障"]
    desk.key(Qt.Key.Key_Z, CTRL)
    assert node.monitoring.causes == []
    assert editor.checked() == []  # the open list shows the cell again


def test_a_possibility_picked_is_saved_without_leaving_the_box(
    window: MainWindow, desk: Desk
) -> None:
    desk.show(window)
    window.form_pane.stages.actions[MONITORING].trigger()
    doc = window.session.doc
    combo = open_editor(window, desk, (0, 0, 0), "monitoring.possibility")
    assert isinstance(combo, QComboBox), combo
    node = doc.projects[0].indicators[0].children[0].children[0]
    assert node.monitoring is not None
    before = node.monitoring.possibility
    desk.key(Qt.Key.Key_Down)
    chosen = combo.currentText()
    assert chosen and chosen != before
    assert node.monitoring.possibility == chosen  # at once
    desk.key(Qt.Key.Key_S, CTRL)
    row = saved(window)["projects"][0]["indicators"][0]["children"][0]["children"][0]
    assert row["monitoring"]["possibility"] == chosen
