"""Rules that hold the indicators' money against the project's budget.

Code: ``money.over_budget`` (a cost cap or an amount spent, in an indicator, larger than
the whole budget of the project: the larger of 年度金额 and 实施期金额; an amount in a
sentence too, ``139.015万元使用完毕``). Which units are money and what they are worth in
万元, and which names are spending, are the tables at the top of this module; per-unit costs (``≤1000元/人/天``) are never summed against it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from jxeditor.document.amounts import format_amount
from jxeditor.rules.context import Context, Rule
from jxeditor.rules.problems import WARNING, Problem, say

COST = "成本指标"
OUTPUT = "产出指标"
# Money units and their worth in 万元 (the unit of the funding block).
MONEY_UNITS: dict[str, Decimal] = {
    "元": Decimal("0.0001"),
    "千元": Decimal("0.1"),
    "万元": Decimal(1),
    "百万元": Decimal(100),
    "亿元": Decimal(10000),
}
# Names of money spent, under 产出指标 (a cost indicator is spending whatever its name).
SPENDING_WORDS: tuple[str, ...] = (
    "资金", "经费", "拨付", "支付", "支出", "付款", "费用", "补贴", "补助", "成本", "投入", "预算",
    "使用",
)
# Amounts that are brought about, not spent (带动社会投资 may exceed the budget).
NOT_SPENDING_WORDS: tuple[str, ...] = ("带动", "撬动", "吸引", "拉动", "引导", "节约", "节省", "收入", "税收")


# An amount written in a sentence (``139.015万元使用完毕``): the largest is held against
# the budget when the name or the sentence speaks of spending.
_AMOUNT_IN_TEXT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(亿元|百万元|万元|千元|元)(?!\s*[/每])")


def _amount(value: str, unit: str, kind: str, number: Decimal | None,
            high: Decimal | None) -> Decimal | None:
    """The amount in 万元 a target value names, or None."""
    worth = MONEY_UNITS.get(unit)
    if worth is not None and kind in ("quantitative", "range"):
        top = high if high is not None else number
        return None if top is None else top * worth
    if kind in ("qualitative", "quantitative"):  # 139.015万元使用完毕 has the unit 万元使用完毕
        amounts = [Decimal(m[1]) * MONEY_UNITS[m[2]] for m in _AMOUNT_IN_TEXT.finditer(value)]
        return max(amounts) if amounts else None
    return None


def _budget(ctx: Context) -> Decimal | None:
    totals = [
        t for t in (ctx.project.funding.annual.total, ctx.project.funding.period.total)
        if isinstance(t, Decimal) and t > 0
    ]
    return max(totals) if totals else None


def _is_spending(level1: str, level2: str, name: str) -> bool:
    if any(word in name for word in NOT_SPENDING_WORDS):
        return False
    if level1 == COST or level2.endswith(COST):
        return True
    return level1 == OUTPUT and any(word in name for word in SPENDING_WORDS)


def rule_over_budget(ctx: Context) -> Iterator[Problem]:
    budget: Decimal | None = None
    for path, l1, l2, ind, parsed in ctx.indicators:
        amount = _amount(ind.value, parsed.unit, parsed.kind, parsed.number, parsed.high)
        if amount is None:
            continue
        if budget is None:
            budget = _budget(ctx)
            if budget is None:
                return
        spending = _is_spending(l1, l2, ind.name) or (
            parsed.unit not in MONEY_UNITS and _is_spending(l1, l2, ind.value))
        if amount <= budget or not spending:
            continue
        yield ctx.node_problem(
            "money.over_budget", WARNING, path,
            say("“{name}”的指标值“{value}”（{n2} 万元）超过了项目预算 {n3} 万元：成本或支出不会超过预算，请核对金额或单位（元、万元）。",
                name=ind.name, value=ind.value, n2=format_amount(amount.normalize()), n3=format_amount(budget)),
        )


RULES: tuple[Rule, ...] = (rule_over_budget,)
CODES: tuple[str, ...] = ("money.over_budget",)
