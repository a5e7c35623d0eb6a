"""The used area of each worksheet of an old Excel workbook (.xls, BIFF8), measured
before the reader sees it.

A 5 KB ``.xls`` with one value in IV65536 makes the reader allocate the whole
65,536 × 256 rectangle (over a gigabyte). The workbook stream of the compound file
(opened with ``olefile``) is a list of records; each worksheet's DIMENSIONS record and
its cell records (numbers, labels, blanks, formulas, rows of RK values …) say how far
its cells go. :func:`xls_sheet_areas` returns, per worksheet, the rows and columns its
rectangle spans, from whichever says more, so that a lying DIMENSIONS record does not
hide a far cell. The records are walked, never interpreted further: this is a size
check, not a reader.
"""

from __future__ import annotations

import struct

import olefile

BOF, EOF, DIMENSIONS = 0x0809, 0x000A, 0x0200
WORKSHEET = 0x0010  # the BOF's substream type of a worksheet
# cell records: (row, first column) at the start of the record's data
SINGLE_CELLS = frozenset({
    0x0201,  # BLANK
    0x0203,  # NUMBER
    0x0204,  # LABEL
    0x0205,  # BOOLERR
    0x027E,  # RK
    0x00FD,  # LABELSST
    0x0006,  # FORMULA
    0x00D6,  # RSTRING
})
MULTIPLE_CELLS = frozenset({0x00BD, 0x00BE})  # MULRK, MULBLANK: row, first col … last col
MAX_RECORDS = 20_000_000  # a stream cannot hold more; a guard against a loop on junk


class NotAWorkbookStream(ValueError):
    """The compound file holds no readable workbook stream."""


def workbook_stream(data: bytes) -> bytes:
    """The ``Workbook`` (BIFF8) or ``Book`` (BIFF5) stream of an OLE2 compound file."""
    try:
        with olefile.OleFileIO(data) as ole:
            for name in ("Workbook", "Book"):
                if ole.exists(name):
                    stream: bytes = ole.openstream(name).read()
                    return stream
    except (OSError, ValueError, IndexError, struct.error, KeyError) as error:
        raise NotAWorkbookStream(str(error)) from None
    raise NotAWorkbookStream("no Workbook stream")


def xls_sheet_areas(data: bytes) -> list[tuple[int, int]]:
    """(rows, columns) of each worksheet's used rectangle, in the order of the stream."""
    stream = workbook_stream(data)
    areas: list[tuple[int, int]] = []
    rows = columns = 0
    in_sheet = False
    offset, end, count = 0, len(stream) - 4, 0
    while offset <= end and count < MAX_RECORDS:
        kind, size = struct.unpack_from("<HH", stream, offset)
        body = stream[offset + 4:offset + 4 + size]
        offset += 4 + size
        count += 1
        if kind == BOF and len(body) >= 4:
            in_sheet = struct.unpack_from("<H", body, 2)[0] == WORKSHEET
            rows = columns = 0
        elif not in_sheet:
            continue
        elif kind == EOF:
            areas.append((rows, columns))
            in_sheet = False
        elif kind == DIMENSIONS and len(body) >= 12:
            last_row, _first_col, last_col = struct.unpack_from("<IHH", body, 4)
            rows, columns = max(rows, last_row), max(columns, last_col)
        elif kind in SINGLE_CELLS and len(body) >= 4:
            row, col = struct.unpack_from("<HH", body, 0)
            rows, columns = max(rows, row + 1), max(columns, col + 1)
        elif kind in MULTIPLE_CELLS and len(body) >= 6:
            row = struct.unpack_from("<H", body, 0)[0]
            last = struct.unpack_from("<H", body, len(body) - 2)[0]
            rows, columns = max(rows, row + 1), max(columns, last + 1)
    if in_sheet:  # a stream cut before the sheet's EOF: what was seen counts
        areas.append((rows, columns))
    return areas
