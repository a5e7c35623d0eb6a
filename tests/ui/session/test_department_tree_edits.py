"""Editing the department's indicator tree through the session while the 部门整体 row is
chosen: each edit is one undo command calling one department method of the document;
undo and redo give back exactly what was; typing in a cell goes through the one typing
path (a run is one step); the department's rules follow the edits live."""

from __future__ import annotations

import copy

from session_fixtures import make_session

from jxeditor.document.department import Department
from jxeditor.document.document import Document
from jxeditor.document.model import Indicator, Level1, Level2
from ui.session.typing import TypedField


def block() -> Department:
    return Department(
        name="财政金融局", overall_goal="做好财政工作。",
        indicators=[Level1("产出指标", [Level2("数量指标", [Indicator("审核项目数", "≥100个")])])],
    )


def shown(sample_doc: Document):
    session = make_session(sample_doc)
    sample_doc.set_department(block())
    assert session.department.show()
    assert session.tree_owner() is sample_doc.department
    return session, sample_doc.department


def test_each_edit_is_one_step_and_undo_redo_give_back_exactly(sample_doc: Document) -> None:
    session, dept = shown(sample_doc)
    projects = copy.deepcopy(sample_doc.projects)
    states = [copy.deepcopy(dept)]
    session.insert_node((0, 0), 1, Indicator("培训人次", "≥50人次"))
    states.append(copy.deepcopy(dept))
    session.set_node_field((0, 0, 1), "value", "≥60人次")
    states.append(copy.deepcopy(dept))
    session.move_node((0, 0, 1), 0)
    states.append(copy.deepcopy(dept))
    session.insert_node((), 1, Level1("效益指标", [Level2("社会效益指标")]))
    states.append(copy.deepcopy(dept))
    session.move_node_to((0, 0, 0), (1, 0), 0)  # under another 二级: one step
    states.append(copy.deepcopy(dept))
    session.remove_node((0,))
    states.append(copy.deepcopy(dept))
    assert session.stack.count() == 6
    assert [i.name for i in dept.indicators[0].children[0].children] == ["培训人次"]
    for state in reversed(states[:-1]):
        session.undo()
        assert dept == state
    for state in states[1:]:
        session.redo()
        assert dept == state
    assert sample_doc.projects == projects  # no project was touched
    assert session.current is None and session.department.shown


def test_typing_in_a_cell_is_one_step_through_the_typing_path(sample_doc: Document) -> None:
    session, dept = shown(sample_doc)
    leaf = dept.indicators[0].children[0].children[0]
    run = session.begin_typing(TypedField(dept, "value", leaf))
    for text in ("≥", "≥1", "≥12", "≥120个 "):
        assert run.set(text)
    assert leaf.value == "≥120个"  # stripped, as a project's indicator text
    assert session.stack.count() == 1
    assert session.stack.undoText() == "修改“年度指标值”"
    run.end()
    run.set("≥130个")
    assert session.stack.count() == 2
    session.undo()
    session.undo()
    assert leaf.value == "≥100个"
    session.department.remove()
    assert not run.set("≥1个")  # the block is gone: nothing to write


def test_the_departments_rules_follow_the_tree(qtbot, sample_doc: Document) -> None:
    session, _dept = shown(sample_doc)
    session.live.flush()

    def value_problems() -> list[str]:
        return [p.code for p in session.live.department_problems()
                if p.path == (0, 0, 0) and p.code.startswith("value.")]
    assert value_problems() == []
    session.set_node_field((0, 0, 0), "value", "》100个")  # a wrong symbol
    qtbot.waitUntil(lambda: value_problems() != [])
    session.undo()
    qtbot.waitUntil(lambda: value_problems() == [])


def test_going_to_an_indicator_of_the_department(qtbot, sample_doc: Document) -> None:
    """A problem or a change of the department's tree: the 部门整体 row, then the node."""
    session, _dept = shown(sample_doc)
    session.set_current(sample_doc.projects[0])
    with qtbot.wait_signal(session.goToRequested) as went:
        session.department.go_to("department.indicators", (0, 0, 0))
    assert session.department.shown and went.args == [None, (0, 0, 0)]
