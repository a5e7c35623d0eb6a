"""Live validation: problems belong to the project object, whatever moves around it; a
burst of edits costs one validation; document-wide settings revalidate everything.

The document is edited directly (as the undo commands do); ``flush()`` stands for the
moment the debounce timer fires, and the tests that are about the timer wait for it.
"""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import QObject

from jxeditor.document.document import Document
from jxeditor.document.model import new_project
from jxeditor.rules import engine
from jxeditor.rules.tally import Tally
from ui.session.live_validation import LiveValidation


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The index of every project validated from now on."""
    seen: list[int] = []
    real = engine.Validator.project

    def counting(self: engine.Validator, index: int):
        seen.append(index)
        return real(self, index)

    monkeypatch.setattr(engine.Validator, "project", counting)
    return seen


def codes(live: LiveValidation, project) -> list[str]:
    return [p.code for p in live.problems_of(project)]


def fresh_counts(doc: Document) -> Tally:
    """The tally of validating the whole document from scratch."""
    return Tally.of(engine.validate(doc))


def test_sample_document_starts_without_problems(live: LiveValidation, sample_doc: Document) -> None:
    assert live.tally() == Tally()
    assert live.all_problems() == []
    assert live.problems_of(None) == []
    assert [p for p, _plist in live.by_project()] == sample_doc.projects


def test_problems_follow_the_project_through_insert_move_and_remove(
    live: LiveValidation, sample_doc: Document
) -> None:
    p0, p1, p2 = sample_doc.projects
    sample_doc.set_project_field(sample_doc.projects[2], "department", "")
    live.flush()
    assert codes(live, p2) == ["project.missing_field"]
    assert live.tally() == Tally(todo=1)  # 待填, not an error (issue 14)

    blank = new_project("2021")  # an empty project: many errors of its own
    sample_doc.insert_projects(0, [blank])
    live.flush()
    assert codes(live, p2) == ["project.missing_field"]
    assert codes(live, p0) == codes(live, p1) == []
    assert len(codes(live, blank)) > 1
    assert live.tally() == fresh_counts(sample_doc)

    sample_doc.move_project(sample_doc.index_of(p2), 0)
    live.flush()
    assert codes(live, p2) == ["project.missing_field"]
    assert codes(live, sample_doc.projects[3]) == []  # the row p2 came from
    assert [p for p, _plist in live.by_project()] == sample_doc.projects

    sample_doc.remove_project(sample_doc.index_of(p0))
    assert codes(live, p2) == ["project.missing_field"]
    assert live.tally() == fresh_counts(sample_doc)
    sample_doc.remove_project(sample_doc.index_of(blank))
    assert live.tally() == Tally(todo=1)
    assert codes(live, blank) == []  # gone: no stale problems kept for it


def test_counts_stay_right_when_a_dirty_project_is_removed(
    live: LiveValidation, sample_doc: Document, qtbot
) -> None:
    p1 = sample_doc.projects[1]
    sample_doc.set_project_field(sample_doc.projects[1], "implementer", "")
    live.flush()
    assert live.tally() == Tally(todo=1)  # 待填, not an error (issue 14)
    sample_doc.set_project_field(sample_doc.projects[1], "department", "")  # dirty, not yet validated
    with qtbot.wait_signal(live.countsChanged) as blocker:
        sample_doc.remove_project(1)
    assert blocker.args == [Tally()]
    live.flush()  # the removed project is not validated again
    assert live.tally() == Tally()
    sample_doc.insert_project(1, p1)  # undo of the removal: its problems come back
    live.flush()
    assert live.tally() == Tally(todo=2) == fresh_counts(sample_doc)


def test_equal_projects_keep_their_own_problems(live: LiveValidation, sample_doc: Document) -> None:
    twin = copy.deepcopy(sample_doc.projects[0])
    sample_doc.insert_project(1, twin)
    sample_doc.set_project_field(sample_doc.projects[1], "department", "")
    live.flush()
    assert codes(live, twin) == ["project.missing_field", "project.copied_indicators"]
    assert codes(live, sample_doc.projects[0]) == []


def test_a_burst_of_edits_is_validated_once(
    live: LiveValidation, sample_doc: Document, calls: list[int], qtbot
) -> None:
    for n in range(20):
        sample_doc.set_project_field(sample_doc.projects[1], "code", str(n))
        sample_doc.set_node_field(sample_doc.projects[1], (0, 0, 0), "value", f"≥{n}平方米")
    assert calls == []  # nothing before the timer fires
    with qtbot.wait_signal(live.countsChanged, timeout=1000):
        pass  # the single-shot timer
    assert calls == [1]
    sample_doc.set_project_field(sample_doc.projects[0], "code", "a")
    sample_doc.set_project_field(sample_doc.projects[2], "code", "b")
    sample_doc.set_project_field(sample_doc.projects[0], "code", "c")
    live.flush()
    assert sorted(calls[1:]) == [0, 2]
    live.flush()  # nothing dirty: nothing validated
    assert len(calls) == 3


@pytest.mark.parametrize(("name", "value"), [("year", 2030), ("framework", "2015")])
def test_year_and_framework_revalidate_every_project_at_once(
    live: LiveValidation, sample_doc: Document, calls: list[int], qtbot, name: str, value
) -> None:
    with qtbot.wait_signals([live.resetAll, live.countsChanged], order="strict"):
        sample_doc.set_document_field(name, value)
    assert sorted(calls) == [0, 1, 2]
    assert live.tally() == fresh_counts(sample_doc)
    if name == "year":
        assert all(codes(live, p) == ["period.year_mismatch"] for p in sample_doc.projects)
        assert live.tally() == Tally(warning=3)


def test_other_document_settings_revalidate_nothing(
    live: LiveValidation, sample_doc: Document, calls: list[int], qtbot
) -> None:
    with qtbot.assert_not_emitted(live.resetAll):
        sample_doc.set_document_field("reporting_unit", "另一个局")
        sample_doc.set_document_field("money_unit", "元")
        live.flush()
    assert calls == []


def test_project_changed_carries_the_project_and_old_and_new_problems(
    live: LiveValidation, sample_doc: Document, qtbot
) -> None:
    p1 = sample_doc.projects[1]
    sample_doc.set_project_field(sample_doc.projects[1], "department", "")
    with qtbot.wait_signal(live.projectChanged) as blocker:
        live.flush()
    project, old, new = blocker.args
    assert project is p1
    assert old == [] and [p.code for p in new] == ["project.missing_field"]
    sample_doc.set_project_field(sample_doc.projects[1], "department", "示例局")
    with qtbot.wait_signal(live.projectChanged) as blocker:
        live.flush()
    assert blocker.args[0] is p1
    assert blocker.args[1] == new and blocker.args[2] == []


def test_an_edit_that_changes_no_problem_announces_only_the_counts(
    live: LiveValidation, sample_doc: Document, qtbot
) -> None:
    sample_doc.set_project_field(sample_doc.projects[0], "name", "另一个名字")
    with qtbot.assert_not_emitted(live.projectChanged), qtbot.wait_signal(live.countsChanged):
        live.flush()


def test_list_changes_announce_reset_all(live: LiveValidation, sample_doc: Document, qtbot) -> None:
    with qtbot.wait_signal(live.resetAll):
        sample_doc.move_project(0, 2)
    with qtbot.wait_signal(live.resetAll):
        sample_doc.insert_project(0, new_project("2021", "新"))
    with qtbot.wait_signals([live.resetAll, live.countsChanged]):
        sample_doc.remove_project(0)


def test_opening_another_document_revalidates_all(
    live: LiveValidation, sample_doc: Document, qtbot
) -> None:
    other = Document(projects=[new_project("2021", "只有名称")])
    with qtbot.wait_signals([live.resetAll, live.countsChanged]):
        sample_doc.replace_all(other)
    assert live.tally() == fresh_counts(sample_doc)
    assert live.tally().todo > 0  # a new project is 待填 (issue 14)
    assert [p for p, _plist in live.by_project()] == other.projects


def _layout_c(sample_doc: Document) -> Document:
    """Three projects read from a department's project list (no 主管部门 in that layout):
    the first already filled in by hand, the other two not."""
    doc = sample_doc
    for p in doc.projects[:3]:
        p.absent_fields = ("department",)
        p.department = ""
    doc.projects[0].department = "示例局"
    return doc


def test_the_document_notice_follows_edits_of_the_other_projects(qapp, sample_doc: Document) -> None:
    doc = _layout_c(sample_doc)
    owner = QObject()
    live = LiveValidation(doc, owner)
    try:
        first, second, third = doc.projects[:3]
        assert codes(live, first).count("project.absent_fields") == 1  # on the first, for all
        assert "project.absent_fields" not in codes(live, second) + codes(live, third)
        doc.set_project_field(doc.projects[1], "department", "甲局")
        live.flush()
        assert codes(live, first).count("project.absent_fields") == 1  # the third is still empty
        doc.set_project_field(doc.projects[2], "department", "乙局")
        live.flush()  # only the third was edited: the notice on the first goes all the same
        assert "project.absent_fields" not in codes(live, first)
        doc.set_project_field(doc.projects[2], "department", "")
        live.flush()
        assert codes(live, first).count("project.absent_fields") == 1
        doc.remove_project(0)  # the project that carried it goes: the next one carries it
        live.flush()
        assert codes(live, second).count("project.absent_fields") == 1
        doc.move_project(1, 0)  # the third moves first: it carries it now, and only it
        live.flush()
        assert codes(live, third).count("project.absent_fields") == 1
        assert "project.absent_fields" not in codes(live, second)
        assert [codes(live, p) for p in doc.projects] == [
            [q.code for q in problems] for problems in engine.validate_each(doc)
        ]
    finally:
        doc.unsubscribe(live._on_change)


def test_the_department_block_is_validated_and_counted_with_the_projects(
    live: LiveValidation, sample_doc: Document
) -> None:
    from jxeditor.document.department import Department, Task

    before = live.tally()
    announced: list[object] = []
    live.projectChanged.connect(lambda owner, _old, _new: announced.append(owner))
    block = Department(name="示例局", overall_goal="目标", tasks=[Task("任务")])
    sample_doc.set_department(block)
    live.flush()
    codes = [p.code for p in live.department_problems()]
    assert codes == ["department.task_no_measure"]
    assert all(p.project_name == "部门整体" for p in live.department_problems())
    assert live.tally().warning == before.warning + 1
    assert live.all_problems()[0].code == "department.task_no_measure"  # first, as in the report
    sample_doc.set_department_field(block.tasks[0], "budget.total", "三十万")
    live.flush()
    assert "department.not_a_number" in [p.code for p in live.department_problems()]
    assert announced[-1] is block  # through projectChanged, the block for a project
    sample_doc.set_department(None)
    live.flush()
    assert live.department_problems() == [] and live.tally() == before


def test_a_saved_document_shows_the_departments_todo_as_errors(
    live: LiveValidation, sample_doc: Document
) -> None:
    from jxeditor.document.department import Department

    sample_doc.set_department(Department())
    live.flush()
    assert {p.severity for p in live.department_problems()} == {"todo"}
    live.insist()
    assert {p.severity for p in live.department_problems()} == {"error"}


def test_the_department_is_revalidated_only_by_what_its_checks_read(
    live: LiveValidation, sample_doc: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    from decimal import Decimal

    from jxeditor.document.department import Department, Task
    from jxeditor.document.model import FundingColumn
    from jxeditor.rules import department_rules

    sample_doc.set_department(Department(overall_goal="目标", tasks=[Task("任务")],
                                         total=FundingColumn(total=Decimal("1"))))
    live.flush()
    runs: list[int] = []
    real = department_rules.validate_department  # imported by the validation as it runs
    monkeypatch.setattr(department_rules, "validate_department",
                        lambda doc: runs.append(1) or real(doc))
    sample_doc.set_project_field(sample_doc.projects[0], "purpose", "用途")  # not read by the department's checks
    live.flush()
    assert runs == []
    sample_doc.set_project_field(sample_doc.projects[0], "funding.annual.total", Decimal("500"))
    live.flush()
    assert runs == [1]
    assert "department.below_projects" in [p.code for p in live.department_problems()]
