"""What the .xlsx writer and reader agree on: cell texts, sheet names, the hidden metadata.

Both sides must see a cell the same way, or an unchanged export would look edited:

* :func:`cell_text` turns a value as python-calamine returns it (``str``, ``float``,
  ``int``, ``bool``, dates) into the text a user sees (``1443.08`` stays ``"1443.08"``,
  ``12.0`` becomes ``"12"``, dates become ISO text).
* :func:`grid_digest` is a SHA-256 over a sheet's cell texts, with line ends unified and
  each cell stripped (spreadsheet programs drop whitespace-only strings and ``\\r``), and
  empty trailing cells and rows removed. The exporter stores it per sheet in the hidden
  sheet :data:`META_SHEET`; the importer recomputes it to see whether someone edited
  the visible form after export.
* :func:`visible_text` cleans text for a visible cell: characters XML 1.0 cannot hold are
  dropped, ``\\r\\n``/``\\r`` become ``\\n``, and text longer than Excel's cell limit is cut.
  :func:`escape_cell_text` then protects a literal ``_x0041_`` from being unescaped by
  readers (OOXML's ``_xHHHH_`` escapes).
* :func:`sheet_names` derives valid, unique sheet names from project names.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation

META_SHEET = "_jxeditor"
META_MAGIC = "jxeditor-xlsx"
META_VERSION = "1"
SUMMARY_SHEET = "汇总"
LIST_SHEET = "指标清单"
RESERVED_SHEETS = (SUMMARY_SHEET, LIST_SHEET, META_SHEET)
SUMMARY_HEADS = ("项目编码", "项目名称", "主管部门", "实施期金额", "年度金额", "财政拨款", "其他资金",
                 "错误数", "警告数")
LIST_HEADS = ("项目", "一级指标", "二级指标", "三级指标", "年度指标值", "绩效指标描述", "指标值确定依据")

# What we put in one visible cell at most: Excel's limit is 32,767 UTF-16 code units, and
# this leaves room for escapes.
CELL_TEXT_LIMIT = 32000
MAX_SHEET_NAME = 31

# Characters XML 1.0 cannot hold (openpyxl raises IllegalCharacterError on most of them).
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_OOXML_ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")


def has_illegal_xml(text: str) -> bool:
    """Whether ``text`` holds a character that an XML file cannot store."""
    return _ILLEGAL_XML.search(text) is not None


def utf16_len(text: str) -> int:
    """Length as Excel counts it (characters outside the BMP count twice)."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def _cut_utf16(text: str, limit: int) -> str:
    if len(text) * 2 <= limit or utf16_len(text) <= limit:
        return text
    units = 0
    for i, ch in enumerate(text):
        units += 2 if ord(ch) > 0xFFFF else 1
        if units > limit:
            return text[:i]
    return text  # pragma: no cover - the length check above returned already


def visible_text(text: str, limit: int = CELL_TEXT_LIMIT) -> tuple[str, bool]:
    """Text as it can stand in a visible cell, and whether anything had to change.

    Line ends ``\\r\\n``/``\\r`` become ``\\n`` silently (that is how spreadsheets keep
    them anyway); dropping illegal characters or cutting overlong text counts as a change.
    """
    if len(text) * 2 <= limit and (text.isprintable()  # no control character: fast
                                   or ("\r" not in text and not has_illegal_xml(text))):
        return text, False
    clean = text.replace("\r\n", "\n").replace("\r", "\n")
    changed = False
    if has_illegal_xml(clean):
        clean = _ILLEGAL_XML.sub("", clean)
        changed = True
    cut = _cut_utf16(clean, limit)
    return cut, changed or cut != clean


def escape_cell_text(text: str) -> str:
    """Protects literal ``_xHHHH_`` sequences, which OOXML readers would unescape."""
    if "_x" not in text and "_X" not in text:
        return text
    return _OOXML_ESCAPE.sub(r"_x005F_\1", text)


