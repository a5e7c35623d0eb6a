"""Live 自评 scores: scored only in the 自评 stage, computed once and kept until the
project changes; an edit drops that project's score only and says so at once; tree edits
say so a moment later; a switch of the stage, the rule set or the whole document drops
every score and says "all" (``None``)."""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

import pytest
from builders import clean_document, clean_project

from jxeditor.document.derive import derive_stage
from jxeditor.document.document import Document
from jxeditor.document.model import Indicator
from jxeditor.document.stages import EVALUATION, MONITORING
from ui.session.live_scores import LiveScores


@pytest.fixture
def doc() -> Document:
    base = clean_document()
    second = clean_project()
    second.name, second.code = "第二个", "102001002"
    base.projects.append(second)
    return derive_stage(base, EVALUATION)


@pytest.fixture
def live(qapp: Any, doc: Document) -> LiveScores:
    return LiveScores(doc)


def test_no_scores_outside_the_evaluation(qapp: Any) -> None:
    doc = derive_stage(clean_document(), MONITORING)
    live = LiveScores(doc)
    assert not live.active()
    assert live.score_of(doc.projects[0]) is None
    assert live.score_of(None) is None


def test_a_score_is_computed_once(live: LiveScores, doc: Document) -> None:
    assert live.active()
    score = live.score_of(doc.projects[0])
    assert score is not None and len(score.indicators) == 6
    assert live.score_of(doc.projects[0]) is score


def test_a_copy_of_a_project_is_not_taken_for_it(live: LiveScores, doc: Document) -> None:
    live.score_of(doc.projects[0])
    twin = copy.deepcopy(doc.projects[0])
    twin.evaluation.executed.total = Decimal("12.5")  # type: ignore[union-attr]
    assert live.score_of(twin) != live.score_of(doc.projects[0])


def test_a_field_edit_drops_that_projects_score_only_and_says_so_at_once(
    live: LiveScores, doc: Document, qtbot: Any
) -> None:
    first, second = doc.projects
    before_first, before_second = live.score_of(first), live.score_of(second)
    assert before_first is not None and before_first.execution.score == Decimal("0")
    heard: list[object] = []
    live.changed.connect(heard.append)
    doc.set_project_stage_field(doc.projects[0], "evaluation.executed.total", Decimal("12.5"))
    assert heard == [first]
    after = live.score_of(first)
    assert after is not before_first and after is not None
    assert after.execution.score == Decimal("10")  # all spent: the full 10 points
    assert live.score_of(second) is before_second


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d.set_project_field(d.projects[0], "name", "新名"),
        lambda d: d.set_node_field(d.projects[0], (0, 0, 0), "value", "≥150平方米"),
        lambda d: d.set_indicator_stage_field(d.projects[0], (0, 0, 0), "evaluation.actual", "130平方米"),
    ],
)
def test_every_kind_of_field_edit_is_said_at_once(
    live: LiveScores, doc: Document, edit: Any
) -> None:
    old = live.score_of(doc.projects[0])
    heard: list[object] = []
    live.changed.connect(heard.append)
    edit(doc)
    assert heard == [doc.projects[0]]
    assert live.score_of(doc.projects[0]) is not old


def test_tree_edits_are_said_once_a_moment_later(
    live: LiveScores, doc: Document, qtbot: Any
) -> None:
    old = live.score_of(doc.projects[1])
    heard: list[object] = []
    live.changed.connect(heard.append)
    doc.insert_node(doc.projects[1], (0, 0), 1, Indicator("新指标", "≥1个"))
    doc.move_node(doc.projects[1], (0, 0), 0, 1)
    assert heard == []  # the views are still following the change itself
    assert live.score_of(doc.projects[1]) is not old
    qtbot.waitUntil(lambda: heard == [doc.projects[1]])
    new = live.score_of(doc.projects[1])
    assert new is not None and len(new.indicators) == 7
    qtbot.wait(20)
    assert heard == [doc.projects[1]]  # once for both edits


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d.set_document_field("scoring", "linear-cap"),
        lambda d: d.set_document_field("framework", "2015"),
        lambda d: d.replace_all(derive_stage(clean_document(), EVALUATION)),
    ],
)
def test_whole_document_changes_drop_every_score_and_say_all(
    live: LiveScores, doc: Document, qtbot: Any, edit: Any
) -> None:
    first = doc.projects[0]
    old = live.score_of(first)
    heard: list[object] = []
    live.changed.connect(heard.append)
    edit(doc)
    qtbot.waitUntil(lambda: heard == [None])
    assert live.score_of(first) is not old


def test_other_settings_keep_the_scores(live: LiveScores, doc: Document, qtbot: Any) -> None:
    old = live.score_of(doc.projects[0])
    heard: list[object] = []
    live.changed.connect(heard.append)
    doc.set_document_field("reporting_unit", "另一个单位")
    qtbot.wait(20)
    assert heard == [] and live.score_of(doc.projects[0]) is old


def test_leaving_the_evaluation_stops_scoring(live: LiveScores, doc: Document, qtbot: Any) -> None:
    heard: list[object] = []
    live.changed.connect(heard.append)
    doc.set_document_field("stage", MONITORING)
    qtbot.waitUntil(lambda: heard == [None])
    assert live.score_of(doc.projects[0]) is None


def test_an_edit_of_the_departments_tree_is_said_at_once(
    live: LiveScores, doc: Document, qtbot: Any
) -> None:
    """The department's total follows its tree at once, as its fields' (issue 30)."""
    from jxeditor.document.department import Department
    from jxeditor.document.model import Level1, Level2

    dept = Department(name="示例局", indicators=[Level1("产出指标", [Level2("数量指标", [
        Indicator("评审项目数", "≥20个")])])])
    doc.set_department(dept)
    assert live.department_score() is not None
    for edit in (
        lambda: doc.insert_department_node(dept, (0, 0), 1, Indicator("验收项目数", "≥5个")),
        lambda: doc.set_department_node_field(dept, (0, 0, 1), "value", "≥6个"),
        lambda: doc.move_node(dept, (0, 0), 1, 0),
        lambda: doc.remove_department_node(dept, (0, 0), 0),
    ):
        with qtbot.waitSignal(live.changed, timeout=0) as said:
            edit()
        assert said.args == [dept]
