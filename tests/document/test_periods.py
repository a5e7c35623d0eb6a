"""Implementation periods as people write them."""

from __future__ import annotations

from datetime import date

import pytest

from jxeditor.document.periods import format_date, parse_date, parse_period

Y26 = (date(2026, 1, 1), date(2026, 12, 31))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026年1月至2026年12月", Y26),
        ("2026年1月1日至2026年12月31日", Y26),
        ("2023.1.1-2023.12.31", (date(2023, 1, 1), date(2023, 12, 31))),
        ("20220101 20221231", (date(2022, 1, 1), date(2022, 12, 31))),
        ("2022 2022", (date(2022, 1, 1), date(2022, 12, 31))),
        ("2026年", Y26),
        ("2026年1月-12月", Y26),
        ("2026-01-01至2026-12-31", Y26),
        ("2026年2月", (date(2026, 2, 1), date(2026, 2, 28))),
        ("2024年3月至2026年6月", (date(2024, 3, 1), date(2026, 6, 30))),
    ],
)
def test_periods(text: str, expected: tuple[date, date]) -> None:
    assert parse_period(text) == expected


@pytest.mark.parametrize("text", ["待定", "2026.13.1-2026.12.31", "2026年2月30日至2026年3月"])
def test_unreadable_period_is_kept_as_text(text: str) -> None:
    assert parse_period(text) == (text, None)


def test_blank() -> None:
    assert parse_period("  ") == (None, None)


def test_single_dates() -> None:
    assert parse_date("2026-01-01") == date(2026, 1, 1)
    assert parse_date("2026.1.1") == date(2026, 1, 1)
    assert parse_date("2026年12月31日") == date(2026, 12, 31)
    assert parse_date("明年") == "明年"
    assert parse_date("") is None


@pytest.mark.parametrize(
    "text",
    ["2026/1/1", "2026.1.1", "2026-1-1", "2026年1月1日", "20260101", "2026-01-01",
     "２０２６年１月１日", "2026。1。1", "2026 年 1 月 1 日", " 2026/01/01 ", "2026.1.1."],
)
def test_everyday_ways_of_writing_one_day(text: str) -> None:
    assert parse_date(text) == date(2026, 1, 1)


@pytest.mark.parametrize(
    "text",
    ["2026-1-1前", "约2026-1-1", "2026/1/1日", "1/1/2026", "2026-W01-1", "2026-13-01",
     "2026年1月", "1月1日", "2026-1-1至2026-12-31"],
)
def test_a_date_with_anything_around_it_stays_as_typed(text: str) -> None:
    assert parse_date(text) == text


def test_single_dates_strictly_are_iso_only() -> None:
    assert parse_date("2026-01-01", lenient=False) == date(2026, 1, 1)
    assert parse_date(" 2026-12-31 ", lenient=False) == date(2026, 12, 31)
    assert parse_date("2026.1.1", lenient=False) == "2026.1.1"
    assert parse_date("2026年12月31日", lenient=False) == "2026年12月31日"
    assert parse_date("20260101", lenient=False) == "20260101"
    assert parse_date(" 明年 ", lenient=False) == "明年"
    assert parse_date("  ", lenient=False) is None


def test_unreadable_single_dates_are_kept_as_text() -> None:
    assert parse_date("2026年2月30日") == "2026年2月30日"
    assert parse_date("2026年1月至2026年12月") == "2026年1月至2026年12月"
    assert parse_date("2026年") == "2026年"


def test_format_date() -> None:
    assert format_date(date(2026, 1, 1)) == "2026-01-01"
    assert format_date("待定") == "待定"
    assert format_date(None) == ""
    for text in ("2026-03-01", "待定", ""):
        value = parse_date(text, lenient=False)
        assert format_date(value) == text
