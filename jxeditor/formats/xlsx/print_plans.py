"""What a printout of the forms draws, without Qt: the sheet plans, the cells' looks and
the cells' texts.

The PDF and the printer (:mod:`ui.printing`) draw the very :class:`SheetPlan` objects the
``.xlsx`` export writes (:func:`form_plans` builds them with the export's
:func:`~jxeditor.formats.xlsx.stage_layout.stage_form`: the 目标表, or the 运行监控表 and
自评表 in the later stages), so the paper and the workbook
cannot drift apart. A cell's style name becomes a :class:`CellLook` (size, weight,
alignment, box, fill) read from the export's own named styles
(:data:`~jxeditor.formats.xlsx.styles.STYLE_SPECS`), and a value its text as a spreadsheet
shows it with the cell's number format (:func:`shown_text`: ``0.00##`` keeps two to four
decimals).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache
from typing import cast

from openpyxl.styles import Alignment, Border, Font, PatternFill
from openpyxl.styles.colors import Color
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook

from jxeditor.document.document import Document
from jxeditor.formats.xlsx.common import sheet_names
from jxeditor.formats.xlsx.department_layout import SHEET_TITLE as DEPARTMENT_SHEET
from jxeditor.formats.xlsx.department_layout import department_form
from jxeditor.formats.xlsx.sheet_plan import CellSpec, CellValue, Notes, SheetPlan
from jxeditor.formats.xlsx.stage_layout import stage_form
from jxeditor.formats.xlsx.styles import STYLE_SPECS

_DECIMALS = re.compile(r"^0\.(0*)(#*)$")
BLACK = "000000"


@dataclass(frozen=True)
class CellLook:
    """How a printed cell looks: font size in points, bold, text colour (``RRGGBB``),
    horizontal (left, center, right) and vertical (top, center, bottom) alignment,
    wrapping, a box around it and its fill colour (``RRGGBB`` or None)."""

    size: float = 11.0
    bold: bool = False
    color: str = BLACK
    align: str = "left"
    valign: str = "center"
    wrap: bool = True
    boxed: bool = False
    fill: str | None = None
    number_format: str = "General"


def _rgb(color: Color | None) -> str | None:
    value = getattr(color, "rgb", None)
    if isinstance(value, str) and len(value) >= 6:
        return value[-6:].upper()
    return None


def look_of(font: Font, border: Border, alignment: Alignment, fill: PatternFill,
            number_format: str) -> CellLook:
    """The look of openpyxl style parts."""
    left = border.left
    return CellLook(
        size=float(font.sz or 11.0),
        bold=bool(font.b),
        color=_rgb(font.color) or BLACK,
        align=alignment.horizontal if alignment.horizontal in ("center", "right") else "left",
        valign=alignment.vertical if alignment.vertical in ("top", "bottom") else "center",
        wrap=bool(alignment.wrap_text),
        boxed=left is not None and left.style is not None,
        fill=_rgb(fill.fgColor) if fill.fill_type == "solid" else None,
        number_format=number_format or "General",
    )


@cache
def cell_look(style: str) -> CellLook:
    """The look of a named style of the export (the plain default for an unknown name)."""
    spec = STYLE_SPECS.get(style)
    return CellLook() if spec is None else look_of(*spec)


def form_plans(doc: Document, indices: Sequence[int] | None = None) -> tuple[
        list[SheetPlan], list[str]]:
    """The form sheets of the projects at ``indices`` (all when None, then the department's
    申报表 first, where the document has one), in that order, as
    the ``.xlsx`` export lays them out (the form of the document's stage: 目标表, 运行监控表
    or 自评表), and the notices about cells that cannot hold their text (printed: naming
    the project, the field and how much of the text is printed)."""
    notes = Notes(printed=True)
    titles = sheet_names([DEPARTMENT_SHEET, *(p.name for p in doc.projects)])[1:]
    chosen = range(len(doc.projects)) if indices is None else indices
    plans = [stage_form(doc, doc.projects[i], titles[i], notes) for i in chosen]
    department = department_form(doc, DEPARTMENT_SHEET, notes) if indices is None else None
    return ([] if department is None else [department]) + plans, notes.items


def landscape(doc: Document) -> bool:
    """Whether the document's forms are printed landscape (the 运行监控表)."""
    if not doc.projects:
        return False
    return stage_form(doc, doc.projects[0], "x", Notes()).orientation == "landscape"


def _number_text(value: float | int, number_format: str) -> str:
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    exact = Decimal(value) if isinstance(value, int) else Decimal(repr(value))
    match = _DECIMALS.match(number_format)
    if match is None:  # General: as typed, without a trailing .0
        integral = exact == exact.to_integral_value() and abs(exact) < 10 ** 15
        return str(int(exact)) if integral else str(value)
    least = len(match.group(1))
    most = least + len(match.group(2))
    try:
        exact = exact.quantize(Decimal(1).scaleb(-most), rounding=ROUND_HALF_UP)
    except InvalidOperation:  # too many digits to round: shown as it is
        return repr(value)
    text = format(exact, "f")
    whole, _, decimals = text.partition(".")
    decimals = decimals.rstrip("0").ljust(least, "0")
    return f"{whole}.{decimals}" if decimals else whole


def shown_text(value: CellValue, style: str, number_format: str | None = None) -> str:
    """A cell's value as the spreadsheet shows it: text as it is, numbers in the cell's
    number format (its own, else its style's)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return _number_text(value, number_format or cell_look(style).number_format)


def workbook_plans(wb: Workbook) -> tuple[list[SheetPlan], dict[str, CellLook]]:
    """The plans of a workbook built in memory with openpyxl's ordinary cells (the
    审核意见 workbook, :mod:`~jxeditor.formats.xlsx.review_report`), so that a printout
    draws the very sheets the ``.xlsx`` file holds: values, merges, column widths, the
    rows printed on every page, orientation, and each cell's look under a style name of
    its own (``cell:N``, the returned mapping)."""
    looks: dict[CellLook, str] = {}
    plans: list[SheetPlan] = []
    for ws in wb.worksheets:
        widths = [float(ws.column_dimensions[get_column_letter(c)].width or 8.43)
                  for c in range(1, ws.max_column + 1)]
        rows: list[list[CellSpec | None]] = []
        for cells in ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=ws.max_column):
            row: list[CellSpec | None] = []
            for cell in cells:
                # the style proxies stand for the style objects (read-only)
                look = look_of(cast(Font, cell.font), cast(Border, cell.border),
                               cast(Alignment, cell.alignment), cast(PatternFill, cell.fill),
                               cell.number_format)
                name = looks.setdefault(look, f"cell:{len(looks)}")
                value = cell.value
                shown = value if isinstance(value, str | int | float) else (
                    None if value is None else str(value))
                row.append((shown, name, None))
            rows.append(row)
        merges = [(r.min_row, r.min_col, r.max_row, r.max_col) for r in ws.merged_cells.ranges]
        title_rows = (ws.print_title_rows or "").replace("$", "") or None
        plans.append(SheetPlan(title=ws.title, widths=widths, rows=rows, merges=merges,
                               title_rows=title_rows,
                               orientation=ws.page_setup.orientation or "portrait"))
    return plans, {name: look for look, name in looks.items()}
