"""The department's overall targets in the tabular form, the 部门整体支出绩效目标申报表
(form B of ``department.md``), from a grid of cell texts (a sheet, or pasted text).

Labels are found by their text wherever they stand (spaces, full- or half-width
brackets and colons as :func:`~jxeditor.formats.tables.labels.label_key` makes them
alike; merged cells hold their value in the first cell only):

- 部门（单位）名称 and 部门职能概述: the first text to the right;
- the funds overview some provinces add (年度部门整体支出预算, 部门收支预算, 部门收入 …):
  资金总额, 财政拨款, 其他资金, 基本支出, 人员经费, 公用经费, 项目支出, each with its amount
  under it (a row of labels over a row of amounts) or else to its right;
- 年度主要任务: the header row with 任务名称 and 主要内容, the row with 总额, 财政拨款 and
  其他资金 (or the amounts under 预算金额), then one task per row until 金额合计 (its
  amounts are the block's ``total``); a leading ``（一）`` of a title is the numbering;
- 年度总体目标: the text to the right, or below;
- 年度绩效指标: 一级指标 | 二级指标 | 三级指标 | 指标值, a blank 一级 or 二级 cell
  continuing the one above (a merged cell); or, as jxeditor's export writes a narrative
  block, 分项目标 | 绩效指标 | 指标名称 | 指标值, the measures of each task;
- 目标规划及保障措施: one ``（一）title。text`` per row.

Amounts are read as in the project tables (:func:`~jxeditor.document.amounts.parse_amount`,
lenient: unreadable text is kept and reported by the checks). A grid without the
title and without 年度主要任务 next to 年度总体目标 is no 申报表 (``None``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from jxeditor.document.amounts import Amount, parse_amount
from jxeditor.document.department import Department, DepartmentFunds, Measure, Safeguard, Task
from jxeditor.document.model import FundingColumn, Indicator, Level1, Level2
from jxeditor.formats.tables.labels import label_key, tidy

TITLE_KEY = "部门整体支出绩效目标申报表"
_NAME = ("部门(单位)名称", "部门名称", "单位名称", "部门(单位)")
_FUNCTIONS = ("部门职能概述", "部门职能", "职能概述")
_TASKS = "年度主要任务"
_GOAL = ("年度总体目标", "总体绩效目标", "部门整体绩效目标")
_INDICATORS = "年度绩效指标"
_SAFEGUARDS = ("目标规划及保障措施", "保障措施")
_TOTAL_ROW = ("金额合计", "合计")
_NUMBERED = re.compile(r"^[（(]([一二三四五六七八九十]{1,3})[)）]\s*")
_BUDGET = {"总额": "total", "财政拨款": "fiscal", "其他资金": "other"}
# The funds overview: where it starts (a label beginning so), and its labels → key of
# DepartmentFunds (the first of each counts: 部门支出's 合计 is not 资金总额).
_FUNDS = ("年度部门整体支出预算", "部门整体支出预算", "部门收支预算", "部门收支概况", "部门收入")
_FUND_PARTS = {
    "资金总额": "total", "收入合计": "total", "合计": "total",
    "财政拨款": "income_fiscal", "财政拨款收入": "income_fiscal",
    "其他资金": "income_other", "其他收入": "income_other", "其他": "income_other",
    "基本支出": "basic", "人员经费": "personnel", "公用经费": "public", "项目支出": "projects",
}

Grid = Sequence[Sequence[str]]


def _keys(row: Sequence[str]) -> list[str]:
    return [label_key(cell) for cell in row]


def _find(grid: Grid, labels: Sequence[str], start: int = 0) -> tuple[int, int] | None:
    for r in range(start, len(grid)):
        for c, key in enumerate(_keys(grid[r])):
            if key in labels:
                return r, c
    return None


def _right(grid: Grid, r: int, c: int) -> str:
    return next((tidy(v) for v in grid[r][c + 1:] if v.strip()), "")


def _amount(text: str) -> Amount:
    return parse_amount(text, lenient=True) if text.strip() else None


def _cell(row: Sequence[str], c: int | None) -> str:
    return row[c].strip() if c is not None and c < len(row) else ""


def _funds_at(grid: Grid) -> tuple[int, int] | None:
    for r, row in enumerate(grid):
        for c, key in enumerate(_keys(row)):
            if key.startswith(_FUNDS):
                return r, c
    return None


def _fund_value(grid: Grid, r: int, c: int, end: int) -> Amount:
    """The amount of the funds label at (r, c): under it, else the first text to its right
    (none where that is another label)."""
    below = _cell(grid[r + 1], c) if r + 1 < end else ""
    if below and label_key(below) not in _FUND_PARTS:
        return _amount(below)
    right = next((v.strip() for v in grid[r][c + 1:] if v.strip()), "")
    return None if label_key(right) in _FUND_PARTS else _amount(right)


def _funds(grid: Grid, at: tuple[int, int], end: int) -> DepartmentFunds:
    found: dict[str, Amount] = {}
    for r in range(at[0], end):
        for c, key in enumerate(_keys(grid[r])):
            part = _FUND_PARTS.get(key)
            if part is not None and part not in found:
                found[part] = _fund_value(grid, r, c, end)
    return DepartmentFunds(**found)


def _section_starts(grid: Grid) -> list[int]:
    starts = []
    funds_at = _funds_at(grid)
    if funds_at is not None:
        starts.append(funds_at[0])
    for labels in ((_TASKS,), _GOAL, (_INDICATORS,), _SAFEGUARDS):
        found = _find(grid, labels)
        if found is not None:
            starts.append(found[0])
    return starts


def _tasks(grid: Grid, at: tuple[int, int], end: int) -> tuple[list[Task], FundingColumn]:
    head = _find(grid, ("任务名称",), at[0])
    if head is None or head[0] >= end:
        return [], FundingColumn()
    keys = _keys(grid[head[0]])
    title_col = head[1]
    content_col = next((c for c, k in enumerate(keys) if k == "主要内容"), None)
    cols: dict[str, int] = {}
    first = head[0] + 1
    for r in (head[0], head[0] + 1):
        for c, key in enumerate(_keys(grid[r]) if r < len(grid) else []):
            if key in _BUDGET:
                cols[_BUDGET[key]] = c
                first = max(first, r + 1)
    tasks: list[Task] = []
    total = FundingColumn()
    for r in range(first, end):
        row = grid[r]
        title = _cell(row, title_col)
        budget = FundingColumn(**{part: _amount(_cell(row, c)) for part, c in cols.items()})
        if label_key(title) in _TOTAL_ROW or any(label_key(v) in _TOTAL_ROW for v in row[:title_col + 1]):
            total = budget
            break
        content = _cell(row, content_col)
        if title or content or any(v is not None for v in (budget.total, budget.fiscal, budget.other)):
            tasks.append(Task(title=_NUMBERED.sub("", tidy(title)), content=content, budget=budget))
    return tasks, total


def _goal(grid: Grid, at: tuple[int, int], end: int) -> str:
    text = _right(grid, *at)
    if not text and at[0] + 1 < end:
        text = next((v.strip() for v in grid[at[0] + 1] if v.strip()), "")
    return text


def _indicators(grid: Grid, at: tuple[int, int], end: int, dept: Department) -> None:
    head = next((r for r in range(at[0], end) if {"一级指标", "分项目标"} & set(_keys(grid[r]))), None)
    if head is None:
        return
    keys = _keys(grid[head])

    def col(*labels: str) -> int | None:
        return next((c for c, k in enumerate(keys) if k in labels), None)

    if "分项目标" in keys:
        task_col, text_col, name_col, value_col = col("分项目标"), col("绩效指标"), col("指标名称"), col("指标值")
        titles = {t.title: t for t in dept.tasks}
        task: Task | None = None
        for r in range(head + 1, end):
            named = _NUMBERED.sub("", tidy(_cell(grid[r], task_col)))
            task = titles.get(named, task) if named else task
            text = _cell(grid[r], text_col)
            if task is not None and text:
                task.measures.append(Measure(text, _cell(grid[r], name_col), _cell(grid[r], value_col)))
        return
    c1, c2, c3, cv = col("一级指标"), col("二级指标"), col("三级指标"), col("指标值", "年度指标值")
    l1: Level1 | None = None
    l2: Level2 | None = None
    for r in range(head + 1, end):
        row = grid[r]
        n1, n2, n3 = tidy(_cell(row, c1)), tidy(_cell(row, c2)), _cell(row, c3)
        if n1:
            l1 = Level1(n1)
            dept.indicators.append(l1)
            l2 = None
        if n2 and l1 is not None:
            l2 = Level2(n2)
            l1.children.append(l2)
        if (n3 or _cell(row, cv)) and l2 is not None:
            l2.children.append(Indicator(n3, _cell(row, cv)))


def _safeguards(grid: Grid, at: tuple[int, int], end: int) -> list[Safeguard]:
    out: list[Safeguard] = []
    for r in range(at[0], end):
        text = next((v.strip() for v in grid[r][at[1] + 1:] if v.strip()), "") if r == at[0] \
            else next((v.strip() for v in grid[r] if v.strip() and label_key(v) not in _SAFEGUARDS), "")
        if not text:
            continue
        body = _NUMBERED.sub("", text)
        title, sep, rest = body.partition("。")
        out.append(Safeguard(title, rest) if sep and len(title) <= 40 else Safeguard("", body))
    return out


def _may_hold(grid: Grid) -> bool:
    """Whether a cell is the title or 年度主要任务: one cheap pass (a label is made of a
    cell only where it holds 务 or 申), so that a large sheet of project tables costs
    little more than reading it."""
    for row in grid:
        joined = "".join(row)  # one C-speed test per row; most rows hold neither
        if "务" not in joined and "申" not in joined:
            continue
        for cell in row:
            if "务" in cell or "申" in cell:
                key = label_key(cell)
                if key == _TASKS or TITLE_KEY in key:
                    return True
    return False


def department_name(grid: Grid) -> str:
    """The text right of 部门（单位）名称 (``""`` without it)."""
    at = _find(grid, _NAME)
    return _right(grid, *at) if at else ""


def read_declaration(grid: Grid) -> Department | None:
    """The 申报表 in ``grid``, or ``None`` when the grid holds none."""
    if not _may_hold(grid):
        return None
    titled = any(TITLE_KEY in label_key(cell) for row in grid[:6] for cell in row)
    tasks_at, goal_at = _find(grid, (_TASKS,)), _find(grid, _GOAL)
    if not titled and (tasks_at is None or goal_at is None):
        return None
    starts = sorted(_section_starts(grid))

    def end_of(row: int) -> int:
        return next((s for s in starts if s > row), len(grid))

    dept = Department()
    functions_at = _find(grid, _FUNCTIONS)
    dept.name = department_name(grid)
    dept.functions = _right(grid, *functions_at) if functions_at else ""
    funds_at = _funds_at(grid)
    if funds_at is not None:
        dept.funds = _funds(grid, funds_at, end_of(funds_at[0]))
    if tasks_at is not None:
        dept.tasks, dept.total = _tasks(grid, tasks_at, end_of(tasks_at[0]))
    if goal_at is not None:
        dept.overall_goal = _goal(grid, goal_at, end_of(goal_at[0]))
    indicators_at = _find(grid, (_INDICATORS,))
    if indicators_at is not None:
        _indicators(grid, indicators_at, end_of(indicators_at[0]), dept)
    safeguards_at = _find(grid, _SAFEGUARDS)
    if safeguards_at is not None:
        dept.measures = _safeguards(grid, safeguards_at, end_of(safeguards_at[0]))
    return dept
