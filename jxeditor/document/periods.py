"""Reading an implementation period (项目实施期) as people write it.

Seen in real tables: ``2026年1月至2026年12月``, ``2026年1月1日至2026年12月31日``,
``2023.1.1-2023.12.31``, ``20220101 20221231``, ``2022 2022``, ``2026年``,
``2026年1月-12月``. A period given in months starts on the first and ends on the last
day of its months; a period given in years spans the whole years.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from jxeditor.document.amounts import DateValue

_TOKEN = re.compile(
    r"(?P<y8>\d{4})(?P<m8>\d{2})(?P<d8>\d{2})(?!\d)"
    r"|(?P<y>\d{4})(?:(?P<s>[.\-/])(?P<m>\d{1,2})(?:(?P=s)(?P<d>\d{1,2}))?"
    r"|\s*年\s*(?:(?P<m2>\d{1,2})\s*月\s*(?:(?P<d2>\d{1,2})\s*日)?)?)?(?!\d)"
    r"|(?<!\d)(?P<m3>\d{1,2})\s*月\s*(?:(?P<d3>\d{1,2})\s*日)?"
)

Token = tuple[int | None, int | None, int | None]

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
# full-width digits and separators, the ideographic full stop as a dot
_FULLWIDTH = str.maketrans("０１２３４５６７８９．。－／", "0123456789..-/")


def _token(match: re.Match[str]) -> Token | None:
    groups = match.groupdict()
    if groups["y8"]:
        return int(groups["y8"]), int(groups["m8"]), int(groups["d8"])
    if groups["y"]:
        month = groups["m"] or groups["m2"]
        day = groups["d"] or groups["d2"]
        return int(groups["y"]), int(month) if month else None, int(day) if day else None
    if groups["m3"]:
        day = groups["d3"]
        return None, int(groups["m3"]), int(day) if day else None
    return None  # pragma: no cover - every alternative sets one of the groups


def _tokens(text: str) -> list[Token]:
    return [t for t in (_token(m) for m in _TOKEN.finditer(text)) if t is not None]


def _first_day(token: Token) -> date:
    year, month, day = token
    assert year is not None
    return date(year, month or 1, day or 1)


def _last_day(token: Token) -> date:
    year, month, day = token
    assert year is not None
    month = month or 12
    return date(year, month, day or calendar.monthrange(year, month)[1])


def parse_period(text: str) -> tuple[DateValue, DateValue]:
    """``(start, end)`` as dates; unreadable text comes back as ``(text, None)``.

    Blank text gives ``(None, None)``.
    """
    raw = (text or "").strip()
    if not raw:
        return None, None
    tokens = _tokens(raw)
    if not 1 <= len(tokens) <= 2 or tokens[0][0] is None:
        return raw, None
    first = tokens[0]
    last = tokens[-1]
    if last[0] is None:  # "2026年1月-12月": the end inherits the start's year
        last = (first[0], last[1], last[2])
    try:
        return _first_day(first), _last_day(last)
    except ValueError:  # month 13, day 32, …
        return raw, None


def parse_date(text: str, *, lenient: bool = True) -> DateValue:
    """One date as typed: a ``date`` if it reads as one, else the text; blank gives ``None``.

    Leniently (what people type in the editor's date fields and write in tables): the
    whole text is one day, ``2026-01-01``, ``2026-1-1``, ``2026/1/1``, ``2026.1.1``,
    ``2026年1月1日``, ``20260101``, also in full-width digits; text around the date
    (``2026-1-1前``), a month without a day, or a day that does not exist stays text.
    Strictly: an ISO date only.
    """
    raw = (text or "").strip()
    if not raw:
        return None
    s = raw.translate(_FULLWIDTH)
    if _ISO.fullmatch(s):
        try:
            return date.fromisoformat(s)
        except ValueError:
            return raw
    if not lenient:
        return raw
    match = _TOKEN.fullmatch(s.rstrip("."))
    token = _token(match) if match else None
    if token is None or any(part is None for part in token):
        return raw
    try:
        return _first_day(token)
    except ValueError:  # month 13, day 32, 2026-02-30
        return raw


def format_date(value: DateValue) -> str:
    """Writes a date back as text: ISO (``2026-01-01``); unreadable text as it is; blank
    for ``None``."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
