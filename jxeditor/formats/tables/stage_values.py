"""The 分值 and 得分 a 自评 form states, kept only where the rule set gives another.

A form made elsewhere (or edited by hand) states every indicator's 分值 and 得分 as
numbers. In the model a ``None`` means "split evenly" and "computed"
(:class:`~jxeditor.document.stages.IndicatorEvaluation`); :func:`settle_scores` leaves
``None`` wherever the stated number is what the scoring package gives anyway, so the
scores follow later edits of the actual values, and keeps the others as the user's own
分值 or 得分. The scoring package is imported by the first call, so that reading a
workbook without a 自评 form (a 申报表) does not load it.
"""

from __future__ import annotations

from jxeditor.document.amounts import Amount
from jxeditor.document.frameworks import load_frameworks
from jxeditor.document.model import Project, iter_indicators


def settle_scores(project: Project, rules: str) -> None:
    """Leaves to the rule set every 分值 and 得分 of ``project`` that it computes the same."""
    from jxeditor.scoring.points import allocate  # here, not above: see the docstring
    from jxeditor.scoring.project import score_project

    evaluations = [ind.evaluation for _path, _l1, _l2, ind in iter_indicators(project)]
    stated_points: list[Amount] = [ev.points if ev else None for ev in evaluations]
    stated_scores: list[Amount] = [ev.score if ev else None for ev in evaluations]
    for ev in evaluations:
        if ev is not None:
            ev.points = ev.score = None
    fw = load_frameworks()
    # A stated 分值 that differs from the even split is the user's; fixing it changes the
    # split of the others, so look again until nothing changes (each round fixes one more).
    for _round in range(len(evaluations) + 1):
        shares = allocate(project, fw).points
        changed = False
        for n, ev in enumerate(evaluations):
            stated = stated_points[n]
            if ev is not None and ev.points is None and stated is not None and stated != shares[n]:
                ev.points = stated
                changed = True
                break  # the others are compared with the split that this one leaves
        if not changed:
            break
    scores = score_project(project, rules, fw).indicators
    for n, ev in enumerate(evaluations):
        stated = stated_scores[n]
        if ev is not None and stated is not None and stated != scores[n].computed:
            ev.score = stated
