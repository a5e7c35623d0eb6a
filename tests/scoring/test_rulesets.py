"""Every rule of the scoring table at and around its edges, in both rule sets; rounding."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jxeditor.document.values import parse_value
from jxeditor.scoring.numbers import ratio, round2, text
from jxeditor.scoring.rulesets import meets, quantitative_score

D = Decimal
P = D(10)

# (target, actual, 2020-10, linear-cap)
TABLE = [
    # ≥T: full at and above T, P × A / T below
    ("≥100", "100", "10", "10"), ("≥100", "100.01", "10", "10"), ("≥100", "99.99", "10.00", "10.00"),
    ("≥100", "99", "9.9", "9.9"), ("≥100", "50", "5", "5"), ("≥100", "0", "0", "0"),
    ("≥100", "-5", "0", "0"),
    # a bare number is read as ≥
    ("100", "99", "9.9", "9.9"), ("100", "120", "10", "10"),
    # >T: full above T; at T the formula gives P × T / T
    (">100", "101", "10", "10"), (">100", "100", "10", "10"), (">100", "99", "9.9", "9.9"),
    # ≤T, T > 0: full at and below T, P × T / A above (linear-cap: P × (1 − (A − T) / T))
    ("≤100", "100", "10", "10"), ("≤100", "99", "10", "10"), ("≤100", "0", "10", "10"),
    ("≤100", "101", "9.90", "9.9"), ("≤100", "150", "6.67", "5"), ("≤100", "199", "5.03", "0.1"),
    ("≤100", "200", "5", "0"), ("≤100", "250", "4", "0"),
    # <T: like ≤ in both rule sets (linear-cap changes only ≤)
    ("<100", "99", "10", "10"), ("<100", "100", "10", "10"), ("<100", "101", "9.90", "9.90"),
    ("<100", "150", "6.67", "6.67"),
    # ≤0, =0: full at 0 (and below), else 0
    ("≤0", "0", "10", "10"), ("≤0", "-1", "10", "10"), ("≤0", "1", "0", "0"),
    ("≤0", "0.01", "0", "0"), ("=0", "0", "10", "10"), ("=0", "1", "0", "0"),
    ("<0", "0", "0", "0"),
    # =T: full at T, P × min / max either side
    ("=100", "100", "10", "10"), ("=100", "99", "9.9", "9.9"), ("=100", "101", "9.90", "9.90"),
    ("=100", "200", "5", "5"), ("=100", "0", "0", "0"),
    # ranges T1–T2: full inside (edges included), P × A / T1 below, P × T2 / A above
    ("90-95", "90", "10", "10"), ("90-95", "95", "10", "10"), ("90-95", "92", "10", "10"),
    ("90-95", "89", "9.89", "9.89"), ("90-95", "96", "9.90", "9.90"), ("90-95", "0", "0", "0"),
    ("95-90", "89", "9.89", "9.89"),  # written high to low
]


@pytest.mark.parametrize(("target", "actual", "default", "linear"), TABLE)
def test_the_table(target: str, actual: str, default: str, linear: str) -> None:
    parsed = parse_value(target)
    assert parsed.kind in ("quantitative", "range")
    assert quantitative_score(parsed, D(actual), P, "2020-10") == D(default)
    assert quantitative_score(parsed, D(actual), P, "linear-cap") == D(linear)


def test_the_rule_sets_differ_only_for_less_or_equal() -> None:
    differ = {target for target, _a, default, linear in TABLE if D(default) != D(linear)}
    assert differ == {"≤100"}


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [("≥100", "100", True), ("≥100", "99.99", False), (">100", "100", False),
     (">100", "100.01", True), ("≤100", "100", True), ("≤100", "100.01", False),
     ("<100", "100", False), ("=100", "100", True), ("=100", "100.0", True),
     ("=0", "-1", True), ("90-95", "95", True), ("90-95", "95.01", False)],
)
def test_meets_is_the_full_points_condition(target: str, actual: str, expected: bool) -> None:
    assert meets(parse_value(target), D(actual)) is expected


def test_scores_use_the_indicators_points_and_round_half_up() -> None:
    assert quantitative_score(parse_value("=100%"), D(98), D("18.75")) == D("18.38")  # 18.375
    assert quantitative_score(parse_value("≥3个"), D(2), D("18.75")) == D("12.50")
    assert quantitative_score(parse_value("≥95%"), D(90), D("12.5")) == D("11.84")  # 11.842…
    assert quantitative_score(parse_value("≥100"), D(50), D(0)) == 0


@pytest.mark.parametrize(
    ("points", "numerator", "denominator", "expected"),
    [("1", "1", "200", "0.01"),  # 0.005 exactly: up
     ("1", "1", "400", "0.00"),  # 0.0025
     ("0.01", "1", "2", "0.01"),  # 0.005
     ("1.005", "1", "1", "1.01"),  # a float would give 1.00
     ("10", "2", "3", "6.67"), ("10", "1", "3", "3.33"),
     ("1", "4999", "1000000", "0.00"), ("1", "5000", "1000000", "0.01"),
     ("1", "5001", "1000000", "0.01"), ("3", "-1", "2", "0"), ("3", "1", "0", "0")],
)
def test_ratio_rounds_the_exact_quotient_half_up(
    points: str, numerator: str, denominator: str, expected: str
) -> None:
    assert ratio(D(points), D(numerator), D(denominator)) == D(expected)


def test_round2_and_text() -> None:
    assert round2(D("2.675")) == D("2.68") and round2(D("2.665")) == D("2.67")
    assert round2(D("-0.005")) == D("-0.01")
    assert [text(D(v)) for v in ("16.67", "10.00", "12.50", "0.00", "93.35", "0.9450")] == [
        "16.67", "10", "12.5", "0", "93.35", "0.945"]


_numbers = st.decimals(min_value=-1000, max_value=100000, places=2, allow_nan=False,
                       allow_infinity=False)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(["≥", ">", "≤", "<", "=", ""]), _numbers, _numbers,
       st.decimals(min_value=0, max_value=100, places=2))
def test_scores_stay_in_the_band_and_the_rule_sets_differ_only_for_less_or_equal(
    cmp: str, target: Decimal, actual: Decimal, points: Decimal
) -> None:
    parsed = parse_value(f"{cmp}{target}个")
    assert parsed.kind == "quantitative"
    default = quantitative_score(parsed, actual, points, "2020-10")
    linear = quantitative_score(parsed, actual, points, "linear-cap")
    for score in (default, linear):
        assert 0 <= score <= points
        assert score == points or score == score.quantize(D("0.01"))
        if meets(parsed, actual):
            assert score == points
    if cmp != "≤":
        assert default == linear
    else:
        assert linear <= default  # falling linearly is never kinder than T / A


@settings(max_examples=200, deadline=None)
@given(_numbers, _numbers, _numbers, st.decimals(min_value=0, max_value=100, places=2))
def test_ranges_are_full_inside_and_fall_either_side(
    low: Decimal, high: Decimal, actual: Decimal, points: Decimal
) -> None:
    parsed = parse_value(f"{abs(low)}-{abs(high)}%")
    assert parsed.kind == "range"
    score = quantitative_score(parsed, actual, points)
    assert 0 <= score <= points
    lo, hi = sorted((abs(low), abs(high)))
    if lo <= actual <= hi:
        assert score == points
