"""The document's edit methods: each edit changes what it says, returns the old value and
announces itself as a typed event (before and after for structure), with the project's
identity and its index at that moment; a bad edit raises and announces nothing."""

from __future__ import annotations

import copy
from decimal import Decimal

import pytest
from builders import clean_document, clean_project

from jxeditor.document.changes import (
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
from jxeditor.document.document import Document
from jxeditor.document.model import Acknowledgement, Indicator, Level1, Level2, Project
from jxeditor.document.stage_edits import ABSENT
from jxeditor.document.stages import EVALUATION, MONITORING, TARGETS, ProjectMonitoring


def named(name: str) -> Project:
    project = clean_project()
    project.name = name
    return project


@pytest.fixture
def doc() -> Document:
    return Document(projects=[named("甲"), named("乙"), named("丙")])


@pytest.fixture
def heard(doc: Document) -> list[Change]:
    changes: list[Change] = []
    doc.subscribe(changes.append)
    return changes


def names(doc: Document) -> list[str]:
    return [p.name for p in doc.projects]


# -- listeners -------------------------------------------------------------------------
def test_unsubscribed_listener_hears_nothing_more(doc: Document) -> None:
    changes: list[Change] = []
    doc.subscribe(changes.append)
    doc.set_document_field("year", 2027)
    doc.unsubscribe(changes.append)
    doc.unsubscribe(changes.append)  # a second time is harmless
    doc.set_document_field("year", 2028)
    assert changes == [changes[0]] and isinstance(changes[0], DocumentFieldChanged)


def test_a_failing_listener_does_not_keep_the_others_from_hearing(doc: Document) -> None:
    later: list[Change] = []

    def broken(_change: Change) -> None:
        raise RuntimeError("listener broke")

    doc.subscribe(broken)
    doc.subscribe(later.append)
    with pytest.raises(RuntimeError, match="listener broke"):
        doc.set_document_field("year", 2030)
    assert doc.year == 2030
    assert [type(c) for c in later] == [DocumentFieldChanged]


def test_deepcopy_copies_projects_and_settings_but_not_listeners(
    doc: Document, heard: list[Change]
) -> None:
    doc.set_document_field("money_unit", "元")
    heard.clear()
    twin = copy.deepcopy(doc)
    assert twin == doc and twin.projects[0] is not doc.projects[0]
    twin.set_project_field(twin.projects[0], "name", "另一个")
    assert heard == [] and doc.projects[0].name == "甲"


def test_index_of_is_by_identity_not_equality(doc: Document) -> None:
    assert doc.index_of(doc.projects[1]) == 1
    assert doc.index_of(named("乙")) is None  # equal, but not this very object


# -- settings and project fields -------------------------------------------------------------
def test_set_document_field_returns_old_value_and_announces(
    doc: Document, heard: list[Change]
) -> None:
    assert doc.set_document_field("reporting_unit", "示例局") == ""
    assert doc.reporting_unit == "示例局"
    assert [(type(c), c.field) for c in heard if isinstance(c, DocumentFieldChanged)] == [
        (DocumentFieldChanged, "reporting_unit")
    ]


def test_unknown_document_field_is_refused_silently_for_listeners(
    doc: Document, heard: list[Change]
) -> None:
    with pytest.raises(KeyError):
        doc.set_document_field("projects", [])
    assert heard == [] and len(doc.projects) == 3


def test_set_project_field_by_dotted_path(doc: Document, heard: list[Change]) -> None:
    old = doc.set_project_field(doc.projects[1], "funding.annual.total", Decimal("8"))
    assert old == Decimal("12.5")
    assert doc.projects[1].funding.annual.total == Decimal("8")
    (change,) = heard
    assert isinstance(change, ProjectFieldChanged)
    assert change.project is doc.projects[1] and not hasattr(change, "index")
    assert change.field == "funding.annual.total"


def test_set_project_field_refuses_a_path_that_is_no_field(
    doc: Document, heard: list[Change]
) -> None:
    with pytest.raises(KeyError):
        doc.set_project_field(doc.projects[0], "indicators", [])
    assert heard == []


def test_replace_all_announces_resetting_then_reset(doc: Document, heard: list[Change]) -> None:
    seen_during: list[list[str]] = []
    doc.subscribe(lambda c: seen_during.append(names(doc)))
    other = clean_document("2015")
    other.stage = EVALUATION
    doc.replace_all(other)
    assert [type(c) for c in heard] == [Resetting, Reset]
    assert seen_during == [["甲", "乙", "丙"], ["档案室改造"]]
    assert (doc.framework, doc.stage, doc.projects) == ("2015", EVALUATION, other.projects)


# -- the list of projects ------------------------------------------------------------------
def test_insert_projects_announces_before_and_after(doc: Document, heard: list[Change]) -> None:
    new = [named("丁"), named("戊")]
    seen: list[list[str]] = []
    doc.subscribe(lambda c: seen.append(names(doc)))
    doc.insert_projects(1, new)
    assert names(doc) == ["甲", "丁", "戊", "乙", "丙"]
    before, after = heard
    assert isinstance(before, ProjectsInserting) and isinstance(after, ProjectsInserted)
    assert before.index == after.index == 1
    assert after.projects[0] is new[0] and after.projects[1] is new[1]
    assert seen == [["甲", "乙", "丙"], ["甲", "丁", "戊", "乙", "丙"]]


def test_insert_project_appends_at_the_end(doc: Document) -> None:
    doc.insert_project(3, named("丁"))
    assert names(doc) == ["甲", "乙", "丙", "丁"]


def test_inserting_nothing_announces_nothing(doc: Document, heard: list[Change]) -> None:
    doc.insert_projects(0, [])
    assert heard == [] and len(doc.projects) == 3


@pytest.mark.parametrize("index", [-1, 4])
def test_insert_out_of_range_is_an_index_error(doc: Document, index: int) -> None:
    with pytest.raises(IndexError):
        doc.insert_project(index, named("丁"))
    assert len(doc.projects) == 3


def test_remove_project_returns_it_and_names_it(doc: Document, heard: list[Change]) -> None:
    middle = doc.projects[1]
    assert doc.remove_project(1) is middle
    assert names(doc) == ["甲", "丙"]
    before, after = heard
    assert isinstance(before, ProjectRemoving) and isinstance(after, ProjectRemoved)
    assert before.project is after.project is middle
    assert before.index == after.index == 1


@pytest.mark.parametrize("index", [-1, 3])
def test_remove_out_of_range(doc: Document, heard: list[Change], index: int) -> None:
    with pytest.raises(IndexError):
        doc.remove_project(index)
    assert heard == []


def test_move_project_ends_up_at_dest(doc: Document, heard: list[Change]) -> None:
    first = doc.projects[0]
    doc.move_project(0, 2)
    assert names(doc) == ["乙", "丙", "甲"]
    before, after = heard
    assert isinstance(before, ProjectMoving) and isinstance(after, ProjectMoved)
    assert (before.project, before.src, before.dest) == (first, 0, 2)
    assert (after.project, after.src, after.dest) == (first, 0, 2)
    heard.clear()
    doc.move_project(2, 0)
    assert names(doc) == ["甲", "乙", "丙"]


def test_move_to_the_same_place_is_no_change(doc: Document, heard: list[Change]) -> None:
    doc.move_project(1, 1)
    assert heard == [] and names(doc) == ["甲", "乙", "丙"]


@pytest.mark.parametrize(("src", "dest"), [(0, 3), (3, 0), (-1, 0)])
def test_move_out_of_range(doc: Document, src: int, dest: int) -> None:
    with pytest.raises(IndexError):
        doc.move_project(src, dest)
    assert names(doc) == ["甲", "乙", "丙"]


def test_set_acknowledgements_keeps_a_copy_and_returns_the_old_list(
    doc: Document, heard: list[Change]
) -> None:
    given = [Acknowledgement("W101", "确实如此", field="purpose")]
    assert doc.set_acknowledgements(doc.projects[2], given) == []
    given.append(Acknowledgement("W102", "后加的"))
    assert doc.projects[2].acknowledgements == [Acknowledgement("W101", "确实如此", "purpose")]
    (change,) = heard
    assert isinstance(change, AcknowledgementsChanged)
    assert change.project is doc.projects[2] and not hasattr(change, "index")


# -- the indicator tree -----------------------------------------------------------------------
def test_node_walks_one_to_three_levels(doc: Document) -> None:
    project = doc.projects[0]
    assert doc.node(doc.projects[0], (0,)) is project.indicators[0]
    assert doc.node(doc.projects[0], (0, 1)) is project.indicators[0].children[1]
    assert doc.node(doc.projects[0], (3, 0, 0)).name == "使用人员满意度"


@pytest.mark.parametrize("path", [(), (0, 0, 0, 0), (9,), (0, 5), (0, 0, 1)])
def test_node_outside_the_tree_is_an_index_error(doc: Document, path: tuple[int, ...]) -> None:
    with pytest.raises(IndexError):
        doc.node(doc.projects[0], path)


def test_children_of(doc: Document) -> None:
    project = doc.projects[0]
    assert doc.children_of(doc.projects[0], ()) is project.indicators
    assert doc.children_of(doc.projects[0], (0, 0)) is project.indicators[0].children[0].children
    with pytest.raises(IndexError):
        doc.children_of(doc.projects[0], (0, 0, 0))  # an indicator has no children


def test_insert_node_announces_with_parent_and_row(doc: Document, heard: list[Change]) -> None:
    node = Indicator("新指标", "≥1个")
    doc.insert_node(doc.projects[1], (0, 0), 1, node)
    assert doc.node(doc.projects[1], (0, 0, 1)) is node
    before, after = heard
    assert isinstance(before, NodeInserting) and isinstance(after, NodeInserted)
    assert (after.owner, after.parent, after.row) == (doc.projects[1], (0, 0), 1)


@pytest.mark.parametrize(
    ("parent", "node"),
    [((), Indicator()), ((0,), Level1()), ((0, 0), Level2()), ((0, 0, 0), Indicator())],
)
def test_insert_node_refuses_a_node_of_the_wrong_level(
    doc: Document, heard: list[Change], parent: tuple[int, ...], node: object
) -> None:
    with pytest.raises(TypeError):
        doc.insert_node(doc.projects[0], parent, 0, node)  # type: ignore[arg-type]  # the point of the test
    assert heard == []


def test_insert_node_out_of_range(doc: Document, heard: list[Change]) -> None:
    with pytest.raises(IndexError):
        doc.insert_node(doc.projects[0], (), 5, Level1("新一级"))
    assert heard == [] and len(doc.projects[0].indicators) == 4


def test_remove_node_returns_it(doc: Document, heard: list[Change]) -> None:
    level1 = doc.projects[0].indicators[2]
    assert doc.remove_node(doc.projects[0], (), 2) is level1
    assert [l1.name for l1 in doc.projects[0].indicators] == ["产出指标", "成本指标", "满意度指标"]
    before, after = heard
    assert isinstance(before, NodeRemoving) and isinstance(after, NodeRemoved)
    assert (before.parent, before.row) == ((), 2)
    with pytest.raises(IndexError):
        doc.remove_node(doc.projects[0], (), 3)


def test_move_node_among_siblings(doc: Document, heard: list[Change]) -> None:
    doc.move_node(doc.projects[0], (0,), 0, 2)
    assert [l2.name for l2 in doc.projects[0].indicators[0].children] == [
        "质量指标", "时效指标", "数量指标"
    ]
    before, after = heard
    assert isinstance(before, NodeMoving) and isinstance(after, NodeMoved)
    assert (after.parent, after.src, after.dest) == ((0,), 0, 2)
    heard.clear()
    doc.move_node(doc.projects[0], (0,), 1, 1)
    assert heard == []
    with pytest.raises(IndexError):
        doc.move_node(doc.projects[0], (0,), 0, 3)


def test_set_node_field(doc: Document, heard: list[Change]) -> None:
    assert doc.set_node_field(doc.projects[0], (0, 0, 0), "value", "≥150平方米") == "≥120平方米"
    assert doc.set_node_field(doc.projects[0], (0,), "name", "产出") == "产出指标"
    assert doc.node(doc.projects[0], (0, 0, 0)).value == "≥150平方米"  # type: ignore[union-attr]
    first = heard[0]
    assert isinstance(first, NodeFieldChanged)
    assert (first.owner, first.path, first.field) == (doc.projects[0], (0, 0, 0), "value")


@pytest.mark.parametrize(("path", "name"), [((0,), "value"), ((0, 0), "basis"), ((0, 0, 0), "x")])
def test_set_node_field_refuses_fields_a_node_has_not(
    doc: Document, heard: list[Change], path: tuple[int, ...], name: str
) -> None:
    with pytest.raises(KeyError):
        doc.set_node_field(doc.projects[0], path, name, "？")
    assert heard == []


# -- stages ---------------------------------------------------------------------------------
def test_set_stage_adds_blocks_and_revert_takes_exactly_those(
    doc: Document, heard: list[Change]
) -> None:
    keeps = doc.projects[2]
    own = ProjectMonitoring(budget=Decimal("1"))
    keeps.monitoring = own
    switch = doc.set_stage(MONITORING)
    assert doc.stage == MONITORING
    assert all(p.monitoring is not None for p in doc.projects)
    assert keeps.monitoring is own  # an existing block is kept
    stage_change, field_change = heard
    assert isinstance(stage_change, StageChanged)
    assert (stage_change.old, stage_change.new) == (TARGETS, MONITORING)
    assert set(map(id, stage_change.projects)) == set(map(id, doc.projects))  # indicators too
    assert isinstance(field_change, DocumentFieldChanged) and field_change.field == "stage"
    heard.clear()
    doc.revert_stage(switch)
    assert doc.stage == TARGETS
    assert doc.projects[0].monitoring is None and keeps.monitoring is own
    assert doc.projects[0].indicators[0].children[0].children[0].monitoring is None
    assert isinstance(heard[0], StageChanged) and heard[0].new == TARGETS


def test_set_stage_refuses_an_unknown_stage(doc: Document, heard: list[Change]) -> None:
    with pytest.raises(ValueError):
        doc.set_stage("review")
    assert heard == [] and doc.stage == TARGETS


def test_project_stage_field_creates_the_block_then_absent_removes_it(
    doc: Document, heard: list[Change]
) -> None:
    assert doc.set_project_stage_field(doc.projects[0], "evaluation.executed.total", Decimal("9")) is ABSENT
    evaluation = doc.projects[0].evaluation
    assert evaluation is not None and evaluation.executed.total == Decimal("9")
    assert evaluation.budget_full.total == Decimal("12.5")  # filled in as derive does
    change = heard[0]
    assert isinstance(change, ProjectStageFieldChanged)
    assert (change.project, change.field) == (doc.projects[0], "evaluation.executed.total")
    assert doc.set_project_stage_field(doc.projects[0], "evaluation.executed.total", ABSENT) == Decimal("9")
    assert doc.projects[0].evaluation is None


def test_indicator_stage_field(doc: Document, heard: list[Change]) -> None:
    assert doc.set_indicator_stage_field(doc.projects[1], (0, 0, 0), "monitoring.causes", ["经费保障"]) is ABSENT
    assert doc.set_indicator_stage_field(doc.projects[1], (0, 0, 0), "monitoring.causes", []) == ["经费保障"]
    change = heard[-1]
    assert isinstance(change, IndicatorStageFieldChanged)
    assert (change.project, change.path, change.field) == (
        doc.projects[1], (0, 0, 0), "monitoring.causes")
    with pytest.raises(KeyError):
        doc.set_indicator_stage_field(doc.projects[1], (0, 0), "monitoring.note", "二级指标没有监控块")


def test_methods_name_the_project_by_identity_not_by_equality() -> None:
    doc = Document(projects=[named("甲"), named("甲")])
    first, second = doc.projects
    assert first == second and first is not second
    heard: list[Change] = []
    doc.subscribe(heard.append)
    doc.set_project_field(second, "code", "X1")
    doc.insert_node(second, (), 0, Level1(name="产出指标"))
    assert (first.code, second.code) == ("102001001", "X1")
    assert len(second.indicators) == len(first.indicators) + 1
    assert len(heard) == 3 and all(edited_project(change) is second for change in heard)


def test_a_project_not_in_the_document_is_a_key_error() -> None:
    doc = Document(projects=[named("甲")])
    stranger = named("甲")  # equal, but another object
    heard: list[Change] = []
    doc.subscribe(heard.append)
    with pytest.raises(KeyError):
        doc.set_project_field(stranger, "name", "乙")
    with pytest.raises(KeyError):
        doc.insert_node(stranger, (), 0, Level1(name="产出指标"))
    with pytest.raises(KeyError):
        doc.set_project_stage_field(stranger, "evaluation.executed.total", Decimal("9"))
    assert heard == [] and stranger.name == "甲" and doc.projects[0].name == "甲"


def test_index_of_follows_the_list_however_it_changed(doc: Document) -> None:
    first, second, third = doc.projects
    assert [doc.index_of(p) for p in (first, second, third)] == [0, 1, 2]
    doc.move_project(0, 2)
    assert [doc.index_of(p) for p in (first, second, third)] == [2, 0, 1]
    doc.projects.remove(second)  # by hand, not through a method
    doc.projects.insert(0, named("丁"))
    assert [doc.index_of(p) for p in (first, second, third)] == [2, None, 1]
    assert doc.index_of(named("甲")) is None  # equal is not the same
