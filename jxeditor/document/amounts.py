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
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９．－＋，", "0123456789.-+,")


def parse_amount(text: object, *, lenient: bool = False) -> Amount:
    """Reads an amount or percentage: a ``Decimal`` if it is a number, else the text.

    Blank text gives ``None``. Strictly, only a plain decimal number is a number (what a
    user types in the editor, what the JSON format holds). ``lenient`` is for importing
    what people write in spreadsheets: thousands separators, full-width digits and a
    trailing ``万``/``万元``/``%`` are accepted (``"1,443.08"``, ``"40万"``, ``"30%"``).
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
    s = raw
    if lenient:
        s = s.translate(_FULLWIDTH_DIGITS).replace(",", "").replace(" ", "")
        for suffix in ("万元", "万", "%"):
            if s.endswith(suffix) and len(s) > len(suffix):
                s = s[: -len(suffix)]
                break
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
