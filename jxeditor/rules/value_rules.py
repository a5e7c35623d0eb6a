"""Rules on target values (年度指标值), read by :func:`jxeditor.document.values.parse_value`.

Codes: ``value.symbol``, ``value.redundant`` and ``value.comparator_words`` (how the
value is written, with a fix), ``value.rate_over_100``, ``value.missing_unit``,
``value.rate_unit``, ``value.percent_on_amount``, ``value.count_no_unit``,
``value.satisfaction_low``, ``value.satisfaction_full``, ``value.trivial`` and
``value.cost_lower_bound`` (what a number says, given the indicator's name and group).
Which names are rates, amounts, growths or savings, which units a rate may carry and
which comparators set only a lower bound are the tables at the top of this module.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from functools import lru_cache

from jxeditor.document.model import Indicator
from jxeditor.document.values import ParsedValue, parse_value
from jxeditor.rules.context import Context, Rule
from jxeditor.rules.problems import ERROR, INFO, WARNING, Finding, Problem, fix, say

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
# A satisfaction target (名称 contains this word, once 不满意 is taken out) in these units
# must reach the floor, and should not ask for 100% (units: those of a full 100%满意).
SATISFACTION_WORD = "满意"
NOT_SATISFACTION: tuple[str, ...] = ("不满意",)
SATISFACTION_UNITS: tuple[str, ...] = ("%", "")
SATISFACTION_FULL_UNITS: tuple[str, ...] = ("%", "%满意")
SATISFACTION_SUGGESTED = "≥95%"
# Growth and increase rates may exceed 100% (a doubling is +100%).
GROWTH_WORDS: tuple[str, ...] = (
    "增长", "增幅", "增速", "增加", "增量", "较上年", "同比", "环比", "上升", "提升", "提高", "倍",
)
# Saving and reduction rates are targets to reach: ``≥`` is right even for a cost.
SAVING_WORDS: tuple[str, ...] = (
    "节约", "节省", "压减", "压缩", "下降", "降低", "减少", "缩减", "降幅", "减幅",
)
# Rates that cannot exceed 100%, so that ``≤100%`` asks for nothing.
CAPPED_RATE_WORDS: tuple[str, ...] = (
    "完成率", "合格率", "覆盖率", "达标率", "满意度", "满意率", "执行率", "利用率", "到位率",
    "及时率", "使用率", "支付率", "拨付率", "办结率", "通过率", "知晓率", "普及率", "达成率",
    "完好率", "准确率", "正确率", "受益率", "验收率", "兑现率",
)
# Names of an amount or a count (by their ending): a % value does not fit them.
AMOUNT_ENDINGS: tuple[str, ...] = (
    "金额", "资金", "经费", "费用", "总额", "数量", "人数", "次数", "户数", "个数", "家数",
    "面积", "规模", "总量", "件数", "人次",
)
# Names whose bare number needs no unit (scores, indices, grades).
UNITLESS_NAMES: tuple[str, ...] = (
    "指数", "得分", "评分", "分数", "分值", "系数", "倍数", "等级", "星级", "排名", "名次",
)
# The unit a count name implies, by its ending (offered as the fix of a bare number).
COUNT_UNITS: tuple[tuple[str, str], ...] = (
    ("人次", "人次"), ("人数", "人"), ("户数", "户"), ("次数", "次"), ("件数", "件"),
    ("家数", "家"), ("个数", "个"), ("场次", "场"), ("台数", "台"), ("套数", "套"),
    ("篇数", "篇"), ("天数", "天"), ("项目数", "个"),
)
QUANTITY_LEVEL2 = "数量指标"
ZERO = Decimal(0)
# Comparators that set a lower bound only: fine for output, wrong for a cost.
LOWER_BOUNDS: tuple[str, ...] = ("≥", ">")
# A cost indicator stands under this first level, or a second level ending so.
COST = "成本指标"
# Values no number rule looks at: there is nothing to judge, or it was reported already.
NOT_JUDGED: tuple[str, ...] = ("empty", "placeholder")
NUMERIC: tuple[str, ...] = ("quantitative", "range")
# What a placeholder value is reported as (by :mod:`jxeditor.rules.indicator_rules`).
PLACEHOLDER_CODE = "indicator.placeholder_value"


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


def _has_any(name: str, words: tuple[str, ...]) -> bool:
    return any(word in name for word in words)


@lru_cache(maxsize=4096)
def is_satisfaction_name(name: str) -> bool:
    """满意 in the name, not counting 不满意 (a 不满意率 is to be kept low)."""
    for other in NOT_SATISFACTION:
        name = name.replace(other, "")
    return SATISFACTION_WORD in name


def _count_unit(name: str) -> str | None:
    for ending, unit in COUNT_UNITS:
        if name.endswith(ending):
            return unit
    return None


def rule_values(ctx: Context) -> Iterator[Problem]:
    for path, l1, l2, ind, parsed in ctx.indicators:
        if parsed.kind in NOT_JUDGED:
            continue
        for code, severity, message, remedy in value_findings(l1, l2, ind.name, ind.value):
            yield ctx.node_problem(code, severity, path, message, remedy)


@lru_cache(maxsize=32768)
def value_findings(l1: str, l2: str, name: str, value: str) -> tuple[Finding, ...]:
    """What the value rules find on one indicator (canonical 一级 and 二级, name and
    value): a pure function of the four, cached, so that validating a project again on
    each keystroke costs a lookup per indicator."""
    return tuple(_findings(l1, l2, Indicator(name=name, value=value), parse_value(value)))


def value_faults(l1: str, l2: str, name: str, value: str) -> tuple[str, ...]:
    """The codes of the errors and warnings the rules find on one indicator's value alone
    (canonical 一级 and 二级, name and value): a placeholder (``indicator.placeholder_value``)
    and what :func:`value_findings` says above a 提示. Empty when the value is sound (what
    the indicator library may learn)."""
    if parse_value(value).kind == "placeholder":
        return (PLACEHOLDER_CODE,)
    return tuple(f.code for f in value_findings(l1, l2, name, value)
                 if f.severity in (ERROR, WARNING))


def _findings(l1: str, l2: str, ind: Indicator, parsed: ParsedValue) -> Iterator[Finding]:
    if parsed.kind not in NOT_JUDGED:
        if parsed.nonstandard_symbol:
            yield Finding(
                "value.symbol", WARNING,
                say("指标值“{value}”使用了不规范的符号：应写作“{normalized}”。",
                    value=ind.value, normalized=parsed.normalized),
                fix(say("改为“{normalized}”", normalized=parsed.normalized), parsed.normalized),
            )
        if parsed.redundant_words:
            yield Finding(
                "value.redundant", WARNING,
                say("指标值“{value}”中的“{redundant_words}”与比较符号重复：应写作“{normalized}”。",
                    value=ind.value, redundant_words=parsed.redundant_words, normalized=parsed.normalized),
                fix(say("改为“{normalized}”", normalized=parsed.normalized), parsed.normalized),
            )
        elif parsed.comparator_words and not parsed.nonstandard_symbol:
            yield Finding(
                "value.comparator_words", INFO,
                say("指标值“{value}”用文字“{comparator_words}”表示比较关系：规范写法为“{normalized}”。",
                    value=ind.value, comparator_words=parsed.comparator_words, normalized=parsed.normalized),
                fix(say("改为“{normalized}”", normalized=parsed.normalized), parsed.normalized),
            )
        if parsed.kind in NUMERIC:
            yield from _numeric_value_rules(l1, l2, ind, parsed)


def _numeric_value_rules(
    l1: str, l2: str, ind: Indicator, parsed: ParsedValue
) -> Iterator[Finding]:
    number = parsed.number if parsed.number is not None else ZERO
    top = parsed.high if parsed.high is not None else number
    name = ind.name
    rate = is_rate_name(name)
    satisfaction = is_satisfaction_name(name)
    full_satisfaction = satisfaction and parsed.unit in SATISFACTION_FULL_UNITS and top >= HUNDRED
    if full_satisfaction:
        yield Finding(
            "value.satisfaction_full", WARNING,
            say("满意度目标“{value}”要求人人满意，不切实际：满意度目标一般定为 ≥90% 至 ≥95%，如“{suggested}”。",
                value=ind.value, suggested=SATISFACTION_SUGGESTED),
            fix(say("改为“{suggested}”", suggested=SATISFACTION_SUGGESTED), SATISFACTION_SUGGESTED),
        )
    elif parsed.unit == "%" and not _has_any(name, GROWTH_WORDS):
        if parsed.comparator in LOWER_BOUNDS and number >= HUNDRED:
            yield Finding(
                "value.rate_over_100", WARNING,
                say("指标值“{value}”要求达到或超过 100%：比率不会超过 100%，应写作“=100%”。", value=ind.value),
                fix(say("改为“=100%”"), "=100%"),
            )
        elif top > HUNDRED:
            yield Finding(
                "value.rate_over_100", WARNING,
                say("指标值“{value}”超过 100%：比率不会超过 100%，请核对。", value=ind.value),
            )
    if rate and parsed.unit == "" and top != 0:
        fixed = parsed.normalized + "%"
        yield Finding(
            "value.missing_unit", WARNING,
            say("“{name}”是比率或满意度，指标值“{value}”缺少单位：应写作“{fixed}”。",
                name=name, value=ind.value, fixed=fixed),
            fix(say("改为“{fixed}”", fixed=fixed), fixed),
        )
    if rate and parsed.unit not in RATE_UNITS and not full_satisfaction:
        yield Finding(
            "value.rate_unit", WARNING,
            say("“{name}”是比率，指标值“{value}”的单位却是“{unit}”：比率应以 % 表示，或把指标改名为数量指标。",
                name=name, value=ind.value, unit=parsed.unit),
        )
    if not rate and parsed.unit == "%" and name.strip().endswith(AMOUNT_ENDINGS):
        yield Finding(
            "value.percent_on_amount", WARNING,
            say("“{name}”是数量或金额，指标值“{value}”却以 % 表示：请写明具体数量和单位（如“≥1200人”），或把指标名称改为比率（如“…覆盖率”）。",
                name=name, value=ind.value),
        )
    if (
        not rate and parsed.unit == "" and top != 0
        and (l2 == QUANTITY_LEVEL2 or _is_cost(l1, l2))
        and not _has_any(name, UNITLESS_NAMES)
    ):
        yield from _count_without_unit(ind, parsed)
    if satisfaction and parsed.unit in SATISFACTION_UNITS and number < SATISFACTION_FLOOR:
        yield Finding(
            "value.satisfaction_low", WARNING,
            say("满意度目标“{value}”低于 80%：满意度目标一般不低于 80%，请核对。", value=ind.value),
        )
    yield from _trivial(l1, l2, ind, parsed)
    if (
        _is_cost(l1, l2)
        and parsed.comparator in LOWER_BOUNDS
        and not _has_any(name, SAVING_WORDS)
    ):
        yield Finding(
            "value.cost_lower_bound", WARNING,
            say("成本指标“{name}”的指标值“{value}”只有下限：成本应设上限，通常用“≤”。", name=name, value=ind.value),
        )


def _count_without_unit(
    ind: Indicator, parsed: ParsedValue
) -> Iterator[Finding]:
    unit = _count_unit(ind.name.strip())
    if unit is None:
        yield Finding(
            "value.count_no_unit", WARNING,
            say("指标值“{value}”只有数字没有单位：请写明计量单位，如“≥1200人”、“≥5个”、“≤50万元”。", value=ind.value),
        )
    else:
        fixed = parsed.normalized + unit
        yield Finding(
            "value.count_no_unit", WARNING,
            say("指标值“{value}”只有数字没有单位：应写作“{fixed}”。", value=ind.value, fixed=fixed),
            fix(say("改为“{fixed}”", fixed=fixed), fixed),
        )


def _trivial(
    l1: str, l2: str, ind: Indicator, parsed: ParsedValue
) -> Iterator[Finding]:
    """``≥0``, ``≥0%``: anything reaches them; ``≤100%`` on a rate that cannot exceed 100%."""
    if parsed.kind != "quantitative":
        return
    number = parsed.number if parsed.number is not None else ZERO
    if parsed.comparator == "≥" and number == 0:
        yield Finding(
            "value.trivial", WARNING,
            say("指标值“{value}”任何结果都能达到，不是有效的目标：请写出需要努力才能达到的数值。", value=ind.value),
        )
    elif (
        parsed.comparator == "≤" and parsed.unit == "%" and number >= HUNDRED
        and _has_any(ind.name, CAPPED_RATE_WORDS) and not _is_cost(l1, l2)
        and not _has_any(ind.name, GROWTH_WORDS)
    ):
        yield Finding(
            "value.trivial", WARNING,
            say("指标值“{value}”对“{name}”没有约束（这一比率本来就不超过 100%）：请写出要达到的下限，如“≥95%”。",
                value=ind.value, name=ind.name),
        )


RULES: tuple[Rule, ...] = (rule_values,)
CODES: tuple[str, ...] = (
    "value.symbol",
    "value.redundant",
    "value.comparator_words",
    "value.rate_over_100",
    "value.missing_unit",
    "value.rate_unit",
    "value.percent_on_amount",
    "value.count_no_unit",
    "value.satisfaction_low",
    "value.satisfaction_full",
    "value.trivial",
    "value.cost_lower_bound",
)
