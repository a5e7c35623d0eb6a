"""What the cell values of an .xlsx do not say: percent formats and lost formulas.

When someone types ``95%`` into an Excel cell, Excel stores the number 0.95 with a
percent number format; python-calamine returns the bare number and not the format. For
forms made elsewhere that would turn a target value ``95%`` into ``0.95`` and a spending
plan ``30%`` into ``0.3``. :class:`CellInfo` finds those cells from the workbook's
own parts (``xl/styles.xml`` for the formats, each sheet's XML for the cells' style
index), so the reader can write them as ``95%``.

.xlsx/.xlsm and .ods are covered (.xls keeps the bare number). In an .ods the percent
shows in the cell's displayed text (``100.00%``), and a formula without a result has an
empty string value; ``content.xml`` is read once, streamed, with defusedxml. In an .xlsx
the parts are small XML files read with defusedxml, except the sheets, which are scanned
with a regular expression, each only when its grid asks. Anything unexpected gives an empty answer:
this is an improvement of the text, never a reason to refuse a file.

The same scan finds formulas without a result. A target value typed as ``=100%`` or
``=644万元`` becomes a formula in Excel or WPS; when the program that saved the file
could not compute it (``644万元`` is no formula at all), the cell has no value and
python-calamine returns it empty. :meth:`CellInfo.formulas` returns the formula text of
such cells (with its ``=``), so the value the person typed is not lost; with ``every``
it returns every formula, computed or not (a 自评's 得分 must be a number the person
typed, never a formula's result: :mod:`~jxeditor.formats.tables.stage_grid`).
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from defusedxml import ElementTree

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_PERCENT_BUILTIN = {"9", "10"}  # 0% and 0.00%
_QUOTED = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')
_CELL_TAG = re.compile(rb"<c\s([^>]*)>")
_ATTR = re.compile(rb'(\w+)="([^"]*)"')
_REF = re.compile(r"([A-Z]+)(\d+)")
_FORMULA_CELL = re.compile(
    rb"<c\s([^>]*)>\s*<f(?:\s[^>]*)?>([^<]*)</f>\s*(?:<v\s*/>|<v>([^<]*)</v>)?\s*</c>")
_XML_ENTITIES = {"&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&apos;": "'"}
_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|apos);")



def _is_percent_code(code: str) -> bool:
    return "%" in _QUOTED.sub("", code)


def _percent_styles(read: Callable[[str], bytes]) -> set[str]:
    root = ElementTree.fromstring(read("xl/styles.xml"))
    percent_formats = set(_PERCENT_BUILTIN)
    for fmt in root.iter(f"{_MAIN}numFmt"):
        if _is_percent_code(fmt.get("formatCode", "")):
            percent_formats.add(fmt.get("numFmtId", ""))
    xfs = root.find(f"{_MAIN}cellXfs")
    if xfs is None:
        return set()
    return {
        str(i) for i, xf in enumerate(xfs.findall(f"{_MAIN}xf"))
        if xf.get("numFmtId", "0") in percent_formats
    }


def _sheet_parts(read: Callable[[str], bytes]) -> dict[str, str]:
    workbook = ElementTree.fromstring(read("xl/workbook.xml"))
    rels = ElementTree.fromstring(read("xl/_rels/workbook.xml.rels"))
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels.iter(f"{_PKG_REL}Relationship")}
    parts: dict[str, str] = {}
    for sheet in workbook.iter(f"{_MAIN}sheet"):
        target = targets.get(sheet.get(f"{_REL}id"), "")
        if target:
            path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
                posixpath.join("xl", target))
            parts[sheet.get("name", "")] = path
    return parts


def _column(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def _scan_sheet(xml: bytes, styles: set[bytes]) -> set[tuple[int, int]]:
    found: set[tuple[int, int]] = set()
    for match in _CELL_TAG.finditer(xml):
        attrs = dict(_ATTR.findall(match.group(1)))
        if attrs.get(b"s") in styles and attrs.get(b"t", b"n") == b"n":
            ref = _REF.fullmatch(attrs.get(b"r", b"").decode("ascii", "replace"))
            if ref:
                found.add((int(ref.group(2)) - 1, _column(ref.group(1))))
    return found


class CellInfo:
    """Percent cells and result-less formulas of one .xlsx, sheet by sheet, on demand.

    ``unpacked`` holds members the safety checks unpacked already
    (:class:`jxeditor.formats.safety.CheckedWorkbook`); only the others are unpacked
    from ``data`` here. A sheet's XML is scanned only when its grid asks (a workbook of
    our own is mostly matched by digest, and its sheets are never scanned).
    """

    def __init__(self, data: bytes, unpacked: Mapping[str, bytes] | None = None) -> None:
        self._data = data
        self._unpacked = unpacked or {}
        self._archive: zipfile.ZipFile | None = None
        self._parts: dict[str, str] | None = None
        self._styles: set[bytes] | None = None
        self._ods: dict[str, _OdsSheet] | None = None  # an .ods: read whole, once
        self._last: tuple[str, bytes] | None = None  # the sheet XML read last

    def _read(self, member: str) -> bytes:
        """A member's bytes: unpacked already, else from the archive (KeyError if none)."""
        if member in self._unpacked:
            return self._unpacked[member]
        assert self._archive is not None
        return self._archive.read(member)

    def _open(self) -> tuple[Callable[[str], bytes], dict[str, str]] | None:
        if self._parts is None:
            try:
                self._archive = zipfile.ZipFile(io.BytesIO(self._data))
                if "content.xml" in self._archive.namelist():  # OpenDocument (.ods)
                    self._ods = _scan_ods(self._read("content.xml"))
                    self._parts = {}
                else:
                    self._parts = _sheet_parts(self._read)
            except Exception:  # best effort: nothing known about the cells
                self._parts = {}
        return (self._read, self._parts) if self._archive is not None else None

    def _sheet_xml(self, name: str) -> bytes:
        """A sheet's XML; the last one is kept, as its percent and formula scans follow
        each other."""
        if self._last is not None and self._last[0] == name:
            return self._last[1]
        opened = self._open()
        if opened is None or name not in opened[1]:
            return b""
        try:
            xml = opened[0](opened[1][name])
        except Exception:
            return b""
        self._last = (name, xml)
        return xml

    def percent(self, name: str) -> set[tuple[int, int]]:
        """(row, column) of the sheet's numeric cells with a percent format."""
        self._open()
        if self._ods is not None:
            return self._ods[name].percent if name in self._ods else set()
        if self._styles is None:
            opened = self._open()
            try:
                styles = _percent_styles(opened[0]) if opened else set()
            except Exception:
                styles = set()
            self._styles = {s.encode("ascii") for s in styles}
        if not self._styles:
            return set()
        xml = self._sheet_xml(name)
        return _scan_sheet(xml, self._styles) if xml else set()

    def formulas(self, name: str, every: bool = False) -> dict[tuple[int, int], str]:
        """(row, column) → formula text (``=…``) of the sheet's formulas without a result
        (``every``: with a result too, which python-calamine reads as a plain value)."""
        self._open()
        if self._ods is not None:
            ods = self._ods.get(name)
            return {} if ods is None else ods.every if every else ods.formulas
        xml = self._sheet_xml(name)
        return _scan_formulas(xml, every) if b"</f>" in xml else {}  # what any match ends a formula with


