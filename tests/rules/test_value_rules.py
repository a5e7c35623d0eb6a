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
from jxeditor.rules.problems import INFO, WARNING
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
    ("value.comparator_words", INFO, set_value("95%以上", (0, 1, 0))),
    ("value.comparator_words", INFO, set_value("不低于98%", (0, 1, 0))),
    ("value.percent_on_amount", WARNING, set_value("≥70%", (0, 0, 0), name="三大粮食作物投保面积")),
    ("value.count_no_unit", WARNING, set_value("≥1200", (0, 0, 0), name="培训规模")),
    ("value.count_no_unit", WARNING, set_value("26845", (1, 0, 0), name="区级投入")),
    ("value.no_comparator", INFO, set_value("85%", (0, 1, 0))),
    ("value.unit_mismatch", WARNING, set_value("≥2.5万个", (0, 0, 0), name="绿化面积")),
    ("value.satisfaction_full", WARNING, set_value("=100%", (3, 0, 0))),
    ("value.satisfaction_full", WARNING, set_value("100%满意", (3, 0, 0))),
    ("value.trivial", WARNING, set_value("≥0%", (0, 1, 0))),
    ("value.trivial", WARNING, set_value("≥0", (0, 0, 0))),
    ("value.trivial", WARNING, set_value("≤100%", (0, 1, 0))),
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
    indicator(doc, (0, 0, 0)).value = "全部完成"
    indicator(doc, (1, 0, 0)).value = "*"
    assert codes(doc) == ["indicator.placeholder_value"]


# -- look-alikes that stay silent (a false alarm is worse than a miss) ---------------------
SILENT: list[tuple[tuple[int, int, int], str, str]] = [
    ((1, 0, 0), "成本节约率", "≥5%"),  # a saving may be ≥ under 成本
    ((1, 0, 0), "办公经费压减率", "≥10%"),
    ((2, 0, 0), "营业收入较上年增长率", "≥120%"),  # a growth may exceed 100%
    ((2, 0, 0), "接待人次增幅", "150%"),
    ((1, 0, 0), "培训单价", "≤1,000元/学时"),  # thousands separator
    ((0, 1, 0), "重大安全责任事故", "无"),  # an answer, not a placeholder
    ((0, 1, 0), "验收合格率", "不低于98%以上"),  # comparator words are read as one (value.redundant aside)
    ((3, 0, 0), "群众不满意率", "≤5%"),  # a 不满意率 is kept low
    ((3, 0, 0), "使用人员满意度", "≥95%"),
    ((0, 1, 0), "安全事故数", "≤0"),  # zero accidents is a target
    ((0, 0, 0), "新增企业数量", ">0"),
    ((1, 0, 0), "成本控制率", "≤100%"),  # a cost ratio can exceed 100%
    ((2, 0, 0), "产值增长率", "≤100%"),
    ((0, 0, 0), "综合评分", "≥90"),  # a score needs no unit
    ((0, 0, 0), "项目完成率", "≥70%"),  # a rate in %
    ((0, 0, 0), "改造面积", "≥120平方米"),
]


@pytest.mark.parametrize(("path", "name", "value"), SILENT, ids=[f"{n}-{v}" for _p, n, v in SILENT])
def test_look_alikes_stay_silent(path: tuple[int, int, int], name: str, value: str) -> None:
    doc = clean_document()
    ind = indicator(doc, path)
    ind.name, ind.value = name, value
    found = [c for c in codes(doc) if c != "value.redundant"]
    assert found == []


def test_comparator_in_words_is_no_unit_and_has_its_fix() -> None:
    doc = clean_document()
    indicator(doc, (0, 1, 0)).value = "95%以上"
    (problem,) = validate(doc)
    assert problem.code == "value.comparator_words" and problem.fix is not None
    assert problem.fix.new_value == "≥95%"


