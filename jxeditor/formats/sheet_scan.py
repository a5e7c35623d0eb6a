"""Measures what a workbook's XML will become in the reader, with a streaming XML parser.

:mod:`jxeditor.formats.safety` feeds every ZIP member that looks like XML (whatever its
name) through a :class:`PartScan`, chunk by chunk as it decompresses them, with expat
(the standard library's streaming parser: no tree, no DTD, constant memory). A part
learns what it is from its root element and measures:

* a worksheet (``worksheet``, ``dialogsheet``, ``macrosheet``; any namespace prefix):
  the largest row and column of the cells with content, found as python-calamine finds
  them: the ``r`` attribute in any quoting, spacing or case (``'b2'`` is B2), and for
  cells or rows without one, the position after the previous one. The reader makes
  the whole rectangle from A1 to there at once (python-calamine aborts the process when
  that allocation fails), so this is what is bounded. It also counts the text the cells
  will hold: inline and formula-result text directly, shared strings by index
  (:attr:`PartScan.shared_refs`), to be weighed against the shared strings' lengths;
* the shared strings (``sst``): the length of each string (:attr:`PartScan.strings`);
* OpenDocument content (``document-content``): per table, the rows and columns up to
  the last cell with content, with ``number-rows-repeated`` and
  ``number-columns-repeated`` applied, and the text those repeats expand to.

Worksheets and OpenDocument content also count their *idle* elements
(:attr:`PartScan.idle`): every element that gives no cell content (a row without a
cell with content, a cell without a value, anything outside cells). Parsing costs about
a microsecond an element, so a part of millions of empty rows costs seconds while
holding nothing; the count lets it be refused early.

Anything else stops being parsed at its root element. A document type declaration is
refused (:class:`DtdFound`); XML that expat cannot parse in a part known to hold cells
is :class:`BadXml`, since the reader might see cells there that were not measured.
"""

from __future__ import annotations

import functools
import re
from xml.parsers import expat

SHEET_ROOTS = frozenset({"worksheet", "dialogsheet", "macrosheet"})
MAX_INDEX = 1 << 40  # larger references are clamped: they are refused anyway
PROLOG_LIMIT = 1024 * 1024  # bytes of a part searched for a document type declaration
_V_LIMIT = 64  # characters of a <v> kept to read a shared-string index
_REF = re.compile(r"\s*([A-Za-z]{1,12})([0-9]{1,15})\s*")


class DtdFound(Exception):
    """The part declares a document type (entities): refused."""


class BadXml(Exception):
    """A part that holds cells is not well-formed XML."""


@functools.lru_cache(maxsize=512)
def _local(name: str) -> str:
    return name.rpartition(":")[2]


@functools.lru_cache(maxsize=4096)
def column_number(letters: str) -> int:
    """The 1-based column of letters in any case (``A`` 1, ``AA`` 27), clamped."""
    column = 0
    for letter in letters.upper():
        column = min(column * 26 + ord(letter) - 64, MAX_INDEX)
    return column


def _number(text: str | None, default: int) -> int:
    if text is None:
        return default
    digits = text.strip()
    if not digits.isdigit() or not digits.isascii():
        return default
    return min(int(digits[:14]), MAX_INDEX)


@functools.lru_cache(maxsize=1 << 16)  # the sheets of one workbook mostly share a layout
def cell_position(ref: str) -> tuple[int, int] | None:
    """(row, column), 1-based, of ``A1``-style text in any case; None when it is not one
    (python-calamine then counts from the previous cell, as for a missing ``r``)."""
    match = _REF.fullmatch(ref)
    if match is None:
        return None
    row = min(int(match[2]), MAX_INDEX)
    return (row, column_number(match[1])) if row else None


class _Table:
    """One OpenDocument table being measured."""

    def __init__(self) -> None:
        self.row = 0  # rows before the current one
        self.column = 0
        self.row_repeat = 1
        self.row_has_content = False
        self.rows = 0
        self.columns = 0


