"""Rules on where an indicator is filed: does its group say what it measures?

Codes: ``benefit.is_output`` (what the project delivers filed as its effect under
效益指标: ``设备按时到货率``, ``补贴资金拨付率``, ``完成体检报告份数``),
``cost.not_a_cost`` (under 成本指标 something that is not what the project spends: a
completion rate ``预算资金完成率``, a percentage on a name that is no rate ``控制成本
≤100%``, a direction ``企业融资成本 降低``), ``benefit.not_ecological`` (``金融生态``,
``营商环境`` under 生态效益指标, which is about the natural environment) and
``quality.repeats_quantity`` (a 质量 indicator with the count and the name of a 数量 one). Each
message says where the indicator belongs. Time limits and terms under 时效 are
``timeliness.not_time`` (:mod:`~jxeditor.rules.reviewer_rules`).

Every judgement is made from the word tables at the top of this module; a false alarm
is worse than a miss, so each table errs on the side of silence.
"""

from __future__ import annotations

from collections.abc import Iterator

from jxeditor.rules.context import Context, Rule
from jxeditor.rules.problems import WARNING, Problem, say
from jxeditor.rules.reviewer_rules import NOT_TIME_UNITS
from jxeditor.rules.value_rules import GROWTH_WORDS, SAVING_WORDS, is_rate_name

OUTPUT = "产出指标"
BENEFIT = "效益指标"
COST = "成本指标"
ECOLOGY = "生态效益指标"
QUANTITY = "数量指标"
QUALITY = "质量指标"

# -- outputs filed as benefits ---------------------------------------------------------------
# Words of a name that measure what the project delivers, and the output group it belongs
# to (first match wins): a rate of delivering on time, of paying out, of passing
# acceptance; a count of documents produced.
OUTPUT_WORDS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("到货率", "按时到货", "按期到货"), "时效指标"),
    (("按时完成率", "按期完成率", "及时完成率", "按时支付率", "按期支付率", "按时拨付率",
      "按期还本率", "按期付息率", "按时还本率", "按时付息率", "完工率", "开工率"), "时效指标"),
    (("拨付率", "支付率", "资金到位率", "预算执行率", "资金执行率", "兑付率"), "质量指标或时效指标"),
    (("验收合格率", "验收通过率", "验收率"), "质量指标"),
    (("份数",), "数量指标"),
)

# -- not costs ---------------------------------------------------------------------------------
# Names of how far the work or the spending got: a rate, not what the project costs.
PROGRESS_WORDS: tuple[str, ...] = (
    "完成率", "执行率", "支出率", "支付率", "拨付率", "到位率", "支出进度", "执行进度",
)
# Values that give only a direction: what falls is someone's cost, not the project's cap.
DIRECTION_VALUES: frozenset[str] = frozenset({
    "降低", "下降", "减少", "有所降低", "有所下降", "有所减少", "明显降低", "明显下降",
    "显著降低", "大幅降低", "进一步降低", "逐步降低", "持续降低", "降低成本",
})

# -- a count repeated under 质量 ---------------------------------------------------------------
# Words left out when two names are compared (完成培训人次 is 培训人次).
FILLER_WORDS: tuple[str, ...] = ("完成", "数量", "质量", "情况", "总数", "的")

# -- not ecological --------------------------------------------------------------------------
# 生态 and 环境 that are not nature's: markets, finance, business.
NOT_ECOLOGICAL_WORDS: tuple[str, ...] = (
    "金融生态", "营商", "政务生态", "政治生态", "产业生态", "创新生态", "创业生态", "商业生态",
    "市场环境", "投资环境", "信用环境", "法治环境", "发展环境", "融资环境", "金融环境",
)


def _has_any(text: str, words: tuple[str, ...]) -> bool:
    return any(word in text for word in words)


def _output_group(name: str) -> str | None:
    for words, group in OUTPUT_WORDS:
        if _has_any(name, words):
            return group
    return None


def rule_outputs_as_benefits(ctx: Context) -> Iterator[Problem]:
    for path, l1, _l2, ind, _parsed in ctx.indicators:
        if l1 != BENEFIT:
            continue
        group = _output_group(ind.name)
        if group is not None:
            yield ctx.node_problem(
                "benefit.is_output", WARNING, path,
                say("“{name}”衡量的是项目的产出，不是效益：请移到产出指标下的{group}；效益指标写项目带来的效果（如“企业融资成本降低率”、“群众就医等候时间缩短”）。",
                    name=ind.name, group=group),
            )


