"""Deadlines as targets and completion dates as actual values (``docs/year-cycle.md`` §3.4).

A 时效 target is often a date: ``2026年6月底前``, ``2026年12月31日前完成``, ``2026年底前``,
``2026-06-30前``. Its actual value is the date the work was done: ``2026年5月底``,
``2026年5月20日``, ``2026年5月`` (some day of May: read as its last day), also followed
by 完成 or 前完成. :func:`deadline` reads a target, :func:`completed_on` an actual value;
an indicator whose actual is on or before its deadline earns full points, after it 0.
A month is read as its last day (``6月底`` and ``6月`` alike), a year alone as 31
December; a month without 底 or a day is not read as a deadline (``2026年6月前``: before
June or during it? the person says it with 底 or a day, or scores by verdict).
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache

_FULLWIDTH = str.maketrans("０１２３４５６７８９．－／", "0123456789.-/")
_DAY = (
    r"(?P<y>\d{4})\s*(?:"
    r"年\s*(?:(?P<m>\d{1,2})\s*月\s*(?:(?P<d>\d{1,2})\s*[日号]|(?P<end>底|末|份)?)|(?P<yend>底|末))"
    r"|(?P<s>[.\-/])(?P<m2>\d{1,2})(?:(?P=s)(?P<d2>\d{1,2}))?)"
)
_BEFORE = r"(?P<before>之前|以前|前)?"
_DONE = r"(?:完成|完工|竣工|办结|实施完毕|已完成)?"
_TARGET = re.compile(rf"^{_DAY}\s*{_BEFORE}\s*{_DONE}$")
_ACTUAL = re.compile(rf"^(?:已?于)?\s*{_DAY}\s*{_BEFORE}\s*{_DONE}$")


def _read(match: re.Match[str]) -> tuple[date, str] | None:
    """The day a match names and how: ``day``, ``end`` (of a month or year, said with 底 or
    末) or ``month`` (a month alone: its last day); ``None`` for month 13 or day 32."""
    year = int(match["y"])
    month_text = match["m"] or match["m2"]
    day_text = match["d"] or match["d2"]
    try:
        if month_text is None:
            return date(year, 12, 31), "end"
        month = int(month_text)
        if day_text is not None:
            return date(year, month, int(day_text)), "day"
        if not 1 <= month <= 12:
            return None
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last, "end" if match["end"] in ("底", "末") else "month"
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def deadline(target: str) -> date | None:
    """The last day a target allows (``2026年6月底前`` → 2026-06-30), or ``None`` when the
    target is not a deadline (``2026年6月前`` is not: which end of June?)."""
    match = _TARGET.match(target.strip().translate(_FULLWIDTH))
    found = _read(match) if match is not None else None
    if match is None or found is None:
        return None
    day, how = found
    return None if how == "month" and match["before"] else day


@lru_cache(maxsize=4096)
def completed_on(actual: str) -> date | None:
    """The day an actual value says the work was done (``2026年5月底`` → 2026-05-31; a
    month alone: its last day), or ``None`` when it names no day."""
    match = _ACTUAL.match(actual.strip().translate(_FULLWIDTH))
    found = _read(match) if match is not None else None
    return None if found is None else found[0]
