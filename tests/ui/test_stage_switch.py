"""Switching the stage of the year as a person does (issue 16.6): the drop-down in the
form's settings strip (keyboard), 视图 → 填报阶段 (menu) and 文档设置… (the dialog).
Each switch is one undo step; undo takes the stage's blocks away and shows the stage
that is back everywhere (drop-down, menu, settings line, tree columns, form block).
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from jxeditor.document.stages import EVALUATION, MONITORING, TARGETS
from ui.dialogs.settings_dialog import SettingsDialog
from ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def shown_stage(window: MainWindow) -> str:
    """The stage the window says is the document's: all its places must agree."""
    stages = window.form_pane.stages
    combo = window.form_pane.stage_choice.currentData()
    checked = [key for key, action in stages.actions.items() if action.isChecked()]
    assert checked == [combo]
    return str(combo)


def tree_titles(window: MainWindow) -> list[str]:
    model, tree = window.indicators.model, window.indicators.tree
    return [
        str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
        for c in range(model.columnCount()) if not tree.isColumnHidden(c)
    ]


def check_undo_restores_targets(window: MainWindow, steps_before: int) -> None:
    doc = window.session.doc
    assert window.session.stack.count() == steps_before + 1  # one step
    window.session.undo()
    assert doc.stage == TARGETS
    assert shown_stage(window) == TARGETS
    assert all(p.evaluation is None and p.monitoring is None for p in doc.projects)
    assert tree_titles(window) == ["指标", "年度指标值"]
    assert window.form_pane.stage_block.isHidden()


def test_the_drop_down_switches_by_keyboard_and_undo_takes_it_back(
    window: MainWindow, qtbot
) -> None:
    window.show()
    qtbot.waitExposed(window)
    combo = window.form_pane.stage_choice
    steps = window.session.stack.count()
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # 目标 → 运行监控
    assert window.session.doc.stage == MONITORING
    assert shown_stage(window) == MONITORING
    assert tree_titles(window) == ["指标", "年度指标值", "1–7月完成值", "全年预计",
                                   "完成可能性", "偏差原因"]
    assert window.form_pane.stage_block.monitoring_box.isVisible()
    assert not window.form_pane.stage_block.evaluation_box.isVisible()
    assert "运行监控" in window.session.stack.undoText()
    check_undo_restores_targets(window, steps)


def test_the_view_menu_switches_to_the_self_evaluation(window: MainWindow, qtbot) -> None:
    window.show()
    qtbot.waitExposed(window)
    steps = window.session.stack.count()
    menu = window.findChild(type(window.menuBar().actions()[0].menu()), "stageMenu")
    assert menu is not None
    titles = [a.text() for a in menu.actions() if a.text()]
    assert titles[:3] == ["目标阶段", "运行监控阶段", "自评阶段"]
    window.form_pane.stages.actions[EVALUATION].trigger()
    assert window.session.doc.stage == EVALUATION
    assert shown_stage(window) == EVALUATION
    assert tree_titles(window) == ["指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]
    block = window.form_pane.stage_block
    assert block.evaluation_box.isVisible() and not block.monitoring_box.isVisible()
    # 全年预算数 prefilled from the annual funding, the funds table shows it
    assert block.widgets["evaluation.budget_full.total"].text() == "100"
    assert window.counts.score_label.isVisible()
    # the unlock action is offered only in the later stages
    assert window.form_pane.stages.act_unlock.isEnabled()
    check_undo_restores_targets(window, steps)
    assert not window.form_pane.stages.act_unlock.isEnabled()
    assert not window.counts.score_label.isVisible()


def test_the_settings_dialog_switches_the_stage(window: MainWindow, qtbot) -> None:
    window.show()
    qtbot.waitExposed(window)

    def answer(doc: Any) -> dict[str, object] | None:
        dialog = SettingsDialog(doc, window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.stage.setFocus()
        qtbot.keyClick(dialog.stage, Qt.Key.Key_End)  # the last stage: 自评
        assert dialog.stage.currentData() == EVALUATION
        buttons = dialog.findChild(QDialogButtonBox)
        qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
        assert dialog.result() == SettingsDialog.DialogCode.Accepted
        return dialog.values()

    window.questions.answers["ask_settings"] = answer
    steps = window.session.stack.count()
    qtbot.mouseClick(window.form_pane.settings_button, Qt.MouseButton.LeftButton)
    assert window.session.doc.stage == EVALUATION
    assert shown_stage(window) == EVALUATION
    assert window.session.stack.undoText() == "修改文档设置"
    check_undo_restores_targets(window, steps)
    window.session.redo()
    assert shown_stage(window) == EVALUATION
    assert all(p.evaluation is not None for p in window.session.doc.projects)


def test_undo_of_a_switch_after_edits_in_the_stage(window: MainWindow, qtbot) -> None:
    """Undo goes back through the stage's edits, then the switch itself."""
    session = window.session
    window.form_pane.stages.actions[EVALUATION].trigger()
    project = session.current
    assert project is not None
    executed = window.form_pane.stage_block.widgets["evaluation.executed.total"]
    qtbot.keyClicks(executed, "90")
    assert window.form_pane.stage_block.execution_rate.text() == "90%"
    session.undo()
    assert window.form_pane.stage_block.execution_rate.text() == ""
    session.undo()
    assert session.doc.stage == TARGETS and project.evaluation is None
