"""Draws a laid-out page with QPainter: cells with their fills, boxes and wrapped texts,
and the footer 第 n 页 共 m 页.

A merged cell (一级/二级, the funding label) that began on an earlier page is drawn
again at the top of the page, over the rows it still covers there, with its text. Text
is drawn line by line as laid out by :class:`~ui.printing.sheet_layout.TextMeasure`, so
a PDF reader finds every word (lines are text runs, not pictures). Lengths are the
device's pixels; the page's paint rectangle starts at (0, 0).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from ui.printing.pagination import Band, Page
from ui.printing.sheet_layout import Cell, CellText, SheetLayout, TextMeasure

FOOTER_PT = 9.0
FOOTER_GAP_PT = 6.0
BORDER_PT = 0.5


def footer_text(number: int, total: int) -> str:
    """``第 2 页 共 5 页``."""
    return f"第 {number} 页 共 {total} 页"


def body_height(measure: TextMeasure, width: float, height: float) -> float:
    """What a page of ``height`` pixels leaves for rows above the footer."""
    footer = measure.lines(footer_text(1, 1), FOOTER_PT, False, width)
    return height - footer.line_height - measure.points(FOOTER_GAP_PT)


class PagePainter:
    """Paints pages of ``width`` × ``height`` pixels (the paint rectangle) on a painter."""

    def __init__(self, painter: QPainter, measure: TextMeasure, width: float,
                 height: float) -> None:
        self.painter = painter
        self.measure = measure
        self.width = width
        self.height = height
        self._border = QPen(QColor("#000000"))
        self._border.setWidthF(measure.points(BORDER_PT))
        self._font: QFont | None = None
        self._pen = ""  # what the painter's pen is now: "border" or a text colour
        self._colors: dict[str, QColor] = {}

    def paint(self, page: Page, number: int, total: int) -> None:
        """Draws ``page`` as page ``number`` of ``total``."""
        painter = self.painter
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        self._pen, self._font = "", None  # a new page starts with the painter's defaults
        for band in page.bands:
            self._band(page.sheet, band)
        painter.setClipping(False)
        text = self.measure.lines(footer_text(number, total), FOOTER_PT, False, self.width)
        self._text(text, QRectF(0, self.height - text.line_height, self.width,
                                text.line_height), "center", "top", FOOTER_PT, False, "000000")

    def _band(self, sheet: SheetLayout, band: Band) -> None:
        painter = self.painter
        edge = self._border.widthF()
        clip = QRectF(-edge, band.top - edge, self.width + 2 * edge,
                      band.bottom - band.top + 2 * edge)
        painter.setClipRect(clip)
        tops: dict[int, float] = {}
        y = band.y
        for row in range(band.first, band.last + 1):
            tops[row] = y
            y += sheet.heights[row - 1]
        ncols = len(sheet.edges) - 1
        drawn: set[tuple[int, int]] = set()
        for row in range(band.first, band.last + 1):
            for col in range(1, ncols + 1):
                cell = sheet.origin(row, col)
                if cell is None or (cell.row, cell.col) in drawn:
                    continue
                if cell.row != row and row != band.first:
                    continue
                drawn.add((cell.row, cell.col))
                first, last = max(cell.row, band.first), min(cell.last_row, band.last)
                rect = QRectF(sheet.edges[cell.col - 1], tops[first],
                              sheet.edges[cell.last_col] - sheet.edges[cell.col - 1],
                              tops[last] + sheet.heights[last - 1] - tops[first])
                if band.sliced and cell.row < band.first:  # continued beside a slice
                    rect = rect.intersected(QRectF(0, band.top, self.width,
                                                   band.bottom - band.top))
                self._cell(sheet, cell, rect, clip, band.sliced and cell.row == band.first)

    def _cell(self, sheet: SheetLayout, cell: Cell, rect: QRectF, clip: QRectF,
              sliced: bool) -> None:
        painter, look = self.painter, cell.look
        if look.fill:
            painter.fillRect(rect.intersected(clip), self._color(look.fill))
        if cell.text.lines:
            inner = rect.adjusted(sheet.pad_x, sheet.pad_y, -sheet.pad_x, -sheet.pad_y)
            valign = "top" if sliced or cell.text.height > inner.height() else look.valign
            self._text(cell.text, inner, look.align, valign, look.size, look.bold, look.color)
        if look.boxed:
            if self._pen != "border":
                painter.setPen(self._border)
                self._pen = "border"
            painter.drawRect(rect.intersected(clip))

    def _text(self, text: CellText, rect: QRectF, align: str, valign: str, size: float,
              bold: bool, color: str) -> None:
        lines, line_height, ascent = text.lines, text.line_height, text.ascent
        painter = self.painter
        font = self.measure.font(size, bold)
        if font is not self._font:
            painter.setFont(font)
            self._font = font
        if self._pen != color:
            painter.setPen(self._color(color))
            self._pen = color
        block = len(lines) * line_height
        if valign == "center":
            y = rect.top() + (rect.height() - block) / 2
        elif valign == "bottom":
            y = rect.bottom() - block
        else:
            y = rect.top()
        for line, width in lines:
            if align == "center":
                x = rect.left() + (rect.width() - width) / 2
            elif align == "right":
                x = rect.right() - width
            else:
                x = rect.left()
            if line:
                painter.drawText(QPointF(x, y + ascent), line)
            y += line_height

    def _color(self, rgb: str) -> QColor:
        color = self._colors.get(rgb)
        if color is None:
            color = self._colors[rgb] = QColor(f"#{rgb}")
        return color
