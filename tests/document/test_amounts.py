"""Amounts as people write them: the one lenient parser of the form and the importers."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jxeditor.document.amounts import format_amount, parse_amount


@pytest.mark.parametrize(
    ("text", "unit", "expected"),
    [
        ("1,443.08", "万元", Decimal("1443.08")),
        ("1443.08万元", "万元", Decimal("1443.08")),
        ("1443.08 万元", "万元", Decimal("1443.08")),
        ("１２", "万元", Decimal("12")),
        ("１，４４３．０８", "万元", Decimal("1443.08")),
        ("12。5", "万元", Decimal("12.5")),
        ("40万", "万元", Decimal("40")),
        ("－５", "万元", Decimal("-5")),
        ("1 443", "万元", Decimal("1443")),
        ("30%", "%", Decimal("30")),
        ("30 ％", "%", Decimal("30")),
        ("4万", "元", Decimal("40000")),
        ("4万元", "元", Decimal("40000")),
        ("400元", "元", Decimal("400")),
        # the importers: no field unit, 万元/万/% as they are
        ("40万", None, Decimal("40")),
        ("30%", None, Decimal("30")),
        ("1,443.08", None, Decimal("1443.08")),
    ],
)
def test_everyday_amounts(text: str, unit: str | None, expected: Decimal) -> None:
    value = parse_amount(text, lenient=True, unit=unit)
    assert isinstance(value, Decimal) and value == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("30%", "万元"),  # a percentage is no amount of money
        ("40万", "%"),
        ("400元", "万元"),  # which unit was meant is not ours to guess
        ("400元", None),
        ("12,5", "万元"),  # a comma that does not group thousands
        ("1,44.3", "万元"),
        ("12 5", "万元"),
        ("40万元左右", "万元"),
        ("十二万", "万元"),
        ("1e3", "万元"),
        ("万元", "万元"),
    ],
)
def test_what_cannot_be_read_stays_as_typed(text: str, unit: str | None) -> None:
    assert parse_amount(f" {text} ", lenient=True, unit=unit) == text


def test_strictly_only_a_plain_number() -> None:
    assert parse_amount("1443.08") == Decimal("1443.08")
    for text in ("1,443.08", "40万", "12。5"):
        assert parse_amount(text) == text
    assert parse_amount("  ") is None and parse_amount("", lenient=True) is None


def test_format_amount() -> None:
    assert format_amount(Decimal("1E+3")) == "1000"
    assert format_amount(Decimal("12.50")) == "12.50"
    assert format_amount("四十万") == "四十万"
    assert format_amount(None) == ""
