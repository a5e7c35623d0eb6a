"""Upper bounds of what a worksheet part will make in the reader, found without parsing it
element by element: the fast path of :mod:`jxeditor.formats.safety`.

The exact measure (:class:`~jxeditor.formats.sheet_scan.PartScan`) calls Python for every
element of the XML, about as long again as python-calamine takes to read the whole workbook.
Most worksheets are written by Excel, WPS, LibreOffice or our own export in one spelling:
every cell ``<c r="B12" …>``, its reference the first attribute, in capitals, in double
quotes. For such a part :func:`bound_sheet` gives, from the raw bytes with C-speed searches
and counts only, numbers that are never below the exact measure's:

* the rectangle: every element named ``c`` (any prefix) is found as ``<c`` or ``:c``
  followed by white space, ``/`` or ``>`` (in well-formed XML a raw ``<`` only starts
  markup, and a comment or CDATA section can only add matches). When all of them are
  ``<c r="…"`` with a canonical reference, every cell's place is explicit and the largest
  row and column of those references bound the rectangle of the cells with content
  (rounded up to 99 rows, 8 or 26 columns when searches show that none is beyond);
* the text: the cells' own text is character data, at most one character per byte of
  the part; a cell using a shared string holds at most the longest one
  (:attr:`PartBound.any_shared`: the number of cells, each weighed at that length);
* the idle elements: at most the elements, each starting with a ``<``.

:func:`well_formed` runs expat over the part without Python callbacks (a DTD is refused
as in the exact scan), so that a part the exact scan would refuse as malformed is never
accepted by its bounds. A part of any other spelling gives None: the exact scan measures
it. Limits exceeded by a bound are not a refusal either: the exact scan then decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from xml.parsers import expat

from jxeditor.formats.sheet_scan import SHEET_ROOTS, DtdFound, column_number

# The root element after an optional BOM, XML declaration and white space (no comment,
# no processing instruction otherwise: those parts go to the exact scan).
_ROOT = re.compile(rb"(?:\xef\xbb\xbf)?[ \t\r\n]*(?:<\?xml[^<>]*\?>[ \t\r\n]*)?<([^ \t\r\n/>!?]+)")
_NOT_CANONICAL = re.compile(rb'<c r="(?![A-Z]{1,3}[1-9][0-9]{0,6}")')
_ROW_OF_CELL = re.compile(rb'<c r="[A-Z]{1,3}([1-9][0-9]{0,6})"')
_COLUMN_OF_CELL = re.compile(rb'<c r="([A-Z]{1,3})[1-9]')
_ROW_OVER_99 = re.compile(rb'<c r="[A-Z]{1,3}[1-9][0-9]{2}')
_COLUMN_OVER_Z = re.compile(rb'<c r="[A-Z]{2}')
_COLUMN_OVER_H = re.compile(rb'<c r="[I-Z][1-9]')
# A reference that is not in A–H with a row of one or two digits (none: a small sheet,
# settled by this one search instead of the four below it).
_NOT_SMALL = re.compile(rb'<c r="(?![A-H][1-9][0-9]?")')
_OTHER_CELL = re.compile(rb'<c(?! r=")[ \t\r\n/>]')  # a cell not spelled <c r="…
_OTHER_OR_NOT_SMALL = re.compile(rb'<c(?: r="(?![A-H][1-9][0-9]?")|(?! r=")[ \t\r\n/>])')  # either
_PREFIXED_CELL = re.compile(rb":c[ \t\r\n/>]")  # <x:c …, or such text in a comment


@dataclass
class PartBound:
    """Upper bounds of the measures of :class:`~jxeditor.formats.sheet_scan.PartScan`."""

    rows: int
    columns: int
    text: int
    idle: int
    any_shared: int  # cells that may use a shared string, each counted at the longest
    shared_refs: dict[int, int] = field(default_factory=dict)
    strings: list[int] = field(default_factory=list)

    @property
    def cells(self) -> int:
        return self.rows * self.columns

    largest_cells = cells


def bound_sheet(data: bytes) -> PartBound | None:
    """Bounds of a worksheet part in the canonical spelling, or None (the exact scan
    measures it): another root, another encoding, or a cell spelled otherwise."""
    root = _ROOT.match(data)
    if root is None or root[1].rpartition(b":")[2].decode("latin-1") not in SHEET_ROOTS:
        return None
    small = not _OTHER_OR_NOT_SMALL.search(data)  # one search for the usual small sheet
    if (not small and _OTHER_CELL.search(data)) or _PREFIXED_CELL.search(data):
        return None
    cells = data.count(b'<c r="')
    if not cells:
        rows = columns = 0
    elif small or not _NOT_SMALL.search(data):  # every reference canonical, in A1:H99
        rows, columns = 99, 8
    elif _NOT_CANONICAL.search(data):
        return None  # a reference not in capitals, with a leading zero, spaces, entities…
    else:
        rows, columns = _rows(data), _columns(data)
    return PartBound(rows=rows, columns=columns, text=len(data), idle=data.count(b"<"),
                     any_shared=cells)


def _rows(data: bytes) -> int:
    """The largest row of the canonical references (99 while none has three digits:
    a search, where finding every number makes an object for each cell). Rows mostly
    come in order: the last reference's row is the largest when a search finds none
    above it."""
    if not _ROW_OVER_99.search(data):
        return 99
    last = _ROW_OF_CELL.match(data, data.rfind(b'<c r="'))
    if last is not None and not _row_above(int(last[1])).search(data):
        return int(last[1])
    return max(map(int, set(_ROW_OF_CELL.findall(data))))


def _row_above(row: int) -> re.Pattern[bytes]:
    """A canonical reference to a row above ``row`` (its number longer, or as long and
    larger in the first digit where it differs)."""
    digits = str(row)
    larger = [rb"[1-9][0-9]{%d,}" % len(digits)]
    for i, digit in enumerate(digits):
        if digit != "9":
            rest = len(digits) - i - 1
            larger.append(b"%s[%d-9][0-9]{%d}" % (digits[:i].encode(), int(digit) + 1, rest))
    return re.compile(rb'<c r="[A-Z]{1,3}(?:%s)"' % b"|".join(larger))


def _columns(data: bytes) -> int:
    """The largest column of the canonical references (8 while all are in A–H, 26 while
    all have one letter)."""
    if not _COLUMN_OVER_Z.search(data):
        return 26 if _COLUMN_OVER_H.search(data) else 8
    return max(column_number(letters.decode("ascii"))
               for letters in set(_COLUMN_OF_CELL.findall(data)))


def _refuse_dtd(*_args: object) -> None:
    raise DtdFound


def well_formed(data: bytes) -> bool:
    """Whether expat, as the exact scan runs it (UTF-8), parses the whole part; raises
    :class:`~jxeditor.formats.sheet_scan.DtdFound` for a document type declaration."""
    parser = expat.ParserCreate("UTF-8")
    parser.StartDoctypeDeclHandler = _refuse_dtd
    parser.EntityDeclHandler = _refuse_dtd
    try:
        parser.Parse(data, True)
    except expat.ExpatError:
        return False
    return True