class PartScan:
    """One ZIP member through expat; :meth:`feed` its chunks, then :meth:`close`."""

    def __init__(self, head: bytes) -> None:
        utf16 = head.startswith((b"\xff\xfe", b"\xfe\xff")) or head[:2] in (b"<\x00", b"\x00<")
        # an encoding declaration expat does not know must not hide a worksheet
        self.parser = expat.ParserCreate("UTF-16" if utf16 else "UTF-8")
        self.parser.buffer_text = True
        self.parser.StartDoctypeDeclHandler = self._doctype
        self.parser.EntityDeclHandler = self._doctype
        self.parser.StartElementHandler = self._start
        self.parser.EndElementHandler = self._end
        self.parser.CharacterDataHandler = self._text
        self.kind = ""  # 'sheet', 'sst', 'ods' or 'other' once the root is seen
        self.done = False
        self.rows = 0  # the largest row and column with content (a worksheet)
        self.columns = 0
        self.largest_cells = 0  # the largest rows × columns of a table (OpenDocument)
        self.cells = 0  # rows × columns of all tables (OpenDocument) or of the sheet
        self.text = 0  # characters the cells will hold, shared strings apart
        self.idle = 0  # elements that give no cell content (a worksheet, OpenDocument)
        self.shared_refs: dict[int, int] = {}  # shared-string index → cells using it
        self.strings: list[int] = []  # length of each shared string
        # worksheet state
        self._row = 0
        self._column = 0
        self._cell: tuple[int, int] | None = None
        self._cell_type = ""
        self._cell_has_child = False
        self._value: list[str] = []
        self._in_text = False
        self._cell_text = 0
        self._row_filled = True  # no row open: a cell outside rows un-idles nothing
        # OpenDocument state
        self._tables: list[_Table] = []
        self._ods_cell: tuple[int, bool] | None = None  # (columns repeated, has content)

    # -- feeding ------------------------------------------------------------------------
    def feed(self, chunk: bytes) -> None:
        """Parses the next chunk (nothing once the part is known to be uninteresting)."""
        if self.done:
            return
        try:
            self.parser.Parse(chunk, False)
        except expat.ExpatError as error:
            self._failed(error)

    def close(self) -> None:
        """The end of the part."""
        if self.done:
            return
        try:
            self.parser.Parse(b"", True)
        except expat.ExpatError as error:
            self._failed(error)
        self.done = True

    def _failed(self, error: expat.ExpatError) -> None:
        self.done = True
        if self.kind in ("sheet", "sst", "ods"):  # said in Chinese: expat's text is English
            raise BadXml(f"第 {error.lineno} 行第 {error.offset + 1} 列有语法错误") from None

    def _doctype(self, *_args: object) -> None:
        raise DtdFound

    # -- elements -----------------------------------------------------------------------
    def _start(self, name: str, attrs: dict[str, str]) -> None:
        local = _local(name)
        if not self.kind:
            self._root(local)
            return
        if self.kind == "sst":
            if local == "si":
                self.strings.append(0)
            elif local == "t":
                self._in_text = True
        elif self.kind == "ods":
            self._ods_start(local, attrs)

    def _root(self, local: str) -> None:
        parser = self.parser
        if local in SHEET_ROOTS:
            self.kind = "sheet"
            parser.StartElementHandler = self._sheet_start
            parser.EndElementHandler = self._sheet_end
        elif local == "sst":
            self.kind = "sst"
        elif local == "document-content":
            self.kind = "ods"
        else:
            self.kind = "other"
            self.done = True  # nothing to measure: stop parsing this part

    def _end(self, name: str) -> None:
        local = _local(name)
        if self.kind == "sst":
            if local == "t":
                self._in_text = False
        elif self.kind == "ods":
            self._ods_end(local)

    def _text(self, data: str) -> None:
        if not self._in_text:
            return
        if self.kind == "sst":
            if self.strings:
                self.strings[-1] += len(data)
        elif self.kind == "sheet":
            if self._cell_type == "s":
                if sum(map(len, self._value)) < _V_LIMIT:
                    self._value.append(data)
            else:
                self._cell_text += len(data)
        else:
            self._cell_text += len(data)

    # -- worksheets ---------------------------------------------------------------------
    def _sheet_start(self, name: str, attrs: dict[str, str]) -> None:
        local = _local(name)
        if local == "c":
            ref = attrs.get("r")  # a prefixed attribute is not the reader's r either
            position = None if ref is None else cell_position(ref)
            row, column = position or (self._row, self._column + 1)
            self._column = column
            self._cell = (row, column)
            self._cell_type = attrs.get("t", "").strip()
            self._cell_has_child = False
            self._value = []
            self._cell_text = 0
        elif local == "row":
            self._row = _number(attrs.get("r"), self._row + 1)
            self._column = 0
            self.idle += 1  # until a cell with content is found in it
            self._row_filled = False
        elif self._cell is not None:
            self._cell_has_child = True
            if local in ("v", "t"):
                self._in_text = True
        else:
            self.idle += 1

    def _sheet_end(self, name: str) -> None:
        local = _local(name)
        if local in ("v", "t"):
            self._in_text = False
        elif local == "c" and self._cell is not None:
            if self._cell_has_child:  # a value, inline text or formula: conservative
                row, column = self._cell
                self.rows = max(self.rows, row)
                self.columns = max(self.columns, column)
                self.cells = self.largest_cells = self.rows * self.columns
                if self._cell_type == "s":
                    index = _number("".join(self._value), -1)
                    if index >= 0:
                        self.shared_refs[index] = self.shared_refs.get(index, 0) + 1
                else:
                    self.text += self._cell_text
                if not self._row_filled:
                    self._row_filled = True
                    self.idle -= 1
            else:
                self.idle += 1
            self._cell = None

    # -- OpenDocument -------------------------------------------------------------------
    def _ods_start(self, local: str, attrs: dict[str, str]) -> None:
        if self._ods_cell is None and local not in ("table-cell", "covered-table-cell"):
            self.idle += 1  # a row until it has a cell with content; anything outside cells
        if local == "table":
            self._tables.append(_Table())
            return
        if not self._tables:
            return
        table = self._tables[-1]
        if local == "table-row":
            table.row_repeat = _number(_attr(attrs, "number-rows-repeated"), 1) or 1
            table.column = 0
            table.row_has_content = False
        elif local in ("table-cell", "covered-table-cell"):
            repeat = _number(_attr(attrs, "number-columns-repeated"), 1) or 1
            valued = _attr(attrs, "value-type") is not None
            self._ods_cell = (repeat, valued)
            self._cell_text = 0
            self._in_text = True
        elif self._ods_cell is not None:
            self._ods_cell = (self._ods_cell[0], True)  # a paragraph, an annotation…

    def _ods_end(self, local: str) -> None:
        if not self._tables:
            return
        table = self._tables[-1]
        if local in ("table-cell", "covered-table-cell") and self._ods_cell is not None:
            repeat, content = self._ods_cell
            if content:
                table.columns = max(table.columns, min(table.column + repeat, MAX_INDEX))
                if not table.row_has_content:
                    table.row_has_content = True
                    self.idle -= 1
                self.text += self._cell_text * repeat * table.row_repeat
            else:
                self.idle += 1
            table.column = min(table.column + repeat, MAX_INDEX)
            self._ods_cell = None
            self._in_text = False
        elif local == "table-row":
            if table.row_has_content:
                table.rows = min(table.row + table.row_repeat, MAX_INDEX)
            table.row = min(table.row + table.row_repeat, MAX_INDEX)
            table.row_repeat = 1
        elif local == "table":
            self._tables.pop()
            area = table.rows * table.columns
            self.largest_cells = max(self.largest_cells, area)
            self.cells += area
            if area >= self.rows * self.columns:
                self.rows, self.columns = table.rows, table.columns


