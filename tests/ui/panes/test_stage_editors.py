"""The editors of the stages' cells: the causes as a checkable list, the possibility and
a qualitative 实际完成值 as drop-downs, the other stage texts as a line whose every
keystroke reaches the document at once (one undo step), Esc putting the value back."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from builders import clean_document
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from session_fixtures import make_session

from jxeditor.document.derive import derive_stage
from jxeditor.document.model import Indicator
from jxeditor.document.stages import CAUSES, EVALUATION, POSSIBILITIES
from jxeditor.scoring.qualitative import VERDICTS
from ui.models import stage_columns as sc
from ui.models.tree_model import IndicatorTreeModel
from ui.panes.stage_editors import (
    CausesEditor,
    LiveLine,
    VerdictEditor,
    column_kind,
    live_line,
    live_run,
    qualitative,
    stage_editor,
)


@pytest.fixture
def parent(qtbot: Any) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_the_causes_list(parent: QWidget) -> None:
    editor = CausesEditor(parent)
    assert [editor.item(r).text() for r in range(editor.count())] == list(CAUSES)
    assert editor.checked() == [] and editor.currentRow() == 0
    editor.set_checked(["其他", "经费保障", "不在列表"])
    assert editor.checked() == ["经费保障", "其他"]  # in the list's order
    assert editor.text() == "经费保障、其他"
    editor.set_checked([])
    assert editor.text() == ""


def test_qualitative() -> None:
    assert qualitative(Indicator("长效机制", "建立"))
    assert not qualitative(Indicator("培训人次", "≥500人次"))
    assert not qualitative("建立")


def test_the_drop_downs_by_kind(parent: QWidget) -> None:
    causes = stage_editor(sc.CAUSES, QModelIndex(), parent)
    assert isinstance(causes, CausesEditor)
    combo = stage_editor(sc.POSSIBILITY, QModelIndex(), parent)
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["", *POSSIBILITIES]
    assert stage_editor(sc.TEXT, QModelIndex(), parent) is None


def test_a_line_sends_each_keystroke_and_esc_puts_the_value_back(parent: QWidget, qtbot: Any) -> None:
    sent: list[str] = []
    line = LiveLine(sent.append, parent)
    line.setText("520人次")  # set by the delegate: not sent
    line.opened_with = "520人次"
    qtbot.keyClicks(line, "0")
    assert sent == ["520人次0"]
    line.revert()
    assert line.text() == "520人次" and sent == ["520人次0", "520人次"]
    line.revert()  # nothing changed since: nothing sent
    assert len(sent) == 2


def test_the_verdict_editor(parent: QWidget, qtbot: Any) -> None:
    sent: list[str] = []
    combo = VerdictEditor(sent.append, parent)
    assert [combo.itemText(i) for i in range(combo.count())] == [v.text for v in VERDICTS]
    combo.setEditText("达成年度指标")
    combo.commit()
    assert sent == []  # the delegate is still filling it in
    combo.opened_with = "达成年度指标"
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    assert sent == [VERDICTS[1].text]
    combo.setEditText("  部分达成 ")
    combo.commit()
    assert sent[-1] == "部分达成"
    combo.revert()
    assert combo.currentText() == "达成年度指标" and sent[-1] == "达成年度指标"


@pytest.fixture
def tree(qtmodeltester: Any) -> Iterator[IndicatorTreeModel]:
    doc = derive_stage(clean_document(), EVALUATION)
    doc.projects[0].indicators[2].children[0].children[0].value = "明显提高"  # qualitative
    session = make_session(doc)
    model = IndicatorTreeModel(session)
    qtmodeltester.check(model)
    yield model
    session.stack.clear()


def column(model: IndicatorTreeModel, key: str) -> int:
    return next(i for i, c in enumerate(model.columns) if c.key == key)


def test_column_kind(tree: IndicatorTreeModel) -> None:
    actual = column(tree, "evaluation.actual")
    assert column_kind(tree.index_of_path((0, 0, 0), actual)) == sc.ACTUAL
    assert column_kind(tree.index_of_path((0, 0, 0), 0)) == sc.NAME
    assert column_kind(QModelIndex()) == ""


def test_a_qualitative_actual_value_gets_the_verdicts(tree: IndicatorTreeModel, parent: QWidget) -> None:
    actual = column(tree, "evaluation.actual")
    assert isinstance(stage_editor(sc.ACTUAL, tree.index_of_path((2, 0, 0), actual), parent),
                      VerdictEditor)
    assert stage_editor(sc.ACTUAL, tree.index_of_path((0, 0, 0), actual), parent) is None


def test_live_lines_only_for_fields_of_indicators(tree: IndicatorTreeModel, parent: QWidget) -> None:
    actual = column(tree, "evaluation.actual")
    assert live_line(tree.index_of_path((0, 0, 0), actual), parent) is not None
    assert live_line(tree.index_of_path((0, 0, 0), 1), parent) is not None  # 年度指标值
    assert live_line(tree.index_of_path((0, 0), actual), parent) is None  # a 二级
    assert live_run(QModelIndex()) is None


def test_keystrokes_of_one_editor_are_one_undo_step(
    tree: IndicatorTreeModel, parent: QWidget, qtbot: Any
) -> None:
    actual = column(tree, "evaluation.actual")
    line = live_line(tree.index_of_path((0, 0, 0), actual), parent)
    assert line is not None
    line.opened_with = ""
    qtbot.keyClicks(line, "130")
    session = tree.session
    node = session.doc.projects[0].indicators[0].children[0].children[0]
    assert node.evaluation is not None and node.evaluation.actual == "130"
    assert session.stack.count() == 1
    second = live_line(tree.index_of_path((0, 0, 0), actual), parent)
    assert second is not None
    commit = QInputMethodEvent()
    commit.setCommitString("平方米")  # Chinese as an input method sends it
    QApplication.sendEvent(second, commit)
    assert node.evaluation.actual == "平方米"
    assert session.stack.count() == 2  # another editor: another step
    session.stack.undo()
    assert node.evaluation.actual == "130"
    session.stack.undo()
    assert node.evaluation.actual == ""
