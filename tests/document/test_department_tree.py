"""The department's indicator tree (form B) is edited through the document's methods, by
the department object, with the project tree's mechanics (:mod:`jxeditor.document.trees`):
insert, remove, move and set a field, each announced before and after by the same
``Node…`` events as a project's tree, the department as the tree's owner; a foreign
department block, a wrong level, a row out of range or an unknown field are refused
without a change or an event."""

from __future__ import annotations

import copy

import pytest

from jxeditor.document.changes import (
    Change,
    NodeFieldChanged,
    NodeInserted,
    NodeInserting,
    NodeMoved,
    NodeMoving,
    NodeRemoved,
    NodeRemoving,
)
from jxeditor.document.department import Department
from jxeditor.document.document import Document
from jxeditor.document.model import Indicator, Level1, Level2


def tree() -> list[Level1]:
    return [
        Level1("产出指标", [Level2("数量指标", [Indicator("审核项目数", "≥100个"),
                                                Indicator("培训人次", "≥50人次")])]),
        Level1("效益指标", [Level2("社会效益指标", [Indicator("资金使用合规率", "=100%")])]),
    ]


def document() -> tuple[Document, Department, list[Change]]:
    doc = Document()
    block = Department(name="财政金融局", indicators=tree())
    doc.set_department(block)
    seen: list[Change] = []
    doc.subscribe(seen.append)
    return doc, block, seen


def test_insert_a_node_at_each_level_is_announced_before_and_after() -> None:
    doc, block, seen = document()
    doc.insert_department_node(block, (0, 0), 1, Indicator("验收率", "=100%"))
    doc.insert_department_node(block, (1,), 1, Level2("可持续影响指标"))
    doc.insert_department_node(block, (), 2, Level1("满意度指标"))
    assert [i.name for i in block.indicators[0].children[0].children] == [
        "审核项目数", "验收率", "培训人次"]
    assert [n.name for n in block.indicators[1].children] == ["社会效益指标", "可持续影响指标"]
    assert block.indicators[2].name == "满意度指标"
    assert [type(c) for c in seen] == [NodeInserting, NodeInserted] * 3
    first = seen[0]
    assert isinstance(first, NodeInserting)
    assert (first.owner, first.parent, first.row) == (block, (0, 0), 1)


def test_remove_returns_the_node_with_its_subtree() -> None:
    doc, block, seen = document()
    group = block.indicators[0]
    assert doc.remove_department_node(block, (), 0) is group
    assert [l1.name for l1 in block.indicators] == ["效益指标"]
    assert [type(c) for c in seen] == [NodeRemoving, NodeRemoved]
    removed = seen[1]
    assert isinstance(removed, NodeRemoved) and removed.parent == () and removed.row == 0


def test_move_among_siblings() -> None:
    doc, block, seen = document()
    doc.move_node(block, (0, 0), 0, 1)
    assert [i.name for i in block.indicators[0].children[0].children] == ["培训人次", "审核项目数"]
    doc.move_node(block, (), 1, 1)  # no move: no event
    assert [type(c) for c in seen] == [NodeMoving, NodeMoved]
    moving = seen[0]
    assert isinstance(moving, NodeMoving)
    assert (moving.parent, moving.src, moving.dest) == ((0, 0), 0, 1)


def test_set_the_fields_of_a_node_returns_the_old_value() -> None:
    doc, block, seen = document()
    assert doc.set_department_node_field(block, (0, 0, 0), "value", "≥120个") == "≥100个"
    assert doc.set_department_node_field(block, (0, 0, 0), "name", "审核项目") == "审核项目数"
    assert doc.set_department_node_field(block, (1,), "name", "效益") == "效益指标"
    leaf = block.indicators[0].children[0].children[0]
    assert (leaf.name, leaf.value) == ("审核项目", "≥120个")
    assert [type(c) for c in seen] == [NodeFieldChanged] * 3
    change = seen[0]
    assert isinstance(change, NodeFieldChanged)
    assert (change.owner, change.path, change.field) == (block, (0, 0, 0), "value")


def test_refused_without_a_change_or_an_event() -> None:
    doc, block, seen = document()
    before = copy.deepcopy(block)
    other = Department(indicators=tree())  # equal, but not this document's block
    with pytest.raises(KeyError):
        doc.insert_department_node(other, (), 0, Level1("满意度指标"))
    with pytest.raises(KeyError):
        doc.set_department_node_field(other, (0,), "name", "x")
    with pytest.raises(TypeError):
        doc.insert_department_node(block, (0,), 0, Indicator("错层"))  # a 三级 under a 一级
    with pytest.raises(IndexError):
        doc.insert_department_node(block, (0, 0), 9, Indicator("x"))
    with pytest.raises(IndexError):
        doc.remove_department_node(block, (0, 0), 2)
    with pytest.raises(IndexError):
        doc.move_node(block, (), 0, 2)
    with pytest.raises(KeyError):
        doc.set_department_node_field(block, (0,), "value", "=1")  # a group has no value
    with pytest.raises(KeyError):
        doc.set_department_node_field(block, (0, 0, 0), "evaluation.actual", "1")
    assert block == before
    assert seen == []


def test_the_projects_trees_are_untouched() -> None:
    doc, block, _seen = document()
    from jxeditor.document.model import new_project

    doc.insert_projects(0, [new_project(doc.framework)])
    project_tree = copy.deepcopy(doc.projects[0].indicators)
    doc.remove_department_node(block, (), 0)
    doc.set_department_node_field(block, (0,), "name", "效益")
    assert doc.projects[0].indicators == project_tree


def test_the_same_edit_announces_the_same_events_as_in_a_projects_tree() -> None:
    doc, block, seen = document()
    from jxeditor.document.model import Project

    project = Project(name="培训项目", indicators=tree())
    doc.insert_projects(0, [project])
    seen.clear()
    doc.insert_node(project, (0, 0), 1, Indicator("验收率", "=100%"))
    doc.move_node(project, (0, 0), 0, 1)
    doc.set_node_field(project, (0, 0, 0), "value", "≥1个")
    doc.remove_node(project, (1,), 0)
    in_project, seen[:] = list(seen), []
    doc.insert_department_node(block, (0, 0), 1, Indicator("验收率", "=100%"))
    doc.move_node(block, (0, 0), 0, 1)
    doc.set_department_node_field(block, (0, 0, 0), "value", "≥1个")
    doc.remove_department_node(block, (1,), 0)
    assert [type(c) for c in seen] == [type(c) for c in in_project] == [
        NodeInserting, NodeInserted, NodeMoving, NodeMoved, NodeFieldChanged,
        NodeRemoving, NodeRemoved]
    assert all(c.owner is project for c in in_project)  # type: ignore[union-attr]
    assert all(c.owner is block for c in seen)  # type: ignore[union-attr]
