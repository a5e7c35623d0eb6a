"""The one field registry: every field of a document, its path, owner, stage, kind, label,
and how its text becomes a value and back.

Each field is described once, in :data:`~jxeditor.document.fields.table.REGISTRY`, as a
:class:`~jxeditor.document.fields.spec.FieldSpec` ``(path, owner, stage, kind, label,
parse, format)`` (and its unit, English and short label). Owners: the document's
settings, the project header, the funding block, a project's stage block, an indicator
(its columns in the tree); the department block, its tasks, their measures and its
保障措施 (:func:`department_fields` of each), and the department's 自评 block. The
project form, the stage blocks, the tree's stage columns, the undo texts, the compare
labels, the validator's locations and the JSON reader all read it from here.

Paths are dotted from the field's holder (the document, a project, an indicator):
:func:`field_spec` looks up a project's field (header, funding or stage block),
:func:`indicator_field` an indicator's, :func:`document_field` a setting.

The kinds (:mod:`jxeditor.document.fields.spec`): ``text`` as typed; ``amount``
(amounts and percentages) read leniently in the field's unit (``"1,443.08"``,
``"1443.08万元"``, ``"１２"``, ``"12。5"``, ``"40万"`` in a 万元 field, ``"30%"`` in a
spending-plan field: a ``Decimal``; the raw text otherwise, ``None`` when blank) and
written by :func:`~jxeditor.document.amounts.format_amount`; ``date`` read leniently
(``2026/1/1``, ``2026.1.1``, ``2026年1月1日``, ``20260101``) and written ISO; ``integer``,
``choice`` and ``choices`` (a list written with ``、``).

The document holds what was understood (``Decimal("40")`` for ``"40万"`` in a 万元
field); the form shows it in the normal form (``40``, ``2026-01-01``) once the user
leaves the field. :func:`value_from_text` and :func:`text_from_value` are what an
editor's form uses; :func:`field_kind` says which widget a field needs;
:func:`same_value` whether a new value changes nothing.
"""

from __future__ import annotations

from typing import Any

from jxeditor.document.amounts import PERCENT, parse_amount
from jxeditor.document.fields.spec import (
    AMOUNT,
    CHOICE,
    CHOICES,
    DATE,
    DEPARTMENT,
    DEPARTMENT_STAGE,
    DOCUMENT,
    FUNDING,
    HEADER,
    INDICATOR,
    INTEGER,
    KINDS,
    LIST_SEPARATOR,
    MEASURE,
    MONEY,
    OWNERS,
    PROJECT,
    SAFEGUARD,
    STAGE_BLOCK,
    TASK,
    TEXT,
    FieldSpec,
    FieldValue,
    make_spec,
    same_value,
)
from jxeditor.document.fields.table import MONTHS, PLAN_MONTHS, REGISTRY, STAGE_COLUMNS

__all__ = [
    "AMOUNT", "CHOICE", "CHOICES", "DATE", "DEPARTMENT", "DEPARTMENT_STAGE", "DOCUMENT", "FIELDS", "FUNDING",
    "HEADER", "INDICATOR", "INTEGER", "KINDS", "LIST_SEPARATOR", "MEASURE", "MONEY",
    "MONTHS", "OWNERS", "PERCENT", "PLAN_MONTHS", "PROJECT", "REGISTRY", "SAFEGUARD",
    "STAGE_BLOCK", "STAGE_COLUMNS", "TASK", "TEXT", "FieldSpec", "FieldValue",
    "department_fields", "document_field", "field_kind", "field_spec",
    "field_unit", "fields_of", "find_field", "indicator_field", "label_of",
    "parse_in_unit", "same_value", "stage_block_fields", "text_from_value",
    "value_from_text",
]

# A path outside the registry gets the kind its path says: amounts and percentages under
# these prefixes, text otherwise.
AMOUNT_PREFIXES: tuple[str, ...] = ("funding.", "spending_plan.")
PERCENT_PREFIX = "spending_plan."

