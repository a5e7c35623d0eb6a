"""The indicator tree's columns as a list of descriptions, chosen by the document's stage.

Every stage shows the four columns of the target table first (指标, 年度指标值, and the
optional 绩效指标描述 and 指标值确定依据, hidden unless the person shows them), then the
columns its stage adds (:data:`jxeditor.document.stages.STAGE_COLUMNS`): 运行监控
1–7月完成值 | 全年预计 | 完成可能性 | 偏差原因, 自评 实际完成值 | 分值 | 得分 | 偏差原因.
Between them, in every stage, last year's 上年指标值 and 上年实际完成值 (read-only, from
the indicator's ``history``; hidden unless shown). The model and the delegate only read
a column's ``kind``.

A column description says how a cell of a third-level indicator shows and takes its
value: the 分值 and 得分 show the computed score when nobody entered one
(:mod:`jxeditor.scoring.project`), 偏差原因 of the 运行监控 is a list of causes.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from jxeditor.document.amounts import format_amount, parse_amount
from jxeditor.document.model import Indicator, previous_year
from jxeditor.document.stage_edits import stage_field
from jxeditor.document.stages import STAGE_COLUMNS, TARGETS
from jxeditor.scoring.numbers import text as decimal_text
from jxeditor.scoring.project import IndicatorScore

# kinds of column: how the cell is edited
NAME, VALUE, TEXT, ACTUAL, AMOUNT, POSSIBILITY, CAUSES, HISTORY = (
    "name", "value", "text", "actual", "amount", "possibility", "causes", "history",
)
NODE_FIELDS = frozenset({"name", "value", "description", "basis"})
CAUSES_SEPARATOR = "、"


@dataclass(frozen=True)
class Column:
    """One column: the field it shows (a node field or a stage field path), its title
    (translated on use in the ``IndicatorTreeModel`` context) and its kind."""

    key: str
    title: str
    kind: str

    @property
    def stage_field(self) -> bool:
        """Whether the column shows a field of a stage block."""
        return "." in self.key

    @property
    def node_field(self) -> bool:
        """Whether the column shows a field of the node itself (名称, 年度指标值, …)."""
        return self.key in NODE_FIELDS


BASE_COLUMNS: tuple[Column, ...] = (
    Column("name", str(QT_TRANSLATE_NOOP("IndicatorTreeModel", "指标")), NAME),
    Column("value", str(QT_TRANSLATE_NOOP("IndicatorTreeModel", "年度指标值")), VALUE),
    Column("description", str(QT_TRANSLATE_NOOP("IndicatorTreeModel", "绩效指标描述")), TEXT),
    Column("basis", str(QT_TRANSLATE_NOOP("IndicatorTreeModel", "指标值确定依据")), TEXT),
)
# last year's target and actual (history), read-only
HISTORY_COLUMNS: tuple[Column, ...] = (
    Column("last_target", str(QT_TRANSLATE_NOOP("IndicatorTreeModel", "上年指标值")), HISTORY),
    Column("last_actual", str(QT_TRANSLATE_NOOP("IndicatorTreeModel", "上年实际完成值")), HISTORY),
)
# the titles as written in STAGE_COLUMNS, listed here for the translation
_TITLES = (
    QT_TRANSLATE_NOOP("IndicatorTreeModel", "1–7月完成值"),
    QT_TRANSLATE_NOOP("IndicatorTreeModel", "全年预计"),
    QT_TRANSLATE_NOOP("IndicatorTreeModel", "完成可能性"),
    QT_TRANSLATE_NOOP("IndicatorTreeModel", "偏差原因"),
    QT_TRANSLATE_NOOP("IndicatorTreeModel", "实际完成值"),
    QT_TRANSLATE_NOOP("IndicatorTreeModel", "分值"),
    QT_TRANSLATE_NOOP("IndicatorTreeModel", "得分"),
)
_KINDS = {
    "evaluation.actual": ACTUAL,
    "evaluation.points": AMOUNT,
    "evaluation.score": AMOUNT,
    "monitoring.possibility": POSSIBILITY,
    "monitoring.causes": CAUSES,
}
# columns that show a computed number when nothing was entered
SCORE_KEYS = frozenset({"evaluation.points", "evaluation.score"})
# the optional columns, hidden unless shown: 描述, 依据, 上年指标值, 上年实际完成值 (they
# keep columns 2 to 5 in every stage)
OPTIONAL_KEYS = ("description", "basis", "last_target", "last_actual")


def columns_for(stage: str) -> tuple[Column, ...]:
    """The columns of the tree in ``stage``."""
    extra = tuple(
        Column(key, title, _KINDS.get(key, TEXT))
        for key, title in STAGE_COLUMNS.get(stage, STAGE_COLUMNS[TARGETS])
        if key != "value"
    )
    return BASE_COLUMNS + HISTORY_COLUMNS + extra


def history_text(indicator: Indicator, column: Column, year: int) -> str:
    """上年指标值 or 上年实际完成值: the latest history entry before ``year``."""
    past = previous_year(indicator, year)
    if past is None:
        return ""
    return past.target if column.key == "last_target" else past.actual


def cell_value(indicator: Indicator, column: Column) -> Any:
    """The stored value of a third-level indicator's cell (``None``: nothing entered)."""
    if column.kind == HISTORY:
        return None
    if column.stage_field:
        return stage_field(indicator, column.key)
    return getattr(indicator, column.key)


def display_text(indicator: Indicator, column: Column, score: IndicatorScore | None) -> str:
    """What the cell shows: the entered value, or the computed 分值/得分."""
    value = cell_value(indicator, column)
    if column.kind == CAUSES:
        return CAUSES_SEPARATOR.join(value or [])
    if column.key in SCORE_KEYS and value is None and score is not None:
        computed = score.points if column.key == "evaluation.points" else score.score
        return "" if computed is None else decimal_text(computed)
    if column.kind == AMOUNT:
        return format_amount(value)
    return "" if value is None else str(value)


def edit_text(indicator: Indicator, column: Column) -> str:
    """The text an editor opens with: the entered value only (empty: computed)."""
    value = cell_value(indicator, column)
    if column.kind == CAUSES:
        return CAUSES_SEPARATOR.join(value or [])
    if column.kind == AMOUNT:
        return format_amount(value)
    return "" if value is None else str(value)


def value_from_edit(column: Column, value: Any) -> Any:
    """The value a cell's editor gives, as the document holds it."""
    if column.kind == CAUSES:
        if isinstance(value, list):
            return [str(v) for v in value]
        parts = str(value or "").replace(",", CAUSES_SEPARATOR).split(CAUSES_SEPARATOR)
        return [p.strip() for p in parts if p.strip()]
    text = "" if value is None else str(value).strip()
    if column.kind == AMOUNT:
        return parse_amount(text, lenient=True)
    return text


def computed_shown(indicator: Indicator, column: Column) -> bool:
    """Whether the cell shows a computed 分值/得分 (nobody entered one)."""
    return column.key in SCORE_KEYS and cell_value(indicator, column) is None


def same(a: Any, b: Any) -> bool:
    """Whether a cell's new value changes nothing (``Decimal('1')`` is not ``'1'``)."""
    if isinstance(a, Decimal) or isinstance(b, Decimal):
        return type(a) is type(b) and str(a) == str(b)
    return bool(a == b)