def _is_cost(l1: str, l2: str) -> bool:
    return l1 == COST or l2.endswith(COST)


def rule_not_costs(ctx: Context) -> Iterator[Problem]:
    for path, l1, l2, ind, parsed in ctx.indicators:
        if not _is_cost(l1, l2):
            continue
        name = ind.name
        if _has_any(name, PROGRESS_WORDS):
            yield ctx.node_problem(
                "cost.not_a_cost", WARNING, path,
                say("“{name}”是完成或支出进度，不是成本：请移到产出指标下的质量指标或时效指标；成本指标写本项目花费的上限（如“≤50万元”、“≤1000元/人”）。",
                    name=name),
            )
        elif parsed.kind == "qualitative" and "".join(parsed.normalized.split()) in DIRECTION_VALUES:
            yield ctx.node_problem(
                "cost.not_a_cost", WARNING, path,
                say("成本指标“{name}”的指标值“{value}”没有金额：成本指标写本项目花费的上限（如“≤50万元”）；若指项目使企业或群众的成本下降，应放在效益指标下的经济效益指标。",
                    name=name, value=ind.value),
            )
        elif (
            parsed.kind in ("quantitative", "range") and parsed.unit == "%"
            and not is_rate_name(name) and not _has_any(name, SAVING_WORDS + GROWTH_WORDS)
        ):
            yield ctx.node_problem(
                "cost.not_a_cost", WARNING, path,
                say("成本指标“{name}”的指标值“{value}”是百分比，看不出花费多少：成本指标写本项目花费的上限（如“≤50万元”、“≤1000元/人”）。",
                    name=name, value=ind.value),
            )


def rule_not_ecological(ctx: Context) -> Iterator[Problem]:
    for path, l1, l2, ind, _parsed in ctx.indicators:
        if l1 == BENEFIT and l2 == ECOLOGY and _has_any(ind.name, NOT_ECOLOGICAL_WORDS):
            yield ctx.node_problem(
                "benefit.not_ecological", WARNING, path,
                say("“{name}”说的不是自然生态环境：生态效益指标写环境方面的效果（如节能、减排、绿化）；这一项应放在经济效益指标或社会效益指标下。",
                    name=ind.name),
            )


def _core(name: str) -> str:
    for word in FILLER_WORDS:
        name = name.replace(word, "")
    return "".join(name.split())


def _same_thing(a: str, b: str) -> bool:
    a, b = _core(a), _core(b)
    return bool(a) and bool(b) and (a in b or b in a)


def rule_quality_repeats_quantity(ctx: Context) -> Iterator[Problem]:
    counts: dict[str, list[str]] = {}
    for _path, l1, l2, ind, parsed in ctx.indicators:
        if l1 == OUTPUT and l2 == QUANTITY and parsed.kind == "quantitative" and parsed.unit in NOT_TIME_UNITS:
            counts.setdefault(parsed.normalized, []).append(ind.name)
    if not counts:
        return
    for path, l1, l2, ind, parsed in ctx.indicators:
        if l1 != OUTPUT or l2 != QUALITY or parsed.kind != "quantitative":
            continue
        other = next((n for n in counts.get(parsed.normalized, ()) if _same_thing(n, ind.name)), None)
        if other is not None:
            yield ctx.node_problem(
                "quality.repeats_quantity", WARNING, path,
                say("质量指标“{name}”（{value}）重复了数量指标“{other}”的数量：质量指标写做得怎样（如“验收合格率 =100%”、“培训考核通过率 ≥90%”），请改写或删除。",
                    name=ind.name, value=ind.value, other=other),
            )


RULES: tuple[Rule, ...] = (
    rule_outputs_as_benefits,
    rule_not_costs,
    rule_not_ecological,
    rule_quality_repeats_quantity,
)
CODES: tuple[str, ...] = (
    "benefit.is_output",
    "cost.not_a_cost",
    "benefit.not_ecological",
    "quality.repeats_quantity",
)
