"""The three verdicts of a qualitative target: named in full or short form (spaces
ignored), each with its band of the points (达成 [80%, 100%], 部分达成 [60%, 80%),
未达成 [0, 60%)) and its default share (100%, 70%, 30%), rounded to 2 decimals."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jxeditor.scoring.qualitative import ACHIEVED, MISSED, PARTLY, VERDICTS, verdict

D = Decimal


@pytest.mark.parametrize(
    ("actual", "expected"),
    [("达成年度指标", ACHIEVED), ("达成", ACHIEVED), (" 达 成 ", ACHIEVED),
     ("部分达成年度指标并具有一定效果", PARTLY), ("部分达成", PARTLY),
     ("未达成年度指标且效果较差", MISSED), ("未达成", MISSED),
     ("基本达成", None), ("", None), ("95%", None)],
)
def test_verdict_by_its_text(actual: str, expected: object) -> None:
    assert verdict(actual) is expected


def test_the_bands_cover_the_points_without_overlap() -> None:
    points = D(15)
    assert [v.band(points) for v in VERDICTS] == [
        (D("12.00"), D("15.00")), (D("9.00"), D("12.00")), (D("0.00"), D("9.00"))]
    for score in (D(0), D("8.99"), D(9), D("11.99"), D(12), D(15)):
        assert sum(v.in_band(score, points) for v in VERDICTS) == 1, score


@pytest.mark.parametrize(
    ("v", "score", "inside"),
    [(ACHIEVED, D(15), True), (ACHIEVED, D(12), True), (ACHIEVED, D("11.99"), False),
     (ACHIEVED, D("15.01"), False), (PARTLY, D(12), False), (PARTLY, D(9), True),
     (MISSED, D(9), False), (MISSED, D(0), True), (MISSED, D(-1), False)],
)
def test_in_band(v: object, score: Decimal, inside: bool) -> None:
    assert v.in_band(score, D(15)) is inside  # type: ignore[attr-defined]


def test_default_scores_and_band_texts() -> None:
    assert [v.default_score(D("12.5")) for v in VERDICTS] == [D("12.50"), D("8.75"), D("3.75")]
    assert [v.default_score(D("10")) for v in VERDICTS] == [D("10.00"), D("7.00"), D("3.00")]
    assert [v.band_text(D(15)) for v in VERDICTS] == [
        "[12.00, 15.00]", "[9.00, 12.00)", "[0.00, 9.00)"]
    assert PARTLY.band(D("12.5")) == (D("7.50"), D("10.00"))
