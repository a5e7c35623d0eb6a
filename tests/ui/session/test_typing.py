"""The one typing path (issue 29): a :class:`TypingRun` writes each change at once, the
run's changes are one undo step, and the run ends on leaving, on Enter or Tab, and at an
undo or any other edit; the field is addressed by its object and the registry's path."""

from __future__ import annotations

from decimal import Decimal

from session_fixtures import make_session

from jxeditor.document.document import Document
from jxeditor.document.model import Indicator
from jxeditor.document.stages import EVALUATION
from ui.session.typing import TypedField


def test_a_run_is_one_step_and_end_starts_another(sample_doc: Document) -> None:
    session = make_session(sample_doc)
    project = sample_doc.projects[0]
    run = session.begin_typing(TypedField(project, "funding.annual.total"))
    for text in ("1", "12", "12.5"):
        run.set(text)
    assert project.funding.annual.total == Decimal("12.5")  # the registry's parser
    assert session.stack.count() == 1
    run.end()  # Enter, Tab or leaving the field
    run.set("13")
    assert session.stack.count() == 2
    session.undo()
    assert project.funding.annual.total == Decimal("12.5")


def test_typing_after_an_undo_is_a_new_step(sample_doc: Document) -> None:
    session = make_session(sample_doc)
    project = sample_doc.projects[0]
    run = session.begin_typing(TypedField(project, "code"))
    run.set("1")
    run.set("12")
    session.undo()
    assert project.code == ""
    run.set("123")  # the same run, but the step it merged into was undone
    assert session.stack.count() == 1 and session.stack.index() == 1
    session.undo()
    assert project.code == ""


def test_another_edit_between_ends_the_merge(sample_doc: Document) -> None:
    session = make_session(sample_doc)
    project = sample_doc.projects[0]
    run = session.begin_typing(TypedField(project, "code"))
    run.set("1")
    session.set_project_field(project, "name", "别的")
    run.set("12")
    assert session.stack.count() == 3


def test_typing_the_old_value_back_takes_the_step_away(sample_doc: Document) -> None:
    session = make_session(sample_doc)
    project = sample_doc.projects[0]
    run = session.begin_typing(TypedField(project, "name"))
    old = project.name
    run.set(old + "X")
    run.set(old)
    assert session.stack.count() == 0 and project.name == old


def test_an_indicator_is_addressed_by_its_object(sample_doc: Document) -> None:
    session = make_session(sample_doc)
    project = sample_doc.projects[0]
    node = sample_doc.node(sample_doc.projects[0], (0, 0, 0))
    assert isinstance(node, Indicator)
    run = session.begin_typing(TypedField(project, "value", node))
    run.set(" =5个 ")
    assert node.value == "=5个"  # an indicator's text stripped
    session.insert_node((0, 0), 0, Indicator("新的", ""))  # it moves down a row
    run.set("=6个")
    assert sample_doc.node(sample_doc.projects[0], (0, 0, 1)) is node and node.value == "=6个"
    assert sample_doc.node(sample_doc.projects[0], (0, 0, 0)).value == ""


def test_stage_fields_of_projects_and_indicators(sample_doc: Document) -> None:
    session = make_session(sample_doc)
    session.set_stage(EVALUATION)
    steps = session.stack.count()
    project = sample_doc.projects[0]
    node = sample_doc.node(sample_doc.projects[0], (0, 0, 0))
    session.begin_typing(TypedField(project, "evaluation.executed.total")).set("1,380.5")
    session.begin_typing(TypedField(project, "evaluation.actual", node)).set("130")
    assert project.evaluation is not None
    assert project.evaluation.executed.total == Decimal("1380.5")
    assert node.evaluation is not None and node.evaluation.actual == "130"
    assert session.stack.count() == steps + 2


def test_a_locked_target_is_not_set(sample_doc: Document) -> None:
    session = make_session(sample_doc)
    session.set_stage(EVALUATION)
    node = sample_doc.node(sample_doc.projects[0], (0, 0, 0))
    run = session.begin_typing(TypedField(sample_doc.projects[0], "value", node))
    assert run.set("=1") is False and node.value != "=1"
    session.set_targets_unlocked(True)
    assert run.set("=1") and node.value == "=1"
    assert session.stack.undoText() == "解锁修改年度指标值（已批复的目标）"
    run.set("=12")
    assert id(node) in session.unlocked_targets
    session.undo()
    assert node.value != "=1" and id(node) not in session.unlocked_targets


def test_a_run_on_the_department_evaluation_and_the_block_gone(sample_doc: Document) -> None:
    """Issue 30: the department's 自评 fields (its own and its indicators') are typed on
    the same path; a run whose block or indicator went sets nothing."""
    from jxeditor.document.department import Department
    from jxeditor.document.model import Level1, Level2

    node = Indicator("评审项目数", "≥20个")
    dept = Department(name="示例局", indicators=[Level1("产出指标", [Level2("数量指标", [node])])])
    sample_doc.department = dept
    session = make_session(sample_doc)
    session.set_stage(EVALUATION)
    run = session.begin_typing(TypedField.of(dept, "evaluation.executed.total"))
    for text in ("1", "12", "12.5"):
        assert run.set(text)
    assert dept.evaluation is not None and dept.evaluation.executed.total == Decimal("12.5")
    assert session.stack.count() == 2 and session.stack.undoText() == "修改“全年执行数·合计”"
    actual = session.begin_typing(TypedField(dept, "evaluation.actual", node))
    assert actual.set(" 25个 ") and node.evaluation is not None
    assert node.evaluation.actual == "25个"  # an indicator's text, stripped
    dept.indicators[0].children[0].children.clear()
    assert not actual.set("30个")
    session.department.remove()
    assert not run.set("13") and dept.evaluation.executed.total == Decimal("12.5")
