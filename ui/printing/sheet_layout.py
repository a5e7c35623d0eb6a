"""One sheet plan measured for a page: the columns scaled to the page's width, every
cell's text broken into lines with the real font metrics, and the rows' heights.

The plan's own row heights are the workbook's estimate (characters counted); here each
text is laid out with QTextLayout in its cell's (merged) width on the paint device
itself, so a wrapped line is never cut: a row is as tall as its tallest cell needs, and a
cell merged over several rows (一级/二级) that needs more than its rows have makes its
last row taller, as :meth:`jxeditor.formats.xlsx.form_layout.FormBuilder.size_rows`
does for the workbook. Line breaks are cached by text, font and width (the same labels
come back in every project). All lengths are in the device's pixels.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtGui import QFont, QPaintDevice, QTextLayout, QTextOption

from jxeditor.formats.xlsx.print_plans import CellLook, cell_look, shown_text
from jxeditor.formats.xlsx.sheet_plan import SheetPlan
from ui.printing.fonts import print_font

PAD_X_PT = 2.5  # space between a cell's border and its text, in points
PAD_Y_PT = 2.5
BODY_PT = 11.0
Line = tuple[str, float]  # the text of one line and its width


@dataclass(frozen=True)
class CellText:
    """A text broken into lines: each line's text and width, the line height and the
    ascent of the font (the baseline's distance below a line's top)."""

    lines: tuple[Line, ...]
    line_height: float
    ascent: float

    @property
    def height(self) -> float:
        return len(self.lines) * self.line_height


def _utf16_slices(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """The substrings at QTextLayout's UTF-16 positions."""
    if all(ord(ch) < 0x10000 for ch in text):
        return [text[start:start + length] for start, length in spans]
    data = text.encode("utf-16-le", "surrogatepass")
    return [data[2 * start:2 * (start + length)].decode("utf-16-le", "replace")
            for start, length in spans]


class TextMeasure:
    """Breaks texts into lines on one paint device (remembering what it broke)."""

    def __init__(self, device: QPaintDevice) -> None:
        self.device = device
        self.scale = device.logicalDpiY() / 72.0  # device pixels per point
        self._fonts: dict[tuple[float, bool], QFont] = {}
        self._cache: dict[tuple[str, float, bool, int], CellText] = {}
        self._option = QTextOption()
        self._option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)

    def font(self, size: float, bold: bool = False) -> QFont:
        key = (size, bold)
        font = self._fonts.get(key)
        if font is None:
            font = self._fonts[key] = print_font(size, bold)
        return font

    def points(self, value: float) -> float:
        """``value`` points in device pixels."""
        return value * self.scale

    def lines(self, text: str, size: float, bold: bool, width: float) -> CellText:
        """``text`` broken into lines at most ``width`` pixels wide (line feeds kept)."""
        key = (text, size, bold, int(width))
        found = self._cache.get(key)
        if found is not None:
            return found
        layout = QTextLayout(text.replace("\r\n", "\n").replace("\n", "\u2028"),
                             self.font(size, bold), self.device)
        layout.setTextOption(self._option)
        layout.setCacheEnabled(False)
        layout.beginLayout()
        spans: list[tuple[int, int]] = []
        widths: list[float] = []
        height = ascent = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(int(width), 1))
            spans.append((line.textStart(), line.textLength()))
            widths.append(line.naturalTextWidth())
            height, ascent = max(height, line.height()), max(ascent, line.ascent())
        layout.endLayout()
        if not spans:  # an empty text still has the font's line height
            probe = self.lines(" ", size, bold, width)
            height, ascent = probe.line_height, probe.ascent
        texts = [t.replace("\u2028", "").rstrip() for t in _utf16_slices(layout.text(), spans)]
        found = CellText(tuple(zip(texts, widths, strict=True)), height, ascent)
        self._cache[key] = found
        return found


@dataclass(frozen=True)
class Cell:
    """A cell (or merged range) of the sheet: where it starts and ends, its look, its
    text laid out in its width and the height that text needs (padding included)."""

    row: int
    col: int
    last_row: int
    last_col: int
    look: CellLook
    text: CellText
    need: float


class SheetLayout:
    """A sheet plan measured ``width`` pixels wide on the measure's device; a cell's look
    is its style's (``looks``, else the export's named styles)."""

    def __init__(self, plan: SheetPlan, measure: TextMeasure, width: float,
                 looks: Mapping[str, CellLook] | None = None) -> None:
        self.plan = plan
        self.pad_x = measure.points(PAD_X_PT)
        self.pad_y = measure.points(PAD_Y_PT)
        total = sum(plan.widths) or 1.0
        self.edges = [0.0]
        for w in plan.widths:
            self.edges.append(self.edges[-1] + width * w / total)
        spans = {(r1, c1): (r2, c2) for r1, c1, r2, c2 in plan.merges}
        self.covered: dict[tuple[int, int], tuple[int, int]] = {}
        for (r1, c1), (r2, c2) in spans.items():
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    if (r, c) != (r1, c1):
                        self.covered[(r, c)] = (r1, c1)
        self.cells: dict[tuple[int, int], Cell] = {}
        minimum = measure.lines("", BODY_PT, False, width).line_height + 2 * self.pad_y
        self.heights = [minimum] * len(plan.rows)
        tall: list[Cell] = []
        for r, row in enumerate(plan.rows, start=1):
            for c, spec in enumerate(row, start=1):
                if spec is None or (r, c) in self.covered:
                    continue
                value, style, fmt = spec
                look = looks[style] if looks and style in looks else cell_look(style)
                r2, c2 = spans.get((r, c), (r, c))
                inner = self.edges[c2] - self.edges[c - 1] - 2 * self.pad_x
                text = measure.lines(shown_text(value, style, fmt), look.size, look.bold, inner)
                cell = Cell(r, c, r2, c2, look, text, text.height + 2 * self.pad_y)
                self.cells[(r, c)] = cell
                if r2 > r:
                    tall.append(cell)
                elif cell.need > self.heights[r - 1]:
                    self.heights[r - 1] = cell.need
        for cell in tall:
            missing = cell.need - sum(self.heights[cell.row - 1:cell.last_row])
            if missing > 0:
                self.heights[cell.last_row - 1] += missing

    def span_height(self, first: int, last: int) -> float:
        """The height of rows ``first`` to ``last`` (1-based, inclusive)."""
        return sum(self.heights[first - 1:last])

    def origin(self, row: int, col: int) -> Cell | None:
        """The cell that shows at (row, col): its own or the merged range's over it."""
        start = self.covered.get((row, col), (row, col))
        return self.cells.get(start)
