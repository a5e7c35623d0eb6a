"""Last year beside the new target (issue 17.2, editor part): the tree's optional columns
上年指标值 and 上年实际完成值 (from each indicator's ``history``, the latest year before the
document's), read-only, shown by a toggle in 视图 like 描述 and 依据; the check 目标偏低？
and its fix applied from the problems panel as one undo step.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import clean_document
from fake_questions import FakeQuestions
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu
from session_fixtures import make_session

from jxeditor.document.document import Document
from jxeditor.document.model import HistoryEntry, Indicator
from jxeditor.formats import json_format
from ui.main_window import MainWindow
from ui.models.problems_model import PROBLEM_ROLE
from ui.models.tree_model import IndicatorTreeModel

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # a shown window offscreen

AREA = (0, 0, 0)  # 改造面积 ≥120平方米


def with_history() -> Document:
    """The clean table of 2026 whose 改造面积 has two past years, the last one (2025)
    beaten by a third (160 against ≥120: 目标偏低？)."""
    doc = clean_document()
    node = doc.node(doc.projects[0], AREA)
    assert isinstance(node, Indicator)
    node.history = [
        HistoryEntry(2024, "≥80平方米", "90平方米"),
        HistoryEntry(2025, "≥100平方米", "160平方米"),
    ]
    return doc


def cell(model: IndicatorTreeModel, path: tuple[int, ...], key: str):
    return model.index_of_path(path, model.column_of(key))


def test_the_columns_show_last_year_read_only(qtmodeltester) -> None:
    doc = with_history()
    session = make_session(doc)
    model = IndicatorTreeModel(session)
    qtmodeltester.check(model)
    target, actual = cell(model, AREA, "last_target"), cell(model, AREA, "last_actual")
    assert model.headerData(target.column(), Qt.Orientation.Horizontal) == "上年指标值"
    assert model.headerData(actual.column(), Qt.Orientation.Horizontal) == "上年实际完成值"
    assert (target.data(), actual.data()) == ("≥100平方米", "160平方米")
    assert "2025年" in target.data(Qt.ItemDataRole.ToolTipRole)
    assert not target.flags() & Qt.ItemFlag.ItemIsEditable
    assert not actual.flags() & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(target, "≥1平方米")
    assert session.stack.count() == 0
    assert cell(model, (0, 1, 0), "last_target").data() == ""  # no history
    assert model.index_of_path((0, 0), target.column()).data() is None  # a 二级 row
    # another budget year: the year before it is shown
    changed: list[int] = []
    model.dataChanged.connect(lambda first, _last, _roles: changed.append(first.column()))
    session.set_document_fields({"year": 2025})
    assert (target.data(), actual.data()) == ("≥80平方米", "90平方米")
    assert target.column() in changed and actual.column() in changed
    session.undo()
    assert target.data() == "≥100平方米"
    qtmodeltester.check(model)
    session.stack.clear()


def test_the_columns_are_there_in_every_stage(qtmodeltester) -> None:
    doc = with_history()
    session = make_session(doc)
    model = IndicatorTreeModel(session)
    qtmodeltester.check(model)
    for stage in ("monitoring", "evaluation"):
        session.set_stage(stage)
        assert cell(model, AREA, "last_actual").data() == "160平方米"
        qtmodeltester.check(model)
    session.stack.clear()


@pytest.fixture
def history_window(qtbot, tmp_path: Path):
    path = tmp_path / "2026.json"
    json_format.save(with_history(), path)
    window = MainWindow(FakeQuestions())
    qtbot.addWidget(window)
    window.questions.answers["ask_save_changes"] = lambda *_: "discard"
    assert window.files.open_file(path)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.session.stack.setClean()


def test_the_view_menu_toggles_the_columns(history_window: MainWindow, qtbot) -> None:
    tree, model = history_window.indicators.tree, history_window.indicators.model
    columns = (model.column_of("last_target"), model.column_of("last_actual"))
    assert all(tree.isColumnHidden(c) for c in columns)
    actions = history_window.indicators.column_actions
    view_menu = next(m for m in history_window.menuBar().findChildren(QMenu)
                     if m.title() == "视图(&V)")
    texts = [a.text() for a in view_menu.actions()]
    assert "显示“上年指标值”列" in texts and "显示“上年实际完成值”列" in texts
    for column in columns:
        actions[column].trigger()
    assert not any(tree.isColumnHidden(c) for c in columns)
    # the columns sit beside the new target, and stay shown after a stage switch
    assert tree.header().visualIndex(columns[0]) > tree.header().visualIndex(1)
    history_window.form_pane.stages.actions["evaluation"].trigger()
    assert not any(tree.isColumnHidden(c) for c in columns)
    history_window.save_settings()
    assert set(QSettings().value("ui/treeColumns")) == {str(c) for c in columns}


def test_the_fix_of_a_low_target_from_the_problems_panel(history_window: MainWindow, qtbot) -> None:
    session = history_window.session
    session.live.flush()
    problems = session.live.problems_of(session.current)
    low = next(p for p in problems if p.code == "history.target_low")
    assert "上年实际完成 160平方米" in low.message
    view, model = history_window.problems.view, history_window.problems.filter
    row = next(r for r in range(model.rowCount())
               if model.index(r, 0).data(PROBLEM_ROLE).code == "history.target_low")
    index = model.index(row, 0)
    view.scrollTo(index)
    steps = session.stack.count()
    chosen: list[str] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        action = next(a for a in menu.actions() if a.text().startswith("修正："))
        chosen.append(action.text())
        menu.setActiveAction(action)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(100, pick)
    point: QPoint = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.RightButton, pos=point)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                              view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)  # as the platform sends after the click
    qtbot.waitUntil(lambda: bool(chosen), timeout=2000)
    assert chosen == ["修正：以上年实际完成值“≥160平方米”为目标"]
    node = session.doc.node(session.doc.projects[0], AREA)
    assert node.value == "≥160平方米"
    assert session.stack.count() == steps + 1
    session.live.flush()
    assert not any(p.code == "history.target_low" for p in session.live.problems_of(session.current))
    session.undo()
    assert node.value == "≥120平方米"
