"""The next stage's document from this one: ``jxeditor derive monitoring|evaluation``.

:func:`derive_stage` copies the document (the command line changes its own instead), sets its stage and gives every project and
every third-level indicator the stage's block, empty, where it has none yet. Nothing of
the targets changes. What the target table already says is filled in: the 运行监控's
全年预算数 and the 自评's 年初预算数 and 全年预算数 from the annual funding (当年财政拨款
and 其他资金 too; 上年结转资金 is not in the target table), the 截至日期 as 7月31日 of
the budget year. Blocks of the other stage are kept (a monitored file keeps its
monitoring when derived into the 自评).
"""

from __future__ import annotations

import copy
from datetime import date

from jxeditor.document.document import Document
from jxeditor.document.model import Project, iter_indicators
from jxeditor.document.stages import (
    EVALUATION,
    MONITORING,
    EvaluationColumn,
    IndicatorEvaluation,
    IndicatorMonitoring,
    ProjectEvaluation,
    ProjectMonitoring,
)

DERIVED_STAGES: tuple[str, ...] = (MONITORING, EVALUATION)


def _annual(project: Project) -> EvaluationColumn:
    annual = project.funding.annual
    return EvaluationColumn(total=annual.total, fiscal=annual.fiscal, carried_over=None,
                            other=annual.other)


def add_stage_blocks(doc: Document, stage: str) -> None:
    """Gives every project and indicator of ``doc`` the blocks of ``stage`` it lacks."""
    for project in doc.projects:
        if stage == MONITORING and project.monitoring is None:
            project.monitoring = ProjectMonitoring(
                as_of=date(doc.year, 7, 31), budget=project.funding.annual.total)
        if stage == EVALUATION and project.evaluation is None:
            project.evaluation = ProjectEvaluation(
                budget_initial=_annual(project), budget_full=_annual(project))
        for _path, _l1, _l2, ind in iter_indicators(project):
            if stage == MONITORING and ind.monitoring is None:
                ind.monitoring = IndicatorMonitoring()
            if stage == EVALUATION and ind.evaluation is None:
                ind.evaluation = IndicatorEvaluation()


def derive_stage(doc: Document, stage: str, *, copy_first: bool = True) -> Document:
    """A copy of ``doc`` in ``stage`` (``monitoring`` or ``evaluation``) with its blocks;
    without ``copy_first``, ``doc`` itself, changed (the command line has no other use
    for it: a document of 200,000 indicators is then not in memory twice)."""
    if stage not in DERIVED_STAGES:
        raise ValueError(stage)
    out = copy.deepcopy(doc) if copy_first else doc
    out.stage = stage
    add_stage_blocks(out, stage)
    return out
