"""Rules that hold the 年度目标 against the indicators: the numbers of the goal are the
targets the indicators measure.

Codes: ``goal.contradicts_indicator`` (警告: the goal promises ``培训1200人次`` and the one
indicator counted in 人次 asks ``≥800人次``; the fix writes the goal's number into the
value) and ``goal.unmeasured`` (提示: the goal promises ``路灯300盏`` and no indicator is
counted in 盏 nor named after 路灯; never for a generic counter such as 个 or 项).

Only counts and measures are read (the units of :data:`GOAL_UNITS`, compared as the
scoring compares them: 件 is 个, 名 is 人): never money, percentages, dates or durations,
which goals name for other reasons (the budget, a baseline, a deadline). A goal number is
paired with an indicator only when no doubt is left: the only one in its unit whose name
shares a word with the goal's words before the number (培训 in 培训1200人次 and 培训人次),
and one goal number per unit (two are a list the indicators may sum up). A false alarm
is worse than a miss.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from jxeditor.document.model import NodePath
from jxeditor.document.values import ParsedValue
from jxeditor.rules.context import Context, Rule
from jxeditor.rules.problems import INFO, WARNING, Problem, fix, say
from jxeditor.scoring.units import canonical_unit

# Units of a count or a measure that a goal promises (longest first, so that 人次 is not 人).
GOAL_UNITS: tuple[str, ...] = (
    "平方公里", "平方米", "立方米", "人次", "公里", "千米", "米", "吨", "亩", "盏", "个", "人",
    "户", "家", "台", "套", "场", "次", "项", "所", "辆", "份", "册", "座", "处", "条", "篇",
    "批", "株", "棵", "间", "张", "件", "期", "名", "位", "课时", "学时",
)
# Generic counters a goal also uses for what is no output (3个方面, 2项要求): a number in
# them is held against an indicator, never reported as unmeasured.
GENERIC_COUNTERS: frozenset[str] = frozenset({"个", "项", "次", "期", "批", "件", "条"})
_MULTIPLIERS: dict[str, Decimal] = {"万": Decimal(10000), "千": Decimal(1000), "百": Decimal(100)}
_UNIT_ALTERNATIVES = "|".join(GOAL_UNITS)
_CANONICAL_GOAL_UNITS = frozenset(canonical_unit(u) for u in GOAL_UNITS)
_QUANTITY_RE = re.compile(
    rf"(?<![\d.第])(\d+(?:\.\d+)?)\s*([万千百]?)\s*({_UNIT_ALTERNATIVES})"
    r"(?!\s*(?:月|工作日|小时|年|日|天|周|以上|以下|以内|左右|多))"
)
# How many characters before the number name what is counted (培训 in 培训1200人次).
CONTEXT = 8
_CHINESE = re.compile(r"[\u4e00-\u9fff]+")


class GoalQuantity(NamedTuple):
    """A number the goal promises: the text as written (with up to four words before
    it), its value and unit, the words before it."""

    text: str
    number: Decimal
    unit: str
    context: str


@lru_cache(maxsize=4096)
def goal_quantities(goal: str) -> tuple[GoalQuantity, ...]:
    """The counts and measures ``goal`` promises (``培训1200人次`` → 1200 人次)."""
    found: list[GoalQuantity] = []
    for match in _QUANTITY_RE.finditer(goal):
        number = Decimal(match[1]) * _MULTIPLIERS.get(match[2], Decimal(1))
        before = goal[max(0, match.start() - CONTEXT):match.start()]
        words = _CHINESE.findall(re.split(r"[，,；;。、：:]", before)[-1])
        context = "".join(words)
        text = context[-4:] + goal[match.start():match.end()]
        found.append(GoalQuantity(text, number, canonical_unit(match[3]), context))
    return tuple(found)


class Measure(NamedTuple):
    """An indicator's target as the goal's numbers are read: the unit without a
    multiplier or a per-part (``万人次`` → 人次, ``吨/日`` → 吨), the multiplier, and the
    low and high numbers in that unit."""

    unit: str
    factor: Decimal
    low: Decimal | None
    high: Decimal | None


def _measure(parsed: ParsedValue) -> Measure:
    unit = parsed.unit.split("/")[0].strip()
    factor = Decimal(1)
    if unit[:1] in _MULTIPLIERS and canonical_unit(unit[1:]) in _CANONICAL_GOAL_UNITS:
        factor, unit = _MULTIPLIERS[unit[:1]], unit[1:]
    unit = canonical_unit(unit)
    low = parsed.number * factor if parsed.number is not None else None
    high = parsed.high * factor if parsed.high is not None else low
    return Measure(unit, factor, low, high)


def _shares_a_word(context: str, name: str) -> bool:
    return any(context[i:i + 2] in name for i in range(len(context) - 1))


def _agrees(number: Decimal, m: Measure) -> bool:
    return m.low is not None and m.high is not None and m.low <= number <= m.high


Candidate = tuple[NodePath, str, str, ParsedValue, Measure]


def rule_goal_against_indicators(ctx: Context) -> Iterator[Problem]:
    goal = ctx.project.goals.annual
    quantities = goal_quantities(goal) if goal else ()
    if not quantities:
        return
    by_unit: dict[str, list[Candidate]] = {}
    names: list[str] = []
    for path, _l1, _l2, ind, parsed in ctx.indicators:
        names.append(ind.name)
        if parsed.kind in ("quantitative", "range"):
            m = _measure(parsed)
            by_unit.setdefault(m.unit, []).append((path, ind.name, ind.value, parsed, m))
    per_unit: dict[str, int] = {}
    for q in quantities:
        per_unit[q.unit] = per_unit.get(q.unit, 0) + 1
    for q in quantities:
        candidates = by_unit.get(q.unit, [])
        if not candidates:
            if q.unit not in GENERIC_COUNTERS and not any(
                _shares_a_word(q.context, name) for name in names
            ):
                yield ctx.field_problem(
                    "goal.unmeasured", INFO, "goals.annual",
                    say("年度目标中的“{goal}”没有绩效指标衡量：请在产出指标中添加对应的三级指标（如“{context}数量 ≥{number}{unit}”），或删去目标中的这一数字。",
                        goal=q.text, context=q.context[-4:], number=f"{q.number.normalize():f}", unit=q.unit),
                )
            continue
        if per_unit[q.unit] > 1 or any(_agrees(q.number, c[4]) for c in candidates):
            continue
        candidates = [c for c in candidates if _shares_a_word(q.context, c[1])]
        if len(candidates) != 1:
            continue
        path, name, value, parsed, m = candidates[0]
        fixed = f"{parsed.comparator}{(q.number / m.factor).normalize():f}{parsed.unit}"
        yield ctx.node_problem(
            "goal.contradicts_indicator", WARNING, path,
            say("年度目标写的是“{goal}”，指标“{name}”却是“{value}”：目标与指标应一致，请改为“{fixed}”，或改正年度目标。",
                goal=q.text, name=name, value=value, fixed=fixed),
            fix(say("改为“{fixed}”", fixed=fixed), fixed),
        )


RULES: tuple[Rule, ...] = (rule_goal_against_indicators,)
CODES: tuple[str, ...] = ("goal.contradicts_indicator", "goal.unmeasured")
