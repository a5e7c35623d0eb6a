"""The 分值 and 得分 a 自评 form states, kept only where the rule set gives another: the
even split and the computed scores are left to the scoring (``None``), a different 分值
or 得分 is the user's own, and fixing one 分值 re-splits the others before they are
compared (the hand-computed training example: 产出 50 over 4, 效益 30 over 2, 满意度 10)."""

from __future__ import annotations

import copy
from decimal import Decimal

import pytest
from year_examples import training

from jxeditor.document.model import Project, iter_indicators
from jxeditor.document.stages import DEFAULT_SCORING
from jxeditor.formats.tables.stage_values import settle_scores
from jxeditor.scoring.project import score_project

D = Decimal


def stated(project: Project, points: list[str | None], scores: list[str | None]) -> Project:
    out = copy.deepcopy(project)
    evs = [ind.evaluation for *_x, ind in iter_indicators(out)]
    for ev, p, s in zip(evs, points, scores, strict=True):
        assert ev is not None
        ev.points = None if p is None else D(p)
        ev.score = None if s is None else D(s)
    return out


def pairs(project: Project) -> list[tuple[Decimal | None, Decimal | None]]:
    evs = [ind.evaluation for *_x, ind in iter_indicators(project)]
    return [(ev.points, ev.score) if ev else (None, None) for ev in evs]


EVEN = ["12.5", "12.5", "12.5", "12.5", "15", "15", "10"]
COMPUTED = ["12.5", "11.84", "12.5", "10", "13.5", "10.5", "10"]


def test_a_form_that_states_what_the_rules_give_leaves_everything_to_them() -> None:
    project = stated(training(), EVEN, COMPUTED)  # type: ignore[arg-type]
    settle_scores(project, DEFAULT_SCORING)
    assert pairs(project) == [(None, None)] * 7


def test_a_different_score_is_the_users() -> None:
    scores: list[str | None] = list(COMPUTED)
    scores[1] = "12"  # not 11.84
    project = stated(training(), EVEN, scores)  # type: ignore[arg-type]
    settle_scores(project, DEFAULT_SCORING)
    assert pairs(project)[1] == (None, D(12))
    assert all(pair == (None, None) for n, pair in enumerate(pairs(project)) if n != 1)


def test_a_fixed_points_value_resplits_the_others_first() -> None:
    # 产出 50: the first at 20 leaves 30 for the other three (10 each), as the form says
    points: list[str | None] = ["20", "10", "10", "10", "15", "15", "10"]
    project = stated(training(), points, [None] * 7)
    settle_scores(project, DEFAULT_SCORING)
    assert [p for p, _s in pairs(project)] == [D(20), None, None, None, None, None, None]
    shares = score_project(project, DEFAULT_SCORING).indicators
    assert [s.points for s in shares][:4] == [D(20), D(10), D(10), D(10)]


def test_blank_stated_values_stay_blank() -> None:
    project = stated(training(), [None] * 7, [None] * 7)
    settle_scores(project, DEFAULT_SCORING)
    assert pairs(project) == [(None, None)] * 7


@pytest.mark.parametrize("rules", [DEFAULT_SCORING, "linear-cap"])
def test_the_rule_set_decides_what_is_computed(rules: str) -> None:
    # 人均培训成本 250 of ≤200: 10 by 2020-10, 9.38 by linear-cap
    scores: list[str | None] = [None, None, None, "10", None, None, None]
    project = stated(training(), [None] * 7, scores)
    settle_scores(project, rules)
    assert pairs(project)[3] == (None, None if rules == DEFAULT_SCORING else D(10))
