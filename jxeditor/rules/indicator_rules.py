"""Rules on the indicator tree: the framework's first and second levels, and the entries.

Codes: ``indicators.missing_level1``, ``indicators.misplaced_level2``,
``indicators.unknown_level2``, ``indicators.unknown_level1``, ``indicators.empty_group``
(the groups against the framework), and ``indicator.missing_name`` and
``indicator.missing_value`` (still empty: 待填), ``indicator.placeholder_value``,
``indicator.duplicate`` (the third-level entries), and ``acknowledgement.stale`` (a
确认无误 whose indicator is no longer in the tree, :mod:`~jxeditor.rules.acknowledgements`). Which groups are required, and how severely under which
framework, is framework data (``resources/frameworks.json``).
"""

from __future__ import annotations

from collections.abc import Iterator

from jxeditor.rules.acknowledgements import STALE, stale, stale_message
from jxeditor.rules.context import Context, Rule
from jxeditor.rules.problems import ERROR, INFO, TODO, WARNING, Problem, say
from jxeditor.rules.value_rules import PLACEHOLDER_CODE

COST = "成本指标"

# What a missing first level's message adds, by name: 成本指标 may stand in two places.
MISSING_LEVEL1_HINTS: dict[str, str] = {
    COST: "（可作为一级指标，或作为产出指标下的二级指标）",
}


def _has_cost(ctx: Context) -> bool:
    """成本指标 is present as a first level, or as a second level under any first level."""
    if COST in ctx.level1_names:
        return True
    return any(
        ctx.fw.canonical_name(l2.name) == COST
        for l1 in ctx.project.indicators
        for l2 in l1.children
    )


def rule_missing_level1(ctx: Context) -> Iterator[Problem]:
    present = set(ctx.level1_names)
    for name, by_framework in ctx.fw.required.items():
        severity = by_framework.get(ctx.doc.framework)
        if severity is None:
            continue
        found = _has_cost(ctx) if name == COST else name in present
        if not found:
            yield ctx.field_problem(
                "indicators.missing_level1", severity, "indicators",
                say("缺少一级指标“{name}”{n1}：请添加并填写其下的三级指标。",
                    name=name, n1=MISSING_LEVEL1_HINTS.get(name, '')),
            )


def rule_levels(ctx: Context) -> Iterator[Problem]:
    fw = ctx.fw
    for i, l1 in enumerate(ctx.project.indicators):
        name1 = ctx.level1_names[i]
        if name1 in fw.nonstandard:
            yield ctx.node_problem(
                "indicators.unknown_level1", WARNING, (i,),
                say("一级指标“{name}”不属于现行指标体系（非标准的共性指标）：请改用产出、效益、满意度等标准一级指标。", name=l1.name),
            )
        elif name1 not in fw.accepted:
            yield ctx.node_problem(
                "indicators.unknown_level1", WARNING, (i,),
                say("一级指标“{name}”不在指标体系中：标准一级指标为产出指标、成本指标、效益指标、满意度指标。", name=l1.name),
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
                    say("二级指标“{name}”应属于一级指标“{owner}”，不应放在“{name2}”下：请移到{owner}下。",
                        name=l2.name, owner=owner, name2=l1.name),
                )
            else:
                choices = "、".join(allowed)
                yield ctx.node_problem(
                    "indicators.unknown_level2", WARNING, (i, j),
                    say("二级指标“{name}”不在指标体系中：“{name1}”下的二级指标应为{choices}。",
                        name=l2.name, name1=name1, choices=choices),
                )


def rule_empty_groups(ctx: Context) -> Iterator[Problem]:
    for i, l1 in enumerate(ctx.project.indicators):
        if not l1.children:
            yield ctx.node_problem(
                "indicators.empty_group", WARNING, (i,),
                say("一级指标“{name}”下没有任何指标：请添加二级和三级指标，或删除该一级指标。", name=l1.name),
            )
        for j, l2 in enumerate(l1.children):
            if not l2.children:
                yield ctx.node_problem(
                    "indicators.empty_group", WARNING, (i, j),
                    say("二级指标“{name}”下没有三级指标：请添加三级指标，或删除该二级指标。", name=l2.name),
                )


def rule_indicator_entries(ctx: Context) -> Iterator[Problem]:
    for path, _l1, _l2, ind, parsed in ctx.indicators:
        if not ind.name.strip():
            yield ctx.node_problem(
                "indicator.missing_name", TODO, path, say("三级指标没有名称：请填写指标名称，或删除这一行。")
            )
        if parsed.kind == "empty":
            yield ctx.node_problem(
                "indicator.missing_value", TODO, path,
                say("三级指标“{name}”没有年度指标值：请填写，如 ≥95%、按时。", name=ind.name),
            )
        elif parsed.kind == "placeholder":
            yield ctx.node_problem(
                PLACEHOLDER_CODE, ERROR, path,
                say("三级指标“{name}”的指标值“{value}”是占位符：请填写真实的目标值。", name=ind.name, value=ind.value),
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
                        say("“{name}”下的三级指标“{key}”重复出现：请合并或改名。", name=l2.name, key=key),
                    )
                seen.add(key)


def rule_stale_acknowledgements(ctx: Context) -> Iterator[Problem]:
    for ack in stale(ctx.project):
        yield ctx.field_problem(STALE, INFO, "indicators", stale_message(ack))


RULES: tuple[Rule, ...] = (
    rule_missing_level1,
    rule_levels,
    rule_empty_groups,
    rule_indicator_entries,
    rule_duplicates,
    rule_stale_acknowledgements,
)
CODES: tuple[str, ...] = (
    "indicators.missing_level1",
    "indicators.misplaced_level2",
    "indicators.unknown_level2",
    "indicators.unknown_level1",
    "indicators.empty_group",
    "indicator.missing_name",
    "indicator.missing_value",
    "indicator.placeholder_value",
    "indicator.duplicate",
    STALE,
)
