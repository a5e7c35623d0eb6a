"""The target-value parser: what a 年度指标值 says, and how it should be written.

:func:`parse_value` splits a value into comparator, number and unit (``≥4个``), or a
range (``90%-95%``), or recognises it as qualitative (``按时``), a placeholder
(``**``, ``XX``) or empty. It also knows the non-standard forms seen in real tables:
``》 90%`` and ``>=`` (meant ≥), full-width ``＝`` / ``％`` / digits, and a comparator
repeated in words (``≥90%以上``). For those it offers the normalised text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

COMPARATORS = ("≥", "≤", "=", ">", "<")

# Non-standard spellings of comparators and symbols, longest first.
_SYMBOL_FIXES: tuple[tuple[str, str], ...] = (
    (">=", "≥"),
    ("=>", "≥"),
    ("<=", "≤"),
    ("=<", "≤"),
    ("＞＝", "≥"),
    ("＜＝", "≤"),
    ("》", "≥"),
    ("《", "≤"),
    ("≧", "≥"),
    ("≦", "≤"),
    ("⩾", "≥"),
    ("⩽", "≤"),
    ("＝", "="),
    ("＞", ">"),
    ("＜", "<"),
    ("％", "%"),
    ("０", "0"),
    ("１", "1"),
    ("２", "2"),
    ("３", "3"),
    ("４", "4"),
    ("５", "5"),
    ("６", "6"),
    ("７", "7"),
    ("８", "8"),
    ("９", "9"),
    ("．", "."),
)

# Words that repeat what the comparator already says, by comparator.
_REDUNDANT_WORDS: dict[str, tuple[str, ...]] = {
    "≥": ("及以上", "以上", "（含）以上", "(含)以上"),
    ">": ("以上",),
    "≤": ("及以下", "以下", "以内", "（含）以下", "(含)以下"),
    "<": ("以下", "以内"),
}
_REDUNDANT_PREFIXES: dict[str, tuple[str, ...]] = {
    "≥": ("不低于", "不少于", "大于等于", "至少"),
    "≤": ("不高于", "不多于", "不超过", "小于等于", "最多"),
}

_PLACEHOLDER_RE = re.compile(r"^(?:[*＊]+|[xX×]{2,}|[?？]+|[-—]+|/|／|无|待定)$")
_NUMBER = r"[+-]?(?:\d+(?:\.\d+)?|\.\d+)"
_QUANT_RE = re.compile(rf"^(?P<cmp>[≥≤=><])?\s*(?P<num>{_NUMBER})\s*(?P<unit>.*)$")
_RANGE_RE = re.compile(
    rf"^(?P<low>{_NUMBER})\s*(?P<unit1>[^\d\s\-~～—至]*)\s*(?:-|~|～|—|–|至)\s*"
    rf"(?P<high>{_NUMBER})\s*(?P<unit2>.*)$"
)


@dataclass(frozen=True)
class ParsedValue:
    """A target value taken apart.

    ``kind`` is ``empty``, ``placeholder``, ``quantitative``, ``range`` or
    ``qualitative``. ``normalized`` is the standard spelling (comparator symbols,
    half-width digits and %, no repeated comparator words); it equals ``text`` when the
    value was already standard.
    """

    text: str
    kind: str
    comparator: str = ""
    number: Decimal | None = None
    high: Decimal | None = None
    unit: str = ""
    normalized: str = ""
    nonstandard_symbol: bool = False
    redundant_words: str = ""


_MULTI_CHAR_FIXES = tuple((bad, good) for bad, good in _SYMBOL_FIXES if len(bad) > 1)
_SINGLE_CHAR_FIXES = str.maketrans({bad: good for bad, good in _SYMBOL_FIXES if len(bad) == 1})


def normalize_symbols(text: str) -> str:
    """Replaces non-standard comparators, full-width digits and ``％`` by the standard ones."""
    for bad, good in _MULTI_CHAR_FIXES:
        if bad in text:
            text = text.replace(bad, good)
    return text.translate(_SINGLE_CHAR_FIXES)


def _strip_redundant(text: str) -> tuple[str, str]:
    """Removes words that repeat the comparator; returns (new text, words removed)."""
    if not text or text[0] not in COMPARATORS:
        return text, ""
    cmp = text[0]
    for word in _REDUNDANT_PREFIXES.get(cmp, ()):
        rest = text[1:].lstrip()
        if rest.startswith(word):
            return cmp + rest[len(word) :].lstrip(), word
    for word in _REDUNDANT_WORDS.get(cmp, ()):
        if text.endswith(word) and len(text) > len(word) + 1:
            return text[: -len(word)].rstrip(), word
    return text, ""


_DIGIT_IN_UNIT = re.compile(r"(?<![A-Za-z])\d")


def _plausible_unit(unit: str) -> bool:
    """A unit has no digits, except after a Latin letter (``mg/Nm3``, ``m2``)."""
    return not _DIGIT_IN_UNIT.search(unit)


@lru_cache(maxsize=65536)
def parse_value(text: str | None) -> ParsedValue:
    """Takes a 年度指标值 apart; see :class:`ParsedValue` (results are immutable and cached)."""
    raw = text or ""
    stripped = raw.strip()
    if not stripped:
        return ParsedValue(raw, "empty", normalized="")
    if _PLACEHOLDER_RE.match(stripped):
        return ParsedValue(raw, "placeholder", normalized=stripped)

    fixed = normalize_symbols(stripped)
    nonstandard = fixed != stripped
    # "≥ 90%" → "≥90%": no space between comparator and number.
    fixed = re.sub(r"^([≥≤=><])\s+", r"\1", fixed)
    fixed, words = _strip_redundant(fixed)

    match = _RANGE_RE.match(fixed)
    if match and _plausible_unit(match["unit2"]):
        unit = match["unit2"].strip() or match["unit1"].strip()
        return ParsedValue(
            raw,
            "range",
            number=Decimal(match["low"]),
            high=Decimal(match["high"]),
            unit=unit,
            normalized=fixed,
            nonstandard_symbol=nonstandard,
            redundant_words=words,
        )
    match = _QUANT_RE.match(fixed)
    if match and _plausible_unit(match["unit"]):
        return ParsedValue(
            raw,
            "quantitative",
            comparator=match["cmp"] or "",
            number=Decimal(match["num"]),
            unit=match["unit"].strip(),
            normalized=fixed,
            nonstandard_symbol=nonstandard,
            redundant_words=words,
        )
    # A comparator before words (≥良好) is still qualitative; keep the normalised form.
    return ParsedValue(
        raw,
        "qualitative",
        normalized=fixed,
        nonstandard_symbol=nonstandard and fixed != stripped,
        redundant_words=words,
    )