def _attr(attrs: dict[str, str], local: str) -> str | None:
    """An attribute by its local name, whatever its prefix."""
    value = attrs.get(local)
    if value is not None:
        return value
    return next((v for k, v in attrs.items() if _local(k) == local), None)


def _decode_head(head: bytes) -> str:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="replace")
    if head[:2] in (b"<\x00", b"\x00<"):
        return head.decode("utf-16-le" if head[0] == 0x3C else "utf-16-be", errors="replace")
    return head.decode("latin-1")


def has_dtd(head: bytes) -> bool:
    """Whether an XML document's prolog holds ``<!DOCTYPE`` or ``<!ENTITY``.

    Skips the XML declaration, processing instructions and comments, and stops at the
    root element (a DTD cannot come later); refuses when the prolog is too long to judge.
    """
    text = _decode_head(head)
    pos = 0
    while True:
        start = text.find("<", pos)
        if start < 0:
            return len(head) >= PROLOG_LIMIT
        if text.startswith("<!--", start):
            end = text.find("-->", start + 4)
            if end < 0:
                return len(head) >= PROLOG_LIMIT
            pos = end + 3
        elif text.startswith("<?", start):
            end = text.find("?>", start + 2)
            if end < 0:
                return len(head) >= PROLOG_LIMIT
            pos = end + 2
        else:
            return text.startswith("<!", start)  # <!DOCTYPE, <!ENTITY: a DTD
