"""``jxeditor derive``: a copy of the document in the next stage, every project and
indicator with the stage's block, filled in from the target table; nothing else changes."""

from __future__ import annotations

import copy
from datetime import date
from decimal import Decimal

import pytest
from builders import clean_document

from jxeditor.document.derive import add_stage_blocks, derive_stage
from jxeditor.document.model import iter_indicators
from jxeditor.document.stages import (
    EVALUATION,
    MONITORING,
    TARGETS,
    EvaluationColumn,
    IndicatorEvaluation,
    IndicatorMonitoring,
    ProjectMonitoring,
)


def test_derive_monitoring_leaves_the_original_alone() -> None:
    doc = clean_document()
    before = copy.deepcopy(doc)
    out = derive_stage(doc, MONITORING)
    assert doc == before and doc.stage == TARGETS
    assert out.stage == MONITORING
    project = out.projects[0]
    assert project.monitoring == ProjectMonitoring(as_of=date(2026, 7, 31), budget=Decimal("12.5"))
    assert project.evaluation is None
    assert all(ind.monitoring == IndicatorMonitoring() for *_x, ind in iter_indicators(project))
    project.monitoring = None
    for *_x, ind in iter_indicators(project):
        ind.monitoring = None
    out.stage = TARGETS
    assert out == before  # nothing of the targets changed


def test_derive_evaluation_fills_both_budget_columns() -> None:
    doc = clean_document()
    doc.projects[0].funding.annual.other = Decimal("2")
    out = derive_stage(doc, EVALUATION)
    evaluation = out.projects[0].evaluation
    assert evaluation is not None
    expected = EvaluationColumn(Decimal("12.5"), Decimal("12.5"), None, Decimal("2"))
    assert evaluation.budget_initial == evaluation.budget_full == expected
    assert evaluation.executed == EvaluationColumn()
    assert evaluation.budget_initial is not evaluation.budget_full
    assert all(ind.evaluation == IndicatorEvaluation()
               for *_x, ind in iter_indicators(out.projects[0]))


def test_a_monitored_file_keeps_its_monitoring_when_derived_into_the_evaluation() -> None:
    monitored = derive_stage(clean_document(), MONITORING)
    monitored.projects[0].monitoring.executed = Decimal("6")  # type: ignore[union-attr]
    out = derive_stage(monitored, EVALUATION)
    assert out.projects[0].monitoring is not None
    assert out.projects[0].monitoring.executed == Decimal("6")
    assert out.projects[0].evaluation is not None


def test_existing_blocks_are_not_replaced() -> None:
    doc = clean_document()
    add_stage_blocks(doc, MONITORING)
    own = doc.projects[0].monitoring
    first = next(iter_indicators(doc.projects[0]))[3]
    first.monitoring.current = "60平方米"  # type: ignore[union-attr]
    add_stage_blocks(doc, MONITORING)
    assert doc.projects[0].monitoring is own
    assert first.monitoring.current == "60平方米"  # type: ignore[union-attr]


@pytest.mark.parametrize("stage", [TARGETS, "review"])
def test_only_the_later_stages_can_be_derived(stage: str) -> None:
    with pytest.raises(ValueError):
        derive_stage(clean_document(), stage)


def test_derive_without_copying_changes_the_document_itself() -> None:
    doc = clean_document()
    expected = derive_stage(doc, MONITORING)
    assert derive_stage(doc, MONITORING, copy_first=False) is doc
    assert doc == expected
