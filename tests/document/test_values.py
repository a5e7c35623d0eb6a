"""The target-value parser: standard forms, qualitative values, and the typos of real tables."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jxeditor.document.values import parse_value


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


@pytest.mark.parametrize("text", ["*", "**", "***", "XX", "xx", "＊＊"])
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
