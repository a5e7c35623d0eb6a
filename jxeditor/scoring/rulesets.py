"""The scoring of a quantitative indicator, by rule set (``docs/year-cycle.md`` §3.2–3.3).

A is the actual value, T the target, P the indicator's 分值 (rounded):

| target | full points when | otherwise |
|---|---|---|
| ``≥T``, ``>T``, ``T`` | A ≥ T (A > T for ``>``) | P × A / T |
| ``≤T``, ``<T``, T > 0 | A ≤ T (A < T for ``<``) | P × T / A |
| ``≤0``, ``<0``, ``=0`` | A ≤ 0 (A < 0 for ``<``) | 0 |
| ``=T`` | A = T | P × min(A, T) / max(A, T) |
| ``T1–T2`` | T1 ≤ A ≤ T2 | P × A / T1 below, P × T2 / A above |

A target without a comparator (``500人次``) is read as ``≥``, as the bureaus read a
正向指标. ``linear-cap`` differs only for ``≤T`` missed: P × (1 − (A − T) / T) up to
2T, 0 from 2T on. Scores are rounded half up to 2 decimals and never below 0.
"""

from __future__ import annotations

from decimal import Decimal

from jxeditor.document.stages import DEFAULT_SCORING
from jxeditor.document.values import ParsedValue
from jxeditor.scoring.numbers import ZERO, ratio

LINEAR_CAP = "linear-cap"
RULE_SET_LABELS: dict[str, str] = {
    DEFAULT_SCORING: "财预〔2020〕10号",
    LINEAR_CAP: "≤ 指标超出时线性扣分",
}


def meets(target: ParsedValue, actual: Decimal) -> bool:
    """Whether ``actual`` earns full points against a quantitative or range ``target``."""
    t = target.number
    if t is None:
        return False
    if target.kind == "range":
        high = target.high if target.high is not None else t
        low, high = min(t, high), max(t, high)
        return low <= actual <= high
    cmp = target.comparator
    if cmp == ">":
        return actual > t
    if cmp == "<":
        return actual < t
    if cmp == "≤":
        return actual <= t
    if cmp == "=":
        return actual <= 0 if t == 0 else actual == t
    return actual >= t  # ≥, or no comparator


def quantitative_score(
    target: ParsedValue, actual: Decimal, points: Decimal, rules: str = DEFAULT_SCORING
) -> Decimal:
    """The score of ``actual`` against a quantitative or range ``target`` out of ``points``."""
    t = target.number
    if t is None or points <= 0:
        return ZERO
    if meets(target, actual):
        return points
    if target.kind == "range":
        high = target.high if target.high is not None else t
        low, high = min(t, high), max(t, high)
        return ratio(points, actual, low) if actual < low else ratio(points, high, actual)
    cmp = target.comparator
    if cmp in ("≤", "<"):
        if t <= 0:
            return ZERO
        if cmp == "≤" and rules == LINEAR_CAP:
            return ratio(points, 2 * t - actual, t)  # 0 from 2T on
        return ratio(points, t, actual)
    if cmp == "=":
        if t == 0:
            return ZERO
        return ratio(points, min(actual, t), max(actual, t))
    return ratio(points, actual, t)  # ≥, >, or no comparator: A < T
