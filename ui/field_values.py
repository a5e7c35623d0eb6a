"""How the text in a form field becomes a project field value, and back.

Amounts and percentages are strict (:func:`jxeditor.document.model.parse_amount`: ``Decimal`` for a
plain number, the raw text otherwise, ``None`` when blank); dates are ``datetime.date``
when the text is an ISO date (``2026-01-01``), else the raw text, ``None`` when blank;
everything else is plain text. The form keeps what the user typed on screen as long as
it means the value stored in the document.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from jxeditor.document.model import format_amount, parse_amount

DATE_FIELDS = frozenset({"period.start", "period.end"})


def field_kind(path: str) -> str:
    """``'amount'``, ``'date'`` or ``'text'``."""
    if path.startswith(("funding.", "spending_plan.")):
        return "amount"
    if path in DATE_FIELDS:
        return "date"
    return "text"


def parse_date_text(text: str) -> date | str | None:
    raw = text.strip()
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        return raw


def value_from_text(path: str, text: str) -> Any:
    kind = field_kind(path)
    if kind == "amount":
        return parse_amount(text)
    if kind == "date":
        return parse_date_text(text)
    return text


def text_from_value(path: str, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if field_kind(path) == "amount":
        return format_amount(value)
    return str(value)


def same_value(a: Any, b: Any) -> bool:
    """Equal, of the same type and written the same (``Decimal('1')`` is not ``'1'``,
    nor ``Decimal('1.0')``)."""
    return type(a) is type(b) and a == b and str(a) == str(b)
