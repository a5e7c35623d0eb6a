"""The target-value parser: what a 年度指标值 says, and how it should be written.

:func:`parse_value` splits a value into comparator, number and unit (``≥4个``), or a
range (``90%-95%``), or recognises it as qualitative (``按时``), a placeholder
(``**``, ``XX``, also with a comparator and unit as in the official template's
``≥**%``) or empty. It also knows the non-standard forms seen in real tables:
``》 90%`` and ``>=`` (meant ≥), full-width ``＝`` / ``％`` / digits, a comparator
repeated in words (``≥90%以上``), a comparator said only in words (``95%以上``,
``不低于98%``), and thousands separators (``1,000元/学时``). For those it offers the
normalised text.
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

# Comparators said only in words, before or after a number (``不低于98%``, ``95%以上``),
# longest first so that 大于等于 is not read as 大于.
COMPARATOR_PREFIXES: tuple[tuple[str, str], ...] = (
    ("大于或等于", "≥"), ("大于等于", "≥"), ("不低于", "≥"), ("不少于", "≥"), ("至少", "≥"),
    ("小于或等于", "≤"), ("小于等于", "≤"), ("不高于", "≤"), ("不多于", "≤"), ("不超过", "≤"),
    ("不大于", "≤"), ("最多", "≤"),
)
COMPARATOR_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("（含）以上", "≥"), ("(含)以上", "≥"), ("及以上", "≥"), ("以上", "≥"),
    ("（含）以下", "≤"), ("(含)以下", "≤"), ("及以下", "≤"), ("以下", "≤"), ("以内", "≤"),
)

# A stand-in instead of a target: ``**``, ``XX``, ``-``, ``/``, 待定 (``无`` is an answer:
# 重大安全责任事故 ``无``).
_PLACEHOLDER_RE = re.compile(r"^(?:[*＊]+|[xX×]{2,}|[?？]+|[-—]+|/|／|待定)$")
# The template's placeholders with a comparator and a unit: ``≥**%``, ``XX%``, ``≤**分钟``.
_PLACEHOLDER_WITH_UNIT_RE = re.compile(
    r"^[≥≤=><]?\s*(?:[*＊]+|[xX×]{2,}|[?？]+)\s*[^\dA-Za-z*＊?？]{0,8}$"
)
# A decimal number, possibly with thousands separators (``1,000``).
_NUMBER = r"[+-]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
_QUANT_RE = re.compile(rf"^(?P<cmp>[≥≤=><])?\s*(?P<num>{_NUMBER})\s*(?P<unit>.*)$")
_BARE_QUANT_RE = re.compile(rf"^(?P<num>{_NUMBER})\s*(?P<unit>[^≥≤=><]*)$")
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
    value was already standard. ``redundant_words`` are words that repeated the
    comparator (``≥90%以上``); ``comparator_words`` are words that stood for a missing
    comparator (``95%以上`` is read as ``≥95%``).
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
    comparator_words: str = ""


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


def _words_as_comparator(text: str) -> tuple[str, str]:
    """``95%以上`` → (``≥95%``, ``以上``) when the rest is a number with a unit; else unchanged."""
    if not text or text[0] in COMPARATORS:
        return text, ""
    for word, cmp in COMPARATOR_PREFIXES:
        if text.startswith(word):
            rest = text[len(word):].lstrip()
            if _is_bare_quantity(rest):
                return cmp + rest, word
    for word, cmp in COMPARATOR_SUFFIXES:
        if text.endswith(word):
            rest = text[: -len(word)].rstrip()
            if _is_bare_quantity(rest):
                return cmp + rest, word
    return text, ""


def _is_bare_quantity(text: str) -> bool:
    match = _BARE_QUANT_RE.match(text)
    return match is not None and _plausible_unit(match["unit"])


def _decimal(number: str) -> Decimal:
    return Decimal(number.replace(",", ""))


_DIGIT_IN_UNIT = re.compile(r"(?<![A-Za-z])\d")
# Control and invisible format characters (a pasted \x01, a zero-width space): not part
# of a unit, so “个\x01” is the unit “个” (else 单位“个”与“个”不同 for a unit that looks the same).
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2060\ufeff]")


def _unit(text: str) -> str:
    """The unit as written, without spaces around it or invisible characters in it."""
    return _INVISIBLE.sub("", text).strip()


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
    fixed, said = _words_as_comparator(fixed)
    if said and not words:
        fixed, words = _strip_redundant(fixed)  # 不低于98%以上: said in words twice
    if _PLACEHOLDER_WITH_UNIT_RE.match(fixed):
        return ParsedValue(raw, "placeholder", normalized=stripped)

    match = _RANGE_RE.match(fixed)
    if match and _plausible_unit(match["unit2"]):
        unit = _unit(match["unit2"]) or _unit(match["unit1"])
        return ParsedValue(
            raw,
            "range",
            number=_decimal(match["low"]),
            high=_decimal(match["high"]),
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
            number=_decimal(match["num"]),
            unit=_unit(match["unit"]),
            normalized=fixed,
            nonstandard_symbol=nonstandard,
            redundant_words=words,
            comparator_words=said,
        )
    # A comparator before words (≥良好) is still qualitative; keep the normalised form.
    return ParsedValue(
        raw,
        "qualitative",
        normalized=fixed,
        nonstandard_symbol=nonstandard and fixed != stripped,
        redundant_words=words,
    )
