"""分值: the groups' points, the even split with the remainder on the last, user points."""

from __future__ import annotations

from decimal import Decimal

from jxeditor.document.frameworks import load_frameworks
from jxeditor.document.model import Indicator, Level1, Level2, Project
from jxeditor.document.stages import IndicatorEvaluation
from jxeditor.scoring.points import allocate, group_points, split_evenly, user_points

D = Decimal


def test_group_points_with_and_without_satisfaction() -> None:
    assert group_points(True) == {"产出": 50, "效益": 30, "满意度": 10}
    assert group_points(False) == {"产出": D("56.25"), "效益": D("33.75"), "满意度": 0}


def test_split_evenly_puts_the_remainder_on_the_last() -> None:
    assert split_evenly(D(50), 3) == [D("16.67"), D("16.67"), D("16.66")]
    assert split_evenly(D(50), 4) == [D("12.50")] * 4
    assert split_evenly(D("33.75"), 2) == [D("16.88"), D("16.87")]
    assert split_evenly(D(10), 1) == [D(10)]
    assert split_evenly(D(10), 0) == []
    many = split_evenly(D(50), 400)  # 0.125 each: rounded up, the last would be negative
    assert sum(many) == 50 and min(many) >= 0


def _ind(name: str, points: str | None = None) -> Indicator:
    ev = IndicatorEvaluation(points=D(points) if points is not None else None)
    return Indicator(name, "≥1个", evaluation=ev)


def _project(*levels: tuple[str, list[Indicator]]) -> Project:
    return Project(indicators=[Level1(n, [Level2("x", inds)]) for n, inds in levels])


def test_cost_counts_with_output_and_satisfaction_moves_when_absent() -> None:
    p = _project(("产出指标", [_ind("a"), _ind("b")]), ("成本指标", [_ind("c")]),
                 ("效益指标", [_ind("d")]))
    alloc = allocate(p, load_frameworks())
    assert alloc.points == [D("18.75"), D("18.75"), D("18.75"), D("33.75")]
    assert alloc.group_of == ["产出", "产出", "产出", "效益"]
    assert [(g.group, g.expected, g.actual, g.level1) for g in alloc.groups] == [
        ("产出", D("56.25"), D("56.25"), (0, 1)), ("效益", D("33.75"), D("33.75"), (2,))]


def test_user_points_are_kept_and_the_others_share_the_rest() -> None:
    p = _project(("产出指标", [_ind("a", "20"), _ind("b"), _ind("c")]),
                 ("效益指标", [_ind("d", "12.345"), _ind("e", "20")]),
                 ("满意度指标", [_ind("f")]))
    alloc = allocate(p, load_frameworks())
    assert alloc.points[0] == 20 and alloc.by_user[0]
    assert alloc.points[1] == alloc.points[2] == 15 and not alloc.by_user[1]
    assert alloc.points[3] == D("12.35")  # rounded half up
    groups = {g.group: g for g in alloc.groups}
    assert groups["产出"].adds_up
    assert not groups["效益"].adds_up and groups["效益"].actual == D("32.35")
    assert groups["满意度"].adds_up


def test_user_points_over_the_group_leave_nothing_for_the_others() -> None:
    p = _project(("产出指标", [_ind("a", "60"), _ind("b")]), ("满意度指标", [_ind("f")]))
    alloc = allocate(p, load_frameworks())
    assert alloc.points == [60, 0, 10]
    assert not alloc.groups[0].adds_up


def test_unreadable_or_negative_user_points_count_as_not_set() -> None:
    assert user_points("十分") is None and user_points(D(-1)) is None
    assert user_points(D("1e15")) == D("1e15").quantize(D("0.01"))
    assert user_points(D("1e40")) is None and user_points(None) is None


def test_levels_outside_the_framework_get_no_points() -> None:
    p = _project(("产出指标", [_ind("a")]), ("共性指标", [_ind("g"), _ind("h", "5")]))
    alloc = allocate(p, load_frameworks())
    assert alloc.points == [D("56.25"), 0, 5]
    assert alloc.group_of == ["产出", "", ""]
