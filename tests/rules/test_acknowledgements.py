"""Warnings confirmed as intended (确认无误): matched by code and place by name, surviving
reordering, never for errors or 待填, counted apart, kept through JSON."""

from __future__ import annotations

import pytest
from builders import clean_document

from jxeditor.document.changes import AcknowledgementsChanged, NodeFieldChanged
from jxeditor.document.document import Document
from jxeditor.document.model import Acknowledgement, Indicator, Level2, indicator_names
from jxeditor.errors import FileFormatError
from jxeditor.formats import json_format
from jxeditor.rules.acknowledgements import (
    STALE,
    acknowledged,
    can_acknowledge,
    can_withdraw,
    find,
    withdrawn,
)
from jxeditor.rules.engine import validate
from jxeditor.rules.problems import ERROR, INFO, TODO, WARNING, Problem
from jxeditor.rules.tally import Tally

REASON = "按合同约定，确以 100 计"


def broken() -> Document:
    """A clean document with a unit missing in 验收合格率 (警告) and a doubled goal text."""
    doc = clean_document()
    project = doc.projects[0]
    node = doc.node(doc.projects[0], (0, 1, 0))
    assert isinstance(node, Indicator)
    node.value = "100"
    project.goals.annual = "完成档案室改造改造档案室改造"
    return doc


def one(doc: Document, code: str) -> Problem:
    found = [p for p in validate(doc) if p.code == code]
    assert len(found) == 1, found
    return found[0]


def acknowledge(doc: Document, code: str, reason: str = REASON) -> None:
    project = doc.projects[0]
    doc.set_acknowledgements(doc.projects[0], acknowledged(project, one(doc, code), reason))


def test_an_acknowledged_indicator_warning_carries_its_reason() -> None:
    doc = broken()
    problem = one(doc, "value.missing_unit")
    assert problem.severity == WARNING and problem.acknowledged is None
    acknowledge(doc, "value.missing_unit", "  按合同约定，\n确以 100 计 ")
    assert doc.projects[0].acknowledgements == [Acknowledgement(
        code="value.missing_unit", reason="按合同约定， 确以 100 计", field="",
        indicator=("产出指标", "质量指标", "验收合格率"))]
    again = one(doc, "value.missing_unit")
    assert again.acknowledged == "按合同约定， 确以 100 计"
    assert again.severity == WARNING  # the severity stays; it is counted apart
    assert again.severity_text == "警告（已确认：按合同约定， 确以 100 计）"
    assert find(doc.projects[0], again) is not None
    # only that problem: the others are as before
    assert [p.code for p in validate(doc) if p.acknowledged] == ["value.missing_unit"]


def test_counted_apart_not_as_warnings() -> None:
    doc = broken()
    before = validate(doc)
    acknowledge(doc, "value.missing_unit")
    after = validate(doc)
    assert Tally.of(after).warning == Tally.of(before).warning - 1
    assert Tally.of(after).acknowledged == 1 and Tally.of(before).acknowledged == 0
    assert one(doc, "value.missing_unit").to_json("a.json")["acknowledged"] == REASON


def test_survives_reordering_of_indicators_and_projects() -> None:
    doc = broken()
    acknowledge(doc, "value.missing_unit")
    # the 质量指标 group moves to the top; a sibling goes before the indicator
    doc.move_node(doc.projects[0], (0,), 1, 0)
    doc.insert_node(doc.projects[0], (0, 0), 0, Indicator("抽检合格率", "≥98%"))
    problem = one(doc, "value.missing_unit")
    assert problem.path == (0, 0, 1)
    assert problem.acknowledged == REASON
    # another project before it: the acknowledgement is the project's, not the index's
    doc.insert_project(0, clean_document().projects[0])
    found = [p for p in validate(doc) if p.code == "value.missing_unit"]
    assert [(doc.index_of(p.project), p.acknowledged) for p in found] == [(1, REASON)]


def test_matches_the_field_and_the_code_only() -> None:
    doc = broken()
    doubled = one(doc, "text.doubled")
    assert doubled.field == "goals.annual"
    acknowledge(doc, "text.doubled")
    assert doc.projects[0].acknowledgements[0].field == "goals.annual"
    assert one(doc, "text.doubled").acknowledged == REASON
    # the same text in the other goal is another place: not covered
    doc.projects[0].goals.period = doc.projects[0].goals.annual
    covered = {p.field: p.acknowledged for p in validate(doc) if p.code == "text.doubled"}
    assert covered == {"goals.annual": REASON, "goals.period": None}


