"""The problems of 部门整体 in the problems pane (issue 30): the right-click menu offers
their fixes, which go session → one undo command → one document method as a project's;
确认无误 is there but disabled, saying why (the file keeps confirmations per project only),
and so is the button; undo and redo of a department step bring 部门整体 into view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex

from jxeditor.document.department import Department, Measure, Task
from jxeditor.document.model import Indicator, Level1, Level2
from ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def with_block(window: MainWindow) -> Department:
    block = Department(
        name="财政金融局", overall_goal="做好财政工作。",
        tasks=[Task("组织收入", "组织收入。", measures=[
            Measure("收入增长 8%", "收入增长率", "≥8％")])],
        indicators=[Level1("产出指标", [Level2("数量指标", [Indicator("审核项目数", ">=100个")])])],
    )
    window.session.doc.set_department(block)
    window.session.live.flush()
    return block


def row_of(window: MainWindow, field: str | None, path: tuple[int, ...] | None) -> QModelIndex:
    pane = window.problems
    for r in range(pane.filter.rowCount()):
        index = pane.filter.index(r, 0)
        problem = pane.model.problem(pane._source(index))
        if problem is not None and problem.code == "value.symbol" and (
                problem.field == field and tuple(problem.path or ()) == tuple(path or ())):
            return index
    raise AssertionError(f"no value.symbol row at {field} {path}")


@pytest.mark.parametrize(("field", "path"), [
    ("department.tasks[0].measures[0].value", None),  # a measure's value
    (None, (0, 0, 0)),  # a 年度指标值 of its tree
])
def test_a_department_fix_from_the_menu_is_one_undo_step(
    window: MainWindow, field: str | None, path: tuple[int, ...] | None
) -> None:
    block = with_block(window)
    session = window.session
    start = session.stack.count()
    menu = window.problems._department_menu(row_of(window, field, path))
    [fix] = [a for a in menu.actions() if a.text().startswith("修正：")]
    assert fix.isEnabled()
    fix.trigger()
    value = (block.tasks[0].measures[0].value if field
             else block.indicators[0].children[0].children[0].value)
    assert value in ("≥8%", "≥100个")
    assert session.stack.count() == start + 1
    assert session.stack.undoText().startswith("修正：")
    session.undo()
    assert (block.tasks[0].measures[0].value if field
            else block.indicators[0].children[0].children[0].value) in ("≥8％", ">=100个")


def test_confirming_a_department_problem_is_disabled_saying_why(window: MainWindow) -> None:
    with_block(window)
    pane = window.problems
    index = row_of(window, "department.tasks[0].measures[0].value", None)
    menu = pane._department_menu(index)
    [confirm] = [a for a in menu.actions() if a.text() == "确认无误…"]
    assert not confirm.isEnabled() and "部门整体" in confirm.toolTip()
    assert menu.actions()[0].text() == "转到"
    pane.view.setCurrentIndex(index)
    assert not pane.acknowledge_button.isEnabled()
    assert "部门整体" in pane.acknowledge_button.toolTip()
    pane.acknowledge_current()  # nothing to do: no step
    assert window.session.stack.count() == 0


def test_undo_and_redo_of_a_department_step_show_the_department(window: MainWindow) -> None:
    block = with_block(window)
    session = window.session
    first = session.doc.projects[0]
    session.department.set_field(block, "overall_goal", "改过的目标。")
    session.set_current(first)
    assert not session.department.shown
    session.undo()
    assert session.department.shown and session.current is None
    assert window.projects.view.currentIndex().row() == 0  # the 部门整体 row
    session.set_current(first)
    session.redo()
    assert session.department.shown and block.overall_goal == "改过的目标。"
    session.set_project_field(first, "name", "别的名称")  # a project's step: left as it was
    session.undo()
    assert session.department.shown


def test_a_fix_of_the_departments_target_in_the_evaluation_needs_the_unlock(
    window: MainWindow, qtbot
) -> None:
    """In the 自评 the approved 年度指标值 is fixed only once unlocked, as a project's: the
    step then says so, and locked the status bar says how to unlock."""
    from jxeditor.document.stages import EVALUATION

    block = with_block(window)
    session = window.session
    session.set_stage(EVALUATION)
    session.live.flush()
    index = row_of(window, None, (0, 0, 0))
    problem = window.problems.model.problem(window.problems._source(index))
    leaf = block.indicators[0].children[0].children[0]
    with qtbot.wait_signal(session.message) as note:
        assert not session.department.apply_fix(problem)
    assert "解锁" in note.args[0] and leaf.value == ">=100个"
    session.set_targets_unlocked(True)
    assert session.department.apply_fix(problem)
    assert leaf.value == "≥100个" and session.unlocked_targets[id(leaf)] == (leaf, ">=100个")
    session.undo()
    assert leaf.value == ">=100个" and id(leaf) not in session.unlocked_targets
