"""Rules of the later stages: the 运行监控 and the 自评 (``docs/year-cycle.md`` §3.6, §4).

They fire only in their stage (the document's ``stage``). In the 自评 the project is
scored once (:func:`jxeditor.scoring.project.score_project`, by the document's rule
set) and the problems read the result:

- ``evaluation.actual_missing`` (错误): an indicator without 实际完成值;
- ``evaluation.actual_unreadable`` (错误): an actual that is not a number (quantitative
  target), not one of the three verdicts (qualitative target), or neither a date nor a
  verdict (a deadline such as ``2026年6月底前``);
- ``evaluation.unit_mismatch`` (警告): an actual in another unit than its target, not scored;
- ``evaluation.deviation_missing`` (错误): below full points without 偏差原因分析及改进措施;
- ``evaluation.score_out_of_band`` (错误): a qualitative score outside its verdict's band
  (the entered score still counts);
- ``evaluation.points_invalid`` (错误): a 分值 or 得分 that is not a non-negative number;
- ``evaluation.score_formula`` (错误): a 分值 or 得分 that a workbook's cell gave as a
  formula (with its result or without; :func:`~jxeditor.document.stages.formula_score`):
  named by sheet and cell, never counted (a 分值: the even share is);
- ``evaluation.points_sum`` (警告): the 分值 of a first level (产出 with 成本) not adding up;
- ``evaluation.execution_over_100`` (警告): 全年执行数 above 全年预算数;
- ``evaluation.not_a_number`` (错误): an amount of the funds block that is not a number
  (it would count as nothing in 执行率 and its score).

In the 运行监控:

- ``monitoring.reason_missing`` (错误): 完成目标可能性 not 确定能 without a 全年预计完成值
  and at least one 偏差原因;
- ``monitoring.contradiction`` (警告): 确定能, but the forecast misses the target;
- ``monitoring.not_a_number`` (错误): 全年预算数, 1–7月执行数 or 全年预计执行数 not a number.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from jxeditor.document.fields import AMOUNT, stage_block_fields
from jxeditor.document.model import Indicator
from jxeditor.document.stage_edits import stage_field
from jxeditor.document.stages import (
    CERTAIN,
    EVALUATION,
    MONITORING,
    STAGE_LABELS,
    score_formula,
)
from jxeditor.document.values import parse_value
from jxeditor.rules.context import Context, Rule
from jxeditor.rules.problems import ERROR, WARNING, Problem, say
from jxeditor.scoring.dates import deadline
from jxeditor.scoring.numbers import bounded, text
from jxeditor.scoring.project import BAD_ACTUAL, NO_ACTUAL, UNIT_MISMATCH, score_project
from jxeditor.scoring.qualitative import ACHIEVED, VERDICTS, verdict
from jxeditor.scoring.rulesets import meets
from jxeditor.scoring.units import same_unit

_VERDICT_LIST = "、".join(f"“{v.text}”（或“{v.short}”）" for v in VERDICTS)


def _leaf(ctx: Context, path: tuple[int, ...]) -> Indicator:
    i, j, k = path
    return ctx.project.indicators[i].children[j].children[k]


def _user_number_problem(ctx: Context, path: tuple[int, ...], label: str,
                         value: object) -> Iterator[Problem]:
    if value is None:
        return
    formula = score_formula(value)
    if formula is not None:
        formula_text, sheet, cell = formula
        if label == "分值":
            message = say("{label}是工作表“{sheet}”单元格 {cell} 中的公式“{formula}”，公式的结果不作为分值（按一级指标的分值平均分配）：请填写分值的数字，或留空由程序平均分配",
                          label=label, formula=formula_text, sheet=sheet, cell=cell)
        else:
            message = say("{label}是工作表“{sheet}”单元格 {cell} 中的公式“{formula}”，公式的结果不作为自评得分（总分按程序计算的得分）：请填写得分的数字，或留空由程序计算",
                          label=label, formula=formula_text, sheet=sheet, cell=cell)
        yield ctx.node_problem("evaluation.score_formula", ERROR, path, message)
    elif not isinstance(value, Decimal) or not bounded(value) or value < 0:
        yield ctx.node_problem(
            "evaluation.points_invalid", ERROR, path,
            say("{label}“{value}”不是有效的分数：请填写不小于 0 的数字，或留空由程序计算", label=label, value=value),
        )


def check_evaluation(ctx: Context) -> Iterator[Problem]:
    """Every problem of a project in the 自评 stage (one scoring, read by all)."""
    if ctx.doc.stage != EVALUATION:
        return
    result = score_project(ctx.project, ctx.doc.scoring, ctx.fw)
    for s in result.indicators:
        ind = _leaf(ctx, s.path)
        ev = ind.evaluation
        if ev is not None:
            yield from _user_number_problem(ctx, s.path, "分值", ev.points)
            yield from _user_number_problem(ctx, s.path, "得分", ev.score)
        if s.status == NO_ACTUAL:
            yield ctx.node_problem(
                "evaluation.actual_missing", ERROR, s.path,
                say("自评阶段每个三级指标都要填写实际完成值"),
            )
        elif s.status == BAD_ACTUAL:
            actual = ev.actual if ev is not None else ""
            if deadline(ind.value) is not None:
                message = say("实际完成值“{actual}”不是完成日期：请填写完成的日期，如“{year}年5月底”，或 {verdicts} 之一",
                              actual=actual, year=ctx.doc.year, verdicts=_VERDICT_LIST)
            elif parse_value(ind.value).kind == "qualitative":
                message = say("定性指标的实际完成值“{actual}”应为 {verdicts} 之一",
                              actual=actual, verdicts=_VERDICT_LIST)
            else:
                message = say("实际完成值“{actual}”不是数值：请填写完成的数和单位，如“520人次”",
                              actual=actual)
            yield ctx.node_problem("evaluation.actual_unreadable", ERROR, s.path, message)
        elif s.status == UNIT_MISMATCH:
            yield ctx.node_problem(
                "evaluation.unit_mismatch", WARNING, s.path,
                say("实际完成值的单位“{actual_unit}”与年度指标值的单位“{target_unit}”不同，无法计分：请换算成同一单位",
                    actual_unit=s.actual_unit, target_unit=s.target_unit),
            )
        if s.below_full and ev is not None and not ev.deviation.strip():
            yield ctx.node_problem(
                "evaluation.deviation_missing", ERROR, s.path,
                say("得分 {n} 低于分值 {n1}：请填写偏差原因分析及改进措施", n=text(s.counted), n1=text(s.points)),
            )
        if s.verdict is not None and s.score is not None and s.score_by_user and not (
            s.verdict.in_band(s.score, s.points)
        ):
            yield ctx.node_problem(
                "evaluation.score_out_of_band", ERROR, s.path,
                say("“{text}”的得分应在 {n1} 之间，填写的是 {n2}（仍按填写的分数计入总分）",
                    text=s.verdict.text, n1=s.verdict.band_text(s.points), n2=text(s.score)),
            )
    for g in result.groups:
        if not g.adds_up and g.level1:
            yield ctx.node_problem(
                "evaluation.points_sum", WARNING, (g.level1[0],),
                say("{group}指标的分值合计 {n1}，应为 {n2}：请调整分值",
                    group=g.group, n1=text(g.actual), n2=text(g.expected)),
            )
    ex = result.execution
    if ex.rate is not None and ex.executed is not None and ex.budget is not None and (
        ex.executed > ex.budget
    ):
        over = say("全年执行数 {executed} 超过全年预算数 {budget}（执行率 {rate}%）：请核对",
                   executed=text(ex.executed), budget=text(ex.budget), rate=text(ex.rate * 100))
        yield Problem(
            code="evaluation.execution_over_100", severity=WARNING, project=ctx.project,
            project_name=ctx.project.name, field="evaluation.executed.total",
            location="自评 / 全年执行数",
            message=str(over), text=over,
        )


def check_monitoring(ctx: Context) -> Iterator[Problem]:
    """The 运行监控 stage: a possibility without its reasons, or contradicted."""
    if ctx.doc.stage != MONITORING:
        return
    for path, _l1, _l2, ind, target in ctx.indicators:
        m = ind.monitoring
        if m is None or not m.possibility:
            continue
        if m.possibility != CERTAIN:
            if not m.forecast.strip() or not m.causes:
                missing = "、".join(
                    name for name, empty in (("全年预计完成值", not m.forecast.strip()),
                                             ("偏差原因", not m.causes)) if empty
                )
                yield ctx.node_problem(
                    "monitoring.reason_missing", ERROR, path,
                    say("完成目标可能性为“{possibility}”，须填写{missing}",
                        possibility=m.possibility, missing=missing),
                )
            continue
        if not m.forecast.strip():
            continue
        if target.kind == "qualitative":
            found = verdict(m.forecast)
            misses = found is not None and found is not ACHIEVED
        elif target.kind in ("quantitative", "range") and target.number is not None:
            forecast = parse_value(m.forecast)
            misses = (
                forecast.kind == "quantitative" and forecast.number is not None
                and same_unit(target.unit, forecast.unit)
                and not meets(target, forecast.number)
            )
        else:
            misses = False
        if misses:
            yield ctx.node_problem(
                "monitoring.contradiction", WARNING, path,
                say("完成目标可能性为“确定能”，但全年预计完成值“{forecast}”达不到年度指标值“{value}”：请核对预计值或可能性",
                    forecast=m.forecast, value=ind.value),
            )


def check_stage_amounts(ctx: Context) -> Iterator[Problem]:
    """An amount of the project's 自评 or 运行监控 block that is not a number."""
    stage = ctx.doc.stage
    for spec in stage_block_fields(stage):
        field, label = spec.path, spec.label
        value = stage_field(ctx.project, field) if spec.kind == AMOUNT else None
        if isinstance(value, str) and value.strip():
            message = say("{where}“{value}”不是数字：请只填写以万元为单位的数字，如 1443.08。",
                          where=label, value=value)
            yield Problem(
                code=f"{stage}.not_a_number", severity=ERROR, project=ctx.project,
                project_name=ctx.project.name, field=field,
                location=f"{STAGE_LABELS[stage]} / {label}", message=str(message), text=message,
            )


RULES: tuple[Rule, ...] = (check_evaluation, check_monitoring, check_stage_amounts)
CODES: tuple[str, ...] = (
    "evaluation.actual_missing",
    "evaluation.actual_unreadable",
    "evaluation.unit_mismatch",
    "evaluation.deviation_missing",
    "evaluation.score_out_of_band",
    "evaluation.points_invalid",
    "evaluation.score_formula",
    "evaluation.points_sum",
    "evaluation.execution_over_100",
    "evaluation.not_a_number",
    "monitoring.reason_missing",
    "monitoring.contradiction",
    "monitoring.not_a_number",
)
