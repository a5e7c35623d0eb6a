"""The 确认无误 dialog: it shows the problem and its place, asks for a one-line reason,
keeps 确定 disabled while the reason is empty (Enter then does nothing) and gives the
reason trimmed; the line is limited to the longest reason allowed."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from jxeditor.rules.acknowledgements import MAX_REASON
from jxeditor.rules.problems import Problem
from ui.panes.acknowledge_dialog import AcknowledgeDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # a shown dialog offscreen

PROBLEM = Problem("value.satisfaction_full", "warning", None, "档案室改造",
                  "满意度目标“=100%”要求人人满意，不切实际", location="满意度指标 / 使用人员满意度")


@pytest.fixture
def dialog(qtbot: Any) -> AcknowledgeDialog:
    widget = AcknowledgeDialog("档案室改造", PROBLEM)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.reason_edit.setFocus()
    return widget


def ok(dialog: AcknowledgeDialog) -> Any:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def type_chinese(dialog: AcknowledgeDialog, text: str) -> None:
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(dialog.reason_edit, event)


def test_it_shows_the_problem(dialog: AcknowledgeDialog) -> None:
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "档案室改造　满意度指标 / 使用人员满意度\n满意度目标“=100%”要求人人满意，不切实际" in texts
    assert dialog.windowTitle() == "确认无误"
    assert dialog.reason_edit.maxLength() == MAX_REASON


def test_ok_only_with_a_reason(dialog: AcknowledgeDialog, qtbot: Any) -> None:
    assert not ok(dialog).isEnabled()
    qtbot.keyClicks(dialog.reason_edit, "   ")
    assert not ok(dialog).isEnabled()
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0  # Enter in an empty line: nothing
    type_chinese(dialog, "按合同约定")
    assert ok(dialog).isEnabled()
    assert dialog.reason() == "按合同约定"
    with qtbot.wait_signal(dialog.accepted):
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert dialog.result() == 1


def test_cancel_rejects(dialog: AcknowledgeDialog, qtbot: Any) -> None:
    type_chinese(dialog, "理由")
    with qtbot.wait_signal(dialog.rejected):
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Escape)


def test_without_a_place_only_the_message(qtbot: Any) -> None:
    bare = AcknowledgeDialog("", Problem("x", "info", None, "", "说明"))
    qtbot.addWidget(bare)
    assert "说明" in [label.text() for label in bare.findChildren(QLabel)]