@pytest.mark.parametrize(("value", "fixed"), [("不超过5%", "≤5%"), ("3个工作日以内", "≤3个工作日"), ("不低于98%", "≥98%")])
def test_comparator_words_are_offered_as_symbols(value: str, fixed: str) -> None:
    doc = clean_document()
    indicator(doc, (0, 1, 0)).name = "故障率"
    indicator(doc, (0, 1, 0)).value = value
    fixes = [p.fix.new_value for p in validate(doc) if p.fix and p.code == "value.comparator_words"]
    assert fixes == [fixed]


def test_a_count_name_offers_its_unit() -> None:
    doc = clean_document()
    ind = indicator(doc, (0, 0, 0))
    ind.name, ind.value = "培训人数", "≥1200"
    (problem,) = validate(doc)
    assert problem.code == "value.count_no_unit" and problem.fix is not None and problem.fix.new_value == "≥1200人"


@pytest.mark.parametrize(
    ("name", "description"),
    [
        ("当年清理暂付款总量", "年度清理暂付款总量（万元）"),  # the 2023 department table
        ("区级投入", "为完成清理进度需要区级投入的资金\n（万元）"),
        ("清理暂付款总量（万元）", ""),  # the unit in the name
        ("培训规模", "单位：人次"),
    ],
)
def test_a_unit_stated_in_the_name_or_description_is_the_unit_of_a_bare_number(
    name: str, description: str
) -> None:
    doc = clean_document()
    ind = indicator(doc, (1, 0, 0))
    ind.name, ind.value, ind.description = name, "26845", description
    assert codes(doc) == []


def test_a_rate_whose_description_says_percent_needs_no_unit() -> None:
    doc = clean_document()
    ind = indicator(doc, (0, 1, 0))
    ind.value, ind.description = "≥95", "验收合格的比例（%）"
    assert codes(doc) == []


def test_full_satisfaction_is_reported_once_with_a_realistic_fix() -> None:
    doc = clean_document()
    indicator(doc, (3, 0, 0)).value = "≥100%"
    (problem,) = validate(doc)
    assert problem.code == "value.satisfaction_full" and problem.fix is not None
    assert problem.fix.new_value == "≥95%"


@pytest.mark.parametrize(
    ("name", "value", "fixed"),
    [("验收合格率", "85%", "≥85%"), ("群众满意度", "85%", "≥85%"), ("设备故障率", "5%", "≤5%")],
)
def test_a_bare_percentage_on_a_rate_with_a_direction_gets_its_comparator(
    name: str, value: str, fixed: str
) -> None:
    doc = clean_document()
    ind = indicator(doc, (0, 1, 0))
    ind.name, ind.value = name, value
    (problem,) = [p for p in validate(doc) if p.code != "satisfaction.misplaced"]
    assert (problem.code, problem.severity) == ("value.no_comparator", INFO)
    assert problem.fix is not None and problem.fix.new_value == fixed


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("验收合格率", "100%"),  # only one way to read it
        ("两区财力分享比例", "50%"),  # a share: exactly half, no direction
        ("营业收入增长率", "8%"),
        ("验收合格率", "≥85%"),
        ("任务完成率", "0%"),
    ],
)
def test_a_bare_percentage_without_a_direction_stays_silent(name: str, value: str) -> None:
    doc = clean_document()
    ind = indicator(doc, (0, 1, 0))
    ind.name, ind.value = name, value
    assert "value.no_comparator" not in codes(doc)


@pytest.mark.parametrize(
    ("name", "value", "fires"),
    [
        ("绿化面积", "≥2.5万个", True),
        ("培训人数", "≥100台", True),
        ("补助金额", "≥5个", True),
        ("绿化面积", "≥2.5万平方米", False),
        ("耕地面积", "≥300亩", False),
        ("培训人数", "≥100人", False),
        ("补助金额", "≤50万", False),
        ("面积达标企业", "≥5家", False),  # not a name ending in 面积
    ],
)
def test_a_unit_that_does_not_fit_the_name(name: str, value: str, fires: bool) -> None:
    doc = clean_document()
    ind = indicator(doc, (0, 0, 0))
    ind.name, ind.value = name, value
    assert ("value.unit_mismatch" in codes(doc)) is fires
