"""The one "same value" test of the field registry: whether a field's new value changes
nothing, so that what the user typed stays as typed (``1.0`` is not redrawn as ``1``, and
a text ``1`` is not the amount 1); the form, the stage blocks, the tree's cells and the
undo commands all use it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from jxeditor.document.fields import same_value, text_from_value, value_from_text


@pytest.mark.parametrize(
    ("a", "b"),
    [(Decimal("1"), Decimal("1")), ("", ""), (None, None), (date(2026, 1, 1), date(2026, 1, 1)),
     ("12.5万", "12.5万"), (["经费保障", "其他"], ["经费保障", "其他"])],
)
def test_the_same_value(a: object, b: object) -> None:
    assert same_value(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (Decimal("1"), Decimal("1.0")),  # equal, written differently
        (Decimal("1"), "1"),  # an amount is not its text
        (Decimal("1"), 1),
        (None, ""),
        (Decimal("0"), None),
        (["经费保障"], ["经费保障", "其他"]),  # a list of causes
        ("", []),
    ],
)
def test_not_the_same_value(a: object, b: object) -> None:
    assert not same_value(a, b)


def test_a_typed_amount_keeps_how_it_was_written() -> None:
    typed = value_from_text("funding.annual.total", "12.50")
    assert typed == Decimal("12.50")
    assert not same_value(typed, value_from_text("funding.annual.total", "12.5"))
    assert same_value(typed, value_from_text("funding.annual.total", text_from_value("funding.annual.total", typed)))
