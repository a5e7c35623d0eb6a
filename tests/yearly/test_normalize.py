"""What counts as the same value when two versions are compared: whitespace and
full-width forms never count, amounts by their number, dates by their day, target values
by what they say (comparator, number, unit); a real change still shows."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from jxeditor.yearly.normalize import (
    amount_key,
    date_key,
    plain,
    same_field,
    same_text,
    same_value,
    value_key,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [(None, ""), ("", ""), (" a b\tc\n", "abc"), ("１２（万元）", "12(万元)"), ("完成 改造。", "完成改造。")],
)
def test_plain(text: str | None, expected: str) -> None:
    assert plain(text) == expected


def test_amount_key() -> None:
    assert amount_key(None) is None
    assert amount_key(Decimal("12.00")) == amount_key("12") == Decimal(12)
    assert amount_key("１，４４３.０８") == Decimal("1443.08")
    assert amount_key(" 约 12 万 ") == "约12万"
    assert amount_key("  ") is None


def test_date_key() -> None:
    assert date_key(date(2026, 1, 1)) == date(2026, 1, 1)
    assert date_key("2026年1月1日") == date(2026, 1, 1)
    assert date_key("２０２６-０１-０１") == date(2026, 1, 1)
    assert date_key("明年 初") == "明年初"
    assert date_key(None) is None and date_key("") is None


@pytest.mark.parametrize(
    ("path", "old", "new", "same"),
    [
        ("funding.annual.total", Decimal("12.5"), "12.50", True),
        ("funding.annual.total", Decimal("12.5"), Decimal("12.6"), False),
        ("period.start", date(2026, 1, 1), "2026年1月1日", True),
        ("period.start", date(2026, 1, 1), date(2026, 1, 2), False),
        ("name", "档案室 改造", "档案室改造", True),
        ("name", "档案室改造", "库房改造", False),
        ("goals.annual", "完成（一期）", "完成(一期)", True),
        ("name", None, "", True),
    ],
)
def test_same_field(path: str, old: object, new: object, same: bool) -> None:
    assert same_field(path, old, new) is same


@pytest.mark.parametrize(
    ("old", "new", "same"),
    [
        ("≥500人次", "≥ 500.00 人·次", True),
        ("≥500人次", "≥５００人次", True),
        ("≥500人次", "≥520人次", False),
        ("≥500人次", "≤500人次", False),
        ("≥500人次", "≥500人", False),
        ("按时完成", "按时 完成", True),
        ("按时完成", "如期完成", False),
    ],
)
def test_same_value(old: str, new: str, same: bool) -> None:
    assert same_value(old, new) is same


def test_value_key_of_a_number_and_of_a_text() -> None:
    assert value_key("≥500人次")[0] == "quantitative"
    assert value_key("按时完成") == ("text", "按时完成")


def test_same_text() -> None:
    assert same_text("完成改造", "完成 改造")
    assert same_text("ＡＢＣ", "ABC")
    assert not same_text("完成改造", "完成改建")