def test_fixing_the_problem_ends_it_quietly() -> None:
    doc = broken()
    acknowledge(doc, "value.missing_unit")
    node = doc.node(doc.projects[0], (0, 1, 0))
    assert isinstance(node, Indicator)
    node.value = "=100%"  # fixed: the acknowledgement does nothing
    assert not any(p.code == "value.missing_unit" for p in validate(doc))
    assert Tally.of(validate(doc)).acknowledged == 0
    assert not any(p.code == STALE for p in validate(doc))  # its indicator is still there
    node.value = "100"  # back: covered again
    assert one(doc, "value.missing_unit").acknowledged == REASON


def test_renaming_the_indicator_carries_it_along_and_back() -> None:
    doc = broken()
    acknowledge(doc, "value.missing_unit")
    events: list[object] = []
    doc.subscribe(events.append)
    before = list(doc.projects[0].acknowledgements)
    assert doc.set_node_field(doc.projects[0], (0, 1, 0), "name", "验收通过率") == "验收合格率"
    assert doc.projects[0].acknowledgements[0].indicator == ("产出指标", "质量指标", "验收通过率")
    assert [type(e) for e in events] == [NodeFieldChanged, AcknowledgementsChanged]
    assert one(doc, "value.missing_unit").acknowledged == REASON
    assert not any(p.code == STALE for p in validate(doc))
    # undo: the old name, and the list as it was
    doc.set_node_field(doc.projects[0], (0, 1, 0), "name", "验收合格率", before)
    assert doc.projects[0].acknowledgements == before
    assert one(doc, "value.missing_unit").acknowledged == REASON


@pytest.mark.parametrize(("path", "name", "expected"), [
    ((0, 1), "质量", ("产出指标", "质量", "验收合格率")),
    ((0,), "产出", ("产出", "质量指标", "验收合格率")),
])
def test_renaming_a_group_carries_what_is_under_it(
    path: tuple[int, ...], name: str, expected: tuple[str, ...]
) -> None:
    doc = broken()
    acknowledge(doc, "value.missing_unit")
    acknowledge(doc, "text.doubled", "原文如此")
    doc.set_node_field(doc.projects[0], path, "name", name)
    acks = {a.code: a.indicator for a in doc.projects[0].acknowledgements}
    assert acks == {"value.missing_unit": expected, "text.doubled": ()}
    assert not any(p.code == STALE for p in validate(doc))


def test_a_namesake_sibling_keeps_the_old_place() -> None:
    doc = broken()
    acknowledge(doc, "value.missing_unit")
    doc.insert_node(doc.projects[0], (0, 1), 1, Indicator("验收合格率", "100"))
    before = list(doc.projects[0].acknowledgements)
    doc.set_node_field(doc.projects[0], (0, 1, 1), "name", "抽检合格率")
    assert doc.projects[0].acknowledgements == before


@pytest.mark.parametrize("path", [(0, 1, 0), (0, 1), (0,)])
def test_removing_a_node_takes_its_confirmations_and_inserting_puts_them_back(
    path: tuple[int, ...]
) -> None:
    doc = broken()
    acknowledge(doc, "value.missing_unit")
    acknowledge(doc, "text.doubled", "原文如此")
    before = list(doc.projects[0].acknowledgements)
    node = doc.remove_node(doc.projects[0], path[:-1], path[-1])
    assert [a.code for a in doc.projects[0].acknowledgements] == ["text.doubled"]
    assert not any(p.code == STALE for p in validate(doc))
    doc.insert_node(doc.projects[0], path[:-1], path[-1], node, before)  # undo
    assert doc.projects[0].acknowledgements == before
    assert one(doc, "value.missing_unit").acknowledged == REASON


def test_removing_a_namesake_keeps_the_confirmation_of_the_other() -> None:
    doc = broken()
    acknowledge(doc, "value.missing_unit")
    doc.insert_node(doc.projects[0], (0, 1), 1, Indicator("验收合格率", "100"))
    before = list(doc.projects[0].acknowledgements)
    doc.remove_node(doc.projects[0], (0, 1), 1)
    assert doc.projects[0].acknowledgements == before


def test_one_whose_place_is_gone_is_reported_once_and_can_be_withdrawn() -> None:
    doc = broken()
    acknowledge(doc, "value.missing_unit")
    acknowledge(doc, "text.doubled", "原文如此")
    node = doc.node(doc.projects[0], (0, 1, 0))
    assert isinstance(node, Indicator)
    node.name = "验收通过率"  # renamed elsewhere: in a file edited by another program
    problem = one(doc, STALE)
    assert problem.severity == INFO and problem.field == "indicators"
    assert "产出指标 / 质量指标 / 验收合格率" in problem.message
    assert "对不上任何指标" in problem.message and "可取消确认" in problem.message
    assert one(doc, "value.missing_unit").acknowledged is None  # it covers nothing
    assert not can_acknowledge(problem) and can_withdraw(problem)
    doc.set_acknowledgements(doc.projects[0], withdrawn(doc.projects[0], problem))
    assert [a.code for a in doc.projects[0].acknowledgements] == ["text.doubled"]
    assert not any(p.code == STALE for p in validate(doc))


