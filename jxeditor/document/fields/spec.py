"""What a field is: :class:`FieldSpec`, the kinds of value, each kind's parser and
formatter, and the one test of whether a new value changes nothing (:func:`same_value`).

A field is of one kind, and each kind has one parser (text as people type it → the
value the document holds) and one formatter (value → text):

- ``text``: the text as typed;
- ``amount`` (amounts, percentages, points): :func:`~jxeditor.document.amounts.parse_amount`,
  lenient, in the field's unit (a ``Decimal``; the raw text otherwise, ``None`` when
  blank), and :func:`~jxeditor.document.amounts.format_amount`;
- ``date``: :func:`~jxeditor.document.periods.parse_date`, lenient, and
  :func:`~jxeditor.document.periods.format_date`;
- ``integer`` (the budget year): an ``int`` when the text is digits;
- ``choice``: one of the field's ``choices`` (or ``""``), as typed, stripped;
- ``choices``: a list among the field's ``choices``, written with ``、``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from jxeditor.document.amounts import PERCENT, format_amount, parse_amount
from jxeditor.document.periods import format_date, parse_date

TEXT = "text"
AMOUNT = "amount"
DATE = "date"
INTEGER = "integer"
CHOICE = "choice"
CHOICES = "choices"
KINDS: tuple[str, ...] = (TEXT, AMOUNT, DATE, INTEGER, CHOICE, CHOICES)

MONEY = "万元"  # the unit of money fields unless the document says otherwise
LIST_SEPARATOR = "、"  # between the entries of a ``choices`` field written as text

# Who owns a field: the document's settings, the project table's header and funding
# block, a project's stage block, an indicator (its columns in the tree); the department
# block (部门整体) and its 自评 block, one of its tasks, a task's measure, a 保障措施.
DOCUMENT = "document"
HEADER = "header"
FUNDING = "funding"
STAGE_BLOCK = "stage_block"
INDICATOR = "indicator"
DEPARTMENT = "department"
TASK = "task"
MEASURE = "measure"
SAFEGUARD = "safeguard"
DEPARTMENT_STAGE = "department_stage"
OWNERS: tuple[str, ...] = (
    DOCUMENT, HEADER, FUNDING, STAGE_BLOCK, INDICATOR, DEPARTMENT, TASK, MEASURE, SAFEGUARD,
    DEPARTMENT_STAGE,
)
# The object that holds an owner's fields: a field's path is a dotted path from it.
PROJECT = "project"
HOLDERS: dict[str, str] = {
    DOCUMENT: DOCUMENT, HEADER: PROJECT, FUNDING: PROJECT, STAGE_BLOCK: PROJECT,
    INDICATOR: INDICATOR, DEPARTMENT: DEPARTMENT, TASK: TASK, MEASURE: MEASURE,
    SAFEGUARD: SAFEGUARD, DEPARTMENT_STAGE: DEPARTMENT,
}

FieldValue = Any  # Decimal | date | int | str | list[str] | None


@dataclass(frozen=True)
class FieldSpec:
    """One field: its dotted ``path`` from its holder, ``owner``, ``stage`` (``None``: the
    document's; else the stage whose table it belongs to), ``kind``, Chinese ``label``,
    its kind's ``parse`` and ``format``; the ``unit`` its number counts in (``"万元"``:
    the document's money unit, ``"%"``, or ``""``); the English of the label; ``short``
    where a column title or caption is short of room (``""``: the label); ``choices``."""

    path: str
    owner: str
    stage: str | None
    kind: str
    label: str
    parse: Callable[[str], FieldValue]
    format: Callable[[Any], str]
    unit: str = ""
    english: str = ""
    short: str = ""
    short_english: str = ""
    choices: tuple[str, ...] = ()

    @property
    def holder(self) -> str:
        """``"document"``, ``"project"``, ``"indicator"`` or a part of the department
        block (``"department"``, ``"task"``, ``"measure"``, ``"safeguard"``): what the
        path starts from."""
        return HOLDERS[self.owner]

    @property
    def title(self) -> str:
        """The short label (a column title), or the label."""
        return self.short or self.label

    @property
    def title_english(self) -> str:
        """The short label in English, or the label's English."""
        return self.short_english or self.english

    def text(self, value: Any) -> str:
        """The text that shows ``value``: blank for ``None``, a date as ISO in any field,
        otherwise the kind's formatter."""
        if value is None:
            return ""
        if isinstance(value, date):
            return format_date(value)
        return self.format(value)


def _text(text: str) -> str:
    return text


def _money(text: str) -> FieldValue:
    return parse_amount(text, lenient=True, unit=MONEY)


def _percent(text: str) -> FieldValue:
    return parse_amount(text, lenient=True, unit=PERCENT)


def _number(text: str) -> FieldValue:
    return parse_amount(text, lenient=True)


def _date(text: str) -> FieldValue:
    return parse_date(text, lenient=True)


def _integer(text: str) -> FieldValue:
    stripped = text.strip()
    if not stripped:
        return None
    return int(stripped) if stripped.isascii() and stripped.isdigit() else stripped


def _choice(text: str) -> str:
    return text.strip()


def _choices(text: str) -> list[str]:
    parts = text.replace(",", LIST_SEPARATOR).split(LIST_SEPARATOR)
    return [p.strip() for p in parts if p.strip()]


def _list_text(value: Any) -> str:
    return LIST_SEPARATOR.join(value or [])


_AMOUNT_PARSERS: dict[str, Callable[[str], FieldValue]] = {
    MONEY: _money, PERCENT: _percent, "": _number,
}
_PARSERS: dict[str, Callable[[str], FieldValue]] = {
    TEXT: _text, DATE: _date, INTEGER: _integer, CHOICE: _choice, CHOICES: _choices,
}
_FORMATTERS: dict[str, Callable[[Any], str]] = {
    TEXT: str, AMOUNT: format_amount, DATE: format_date, INTEGER: str, CHOICE: str,
    CHOICES: _list_text,
}


def make_spec(
    path: str, owner: str, stage: str | None, kind: str, label: str, english: str = "", *,
    unit: str = "", short: str = "", short_english: str = "", choices: tuple[str, ...] = (),
) -> FieldSpec:
    """A field with its kind's parser and formatter (an amount's parser by its unit)."""
    parse = _AMOUNT_PARSERS[unit] if kind == AMOUNT else _PARSERS[kind]
    return FieldSpec(path, owner, stage, kind, label, parse, _FORMATTERS[kind], unit,
                     english, short, short_english, choices)


def same_value(a: Any, b: Any) -> bool:
    """Whether a field's new value changes nothing: equal, of the same type and written the
    same (``Decimal('1')`` is not ``'1'``, nor ``Decimal('1.0')``: the file would differ)."""
    return type(a) is type(b) and bool(a == b) and str(a) == str(b)
