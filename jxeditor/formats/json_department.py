"""The ``department`` key of the JSON format version 3: the department's overall targets.

Version 3 is version 2 with one optional top-level key, ``department``
(``department.md``, "In the JSON document"): name, 职能, 总体绩效目标, the tasks (title,
content, budget ``{"total", "fiscal", "other"}`` as decimal strings or null, the
projects' codes, the measures ``{"text", "name", "value"}``), their 金额合计 ``total``
(as a budget; a key beside department.md's, for the 申报表), the indicator tree in the
shape of a project's, the 保障措施 ``{"title", "text"}``, and the optional ``funds`` and
``evaluation`` blocks (null when absent). The writer puts the key only in a document
that has the block, so a project-only document keeps its version-2 text exactly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from jxeditor.document.department import (
    Department,
    DepartmentEvaluation,
    DepartmentFunds,
    Measure,
    Safeguard,
    SpendingRows,
    Task,
)
from jxeditor.document.model import FundingColumn, Level1
from jxeditor.formats.json_values import ValueReader, amount_text

# Bounds of one block: a department has some dozen tasks and measures.
MAX_TASKS = 2_000
MAX_ITEMS = 2_000  # measures of one task, 保障措施, projects named by one task

FUNDS_KEYS: tuple[str, ...] = (
    "total", "income_fiscal", "income_other", "basic", "personnel", "public", "projects",
)
ROW_KEYS: tuple[str, ...] = ("basic", "projects", "total")
COLUMN_KEYS: tuple[str, ...] = ("budget_initial", "budget_full", "executed")


# -- writing ---------------------------------------------------------------------------
def _budget(col: FundingColumn) -> dict[str, Any]:
    return {"total": amount_text(col.total), "fiscal": amount_text(col.fiscal),
            "other": amount_text(col.other)}


def _task(task: Task) -> dict[str, Any]:
    return {
        "title": task.title,
        "content": task.content,
        "budget": _budget(task.budget),
        "projects": list(task.projects),
        "measures": [{"text": m.text, "name": m.name, "value": m.value} for m in task.measures],
    }


def _evaluation(e: DepartmentEvaluation) -> dict[str, Any]:
    out: dict[str, Any] = {
        key: {row: amount_text(getattr(getattr(e, key), row)) for row in ROW_KEYS}
        for key in COLUMN_KEYS
    }
    out["goals_achieved"] = e.goals_achieved
    return out


def department_to_dict(
    dept: Department, node: Callable[[Level1], dict[str, Any]]
) -> dict[str, Any]:
    """The ``department`` key's value, keys in the documented order (``node`` writes a
    first level of the indicator tree as a project's)."""
    return {
        "name": dept.name,
        "functions": dept.functions,
        "overall_goal": dept.overall_goal,
        "tasks": [_task(task) for task in dept.tasks],
        "total": _budget(dept.total),
        "indicators": [node(l1) for l1 in dept.indicators],
        "measures": [{"title": s.title, "text": s.text} for s in dept.measures],
        "funds": None if dept.funds is None else {
            key: amount_text(getattr(dept.funds, key)) for key in FUNDS_KEYS
        },
        "evaluation": None if dept.evaluation is None else _evaluation(dept.evaluation),
    }


# -- reading ---------------------------------------------------------------------------
class TreeReader(Protocol):
    """What reading the block needs of the document reader: its values, and the
    indicator tree read (and counted) as a project's."""

    def level1(self, value: Any, where: str) -> Level1: ...

    def start_tree(self, children: list[Any], where: str) -> None: ...


def _bounded(r: ValueReader, value: Any, where: str, limit: int) -> list[Any]:
    items = r.lst(value if value is not None else [], where)
    if len(items) > limit:
        raise r.fail(where, f"超过 {limit:,} 项，不像是部门整体绩效目标，未读入")
    return items


def _read_budget(r: ValueReader, value: Any, where: str) -> FundingColumn:
    data = r.obj(value or {}, where)
    return FundingColumn(total=r.amount(data, "total", where), fiscal=r.amount(data, "fiscal", where),
                         other=r.amount(data, "other", where))


def _read_task(r: ValueReader, value: Any, where: str) -> Task:
    data = r.obj(value, where)
    codes = _bounded(r, data.get("projects"), f"{where}.projects", MAX_ITEMS)
    projects: list[str] = []
    for i, code in enumerate(codes):
        if not isinstance(code, str):
            raise r.fail(f"{where}.projects[{i}]", "应为项目编码或名称（字符串）")
        projects.append(r.clean(code, f"{where}.projects[{i}]") if r.scrub else code)
    measures: list[Measure] = []
    for i, item in enumerate(_bounded(r, data.get("measures"), f"{where}.measures", MAX_ITEMS)):
        at = f"{where}.measures[{i}]"
        m = r.obj(item, at)
        measures.append(Measure(r.text(m, "text", at), r.text(m, "name", at), r.text(m, "value", at)))
    return Task(
        title=r.text(data, "title", where),
        content=r.text(data, "content", where),
        budget=_read_budget(r, data.get("budget"), f"{where}.budget"),
        projects=projects,
        measures=measures,
    )


def _read_funds(r: ValueReader, value: Any, where: str) -> DepartmentFunds | None:
    if value is None:
        return None
    data = r.obj(value, where)
    return DepartmentFunds(**{key: r.amount(data, key, where) for key in FUNDS_KEYS})


def _read_evaluation(r: ValueReader, value: Any, where: str) -> DepartmentEvaluation | None:
    if value is None:
        return None
    data = r.obj(value, where)

    def rows(key: str) -> SpendingRows:
        at = f"{where}.{key}"
        block = r.obj(data.get(key) or {}, at)
        return SpendingRows(**{row: r.amount(block, row, at) for row in ROW_KEYS})

    return DepartmentEvaluation(
        budget_initial=rows("budget_initial"), budget_full=rows("budget_full"),
        executed=rows("executed"), goals_achieved=r.text(data, "goals_achieved", where),
    )


def read_department(
    r: ValueReader, tree: TreeReader, value: Any, where: str = "department"
) -> Department | None:
    """The ``department`` key (absent or null: ``None``), naming the place of anything
    it cannot read."""
    if value is None:
        return None
    data = r.obj(value, where)
    tasks = _bounded(r, data.get("tasks"), f"{where}.tasks", MAX_TASKS)
    safeguards = _bounded(r, data.get("measures"), f"{where}.measures", MAX_ITEMS)
    indicators = r.lst(data.get("indicators") or [], f"{where}.indicators")
    tree.start_tree(indicators, where)
    return Department(
        name=r.text(data, "name", where),
        functions=r.text(data, "functions", where),
        overall_goal=r.text(data, "overall_goal", where),
        tasks=[_read_task(r, t, f"{where}.tasks[{i}]") for i, t in enumerate(tasks)],
        total=_read_budget(r, data.get("total"), f"{where}.total"),
        indicators=[tree.level1(c, f"{where}.indicators[{i}]") for i, c in enumerate(indicators)],
        measures=[
            Safeguard(r.text(r.obj(s, f"{where}.measures[{i}]"), "title", f"{where}.measures[{i}]"),
                      r.text(r.obj(s, f"{where}.measures[{i}]"), "text", f"{where}.measures[{i}]"))
            for i, s in enumerate(safeguards)
        ],
        funds=_read_funds(r, data.get("funds"), f"{where}.funds"),
        evaluation=_read_evaluation(r, data.get("evaluation"), f"{where}.evaluation"),
    )