def test_errors_and_todos_cannot_be_acknowledged() -> None:
    doc = clean_document()
    doc.projects[0].implementer = ""
    todo = next(p for p in validate(doc) if p.severity == TODO)
    with pytest.raises(ValueError):
        acknowledged(doc.projects[0], todo, REASON)
    error = Problem("period.invalid", ERROR, None, "", "x", field="period.start")
    with pytest.raises(ValueError):
        acknowledged(doc.projects[0], error, REASON)
    # even one written into the file by hand covers no error
    doc.projects[0].acknowledgements = [Acknowledgement(todo.code, REASON, todo.field or "")]
    assert all(p.acknowledged is None for p in validate(doc))


def test_an_empty_reason_is_refused() -> None:
    doc = broken()
    with pytest.raises(ValueError):
        acknowledged(doc.projects[0], one(doc, "value.missing_unit"), " \n ")


def test_acknowledging_again_replaces_and_withdrawing_removes() -> None:
    doc = broken()
    acknowledge(doc, "value.missing_unit", "甲")
    acknowledge(doc, "text.doubled", "乙")
    acknowledge(doc, "value.missing_unit", "丙")
    project = doc.projects[0]
    assert [(a.code, a.reason) for a in project.acknowledgements] == [
        ("text.doubled", "乙"), ("value.missing_unit", "丙")]
    doc.set_acknowledgements(doc.projects[0], withdrawn(project, one(doc, "value.missing_unit")))
    assert [a.code for a in project.acknowledgements] == ["text.doubled"]
    assert one(doc, "value.missing_unit").acknowledged is None


def test_info_can_be_acknowledged_too() -> None:
    doc = clean_document()
    node = doc.node(doc.projects[0], (0, 2, 0))
    assert isinstance(node, Indicator)
    node.value = "按时"
    info = next(p for p in validate(doc) if p.severity == INFO)
    doc.set_acknowledgements(doc.projects[0], acknowledged(doc.projects[0], info, REASON))
    assert next(p for p in validate(doc) if p.code == info.code).acknowledged == REASON


def test_indicator_names_of_a_path() -> None:
    project = clean_document().projects[0]
    assert indicator_names(project, (1,)) == ("成本指标",)
    assert indicator_names(project, (1, 0)) == ("成本指标", "经济成本指标")
    assert indicator_names(project, (0, 5)) is None
    project.indicators[0].children.append(Level2("", []))
    assert indicator_names(project, (0, 3)) == ("产出指标", "")


def test_json_round_trip_and_older_files_without_them() -> None:
    doc = broken()
    acknowledge(doc, "value.missing_unit")
    acknowledge(doc, "text.doubled", "原文如此")
    text = json_format.dumps(doc)
    data = json_format.document_to_dict(doc)["projects"][0]
    assert list(data)[-1] == "acknowledgements"
    assert data["acknowledgements"][0] == {
        "code": "value.missing_unit", "field": "",
        "indicator": ["产出指标", "质量指标", "验收合格率"], "reason": REASON}
    again = json_format.loads(text)
    assert again == doc
    assert one(again, "value.missing_unit").acknowledged == REASON
    # none: the key is not written, and a file without it reads with none
    plain = clean_document()
    assert "acknowledgements" not in json_format.dumps(plain)
    assert json_format.loads(json_format.dumps(plain)).projects[0].acknowledgements == []


@pytest.mark.parametrize(("value", "expected"), [
    ([{"code": 1}], "应为文字"),
    ({"code": "x"}, "应为数组"),
    ([{"code": "x", "indicator": ["a", "b", "c", "d"]}], "最多三级"),
    ([{"code": "x", "indicator": ["a", 2]}], "indicator[1]"),
])
def test_bad_acknowledgements_are_refused_with_the_place(value: object, expected: str) -> None:
    data = json_format.document_to_dict(clean_document())
    data["projects"][0]["acknowledgements"] = value
    with pytest.raises(FileFormatError) as caught:
        json_format.from_data(data, "a.json")
    assert expected in str(caught.value)
    assert "projects[0].acknowledgements" in str(caught.value)
