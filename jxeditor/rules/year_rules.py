"""Rules on the years a table names: a table of one year that still speaks of an earlier one.

Code: ``year.stale`` (警告): an indicator's name or target value, or the 年度目标, names
one of the two years before the budget year as the time of its work (``2026年12月底前``
as a 时效 in a 2027 table, ``2026年度巡查次数``); the 实施期目标 and the 项目资金主要用途
only when the year is also before the implementation period (a project of several years
may say what its funds pay for in each of them). References stay silent: a baseline (``较2025年``),
a past event (``2019年发行``), a span (``2026—2028年``), what
:func:`~jxeditor.document.years.year_mentions` leaves out. A value or goal gets the text
with the budget year as its fix; a name is only pointed at (a fix writes a value). An
implementation period of another year is ``period.year_mismatch``
(:mod:`~jxeditor.rules.project_rules`).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from jxeditor.document.model import get_field
from jxeditor.document.years import past_years, replace_year
from jxeditor.rules.context import Context, Rule
from jxeditor.rules.problems import FIELD_LABELS, WARNING, Problem, fix, say

# The fields whose years are judged (in this order); those of :data:`PERIOD_FIELDS` may
# name any year of the implementation period.
FIELDS: tuple[str, ...] = ("purpose", "goals.period", "goals.annual")
PERIOD_FIELDS: tuple[str, ...] = ("purpose", "goals.period")


def _goal_years(ctx: Context, field: str, text: str) -> tuple[int, ...]:
    year = ctx.doc.year
    found = past_years(text, year)
    start = ctx.project.period.start
    if field in PERIOD_FIELDS and isinstance(start, date):
        found = tuple(y for y in found if y < start.year)  # the period's own years are its
    return found


def rule_stale_years(ctx: Context) -> Iterator[Problem]:
    year = ctx.doc.year
    for field in FIELDS:
        text = get_field(ctx.project, field)
        for old in _goal_years(ctx, field, text):
            fixed = replace_year(text, old, year)
            yield ctx.field_problem(
                "year.stale", WARNING, field,
                say("{label}写的是 {old} 年，本表是 {year} 年度：是否沿用了往年的表格？请把“{old}年”改为本年度的时间。",
                    label=FIELD_LABELS[field], old=old, year=year),
                fix(say("把 {old} 年改为 {year} 年", old=old, year=year), fixed),
            )
    for path, _l1, _l2, ind, _parsed in ctx.indicators:
        for old in past_years(ind.name, year):
            yield ctx.node_problem(
                "year.stale", WARNING, path,
                say("三级指标“{name}”写的是 {old} 年，本表是 {year} 年度：是否沿用了往年的表格？请改为“{fixed}”。",
                    name=ind.name, old=old, year=year, fixed=replace_year(ind.name, old, year)),
            )
        for old in past_years(ind.value, year):
            fixed = replace_year(ind.value, old, year)
            yield ctx.node_problem(
                "year.stale", WARNING, path,
                say("指标值“{value}”写的是 {old} 年，本表是 {year} 年度：是否沿用了往年的表格？应写作“{fixed}”。",
                    value=ind.value, old=old, year=year, fixed=fixed),
                fix(say("改为“{fixed}”", fixed=fixed), fixed),
            )


RULES: tuple[Rule, ...] = (rule_stale_years,)
CODES: tuple[str, ...] = ("year.stale",)
