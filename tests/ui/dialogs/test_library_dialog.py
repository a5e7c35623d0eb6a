"""指标 → 从指标库插入…: the dialog lists the shipped and the user's entries under the
given 二级 and the kind of project its name (or purpose) shows; typing a filter narrows
the list; rows chosen with the keys come back in order, and inserted under the 二级 they
are one undo step; the 本机指标库 tab searches, removes, exports and imports, and says in
Chinese why a file could not be read. ``qtmodeltester`` watches both tables' models."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFileDialog, QPushButton
from session_fixtures import make_session

from jxeditor.document.document import Document
from jxeditor.document.model import Indicator, Level1, Level2, Project
from jxeditor.library.entries import SHIPPED, USER
from jxeditor.library.store import LIBRARY_FILE
from ui.dialogs.library_dialog import ALL, MINE, LibraryDialog
from ui.panes.indicator_pane import IndicatorPane
from ui.panes.library_actions import LibraryActions
from ui.session.learning import LearningLibrary


def learned_document() -> Document:
    project = Project(name="2025年干部培训项目", department="组织部", indicators=[
        Level1("产出指标", [Level2("数量指标", [
            Indicator("干部培训班次", "≥6期"), Indicator("培训教材印制数量", "≥500册")])]),
        Level1("满意度指标", [Level2("服务对象满意度指标", [
            Indicator("参训干部满意度", "≥95%")])]),
    ])
    return Document(year=2025, projects=[project])


@pytest.fixture
def library(tmp_path: Path) -> Iterator[LearningLibrary]:
    found = LearningLibrary(tmp_path / LIBRARY_FILE)
    found.learn(learned_document(), "old.json")
    found.wait()
    yield found
    found.wait()


@pytest.fixture
def open_dialog(qtbot: Any, qtmodeltester: Any, library: LearningLibrary):
    def build(level2: str = "", project: str = "", purpose: str = "") -> LibraryDialog:
        dialog = LibraryDialog(library, level2, project, purpose=purpose)
        qtbot.addWidget(dialog)
        qtmodeltester.check(dialog.table.model())
        qtmodeltester.check(dialog.own_table.model())
        return dialog
    return build


def type_chinese(widget: Any, text: str) -> None:
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def cell(table: Any, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return str(item.text())


def test_opens_on_the_level2_and_the_kind_the_name_shows(open_dialog) -> None:
    dialog = open_dialog("数量指标", "2026年干部教育培训经费")
    assert dialog.level2_box.currentData() == "数量指标"
    assert dialog.kind_box.currentData() == "培训"
    assert dialog.rows and all(e.level2 == "数量指标" for e in dialog.rows)
    assert {e.source for e in dialog.rows} == {SHIPPED}  # a kind: the shipped entries
    assert dialog.table.rowCount() == len(dialog.rows)
    first = dialog.rows[0]
    assert [cell(dialog.table, 0, j) for j in range(3)] == [first.name, first.value, "数量指标"]


def test_the_purpose_shows_the_kind_when_the_name_does_not(open_dialog) -> None:
    assert open_dialog("数量指标", "综合事务经费").kind_box.currentData() == ALL
    dialog = open_dialog("数量指标", "综合事务经费", "组织全县干部轮训，每期三天")
    assert dialog.kind_box.currentData() == "培训"
    # the name wins over the purpose when it shows a kind
    named = open_dialog("", "宣传经费", "组织干部轮训")
    assert named.kind_box.currentData() == "宣传"


def test_typing_a_filter_narrows_the_list_and_mine_are_marked(qtbot: Any, open_dialog) -> None:
    dialog = open_dialog("数量指标")
    everything = len(dialog.rows)
    dialog.search.setFocus()
    type_chinese(dialog.search, "培训")
    assert 0 < len(dialog.rows) < everything
    assert all("培训" in e.name + e.explanation for e in dialog.rows)
    mine = [i for i, e in enumerate(dialog.rows) if e.source == USER]
    assert {dialog.rows[i].name for i in mine} == {"干部培训班次", "培训教材印制数量"}
    assert all(cell(dialog.table, i, 3) == "本机：2025年干部培训项目" for i in mine)
    type_chinese(dialog.search, "绿化养护不存在")
    assert dialog.rows == [] and dialog.table.rowCount() == 0
    dialog.search.clear()
    assert len(dialog.rows) == everything


def test_the_kind_filter_mine_shows_only_the_users(open_dialog) -> None:
    dialog = open_dialog()
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(MINE))
    assert {e.source for e in dialog.rows} == {USER}
    assert {e.name for e in dialog.rows} == {"干部培训班次", "培训教材印制数量", "参训干部满意度"}
    dialog.level2_box.setCurrentIndex(dialog.level2_box.findData("服务对象满意度指标"))
    assert [(e.name, e.value) for e in dialog.rows] == [("参训干部满意度", "≥95%")]


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, a shown dialog
def test_rows_chosen_with_the_keys_come_back_in_order(qtbot: Any, open_dialog) -> None:
    dialog = open_dialog("数量指标", "干部培训经费")
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.table.setFocus()
    dialog.table.setCurrentCell(0, 0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.chosen() == dialog.rows[:3]
    qtbot.keyClick(dialog.table, Qt.Key.Key_Up)  # a plain key: one row again
    assert dialog.chosen() == [dialog.rows[1]]


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, a shown dialog
def test_filter_choose_and_insert_is_one_undo_step(
    qtbot: Any, qtmodeltester: Any, library: LearningLibrary, sample_doc: Document
) -> None:
    session = make_session(sample_doc)
    pane = IndicatorPane(session)
    qtbot.addWidget(pane)
    qtmodeltester.check(pane.model)
    actions = LibraryActions(pane, library)
    pane.tree.setCurrentIndex(pane.model.index_of_path((0, 0), 0))  # 数量指标
    before = [n.name for n in session.doc.children_of(session.doc.projects[0], (0, 0))]
    steps = session.stack.count()
    dialog = LibraryDialog(library, "数量指标", session.current.name if session.current else "")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_chinese(dialog.search, "培训")
    dialog.table.setFocus()
    dialog.table.setCurrentCell(0, 0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    wanted = [e.name for e in dialog.rows[:2]]
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None and ok.text() == "插入所选"
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert actions.insert(dialog.chosen()) == 2
    after = [n.name for n in session.doc.children_of(session.doc.projects[0], (0, 0))]
    assert after == before + wanted
    assert session.stack.count() == steps + 1
    assert session.stack.undoText() == "从指标库插入 2 个指标"
    session.undo()
    assert [n.name for n in session.doc.children_of(session.doc.projects[0], (0, 0))] == before
    session.stack.clear()


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, a shown dialog
def test_a_double_click_inserts_that_row(qtbot: Any, open_dialog) -> None:
    dialog = open_dialog("数量指标", "干部培训经费")
    dialog.show()
    qtbot.waitExposed(dialog)
    rect = dialog.table.visualRect(dialog.table.model().index(1, 0))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen() == [dialog.rows[1]]


def own_button(dialog: LibraryDialog, text: str) -> QPushButton:
    found = [b for b in dialog.findChildren(QPushButton) if b.text() == text]
    assert len(found) == 1, text
    return found[0]


def test_the_own_tab_searches_and_removes(qtbot: Any, open_dialog,
                                          library: LearningLibrary) -> None:
    dialog = open_dialog()
    assert len(dialog.own_rows) == 3 and dialog.own_count.text() == "3 条"
    assert [cell(dialog.own_table, 0, j) for j in range(3)] == [
        "2025年干部培训项目", "组织部", "2025"]
    type_chinese(dialog.own_search, "满意")
    assert [s.row.name for s in dialog.own_rows] == ["参训干部满意度"]
    dialog.own_table.selectRow(0)
    qtbot.mouseClick(own_button(dialog, "删除所选"), Qt.MouseButton.LeftButton)
    assert dialog.own_rows == [] and dialog.own_count.text() == "0 条"
    library.wait()
    assert {s.row.name for s in library.library.entries()} == {"干部培训班次", "培训教材印制数量"}
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(MINE))
    assert "参训干部满意度" not in {e.name for e in dialog.rows}  # the choosing tab too


def test_export_then_import_through_the_buttons(
    qtbot: Any, open_dialog, library: LearningLibrary, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "指标库.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    dialog = open_dialog()
    qtbot.mouseClick(own_button(dialog, "导出…"), Qt.MouseButton.LeftButton)
    assert dialog.own_count.text() == "已导出 3 条" and path.exists()
    dialog.own_table.selectAll()
    qtbot.mouseClick(own_button(dialog, "删除所选"), Qt.MouseButton.LeftButton)
    assert dialog.own_rows == []
    qtbot.mouseClick(own_button(dialog, "导入…"), Qt.MouseButton.LeftButton)
    assert dialog.own_count.text() == "已导入 3 条"
    library.wait()
    assert len(library.library.entries()) == 3
    dialog.refill_own()
    assert len(dialog.own_rows) == 3


def test_a_bad_file_to_import_is_named_in_chinese(
    qtbot: Any, open_dialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    bad = tmp_path / "坏的.xlsx"
    bad.write_text("不是工作簿", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(bad), ""))
    dialog = open_dialog()
    qtbot.mouseClick(own_button(dialog, "导入…"), Qt.MouseButton.LeftButton)
    text = dialog.own_count.text()
    assert "坏的.xlsx" in text and "Traceback" not in text
    assert len(dialog.own_rows) == 3  # nothing changed


def test_cancel_in_the_file_dialog_does_nothing(
    qtbot: Any, open_dialog, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: ("", ""))
    dialog = open_dialog()
    qtbot.mouseClick(own_button(dialog, "导入…"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(own_button(dialog, "导出…"), Qt.MouseButton.LeftButton)
    assert dialog.own_count.text() == "3 条"
