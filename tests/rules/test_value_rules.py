"""The target-value rules: how a value is written, and what its number says."""

from __future__ import annotations

import pytest
from builders import clean_document, indicator
from rules.breakers import (
    Case,
    Change,
    assert_fires,
    case_ids,
    codes,
    cost_level1_as_level2,
    set_value,
)

from jxeditor.rules import value_rules
from jxeditor.rules.engine import validate
from jxeditor.rules.problems import WARNING
from jxeditor.rules.value_rules import is_rate_name

# (code, severity, change that makes it fire)
CASES: list[Case] = [
    ("value.symbol", WARNING, set_value("》 90%", (0, 1, 0))),
    ("value.symbol", WARNING, set_value(">=95%", (0, 1, 0))),
    ("value.symbol", WARNING, set_value("＝100％", (0, 1, 0))),
    ("value.redundant", WARNING, set_value("≥90%以上", (0, 1, 0))),
    ("value.rate_over_100", WARNING, set_value("≥100%", (0, 1, 0))),
    ("value.rate_over_100", WARNING, set_value("120%", (0, 1, 0))),
    ("value.missing_unit", WARNING, set_value("≥95", (3, 0, 0))),
    ("value.rate_unit", WARNING, set_value("≤1个", (0, 1, 0), name="超概算项目比例")),
    ("value.satisfaction_low", WARNING, set_value("≥60%", (3, 0, 0))),
    ("value.cost_lower_bound", WARNING, set_value("≥5元", (1, 0, 0))),
    ("value.cost_lower_bound", WARNING, cost_level1_as_level2),
]


@pytest.mark.parametrize(("code", "severity", "change"), CASES, ids=case_ids(CASES))
def test_rule_fires(code: str, severity: str, change: Change) -> None:
    assert_fires(code, severity, change)


def test_every_code_of_the_module_has_a_firing_case() -> None:
    assert {c[0] for c in CASES} == set(value_rules.CODES)


def test_fixes_are_offered_where_mechanical() -> None:
    doc = clean_document()
    indicator(doc, (0, 1, 0)).value = "》 90%"
    indicator(doc, (3, 0, 0)).value = "≥95"
    indicator(doc, (0, 0, 0)).value = "≥120平方米以上"
    fixes = {p.code: p.fix.new_value for p in validate(doc) if p.fix}
    assert fixes == {"value.symbol": "≥90%", "value.missing_unit": "≥95%", "value.redundant": "≥120平方米"}


@pytest.mark.parametrize(
    ("name", "rate"),
    [
        ("验收合格率", True),
        ("使用人员满意度", True),
        ("超概算项目比例", True),
        ("检查频率", False),
        ("档案查阅效率", False),
        ("检查频率与合格率", True),
        ("改造面积", False),
    ],
)
def test_rate_names(name: str, rate: bool) -> None:
    assert is_rate_name(name) is rate


def test_a_range_is_judged_by_its_upper_end() -> None:
    doc = clean_document()
    indicator(doc, (0, 1, 0)).value = "95%-105%"
    assert codes(doc) == ["value.rate_over_100"]


def test_a_rate_may_be_written_in_per_mille() -> None:
    doc = clean_document()
    indicator(doc, (0, 1, 0)).value = "≤5‰"
    assert codes(doc) == []


def test_zero_without_unit_on_a_rate_is_not_missing_a_unit() -> None:
    doc = clean_document()
    indicator(doc, (0, 1, 0)).value = "0"
    assert codes(doc) == []


def test_placeholders_and_qualitative_values_have_no_number_to_judge() -> None:
    doc = clean_document()
    indicator(doc, (3, 0, 0)).value = "良好"
    indicator(doc, (1, 0, 0)).value = "*"
    assert codes(doc) == ["indicator.placeholder_value"]
