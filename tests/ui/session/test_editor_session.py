"""The editing session: one current project, edits as undo steps, open editors committed
before every document-level action, fixes as one step, go-to only within the document."""

from __future__ import annotations

import copy
import dataclasses
from decimal import Decimal

import pytest

from jxeditor.document.document import Document
from jxeditor.document.model import new_project
from ui.session.editor_session import EditorSession


def problem(session: EditorSession, project, code: str):
    session.live.flush()
    [found] = [p for p in session.live.problems_of(project) if p.code == code]
    return found


# == the current project ==================================================================
def test_first_project_is_current_and_set_current_announces_changes(
    session: EditorSession, sample_doc: Document, qtbot
) -> None:
    p0, p1, _p2 = sample_doc.projects
    assert session.current is p0 and session.current_index() == 0
    with qtbot.wait_signal(session.currentProjectChanged) as blocker:
        session.set_current(p1)
    assert blocker.args == [p1]
    assert session.current_index() == 1
    with qtbot.assert_not_emitted(session.currentProjectChanged):
        session.set_current(p1)  # already current
    with qtbot.wait_signal(session.currentProjectChanged) as blocker:
        session.set_current_index(7)
    assert blocker.args == [None] and session.current is None


def test_a_project_not_in_the_document_is_never_current(
    session: EditorSession, sample_doc: Document
) -> None:
    stranger = copy.deepcopy(sample_doc.projects[1])  # equal, but not in the document
    session.set_current(stranger)
    assert session.current is None


def test_delete_project_makes_the_neighbour_current(
    session: EditorSession, sample_doc: Document, qtbot
) -> None:
    p0, p1, p2 = sample_doc.projects
    session.set_current(p1)
    with qtbot.wait_signal(session.message) as note:
        assert session.delete_project() is p1
    assert "示例项目1" in note.args[0]
    assert session.current is p2  # the one that took its place
    assert session.delete_project() is p2
    assert session.current is p0  # the last one went: the one before
    session.undo()
    assert sample_doc.projects == [p0, p2] and session.current is p0
    assert session.delete_project() is p0
    assert session.current is p2
    assert session.delete_project() is p2
    assert session.current is None and sample_doc.projects == []
    assert session.delete_project() is None
    while session.stack.canUndo():
        session.undo()
    assert [id(p) for p in sample_doc.projects] == [id(p0), id(p1), id(p2)]


@pytest.mark.parametrize(("after", "neighbour"), [(0, 1), (2, 2)])
def test_undo_of_add_project_makes_a_neighbour_current(
    session: EditorSession, sample_doc: Document, after: int, neighbour: int
) -> None:
    projects = list(sample_doc.projects)
    session.set_current(projects[after])
    added = session.add_project()
    assert sample_doc.index_of(added) == after + 1
    assert session.current is added
    assert len(added.indicators) > 0  # the framework's skeleton
    session.undo()
    assert sample_doc.projects == projects
    assert session.current is projects[neighbour]
    session.redo()
    assert sample_doc.projects[after + 1] is added


def test_replace_document_makes_the_first_project_current_and_clears_history(
    session: EditorSession, sample_doc: Document, qtbot
) -> None:
    session.set_current(sample_doc.projects[2])
    session.set_project_field(sample_doc.projects[2], "code", "9")
    loaded = Document(projects=[new_project("2021", "甲"), new_project("2021", "乙")])
    first = loaded.projects[0]
    with qtbot.wait_signal(session.currentProjectChanged) as blocker:
        session.replace_document(loaded)
    assert blocker.args == [first]
    assert session.current is first
    assert session.doc is sample_doc  # the same document object, new content
    assert [p.name for p in sample_doc.projects] == ["甲", "乙"]
    assert session.stack.count() == 0 and session.stack.isClean()
    assert not session.stack.canUndo()


def test_a_failed_takeover_keeps_the_department_block(
    session: EditorSession, sample_doc: Document
) -> None:
    """Issue 30: all or nothing includes the department's overall targets."""
    from jxeditor.document.changes import Change, Reset
    from jxeditor.document.department import Department

    block = Department(name="示例局")
    sample_doc.department = block
    failed: list[bool] = []

    def fail_once(change: Change) -> None:
        if isinstance(change, Reset) and not failed:
            failed.append(True)
            raise RuntimeError("boom")

    sample_doc.subscribe(fail_once)
    with pytest.raises(RuntimeError):
        session.replace_document(Document(projects=[new_project("2021", "甲")]))
    assert sample_doc.department is block


def test_replace_document_with_no_projects_announces_that_none_is_current(
    session: EditorSession, qtbot
) -> None:
    with qtbot.wait_signal(session.currentProjectChanged, timeout=100) as blocker:
        session.replace_document(Document(projects=[]))
    assert blocker.args == [None]
    assert session.current is None


# == moving and duplicating =================================================================
def test_move_project_stays_within_bounds(session: EditorSession, sample_doc: Document) -> None:
    p0, p1, p2 = sample_doc.projects
    assert not session.move_project(-1)
    assert session.stack.count() == 0
    assert session.move_project(2)
    assert sample_doc.projects == [p1, p2, p0] and session.current is p0
    assert not session.move_project(1)
    assert session.move_project(-1)
    assert [id(p) for p in sample_doc.projects] == [id(p1), id(p0), id(p2)]
    session.set_current(None)
    assert not session.move_project(1)
    session.undo()
    session.undo()
    assert [id(p) for p in sample_doc.projects] == [id(p0), id(p1), id(p2)]


