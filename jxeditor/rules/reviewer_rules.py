"""Rules a careful reviewer applies to the third-level indicators: is each one meaningful?

Codes: ``timeliness.not_time`` (a 时效 indicator that is a count, a rate of something
else, or the term of a contract), ``timeliness.vague`` (a 时效 value that is only 按时 /
及时, 提示), ``satisfaction.misplaced`` (a satisfaction outside 满意度指标),
``indicator.input_as_output`` (money paid out listed as an output under 数量 / 质量),
``indicator.name_is_value``, ``indicator.name_is_level2`` and
``indicator.name_is_project`` (a third level that says nothing of its own), and
``value.vague`` (提高, 较好, 优秀, 稳定 under 效益 / 质量, 满意 under 满意度, where a
number is expected, 提示).

Every judgement is made from the word tables at the top of this module; a false alarm
is worse than a miss, so each table errs on the side of silence.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from jxeditor.document.model import Indicator, NodePath
from jxeditor.document.values import ParsedValue
from jxeditor.rules.context import Context, Rule
from jxeditor.rules.problems import INFO, WARNING, Problem, say
from jxeditor.rules.value_rules import is_satisfaction_name

OUTPUT = "产出指标"
BENEFIT = "效益指标"
SATISFACTION_LEVEL1 = "满意度指标"
TIMELINESS = "时效指标"
QUANTITY = "数量指标"
QUALITY = "质量指标"

# -- 时效 ----------------------------------------------------------------------------------
# A unit containing one of these words measures time (``≤7个工作日``, ``≤2小时``).
TIME_UNIT_WORDS: tuple[str, ...] = ("日", "天", "月", "年", "周", "季度", "小时", "分钟", "时", "秒")
# Units of a count or an amount: a 时效 value in them is not about time.
NOT_TIME_UNITS: tuple[str, ...] = (
    "个", "项", "次", "件", "人", "人次", "户", "家", "台", "套", "篇", "场", "所", "辆", "份",
    "册", "本", "座", "处", "条", "种", "批", "元", "万元", "亿元", "平方米", "公里", "米", "吨", "亩",
)
# A 时效 name with one of these words is about time, whatever its unit (及时率, 按期完成率).
TIME_NAME_WORDS: tuple[str, ...] = (
    "时", "期", "限", "进度", "当年", "年内", "年度", "月", "季度", "按计划", "迟", "延", "日", "天",
)
# A count of these (迟付次数, 逾期件数) measures lateness: it is about time in any unit.
LATENESS_WORDS: tuple[str, ...] = ("迟", "延期", "延误", "延迟", "延付", "逾期", "超期", "超时", "误期")
# A duration of these is a term (of a contract, a warranty), not how soon the work is done.
TERM_WORDS: tuple[str, ...] = (
    "合同", "质保", "保修", "保质", "租期", "租赁期", "使用年限", "使用寿命", "有效期", "服务期", "寿命",
    "年限", "派遣期",
)
# A 时效 name with one of these measures how much was achieved, not when, in any unit.
NOT_TIME_NAME_WORDS: tuple[str, ...] = ("实现程度", "完成程度", "达成程度", "实现率", "达成率")
# 时效 values that say only "on time": a date or a duration would say when.
VAGUE_TIME_VALUES: frozenset[str] = frozenset({
    "及时", "按时", "按期", "准时", "如期", "及时完成", "按时完成", "按期完成", "如期完成",
    "准时完成", "及时到位", "按时到位", "按时拨付", "及时拨付", "按时支付", "及时支付",
})

# -- satisfaction --------------------------------------------------------------------------
# Names with 满意 that are not themselves a satisfaction (the survey is a count).
NOT_A_SATISFACTION: tuple[str, ...] = ("调查", "测评", "回访次数", "评价次数")

# -- inputs listed as outputs --------------------------------------------------------------
MONEY_UNITS: tuple[str, ...] = ("元", "万元", "亿元", "千元", "百万元")
# Names of money paid out or spent (an input of the project, not what it produces) ...
INPUT_WORDS: tuple[str, ...] = (
    "资金", "经费", "拨付", "支付", "支出", "付款", "金额", "费用", "补贴", "补助", "奖补",
    "扶持额", "额度", "预算", "投入",
)
# ... unless the amount is something brought about or avoided (带动社会投资, 滞纳金金额).
NOT_INPUT_WORDS: tuple[str, ...] = (
    "带动", "撬动", "吸引", "拉动", "引导", "节约", "节省", "收入", "税收", "融资", "贷款",
    "滞纳金", "罚款", "损失", "回收", "产值", "偿还", "还款", "还本", "付息",
)

# -- third levels that say nothing of their own --------------------------------------------
# Names that only restate their second level (及时性 under 时效指标). Satisfaction and
# cost groups are left out: ``服务对象满意度`` is accepted practice.
GENERIC_NAMES: dict[str, frozenset[str]] = {
    QUANTITY: frozenset({"数量", "数量指标"}),
    QUALITY: frozenset({"质量", "质量指标", "质量要求", "质量标准"}),
    TIMELINESS: frozenset({"时效", "时效性", "时效指标", "及时性", "及时", "时间", "时限"}),
    "经济效益指标": frozenset({"经济效益", "经济效益指标", "效益"}),
    "社会效益指标": frozenset({"社会效益", "社会效益指标", "效益"}),
    "生态效益指标": frozenset({"生态效益", "生态效益指标", "环境效益", "效益"}),
    "可持续影响指标": frozenset({"可持续影响", "可持续影响指标", "可持续性", "可持续"}),
}
PROJECT_SUFFIX = "项目"

# -- vague values --------------------------------------------------------------------------
# Values that give a direction or a grade but no measure, under 效益, 质量 or 满意度 (a
# number is expected there): the one list of unmeasurable values.
VAGUE_VALUES: frozenset[str] = frozenset({
    # a direction without how far
    "提高", "提升", "改善", "增强", "降低", "减少", "一般",
    "明显", "显著", "有所提高", "有所提升", "有所改善", "有所增强", "明显改善", "明显提高",
    "明显提升", "显著提高", "显著提升", "显著改善", "进一步提升", "进一步提高", "进一步改善",
    "逐步提高", "逐步提升", "逐步改善", "稳步提升", "稳步提高", "不断提高", "不断提升",
    "有效提升", "有效提高", "有效改善", "大幅提升", "大幅提高", "得到提升", "得到提高",
    "得到改善", "持续提升", "持续改善",
    "优化", "进一步优化", "持续优化", "不断优化", "逐步优化", "有所优化", "得到优化",
    # a grade without a standard
    "较好", "较高", "较强", "较大", "优秀", "良好", "优良", "优", "良", "好", "高", "很好", "较优",
    # a state without a measure
    "稳定", "正常", "保持稳定", "基本稳定", "总体稳定",
    # satisfaction in words
    "满意", "较满意", "比较满意", "基本满意", "非常满意", "满意度高", "满意度较高",
})


def _has_any(text: str, words: tuple[str, ...]) -> bool:
    return any(word in text for word in words)


@lru_cache(maxsize=32768)
def _compact(text: str) -> str:
    """``text`` without any white space (cached: names and values repeat across projects)."""
    return "".join(text.split())


def rule_timeliness(ctx: Context) -> Iterator[Problem]:
    for path, _l1, l2, ind, parsed in ctx.indicators:
        if l2 != TIMELINESS:
            continue
        if parsed.kind in ("quantitative", "range"):
            yield from _not_about_time(ctx, path, ind, parsed)
        elif parsed.kind == "qualitative" and parsed.normalized in VAGUE_TIME_VALUES:
            yield ctx.node_problem(
                "timeliness.vague", INFO, path,
                say("时效指标“{name}”的指标值只有“{value}”：宜写明具体时限，如“{year}年12月底前完成”或“≤30个工作日”。",
                    name=ind.name, value=ind.value, year=ctx.doc.year),
            )


def _not_about_time(ctx: Context, path: NodePath, ind: Indicator, parsed: ParsedValue) -> Iterator[Problem]:
    unit, name = parsed.unit, ind.name
    if _has_any(name, NOT_TIME_NAME_WORDS):
        yield ctx.node_problem(
            "timeliness.not_time", WARNING, path,
            say("时效指标“{name}”衡量的是完成多少，不是何时完成：请移到质量指标，时效指标写明完成时限（如“{year}年12月底前”）。",
                name=name, year=ctx.doc.year),
        )
    elif _has_any(unit, TIME_UNIT_WORDS):
        if _has_any(name, TERM_WORDS):
            yield ctx.node_problem(
                "timeliness.not_time", WARNING, path,
                say("时效指标“{name}”（{value}）是合同、质保等的期限，不是完成时效：时效指标应写明何时完成（如“{year}年12月底前”），该指标可移到质量指标。",
                    name=name, value=ind.value, year=ctx.doc.year),
            )
    elif unit in NOT_TIME_UNITS and not _has_any(name, LATENESS_WORDS):
        yield ctx.node_problem(
            "timeliness.not_time", WARNING, path,
            say("时效指标“{name}”的指标值“{value}”是数量，不是时间：时效指标应写明完成时限（如“≤30个工作日”），数量请移到数量指标。",
                name=name, value=ind.value),
        )
    elif unit == "%" and not _has_any(name, TIME_NAME_WORDS):
        yield ctx.node_problem(
            "timeliness.not_time", WARNING, path,
            say("时效指标“{name}”是与时间无关的比率：时效指标应考核完成时限或及时程度（如“按时完成率”、“≤30个工作日”），该指标可移到质量指标。", name=name),
        )


def rule_satisfaction_placement(ctx: Context) -> Iterator[Problem]:
    for path, l1, _l2, ind, _parsed in ctx.indicators:
        if (
            l1 != SATISFACTION_LEVEL1
            and is_satisfaction_name(ind.name)
            and not _has_any(ind.name, NOT_A_SATISFACTION)
        ):
            level2 = ctx.project.indicators[path[0]].children[path[1]].name
            yield ctx.node_problem(
                "satisfaction.misplaced", WARNING, path,
                say("“{name}”是满意度指标，应放在一级指标“满意度指标”的“服务对象满意度指标”下，不应放在“{level2}”下：请移过去。",
                    name=ind.name, level2=level2),
            )


def rule_inputs_as_outputs(ctx: Context) -> Iterator[Problem]:
    for path, l1, l2, ind, parsed in ctx.indicators:
        if (
            l1 == OUTPUT and l2 in (QUANTITY, QUALITY)
            and parsed.kind in ("quantitative", "range")
            and parsed.unit in MONEY_UNITS and parsed.number
            and _has_any(ind.name, INPUT_WORDS) and not _has_any(ind.name, NOT_INPUT_WORDS)
        ):
            yield ctx.node_problem(
                "indicator.input_as_output", WARNING, path,
                say("“{name}”（{value}）是投入的资金，不是产出：{l2}应写明用这些钱做成了什么（如“扶持企业数量 ≥100家”、“按时拨付率 =100%”），资金数额已在资金投入中填写。",
                    name=ind.name, value=ind.value, l2=l2),
            )


def rule_meaningless_names(ctx: Context) -> Iterator[Problem]:
    project = _compact(ctx.project.name).removesuffix(PROJECT_SUFFIX)
    for path, _l1, l2, ind, _parsed in ctx.indicators:
        name = _compact(ind.name)
        if not name:
            continue
        if name == _compact(ind.value):
            yield ctx.node_problem(
                "indicator.name_is_value", WARNING, path,
                say("三级指标“{name}”与其指标值相同，没有说明考核什么：名称写考核的内容（如“项目完成时间”），指标值写目标（如“{year}年12月底前”）。",
                    name=ind.name, year=ctx.doc.year),
            )
        if name in GENERIC_NAMES.get(l2, ()):
            yield ctx.node_problem(
                "indicator.name_is_level2", WARNING, path,
                say("三级指标“{name}”只是重复了二级指标“{l2}”，没有说明考核什么：请写明具体内容（如“改造面积”、“项目完成时间”）。",
                    name=ind.name, l2=l2),
            )
        if project and name.removesuffix(PROJECT_SUFFIX) == project:
            yield ctx.node_problem(
                "indicator.name_is_project", WARNING, path,
                say("三级指标“{name}”只是重复了项目名称，没有说明考核什么：请写明具体的产出或效果（如“完成改造面积”、“验收合格率”）。", name=ind.name),
            )


def rule_vague_values(ctx: Context) -> Iterator[Problem]:
    for path, l1, l2, ind, parsed in ctx.indicators:
        if parsed.kind != "qualitative" or _compact(parsed.normalized) not in VAGUE_VALUES:
            continue
        if l1 == SATISFACTION_LEVEL1:
            yield ctx.node_problem(
                "value.vague", INFO, path,
                say("满意度指标“{name}”的指标值“{value}”没有数值，无法考核：满意度应写成百分比，如“≥90%”。",
                    name=ind.name, value=ind.value),
            )
        elif l1 == BENEFIT or l2 == QUALITY:
            yield ctx.node_problem(
                "value.vague", INFO, path,
                say("指标值“{value}”没有可衡量的标准：{n1}指标宜写成可考核的目标，如“≥90%”、“较上年提高5%”或“≥10项”。",
                    value=ind.value, n1="效益" if l1 == BENEFIT else "质量"),
            )


RULES: tuple[Rule, ...] = (
    rule_timeliness,
    rule_satisfaction_placement,
    rule_inputs_as_outputs,
    rule_meaningless_names,
    rule_vague_values,
)
CODES: tuple[str, ...] = (
    "timeliness.not_time",
    "timeliness.vague",
    "satisfaction.misplaced",
    "indicator.input_as_output",
    "indicator.name_is_value",
    "indicator.name_is_level2",
    "indicator.name_is_project",
    "value.vague",
)
