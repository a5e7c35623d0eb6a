"""Where an indicator is filed (issue 31.3): outputs under 效益, non-costs under 成本,
金融生态 under 生态效益, a 质量 count repeating a 数量 one; each fires on a misfiled
indicator and stays silent on its look-alikes (a false alarm is worse than a miss)."""

from __future__ import annotations

import pytest
from builders import clean_document, indicator
from rules.breakers import Case, Change, add_group, assert_fires, case_ids, codes, set_value

from jxeditor.document.model import Indicator
from jxeditor.rules import category_rules
from jxeditor.rules.engine import validate
from jxeditor.rules.problems import WARNING

QUANTITY, QUALITY, TIMELINESS, COST, BENEFIT = (0, 0, 0), (0, 1, 0), (0, 2, 0), (1, 0, 0), (2, 0, 0)

CASES: list[Case] = [
    ("benefit.is_output", WARNING, set_value("=100%", BENEFIT, name="设备按时到货率")),
    ("benefit.is_output", WARNING, set_value("=100%", BENEFIT, name="补贴资金拨付率")),
    ("benefit.is_output", WARNING, set_value("≥500份", BENEFIT, name="完成体检报告份数")),
    ("benefit.is_output", WARNING, set_value("100%", BENEFIT, name="按期还本率")),
    ("cost.not_a_cost", WARNING, set_value("100%", COST, name="预算资金完成率")),
    ("cost.not_a_cost", WARNING, set_value("≤100%", COST, name="控制成本")),
    ("cost.not_a_cost", WARNING, set_value("降低", COST, name="企业融资成本")),
    ("benefit.not_ecological", WARNING,
     add_group("效益指标", "生态效益指标", [Indicator("促进大连金融生态健康发展", "≥5项")])),
    ("quality.repeats_quantity", WARNING, set_value("≥120平方米", QUALITY, name="完成改造面积")),
]


@pytest.mark.parametrize(("code", "severity", "change"), CASES, ids=case_ids(CASES))
def test_rule_fires(code: str, severity: str, change: Change) -> None:
    assert_fires(code, severity, change)


def test_every_code_of_the_module_has_a_firing_case() -> None:
    assert {c[0] for c in CASES} == set(category_rules.CODES)


def test_the_message_says_where_it_belongs() -> None:
    doc = clean_document()
    ind = indicator(doc, BENEFIT)
    ind.name, ind.value = "设备按时到货率", "=100%"
    (problem,) = validate(doc)
    assert "产出指标下的时效指标" in problem.message


SILENT: list[tuple[tuple[int, int, int], str, str]] = [
    (BENEFIT, "经办机构县级分支机构覆盖率", "100%"),  # coverage is an effect
    (BENEFIT, "受益群众人数", "≥500人"),
    (BENEFIT, "企业融资成本降低率", "≥5%"),
    (TIMELINESS, "设备按时到货率", "=100%"),  # where it belongs
    (QUALITY, "补贴资金拨付率", "=100%"),
    (COST, "改造单价", "≤1000元/平方米"),
    (COST, "成本控制率", "≤100%"),  # a ratio of cost
    (COST, "成本节约率", "≥5%"),  # a saving
    (COST, "改造总成本", "≤12.5万元"),
    (QUALITY, "验收合格率", "=100%"),  # not the 数量's count
    (QUALITY, "安全事故数", "≤0"),
    (QUALITY, "地面平整达标面积", "≥120平方米"),  # the same number of another thing
]


@pytest.mark.parametrize(("path", "name", "value"), SILENT, ids=[f"{n}-{v}" for _p, n, v in SILENT])
def test_look_alikes_stay_silent(path: tuple[int, int, int], name: str, value: str) -> None:
    doc = clean_document()
    ind = indicator(doc, path)
    ind.name, ind.value = name, value
    found = [c for c in codes(doc) if c in category_rules.CODES]
    assert found == []


@pytest.mark.parametrize("name", ["污染物减排量", "城市绿化覆盖率", "营造良好生态环境"])
def test_nature_under_ecology_stays_silent(name: str) -> None:
    doc = clean_document()
    add_group("效益指标", "生态效益指标", [Indicator(name, "≥5%")])(doc)
    assert [c for c in codes(doc) if c in category_rules.CODES] == []


@pytest.mark.parametrize(("path", "name", "value"), [
    (COST, "机房年耗电量增幅", "≤5%"),  # a growth of a cost (the shipped library)
    (BENEFIT, "设备维护保养制度执行率", "=100%"),  # a regime kept up: 可持续影响
])
def test_library_look_alikes_stay_silent(path: tuple[int, int, int], name: str, value: str) -> None:
    doc = clean_document()
    ind = indicator(doc, path)
    ind.name, ind.value = name, value
    assert [c for c in codes(doc) if c in category_rules.CODES] == []
