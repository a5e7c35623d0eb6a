"""Money in the indicators against the project's budget."""

from __future__ import annotations

from decimal import Decimal

import pytest
from builders import clean_document, indicator
from rules.breakers import Case, Change, assert_fires, case_ids, codes, context, set_value

from jxeditor.rules import money_rules
from jxeditor.rules.problems import WARNING

# The clean table's budget: 年度金额 12.5, 实施期金额 20 (万元).
CASES: list[Case] = [
    ("money.over_budget", WARNING, set_value("≤30万元", (1, 0, 0), name="改造总成本")),
    ("money.over_budget", WARNING, set_value("≤250000元", (1, 0, 0), name="改造总成本")),
    ("money.over_budget", WARNING, set_value("=25万元", (0, 0, 0), name="拨付资金")),
    # issue 31.2: an amount in a sentence
    ("money.over_budget", WARNING, set_value("139.015万元使用完毕", (0, 1, 0), name="项目资金")),
    ("money.over_budget", WARNING, set_value("全年支出30万元", (0, 2, 0), name="资金支出进度")),
]


@pytest.mark.parametrize(("code", "severity", "change"), CASES, ids=case_ids(CASES))
def test_rule_fires(code: str, severity: str, change: Change) -> None:
    assert_fires(code, severity, change)


def test_every_code_of_the_module_has_a_firing_case() -> None:
    assert {c[0] for c in CASES} == set(money_rules.CODES)


@pytest.mark.parametrize(
    ("path", "name", "value"),
    [
        ((1, 0, 0), "改造总成本", "≤20万元"),  # within the period budget
        ((1, 0, 0), "改造总成本", "≤150000元"),  # 15 万元
        ((1, 0, 0), "专家评审工时费标准", "≤1000元/人/天"),  # a unit cost
        ((2, 0, 0), "带动社会投资", "≥5000万元"),  # a benefit may exceed the budget
        ((0, 0, 0), "企业贷款规模增加", "≥3000万元"),  # not spending
        ((0, 1, 0), "项目资金", "12万元使用完毕"),  # within the budget
        ((1, 0, 0), "改造费用", "≤3000元/平方米"),  # a unit cost, also in a sentence
        ((0, 1, 0), "带动社会投资", "带动社会投资300万元"),
        ((0, 0, 0), "惠及企业", "惠及年营业收入5000万元以上企业"),  # no spending
    ],
)
def test_look_alikes_stay_silent(path: tuple[int, int, int], name: str, value: str) -> None:
    doc = clean_document()
    ind = indicator(doc, path)
    ind.name, ind.value = name, value
    assert "money.over_budget" not in codes(doc)


def test_no_budget_no_comparison() -> None:
    doc = clean_document()
    for col in ("period", "annual"):
        for part in ("total", "fiscal", "other"):
            doc.set_project_field(doc.projects[0], f"funding.{col}.{part}", None)
    indicator(doc, (1, 0, 0)).value = "≤30万元"
    assert codes(doc) == ["project.missing_field"]  # 年度金额 to fill; nothing to compare with


def test_the_message_gives_the_amount_in_wan_yuan() -> None:
    doc = clean_document()
    doc.set_project_field(doc.projects[0], "funding.period.total", Decimal("12.5"))
    doc.set_project_field(doc.projects[0], "funding.period.fiscal", Decimal("12.5"))
    doc.set_project_field(doc.projects[0], "funding.period.other", None)
    indicator(doc, (1, 0, 0)).value = "≤200000元"
    (problem,) = money_rules.rule_over_budget(context(doc))
    assert "20 万元" in problem.message and "12.5 万元" in problem.message
