"""Rules on the project header: required fields, the attribute and the implementation period.

Codes: ``project.missing_field`` (name, 主管部门, 实施单位, period, 年度金额 (no money
at all: no total, no 财政拨款, no 其他资金) or 年度目标 empty: 待填,
what remains to fill, not an error; not for the fields the project's source table had
no place for, :attr:`~jxeditor.document.model.Project.absent_fields`: for those
``project.absent_fields``, one 待填 per document), ``project.attribute`` (项目属性 other than 新增项目 /
延续项目, with the nearest offered), ``period.invalid`` (unreadable, or start after end)
and ``period.year_mismatch`` (the budget year outside the period).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from jxeditor.document.model import Project, get_field
from jxeditor.rules.context import Context, Rule
from jxeditor.rules.problems import ERROR, FIELD_LABELS, TODO, WARNING, Problem, fix, say

# Text fields that must not be blank, checked in this order (named by their labels).
REQUIRED_TEXT: tuple[str, ...] = ("name", "department", "implementer")
ANNUAL_TOTAL = "funding.annual.total"  # required as well: a project without money is no project

# The two values 项目属性 may take, and the words that point to one of them (first match
# wins): 新建项目 is meant as 新增项目, 续建 as 延续项目.
ATTRIBUTES: tuple[str, ...] = ("新增项目", "延续项目")
ATTRIBUTE_HINTS: tuple[tuple[str, str], ...] = (
    ("新", "新增项目"),
    ("增", "新增项目"),
    ("延", "延续项目"),
    ("续", "延续项目"),
)


def rule_missing_field(ctx: Context) -> Iterator[Problem]:
    p = ctx.project
    absent = p.absent_fields
    for field in REQUIRED_TEXT:
        if not getattr(p, field).strip() and field not in absent:
            label = FIELD_LABELS[field]
            yield ctx.field_problem(
                "project.missing_field", TODO, field, say("{label}未填写：请填写{label}。", label=label)
            )
    if (p.period.start is None or p.period.start == "") and "period.start" not in absent:
        yield ctx.field_problem(
            "project.missing_field", TODO, "period.start",
            say("项目实施期未填写开始日期：请填写，如 {year}-01-01。", year=ctx.doc.year),
        )
    # An unreadable start (a whole period typed into it) is reported once, as invalid.
    unreadable_start = isinstance(p.period.start, str) and bool(p.period.start)
    if (
        (p.period.end is None or p.period.end == "") and not unreadable_start
        and "period.end" not in absent
    ):
        yield ctx.field_problem(
            "project.missing_field", TODO, "period.end",
            say("项目实施期未填写结束日期：请填写，如 {year}-12-31。", year=ctx.doc.year),
        )
    annual = p.funding.annual
    if (
        annual.total is None and annual.fiscal is None and annual.other is None
        and ANNUAL_TOTAL not in absent
    ):  # a part without the total is funding.missing_total, an error
        yield ctx.field_problem(
            "project.missing_field", TODO, ANNUAL_TOTAL,
            say("年度金额未填写：请填写本年度安排的资金（{unit}），如财政拨款与其他资金及其合计。",
                unit=ctx.doc.money_unit),
        )
    if not p.goals.annual.strip():
        yield ctx.field_problem(
            "project.missing_field", TODO, "goals.annual", say("年度目标未填写：请写明本年度要达到的目标。")
        )


def still_empty(p: Project) -> bool:
    """Whether a field the project's source table had no place for is still empty (the
    document's one ``project.absent_fields`` notice counts the project in)."""
    return any(get_field(p, field) in (None, "") for field in p.absent_fields)


def rule_absent_fields(ctx: Context) -> Iterator[Problem]:
    """One notice per document (on its first project read from a table without these
    fields), while any such project still has one of them empty."""
    if not ctx.project.absent_fields:
        return
    projects = ctx.doc.projects
    first = next(i for i, p in enumerate(projects) if p.absent_fields)
    if first != ctx.index:
        return
    marked = [p for p in projects[first:] if p.absent_fields]
    if not any(still_empty(p) for p in marked):
        return
    names: list[str] = []
    for p in marked:
        names.extend(FIELD_LABELS[f].removesuffix("（开始）").removesuffix("（结束）")
                     for f in p.absent_fields if f in FIELD_LABELS)
    labels = "、".join(dict.fromkeys(names))
    yield ctx.field_problem(
        "project.absent_fields", TODO, ctx.project.absent_fields[0],
        say("本文件有 {n} 个项目读自部门公开的项目表，表中没有{labels}：这几项不逐项列为待填；如需按项目绩效目标表报送，请逐个项目补填。",
            n=len(marked), labels=labels),
    )


def nearest_attribute(text: str) -> str | None:
    """新增项目 or 延续项目 for a 项目属性 written otherwise (``新建``, ``续建项目``), or None."""
    for word, attribute in ATTRIBUTE_HINTS:
        if word in text:
            return attribute
    return None


def rule_attribute(ctx: Context) -> Iterator[Problem]:
    text = ctx.project.attribute.strip()
    if not text or text in ATTRIBUTES:
        return
    nearest = nearest_attribute(text)
    if nearest is None:
        yield ctx.field_problem(
            "project.attribute", WARNING, "attribute",
            say("项目属性“{text}”不是规定的取值：项目属性只能是“新增项目”或“延续项目”。", text=text),
        )
    else:
        yield ctx.field_problem(
            "project.attribute", WARNING, "attribute",
            say("项目属性“{text}”不是规定的取值：项目属性只能是“新增项目”或“延续项目”，应为“{nearest}”。",
                text=text, nearest=nearest),
            fix(say("改为“{nearest}”", nearest=nearest), nearest),
        )


def rule_period(ctx: Context) -> Iterator[Problem]:
    start, end = ctx.project.period.start, ctx.project.period.end
    for field, value in (("period.start", start), ("period.end", end)):
        if isinstance(value, str) and value:
            yield ctx.field_problem(
                "period.invalid", ERROR, field,
                say("项目实施期“{value}”无法识别为日期：请写成 2026-01-01 这样的日期。", value=value),
            )
    if isinstance(start, date) and isinstance(end, date):
        if start > end:
            yield ctx.field_problem(
                "period.invalid", ERROR, "period.end",
                say("项目实施期开始日期 {start} 晚于结束日期 {end}：请检查起止日期。", start=start, end=end),
            )
        elif not start.year <= ctx.doc.year <= end.year:
            yield ctx.field_problem(
                "period.year_mismatch", WARNING, "period.start",
                say("预算年度 {year} 不在项目实施期 {start} 至 {end} 之内：是否沿用了往年的表格？请核对实施期。",
                    year=ctx.doc.year, start=start, end=end),
            )


RULES: tuple[Rule, ...] = (rule_missing_field, rule_absent_fields, rule_attribute, rule_period)
CODES: tuple[str, ...] = (
    "project.missing_field",
    "project.absent_fields",
    "project.attribute",
    "period.invalid",
    "period.year_mismatch",
)