def number_text(value: float) -> str:
    """A float as people wrote it: ``1443.08``, ``12`` (not ``12.0``), never ``1e-05``."""
    if value != value or value in (float("inf"), float("-inf")):
        return ""
    if value.is_integer() and abs(value) < 1e21:
        return str(int(value))
    try:
        text = format(Decimal(repr(value)), "f")
    except InvalidOperation:  # pragma: no cover - repr of a finite float is a number
        return repr(value)
    return text


def cell_text(value: object) -> str:
    """The text of a cell value as python-calamine (or openpyxl) returns it."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return number_text(value)
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value)


def _norm(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def _norm_row(row: Sequence[object]) -> list[str]:
    cells = [v.strip() if v.__class__ is str else cell_text(v).strip() for v in row]
    if "\r" in "".join(cells):
        return [_norm(cell) for cell in cells]
    return cells


def _trim_in_place(rows: list[list[str]]) -> list[list[str]]:
    """Rows without empty trailing cells, and without empty rows at the end."""
    for row in rows:
        while row and not row[-1]:
            row.pop()
    while rows and not rows[-1]:
        rows.pop()
    return rows


def grid_digest(rows: Iterable[Sequence[object]]) -> str:
    """SHA-256 (hex) of a sheet's cell texts, insensitive to what readers normalise.

    Takes cell texts or raw cell values (as python-calamine returns them); values go
    through :func:`cell_text` first. The digest is that of the JSON of the trimmed rows
    (:func:`_trim_in_place`), hashed :data:`_DIGEST_BATCH` rows at a time: a sheet of
    100,000 rows is never one text.
    """
    digest = hashlib.sha256(b"[")
    separator = b""
    batch: list[list[str]] = []
    empty_rows = 0  # added only when a row with text follows: trailing ones are trimmed
    for row in rows:
        cells = _norm_row(row)
        while cells and not cells[-1]:
            cells.pop()
        if not cells:
            empty_rows += 1
            continue
        if empty_rows:
            batch.extend([] for _ in range(empty_rows))
            empty_rows = 0
        batch.append(cells)
        if len(batch) >= _DIGEST_BATCH:
            digest.update(separator + _json_items(batch))
            separator = b","
            batch = []
    if batch:
        digest.update(separator + _json_items(batch))
    digest.update(b"]")
    return digest.hexdigest()


_DIGEST_BATCH = 2048


def _json_items(rows: list[list[str]]) -> bytes:
    """The JSON of ``rows`` without the outer brackets."""
    return json.dumps(rows, ensure_ascii=True, separators=(",", ":"))[1:-1].encode("ascii")


def _clean_sheet_name(name: str) -> str:
    text = _ILLEGAL_XML.sub("", name)
    text = _SHEET_BAD.sub("", text).replace("\n", " ").replace("\t", " ").strip()
    text = text.strip("'")  # Excel forbids an apostrophe at either end
    return _cut_utf16(text, MAX_SHEET_NAME).strip().rstrip("'")


def sheet_names(names: Sequence[str], reserved: Iterable[str] = RESERVED_SHEETS) -> list[str]:
    """Valid, unique sheet names for projects, in order.

    Removes ``[]:*?/\\`` and characters XML cannot hold, keeps at most 31 characters,
    avoids the reserved names (case-insensitively, as Excel compares them) and Excel's
    reserved ``History``; a blank name becomes ``项目N``; repeats get ``(2)``, ``(3)``.
    """
    taken = {n.casefold() for n in reserved} | {"history"}
    result: list[str] = []
    for i, raw in enumerate(names, start=1):
        base = _clean_sheet_name(raw) or f"项目{i}"
        candidate = base
        n = 1
        while candidate.casefold() in taken:
            n += 1
            suffix = f"({n})"
            candidate = _cut_utf16(base, MAX_SHEET_NAME - len(suffix)).rstrip("'") + suffix
        taken.add(candidate.casefold())
        result.append(candidate)
    return result
