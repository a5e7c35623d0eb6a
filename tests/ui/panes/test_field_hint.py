"""The project form's hint line: for an amount, percentage or date field it says at once
what the text was understood as (in the document's money unit), that unreadable text
stays as typed (in red), or, empty, the ways it may be written; text fields get none."""

from __future__ import annotations

from typing import Any

import pytest

from jxeditor.document.fields import field_spec
from ui.panes.field_hint import GREY, RED, FieldHint


@pytest.fixture
def hint(qtbot: Any) -> FieldHint:
    widget = FieldHint()
    qtbot.addWidget(widget)
    return widget


def label(path: str) -> str:
    return field_spec(path).label


@pytest.mark.parametrize(
    ("path", "typed", "said"),
    [
        ("funding.annual.total", "1,443.08", "= 1443.08 万元"),
        ("funding.annual.total", "1443.08万元", "= 1443.08 万元"),
        ("funding.period.fiscal", "１２", "= 12 万元"),
        ("spending_plan.03", "30%", "= 30%"),
        ("spending_plan.12", "100", "= 100%"),
        ("period.start", "2026年1月1日", "= 2026-01-01"),
        ("period.end", "20261231", "= 2026-12-31"),
    ],
)
def test_what_the_text_was_understood_as(hint: FieldHint, path: str, typed: str, said: str) -> None:
    hint.show_for(path, typed)
    assert hint.text() == f"{label(path)} {said}"
    assert hint.understood is True and GREY in hint.styleSheet()


def test_the_documents_money_unit(hint: FieldHint) -> None:
    hint.show_for("funding.annual.total", "4万", money_unit="元")
    assert hint.text() == f"{label('funding.annual.total')} = 40000 元"


def test_unreadable_text_is_said_to_stay_as_typed(hint: FieldHint) -> None:
    hint.show_for("funding.annual.total", "约十万")
    assert hint.text() == f"{label('funding.annual.total')}：“约十万”不是数字，按原样保留；请写成如 1443.08"
    assert hint.understood is False and RED in hint.styleSheet()
    hint.show_for("period.start", "明年初")
    assert hint.text().endswith("“明年初”不是日期，按原样保留；请写成如 2026-01-01")


@pytest.mark.parametrize(
    ("path", "ways"),
    [
        ("funding.annual.total", "：可写 1443.08、1,443.08、1443.08万元 或全角数字"),
        ("spending_plan.06", "：填百分数，可写 30 或 30%"),
        ("period.end", "：可写 2026-01-01、2026/1/1、2026.1.1、2026年1月1日 或 20260101；Alt+↓ 打开日历"),
    ],
)
def test_an_empty_field_gets_the_ways_to_write_it(hint: FieldHint, path: str, ways: str) -> None:
    hint.show_for(path, "  ")
    assert hint.text() == label(path) + ways and hint.understood is True


def test_text_fields_and_clearing_show_nothing(hint: FieldHint) -> None:
    hint.show_for("funding.annual.total", "12")
    hint.show_for("name", "档案室改造")
    assert hint.text() == "" and hint.understood is None
    hint.show_for("period.start", "2026-01-01")
    hint.clear_hint()
    assert hint.text() == "" and hint.understood is None
    assert hint.height() == hint.sizeHint().height() > hint.fontMetrics().height()  # room kept
