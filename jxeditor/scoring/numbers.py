"""Exact decimal arithmetic of the scores: rounding half up, ratios, and bounds.

Every 分值 and 得分 is rounded half up to 2 decimals (:func:`round2`). A score of the
form ``P × N / D`` is rounded from the exact quotient (:func:`ratio`, by integer
division and remainder, never through a float or a truncated quotient), so ``.005``
always rounds up. Numbers beyond :func:`bounded` (more than 30 digits, an exponent
beyond ±20) are not scored: they are typing accidents, and exactness needs bounds.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Context, Decimal

ZERO = Decimal(0)
CENT = Decimal("0.01")
_EXACT = Context(prec=200, rounding=ROUND_HALF_UP)


def bounded(value: Decimal) -> bool:
    """Whether ``value`` is finite with at most 30 digits and an exponent within ±20."""
    if not value.is_finite():
        return False
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)
    return -20 <= exponent <= 20 and value.adjusted() - exponent < 30


def round2(value: Decimal) -> Decimal:
    """``value`` rounded half up to 2 decimals (``0.005`` → ``0.01``)."""
    return _EXACT.quantize(value, CENT)


_SCALES = {places: Decimal(10) ** places for places in range(7)}
_UNITS = {places: Decimal(1).scaleb(-places) for places in range(7)}


def ratio(points: Decimal, numerator: Decimal, denominator: Decimal, places: int = 2) -> Decimal:
    """``points × numerator / denominator`` rounded half up to ``places`` decimals (at most
    6), from the exact quotient; 0 when numerator or denominator is not positive."""
    if numerator <= 0 or denominator <= 0 or points <= 0:
        return ZERO
    ctx = _EXACT
    scaled = ctx.multiply(ctx.multiply(points, numerator), _SCALES[places])
    quotient, remainder = ctx.divmod(scaled, denominator)
    if ctx.multiply(2, remainder) >= denominator:
        quotient += 1
    return ctx.quantize(ctx.divide(quotient, _SCALES[places]), _UNITS[places])


def text(value: Decimal) -> str:
    """A score as printed: fixed notation, no trailing zeros after the point
    (``16.67``, ``12.5``, ``10``)."""
    s = format(value, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s in ("", "-0") else s
