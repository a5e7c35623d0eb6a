"""What a bureau's reviewer checks in the 自评 and the 运行监控 beyond the scores
(``docs/year-cycle.md`` §3.6, §4; issue 31.6).

In the 自评:

- ``evaluation.score_over_points`` (错误): a 得分 typed above its 分值 (it would count
  more than the indicator is worth);
- ``evaluation.actual_negative`` (错误): a negative 实际完成值;
- ``evaluation.far_above`` (警告): an actual more than 20% above a ``≥`` / ``>`` target
  without a 偏差原因: the reason is asked for, and the target was set too low (目标偏低,
  which next year's table reports again as ``history.target_low``).

In the 运行监控:

- ``monitoring.execution_behind`` (警告): the 1–7月 execution rate (执行数 / 全年预算数) below
  what the table's own 资金支出计划 planned by then (6月底 for a 截至日期 in July or
  later, 10月底 from the end of October); (提示) without a plan, below the time elapsed
  (7/12 at the end of July).

Scores, verdicts and units are :mod:`~jxeditor.rules.stage_rules`' business.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

from jxeditor.document.stages import EVALUATION, MONITORING
from jxeditor.document.values import parse_value
from jxeditor.rules.context import Context, Rule
from jxeditor.rules.problems import ERROR, INFO, WARNING, Problem, Text, say
from jxeditor.scoring.numbers import text
from jxeditor.scoring.points import allocate
from jxeditor.scoring.units import same_unit

# How far above a lower-bound target an actual may go before the target looks too low.
FAR_ABOVE = Decimal("1.2")
LOWER_BOUNDS: tuple[str, ...] = ("≥", ">")
HUNDRED = Decimal(100)
# The months of the spending plan by their end (cumulative %), and the default 截至日期.
PLAN_MONTHS: tuple[tuple[int, str], ...] = ((10, "10"), (6, "06"), (3, "03"))
DEFAULT_AS_OF_MONTH = 7
LOCATION = "运行监控 / 1–7月执行数"


def rule_evaluation_review(ctx: Context) -> Iterator[Problem]:
    if ctx.doc.stage != EVALUATION:
        return
    points = allocate(ctx.project, ctx.fw).points
    for n, (path, _l1, _l2, ind, target) in enumerate(ctx.indicators):
        ev = ind.evaluation
        if ev is None:
            continue
        worth = ev.points if isinstance(ev.points, Decimal) else points[n]
        if isinstance(ev.score, Decimal) and ev.score > worth:
            yield ctx.node_problem(
                "evaluation.score_over_points", ERROR, path,
                say("得分 {score} 超过了分值 {points}：得分不能高于分值，请改为不超过 {points} 的分数。",
                    score=text(ev.score), points=text(worth)),
            )
        actual = parse_value(ev.actual) if ev.actual.strip() else None
        if actual is None or actual.kind != "quantitative" or actual.number is None:
            continue
        if actual.number < 0:
            yield ctx.node_problem(
                "evaluation.actual_negative", ERROR, path,
                say("实际完成值“{actual}”是负数：完成值不能小于 0，请核对。", actual=ev.actual),
            )
        elif (
            target.kind == "quantitative" and target.comparator in LOWER_BOUNDS
            and target.number is not None and target.number > 0
            and same_unit(target.unit, actual.unit)
            and actual.number > target.number * FAR_ABOVE and not ev.deviation.strip()
        ):
            over = (actual.number / target.number - 1) * HUNDRED
            yield ctx.node_problem(
                "evaluation.far_above", WARNING, path,
                say("实际完成值“{actual}”超出年度指标值“{value}”{over}%：超出 20% 以上须在偏差原因中说明；目标偏低，下一年度宜提高到接近实际完成值。",
                    actual=ev.actual, value=ind.value, over=text(over.quantize(Decimal(1)))),
            )


def _as_of_month(as_of: object) -> int:
    if isinstance(as_of, date):
        return as_of.month
    return DEFAULT_AS_OF_MONTH


def rule_execution_pace(ctx: Context) -> Iterator[Problem]:
    monitoring = ctx.project.monitoring
    if ctx.doc.stage != MONITORING or monitoring is None:
        return
    budget, executed = monitoring.budget, monitoring.executed
    if not isinstance(budget, Decimal) or not isinstance(executed, Decimal) or budget <= 0:
        return
    rate = executed / budget * HUNDRED
    month = _as_of_month(monitoring.as_of)
    plan = next(((m, key) for m, key in PLAN_MONTHS if m <= month), None)
    planned = ctx.project.spending_plan.get(plan[1]) if plan is not None else None
    if plan is not None and isinstance(planned, Decimal):
        if rate < planned:
            yield _execution_problem(ctx, WARNING, say(
                "截至{month}月执行率 {rate}%，低于本表资金支出计划{plan}月底应达到的 {planned}%：请说明原因并加快支出。",
                month=month, rate=text(rate.quantize(Decimal("0.1"))), plan=plan[0],
                planned=text(planned)))
        return
    elapsed = Decimal(month) / 12 * HUNDRED
    if rate < elapsed:
        yield _execution_problem(ctx, INFO, say(
            "截至{month}月执行率 {rate}%，低于时间进度 {elapsed}%（{month}/12）：请说明支出进度慢的原因。",
            month=month, rate=text(rate.quantize(Decimal("0.1"))),
            elapsed=text(elapsed.quantize(Decimal("0.1")))))


def _execution_problem(ctx: Context, severity: str, message: Text) -> Problem:
    return Problem(
        code="monitoring.execution_behind", severity=severity, project=ctx.project,
        project_name=ctx.project.name, field="monitoring.executed", location=LOCATION,
        message=str(message), text=message,
    )


RULES: tuple[Rule, ...] = (rule_evaluation_review, rule_execution_pace)
CODES: tuple[str, ...] = (
    "evaluation.score_over_points",
    "evaluation.actual_negative",
    "evaluation.far_above",
    "monitoring.execution_behind",
)
