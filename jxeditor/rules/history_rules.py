"""Rules that read an indicator's history (``docs/year-cycle.md`` §6.1).

They compare the new target with the latest year before the document's
(:func:`~jxeditor.document.model.previous_year`), in the target stage only (later the
target is approved and fixed), when both are numbers in the same unit:

- ``history.target_low`` (警告): last year's actual beat the new target by more than 20%
  (a 正向 target ``≥T``, ``>T`` or ``T``: actual > 1.2 × T; a 反向 one ``≤T``, ``<T``:
  actual < 0.8 × T). The fix proposes the actual, with the target's comparator.
- ``history.target_lowered`` (提示): the new target asks less than last year's target
  (lower for a 正向 target, higher for a 反向 one).

Targets ``=T``, ranges, qualitative and placeholder values are not compared.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from jxeditor.document.model import previous_year
from jxeditor.document.stages import TARGETS
from jxeditor.document.values import ParsedValue, parse_value
from jxeditor.rules.context import Context, Rule
from jxeditor.rules.problems import INFO, WARNING, Problem, fix, say
from jxeditor.scoring.numbers import round2, text
from jxeditor.scoring.units import same_unit

MARGIN = Decimal("0.2")
UPWARD = ("≥", ">", "")
DOWNWARD = ("≤", "<")


def _number(value: ParsedValue) -> Decimal | None:
    if value.kind != "quantitative" or value.number is None:
        return None
    return value.number


def _direction(target: ParsedValue) -> int:
    """1 for a 正向 target (more is better), -1 for a 反向 one, 0 otherwise."""
    if target.comparator in UPWARD:
        return 1
    return -1 if target.comparator in DOWNWARD else 0


def check_history(ctx: Context) -> Iterator[Problem]:
    """目标偏低？ and a target lowered since last year."""
    if ctx.doc.stage != TARGETS:
        return
    for path, _l1, _l2, ind, target in ctx.indicators:
        if not ind.history:
            continue
        past = previous_year(ind, ctx.doc.year)
        t = _number(target)
        direction = _direction(target)
        if past is None or t is None or t <= 0 or direction == 0:
            continue
        actual = parse_value(past.actual)
        a = _number(actual)
        if a is not None and same_unit(target.unit, actual.unit) and (
            a > t * (1 + MARGIN) if direction > 0 else a < t * (1 - MARGIN)
        ):
            unit = target.unit or actual.unit
            proposal = f"{target.comparator}{text(a)}{unit}"
            share = text(round2(abs(a - t) * 100 / t))
            yield ctx.node_problem(
                "history.target_low", WARNING, path,
                say("目标偏低？上年实际完成 {n}，比年度指标值“{n1}”{n2}出 {share}%：可考虑以上年实际为目标",
                    n=past.actual.strip(), n1=ind.value.strip(), n2='高' if direction > 0 else '低', share=share),
                fix(say("以上年实际完成值“{proposal}”为目标", proposal=proposal), proposal),
            )
            continue
        before = parse_value(past.target)
        b = _number(before)
        if b is None or _direction(before) != direction or not same_unit(target.unit, before.unit):
            continue
        if (t < b) if direction > 0 else (t > b):
            yield ctx.node_problem(
                "history.target_lowered", INFO, path,
                say("年度指标值“{n}”比上年的“{n1}”{n2}：目标降低时请在指标值确定依据中说明原因",
                    n=ind.value.strip(), n1=past.target.strip(), n2='低' if direction > 0 else '宽松'),
            )


RULES: tuple[Rule, ...] = (check_history,)
CODES: tuple[str, ...] = ("history.target_low", "history.target_lowered")
