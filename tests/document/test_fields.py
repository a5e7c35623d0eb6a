"""The fields table: one entry per project field, and text to value and back by kind."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from jxeditor.document.amounts import format_amount, parse_amount
from jxeditor.document.fields import (
    AMOUNT,
    DATE,
    FIELDS,
    TEXT,
    field_kind,
    field_spec,
    field_unit,
    text_from_value,
    value_from_text,
)
from jxeditor.document.model import PROJECT_FIELDS, new_project, set_field
from jxeditor.document.periods import format_date, parse_date


def test_the_table_covers_exactly_the_project_fields_in_order() -> None:
    assert tuple(spec.path for spec in FIELDS) == PROJECT_FIELDS


def test_every_field_has_a_label_and_the_kind_s_parser_and_formatter() -> None:
    parsers = {TEXT: "_text", AMOUNT: "_money", DATE: "_date"}
    formatters = {TEXT: str, AMOUNT: format_amount, DATE: format_date}
    labels = [spec.label for spec in FIELDS]
    assert all(labels) and len(set(labels)) == len(labels)
    for spec in FIELDS:
        percent = spec.path.startswith("spending_plan.")
        assert spec.parse.__name__ == ("_percent" if percent else parsers[spec.kind])
        assert spec.unit == ("%" if percent else "万元" if spec.kind == AMOUNT else "")
        assert spec.format is formatters[spec.kind]
        assert field_spec(spec.path) is spec


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("code", TEXT),
        ("goals.annual", TEXT),
        ("purpose", TEXT),
        ("period.start", DATE),
        ("period.end", DATE),
        ("funding.period.total", AMOUNT),
        ("funding.annual.other", AMOUNT),
        ("spending_plan.03", AMOUNT),
        # paths outside the table keep the same rule
        ("indicators", TEXT),
        ("funding.unknown", AMOUNT),
        ("period", TEXT),
        ("", TEXT),
    ],
)
def test_field_kind(path: str, kind: str) -> None:
    assert field_kind(path) == kind


def test_a_path_outside_the_table_is_labelled_by_itself() -> None:
    assert field_spec("indicators").label == "indicators"


@pytest.mark.parametrize(
    ("path", "text", "value"),
    [
        ("funding.annual.total", "1443.08", Decimal("1443.08")),
        ("funding.annual.total", " 12 ", Decimal("12")),
        ("funding.annual.total", "", None),
        ("funding.annual.total", "  ", None),
        # everyday formats (issue 13, item 3): the document holds the number
        ("funding.annual.total", "1,443.08", Decimal("1443.08")),
        ("funding.annual.total", "1443.08万元", Decimal("1443.08")),
        ("funding.annual.total", "１２", Decimal("12")),
        ("funding.annual.total", "12。5", Decimal("12.5")),
        ("funding.annual.total", "40万", Decimal("40")),
        ("funding.annual.total", "30%", "30%"),  # a percentage is no amount of money
        ("funding.annual.total", "40万元左右", "40万元左右"),  # kept as typed, reported
        ("spending_plan.12", "100", Decimal("100")),
        ("spending_plan.03", "30%", Decimal("30")),
        ("spending_plan.03", "３０％", Decimal("30")),
        ("spending_plan.03", "30万", "30万"),
        ("period.start", "2026-01-01", date(2026, 1, 1)),
        ("period.end", " 2026-12-31 ", date(2026, 12, 31)),
        ("period.start", "", None),
        ("period.start", "2026/1/1", date(2026, 1, 1)),
        ("period.start", "2026.1.1", date(2026, 1, 1)),
        ("period.start", "2026-1-1", date(2026, 1, 1)),
        ("period.start", "2026年1月1日", date(2026, 1, 1)),
        ("period.start", "20260101", date(2026, 1, 1)),
        ("period.start", "2026-02-30", "2026-02-30"),
        ("period.start", "2026年1月", "2026年1月"),
        ("period.start", " 待定 ", "待定"),
        ("name", " 档案室改造 ", " 档案室改造 "),  # text is kept as typed
        ("name", "", ""),
        ("indicators", "x", "x"),
    ],
)
def test_value_from_text(path: str, text: str, value: object) -> None:
    result = value_from_text(path, text)
    assert type(result) is type(value) and result == value


def test_amounts_and_dates_read_as_their_one_parser_the_importers_use() -> None:
    for text in ("1443.08", "40万", "", "-5", "1e3", "．5", "1,443.08", "12。5"):
        assert value_from_text("funding.period.total", text) == parse_amount(text, lenient=True)
        assert value_from_text("funding.period.total", text) == parse_amount(
            text, lenient=True, unit="万元"
        )
    for text in ("30", "30%", "30万"):
        assert value_from_text("spending_plan.06", text) == parse_amount(
            text, lenient=True, unit="%"
        )
    for text in ("2026-01-01", "2026.1.1", "", "x", "2026年1月1日"):
        assert value_from_text("period.start", text) == parse_date(text, lenient=True)


def test_money_counts_in_the_document_s_unit() -> None:
    assert value_from_text("funding.annual.total", "4万", money_unit="元") == Decimal(40000)
    assert value_from_text("funding.annual.total", "4元", money_unit="元") == Decimal(4)
    assert value_from_text("funding.annual.total", "4元") == "4元"
    assert value_from_text("spending_plan.03", "30%", money_unit="元") == Decimal(30)
    assert field_unit("funding.annual.total") == "万元"
    assert field_unit("funding.annual.total", "元") == "元"
    assert field_unit("spending_plan.10", "元") == "%"
    assert field_unit("period.start") == field_unit("name") == ""


@pytest.mark.parametrize(
    ("path", "value", "text"),
    [
        ("funding.annual.total", None, ""),
        ("funding.annual.total", Decimal("1E+3"), "1000"),
        ("funding.annual.total", Decimal("12.50"), "12.50"),
        ("funding.annual.total", "四十万", "四十万"),
        ("period.start", date(2026, 1, 1), "2026-01-01"),
        ("period.start", "待定", "待定"),
        ("period.start", None, ""),
        ("name", "档案室改造", "档案室改造"),
        ("name", None, ""),
        ("name", date(2026, 1, 1), "2026-01-01"),  # a date reads as ISO in any field
        ("name", datetime(2026, 1, 1, 8, 30), "2026-01-01T08:30:00"),
        ("funding.annual.total", date(2026, 1, 1), "2026-01-01"),
        ("period.start", Decimal("5"), "5"),
    ],
)
def test_text_from_value(path: str, value: object, text: str) -> None:
    assert text_from_value(path, value) == text


@pytest.mark.parametrize("path", PROJECT_FIELDS)
def test_a_value_read_from_its_text_is_the_value(path: str) -> None:
    samples = {TEXT: "示例", AMOUNT: Decimal("12.5000"), DATE: date(2026, 3, 1)}
    for value in (samples[field_kind(path)], None, "待定"):
        if field_kind(path) == TEXT and value is None:
            continue
        text = text_from_value(path, value)
        back = value_from_text(path, text)
        assert type(back) is type(value) and back == value and str(back) == str(value)
        project = new_project()
        set_field(project, path, back)  # every path names a field of a project
