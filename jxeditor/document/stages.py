"""The stages of a project's year: the monitoring and self-evaluation blocks (format v2).

A document is in one stage (:data:`STAGES`): the target table itself, the mid-year
运行监控 or the 自评 early next year (``docs/year-cycle.md``). The later stages add a
block to every project and to every third-level indicator; a block is ``None`` until
the document is derived into that stage (``jxeditor derive``), so a version 1 file reads
with none of them. Amounts follow :mod:`jxeditor.document.amounts` (kept as typed when
unreadable); actual and forecast values are text like a 年度指标值 (``520人次``).

The fields of the blocks (their paths, kinds and labels) and the tree's columns per stage
are in the one field registry (:mod:`jxeditor.document.fields`); the printed rows and
columns of the 自评 funds block are here (:data:`EVALUATION_FUNDS_ROWS`, ...), so the
editor's form and the Excel forms follow the same description.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from jxeditor.document.amounts import Amount, DateValue

TARGETS, MONITORING, EVALUATION = "targets", "monitoring", "evaluation"
STAGES: tuple[str, ...] = (TARGETS, MONITORING, EVALUATION)
STAGE_LABELS: dict[str, str] = {TARGETS: "目标", MONITORING: "运行监控", EVALUATION: "自评"}
# The stages derived from a target table (jxeditor.document.derive, ``jxeditor derive``).
DERIVED_STAGES: tuple[str, ...] = (MONITORING, EVALUATION)

DEFAULT_SCORING = "2020-10"
SCORING_RULES: tuple[str, ...] = (DEFAULT_SCORING, "linear-cap")

CERTAIN = "确定能"
POSSIBILITIES: tuple[str, ...] = (CERTAIN, "有可能", "完全不可能")
CAUSES: tuple[str, ...] = ("经费保障", "制度保障", "人员保障", "硬件条件保障", "其他")


@dataclass
class ProjectMonitoring:
    """运行监控, per project: 截至日期, 全年预算数, 1–7月执行数, 全年预计执行数."""

    as_of: DateValue = None
    budget: Amount = None
    executed: Amount = None
    forecast: Amount = None


@dataclass
class EvaluationColumn:
    """One column of the 自评 funds block: 年度资金总额 and its three parts."""

    total: Amount = None
    fiscal: Amount = None
    carried_over: Amount = None
    other: Amount = None


@dataclass
class ProjectEvaluation:
    """自评, per project: 年初预算数, 全年预算数, 全年执行数 and 年度总体目标 实际完成情况."""

    budget_initial: EvaluationColumn = field(default_factory=EvaluationColumn)
    budget_full: EvaluationColumn = field(default_factory=EvaluationColumn)
    executed: EvaluationColumn = field(default_factory=EvaluationColumn)
    goals_achieved: str = ""


@dataclass
class IndicatorMonitoring:
    """运行监控, per indicator: 1–7月完成值, 全年预计完成值, 完成目标可能性, 偏差原因, 说明.

    ``possibility`` is ``""`` (not yet said) or one of :data:`POSSIBILITIES`; ``causes``
    are among :data:`CAUSES`.
    """

    current: str = ""
    forecast: str = ""
    possibility: str = ""
    causes: list[str] = field(default_factory=list)
    note: str = ""


@dataclass
class IndicatorEvaluation:
    """自评, per indicator: 实际完成值, 分值, 得分, 偏差原因分析及改进措施.

    ``points`` ``None`` means an equal share of its first level's points; ``score``
    ``None`` means computed by the rule set, a number is the user's own score; a text is
    never counted (:func:`formula_score`: a workbook's formula, kept to be reported); a
    text ``points`` the same (it counts as the even share).
    """

    actual: str = ""
    points: Amount = None
    score: Amount = None
    deviation: str = ""


# A 分值 or 得分 that a workbook's cell gave as a formula (its result is not the bureau's
# number): kept as this text, which the 自评 rules report by sheet and cell.
_FORMULA_SCORE = re.compile(r"公式 (=.*)（工作表“(.*)”单元格 ([A-Z]+[0-9]+)）", re.DOTALL)


def formula_score(formula: str, sheet: str, cell: str) -> str:
    """The 分值 or 得分 text of a formula in cell ``cell`` (``G14``) of ``sheet``."""
    return f"公式 {formula}（工作表“{sheet}”单元格 {cell}）"


def score_formula(score: object) -> tuple[str, str, str] | None:
    """The formula, sheet and cell of a :func:`formula_score` text; None for any other."""
    found = _FORMULA_SCORE.fullmatch(score) if isinstance(score, str) else None
    return (found[1], found[2], found[3]) if found else None


def formula_cells(values: Iterable[object]) -> set[tuple[str, str]]:
    """(sheet, cell) of every :func:`formula_score` text among ``values``: the cells the
    自评 rules report, which no other notice needs to name again."""
    return {(found[1], found[2]) for found in map(score_formula, values) if found}


# -- what the 自评 funds block prints, as data ----------------------------------------
# The 自评 funds block: rows (column key, label) × columns (block key, label), as printed.
EVALUATION_FUNDS_ROWS: tuple[tuple[str, str], ...] = (
    ("total", "年度资金总额"),
    ("fiscal", "其中：当年财政拨款"),
    ("carried_over", "上年结转资金"),
    ("other", "其他资金"),
)
EVALUATION_FUNDS_COLUMNS: tuple[tuple[str, str], ...] = (
    ("budget_initial", "年初预算数"),
    ("budget_full", "全年预算数"),
    ("executed", "全年执行数"),
)
# The department's 自评 funds block (form C of department.md): its rows (key of
# :class:`~jxeditor.document.department.SpendingRows`, label), as printed; the columns are
# :data:`EVALUATION_FUNDS_COLUMNS`.
DEPARTMENT_FUNDS_ROWS: tuple[tuple[str, str], ...] = (
    ("basic", "基本支出"), ("projects", "项目支出"), ("total", "合计"),
)
# Columns of the funds block that the program computes (分值 10, 执行率, 得分).
EVALUATION_FUNDS_COMPUTED: tuple[str, ...] = ("分值", "执行率", "得分")
