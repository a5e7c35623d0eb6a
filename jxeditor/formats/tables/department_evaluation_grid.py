"""The department's 自评表, the 部门整体支出绩效自评表 (form C of ``department.md``), from a
grid of cell texts: a sheet of a workbook, or jxeditor's own 部门整体 sheet edited.

It is read as a project's 自评 table is (:class:`~jxeditor.formats.tables.stage_grid.StageReader`:
labels found by their text, the funds columns 年初预算数 | 全年预算数 | 全年执行数,
年度总体目标 with 预期目标 and 实际完成情况, the indicators with 实际完成值 | 分值 | 得分 |
偏差原因分析及改进措施, first levels with their points read as their names, 总分 and
自评等级 ending the table), with the department's funds rows 基本支出 / 项目支出 / 合计
and its 部门（单位）名称. A grid without the title in its first rows is no such form
(``None``). 分值 and 得分 are kept as the form states them (a 得分 cell holding a
workbook's formula as :func:`~jxeditor.document.stages.formula_score` text, reported by
the 自评 rules as a project's); the merge with the hidden copy
(:mod:`jxeditor.formats.xlsx.reader`) leaves those the program computes to it.
"""

from __future__ import annotations

from itertools import chain

from jxeditor.document.department import SPENDING_ROWS, Department, DepartmentEvaluation
from jxeditor.document.stages import EVALUATION
from jxeditor.formats.tables.department_grid import Grid, department_name
from jxeditor.formats.tables.grid_rows import Places, cells_of
from jxeditor.formats.tables.labels import label_key
from jxeditor.formats.tables.stage_grid import Formulas, StageReader

TITLE_KEY = "部门整体支出绩效自评表"
_ROWS = {label: key for key, label in SPENDING_ROWS} | {"部门支出合计": "total", "总计": "total"}


class _DepartmentReader(StageReader):
    """A project 自评 reader whose funds rows are the department's."""

    funds_rows = _ROWS

    def __init__(self, grid: Grid, sheet: str | None, formulas: Formulas | None) -> None:
        rows = [cells_of(list(row)) for row in grid]
        super().__init__(rows, 0, len(rows), Places(sheet), EVALUATION,
                         formulas() if formulas is not None else None)
        self.evaluation = DepartmentEvaluation()

    def funds_block(self) -> object | None:
        return self.evaluation


def is_department_evaluation(grid: Grid) -> bool:
    """Whether the first rows of ``grid`` hold the title of the form."""
    head = grid[:6]
    return "评" in "\x00".join(chain.from_iterable(head)) and any(  # a C-speed look first
        TITLE_KEY in label_key(cell) for row in head for cell in row)


def read_department_evaluation(grid: Grid, sheet: str | None = None,
                               formulas: Formulas | None = None) -> Department | None:
    """The department's 自评表 in ``grid``, or ``None`` when the grid holds none
    (``formulas``: the workbook's formula cells of the sheet, asked once it is the form)."""
    if not is_department_evaluation(grid):
        return None
    reader = _DepartmentReader(grid, sheet, formulas)
    project = reader.read()
    evaluation = reader.evaluation
    if project.evaluation is not None:
        evaluation.goals_achieved = project.evaluation.goals_achieved
    return Department(name=department_name(grid), overall_goal=project.goals.annual,
                      indicators=project.indicators, evaluation=evaluation)
