"""Rules on money: the funding block (amounts in 万元) and the spending plan (cumulative %).

Codes: ``funding.not_a_number``, ``funding.negative``, ``funding.precision`` (each
amount alone), ``funding.missing_total``, ``funding.sum_mismatch``,
``funding.annual_exceeds_period``, ``funding.other_copies_fiscal`` (the amounts
together), and
``spending_plan.not_monotonic``, ``spending_plan.final_not_100``,
``spending_plan.out_of_range``.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import TypeGuard

from jxeditor.document.amounts import Amount, format_amount
from jxeditor.document.fields import MONTHS
from jxeditor.document.model import FundingColumn
from jxeditor.rules.context import Context, Rule
from jxeditor.rules.problems import ERROR, INFO, WARNING, Problem, fix, say

HUNDRED = Decimal(100)
MAX_DECIMALS = 4  # 万元 to 4 decimals is exact to the yuan
PRECISION = Decimal("0.0001")

# The funding columns and their parts, with the names the messages use.
COLUMNS: tuple[tuple[str, str], ...] = (("period", "实施期金额"), ("annual", "年度金额"))
PARTS: tuple[tuple[str, str], ...] = (("total", "合计"), ("fiscal", "财政拨款"), ("other", "其他资金"))


def _column(ctx: Context, name: str) -> FundingColumn:
    column: FundingColumn = getattr(ctx.project.funding, name)
    return column


def _decimals(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def _all_numbers(amounts: tuple[Amount, ...]) -> TypeGuard[tuple[Decimal | None, ...]]:
    return all(v is None or isinstance(v, Decimal) for v in amounts)


def rule_funding_values(ctx: Context) -> Iterator[Problem]:
    for col, col_label in COLUMNS:
        column = _column(ctx, col)
        for part, part_label in PARTS:
            value = getattr(column, part)
            field = f"funding.{col}.{part}"
            where = f"{col_label}（{part_label}）"
            if isinstance(value, str):
                yield ctx.field_problem(
                    "funding.not_a_number", ERROR, field,
                    say("{where}“{value}”不是数字：请只填写以万元为单位的数字，如 1443.08。", where=where, value=value),
                )
            elif isinstance(value, Decimal):
                if value < 0:
                    yield ctx.field_problem(
                        "funding.negative", ERROR, field,
                        say("{where}为负数（{n1}）：金额不能小于 0。", where=where, n1=format_amount(value)),
                    )
                decimals = _decimals(value)
                if decimals > MAX_DECIMALS:
                    rounded = format_amount(value.quantize(PRECISION))
                    yield ctx.field_problem(
                        "funding.precision", WARNING, field,
                        say("{where}有 {decimals} 位小数：以万元为单位最多 4 位小数（精确到元）。",
                            where=where, decimals=decimals),
                        fix(say("改为 {rounded}", rounded=rounded), rounded),
                    )


def rule_funding_sums(ctx: Context) -> Iterator[Problem]:
    for col, col_label in COLUMNS:
        column = _column(ctx, col)
        total, fiscal, other = column.total, column.fiscal, column.other
        if total is None:
            if fiscal is not None or other is not None:
                parts_given = (fiscal, other)
                remedy = None
                if _all_numbers(parts_given):  # the total the parts make
                    made = format_amount(sum((p or Decimal(0) for p in parts_given), Decimal(0)))
                    remedy = fix(say("填写合计 {n}（财政拨款 + 其他资金）", n=made), made)
                yield ctx.field_problem(
                    "funding.missing_total", ERROR, f"funding.{col}.total",
                    say("{col_label}填写了财政拨款或其他资金，但没有填写合计：请填写{col_label}合计。", col_label=col_label),
                    remedy,
                )
            continue
        if fiscal is None and other is None:
            continue  # only the total is given (Layout C): nothing to add up
        amounts = (total, fiscal, other)
        if not _all_numbers(amounts):
            continue  # an unreadable amount is reported as not_a_number, not summed
        total, fiscal, other = amounts
        parts = (fiscal or Decimal(0)) + (other or Decimal(0))
        if total != parts:
            yield ctx.field_problem(
                "funding.sum_mismatch", ERROR, f"funding.{col}.total",
                say("{col_label}合计 {n1} 不等于财政拨款 {n2} 与其他资金 {n3} 之和 {n4}：请核对金额。",
                    col_label=col_label, n1=format_amount(total), n2=format_amount(fiscal) or '0', n3=format_amount(other) or '0', n4=format_amount(parts)),
            )
    period_total, annual_total = ctx.project.funding.period.total, ctx.project.funding.annual.total
    if (
        isinstance(period_total, Decimal)
        and isinstance(annual_total, Decimal)
        and annual_total > period_total
    ):
        yield ctx.field_problem(
            "funding.annual_exceeds_period", ERROR, "funding.annual.total",
            say("年度金额 {n} 大于实施期金额 {n1}：年度金额是实施期金额的一部分，不能更大。",
                n=format_amount(annual_total), n1=format_amount(period_total)),
        )


def rule_other_copies_fiscal(ctx: Context) -> Iterator[Problem]:
    """其他资金 equal to 财政拨款 and the total their double: a copy into the wrong cell?"""
    for (col, col_label), (_other_col, other_label) in zip(COLUMNS, reversed(COLUMNS), strict=True):
        column = _column(ctx, col)
        fiscal, other, total = column.fiscal, column.other, column.total
        if not (
            isinstance(fiscal, Decimal) and fiscal > 0 and other == fiscal
            and isinstance(total, Decimal) and total == 2 * fiscal
        ):
            continue
        twin = _column(ctx, _other_col)
        if isinstance(twin.total, Decimal) and twin.total > 0 and not twin.other:
            # The other column has no 其他资金 at all: the copy is all but certain.
            yield ctx.field_problem(
                "funding.other_copies_fiscal", WARNING, f"funding.{col}.other",
                say("{col_label}的其他资金与财政拨款相同（均为 {n1}），合计正好是两者之和，而{other_label}中没有其他资金：是否把财政拨款误复制到了其他资金？请核对。",
                    col_label=col_label, n1=format_amount(fiscal), other_label=other_label),
            )
        else:
            yield ctx.field_problem(
                "funding.other_copies_fiscal", INFO, f"funding.{col}.other",
                say("{col_label}的其他资金与财政拨款相同（均为 {n1}），合计正好是两者之和：是否把财政拨款误复制到了其他资金？若确为各出一半，可不修改。",
                    col_label=col_label, n1=format_amount(fiscal)),
            )


def rule_spending_plan(ctx: Context) -> Iterator[Problem]:
    plan = ctx.project.spending_plan
    previous: tuple[str, Decimal] | None = None
    for month in MONTHS:
        value = plan.get(month)
        if value is None:
            continue
        field = f"spending_plan.{month}"
        label = f"{int(month)}月底"
        if isinstance(value, str):
            yield ctx.field_problem(
                "spending_plan.out_of_range", ERROR, field,
                say("资金支出计划{label}“{value}”不是 0 到 100 之间的百分数：请填写数字，如 30。", label=label, value=value),
            )
            continue
        if not 0 <= value <= HUNDRED:
            yield ctx.field_problem(
                "spending_plan.out_of_range", ERROR, field,
                say("资金支出计划{label}为 {n1}%：百分比应在 0 到 100 之间。", label=label, n1=format_amount(value)),
            )
        if previous is not None and value < previous[1]:
            yield ctx.field_problem(
                "spending_plan.not_monotonic", ERROR, field,
                say("资金支出计划{label}（{n1}%）小于{n2}（{n3}%）：计划是累计百分比，只能增加不能减少。",
                    label=label, n1=format_amount(value), n2=previous[0], n3=format_amount(previous[1])),
            )
        previous = (label, value)
    final = plan.get("12")
    if isinstance(final, Decimal) and final != HUNDRED:
        yield ctx.field_problem(
            "spending_plan.final_not_100", ERROR, "spending_plan.12",
            say("资金支出计划12月底为 {n}%：到年底应累计支出 100%。", n=format_amount(final)),
            fix(say("改为 100"), "100"),
        )


RULES: tuple[Rule, ...] = (
    rule_funding_values, rule_funding_sums, rule_other_copies_fiscal, rule_spending_plan
)
CODES: tuple[str, ...] = (
    "funding.not_a_number",
    "funding.negative",
    "funding.precision",
    "funding.missing_total",
    "funding.sum_mismatch",
    "funding.annual_exceeds_period",
    "funding.other_copies_fiscal",
    "spending_plan.not_monotonic",
    "spending_plan.final_not_100",
    "spending_plan.out_of_range",
)
