"""The indicator libraries in the editor: learning the files opened and saved in the
background, the third-level name's completer driven by keys, the library dialog
inserting several entries in one undo step, and a new project from a similar one."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyboard_focus import type_chinese
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from jxeditor.document.document import Document
from jxeditor.document.model import Indicator, Level1, Level2, Project
from jxeditor.formats import json_format
from jxeditor.library.entries import USER
from ui.dialogs.library_dialog import MINE, LibraryDialog
from ui.panes.indicator_completer import NameEditor


def learned_names(window) -> set[str]:
    window.library.wait()
    return {s.row.name for s in window.library.library.entries()}


def old_project_file(tmp_path: Path) -> Path:
    project = Project(name="2025年档案室改造项目", department="示例局", indicators=[
        Level1("产出指标", [Level2("数量指标", [Indicator("档案室改造面积", "≥120平方米")])]),
        Level1("满意度指标", [Level2("服务对象满意度指标", [
            Indicator("档案查阅人员满意度", "≥92%")])]),
    ])
    path = tmp_path / "old.json"
    json_format.save(Document(year=2025, projects=[project]), path)
    return path


def test_the_opened_file_is_learned_in_the_background(window, tmp_path: Path) -> None:
    assert {"改造面积", "使用人员满意度"} <= learned_names(window)
    # saving under another name learns again (what was edited since)
    window.session.set_node_field((0, 0, 0), "name", "档案库房改造面积")
    assert window.files.save_file(tmp_path / "saved.json")
    assert "档案库房改造面积" in learned_names(window)


@pytest.fixture
def learned(window, tmp_path: Path):
    """The window with an older archive project learned, the current project renamed
    to a similar one."""
    window.library.learn(json_format.load(old_project_file(tmp_path)), "old.json")
    window.library.wait()
    window.session.set_project_field(window.session.current, "name", "2026年档案室改造")
    return window


def open_name_editor(window, path: tuple[int, ...]) -> NameEditor:
    pane = window.indicators
    index = pane.model.index_of_path(path, 0)
    pane.tree.setCurrentIndex(index)
    pane.tree.edit(index)
    editor = pane.delegate.open_editor
    assert isinstance(editor, NameEditor)
    return editor


def test_the_completer_fills_name_and_value_in_one_undo_step(learned, qtbot) -> None:
    window = learned
    session = window.session
    editor = open_name_editor(window, (0, 0, 0))  # 数量指标: 改造面积 ≥120平方米
    steps = session.stack.count()
    editor.selectAll()
    type_chinese(editor, "档案")  # in the document as typed
    popup = editor.completer_.popup()
    assert popup is not None and popup.isVisible()
    first = editor.suggestions.items[0]
    assert (first.name, first.value, first.source) == ("档案室改造面积", "≥120平方米", USER)
    shown = editor.suggestions.index(0, 0).data(Qt.ItemDataRole.DisplayRole)
    assert "档案室改造面积" in shown and "≥120平方米" in shown
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    node = session.doc.node(session.doc.projects[0], (0, 0, 0))
    assert (node.name, node.value) == ("档案室改造面积", "≥120平方米")
    assert session.stack.count() == steps + 1  # one undo step for name and value
    assert window.indicators.delegate.open_editor is None  # the editor closed
    session.undo()
    node = session.doc.node(session.doc.projects[0], (0, 0, 0))
    assert (node.name, node.value) == ("改造面积", "≥120平方米")


def test_satisfaction_suggestions_carry_percent_and_down_asks(learned, qtbot) -> None:
    window = learned
    l1 = next(i for i, n in enumerate(window.session.current.indicators)
              if n.name == "满意度指标")
    editor = open_name_editor(window, (l1, 0, 0))
    editor.clear()
    qtbot.keyClick(editor, Qt.Key.Key_Down)  # no popup yet: ↓ asks for suggestions
    items = editor.suggestions.items
    assert items[0].name == "档案查阅人员满意度"
    assert all(s.value.endswith("%") for s in items)
    type_chinese(editor, "绿化养护")  # nothing fits: no popup
    popup = editor.completer_.popup()
    assert popup is not None and not popup.isVisible()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)


def accept_dialog(pick) -> None:
    """Answers the next modal library dialog: ``pick(dialog)`` then OK."""
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LibraryDialog)
        try:
            pick(dialog)
        except BaseException:
            dialog.reject()  # a failed check fails the test, never hangs it
            raise
        dialog.accept()
    QTimer.singleShot(0, answer)


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, a modal dialog
def test_the_library_dialog_inserts_several_under_the_level2_in_one_step(window) -> None:
    session = window.session
    pane = window.indicators
    pane.tree.setCurrentIndex(pane.model.index_of_path((0, 0), 0))  # 数量指标
    before = [n.name for n in session.doc.children_of(session.doc.projects[0], (0, 0))]
    steps = session.stack.count()

    def pick(dialog: LibraryDialog) -> None:
        assert dialog.level2_box.currentData() == "数量指标"
        dialog.kind_box.setCurrentIndex(0)  # 全部项目类别: the purpose guessed another kind
        dialog.search.setText("培训")
        assert dialog.rows and all("培训" in e.name + e.explanation for e in dialog.rows)
        dialog.table.selectRow(0)
        dialog.table.setSelectionMode(dialog.table.SelectionMode.MultiSelection)
        dialog.table.selectRow(1)

    accept_dialog(pick)
    window.menus.act_library.trigger()
    after = [n.name for n in session.doc.children_of(session.doc.projects[0], (0, 0))]
    assert len(after) == len(before) + 2 and after[:len(before)] == before
    assert all("培训" in name for name in after[len(before):])
    assert session.stack.count() == steps + 1
    session.undo()
    assert [n.name for n in session.doc.children_of(session.doc.projects[0], (0, 0))] == before


def test_inserting_replaces_the_empty_placeholder(window) -> None:
    session = window.session
    session.set_node_field((0, 0, 0), "name", "")
    session.set_node_field((0, 0, 0), "value", "")
    dialog = LibraryDialog(window.library, "数量指标", "宣传经费")
    assert dialog.kind_box.currentData() == "宣传"
    dialog.table.selectRow(0)
    chosen = dialog.chosen()
    assert window.library_actions.insert(chosen, (0, 0)) == 1
    node = session.doc.node(session.doc.projects[0], (0, 0, 0))
    assert (node.name, node.value) == (chosen[0].name, chosen[0].value)
    assert len(session.doc.children_of(session.doc.projects[0], (0, 0))) == 1
    dialog.deleteLater()


def test_the_own_library_tab_filters_removes_exports_and_imports(window, tmp_path: Path) -> None:
    window.library.wait()
    dialog = LibraryDialog(window.library)
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(MINE))
    assert {e.source for e in dialog.rows} == {USER}
    total = len(dialog.own_rows)
    assert total == len(window.library.library.entries())
    dialog.own_search.setText("满意度")
    assert dialog.own_rows and all("满意度" in s.row.name for s in dialog.own_rows)
    path = tmp_path / "mine.xlsx"
    assert dialog.export_to(path) == total
    dialog.own_table.selectRow(0)
    assert dialog.remove_selected() == 1
    dialog.own_search.clear()
    assert len(dialog.own_rows) == total - 1
    assert dialog.import_from(path) == 1
    assert len(dialog.own_rows) == total
    dialog.deleteLater()


def test_a_new_project_from_the_most_similar_one(window) -> None:
    window.library.wait()
    session = window.session
    count = len(session.doc.projects)
    project = window.library_actions.new_from_similar("示例项目九")
    assert project is not None and session.current is project
    assert len(session.doc.projects) == count + 1
    names = {(ind.name, ind.value) for l1 in project.indicators for l2 in l1.children
             for ind in l2.children}
    assert ("改造面积", "≥120平方米") in names
    session.undo()
    assert len(session.doc.projects) == count
    assert window.library_actions.new_from_similar("绿化养护") is None
