"""The 自评 score of a project: every indicator's 分值 and 得分, 预算执行率, total and grade.

:func:`score_project` is a pure function of the project and the rule set; the rules
(:mod:`jxeditor.rules.stage_rules`), the command line (``jxeditor score``) and, later,
the editor and the Excel forms all read its :class:`ProjectScore`. An indicator that
cannot be scored (no actual value, an actual in another unit than the target, a
placeholder target, an actual that is not a number or not one of the verdicts) has
``score`` ``None`` and its :attr:`IndicatorScore.status` says why; while there is one,
the project has no grade (:attr:`ProjectScore.unscored`, :func:`unfinished_text`). A
deadline target (``2026年6月底前``) with a completion date (``2026年5月底``) scores full
points on or before the deadline and 0 after it (:mod:`jxeditor.scoring.dates`). A score
the user entered counts as entered (rounded half up to 2 decimals).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from jxeditor.document.amounts import Amount
from jxeditor.document.document import Document
from jxeditor.document.frameworks import Frameworks, load_frameworks
from jxeditor.document.model import NodePath, Project
from jxeditor.document.stages import DEFAULT_SCORING
from jxeditor.document.values import ParsedValue, parse_value
from jxeditor.scoring.dates import completed_on, deadline
from jxeditor.scoring.numbers import ZERO, bounded, ratio, round2
from jxeditor.scoring.points import EXECUTION_POINTS, GroupPoints, allocate
from jxeditor.scoring.qualitative import Verdict, verdict
from jxeditor.scoring.rulesets import quantitative_score
from jxeditor.scoring.units import same_unit

# Why an indicator is (not) scored.
SCORED = "scored"
NO_ACTUAL = "no_actual"
UNIT_MISMATCH = "unit_mismatch"
BAD_ACTUAL = "bad_actual"  # not a number (quantitative) / not a verdict (qualitative)
BAD_TARGET = "bad_target"  # empty or placeholder target: nothing to score against

GRADES: tuple[tuple[Decimal, str], ...] = (
    (Decimal(90), "优"), (Decimal(80), "良"), (Decimal(60), "中"),
)
LOWEST_GRADE = "差"


class IndicatorScore(NamedTuple):
    """One third-level indicator's 分值 and 得分 (a named tuple: there are many)."""

    path: NodePath  # (first, second, third level index); names: :func:`names_of`
    group: str  # 产出 / 效益 / 满意度, or "" outside the framework
    points: Decimal
    points_by_user: bool
    status: str
    computed: Decimal | None  # what the rule set gives (qualitative: the verdict's default)
    score: Decimal | None  # what counts: the user's score, else ``computed``
    score_by_user: bool
    verdict: Verdict | None = None  # qualitative targets
    actual_unit: str = ""
    target_unit: str = ""

    @property
    def below_full(self) -> bool:
        """Scored, and below its full points (a 偏差原因 is then required)."""
        return self.score is not None and self.score < self.points

    @property
    def counted(self) -> Decimal:
        """What the indicator adds to the total."""
        return self.score if self.score is not None else ZERO


@dataclass(frozen=True)
class ExecutionScore:
    """预算执行率 = 全年执行数 / 全年预算数 (total row), its 分值 10 and 得分."""

    budget: Decimal | None
    executed: Decimal | None
    rate: Decimal | None  # rounded half up to 4 decimals; None when not computable
    points: Decimal
    score: Decimal


@dataclass(frozen=True)
class ProjectScore:
    """The scores of one project. While an indicator is not scored (:attr:`unscored`)
    the 自评 is not finished: :attr:`total` is what the scored ones add up to, and there
    is no grade (``None``); every output says so with :func:`unfinished_text`."""

    indicators: tuple[IndicatorScore, ...]
    execution: ExecutionScore
    groups: tuple[GroupPoints, ...]
    total: Decimal
    grade: str | None
    unscored: tuple[NodePath, ...] = ()  # the indicators without a score, in tree order

    @property
    def finished(self) -> bool:
        """Every indicator is scored: the total and the grade are final."""
        return not self.unscored


def unfinished_text(count: int) -> str:
    """How a total that is not final is shown (the form, the status bar, the 自评 sheet
    and its PDF, the command line): ``总分（未完成：3 项未评分）``."""
    return f"总分（未完成：{count} 项未评分）"


def grade(total: Decimal) -> str:
    """优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差."""
    for floor, name in GRADES:
        if total >= floor:
            return name
    return LOWEST_GRADE


def _number(value: Amount) -> Decimal | None:
    return value if isinstance(value, Decimal) and bounded(value) else None


def execution_score(project: Project) -> ExecutionScore:
    """The execution rate and its score (0 when there is no 自评 block or no budget)."""
    ev = project.evaluation
    budget = _number(ev.budget_full.total) if ev is not None else None
    executed = _number(ev.executed.total) if ev is not None else None
    if budget is None or executed is None or budget <= 0:
        return ExecutionScore(budget, executed, None, EXECUTION_POINTS, ZERO)
    rate = ratio(Decimal(1), executed, budget, places=4) if executed > 0 else ZERO
    score = EXECUTION_POINTS if executed >= budget else ratio(EXECUTION_POINTS, executed, budget)
    return ExecutionScore(budget, executed, rate, EXECUTION_POINTS, score)


