"""Rules on free text: a phrase typed or pasted twice in a row (``专用设备、专用设备``).

Code: ``text.doubled``. The project's texts (name, 项目资金主要用途, the goals) get the
text without the repetition as a fix; a third-level name is only pointed at (a fix
writes a node's value, never its name). A phrase is at least two characters starting
with a Chinese one, so that 常常, 人人 or a repeated digit are never taken for a mistake;
two copies separated by 、 or ， count only where the second one ends its word
(``整车厂、整车厂一级供应商`` names two things).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from jxeditor.rules.context import Context, Rule
from jxeditor.rules.problems import FIELD_LABELS, WARNING, Problem, fix, say

# The project's texts looked at, by field path.
TEXT_FIELDS: tuple[str, ...] = ("name", "purpose", "goals.period", "goals.annual")
# What may stand between the two copies of a phrase.
SEPARATORS = "、，,；; 　"
# Words that may follow the second copy of a phrase listed twice (``专用设备、专用设备及…``):
# any other character goes on into a longer word, so that ``整车厂、整车厂一级供应商``
# (X and X's …) lists two different things.
LIST_FOLLOWERS = "及和与等或并"
_DOUBLED_RE = re.compile(
    rf"([\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9]{{1,15}})"
    rf"(?:\1|[{SEPARATORS}]\1(?![A-Za-z0-9\u4e00-\u9fff](?<![{LIST_FOLLOWERS}])))"
)


@lru_cache(maxsize=8192)
def doubled(text: str) -> tuple[str, str] | None:
    """(the repeated phrase, the text without the repetition), or None."""
    match = _DOUBLED_RE.search(text)
    if match is None:
        return None
    return match[1], _DOUBLED_RE.sub(r"\1", text)


def _field_text(ctx: Context, path: str) -> str:
    obj: object = ctx.project
    for part in path.split("."):
        obj = getattr(obj, part)
    return obj if isinstance(obj, str) else ""


def rule_doubled_text(ctx: Context) -> Iterator[Problem]:
    for field in TEXT_FIELDS:
        text = _field_text(ctx, field)
        found = doubled(text) if text else None
        if found is not None:
            phrase, fixed = found
            yield ctx.field_problem(
                "text.doubled", WARNING, field,
                say("{n}中“{phrase}”连着写了两遍：请删去重复的部分。",
                    n=FIELD_LABELS.get(field, field), phrase=phrase),
                fix(say("删去重复的“{phrase}”", phrase=phrase), fixed),
            )
    for node, _l1, _l2, ind, _parsed in ctx.indicators:
        found = doubled(ind.name) if ind.name else None
        if found is not None:
            yield ctx.node_problem(
                "text.doubled", WARNING, node,
                say("三级指标名称中“{n}”连着写了两遍：请改为“{n1}”。", n=found[0], n1=found[1]),
            )


RULES: tuple[Rule, ...] = (rule_doubled_text,)
CODES: tuple[str, ...] = ("text.doubled",)
