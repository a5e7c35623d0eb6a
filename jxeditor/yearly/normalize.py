"""What counts as the same value when two versions are compared (no noise).

Two texts are the same when they differ only in whitespace or in full-width and
half-width forms (``１２`` and ``12``, ``（`` and ``(``): :func:`plain`, which takes each
character to its NFKC form (``㎡`` → ``m2``, ``①`` → ``1``, the Kangxi radical ``⼈`` → ``人``)
with a table (:mod:`jxeditor.yearly.halfwidth_table`; the packaged program carries no
``unicodedata``). Unlike ``unicodedata.normalize`` it leaves combining marks uncomposed
(``e`` + U+0301 stays two characters), which no one types into these tables. Amounts are the
same when they are the same number (``12`` and ``12.00``), dates when they are the
same day however written, target values when they say the same (``≥500人次`` and
``≥ 500.00 人·次``; ``95%以上`` and ``≥95%``). Each ``*_key`` function gives a value that
is equal exactly when the two values are the same in this sense.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

from jxeditor.document.amounts import parse_amount
from jxeditor.document.fields import AMOUNT, DATE, field_kind
from jxeditor.document.periods import parse_date
from jxeditor.document.values import normalize_symbols, parse_value
from jxeditor.scoring.units import canonical_unit

_SPACE = re.compile(r"\s+")
_HALFWIDTH: dict[int, str] = {}


def halfwidth(text: str) -> str:
    """``text`` with each character in its NFKC form (full-width → half-width …)."""
    if not _HALFWIDTH:
        from jxeditor.yearly.halfwidth_table import KEYS, SEPARATOR, VALUES

        _HALFWIDTH.update(zip(map(ord, KEYS), VALUES.split(SEPARATOR), strict=True))
    return text.translate(_HALFWIDTH)


def plain(text: str | None) -> str:
    """``text`` without whitespace, in half-width forms (NFKC)."""
    if not text:
        return ""
    if text.isascii():
        return _SPACE.sub("", text)
    return _SPACE.sub("", halfwidth(text))


def amount_key(value: Any) -> Any:
    """An amount as compared: its number, or its plain text when it is not one."""
    if value is None or isinstance(value, Decimal):
        return value
    number = parse_amount(plain(str(value)), lenient=True)
    return number if isinstance(number, Decimal) else plain(str(value)) or None


def date_key(value: Any) -> Any:
    """A date as compared: the day, or the plain text when it is not one."""
    if value is None or isinstance(value, date):
        return value
    day = parse_date(plain(str(value)))
    return day if isinstance(day, date) else plain(str(value)) or None


def field_key(path: str, value: Any) -> Any:
    """A project field's value as compared (by the field's kind)."""
    kind = field_kind(path)
    if kind == AMOUNT:
        return amount_key(value)
    if kind == DATE:
        return date_key(value)
    return plain(value if isinstance(value, str) else str(value or ""))


def value_key(text: str) -> Any:
    """A 年度指标值 as compared: comparator, number(s) and unit when it has a number,
    else its plain text with standard symbols."""
    parsed = parse_value(plain(text))
    if parsed.kind in ("quantitative", "range") and parsed.number is not None:
        return (parsed.kind, parsed.comparator, parsed.number, parsed.high,
                canonical_unit(parsed.unit))
    return ("text", normalize_symbols(plain(text)))


def same_field(path: str, old: Any, new: Any) -> bool:
    """Whether a project field says the same in both versions."""
    return bool(old == new or field_key(path, old) == field_key(path, new))


def same_value(old: str, new: str) -> bool:
    """Whether two target values say the same."""
    return bool(old == new or value_key(old) == value_key(new))


def same_text(old: str, new: str) -> bool:
    """Whether two texts are the same but for whitespace and full-width forms."""
    return old == new or plain(old) == plain(new)
