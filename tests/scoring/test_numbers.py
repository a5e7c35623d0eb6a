"""The exact decimal arithmetic of the scores: half-up rounding (``.005`` always up),
ratios from the exact quotient (never a float), zero for non-positive inputs, the bounds
beyond which nothing is scored, and scores printed without trailing zeros."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jxeditor.scoring.numbers import bounded, ratio, round2, text

D = Decimal


@pytest.mark.parametrize(
    ("value", "rounded"),
    [("0.005", "0.01"), ("0.004999", "0.00"), ("2.675", "2.68"), ("-2.675", "-2.68"),
     ("12.5", "12.50"), ("16.666666", "16.67"), ("100", "100.00")],
)
def test_round2_rounds_half_up(value: str, rounded: str) -> None:
    assert str(round2(D(value))) == rounded


@pytest.mark.parametrize(
    ("points", "numerator", "denominator", "places", "expected"),
    [
        ("12.5", "90", "95", 2, "11.84"),  # 11.8421…
        ("15", "72", "80", 2, "13.50"),
        ("10", "1", "3", 2, "3.33"),
        ("10", "2", "3", 2, "6.67"),
        ("1", "1", "8", 2, "0.13"),  # 0.125: half up, exactly
        ("1", "1", "8", 4, "0.1250"),
        ("100", "113.4", "120", 4, "94.5000"),
        ("1", "1", "3", 6, "0.333333"),
        ("1", "1", "3", 0, "0"),
    ],
)
def test_ratio_from_the_exact_quotient(
    points: str, numerator: str, denominator: str, places: int, expected: str
) -> None:
    assert str(ratio(D(points), D(numerator), D(denominator), places)) == expected


def test_a_float_would_round_this_down() -> None:
    # 1.005 × 1 / 1 is 1.00499999… as a float; exactly it is 1.005 → 1.01
    assert round(1.005 * 1 / 1, 2) == 1.0
    assert ratio(D("1.005"), D(1), D(1)) == D("1.01")


@pytest.mark.parametrize(("points", "numerator", "denominator"),
                         [("0", "1", "1"), ("10", "0", "1"), ("10", "1", "0"), ("10", "-1", "2"),
                          ("-10", "1", "2")])
def test_ratio_is_zero_for_non_positive_inputs(points: str, numerator: str, denominator: str) -> None:
    assert ratio(D(points), D(numerator), D(denominator)) == 0


@pytest.mark.parametrize(
    ("value", "ok"),
    [("1443.08", True), ("1" * 30, True), ("1" * 31, False), ("1e20", True), ("1e21", False),
     ("1e-20", True), ("1e-21", False), ("NaN", False), ("-Infinity", False), ("0", True)],
)
def test_bounded(value: str, ok: bool) -> None:
    assert bounded(D(value)) is ok


@pytest.mark.parametrize(
    ("value", "shown"),
    [("16.67", "16.67"), ("12.50", "12.5"), ("10.00", "10"), ("1E+2", "100"), ("0.00", "0"),
     ("-0.00", "0"), ("-1.50", "-1.5"), ("0.0001", "0.0001")],
)
def test_text(value: str, shown: str) -> None:
    assert text(D(value)) == shown
