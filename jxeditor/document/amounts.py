"""Amounts and dates as the model keeps them, and the one parser and writer of amounts.

A value a user typed may be unreadable (an amount ``"40万元左右"``, a date ``"待定"``). The
model keeps such text as it is, so nothing is lost and the validator can point at it:
amounts and percentages are ``Decimal | str | None`` (``Decimal`` when the text is a
number, the raw ``str`` when it is not, ``None`` when blank), dates are
``date | str | None`` the same way. Amounts are never floats.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

Amount = Decimal | str | None
DateValue = date | str | None

_NUMBER_RE = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
_GROUPED_RE = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$")
# full-width digits, signs, comma and percent; the ideographic full stop as a decimal point
_FULLWIDTH = str.maketrans("０１２３４５６７８９．。－＋，％", "0123456789..-+,%")
_UNIT_SPACE = re.compile(r"\s+(?=(万元|万|元|%)$)")
_SPACES = re.compile(r"\s+")

PERCENT = "%"
# what a trailing unit multiplies a number by, in a field of the given unit
_UNIT_FACTORS: dict[str, dict[str, int]] = {
    "万元": {"万元": 1, "万": 1},
    "元": {"万元": 10000, "万": 10000, "元": 1},
    PERCENT: {PERCENT: 1},
}
_ANY_UNIT: dict[str, int] = {"万元": 1, "万": 1, PERCENT: 1}
_SUFFIXES = ("万元", "万", "元", PERCENT)


def parse_amount(text: object, *, lenient: bool = False, unit: str | None = None) -> Amount:
    """Reads an amount or percentage: a ``Decimal`` if it is a number, else the text.

    Blank text gives ``None``; unreadable text comes back stripped, as it was typed.
    Strictly, only a plain decimal number is a number (what the JSON format holds).
    ``lenient`` reads what people write, in the editor's form and in imported tables:
    thousands separators (commas or spaces) in their places (``"1,443.08"``, ``"1 443"``;
    ``"12,5"`` stays text),
    full-width digits, ``。`` as the decimal point (``"１２"``, ``"12。5"``), spaces,
    and a trailing unit. ``unit`` is the field's: ``"万元"`` accepts ``万元``/``万``
    (``"40万"`` is 40), ``"元"`` accepts ``元`` and scales ``万``/``万元`` (``"4万"`` is
    40000), ``"%"`` accepts ``%`` (``"30%"`` is 30); ``None`` (the importers) accepts
    ``万元``, ``万`` and ``%`` as they are. Any other unit stays text.
    """
    if text is None:
        return None
    if isinstance(text, Decimal):
        return text
    if isinstance(text, bool):
        return str(text)
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, float):
        return Decimal(repr(text))
    raw = str(text).strip()
    if not raw:
        return None
    if not lenient:
        return _number(raw, raw)
    s = _UNIT_SPACE.sub("", raw.translate(_FULLWIDTH))
    factor = 1
    factors = _ANY_UNIT if unit is None else _UNIT_FACTORS.get(unit, {})
    for suffix in _SUFFIXES:
        if s.endswith(suffix) and len(s) > len(suffix):
            if suffix not in factors:
                return raw
            s, factor = s[: -len(suffix)], factors[suffix]
            break
    s = _SPACES.sub(",", s)  # a space between digits groups them, as a comma does
    if "," in s:
        if not _GROUPED_RE.match(s):
            return raw
        s = s.replace(",", "")
    number = _number(s, raw)
    if isinstance(number, Decimal) and factor != 1:
        return number * factor
    return number


def _number(s: str, raw: str) -> Amount:
    if _NUMBER_RE.match(s):
        try:
            return Decimal(s)
        except InvalidOperation:  # pragma: no cover - the regex admits only numbers
            return raw
    return raw


def format_amount(value: Amount) -> str:
    """Writes an amount back as text: fixed notation, never ``1E+3``; blank for ``None``."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    return value
