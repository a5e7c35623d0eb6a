"""Rules on target values (年度指标值), read by :func:`jxeditor.document.values.parse_value`.

Codes: ``value.symbol`` and ``value.redundant`` (how the value is written, with a fix),
``value.rate_over_100``, ``value.missing_unit``, ``value.rate_unit``,
``value.satisfaction_low`` and ``value.cost_lower_bound`` (what a number says, given the
indicator's name and group). Which names are rates, which units a rate may carry and
which comparators set only a lower bound are the tables at the top of this module.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from functools import lru_cache

from jxeditor.document.model import Indicator, NodePath
from jxeditor.document.values import ParsedValue
from jxeditor.rules.context import Context, Rule
from jxeditor.rules.problems import WARNING, Fix, Problem

HUNDRED = Decimal(100)
SATISFACTION_FLOOR = Decimal(80)

# A name is a rate or satisfaction when it contains one of these words, once the words
# listed with it are taken out (频率 and 效率 contain 率 but are not rates).
RATE_WORDS: dict[str, tuple[str, ...]] = {
    "率": ("频率", "效率"),
    "满意度": (),
    "比例": (),
}
# Units a rate's value may carry (blank is value.missing_unit's business).
RATE_UNITS: tuple[str, ...] = ("", "%", "‰")
# A satisfaction target (名称 contains this word) in these units must reach the floor.
SATISFACTION_WORD = "满意"
SATISFACTION_UNITS: tuple[str, ...] = ("%", "")
# Comparators that set a lower bound only: fine for output, wrong for a cost.
LOWER_BOUNDS: tuple[str, ...] = ("≥", ">")
# A cost indicator stands under this first level, or a second level ending so.
COST = "成本指标"
# Values no number rule looks at: there is nothing to judge, or it was reported already.
NOT_JUDGED: tuple[str, ...] = ("empty", "placeholder")
NUMERIC: tuple[str, ...] = ("quantitative", "range")


@lru_cache(maxsize=4096)
def is_rate_name(name: str) -> bool:
    """Rates and satisfaction: names with 率, 满意度 or 比例 (频率 and 效率 are not rates)."""
    for word, not_rates in RATE_WORDS.items():
        text = name
        for other in not_rates:
            text = text.replace(other, "")
        if word in text:
            return True
    return False


def _is_cost(level1: str, level2: str) -> bool:
    return level1 == COST or level2.endswith(COST)


def rule_values(ctx: Context) -> Iterator[Problem]:
    for path, l1, l2, ind, parsed in ctx.indicators:
        if parsed.kind in NOT_JUDGED:
            continue
        if parsed.nonstandard_symbol:
            yield ctx.node_problem(
                "value.symbol", WARNING, path,
                f"指标值“{ind.value}”使用了不规范的符号：应写作“{parsed.normalized}”。",
                Fix(f"改为“{parsed.normalized}”", parsed.normalized),
            )
        if parsed.redundant_words:
            yield ctx.node_problem(
                "value.redundant", WARNING, path,
                f"指标值“{ind.value}”中的“{parsed.redundant_words}”与比较符号重复：应写作“{parsed.normalized}”。",
                Fix(f"改为“{parsed.normalized}”", parsed.normalized),
            )
        if parsed.kind in NUMERIC:
            yield from _numeric_value_rules(ctx, path, l1, l2, ind, parsed)


def _numeric_value_rules(
    ctx: Context, path: NodePath, l1: str, l2: str, ind: Indicator, parsed: ParsedValue
) -> Iterator[Problem]:
    number = parsed.number if parsed.number is not None else Decimal(0)
    top = parsed.high if parsed.high is not None else number
    rate = is_rate_name(ind.name)
    if parsed.unit == "%":
        if parsed.comparator in LOWER_BOUNDS and number >= HUNDRED:
            yield ctx.node_problem(
                "value.rate_over_100", WARNING, path,
                f"指标值“{ind.value}”要求达到或超过 100%：比率不会超过 100%，应写作“=100%”。",
                Fix("改为“=100%”", "=100%"),
            )
        elif top > HUNDRED:
            yield ctx.node_problem(
                "value.rate_over_100", WARNING, path,
                f"指标值“{ind.value}”超过 100%：比率不会超过 100%，请核对。",
            )
    if rate and parsed.unit == "" and top != 0:
        fixed = parsed.normalized + "%"
        yield ctx.node_problem(
            "value.missing_unit", WARNING, path,
            f"“{ind.name}”是比率或满意度，指标值“{ind.value}”缺少单位：应写作“{fixed}”。",
            Fix(f"改为“{fixed}”", fixed),
        )
    if rate and parsed.unit not in RATE_UNITS:
        yield ctx.node_problem(
            "value.rate_unit", WARNING, path,
            f"“{ind.name}”是比率，指标值“{ind.value}”的单位却是“{parsed.unit}”："
            "比率应以 % 表示，或把指标改名为数量指标。",
        )
    if (
        SATISFACTION_WORD in ind.name
        and parsed.unit in SATISFACTION_UNITS
        and number < SATISFACTION_FLOOR
    ):
        yield ctx.node_problem(
            "value.satisfaction_low", WARNING, path,
            f"满意度目标“{ind.value}”低于 80%：满意度目标一般不低于 80%，请核对。",
        )
    if _is_cost(l1, l2) and parsed.comparator in LOWER_BOUNDS:
        yield ctx.node_problem(
            "value.cost_lower_bound", WARNING, path,
            f"成本指标“{ind.name}”的指标值“{ind.value}”只有下限：成本应设上限，通常用“≤”。",
        )


RULES: tuple[Rule, ...] = (rule_values,)
CODES: tuple[str, ...] = (
    "value.symbol",
    "value.redundant",
    "value.rate_over_100",
    "value.missing_unit",
    "value.rate_unit",
    "value.satisfaction_low",
    "value.cost_lower_bound",
)
