"""The form's block of the stage (issue 16.6): the 自评 funds table with 执行率 and its
score and the project's 总分 and 自评等级, live; the 运行监控's execution with its rate.
Keys go to the widgets (ASCII by key clicks, Chinese by input-method commit events);
a typing run in one field is one undo step, and undo shows the value that is back.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QFocusEvent, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from session_fixtures import make_session
from year_examples import evaluated_document

from jxeditor.document.document import Document
from jxeditor.document.stages import MONITORING
from jxeditor.scoring.numbers import text as decimal_text
from jxeditor.scoring.project import score_project
from ui.panes.stage_block import StageBlock
from ui.session.editor_session import EditorSession


@pytest.fixture
def evaluation() -> Iterator[EditorSession]:
    session = make_session(evaluated_document())
    yield session
    session.stack.clear()


def hosted(qtbot, session: EditorSession) -> StageBlock:
    """The block in a (hidden) form page, as the form pane holds it."""
    page = QWidget()
    qtbot.addWidget(page)
    block = StageBlock(session, page)
    block.page = page  # type: ignore[attr-defined]  # kept alive with the block
    return block


@pytest.fixture
def block(qtbot, evaluation: EditorSession) -> StageBlock:
    return hosted(qtbot, evaluation)


def line(block: StageBlock, path: str) -> QLineEdit:
    widget = block.widgets[path]
    assert isinstance(widget, QLineEdit)
    return widget


def leave(widget: QWidget) -> None:
    QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusOut))


def test_the_block_shows_the_funds_and_the_score(block: StageBlock) -> None:
    assert block.evaluation_box.isVisibleTo(block) and not block.monitoring_box.isVisibleTo(block)
    assert line(block, "evaluation.budget_full.total").text() == "120"
    assert line(block, "evaluation.executed.total").text() == "113.4"
    assert block.execution_points.text() == "10"
    assert block.execution_rate.text() == "94.5%"
    assert block.execution_score.text() == "9.45"
    assert block.total_label.text() == "总分 90.29　自评等级 优"


def test_typing_the_executed_amount_rescores_as_one_step(
    block: StageBlock, evaluation: EditorSession, qtbot
) -> None:
    executed = line(block, "evaluation.executed.total")
    steps = evaluation.stack.count()
    executed.selectAll()
    qtbot.keyClicks(executed, "60")
    project = evaluation.doc.projects[0]
    assert project.evaluation is not None
    assert project.evaluation.executed.total == Decimal("60")
    assert block.execution_rate.text() == "50%"
    assert block.execution_score.text() == "5"
    score = score_project(project, evaluation.doc.scoring)
    assert block.total_label.text() == f"总分 {decimal_text(score.total)}　自评等级 {score.grade}"
    assert score.total == Decimal("85.84")  # 90.29 − 9.45 + 5
    assert evaluation.stack.count() == steps + 1
    leave(executed)
    evaluation.undo()
    assert executed.text() == "113.4"
    assert block.execution_rate.text() == "94.5%"
    assert block.total_label.text() == "总分 90.29　自评等级 优"


def test_a_second_typing_run_is_a_second_step(
    block: StageBlock, evaluation: EditorSession, qtbot
) -> None:
    fiscal = line(block, "evaluation.executed.fiscal")
    steps = evaluation.stack.count()
    qtbot.keyClicks(fiscal, "90")
    leave(fiscal)
    qtbot.keyClicks(fiscal, ".5")
    assert evaluation.doc.projects[0].evaluation.executed.fiscal == Decimal("90.5")
    assert evaluation.stack.count() == steps + 2
    evaluation.undo()
    assert fiscal.text() == "90"


def test_an_amount_typed_with_the_unit_stays_as_typed(
    block: StageBlock, evaluation: EditorSession, qtbot
) -> None:
    """What was typed stays in the field while it means the stored value."""
    budget = line(block, "evaluation.budget_initial.other")
    qtbot.keyClicks(budget, "20.00")
    assert evaluation.doc.projects[0].evaluation.budget_initial.other == Decimal("20.00")
    assert budget.text() == "20.00"


def test_the_goals_achieved_typed_through_the_input_method(
    block: StageBlock, evaluation: EditorSession
) -> None:
    goals = block.widgets["evaluation.goals_achieved"]
    goals.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString("全年完成培训 520 人次")
    QApplication.sendEvent(goals, event)
    assert evaluation.doc.projects[0].evaluation.goals_achieved == "全年完成培训 520 人次"
    assert evaluation.stack.undoText() == "修改“年度总体目标实际完成情况”"
    evaluation.undo()
    assert evaluation.doc.projects[0].evaluation.goals_achieved == ""
    assert goals.toPlainText() == ""


def test_the_block_follows_the_current_project(block: StageBlock, evaluation: EditorSession) -> None:
    evaluation.set_current_index(1)
    assert line(block, "evaluation.executed.total").text() == "50"
    assert block.execution_rate.text() == "50%"
    assert block.total_label.text() == "总分（未完成：1 项未评分）"  # 节约资金: another unit


def test_the_monitoring_block(qtbot, sample_doc: Document) -> None:
    session = make_session(sample_doc)
    widget = hosted(qtbot, session)
    assert widget.isHidden()  # the target stage has no block
    session.set_stage(MONITORING)
    assert not widget.isHidden()
    assert widget.monitoring_box.isVisibleTo(widget)
    assert not widget.evaluation_box.isVisibleTo(widget)
    assert line(widget, "monitoring.as_of").text() == "2026-07-31"
    assert line(widget, "monitoring.budget").text() == "100"
    executed = line(widget, "monitoring.executed")
    qtbot.keyClicks(executed, "58.3")
    assert widget.monitoring_rate.text() == "58.3%"
    assert sample_doc.projects[0].monitoring.executed == Decimal("58.3")
    session.undo()
    assert executed.text() == "" and widget.monitoring_rate.text() == ""
    session.undo()  # the switch
    assert widget.isHidden()
    session.stack.clear()


def test_an_amount_that_cannot_be_read_stays_as_typed(
    block: StageBlock, evaluation: EditorSession, qtbot
) -> None:
    executed = line(block, "evaluation.executed.total")
    executed.selectAll()
    qtbot.keyClicks(executed, "abc")
    assert executed.text() == "abc"
    assert evaluation.doc.projects[0].evaluation.executed.total == "abc"
    assert block.execution_rate.text() == ""  # not computable
    evaluation.live.flush()
    problems = evaluation.live.problems_of(evaluation.current)
    assert any(p.field == "evaluation.executed.total" for p in problems), [
        (p.code, p.field) for p in problems]


def test_an_amount_is_shown_as_read_on_leaving(block: StageBlock, evaluation: EditorSession, qtbot) -> None:
    """``1,380.5`` typed: the field shows ``1380.5`` once left (as the project form does);
    unreadable text stays as typed."""
    budget = line(block, "evaluation.budget_full.total")
    budget.selectAll()
    qtbot.keyClicks(budget, "1,380.5")
    assert budget.text() == "1,380.5"  # as typed while typing
    leave(budget)
    assert budget.text() == "1380.5"
    project = evaluation.doc.projects[0]
    assert project.evaluation is not None
    assert project.evaluation.budget_full.total == Decimal("1380.5")
    budget.selectAll()
    qtbot.keyClicks(budget, "about 1k")
    leave(budget)
    assert budget.text() == "about 1k"
