"""A measured sheet cut into pages: rows never split, the table header repeated.

Rows go onto a page while they fit. On the pages after the first, a page that starts
below the indicator table's header (:meth:`~jxeditor.formats.xlsx.sheet_plan.SheetPlan.
header_rows`) repeats it first. Where a page must break, the break moves up to a better
place when it would leave the header alone at the bottom of a page, or leave a merged
一级/二级 cell less room on either side than its text needs (its text is drawn again
on the next page, :mod:`~ui.printing.page_painter`). Only a single row taller than a
whole page (a very long goal text) is sliced, between lines of its text, and continues
on the next page.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ui.printing.sheet_layout import Cell, SheetLayout


@dataclass(frozen=True)
class Band:
    """Rows ``first``..``last`` of a sheet drawn with the top of ``first`` at ``y`` and
    clipped to ``top``..``bottom`` (page pixels below the page's top); ``sliced``: part of
    a row taller than a page, its texts top-aligned."""

    first: int
    last: int
    y: float
    top: float
    bottom: float
    sliced: bool = False


@dataclass(frozen=True)
class Page:
    """What one page shows: bands of rows of one sheet."""

    sheet: SheetLayout
    bands: tuple[Band, ...]


def _tall_cells(sheet: SheetLayout) -> list[Cell]:
    return [cell for cell in sheet.cells.values() if cell.last_row > cell.row]


def _bad_break(sheet: SheetLayout, before: int, header: range, tall: list[Cell]) -> bool:
    """Whether a page break before row ``before`` is one to avoid."""
    if before - 1 in header:
        return True  # the header stays in one piece and with the row after it
    for cell in tall:
        if cell.row < before <= cell.last_row and cell.text.lines and (
                sheet.span_height(cell.row, before - 1) < cell.need
                or sheet.span_height(before, cell.last_row) < cell.need):
            return True
    return False


def _best_break(sheet: SheetLayout, start: int, stop: int, header: range,
                tall: list[Cell]) -> int:
    """The row before which to break a page holding rows ``start``..``stop - 1``."""
    for before in range(stop, start, -1):
        if not _bad_break(sheet, before, header, tall):
            return before
    return stop


def _slice(sheet: SheetLayout, row: int, offset: float, room: float) -> float:
    """How much of ``row`` (from ``offset`` down) to show in ``room``: up to the last
    whole line of its text that fits."""
    cells = [c for c in sheet.cells.values() if c.row == row and c.text.lines]
    line = max((c.text.line_height for c in cells), default=0.0)
    if line <= 0:
        return room
    lines = math.floor((offset + room - sheet.pad_y) / line)
    shown = sheet.pad_y + lines * line - offset
    return shown if shown > 0 else room


def paginate(sheet: SheetLayout, height: float) -> list[Page]:
    """The pages of ``sheet`` when a page holds ``height`` pixels of rows."""
    heights = sheet.heights
    count = len(heights)
    header = sheet.plan.header_rows()
    if header and header.stop - 1 > count:
        header = range(0)
    header_height = sheet.span_height(header.start, header.stop - 1) if header else 0.0
    tall = _tall_cells(sheet)
    pages: list[Page] = []
    row, offset = 1, 0.0
    while row <= count:
        bands: list[Band] = []
        y = 0.0
        if pages and header and row > header.stop - 1 and header_height <= height / 2:
            bands.append(Band(header.start, header.stop - 1, 0.0, 0.0, header_height))
            y = header_height
        rest = heights[row - 1] - offset
        if rest > height - y:  # a row taller than a page: the part that fits
            shown = _slice(sheet, row, offset, height - y)
            bands.append(Band(row, row, y - offset, y, y + shown, sliced=True))
            offset += shown
            pages.append(Page(sheet, tuple(bands)))
            continue
        if offset:  # the end of a sliced row
            bands.append(Band(row, row, y - offset, y, y + rest, sliced=True))
            y += rest
            row, offset = row + 1, 0.0
        start, top = row, y
        while row <= count and y + heights[row - 1] <= height:
            y += heights[row - 1]
            row += 1
        fresh = height - (header_height if header and row > header.stop - 1 else 0.0)
        too_tall = row <= count and heights[row - 1] > fresh  # will be sliced anyway
        if row <= count and row > start and not too_tall:
            row = _best_break(sheet, start, row, header, tall)
        if row > start:
            bands.append(Band(start, row - 1, top, top, top + sheet.span_height(start, row - 1)))
        y = top + sheet.span_height(start, row - 1)
        if too_tall and height - y >= height / 5:  # its first slice here, not on a new page
            offset = _slice(sheet, row, 0.0, height - y)
            bands.append(Band(row, row, y, y, y + offset, sliced=True))
        pages.append(Page(sheet, tuple(bands)))
    return pages