@lru_cache(maxsize=65536)
def _target(text: str) -> tuple[str, ParsedValue, date | None]:
    """How a 年度指标值 is scored: ``qualitative`` (also a deadline, whose last day
    comes third), ``quantitative`` (also ranges) or ``""`` (empty, a placeholder, a
    number out of bounds), with the parsed value."""
    parsed = parse_value(text)
    due = deadline(text)
    if parsed.kind == "qualitative" or due is not None:  # 2026年底前 would read as years
        return "qualitative", parsed, due
    if parsed.kind in ("quantitative", "range") and parsed.number is not None and bounded(
        parsed.number
    ) and (parsed.high is None or bounded(parsed.high)):
        return "quantitative", parsed, None
    return "", parsed, None


@lru_cache(maxsize=65536)
def _actual(text: str) -> tuple[str, Decimal | None, str, Verdict | None]:
    """An actual value: (``empty``/``number``/``other``, number, unit, verdict)."""
    if not text.strip():
        return "empty", None, "", None
    parsed = parse_value(text)
    number = parsed.number
    if parsed.kind == "quantitative" and number is not None and bounded(number):
        return "number", number, parsed.unit, None
    return "other", None, "", verdict(text)


def _user_score(value: Amount) -> Decimal | None:
    if value is None or not isinstance(value, Decimal) or not bounded(value) or value < 0:
        return None
    return round2(value)


def _by_deadline(
    path: NodePath, due: date, actual_text: str, own_score: Amount, points: Decimal,
    points_by_user: bool, group: str,
) -> IndicatorScore | None:
    """A deadline target with a completion date: full points on or before the deadline,
    0 after it (``None``: the actual names no day; a verdict is scored as such)."""
    done = completed_on(actual_text)
    if done is None:
        return None
    computed = points if done <= due else ZERO
    user = _user_score(own_score)
    return IndicatorScore(path, group, points, points_by_user, SCORED, computed,
                          computed if user is None else user, user is not None)


def _indicator(
    path: NodePath, target_text: str, actual_text: str,
    own_score: Amount, points: Decimal, points_by_user: bool, group: str, rules: str,
) -> IndicatorScore:
    how, target, due = _target(target_text)
    if due is not None and actual_text.strip():
        dated = _by_deadline(path, due, actual_text, own_score, points, points_by_user, group)
        if dated is not None:
            return dated
    kind, number, unit, found = _actual(actual_text)
    if not how:
        status = BAD_TARGET
    elif kind == "empty":
        status = NO_ACTUAL
    elif how == "qualitative":
        status = SCORED if found is not None else BAD_ACTUAL
    elif number is None:
        status = BAD_ACTUAL
    elif not same_unit(target.unit, unit):
        return IndicatorScore(path, group, points, points_by_user, UNIT_MISMATCH, None,
                              None, False, None, unit, target.unit)
    else:
        computed = quantitative_score(target, number, points, rules)
        user = _user_score(own_score)
        return IndicatorScore(path, group, points, points_by_user, SCORED, computed,
                              computed if user is None else user, user is not None, None,
                              unit, target.unit)
    if status != SCORED or found is None:
        return IndicatorScore(path, group, points, points_by_user, status, None, None,
                              False)
    computed = found.default_score(points)
    user = _user_score(own_score)
    return IndicatorScore(path, group, points, points_by_user, SCORED, computed,
                          computed if user is None else user, user is not None, found)


def score_project(
    project: Project, rules: str = DEFAULT_SCORING, fw: Frameworks | None = None
) -> ProjectScore:
    """Every indicator's 分值 and 得分, the execution score, the total and the grade."""
    fw = fw or load_frameworks()
    allocation = allocate(project, fw)
    points, by_user, group_of = allocation.points, allocation.by_user, allocation.group_of
    scores: list[IndicatorScore] = []
    n = 0
    for i, l1 in enumerate(project.indicators):
        for j, l2 in enumerate(l1.children):
            for k, ind in enumerate(l2.children):
                ev = ind.evaluation
                scores.append(_indicator(
                    (i, j, k), ind.value,
                    ev.actual if ev is not None else "", ev.score if ev is not None else None,
                    points[n], by_user[n], group_of[n], rules,
                ))
                n += 1
    execution = execution_score(project)
    total = sum((s.counted for s in scores), ZERO) + execution.score
    unscored = tuple(s.path for s in scores if s.score is None)
    return ProjectScore(tuple(scores), execution, allocation.groups, total,
                        None if unscored else grade(total), unscored)


def names_of(project: Project, path: NodePath) -> tuple[str, str, str]:
    """The names of the first, second and third level along an indicator's path."""
    i, j, k = path
    l1 = project.indicators[i]
    l2 = l1.children[j]
    return l1.name, l2.name, l2.children[k].name


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pauses Python's cycle collector (as it was before, afterwards). Scoring a whole
    document makes tens of thousands of small tuples and no reference cycle; without the
    pause, the collector walks every object of a large document again and again (half
    the time of scoring 1,000 projects)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def score_document(doc: Document, rules: str | None = None) -> list[ProjectScore]:
    """The score of every project, by ``rules`` or the document's own rule set."""
    fw = load_frameworks()
    chosen = rules or doc.scoring
    with _collector_paused():
        return [score_project(p, chosen, fw) for p in doc.projects]
