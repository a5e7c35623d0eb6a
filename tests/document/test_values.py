"""The target-value parser: standard forms, qualitative values, and the typos of real tables."""

from __future__ import annotations

from decimal import Decimal

import pytest
from year_examples import training

from jxeditor.document.values import parse_value
from jxeditor.scoring.project import SCORED, score_project


@pytest.mark.parametrize(
    ("text", "kind", "comparator", "number", "unit"),
    [
        ("≥4个", "quantitative", "≥", "4", "个"),
        ("≤30%", "quantitative", "≤", "30", "%"),
        ("=100%", "quantitative", "=", "100", "%"),
        ("≥1000元/人/天", "quantitative", "≥", "1000", "元/人/天"),
        ("≤7个工作日", "quantitative", "≤", "7", "个工作日"),
        ("≥3.85亿美元", "quantitative", "≥", "3.85", "亿美元"),
        ("≥400万吨", "quantitative", "≥", "400", "万吨"),
        ("≤10mg/Nm3", "quantitative", "≤", "10", "mg/Nm3"),
        ("100%", "quantitative", "", "100", "%"),
        ("2处", "quantitative", "", "2", "处"),
        ("90%-95%", "range", "", "90", "%"),
    ],
)
def test_quantitative(text: str, kind: str, comparator: str, number: str, unit: str) -> None:
    parsed = parse_value(text)
    assert (parsed.kind, parsed.comparator, parsed.number, parsed.unit) == (kind, comparator, Decimal(number), unit)
    assert parsed.normalized == text and not parsed.nonstandard_symbol and not parsed.redundant_words


def test_range_has_both_ends() -> None:
    parsed = parse_value("90%-95%")
    assert (parsed.number, parsed.high) == (Decimal(90), Decimal(95))


@pytest.mark.parametrize("text", ["按时", "及时", "合规", "优秀", "良好", "好", "较好", "提高", "降低", "足额", "平稳运行", "2026年12月底前完成"])
def test_qualitative(text: str) -> None:
    parsed = parse_value(text)
    assert parsed.kind == "qualitative" and parsed.normalized == text


@pytest.mark.parametrize("text", ["*", "**", "***", "XX", "xx", "＊＊", "≥**件", "XX%", "≤**分钟", "≥**%", ">=**%", "**元/人/天"])
def test_placeholders(text: str) -> None:
    assert parse_value(text).kind == "placeholder"


@pytest.mark.parametrize("text", ["", "   ", None])
def test_empty(text: str | None) -> None:
    assert parse_value(text).kind == "empty"


@pytest.mark.parametrize(
    ("text", "normalized"),
    [("》 90%", "≥90%"), (">=95%", "≥95%"), ("<=5%", "≤5%"), ("＝100％", "=100%"), ("≧80%", "≥80%"), ("＞１０个", ">10个")],
)
def test_nonstandard_symbols_offer_the_standard_text(text: str, normalized: str) -> None:
    parsed = parse_value(text)
    assert parsed.nonstandard_symbol and parsed.normalized == normalized and parsed.kind == "quantitative"


@pytest.mark.parametrize(
    ("text", "normalized", "words"),
    [("≥90%以上", "≥90%", "以上"), ("≤5%以下", "≤5%", "以下"), ("≥不低于90%", "≥90%", "不低于"), ("≤3天以内", "≤3天", "以内")],
)
def test_comparator_said_twice(text: str, normalized: str, words: str) -> None:
    parsed = parse_value(text)
    assert (parsed.normalized, parsed.redundant_words) == (normalized, words)


def test_nothing_is_an_answer_not_a_placeholder() -> None:
    """重大安全责任事故 ``无`` is a target: there shall be none."""
    assert parse_value("无").kind == "qualitative"


@pytest.mark.parametrize("text", ["XXL", "≥5件", "X光机"])
def test_look_alikes_of_placeholders(text: str) -> None:
    assert parse_value(text).kind != "placeholder"


@pytest.mark.parametrize(
    ("text", "number", "unit"),
    [("1,000元/学时", "1000", "元/学时"), ("≥12,500.5万元", "12500.5", "万元"), ("1,200-1,500人", "1200", "人")],
)
def test_thousands_separators_are_numbers(text: str, number: str, unit: str) -> None:
    parsed = parse_value(text)
    assert (parsed.number, parsed.unit) == (Decimal(number), unit)
    assert parsed.normalized == text and not parsed.comparator_words


def test_a_comma_list_is_not_a_number() -> None:
    assert parse_value("1,2,3").kind == "qualitative"


@pytest.mark.parametrize(
    ("text", "normalized", "comparator", "unit", "words"),
    [
        ("95%以上", "≥95%", "≥", "%", "以上"),
        ("不低于98%", "≥98%", "≥", "%", "不低于"),
        ("不超过5%", "≤5%", "≤", "%", "不超过"),
        ("100人及以上", "≥100人", "≥", "人", "及以上"),
        ("3个工作日以内", "≤3个工作日", "≤", "个工作日", "以内"),
        ("大于等于90%", "≥90%", "≥", "%", "大于等于"),
    ],
)
def test_comparator_in_words_is_read_as_a_comparator(
    text: str, normalized: str, comparator: str, unit: str, words: str
) -> None:
    parsed = parse_value(text)
    assert parsed.kind == "quantitative"
    assert (parsed.normalized, parsed.comparator, parsed.unit, parsed.comparator_words) == (
        normalized, comparator, unit, words)
    assert not parsed.redundant_words


@pytest.mark.parametrize("text", ["年内完成以上工作", "以上", "至少一次"])
def test_words_without_a_number_stay_qualitative(text: str) -> None:
    parsed = parse_value(text)
    assert parsed.kind == "qualitative" and not parsed.comparator_words


@pytest.mark.parametrize("text", ["≥5个\x01", "≥5\x1b个", "5个\u200b", "5-8个\x7f", "≥5 个\ufeff"])
def test_invisible_characters_are_no_part_of_a_unit(text: str) -> None:
    """Issue 32.12: else 单位“个”与“个”不同 for two units that look the same."""
    assert parse_value(text).unit == "个"


def test_a_control_character_in_a_unit_is_scored_not_a_mismatch() -> None:
    project = training()
    project.indicators[0].children[0].children[0].evaluation.actual = "520人次\x01"  # type: ignore[union-attr]
    first = score_project(project).indicators[0]
    assert first.status == SCORED and first.score == Decimal("12.5")
