"""The sheet plan: amounts in visible cells, notices about text cells cannot hold."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jxeditor.formats.xlsx.sheet_plan import Notes, SheetPlan, amount_format, amount_value


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (Decimal("1443.08"), 1443.08),
        (Decimal("1443.0800"), 1443.08),
        (Decimal("0.0001"), 0.0001),
        (Decimal("12"), 12.0),
        (Decimal("123456789012.3456"), "123456789012.3456"),  # 16 digits: text
        ("约40万", "约40万"),
        (None, None),
    ],
)
def test_amount_value(amount: object, expected: object) -> None:
    assert amount_value(amount) == expected  # type: ignore[arg-type]


def test_amount_format() -> None:
    assert amount_format(Decimal("1.5")) is None
    assert amount_format(Decimal("12345.123456")) == "0.00####"
    assert amount_format("四十万") is None and amount_format(None) is None


def test_notes_name_sheet_and_cell() -> None:
    notes = Notes()
    assert notes.text("a\x01b", "表", 3, 2) == "ab"
    assert notes.text("fine", "表", 4, 2) == "fine"
    assert len(notes.items) == 1 and notes.items[0].startswith("工作表“表”单元格 B3：")


def test_grid_is_what_a_reader_sees() -> None:
    plan = SheetPlan("表", [10.0], rows=[[("a", "text", None), None], [(1.5, "amount", None)]])
    assert plan.grid() == [["a", ""], ["1.5"]]