def _scan_formulas(xml: bytes, every: bool = False) -> dict[tuple[int, int], str]:
    found: dict[tuple[int, int], str] = {}
    for match in _FORMULA_CELL.finditer(xml):
        attrs = dict(_ATTR.findall(match.group(1)))
        cached = match.group(3)
        if not every and cached and cached.strip() and attrs.get(b"t") != b"e":
            continue  # a computed result: calamine has it
        ref = _REF.fullmatch(attrs.get(b"r", b"").decode("ascii", "replace"))
        formula = match.group(2).decode("utf-8", "replace").strip()
        if ref and formula:
            text = _ENTITY.sub(lambda m: _XML_ENTITIES[m.group(0)], formula)
            found[(int(ref.group(2)) - 1, _column(ref.group(1)))] = "=" + text
    return found


_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_CALCEXT = "{urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0}"
_ODS_CELLS = (f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell")
_MAX_ODS_REPEAT = 1024  # a longer run of equal cells is padding, never a table's content


class _OdsSheet:
    def __init__(self) -> None:
        self.percent: set[tuple[int, int]] = set()
        self.formulas: dict[tuple[int, int], str] = {}  # without a result
        self.every: dict[tuple[int, int], str] = {}  # every formula


def _scan_ods(content: bytes) -> dict[str, _OdsSheet]:
    """Percent-shown numbers and result-less formulas of every sheet of an .ods."""
    sheets: dict[str, _OdsSheet] = {}
    sheet = _OdsSheet()
    row = col = 0
    for event, elem in ElementTree.iterparse(io.BytesIO(content), events=("start", "end")):
        tag = elem.tag
        if event == "start":
            if tag == f"{_TABLE}table":
                sheet = sheets.setdefault(elem.get(f"{_TABLE}name", ""), _OdsSheet())
                row = 0
            elif tag == f"{_TABLE}table-row":
                col = 0
            continue
        if tag in _ODS_CELLS:
            repeat = int(elem.get(f"{_TABLE}number-columns-repeated", "1") or 1)
            if repeat <= _MAX_ODS_REPEAT:
                _read_ods_cell(elem, sheet, row, col)
            col += repeat
            elem.clear()
        elif tag == f"{_TABLE}table-row":
            row += int(elem.get(f"{_TABLE}number-rows-repeated", "1") or 1)
            elem.clear()
    return sheets


def _read_ods_cell(elem: Any, sheet: _OdsSheet, row: int, col: int) -> None:
    kind = elem.get(f"{_OFFICE}value-type", "")
    shown = "".join(elem.itertext()).strip()
    if kind == "percentage" or (kind == "float" and shown.endswith("%")):
        sheet.percent.add((row, col))
    formula = elem.get(f"{_TABLE}formula", "")
    if not formula:
        return
    prefix, _, rest = formula.partition(":")
    text = rest if rest and prefix in ("of", "oooc", "msoxl") else formula
    text = text if text.startswith("=") else "=" + text
    sheet.every[(row, col)] = text
    failed = elem.get(f"{_CALCEXT}value-type") == "error" or shown.startswith(("#", "Err:"))
    if kind in ("", "string") and not elem.get(f"{_OFFICE}string-value") and (
        failed or not shown
    ):
        sheet.formulas[(row, col)] = text


def percent_text(value: float) -> str:
    """0.95 → ``95%``; 1 → ``100%``; 0.333 → ``33.3%``."""
    try:
        number = Decimal(repr(float(value))) * 100
    except (InvalidOperation, ValueError):
        return str(value)
    text = format(number.normalize(), "f")
    return text + "%"
