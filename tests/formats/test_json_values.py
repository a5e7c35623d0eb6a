"""The single values of the JSON format: bounded numbers (a hostile literal is kept as
its text, never a 10⁹-character string), lone surrogates scrubbed and counted, amounts
and dates written and read, and every refusal naming its JSON path in Chinese."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from jxeditor.errors import FileFormatError
from jxeditor.formats.json_values import (
    MAX_DIGITS,
    MAX_EXPONENT,
    REPLACEMENT,
    ValueReader,
    amount_text,
    bounded,
    date_text,
    json_constant,
    json_int,
    json_number,
    may_hold_surrogates,
)


def loads(text: str) -> object:
    return json.loads(text, parse_float=json_number, parse_int=json_int,
                      parse_constant=json_constant)


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        (Decimal("1443.08"), True),
        (Decimal("1" * MAX_DIGITS), True),
        (Decimal("1" * (MAX_DIGITS + 1)), False),
        (Decimal(f"1e{MAX_EXPONENT}"), True),
        (Decimal(f"1e{MAX_EXPONENT + 1}"), False),
        (Decimal(f"1e-{MAX_EXPONENT + 1}"), False),
        (Decimal("NaN"), False),
        (Decimal("Infinity"), False),
    ],
)
def test_bounded(value: Decimal, ok: bool) -> None:
    assert bounded(value) is ok


def test_hostile_numbers_stay_text() -> None:
    data = loads('{"a": 12.50, "b": 1e-999999999, "c": 1e999999999, "d": NaN, '
                 f'"e": {"9" * 40}, "f": 7, "g": {"1" * 70}.5}}')
    assert data == {"a": Decimal("12.50"), "b": "1e-999999999", "c": "1e999999999", "d": "NaN",
                    "e": "9" * 40, "f": 7, "g": "1" * 70 + ".5"}


def test_may_hold_surrogates() -> None:
    assert may_hold_surrogates('{"a": "\\ud800"}')
    assert may_hold_surrogates('{"a": "\\uDFFF"}')
    assert not may_hold_surrogates('{"a": "\\u4e2d"}')
    assert may_hold_surrogates('{"a": "\ud800"}')  # a surrogate itself, in a str
    assert not may_hold_surrogates('{"a": "\ud800"}', decoded=True)
    assert not may_hold_surrogates('{"a": "中文"}')


def test_writing_amounts_and_dates() -> None:
    assert amount_text(None) is None
    assert amount_text(Decimal("1E+3")) == "1000"
    assert amount_text("约12万") == "约12万"  # unreadable: kept as typed
    assert date_text(None) is None
    assert date_text(date(2026, 1, 31)) == "2026-01-31"
    assert date_text("2026年初") == "2026年初"


@pytest.fixture
def reader() -> ValueReader:
    return ValueReader("文档.json", scrub=False)


def test_a_failure_names_the_file_and_the_place(reader: ValueReader) -> None:
    error = reader.fail("projects[0].name", "应为文字")
    assert str(error) == "文件“文档.json”：位置 projects[0].name：应为文字"
    assert str(reader.fail("", "空")) == "文件“文档.json”：空"


def test_obj_and_lst(reader: ValueReader) -> None:
    assert reader.obj({"a": 1}, "x") == {"a": 1}
    assert reader.lst([1], "x") == [1]
    with pytest.raises(FileFormatError, match=r"位置 projects\[1\]：应为对象"):
        reader.obj([], "projects[1]")
    with pytest.raises(FileFormatError, match="位置 projects：应为数组"):
        reader.lst({}, "projects")


def test_text(reader: ValueReader) -> None:
    data = {"name": "档案室", "none": None, "number": 5}
    assert reader.text(data, "name", "p") == "档案室"
    assert reader.text(data, "none", "p") == ""
    assert reader.text(data, "missing", "p") == ""
    with pytest.raises(FileFormatError, match=r"位置 p\.number：应为文字"):
        reader.text(data, "number", "p")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("1443.08", Decimal("1443.08")),
        (12, Decimal("12")),
        (Decimal("0.5"), Decimal("0.5")),
        ("约12万", "约12万"),  # unreadable: kept as typed
        ("1e999", "1e999"),  # out of bounds: kept as written
        ("9" * 61, "9" * 61),  # too long to even read
        ("  ", None),
    ],
)
def test_amount(reader: ValueReader, value: object, expected: object) -> None:
    assert reader.amount({"total": value}, "total", "p") == expected


@pytest.mark.parametrize("value", [True, 1.5, [1], {"a": 1}])
def test_amount_of_the_wrong_type(reader: ValueReader, value: object) -> None:
    with pytest.raises(FileFormatError, match=r"位置 p\.total：金额或百分比应写成字符串"):
        reader.amount({"total": value}, "total", "p")


def test_date(reader: ValueReader) -> None:
    assert reader.date({"d": "2026-01-01"}, "d", "p") == date(2026, 1, 1)
    assert reader.date({"d": ""}, "d", "p") is None
    assert reader.date({}, "d", "p") is None
    assert reader.date({"d": "明年"}, "d", "p") == "明年"  # kept; the validator reports it
    with pytest.raises(FileFormatError, match=r"位置 p\.d：日期应写成字符串"):
        reader.date({"d": 20260101}, "d", "p")


def test_choice(reader: ValueReader) -> None:
    choices = ("", "确定能", "有可能")
    assert reader.choice({"c": "有可能"}, "c", "p", choices, "") == "有可能"
    assert reader.choice({}, "c", "p", choices, "确定能") == "确定能"
    with pytest.raises(FileFormatError, match=r"位置 p\.c：应为 “确定能”、“有可能” 之一"):
        reader.choice({"c": "也许"}, "c", "p", choices, "")
    with pytest.raises(FileFormatError, match="位置 stage："):
        reader.choice({"stage": "x"}, "stage", "", ("targets",), "targets")


def test_choices_are_distinct_in_the_order_given(reader: ValueReader) -> None:
    choices = ("经费保障", "制度保障", "其他")
    assert reader.choices({"c": ["其他", "经费保障", "其他"]}, "c", "p", choices) == [
        "其他", "经费保障"]
    assert reader.choices({"c": None}, "c", "p", choices) == []
    with pytest.raises(FileFormatError, match=r"位置 p\.c\[1\]：应为"):
        reader.choices({"c": ["其他", "天气"]}, "c", "p", choices)
    with pytest.raises(FileFormatError, match=r"位置 p\.c：应为数组"):
        reader.choices({"c": "其他"}, "c", "p", choices)


def test_scrubbing_replaces_lone_surrogates_and_counts_them() -> None:
    reader = ValueReader(None, scrub=True)
    assert reader.surrogate_notice() == []
    data = {"name": "甲\ud800乙", "note": "好", "total": "\udfff", "d": "\ud801"}
    assert reader.text(data, "name", "projects[0]") == f"甲{REPLACEMENT}乙"
    assert reader.text(data, "note", "projects[0]") == "好"
    assert reader.amount(data, "total", "projects[1]") == REPLACEMENT
    assert reader.date(data, "d", "projects[2]") == REPLACEMENT
    assert reader.replaced == 3 and reader.first_replaced == "projects[0].name"
    (notice,) = reader.surrogate_notice()
    assert notice.startswith("3 处文字含有无法保存的字符") and "首处在 projects[0].name" in notice


def test_without_scrubbing_surrogates_are_left(reader: ValueReader) -> None:
    assert reader.text({"name": "\ud800"}, "name", "p") == "\ud800"
    assert reader.replaced == 0
