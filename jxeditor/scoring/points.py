"""The 分值 of every indicator (``docs/year-cycle.md`` §3.1).

The 100 points are 预算执行率 10, 产出 50 (成本指标 counted with 产出 when it is a
first level of its own), 效益 30 and 满意度 10. A project without any 满意度 indicator
gives those 10 points to 产出 and 效益 in proportion 50:30 (56.25 and 33.75). Within a
group the points are split evenly over its third-level indicators, 2 decimals, the
rounding remainder on the last one. A 分值 the user set is kept (rounded half up);
the indicators without one share what is left of the group's points the same way, so
the group still adds up where it can. :class:`GroupPoints` says when it does not.
First levels outside the framework (共性指标) get no points unless the user sets them.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from jxeditor.document.frameworks import Frameworks
from jxeditor.document.model import Project
from jxeditor.scoring.numbers import CENT, ZERO, bounded, round2

EXECUTION_POINTS = Decimal(10)
OUTPUT, BENEFIT, SATISFACTION = "产出", "效益", "满意度"
GROUP_POINTS: dict[str, Decimal] = {OUTPUT: Decimal(50), BENEFIT: Decimal(30),
                                    SATISFACTION: Decimal(10)}
# The group of each standard first level.
LEVEL1_GROUPS: dict[str, str] = {
    "产出指标": OUTPUT,
    "成本指标": OUTPUT,
    "效益指标": BENEFIT,
    "满意度指标": SATISFACTION,
}


@dataclass(frozen=True)
class GroupPoints:
    """The points of one group and what its indicators' 分值 add up to."""

    group: str
    expected: Decimal
    actual: Decimal
    level1: tuple[int, ...]  # the first levels (indices) of the group, in order

    @property
    def adds_up(self) -> bool:
        return self.actual == self.expected


@dataclass(frozen=True)
class Allocation:
    """Every third-level indicator's 分值, whether the user set it and its group, in tree
    order (as :func:`jxeditor.document.model.iter_indicators` yields them); the groups."""

    points: list[Decimal]
    by_user: list[bool]
    group_of: list[str]
    groups: tuple[GroupPoints, ...]


def group_points(has_satisfaction: bool) -> dict[str, Decimal]:
    """The points of each group; without 满意度 its 10 go to 产出 and 效益 at 50:30."""
    if has_satisfaction:
        return dict(GROUP_POINTS)
    moved = GROUP_POINTS[SATISFACTION]
    share = GROUP_POINTS[OUTPUT] + GROUP_POINTS[BENEFIT]
    return {
        OUTPUT: GROUP_POINTS[OUTPUT] + moved * GROUP_POINTS[OUTPUT] / share,
        BENEFIT: GROUP_POINTS[BENEFIT] + moved * GROUP_POINTS[BENEFIT] / share,
        SATISFACTION: ZERO,
    }


def split_evenly(total: Decimal, count: int) -> list[Decimal]:
    """``total`` split over ``count`` shares of 2 decimals, the remainder on the last."""
    if count <= 0:
        return []
    share = round2(total / count)
    if share * (count - 1) > total:  # hundreds of shares rounded up: the last would be < 0
        share = (total / count).quantize(CENT, rounding=ROUND_DOWN)
    return [share] * (count - 1) + [total - share * (count - 1)]


def user_points(value: object) -> Decimal | None:
    """The 分值 the user set (rounded half up), or ``None`` (an equal share): unreadable
    or negative text counts as not set (the rules report it)."""
    if isinstance(value, Decimal) and bounded(value) and value >= 0:
        return round2(value)
    return None


def allocate(project: Project, fw: Frameworks) -> Allocation:
    """The 分值 of every third-level indicator of ``project``, in tree order."""
    group_of: list[str] = []
    own: list[Decimal | None] = []
    level1_of: dict[str, list[int]] = {}
    for i, l1 in enumerate(project.indicators):
        group = LEVEL1_GROUPS.get(fw.canonical_name(l1.name), "")
        if group:
            level1_of.setdefault(group, []).append(i)
        for l2 in l1.children:
            for ind in l2.children:
                group_of.append(group)
                ev = ind.evaluation
                own.append(None if ev is None or ev.points is None else user_points(ev.points))
    present = set(group_of)
    totals = group_points(SATISFACTION in present)
    points: list[Decimal] = [ZERO if p is None else p for p in own]
    groups: list[GroupPoints] = []
    for group in (OUTPUT, BENEFIT, SATISFACTION):
        if group not in present:
            continue
        members = [n for n, g in enumerate(group_of) if g == group]
        free = [n for n in members if own[n] is None]
        left = totals[group] - sum((points[n] for n in members if own[n] is not None), ZERO)
        for n, share in zip(free, split_evenly(max(left, ZERO), len(free)), strict=True):
            points[n] = share
        groups.append(GroupPoints(group, totals[group], sum((points[n] for n in members), ZERO),
                                  tuple(level1_of.get(group, ()))))
    return Allocation(points, [p is not None for p in own], group_of, tuple(groups))