# The project table's own fields (header and funding block), in the order of the table.
FIELDS: tuple[FieldSpec, ...] = tuple(s for s in REGISTRY if s.owner in (HEADER, FUNDING))

_BY_HOLDER: dict[tuple[str, str], FieldSpec] = {(s.holder, s.path): s for s in REGISTRY}


def fields_of(*owners: str) -> tuple[FieldSpec, ...]:
    """The fields of ``owners``, in the registry's order."""
    return tuple(s for s in REGISTRY if s.owner in owners)


def department_fields(owner: str) -> dict[str, FieldSpec]:
    """The fields of a part of the department block (``DEPARTMENT``, ``TASK``,
    ``MEASURE``, ``SAFEGUARD``), by path, in the registry's order."""
    return {s.path: s for s in REGISTRY if s.owner == owner}


def stage_block_fields(stage: str) -> tuple[FieldSpec, ...]:
    """The fields of a project's block of ``stage`` (none in the target stage)."""
    return tuple(s for s in REGISTRY if s.owner == STAGE_BLOCK and s.stage == stage)


def _unknown(path: str) -> FieldSpec:
    if path.startswith(PERCENT_PREFIX):
        return make_spec(path, FUNDING, None, AMOUNT, path, path, unit=PERCENT)
    if path.startswith(AMOUNT_PREFIXES):
        return make_spec(path, FUNDING, None, AMOUNT, path, path, unit=MONEY)
    return make_spec(path, HEADER, None, TEXT, path, path)


def field_spec(path: str) -> FieldSpec:
    """A project's field at ``path`` (header, funding or stage block); a path outside the
    registry gets an entry of the kind its path says, labelled by the path itself."""
    spec = _BY_HOLDER.get((PROJECT, path))
    return spec if spec is not None else _unknown(path)


def indicator_field(path: str) -> FieldSpec:
    """An indicator's field (``name``, ``value``, ``evaluation.actual``, …)."""
    return _BY_HOLDER[(INDICATOR, path)]


def document_field(name: str) -> FieldSpec:
    """A setting of the document (``year``, ``framework``, …)."""
    return _BY_HOLDER[(DOCUMENT, name)]


def find_field(holder: str, path: str) -> FieldSpec:
    """The field of ``holder`` (``"project"``, ``"indicator"``, ``"document"``) at
    ``path``; one labelled by the path itself when the registry has no such field."""
    spec = _BY_HOLDER.get((holder, path))
    return spec if spec is not None else _unknown(path)


def label_of(holder: str, path: str) -> str:
    """The label of a field of ``holder`` (the path itself when there is no such field)."""
    return find_field(holder, path).label


def field_kind(path: str) -> str:
    """``'amount'``, ``'date'`` or ``'text'`` (a project's field)."""
    return field_spec(path).kind


def value_from_text(path: str, text: str, *, money_unit: str = MONEY) -> FieldValue:
    """The value a project's field holds when its text is ``text`` (leniently: what people
    type). ``money_unit`` is the document's: in a 元 document ``"4万"`` is 40000."""
    spec = field_spec(path)
    return parse_in_unit(spec, text, money_unit)


def parse_in_unit(spec: FieldSpec, text: str, money_unit: str = MONEY) -> FieldValue:
    """``spec``'s parser, a money field's in the document's ``money_unit``."""
    if spec.unit == MONEY and money_unit != MONEY:
        return parse_amount(text, lenient=True, unit=money_unit)
    return spec.parse(text)


def field_unit(path: str, money_unit: str = MONEY) -> str:
    """The unit a field's number counts in: the document's money unit, ``"%"`` or ``""``."""
    unit = field_spec(path).unit
    return money_unit if unit == MONEY else unit


def text_from_value(path: str, value: Any) -> str:
    """The text that shows a project field's value: blank for ``None``, a date as ISO in
    any field, otherwise the field kind's formatter."""
    return field_spec(path).text(value)
