"""The labels of a target table as the readers compare them."""

from __future__ import annotations

from jxeditor.formats.tables.labels import (
    ALL_LABELS,
    BUDGET_IN_PURPOSE,
    HEADER_LABELS,
    IND_COLUMNS,
    label_key,
    short_text,
    tidy,
)


def test_label_key() -> None:
    assert label_key("绩 效 目 标：") == "绩效目标"
    assert label_key("资金投入（万元）") == "资金投入(万元)"
    assert label_key("其中：财政拨款") == "其中:财政拨款"
    assert label_key("") == ""


def test_tidy_closes_gaps_between_chinese_characters_only() -> None:
    assert tidy("  大连高新技术 产业园区  ") == "大连高新技术产业园区"
    assert tidy("PPP 项目") == "PPP 项目"


def test_short_text() -> None:
    assert short_text("短") == "短"
    assert short_text("长" * 31) == "长" * 30 + "…"


def test_every_known_label_is_a_label_key() -> None:
    assert all(label_key(label) == label for label in ALL_LABELS)
    assert set(HEADER_LABELS) <= ALL_LABELS and set(IND_COLUMNS) <= ALL_LABELS


def test_budget_in_the_text_of_the_purpose() -> None:
    match = BUDGET_IN_PURPOSE.match("预算数：5851万元。用于偿还\n到期本金。")
    assert match is not None and (match[1], match[2]) == ("5851", "用于偿还\n到期本金。")
    assert BUDGET_IN_PURPOSE.match("用于偿还到期本金。") is None
