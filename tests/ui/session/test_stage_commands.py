"""The undo commands of the stages: each calls one document method, undo gives back
exactly the document that was (blocks added by a switch or a first edit go again), a
typing run in one field is one step, and an unlocked target says so and is marked.
"""

from __future__ import annotations

import copy
from decimal import Decimal

from session_fixtures import make_session

from jxeditor.document.document import Document
from jxeditor.document.stages import EVALUATION, MONITORING, TARGETS
from ui.session.stage_commands import SetStageFieldCommand
from ui.session.typing import TypedField


def test_switch_and_undo_give_back_the_same_document(sample_doc: Document) -> None:
    session = make_session(sample_doc)
    before = copy.deepcopy(sample_doc.projects)
    session.set_stage(MONITORING)
    assert session.stack.undoText() == "切换到“运行监控”阶段"
    session.set_stage(EVALUATION)
    assert all(p.monitoring is not None and p.evaluation is not None for p in sample_doc.projects)
    session.undo()
    session.undo()
    assert sample_doc.stage == TARGETS
    assert sample_doc.projects == before
    session.redo()
    session.redo()
    assert sample_doc.stage == EVALUATION
    assert not session.set_stage(EVALUATION)  # already: no step
    session.stack.clear()


def test_a_field_of_a_block_not_there_yet(sample_doc: Document) -> None:
    """A project added in the 自评 stage has no block before its first edit; undo of the
    first edit takes the block away again."""
    session = make_session(sample_doc)
    sample_doc.stage = EVALUATION  # as a file read with the stage set but no blocks
    project = sample_doc.projects[0]
    assert project.evaluation is None
    session.set_project_stage_field(project, "evaluation.executed.total", Decimal("80"))
    assert project.evaluation is not None
    assert project.evaluation.executed.total == Decimal("80")
    assert project.evaluation.budget_full.total == Decimal("100")  # filled in like derive
    session.undo()
    assert project.evaluation is None
    session.set_indicator_stage_field((0, 0, 0), "evaluation.actual", "130平方米")
    assert sample_doc.node(sample_doc.projects[0], (0, 0, 0)).evaluation.actual == "130平方米"
    session.undo()
    assert sample_doc.node(sample_doc.projects[0], (0, 0, 0)).evaluation is None
    session.stack.clear()


def test_keystrokes_of_one_run_merge_and_a_new_run_does_not(sample_doc: Document) -> None:
    session = make_session(sample_doc)
    session.set_stage(EVALUATION)
    steps = session.stack.count()
    node = sample_doc.node(sample_doc.projects[0], (0, 0, 0))
    actual = session.begin_typing(TypedField(sample_doc.projects[0], "evaluation.actual", node))
    for text in ("1", "13", "130"):
        actual.set(text)
    assert session.stack.count() == steps + 1
    actual.end()
    actual.set("1300")
    assert session.stack.count() == steps + 2
    # another field is its own step
    session.begin_typing(TypedField(sample_doc.projects[0], "evaluation.deviation", node)).set("x")
    assert session.stack.count() == steps + 3
    session.undo()
    session.undo()
    assert sample_doc.node(sample_doc.projects[0], (0, 0, 0)).evaluation.actual == "130"
    session.undo()
    assert sample_doc.node(sample_doc.projects[0], (0, 0, 0)).evaluation.actual == ""
    session.stack.clear()


def test_typing_back_to_the_old_value_leaves_no_step(sample_doc: Document) -> None:
    session = make_session(sample_doc)
    session.set_stage(EVALUATION)
    steps = session.stack.count()
    run = session.begin_typing(
        TypedField(sample_doc.projects[0], "evaluation.actual", sample_doc.node(sample_doc.projects[0], (0, 0, 0))))
    run.set("9")
    run.set("")
    assert session.stack.count() == steps
    session.stack.clear()


def test_the_command_says_which_field(sample_doc: Document) -> None:
    command = SetStageFieldCommand(sample_doc, sample_doc.projects[0], (0, 0, 0),
                                   "monitoring.possibility", "有可能")
    assert command.text() == "修改“完成目标可能性”"
    command = SetStageFieldCommand(sample_doc, sample_doc.projects[0], None,
                                   "evaluation.executed.total", Decimal(1))
    assert "全年执行数" in command.text()


def test_an_unlocked_target_is_marked_while_done(sample_doc: Document) -> None:
    session = make_session(sample_doc)
    session.set_stage(EVALUATION)
    session.set_targets_unlocked(True)
    node = sample_doc.node(sample_doc.projects[0], (0, 0, 0))
    session.set_unlocked_target((0, 0, 0), "≥130平方米")
    assert session.unlocked_targets[id(node)] == (node, "≥120平方米")
    session.set_unlocked_target((0, 0, 0), "≥140平方米")  # the approved one stays known
    assert session.unlocked_targets[id(node)] == (node, "≥120平方米")
    session.undo()
    assert id(node) in session.unlocked_targets
    session.undo()
    assert id(node) not in session.unlocked_targets
    assert node.value == "≥120平方米"
    session.redo()
    assert session.unlocked_targets[id(node)] == (node, "≥120平方米")
    session.stack.clear()


def test_a_fix_of_an_approved_target_needs_the_unlock(sample_doc: Document) -> None:
    """A problem's fix that rewrites a 年度指标值 (》90% → ≥90%) is refused while the
    targets are locked in a later stage, and says so once unlocked."""
    session = make_session(sample_doc)
    session.set_node_field((0, 0, 0), "value", "》90%")
    session.set_stage(EVALUATION)
    session.live.flush()
    problem = next(p for p in session.live.problems_of(session.current)
                   if p.code == "value.symbol")
    messages: list[str] = []
    session.message.connect(messages.append)
    steps = session.stack.count()
    assert not session.apply_fix(problem)
    assert session.stack.count() == steps
    assert sample_doc.node(sample_doc.projects[0], (0, 0, 0)).value == "》90%"
    assert "解锁" in messages[-1]
    session.set_targets_unlocked(True)
    assert session.apply_fix(problem)
    assert sample_doc.node(sample_doc.projects[0], (0, 0, 0)).value == "≥90%"
    assert session.stack.undoText() == "解锁修改年度指标值（已批复的目标）"
    assert id(sample_doc.node(sample_doc.projects[0], (0, 0, 0))) in session.unlocked_targets
    session.undo()
    assert sample_doc.node(sample_doc.projects[0], (0, 0, 0)).value == "》90%"
    session.stack.clear()
