"""The named cell styles of the export (宋体, borders, wrapping, number formats) and
their registration with the workbook.

Setting ``font``/``border``/... on every cell makes openpyxl hash the style objects
each time; :class:`Styles` registers each combination (style name, quote prefix,
number format) once and hands out its style array (for openpyxl cells) or its
cell-format index (for rows written as XML, see :mod:`~jxeditor.formats.xlsx.fast_rows`).
Both go through openpyxl's private style API (``Cell._style``, ``Workbook._cell_styles``);
the ``type: ignore`` comments below mark those places.

:func:`put_text` is the one cell-text guard of the workbooks written cell by cell with
openpyxl (the 修改说明, the library export): the text cleaned as the document's own
writer cleans it (:func:`~jxeditor.formats.xlsx.common.visible_text`: characters XML
cannot hold dropped, overlong text cut; ``_xHHHH_`` protected), always a text cell, and
one starting like a formula quoted.
"""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from jxeditor.formats.xlsx.common import escape_cell_text, visible_text
from jxeditor.formats.xlsx.sheet_plan import CellValue

FONT_NAME = "宋体"
FORMULA_START = ("=", "+", "-", "@")  # text starting so gets the quote prefix (stays text)

_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_NONE = Border()
_BODY = Font(name=FONT_NAME, size=11)
_BOLD = Font(name=FONT_NAME, size=11, bold=True)
_HEAD_FILL = PatternFill("solid", fgColor="F2F2F2")
_NO_FILL = PatternFill()


def _align(horizontal: str, vertical: str = "center", wrap: bool = True) -> Alignment:
    return Alignment(horizontal=horizontal, vertical=vertical, wrap_text=wrap)


# name: (font, border, alignment, fill, number format)
STYLE_SPECS: dict[str, tuple[Font, Border, Alignment, PatternFill, str]] = {
    "title": (Font(name=FONT_NAME, size=18, bold=True), _NONE, _align("center"), _NO_FILL,
              "General"),
    "subtitle": (_BODY, _NONE, _align("center"), _NO_FILL, "General"),
    "note_left": (_BODY, _NONE, _align("left", wrap=False), _NO_FILL, "General"),
    "note_right": (_BODY, _NONE, _align("right", wrap=False), _NO_FILL, "General"),
    "label": (_BODY, _BOX, _align("center"), _NO_FILL, "General"),
    "head": (_BOLD, _BOX, _align("center"), _HEAD_FILL, "General"),
    "center": (_BODY, _BOX, _align("center"), _NO_FILL, "General"),
    "text": (_BODY, _BOX, _align("left"), _NO_FILL, "General"),
    "goal": (_BODY, _BOX, _align("left", "top"), _NO_FILL, "General"),
    "amount": (_BODY, _BOX, _align("right"), _NO_FILL, "0.00##"),
    "number": (_BODY, _BOX, _align("center"), _NO_FILL, "General"),
    # list sheets: one line per row (rows without a set height do not grow in Excel)
    "list": (_BODY, _NONE, _align("left", "top", wrap=False), _NO_FILL, "General"),
    "list_amount": (_BODY, _NONE, _align("right", "top", wrap=False), _NO_FILL, "0.00##"),
    "list_head": (_BOLD, _BOX, _align("center"), _HEAD_FILL, "General"),
    "link": (Font(name=FONT_NAME, size=11, color="0563C1", underline="single"), _NONE,
             _align("left", "top", wrap=False), _NO_FILL, "General"),
}

StyleKey = tuple[str, bool, str | None]  # (style name, quote prefix, number format)


def cut_notice(what: str, count: int) -> str:
    """The notice of a workbook written cell by cell (``what``: 修改说明, 审核意见) whose
    :func:`put_text` had to change ``count`` texts."""
    return (f"{what}中有 {count} 个单元格的文字含有 Excel 无法保存的字符或超过单元格长度上限，"
            "已删去这些字符或截断")


def put_text(cell: Cell, text: str) -> bool:
    """Writes ``text`` into ``cell`` as text that any spreadsheet program opens and never
    takes for a formula; returns whether it had to change (characters dropped or cut)."""
    clean, changed = visible_text(text)
    cell.value = escape_cell_text(clean)
    cell.data_type = "s"  # text, never a formula
    if clean.startswith(FORMULA_START):
        cell.quotePrefix = True  # stays text when edited in Excel
    return changed


class _StyleHolder:
    """Stands in for a worksheet while styles are registered with the workbook."""

    def __init__(self, wb: Workbook) -> None:
        self.parent = wb


class Styles:
    """Cell styles registered once per workbook and copied onto cells (fast)."""

    def __init__(self, wb: Workbook) -> None:
        self._holder = _StyleHolder(wb)
        self._arrays: dict[StyleKey, object] = {}
        self._ids: dict[StyleKey, int] = {}

    def array(self, name: str, quote: bool = False, fmt: str | None = None) -> object:
        """The style array (openpyxl's private per-cell style record) of a style."""
        key = (name, quote, fmt)
        arr = self._arrays.get(key)
        if arr is None:
            font, border, alignment, fill, number_format = STYLE_SPECS[name]
            # A stand-in with .parent (the workbook) is all that styling a cell needs.
            cell = Cell(self._holder, 1, 1)  # type: ignore[arg-type]  # stand-in sheet, see above
            cell.font = font
            cell.border = border
            cell.alignment = alignment
            cell.fill = fill
            cell.number_format = fmt or number_format
            if quote:
                cell.quotePrefix = True
            arr = cell._style  # type: ignore[attr-defined]  # openpyxl private API, see module docstring
            self._arrays[key] = arr
        return arr

    def cell(self, ws: WriteOnlyWorksheet, row: int, col: int, value: CellValue, name: str,
             fmt: str | None = None) -> Cell:
        """A styled cell; text is always a string cell ('s'), never a formula."""
        quote = isinstance(value, str) and value.startswith(FORMULA_START)
        cell = Cell(ws, row, col, style_array=self.array(name, quote, fmt))  # type: ignore[arg-type]  # openpyxl private API: a style array, see module docstring
        if isinstance(value, str):
            cell._value = value  # type: ignore[attr-defined]  # openpyxl private API: set as text, never parsed as a formula
            cell.data_type = "s"
        elif value is not None:
            cell.value = value
        return cell

    def style_id(self, name: str, quote: bool, fmt: str | None) -> int:
        """The workbook's cell-format index (the ``s`` attribute) of a style."""
        key = (name, quote, fmt)
        sid = self._ids.get(key)
        if sid is None:
            cell_styles = self._holder.parent._cell_styles  # type: ignore[attr-defined]  # openpyxl private API, see module docstring
            sid = int(cell_styles.add(self.array(name, quote, fmt)))
            self._ids[key] = sid
        return sid
