"""Every project field in one table: its path, kind, Chinese label, and how its text
becomes a value and back.

Paths are those of :data:`jxeditor.document.model.PROJECT_FIELDS`. A field is of one of
three kinds, and each kind has one parser and one formatter, the same the importers use:

- ``text``: the text as typed;
- ``amount`` (amounts and percentages): :func:`~jxeditor.document.amounts.parse_amount`,
  lenient, in the field's unit (``"1,443.08"``, ``"1443.08万元"``, ``"１２"``,
  ``"12。5"``, ``"40万"`` in a 万元 field, ``"30%"`` in a spending-plan field: a
  ``Decimal``; the raw text otherwise, ``None`` when blank), and
  :func:`~jxeditor.document.amounts.format_amount`;
- ``date``: :func:`~jxeditor.document.periods.parse_date`, lenient (``2026/1/1``,
  ``2026.1.1``, ``2026年1月1日``, ``20260101``: a ``date``; the raw text otherwise,
  ``None`` when blank), and :func:`~jxeditor.document.periods.format_date`.

The document holds what was understood (``Decimal("40")`` for ``"40万"`` in a 万元
field); the form shows it in the normal form (``40``, ``2026-01-01``) once the user
leaves the field. :func:`value_from_text` and :func:`text_from_value` are what an
editor's form uses; :func:`field_kind` says which widget a field needs. The labels name
fields to users (the validator's locations, undo texts).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from jxeditor.document.amounts import PERCENT, format_amount, parse_amount
from jxeditor.document.periods import format_date, parse_date

TEXT = "text"
AMOUNT = "amount"
DATE = "date"

FieldValue = Decimal | date | str | None

# A field's kind follows from its path: amounts and percentages under these prefixes,
# dates by name, text otherwise (also for a path outside the table).
AMOUNT_PREFIXES: tuple[str, ...] = ("funding.", "spending_plan.")
PERCENT_PREFIX = "spending_plan."
MONEY = "万元"  # the unit of money fields unless the document says otherwise
DATE_PATHS: frozenset[str] = frozenset({"period.start", "period.end"})

# The Chinese label of every project field, in the order of PROJECT_FIELDS.
LABELS: tuple[tuple[str, str], ...] = (
    ("code", "项目编码"),
    ("name", "项目名称"),
    ("attribute", "项目属性"),
    ("category", "项目类别"),
    ("department", "主管部门"),
    ("implementer", "实施单位"),
    ("period.start", "项目实施期（开始）"),
    ("period.end", "项目实施期（结束）"),
    ("funding.period.total", "实施期金额"),
    ("funding.period.fiscal", "实施期金额·其中：财政拨款"),
    ("funding.period.other", "实施期金额·其他资金"),
    ("funding.annual.total", "年度金额"),
    ("funding.annual.fiscal", "年度金额·其中：财政拨款"),
    ("funding.annual.other", "年度金额·其他资金"),
    ("purpose", "项目资金主要用途"),
    ("spending_plan.03", "资金支出计划·3月底"),
    ("spending_plan.06", "资金支出计划·6月底"),
    ("spending_plan.10", "资金支出计划·10月底"),
    ("spending_plan.12", "资金支出计划·12月底"),
    ("goals.period", "实施期目标"),
    ("goals.annual", "年度目标"),
)


def _text(text: str) -> str:
    return text


def _money(text: str) -> FieldValue:
    return parse_amount(text, lenient=True, unit=MONEY)


def _percent(text: str) -> FieldValue:
    return parse_amount(text, lenient=True, unit=PERCENT)


def _date(text: str) -> FieldValue:
    return parse_date(text, lenient=True)


_FORMATTERS: dict[str, Callable[[Any], str]] = {
    TEXT: str,
    AMOUNT: format_amount,
    DATE: format_date,
}


@dataclass(frozen=True)
class FieldSpec:
    """One project field: dotted path, kind, label, and its kind's parser and formatter."""

    path: str
    kind: str
    label: str
    unit: str  # "万元" (money: the document's unit), "%" or "" (dates, text)
    parse: Callable[[str], FieldValue]
    format: Callable[[Any], str]


def _kind_of(path: str) -> str:
    if path.startswith(AMOUNT_PREFIXES):
        return AMOUNT
    if path in DATE_PATHS:
        return DATE
    return TEXT


def _spec(path: str, label: str) -> FieldSpec:
    kind = _kind_of(path)
    if kind == AMOUNT and path.startswith(PERCENT_PREFIX):
        return FieldSpec(path, kind, label, PERCENT, _percent, format_amount)
    if kind == AMOUNT:
        return FieldSpec(path, kind, label, MONEY, _money, format_amount)
    return FieldSpec(path, kind, label, "", _date if kind == DATE else _text, _FORMATTERS[kind])


FIELDS: tuple[FieldSpec, ...] = tuple(_spec(path, label) for path, label in LABELS)
_BY_PATH: dict[str, FieldSpec] = {spec.path: spec for spec in FIELDS}


def field_spec(path: str) -> FieldSpec:
    """The table's entry for ``path``; a path outside the table gets an entry of the
    kind its path says, labelled by the path itself."""
    spec = _BY_PATH.get(path)
    return spec if spec is not None else _spec(path, path)


def field_kind(path: str) -> str:
    """``'amount'``, ``'date'`` or ``'text'``."""
    return field_spec(path).kind


def value_from_text(path: str, text: str, *, money_unit: str = MONEY) -> FieldValue:
    """The value a field holds when its text is ``text`` (leniently: what people type).

    ``money_unit`` is the document's: in a 元 document ``"4万"`` is 40000.
    """
    spec = field_spec(path)
    if spec.unit == MONEY and money_unit != MONEY:
        return parse_amount(text, lenient=True, unit=money_unit)
    return spec.parse(text)


def field_unit(path: str, money_unit: str = MONEY) -> str:
    """The unit a field's number counts in: the document's money unit, ``"%"`` or ``""``."""
    unit = field_spec(path).unit
    return money_unit if unit == MONEY else unit


def text_from_value(path: str, value: Any) -> str:
    """The text that shows a field's value: blank for ``None``, a date as ISO in any
    field, otherwise the field kind's formatter."""
    if value is None:
        return ""
    if isinstance(value, date):
        return format_date(value)
    return field_spec(path).format(value)
