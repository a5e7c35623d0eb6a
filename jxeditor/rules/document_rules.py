"""Rules across the projects of one document: duplicate codes and copied indicator sets.

Codes: ``project.duplicate_code`` (two tables with the same 项目编码) and
``project.copied_indicators`` (two projects whose third-level indicators, names and
values, are the same: a table copied and not adapted).

These rules look beyond the project being checked, yet validating a project stays
fast: they consult the document's index (:mod:`~jxeditor.rules.document_index`, owned
by the :class:`~jxeditor.rules.engine.Validator` and brought by the context), so that a
stale entry can cause a miss, never a false alarm; validating every project is exact.
"""

from __future__ import annotations

from collections.abc import Iterator

from jxeditor.rules.context import Context, Rule
from jxeditor.rules.document_index import code_key, indicator_key
from jxeditor.rules.problems import ERROR, WARNING, Problem, say


def rule_duplicate_code(ctx: Context) -> Iterator[Problem]:
    key = code_key(ctx.project)
    doc_index = ctx.document_index
    index = doc_index.codes
    index.put(ctx.project, key)
    if key is None:
        return
    twin = index.twin(ctx.project, key, doc_index.position)
    if twin is not None:
        yield ctx.field_problem(
            "project.duplicate_code", ERROR, "code",
            say("项目编码“{n}”与第 {n1} 个项目“{n2}”相同：同一文件中每个项目的编码应唯一，请核对编码。",
                n=ctx.project.code.strip(), n1=twin[0] + 1, n2=twin[1].name),
        )


def rule_copied_indicators(ctx: Context) -> Iterator[Problem]:
    key = indicator_key(ctx.project)
    doc_index = ctx.document_index
    index = doc_index.indicators
    index.put(ctx.project, key)
    if key is None:
        return
    twin = index.twin(ctx.project, key, doc_index.position)
    if twin is not None:
        yield ctx.field_problem(
            "project.copied_indicators", WARNING, "indicators",
            say("本项目的绩效指标与第 {n} 个项目“{n1}”完全相同（{n2} 个三级指标及指标值）：是否照搬了其他项目？请按本项目的内容填写。",
                n=twin[0] + 1, n1=twin[1].name, n2=len(key)),
        )


RULES: tuple[Rule, ...] = (rule_duplicate_code, rule_copied_indicators)
CODES: tuple[str, ...] = ("project.duplicate_code", "project.copied_indicators")
