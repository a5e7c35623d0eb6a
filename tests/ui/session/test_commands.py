"""Undo commands: each one undoes exactly, addresses its project by identity, and typing
merges into one step only where it should.

The commands run on a bare ``QUndoStack`` over the sample document; "exactly" is checked
against a deep copy taken before (and the very same project objects stay in place).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from decimal import Decimal

import pytest
from PySide6.QtGui import QUndoCommand, QUndoStack

from jxeditor.document.document import Document
from jxeditor.document.model import Indicator, Level2, new_project
from ui.session.commands import (
    InsertNodeCommand,
    InsertProjectsCommand,
    MoveNodeCommand,
    MoveProjectCommand,
    RemoveNodeCommand,
    RemoveProjectCommand,
    SetDocumentFieldCommand,
    SetNodeFieldCommand,
    SetProjectFieldCommand,
)


@pytest.fixture
def stack(qapp) -> QUndoStack:
    stack = QUndoStack()
    yield stack
    stack.clear()


def ids(doc: Document) -> list[int]:
    return [id(p) for p in doc.projects]


def typing(doc: Document, project, path: str, value, run: int = 1) -> SetProjectFieldCommand:
    return SetProjectFieldCommand(doc, project, path, value, typing=run)


MakeCommand = Callable[[Document], QUndoCommand]
COMMANDS: dict[str, MakeCommand] = {
    "set project field": lambda d: SetProjectFieldCommand(d, d.projects[1], "name", "新名称"),
    "set amount": lambda d: SetProjectFieldCommand(
        d, d.projects[1], "funding.annual.total", Decimal("12.5")
    ),
    "clear amount": lambda d: SetProjectFieldCommand(d, d.projects[0], "funding.period.fiscal", None),
    "set year": lambda d: SetDocumentFieldCommand(d, "year", 2030),
    "set framework": lambda d: SetDocumentFieldCommand(d, "framework", "2015"),
    "insert projects": lambda d: InsertProjectsCommand(
        d, 1, [new_project("2021", "甲"), new_project("2021", "乙")]
    ),
    "remove project": lambda d: RemoveProjectCommand(d, d.projects[1]),
    "move project down": lambda d: MoveProjectCommand(d, d.projects[0], 2),
    "move project up": lambda d: MoveProjectCommand(d, d.projects[2], 0),
    "insert node": lambda d: InsertNodeCommand(d, d.projects[1], (0, 0), 1, Indicator("新指标", "≥1个")),
    "insert level2": lambda d: InsertNodeCommand(d, d.projects[1], (0,), 0, Level2("新二级")),
    "remove node": lambda d: RemoveNodeCommand(d, d.projects[1], (0,), 0),
    "remove level1": lambda d: RemoveNodeCommand(d, d.projects[2], (), 1),
    "move node": lambda d: MoveNodeCommand(d, d.projects[1], (), 0, 2),
    "set node value": lambda d: SetNodeFieldCommand(d, d.projects[1], (0, 0, 0), "value", "=5"),
    "set node name": lambda d: SetNodeFieldCommand(d, d.projects[0], (1,), "name", "产出"),
}


@pytest.mark.parametrize("make", COMMANDS.values(), ids=COMMANDS.keys())
def test_redo_and_undo_restore_exactly(stack: QUndoStack, sample_doc: Document, make: MakeCommand) -> None:
    before, before_ids = copy.deepcopy(sample_doc), ids(sample_doc)
    stack.push(make(sample_doc))
    after, after_ids = copy.deepcopy(sample_doc), ids(sample_doc)
    assert sample_doc != before
    for _ in range(2):
        stack.undo()
        assert sample_doc == before
        assert ids(sample_doc) == before_ids
        stack.redo()
        assert sample_doc == after
        assert ids(sample_doc) == after_ids


def test_removed_project_and_node_come_back_as_the_same_objects(
    stack: QUndoStack, sample_doc: Document
) -> None:
    project = sample_doc.projects[1]
    level1 = project.indicators[0]
    stack.push(RemoveNodeCommand(sample_doc, project, (), 0))
    stack.push(RemoveProjectCommand(sample_doc, project))
    assert sample_doc.index_of(project) is None
    stack.undo()
    assert sample_doc.projects[1] is project
    stack.undo()
    assert project.indicators[0] is level1


# == identity, not position ===============================================================
def test_field_command_edits_its_project_after_that_project_was_moved(
    stack: QUndoStack, sample_doc: Document
) -> None:
    p0, p1, p2 = sample_doc.projects
    command = SetProjectFieldCommand(sample_doc, p0, "department", "改过的局")
    stack.push(MoveProjectCommand(sample_doc, p0, 2))  # p0 now stands where p2 stood
    stack.push(command)
    assert p0.department == "改过的局"
    assert p1.department == p2.department == "示例局"
    stack.undo()
    assert [p.department for p in sample_doc.projects] == ["示例局"] * 3


def test_undo_after_moves_puts_values_back_on_the_right_project(
    stack: QUndoStack, sample_doc: Document
) -> None:
    p0, p1, p2 = sample_doc.projects
    before = copy.deepcopy(sample_doc)
    stack.push(SetProjectFieldCommand(sample_doc, p0, "name", "第一次"))
    stack.push(MoveProjectCommand(sample_doc, p0, 2))
    stack.push(SetProjectFieldCommand(sample_doc, p0, "name", "第二次"))
    stack.push(RemoveProjectCommand(sample_doc, p1))  # shifts p0 again
    stack.push(SetNodeFieldCommand(sample_doc, p0, (0, 0, 0), "value", "=9个"))
    stack.push(MoveProjectCommand(sample_doc, p2, 1))
    assert ids(sample_doc) == [id(p0), id(p2)]
    assert (p0.name, p1.name, p2.name) == ("第二次", "示例项目1", "示例项目2")
    stack.undo()  # move of p2
    stack.undo()  # node value
    assert p0.indicators[0].children[0].children[0].value == "≥120平方米"
    stack.undo()  # removal of p1
    assert ids(sample_doc) == [id(p1), id(p2), id(p0)]
    assert p1.name == "示例项目1"
    stack.undo()  # second name
    assert (p0.name, p1.name, p2.name) == ("第一次", "示例项目1", "示例项目2")
    stack.undo()  # move
    stack.undo()  # first name
    assert sample_doc == before
    assert ids(sample_doc) == [id(p0), id(p1), id(p2)]


def test_commands_on_a_project_that_was_removed_meanwhile_fail_loudly(
    stack: QUndoStack, sample_doc: Document
) -> None:
    gone = sample_doc.projects[2]
    stack.push(RemoveProjectCommand(sample_doc, gone))
    with pytest.raises(LookupError):
        SetProjectFieldCommand(sample_doc, gone, "name", "x").redo()
    assert [p.name for p in sample_doc.projects] == ["示例项目0", "示例项目1"]


# == typing merges ========================================================================
def test_typing_in_one_run_is_one_undo_step(stack: QUndoStack, sample_doc: Document) -> None:
    p = sample_doc.projects[0]
    for text in ("1", "12", "120"):
        stack.push(typing(sample_doc, p, "code", text))
    assert stack.count() == 1
    assert p.code == "120"
    stack.undo()
    assert p.code == ""
    stack.redo()
    assert p.code == "120"


@pytest.mark.parametrize(
    ("second_path", "second_run", "steps"),
    [("code", 1, 1), ("code", 2, 2), ("purpose", 1, 2)],
    ids=["same run", "next run", "other field"],
)
def test_typing_merges_only_within_a_run_and_field(
    stack: QUndoStack, sample_doc: Document, second_path: str, second_run: int, steps: int
) -> None:
    p = sample_doc.projects[0]
    stack.push(typing(sample_doc, p, "code", "1", run=1))
    stack.push(typing(sample_doc, p, second_path, "2", run=second_run))
    assert stack.count() == steps
    while stack.canUndo():
        stack.undo()
    assert (p.code, p.purpose) == ("", "")


def test_equal_but_distinct_projects_do_not_merge(stack: QUndoStack, sample_doc: Document) -> None:
    twin = copy.deepcopy(sample_doc.projects[0])
    sample_doc.projects.insert(1, twin)  # before any command: no event needed
    original = sample_doc.projects[0]
    assert twin == original and twin is not original
    stack.push(typing(sample_doc, original, "code", "A"))
    stack.push(typing(sample_doc, twin, "code", "B"))
    assert stack.count() == 2
    assert (original.code, twin.code) == ("A", "B")
    stack.undo()
    assert (original.code, twin.code) == ("A", "")
    stack.undo()
    assert (original.code, twin.code) == ("", "")


def test_plain_field_commands_never_merge(stack: QUndoStack, sample_doc: Document) -> None:
    p = sample_doc.projects[0]
    stack.push(SetProjectFieldCommand(sample_doc, p, "code", "1"))
    stack.push(SetProjectFieldCommand(sample_doc, p, "code", "12"))
    stack.push(typing(sample_doc, p, "code", "123"))  # typing after a plain set: new step
    assert stack.count() == 3


def test_typing_back_to_the_old_value_leaves_no_step(stack: QUndoStack, sample_doc: Document) -> None:
    p = sample_doc.projects[0]
    before = copy.deepcopy(sample_doc)
    stack.setClean()
    for text in ("示例项目0X", "示例项目0XY", "示例项目0X", "示例项目0"):
        stack.push(typing(sample_doc, p, "name", text))
    assert stack.count() == 0
    assert stack.isClean()
    assert sample_doc == before
    # and the next keystroke starts a fresh step whose undo goes back to the original
    stack.push(typing(sample_doc, p, "name", "新"))
    stack.undo()
    assert p.name == "示例项目0"


def test_typing_a_differently_written_equal_amount_stays_undoable(
    stack: QUndoStack, sample_doc: Document
) -> None:
    p = sample_doc.projects[0]
    assert str(p.funding.annual.total) == "100"
    stack.setClean()
    for value in (Decimal("1000"), Decimal("100.0")):
        stack.push(typing(sample_doc, p, "funding.annual.total", value))
    assert str(p.funding.annual.total) == "100.0"
    assert not stack.isClean(), "the typed 100.0 is in the document, the stack says clean"


def test_insert_projects_undo_removes_exactly_the_inserted_objects(
    stack: QUndoStack, sample_doc: Document
) -> None:
    originals = list(sample_doc.projects)
    twins = [copy.deepcopy(originals[0]), copy.deepcopy(originals[1])]  # equal, not the same
    stack.push(InsertProjectsCommand(sample_doc, 0, twins))
    assert sample_doc.projects == [*twins, *originals]
    stack.push(MoveProjectCommand(sample_doc, twins[0], 4))  # the twins are apart now
    stack.push(MoveProjectCommand(sample_doc, originals[0], 0))
    stack.undo()
    stack.undo()
    stack.undo()
    assert ids(sample_doc) == [id(p) for p in originals]
    stack.redo()
    assert [id(p) for p in sample_doc.projects[:2]] == [id(p) for p in twins]


def test_insert_projects_undo_after_moves_of_the_inserted(stack: QUndoStack, sample_doc: Document) -> None:
    originals = list(sample_doc.projects)
    twin = copy.deepcopy(originals[2])
    insert = InsertProjectsCommand(sample_doc, 1, [twin])
    stack.push(insert)
    # moving the twin without the stack (as another window's command would): the insert
    # command still finds it by identity, and never removes the equal original
    sample_doc.move_project(1, 3)
    assert sample_doc.projects[3] is twin
    stack.undo()
    assert ids(sample_doc) == [id(p) for p in originals]
    stack.redo()
    assert sample_doc.projects[1] is twin


def test_undo_texts_and_compare_name_a_field_by_the_registry_s_label(sample_doc: Document) -> None:
    """Compare said 指标体系 where the undo text said 指标框架 (issue 29): both read the
    field registry now, for settings, project fields, indicator fields and stage fields."""
    from jxeditor.document.fields import DOCUMENT, INDICATOR, PROJECT, label_of
    from jxeditor.yearly.compare import compare
    from ui.session.stage_commands import SetStageFieldCommand

    new = copy.deepcopy(sample_doc)
    new.framework = "2015" if sample_doc.framework != "2015" else "2021"
    new.projects[0].funding.annual.total = Decimal("1")
    new.projects[0].indicators[0].children[0].children[0].description = "另一个描述"
    found = {change.field or change.path: change.location for change in compare(sample_doc, new)}
    framework = SetDocumentFieldCommand(sample_doc, "framework", new.framework)
    assert framework.text() == f"修改“{found['framework']}”" == "修改“指标框架”"
    assert found["framework"] == label_of(DOCUMENT, "framework")
    total = SetProjectFieldCommand(sample_doc, sample_doc.projects[0], "funding.annual.total", None)
    assert total.text() == f"修改“{found['funding.annual.total']}”"
    assert found["funding.annual.total"] == label_of(PROJECT, "funding.annual.total") == "年度金额"
    description = next(c for c in compare(sample_doc, new) if c.change == "description_changed")
    node = SetNodeFieldCommand(sample_doc, sample_doc.projects[0], (0, 0, 0), "description", "x")
    assert description.location.endswith(" / " + label_of(INDICATOR, "description"))
    assert node.text() == f"修改“{label_of(INDICATOR, 'description')}”" == "修改“绩效指标描述”"
    stage = SetStageFieldCommand(sample_doc, sample_doc.projects[0], None, "monitoring.as_of", None)
    assert stage.text() == f"修改“{label_of(PROJECT, 'monitoring.as_of')}”" == "修改“截至日期”"
