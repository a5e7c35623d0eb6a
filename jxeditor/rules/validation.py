"""The validation engine: every rule of ``domain.md``, each a small named function.

Validation is a pure function of the document. :func:`validate_project` checks one
project (the editor calls it for the project being edited); :func:`validate` checks
them all. Each rule yields :class:`~jxeditor.rules.problems.Problem` objects with a stable
code, a severity, the place (field path or indicator path, and a readable location)
and a Chinese message that says what is wrong and how to fix it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cached_property
from typing import Any

from jxeditor.document.amounts import format_amount
from jxeditor.document.document import Document
from jxeditor.document.frameworks import Frameworks, load_frameworks
from jxeditor.document.model import MONTHS, Indicator, NodePath, Project
from jxeditor.document.values import ParsedValue, parse_value
from jxeditor.rules.problems import ERROR, FIELD_LABELS, WARNING, Fix, Problem

HUNDRED = Decimal(100)
SATISFACTION_FLOOR = Decimal(80)
MAX_DECIMALS = 4
SEP = " / "


@dataclass
class Context:
    """What a rule sees: the document, one project and its index, the framework data."""

    doc: Document
    index: int
    project: Project
    fw: Frameworks

    def field_problem(
        self, code: str, severity: str, field: str, message: str, fix: Fix | None = None
    ) -> Problem:
        return self._problem(code, severity, message, fix,
                             field=field, location=FIELD_LABELS.get(field, field))

    def node_problem(
        self, code: str, severity: str, path: NodePath, message: str, fix: Fix | None = None
    ) -> Problem:
        return self._problem(code, severity, message, fix,
                             path=path, location=self.node_location(path))

    def _problem(
        self, code: str, severity: str, message: str, fix: Fix | None, **place: Any
    ) -> Problem:
        return Problem(code=code, severity=severity, project=self.index,
                       project_name=self.project.name, message=message, fix=fix, **place)

    def node_location(self, path: NodePath) -> str:
        names: list[str] = []
        children: list = self.project.indicators
        for i in path:
            node = children[i]
            names.append(node.name or "（未命名）")
            children = getattr(node, "children", [])
        return "绩效指标" + SEP + SEP.join(names)

    @cached_property
    def level1_names(self) -> list[str]:
        return [self.fw.canonical_name(l1.name) for l1 in self.project.indicators]

    @cached_property
    def parsed(self) -> dict[NodePath, ParsedValue]:
        return {
            (i, j, k): parse_value(ind.value)
            for i, l1 in enumerate(self.project.indicators)
            for j, l2 in enumerate(l1.children)
            for k, ind in enumerate(l2.children)
        }


Rule = Callable[[Context], Iterator[Problem]]


# -- project header ----------------------------------------------------------------------
_REQUIRED_TEXT = (
    ("name", "项目名称"),
    ("department", "主管部门"),
    ("implementer", "实施单位"),
)


def rule_missing_field(ctx: Context) -> Iterator[Problem]:
    p = ctx.project
    for field, label in _REQUIRED_TEXT:
        if not getattr(p, field).strip():
            yield ctx.field_problem(
                "project.missing_field", ERROR, field, f"{label}未填写：请填写{label}。"
            )
    if p.period.start is None or p.period.start == "":
        yield ctx.field_problem(
            "project.missing_field", ERROR, "period.start",
            "项目实施期未填写开始日期：请填写，如 2026-01-01。",
        )
    unreadable_start = isinstance(p.period.start, str) and bool(p.period.start)
    if (p.period.end is None or p.period.end == "") and not unreadable_start:
        yield ctx.field_problem(
            "project.missing_field", ERROR, "period.end",
            "项目实施期未填写结束日期：请填写，如 2026-12-31。",
        )
    if not p.goals.annual.strip():
        yield ctx.field_problem(
            "project.missing_field", ERROR, "goals.annual", "年度目标未填写：请写明本年度要达到的目标。"
        )


def rule_period(ctx: Context) -> Iterator[Problem]:
    start, end = ctx.project.period.start, ctx.project.period.end
    for field, value in (("period.start", start), ("period.end", end)):
        if isinstance(value, str) and value:
            yield ctx.field_problem(
                "period.invalid", ERROR, field,
                f"项目实施期“{value}”无法识别为日期：请写成 2026-01-01 这样的日期。",
            )
    if isinstance(start, date) and isinstance(end, date):
        if start > end:
            yield ctx.field_problem(
                "period.invalid", ERROR, "period.end",
                f"项目实施期开始日期 {start} 晚于结束日期 {end}：请检查起止日期。",
            )
        elif not start.year <= ctx.doc.year <= end.year:
            yield ctx.field_problem(
                "period.year_mismatch", WARNING, "period.start",
                f"预算年度 {ctx.doc.year} 不在项目实施期 {start} 至 {end} 之内："
                "是否沿用了往年的表格？请核对实施期。",
            )


# -- funding -----------------------------------------------------------------------------
_COLUMNS = (("period", "实施期金额"), ("annual", "年度金额"))
_PARTS = (("total", "合计"), ("fiscal", "财政拨款"), ("other", "其他资金"))


def _decimals(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def rule_funding_values(ctx: Context) -> Iterator[Problem]:
    for col, col_label in _COLUMNS:
        column = getattr(ctx.project.funding, col)
        for part, part_label in _PARTS:
            value = getattr(column, part)
            field = f"funding.{col}.{part}"
            where = f"{col_label}（{part_label}）"
            if isinstance(value, str):
                yield ctx.field_problem(
                    "funding.not_a_number", ERROR, field,
                    f"{where}“{value}”不是数字：请只填写以万元为单位的数字，如 1443.08。",
                )
            elif isinstance(value, Decimal):
                if value < 0:
                    yield ctx.field_problem(
                        "funding.negative", ERROR, field,
                        f"{where}为负数（{format_amount(value)}）：金额不能小于 0。",
                    )
                if _decimals(value) > MAX_DECIMALS:
                    rounded = value.quantize(Decimal("0.0001"))
                    yield ctx.field_problem(
                        "funding.precision", WARNING, field,
                        f"{where}有 {_decimals(value)} 位小数：以万元为单位最多 4 位小数（精确到元）。",
                        Fix(f"改为 {format_amount(rounded)}", format_amount(rounded)),
                    )


def rule_funding_sums(ctx: Context) -> Iterator[Problem]:
    funding = ctx.project.funding
    for col, col_label in _COLUMNS:
        column = getattr(funding, col)
        total, fiscal, other = column.total, column.fiscal, column.other
        if total is None:
            if fiscal is not None or other is not None:
                yield ctx.field_problem(
                    "funding.missing_total", ERROR, f"funding.{col}.total",
                    f"{col_label}填写了财政拨款或其他资金，但没有填写合计：请填写{col_label}合计。",
                )
            continue
        if not all(v is None or isinstance(v, Decimal) for v in (total, fiscal, other)):
            continue
        parts = (fiscal or Decimal(0)) + (other or Decimal(0))
        if total != parts:
            yield ctx.field_problem(
                "funding.sum_mismatch", ERROR, f"funding.{col}.total",
                f"{col_label}合计 {format_amount(total)} 不等于财政拨款 "
                f"{format_amount(fiscal) or '0'} 与其他资金 {format_amount(other) or '0'} 之和 "
                f"{format_amount(parts)}：请核对金额。",
            )
    period_total, annual_total = funding.period.total, funding.annual.total
    if (
        isinstance(period_total, Decimal)
        and isinstance(annual_total, Decimal)
        and annual_total > period_total
    ):
        yield ctx.field_problem(
            "funding.annual_exceeds_period", ERROR, "funding.annual.total",
            f"年度金额 {format_amount(annual_total)} 大于实施期金额 {format_amount(period_total)}："
            "年度金额是实施期金额的一部分，不能更大。",
        )


# -- spending plan -----------------------------------------------------------------------
def rule_spending_plan(ctx: Context) -> Iterator[Problem]:
    plan = ctx.project.spending_plan
    previous: tuple[str, Decimal] | None = None
    for month in MONTHS:
        value = plan.get(month)
        field = f"spending_plan.{month}"
        label = f"{int(month)}月底"
        if value is None:
            continue
        if isinstance(value, str):
            yield ctx.field_problem(
                "spending_plan.out_of_range", ERROR, field,
                f"资金支出计划{label}“{value}”不是 0 到 100 之间的百分数：请填写数字，如 30。",
            )
            continue
        if not 0 <= value <= HUNDRED:
            yield ctx.field_problem(
                "spending_plan.out_of_range", ERROR, field,
                f"资金支出计划{label}为 {format_amount(value)}%：百分比应在 0 到 100 之间。",
            )
        if previous is not None and value < previous[1]:
            yield ctx.field_problem(
                "spending_plan.not_monotonic", ERROR, field,
                f"资金支出计划{label}（{format_amount(value)}%）小于{previous[0]}"
                f"（{format_amount(previous[1])}%）：计划是累计百分比，只能增加不能减少。",
            )
        previous = (label, value)
    final = plan.get("12")
    if isinstance(final, Decimal) and final != HUNDRED:
        yield ctx.field_problem(
            "spending_plan.final_not_100", ERROR, "spending_plan.12",
            f"资金支出计划12月底为 {format_amount(final)}%：到年底应累计支出 100%。",
            Fix("改为 100", "100"),
        )


# -- indicator framework -----------------------------------------------------------------
def _has_cost(ctx: Context) -> bool:
    if "成本指标" in ctx.level1_names:
        return True
    return any(
        ctx.fw.canonical_name(l2.name) == "成本指标"
        for l1 in ctx.project.indicators
        for l2 in l1.children
    )


def rule_missing_level1(ctx: Context) -> Iterator[Problem]:
    present = set(ctx.level1_names)
    for name, by_framework in ctx.fw.required.items():
        severity = by_framework.get(ctx.doc.framework)
        if severity is None:
            continue
        found = _has_cost(ctx) if name == "成本指标" else name in present
        if not found:
            extra = "（可作为一级指标，或作为产出指标下的二级指标）" if name == "成本指标" else ""
            yield ctx.field_problem(
                "indicators.missing_level1", severity, "indicators",
                f"缺少一级指标“{name}”{extra}：请添加并填写其下的三级指标。",
            )


def rule_levels(ctx: Context) -> Iterator[Problem]:
    fw = ctx.fw
    for i, l1 in enumerate(ctx.project.indicators):
        name1 = ctx.level1_names[i]
        if name1 in fw.nonstandard:
            yield ctx.node_problem(
                "indicators.unknown_level1", WARNING, (i,),
                f"一级指标“{l1.name}”不属于现行指标体系（非标准的共性指标）："
                "请改用产出、效益、满意度等标准一级指标。",
            )
        elif name1 not in fw.accepted:
            yield ctx.node_problem(
                "indicators.unknown_level1", WARNING, (i,),
                f"一级指标“{l1.name}”不在指标体系中：标准一级指标为产出指标、成本指标、效益指标、满意度指标。",
            )
            continue  # second levels under an unknown first level are not judged again
        allowed = fw.accepted.get(name1, ()) + fw.nonstandard.get(name1, ())
        for j, l2 in enumerate(l1.children):
            name2 = fw.canonical_name(l2.name)
            if name2 in allowed:
                continue
            owner = fw.parent_of_level2(name2)
            if owner is not None:
                yield ctx.node_problem(
                    "indicators.misplaced_level2", ERROR, (i, j),
                    f"二级指标“{l2.name}”应属于一级指标“{owner}”，不应放在“{l1.name}”下：请移到{owner}下。",
                )
            else:
                choices = "、".join(allowed)
                yield ctx.node_problem(
                    "indicators.unknown_level2", WARNING, (i, j),
                    f"二级指标“{l2.name}”不在指标体系中：“{name1}”下的二级指标应为{choices}。",
                )


def rule_empty_groups(ctx: Context) -> Iterator[Problem]:
    for i, l1 in enumerate(ctx.project.indicators):
        if not l1.children:
            yield ctx.node_problem(
                "indicators.empty_group", WARNING, (i,),
                f"一级指标“{l1.name}”下没有任何指标：请添加二级和三级指标，或删除该一级指标。",
            )
        for j, l2 in enumerate(l1.children):
            if not l2.children:
                yield ctx.node_problem(
                    "indicators.empty_group", WARNING, (i, j),
                    f"二级指标“{l2.name}”下没有三级指标：请添加三级指标，或删除该二级指标。",
                )


# -- third-level indicators --------------------------------------------------------------
def _indicators(ctx: Context) -> Iterator[tuple[NodePath, str, str, Indicator, ParsedValue]]:
    for i, l1 in enumerate(ctx.project.indicators):
        for j, l2 in enumerate(l1.children):
            for k, ind in enumerate(l2.children):
                path = (i, j, k)
                yield path, ctx.level1_names[i], ctx.fw.canonical_name(l2.name), ind, ctx.parsed[path]


def rule_indicator_entries(ctx: Context) -> Iterator[Problem]:
    for path, _l1, _l2, ind, parsed in _indicators(ctx):
        if not ind.name.strip():
            yield ctx.node_problem(
                "indicator.missing_name", ERROR, path, "三级指标没有名称：请填写指标名称，或删除这一行。"
            )
        if parsed.kind == "empty":
            yield ctx.node_problem(
                "indicator.missing_value", ERROR, path,
                f"三级指标“{ind.name}”没有年度指标值：请填写，如 ≥95%、按时。",
            )
        elif parsed.kind == "placeholder":
            yield ctx.node_problem(
                "indicator.placeholder_value", ERROR, path,
                f"三级指标“{ind.name}”的指标值“{ind.value}”是占位符：请填写真实的目标值。",
            )


def rule_duplicates(ctx: Context) -> Iterator[Problem]:
    for i, l1 in enumerate(ctx.project.indicators):
        for j, l2 in enumerate(l1.children):
            seen: set[str] = set()
            for k, ind in enumerate(l2.children):
                key = ind.name.strip()
                if key and key in seen:
                    yield ctx.node_problem(
                        "indicator.duplicate", WARNING, (i, j, k),
                        f"“{l2.name}”下的三级指标“{key}”重复出现：请合并或改名。",
                    )
                seen.add(key)


def is_rate_name(name: str) -> bool:
    """Rates and satisfaction: names with 率, 满意度 or 比例 (频率 and 效率 are not rates)."""
    stripped = name.replace("频率", "").replace("效率", "")
    return "率" in stripped or "满意度" in name or "比例" in name


def _is_cost(level1: str, level2: str) -> bool:
    return level1 == "成本指标" or level2 == "成本指标" or level2.endswith("成本指标")


def rule_values(ctx: Context) -> Iterator[Problem]:
    for path, l1, l2, ind, parsed in _indicators(ctx):
        if parsed.kind in ("empty", "placeholder"):
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
        if parsed.kind not in ("quantitative", "range"):
            continue
        yield from _numeric_value_rules(ctx, path, l1, l2, ind, parsed)


def _numeric_value_rules(
    ctx: Context, path: NodePath, l1: str, l2: str, ind: Indicator, parsed: ParsedValue
) -> Iterator[Problem]:
    number = parsed.number if parsed.number is not None else Decimal(0)
    top = parsed.high if parsed.high is not None else number
    rate = is_rate_name(ind.name)
    if parsed.unit == "%":
        if parsed.comparator in ("≥", ">") and number >= HUNDRED:
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
    if rate and parsed.unit not in ("", "%", "‰"):
        yield ctx.node_problem(
            "value.rate_unit", WARNING, path,
            f"“{ind.name}”是比率，指标值“{ind.value}”的单位却是“{parsed.unit}”："
            "比率应以 % 表示，或把指标改名为数量指标。",
        )
    if "满意" in ind.name and parsed.unit in ("%", "") and number < SATISFACTION_FLOOR:
        yield ctx.node_problem(
            "value.satisfaction_low", WARNING, path,
            f"满意度目标“{ind.value}”低于 80%：满意度目标一般不低于 80%，请核对。",
        )
    if _is_cost(l1, l2) and parsed.comparator in ("≥", ">"):
        yield ctx.node_problem(
            "value.cost_lower_bound", WARNING, path,
            f"成本指标“{ind.name}”的指标值“{ind.value}”只有下限：成本应设上限，通常用“≤”。",
        )


RULES: tuple[Rule, ...] = (
    rule_missing_field,
    rule_period,
    rule_funding_values,
    rule_funding_sums,
    rule_spending_plan,
    rule_missing_level1,
    rule_levels,
    rule_empty_groups,
    rule_indicator_entries,
    rule_duplicates,
    rule_values,
)

# Every code the rules can report, with its severity (the missing_level1 severity varies).
RULE_CODES: tuple[str, ...] = (
    "project.missing_field",
    "period.invalid",
    "period.year_mismatch",
    "funding.not_a_number",
    "funding.negative",
    "funding.precision",
    "funding.missing_total",
    "funding.sum_mismatch",
    "funding.annual_exceeds_period",
    "spending_plan.not_monotonic",
    "spending_plan.final_not_100",
    "spending_plan.out_of_range",
    "indicators.missing_level1",
    "indicators.misplaced_level2",
    "indicators.unknown_level2",
    "indicators.unknown_level1",
    "indicators.empty_group",
    "indicator.missing_name",
    "indicator.missing_value",
    "indicator.placeholder_value",
    "indicator.duplicate",
    "value.symbol",
    "value.redundant",
    "value.rate_over_100",
    "value.missing_unit",
    "value.rate_unit",
    "value.satisfaction_low",
    "value.cost_lower_bound",
)


def validate_project(doc: Document, index: int) -> list[Problem]:
    """All problems of one project, in rule order."""
    ctx = Context(doc, index, doc.projects[index], load_frameworks())
    problems: list[Problem] = []
    for rule in RULES:
        problems.extend(rule(ctx))
    return problems


def validate(doc: Document) -> list[Problem]:
    """All problems of the document, project by project."""
    problems: list[Problem] = []
    for index in range(len(doc.projects)):
        problems.extend(validate_project(doc, index))
    return problems


def count(problems: list[Problem]) -> tuple[int, int]:
    """(errors, warnings) among ``problems``."""
    errors = sum(1 for p in problems if p.severity == ERROR)
    return errors, len(problems) - errors
