"""The document model: edits through Document methods, and their announcements."""

from __future__ import annotations

import copy
from decimal import Decimal

import pytest
from builders import clean_document

from jxeditor.document.amounts import parse_amount
from jxeditor.document.changes import (
    Change,
    NodeInserted,
    NodeInserting,
    NodeMoved,
    NodeMoving,
    NodeRemoved,
    NodeRemoving,
    ProjectFieldChanged,
    edited_project,
)
from jxeditor.document.document import Document
from jxeditor.document.model import Indicator, Level1, Level2, new_project


def recording(doc: Document) -> list[Change]:
    seen: list[Change] = []
    doc.subscribe(seen.append)
    return seen


def test_field_edit_returns_old_value_and_announces() -> None:
    doc = clean_document()
    seen = recording(doc)
    old = doc.set_project_field(doc.projects[0], "funding.annual.total", Decimal("13"))
    assert old == Decimal("12.5") and doc.projects[0].funding.annual.total == Decimal("13")
    assert len(seen) == 1 and isinstance(seen[0], ProjectFieldChanged)
    assert seen[0].project is doc.projects[0]
    assert seen[0].field == "funding.annual.total"
    assert edited_project(seen[0]) is doc.projects[0]
    with pytest.raises(KeyError):
        doc.set_project_field(doc.projects[0], "no.such.field", 1)


def test_node_insert_remove_move_announce_before_and_after() -> None:
    doc = clean_document()
    seen = recording(doc)
    doc.insert_node(doc.projects[0], (0, 0), 1, Indicator("新指标", "≥1个"))
    assert [type(c) for c in seen] == [NodeInserting, NodeInserted]
    assert all(edited_project(c) is doc.projects[0] for c in seen)
    assert doc.node(doc.projects[0], (0, 0, 1)).name == "新指标"
    doc.move_node(doc.projects[0], (0, 0), 1, 0)
    assert doc.node(doc.projects[0], (0, 0, 0)).name == "新指标"
    removed = doc.remove_node(doc.projects[0], (0, 0), 0)
    assert removed.name == "新指标"
    assert [type(c) for c in seen][2:] == [NodeMoving, NodeMoved, NodeRemoving, NodeRemoved]


def test_levels_cannot_be_mixed() -> None:
    doc = clean_document()
    with pytest.raises(TypeError):
        doc.insert_node(doc.projects[0], (), 0, Indicator("三级")) # a third level never stands at the first level
    with pytest.raises(TypeError):
        doc.insert_node(doc.projects[0], (0,), 0, Level1("产出指标"))
    doc.insert_node(doc.projects[0], (0,), 0, Level2("数量指标"))


def test_projects_insert_remove_move() -> None:
    doc = clean_document()
    doc.insert_project(1, new_project(name="乙"))
    doc.insert_project(0, new_project(name="甲"))
    assert [p.name for p in doc.projects] == ["甲", "档案室改造", "乙"]
    doc.move_project(0, 2)
    assert [p.name for p in doc.projects] == ["档案室改造", "乙", "甲"]
    assert doc.remove_project(1).name == "乙"


def test_project_events_carry_the_project_itself() -> None:
    doc = clean_document()
    twin = copy.deepcopy(doc.projects[0])  # equal to the first, but another project
    seen = recording(doc)
    doc.insert_project(1, twin)
    doc.move_project(1, 0)
    removed = doc.remove_project(0)
    assert removed is twin and doc.index_of(twin) is None
    assert [type(c).__name__ for c in seen] == [
        "ProjectsInserting", "ProjectsInserted", "ProjectMoving", "ProjectMoved",
        "ProjectRemoving", "ProjectRemoved",
    ]
    assert seen[1].projects == (twin,) and seen[1].projects[0] is twin  # type: ignore[union-attr]
    assert all(getattr(c, "project", twin) is twin for c in seen[2:])
    assert doc.index_of(doc.projects[0]) == 0


def test_new_project_has_the_framework_skeleton() -> None:
    names = [(l1.name, [l2.name for l2 in l1.children]) for l1 in new_project("2021").indicators]
    assert names[1] == ("成本指标", ["经济成本指标", "社会成本指标", "生态环境成本指标"])
    names_2015 = [l1.name for l1 in new_project("2015").indicators]
    assert names_2015 == ["产出指标", "效益指标", "满意度指标"]


def test_deepcopy_drops_listeners_and_compares_equal() -> None:
    doc = clean_document()
    recording(doc)
    clone = copy.deepcopy(doc)
    assert clone == doc and clone._listeners == []


@pytest.mark.parametrize(
    ("text", "lenient", "expected"),
    [
        ("1443.08", False, Decimal("1443.08")),
        (" 12 ", False, Decimal(12)),
        ("", False, None),
        ("40万", False, "40万"),
        ("40万", True, Decimal(40)),
        ("1,443.08", True, Decimal("1443.08")),
        ("１２．５", True, Decimal("12.5")),
        ("十二万", True, "十二万"),
        (12.5, False, Decimal("12.5")),
    ],
)
def test_parse_amount(text: object, lenient: bool, expected: object) -> None:
    assert parse_amount(text, lenient=lenient) == expected


def test_every_listener_hears_a_change_even_when_one_fails() -> None:
    doc = clean_document()
    heard: list[str] = []

    def failing(change: Change) -> None:
        heard.append("first")
        raise RuntimeError("a broken view")

    doc.subscribe(failing)
    doc.subscribe(lambda change: heard.append("second"))
    with pytest.raises(RuntimeError, match="broken view"):
        doc.set_project_field(doc.projects[0], "code", "1")
    assert heard == ["first", "second"] and doc.projects[0].code == "1"
