"""Editing the stage blocks field by field: the block is created on the first edit
(filled in as ``derive`` does) and the old value is then ``ABSENT``; setting ``ABSENT``
removes it again; values are checked; switching a stage adds exactly the missing blocks
and switching back removes exactly those."""

from __future__ import annotations

import copy
from datetime import date
from decimal import Decimal

import pytest
from builders import clean_project

from jxeditor.document.model import Indicator, iter_indicators
from jxeditor.document.stage_edits import (
    ABSENT,
    INDICATOR_STAGE_FIELDS,
    PROJECT_STAGE_FIELDS,
    StageSwitch,
    add_blocks,
    new_indicator_block,
    new_project_block,
    remove_blocks,
    set_stage_field,
    stage_field,
)
from jxeditor.document.stages import (
    EVALUATION,
    MONITORING,
    TARGETS,
    EvaluationColumn,
    IndicatorEvaluation,
    IndicatorMonitoring,
    ProjectEvaluation,
    ProjectMonitoring,
)


def test_absent_is_one_value_that_says_what_it_is() -> None:
    assert type(ABSENT)() is ABSENT
    assert repr(ABSENT) == "ABSENT"


def test_field_lists_cover_both_blocks() -> None:
    assert "monitoring.as_of" in PROJECT_STAGE_FIELDS
    assert "evaluation.budget_full.carried_over" in PROJECT_STAGE_FIELDS
    assert "evaluation.goals_achieved" in PROJECT_STAGE_FIELDS
    assert len(PROJECT_STAGE_FIELDS) == 4 + 3 * 4 + 1
    assert all(f.split(".")[0] in (MONITORING, EVALUATION) for f in INDICATOR_STAGE_FIELDS)


def test_a_new_project_block_takes_the_annual_funding() -> None:
    project = clean_project()
    monitoring = new_project_block(project, MONITORING, 2026)
    assert monitoring == ProjectMonitoring(as_of=date(2026, 7, 31), budget=Decimal("12.5"))
    evaluation = new_project_block(project, EVALUATION, 2026)
    annual = EvaluationColumn(total=Decimal("12.5"), fiscal=Decimal("12.5"))
    assert evaluation == ProjectEvaluation(budget_initial=annual, budget_full=annual)
    assert evaluation.budget_initial is not evaluation.budget_full
    assert new_indicator_block(MONITORING) == IndicatorMonitoring()
    assert new_indicator_block(EVALUATION) == IndicatorEvaluation()


def test_first_edit_creates_the_block_and_absent_takes_it_away() -> None:
    project = clean_project()
    before = copy.deepcopy(project)
    assert set_stage_field(project, "monitoring.executed", Decimal("3"), 2027) is ABSENT
    assert project.monitoring == ProjectMonitoring(
        as_of=date(2027, 7, 31), budget=Decimal("12.5"), executed=Decimal("3"))
    assert set_stage_field(project, "monitoring.executed", Decimal("4"), 2027) == Decimal("3")
    assert stage_field(project, "monitoring.executed") == Decimal("4")
    assert set_stage_field(project, "monitoring.executed", ABSENT, 2027) == Decimal("4")
    assert project == before  # undo gives back exactly what was


def test_absent_on_a_missing_block_returns_absent() -> None:
    project = clean_project()
    assert set_stage_field(project, "evaluation.goals_achieved", ABSENT, 2026) is ABSENT
    assert project.evaluation is None
    assert stage_field(project, "evaluation.goals_achieved") is None


def test_an_indicators_list_field_is_copied_both_ways() -> None:
    ind = Indicator("培训人次", "≥500人次")
    causes = ["经费保障"]
    assert set_stage_field(ind, "monitoring.causes", causes, 2026) is ABSENT
    causes.append("其他")
    assert ind.monitoring is not None and ind.monitoring.causes == ["经费保障"]
    old = set_stage_field(ind, "monitoring.causes", ["制度保障"], 2026)
    assert old == ["经费保障"]
    old.append("人员保障")  # the returned list is not the block's
    assert ind.monitoring.causes == ["制度保障"]


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("monitoring.possibility", "大概"),
        ("monitoring.causes", "经费保障"),
        ("monitoring.causes", ["天气"]),
    ],
)
def test_bad_values_are_refused_and_nothing_is_created(path: str, value: object) -> None:
    ind = Indicator()
    with pytest.raises(ValueError):
        set_stage_field(ind, path, value, 2026)
    assert ind.monitoring is None


def test_possibility_may_be_left_unsaid() -> None:
    ind = Indicator()
    set_stage_field(ind, "monitoring.possibility", "有可能", 2026)
    assert set_stage_field(ind, "monitoring.possibility", "", 2026) == "有可能"


@pytest.mark.parametrize(
    ("owner", "path"),
    [
        (clean_project(), "evaluation.actual"),  # an indicator's field on a project
        (Indicator(), "monitoring.as_of"),  # a project's field on an indicator
        (clean_project(), "name"),
    ],
)
def test_fields_of_the_other_owner_are_refused(owner: object, path: str) -> None:
    with pytest.raises(KeyError):
        set_stage_field(owner, path, "x", 2026)  # type: ignore[arg-type]


def test_add_blocks_adds_only_the_missing_and_remove_takes_only_those() -> None:
    project, other = clean_project(), clean_project()
    kept = ProjectEvaluation(goals_achieved="已完成")
    other.evaluation = kept
    first = next(iter_indicators(other))[3]
    first.evaluation = IndicatorEvaluation(actual="130平方米")
    added = add_blocks([project, other], EVALUATION, 2026)
    indicators = sum(1 for _ in iter_indicators(project))
    assert len(added) == 1 + indicators + (indicators - 1)
    assert project in added and other not in added and first not in added
    assert all(ind.evaluation is not None for _p, _a, _b, ind in iter_indicators(project))
    remove_blocks(StageSwitch(TARGETS, EVALUATION, added))
    assert project.evaluation is None and other.evaluation is kept
    assert first.evaluation == IndicatorEvaluation(actual="130平方米")
    assert all(ind.evaluation is None for _p, _a, _b, ind in iter_indicators(project))


def test_the_target_stage_has_no_blocks() -> None:
    project = clean_project()
    assert add_blocks([project], TARGETS, 2026) == ()
    with pytest.raises(ValueError):
        add_blocks([project], "review", 2026)
    remove_blocks(StageSwitch(EVALUATION, TARGETS, (project,)))  # nothing to take away
    assert project.monitoring is None and project.evaluation is None