def test_move_project_to_pushes_nothing_for_the_same_place(
    session: EditorSession, sample_doc: Document
) -> None:
    session.move_project_to(sample_doc.projects[1], 1)
    session.move_project_to(copy.deepcopy(sample_doc.projects[1]), 0)  # not in the document
    assert session.stack.count() == 0


def test_duplicate_project_is_an_independent_copy_after_the_current(
    session: EditorSession, sample_doc: Document
) -> None:
    _p0, p1, _p2 = sample_doc.projects
    session.set_current(p1)
    copy_ = session.duplicate_project()
    assert copy_ is not None and copy_ is not p1
    assert sample_doc.projects[2] is copy_ and session.current is copy_
    assert copy_.name == "示例项目1（副本）"
    assert copy_.indicators == p1.indicators
    assert session.stack.undoText() == "复制项目"
    session.set_node_field((0, 0, 0), "value", "=1个")  # edits the copy only
    assert p1.indicators[0].children[0].children[0].value == "≥120平方米"
    session.undo()
    session.undo()
    assert len(sample_doc.projects) == 3
    session.set_current(None)
    assert session.duplicate_project() is None


def test_document_settings_are_one_step_and_unchanged_ones_none(
    session: EditorSession, sample_doc: Document
) -> None:
    assert not session.set_document_fields({"year": 2026, "reporting_unit": "示例局"})
    assert session.stack.count() == 0
    assert session.set_document_fields({"year": 2027, "reporting_unit": "新局"})
    assert session.stack.count() == 1
    session.undo()
    assert (sample_doc.year, sample_doc.reporting_unit) == (2026, "示例局")


# == fixes ===============================================================================
def test_apply_fix_of_a_field_problem_is_one_step(session: EditorSession, sample_doc: Document) -> None:
    p2 = sample_doc.projects[2]  # not the current project
    session.set_project_field(p2, "spending_plan.12", Decimal("90"))
    found = problem(session, p2, "spending_plan.final_not_100")
    count = session.stack.count()
    assert session.apply_fix(found)
    assert p2.spending_plan["12"] == Decimal("100")
    assert session.stack.count() == count + 1
    assert session.stack.undoText() == "修正：改为 100"
    session.live.flush()
    assert session.live.problems_of(p2) == []
    session.undo()
    assert p2.spending_plan["12"] == Decimal("90")


def test_apply_fix_of_a_node_problem_is_one_step(session: EditorSession, sample_doc: Document) -> None:
    p0, p1, _p2 = sample_doc.projects
    session.set_current(p1)
    session.set_node_field((0, 0, 0), "value", ">=120平方米")
    found = problem(session, p1, "value.symbol")
    session.set_current(p0)  # the fix goes to the problem's project, not the current one
    assert found.project is p1 and session.apply_fix(found)
    assert p1.indicators[0].children[0].children[0].value == "≥120平方米"
    assert p0.indicators[0].children[0].children[0].value == "≥120平方米"
    assert session.stack.count() == 2
    session.undo()
    assert p1.indicators[0].children[0].children[0].value == ">=120平方米"


def test_apply_fix_refuses_what_no_longer_fits(session: EditorSession, sample_doc: Document) -> None:
    p0 = sample_doc.projects[0]
    session.set_node_field((0, 0, 0), "value", ">=120平方米")
    found = problem(session, p0, "value.symbol")
    count = session.stack.count()
    assert not session.apply_fix(dataclasses.replace(found, project=copy.deepcopy(p0)))  # not in the document
    assert not session.apply_fix(dataclasses.replace(found, project=None))  # the department's
    assert not session.apply_fix(dataclasses.replace(found, fix=None))
    assert not session.apply_fix(dataclasses.replace(found, path=(9, 9, 9)))  # tree changed
    assert not session.apply_fix(dataclasses.replace(found, path=(0, 0)))  # not an indicator
    assert session.stack.count() == count
    assert p0.indicators[0].children[0].children[0].value == ">=120平方米"


# == going to a problem ======================================================================
def test_go_to_a_project_in_the_document(session: EditorSession, sample_doc: Document, qtbot) -> None:
    p2 = sample_doc.projects[2]
    with qtbot.wait_signal(session.goToRequested) as blocker:
        session.go_to(p2, "implementer")
    assert blocker.args == ["implementer", None]
    assert session.current is p2
    with qtbot.wait_signal(session.goToRequested) as blocker:
        session.go_to(p2, None, (0, 1))
    assert blocker.args == [None, (0, 1)]


def test_go_to_a_project_not_in_the_document_goes_nowhere(
    session: EditorSession, sample_doc: Document, qtbot
) -> None:
    stranger = copy.deepcopy(sample_doc.projects[1])
    with qtbot.assert_not_emitted(session.goToRequested):
        session.go_to(stranger, "name")
    assert session.current is not stranger
    # a project of the document again: the request goes through
    with qtbot.wait_signal(session.goToRequested):
        session.go_to(sample_doc.projects[1], "name")
