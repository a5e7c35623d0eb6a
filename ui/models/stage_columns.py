"""The indicator tree's columns as a list of descriptions, chosen by the document's stage.

Every stage shows the four columns of the target table first (指标, 年度指标值, and the
optional 绩效指标描述 and 指标值确定依据, hidden unless the person shows them), then the
columns its stage adds (:data:`jxeditor.document.fields.STAGE_COLUMNS`): 运行监控
1–7月完成值 | 全年预计 | 完成可能性 | 偏差原因, 自评 实际完成值 | 分值 | 得分 | 偏差原因.
Between them, in every stage, last year's 上年指标值 and 上年实际完成值 (read-only, from
the indicator's ``history``; hidden unless shown). The model and the delegate only read
a column's ``kind``. Which fields there are, their titles, parsers and formatters are
the field registry's (:mod:`jxeditor.document.fields`); the editor a kind of field needs
is chosen here.

A column description says how a cell of a third-level indicator shows and takes its
value: the 分值 and 得分 show the computed score when nobody entered one
(:mod:`jxeditor.scoring.project`), 偏差原因 of the 运行监控 is a list of causes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from jxeditor.document import fields
from jxeditor.document.fields import STAGE_COLUMNS, FieldSpec, indicator_field
from jxeditor.document.model import Indicator, previous_year
from jxeditor.document.stage_edits import stage_field
from jxeditor.document.stages import TARGETS
from jxeditor.scoring.numbers import text as decimal_text
from ui.platform import i18n

if TYPE_CHECKING:  # scored only in the 自评 stage (ui.session.live_scores)
    from jxeditor.scoring.project import IndicatorScore

# kinds of column: how the cell is edited
NAME, VALUE, TEXT, ACTUAL, AMOUNT, POSSIBILITY, CAUSES, HISTORY = (
    "name", "value", "text", "actual", "amount", "possibility", "causes", "history",
)
NODE_FIELDS = frozenset({"name", "value", "description", "basis"})
CAUSES_SEPARATOR = fields.LIST_SEPARATOR
# The editor a field's cell needs: by the field's kind in the registry, and a special
# one for the indicator's name (the library's suggestions), its target value and the
# 自评's actual value (a verdict for a qualitative target).
_EDITOR_OF_KIND = {fields.AMOUNT: AMOUNT, fields.CHOICE: POSSIBILITY, fields.CHOICES: CAUSES}
_EDITOR_OF_PATH = {"name": NAME, "value": VALUE, "evaluation.actual": ACTUAL}


@dataclass(frozen=True)
class Column:
    """One column: the field it shows (a node field or a stage field path), its title
    and its kind; ``spec`` is the field in the registry (``None``: last year's history)."""

    key: str
    title: str
    kind: str
    spec: FieldSpec | None = None

    @property
    def stage_field(self) -> bool:
        """Whether the column shows a field of a stage block."""
        return "." in self.key

    @property
    def node_field(self) -> bool:
        """Whether the column shows a field of the node itself (名称, 年度指标值, …)."""
        return self.key in NODE_FIELDS

    def heading(self) -> str:
        """The title in the language in effect."""
        if self.spec is not None:
            return i18n.field_label(self.spec, short=True)
        return QCoreApplication.translate("IndicatorTreeModel", self.title)


def field_column(path: str) -> Column:
    """The column of an indicator's field, as the registry describes it."""
    spec = indicator_field(path)
    kind = _EDITOR_OF_PATH.get(path) or _EDITOR_OF_KIND.get(spec.kind, TEXT)
    return Column(path, spec.title, kind, spec)


BASE_COLUMNS: tuple[Column, ...] = tuple(
    field_column(path) for path in ("name", "value", "description", "basis")
)
# last year's target and actual (history), read-only
HISTORY_COLUMNS: tuple[Column, ...] = (
    Column("last_target", str(QT_TRANSLATE_NOOP("IndicatorTreeModel", "上年指标值")), HISTORY),
    Column("last_actual", str(QT_TRANSLATE_NOOP("IndicatorTreeModel", "上年实际完成值")), HISTORY),
)
# columns that show a computed number when nothing was entered
SCORE_KEYS = frozenset({"evaluation.points", "evaluation.score"})
# the optional columns, hidden unless shown: 描述, 依据, 上年指标值, 上年实际完成值 (they
# keep columns 2 to 5 in every stage)
OPTIONAL_KEYS = ("description", "basis", "last_target", "last_actual")


def columns_for(stage: str) -> tuple[Column, ...]:
    """The columns of the tree in ``stage``."""
    extra = tuple(
        field_column(key)
        for key in STAGE_COLUMNS.get(stage, STAGE_COLUMNS[TARGETS])
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


def _text(indicator: Indicator, column: Column) -> str:
    value = cell_value(indicator, column)
    if column.spec is None:
        return "" if value is None else str(value)
    return column.spec.text(value)


def display_text(indicator: Indicator, column: Column, score: IndicatorScore | None) -> str:
    """What the cell shows: the entered value, or the computed 分值/得分."""
    if (
        column.key in SCORE_KEYS and score is not None
        and cell_value(indicator, column) is None
    ):
        computed = score.points if column.key == "evaluation.points" else score.score
        return "" if computed is None else decimal_text(computed)
    return _text(indicator, column)


def edit_text(indicator: Indicator, column: Column) -> str:
    """The text an editor opens with: the entered value only (empty: computed)."""
    return _text(indicator, column)


def value_from_edit(column: Column, value: Any) -> Any:
    """The value a cell's editor gives, as the document holds it: the field's parser
    (:mod:`jxeditor.document.fields`) on the text stripped; a list of causes as it is."""
    if column.kind == CAUSES and isinstance(value, list):
        return [str(v) for v in value]
    text = "" if value is None else str(value).strip()
    return text if column.spec is None else column.spec.parse(text)


def computed_shown(indicator: Indicator, column: Column) -> bool:
    """Whether the cell shows a computed 分值/得分 (nobody entered one)."""
    return column.key in SCORE_KEYS and cell_value(indicator, column) is None
