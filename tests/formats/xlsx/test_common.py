"""What the writer and the reader agree on: cell texts, digests, sheet names."""

from __future__ import annotations

from datetime import date

import pytest

from jxeditor.formats.xlsx.common import (
    CELL_TEXT_LIMIT,
    cell_text,
    escape_cell_text,
    grid_digest,
    sheet_names,
    utf16_len,
    visible_text,
)


def test_sheet_names_are_valid_and_unique() -> None:
    names = sheet_names(["a/b:c*d?e[f]g\\h", "汇总", "", "x" * 40, "x" * 40, "'引号'", "History",
                         "ABC", "abc"])
    assert names[0] == "abcdefgh"
    assert names[1] == "汇总(2)"
    assert names[2] == "项目3"
    assert names[3] == "x" * 31 and names[4] == "x" * 28 + "(2)"
    assert names[5] == "引号"
    assert names[6] == "History(2)"
    assert names[7:] == ["ABC", "abc(2)"]
    assert all(len(n) <= 31 for n in names)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (1443.08, "1443.08"), (12.0, "12"), (1e-05, "0.00001"), (1e20, "100000000000000000000"),
        (-0.0, "0"), (7, "7"), (True, "TRUE"), (False, "FALSE"), (date(2026, 1, 2), "2026-01-02"),
        (None, ""), ("x", "x"),
    ],
)
def test_cell_text(value: object, text: str) -> None:
    assert cell_text(value) == text


def test_visible_text_and_digest() -> None:
    assert visible_text("a\r\nb") == ("a\nb", False)
    assert visible_text("a\x01b") == ("ab", True)
    assert grid_digest([["a\r\n", "  "], [""]]) == grid_digest([["a"]])
    assert grid_digest([["a"]]) != grid_digest([["b"]])


def test_overlong_text_is_cut_by_utf16_units() -> None:
    text, changed = visible_text("😀" * CELL_TEXT_LIMIT)
    assert changed and utf16_len(text) <= CELL_TEXT_LIMIT and set(text) == {"😀"}
    assert visible_text("短") == ("短", False)


def test_literal_ooxml_escapes_are_protected() -> None:
    assert escape_cell_text("a_x0041_b") == "a_x005F_x0041_b"
    assert escape_cell_text("no escapes") == "no escapes"


def test_digest_takes_values_or_texts() -> None:
    assert grid_digest([[12.0, None, True]]) == grid_digest([["12", "", "TRUE"]])
