"""The qualitative verdicts of the 自评, their score bands and default scores.

The actual value of a qualitative target is one of three verdicts (short forms
accepted); the user enters the score, which must lie in the verdict's band of the
indicator's points; left empty it is the default share (100%, 70%, 30%).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from jxeditor.scoring.numbers import ZERO, round2


@dataclass(frozen=True)
class Verdict:
    """One verdict: its full text, short form, band ``[low, high)`` (``high`` included
    for 达成) and default share, as fractions of the points."""

    text: str
    short: str
    low: Decimal
    high: Decimal
    high_included: bool
    default: Decimal

    def band(self, points: Decimal) -> tuple[Decimal, Decimal]:
        """The band in points, rounded to 2 decimals."""
        return round2(points * self.low), round2(points * self.high)

    def in_band(self, score: Decimal, points: Decimal) -> bool:
        """Whether ``score`` lies in this verdict's band of ``points``."""
        low, high = self.band(points)
        return low <= score <= high if self.high_included else low <= score < high

    def default_score(self, points: Decimal) -> Decimal:
        """The score when the user enters none."""
        return round2(points * self.default)

    def band_text(self, points: Decimal) -> str:
        """``[12, 15]`` or ``[9, 12)`` in points, for messages."""
        low, high = self.band(points)
        return f"[{low}, {high}{']' if self.high_included else ')'}"


ACHIEVED = Verdict("达成年度指标", "达成", Decimal("0.8"), Decimal(1), True, Decimal(1))
PARTLY = Verdict("部分达成年度指标并具有一定效果", "部分达成", Decimal("0.6"), Decimal("0.8"),
                 False, Decimal("0.7"))
MISSED = Verdict("未达成年度指标且效果较差", "未达成", ZERO, Decimal("0.6"), False,
                 Decimal("0.3"))
VERDICTS: tuple[Verdict, ...] = (ACHIEVED, PARTLY, MISSED)
_BY_TEXT = {v.text: v for v in VERDICTS} | {v.short: v for v in VERDICTS}


def verdict(actual: str) -> Verdict | None:
    """The verdict an actual value names (full or short form, spaces ignored), or ``None``."""
    return _BY_TEXT.get("".join(actual.split()))
