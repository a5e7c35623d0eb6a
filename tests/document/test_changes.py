"""The typed change events: which project an edit concerns (:func:`edited_project`; none
for an edit of the department's indicator tree), which
changes alter the list of projects, and that an event is a frozen value compared by
identity (two edits of the same field are two events)."""

from __future__ import annotations

import dataclasses

import pytest
from builders import clean_project

from jxeditor.document.changes import (
    PROJECT_LIST_CHANGES,
    AcknowledgementsChanged,
    Change,
    DocumentFieldChanged,
    IndicatorStageFieldChanged,
    NodeFieldChanged,
    NodeInserted,
    NodeInserting,
    NodeMoved,
    NodeMoving,
    NodeRemoved,
    NodeRemoving,
    ProjectFieldChanged,
    ProjectMoved,
    ProjectMoving,
    ProjectRemoved,
    ProjectRemoving,
    ProjectsInserted,
    ProjectsInserting,
    ProjectStageFieldChanged,
    Reset,
    Resetting,
    StageChanged,
    edited_project,
)
from jxeditor.document.department import Department
from jxeditor.document.document import Document
from jxeditor.document.model import Project

PROJECT = clean_project()
DEPARTMENT = Department(name="财政金融局")


def content_changes(p: Project) -> list[Change]:
    return [
        ProjectFieldChanged(p, "name"),
        NodeInserting(p, (0,), 1),
        NodeInserted(p, (0,), 1),
        NodeRemoving(p, (), 0),
        NodeRemoved(p, (), 0),
        NodeMoving(p, (0, 0), 0, 1),
        NodeMoved(p, (0, 0), 0, 1),
        NodeFieldChanged(p, (0, 0, 0), "value"),
        ProjectStageFieldChanged(p, "evaluation.goals_achieved"),
        IndicatorStageFieldChanged(p, (0, 0, 0), "evaluation.actual"),
        AcknowledgementsChanged(p),
    ]


@pytest.mark.parametrize("change", content_changes(PROJECT), ids=lambda c: type(c).__name__)
def test_an_edit_of_a_projects_content_names_that_project(change: Change) -> None:
    assert edited_project(change) is PROJECT


@pytest.mark.parametrize(
    "change",
    [
        DocumentFieldChanged("year"),
        ProjectsInserting(0, (PROJECT,)),
        ProjectsInserted(0, (PROJECT,)),
        ProjectRemoving(PROJECT, 0),
        ProjectRemoved(PROJECT, 0),
        ProjectMoving(PROJECT, 0, 1),
        ProjectMoved(PROJECT, 0, 1),
        StageChanged("targets", "evaluation", (PROJECT,)),
        Resetting(),
        Reset(),
        # an edit of the department's tree (form B) is no project's
        NodeInserted(DEPARTMENT, (), 0),
        NodeRemoved(DEPARTMENT, (0,), 1),
        NodeMoved(DEPARTMENT, (0, 0), 0, 1),
        NodeFieldChanged(DEPARTMENT, (0, 0, 0), "value"),
    ],
    ids=lambda c: type(c).__name__,
)
def test_list_and_document_changes_edit_no_projects_content(change: Change) -> None:
    assert edited_project(change) is None


def test_the_list_changes_are_the_after_halves() -> None:
    assert set(PROJECT_LIST_CHANGES) == {ProjectsInserted, ProjectRemoved, ProjectMoved, Reset}


def test_events_are_frozen_and_compared_by_identity() -> None:
    a = ProjectFieldChanged(PROJECT, "name")
    b = ProjectFieldChanged(PROJECT, "name")
    assert a != b and a == a
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.field = "code"  # type: ignore[misc]  # the point: events cannot be changed
    with pytest.raises(dataclasses.FrozenInstanceError):
        del a.field


def test_events_are_made_and_matched_as_frozen_dataclasses_were() -> None:
    """By position or keyword, matched by position or keyword, shown with their fields
    (what ``@dataclass(frozen=True, eq=False)`` gave them; they are made without it now,
    which compiled their methods at start-up)."""
    event = NodeInserted(owner=PROJECT, parent=(0,), row=1)
    assert repr(event) == f"NodeInserted(owner={PROJECT!r}, parent=(0,), row=1)"
    assert repr(Reset()) == "Reset()"
    match NodeInserted(PROJECT, (0,), 1):
        case NodeInserted(owner, parent, row=row):
            assert (owner, parent, row) == (PROJECT, (0,), 1)
        case _:
            pytest.fail("not matched")
    for wrong in ((PROJECT,), (PROJECT, (0,), 1, 2)):
        with pytest.raises(TypeError):
            NodeInserted(*wrong)
    with pytest.raises(TypeError):
        NodeInserted(PROJECT, (0,), row=1, rows=2)  # type: ignore[call-arg]


def test_every_document_edit_is_announced_with_one_of_these_types() -> None:
    doc = Document(projects=[clean_project(), clean_project()])
    heard: list[Change] = []
    doc.subscribe(heard.append)
    doc.set_project_field(doc.projects[1], "name", "改名")
    doc.set_node_field(doc.projects[1], (0, 0, 0), "value", "≥1个")
    doc.move_project(0, 1)
    edited = [edited_project(c) for c in heard]
    assert edited[0] is edited[1] is doc.projects[0]  # the renamed one, now at 0
    assert edited[2:] == [None, None]
    assert all(type(c) in Change.__args__ for c in heard)  # type: ignore[attr-defined]
