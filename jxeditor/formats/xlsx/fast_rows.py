"""The rows of an exported sheet: as finished ``<row>`` XML text (fast), or as openpyxl
cells (slow, public API only), both from the same :class:`SheetPlan`.

openpyxl builds an element per cell and serialises it in pure Python (about 25 µs a
cell); :func:`row_xml` formats a row directly (about 1 µs a cell) and
:class:`FormSheet` hands it to the same output stream. Everything else (columns,
merges, page set-up, hyperlinks, defined names, the workbook and styles parts) is still
written by openpyxl.

Two more savings for workbooks of thousands of sheets: a sheet's XML is kept in memory
(:meth:`FormSheet._get_writer`, :func:`save_workbook`) instead of openpyxl's temporary file
per sheet, a new sheet takes its title without openpyxl's duplicate check over every
sheet so far (the titles are unique already, :func:`~jxeditor.formats.xlsx.common.sheet_names`),
and the package is compressed at zlib level 1 (a quarter of the time of openpyxl's level 6,
for a file about a tenth larger).

This relies on openpyxl/et_xmlfile internals: the write-only sheet's ``_get_writer``,
``_parent`` and ``_writer`` (with its ``xf`` coroutine, ``write_row``,
``write_merged_cells`` and ``cleanup``), the output stream's raw ``_file``,
``_hyperlinks``, ``Workbook._add_sheet``, and ``ExcelWriter`` passing a sheet's ``out`` to
``ZipFile.write``. The ``type: ignore`` comments in this package mark each use.
``tests/formats/xlsx/test_public_api.py`` checks, against the pinned openpyxl
(``requirements-bundle.lock``), that the result is the workbook openpyxl's public API
writes from the same plans. If the stream offers no raw output (a different
et_xmlfile), :meth:`FormSheet.raw_rows_supported` says so and the writer falls back to
:func:`row_cells`.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.writer.excel import ExcelWriter

from jxeditor.formats.xlsx.common import escape_cell_text
from jxeditor.formats.xlsx.sheet_plan import Row, SheetPlan
from jxeditor.formats.xlsx.styles import FORMULA_START, Styles

LETTERS = [get_column_letter(i) for i in range(1, 65)]


class _NoSheets:
    """Stands in for the workbook while a new sheet takes its title (see module docstring)."""

    def __init__(self) -> None:
        self.sheetnames: list[str] = []


class _SheetXml(io.BytesIO):
    """A sheet's XML in memory: it stays readable until the workbook is saved (the XML
    stream's text wrapper would close it when dropped)."""

    def close(self) -> None:
        """Nothing to release but memory."""


class FormSheet(WriteOnlyWorksheet):
    """A write-only sheet whose rows arrive as finished ``<row>`` XML text."""

    _writer: Any = None  # openpyxl's WorksheetWriter (the stubs omit it)

    def __init__(self, parent: Workbook, title: str) -> None:
        super().__init__(_NoSheets(), title)  # type: ignore[arg-type]  # stand-in workbook, see _NoSheets
        self._parent = parent

    def _get_writer(self) -> None:
        """Overrides openpyxl's: the sheet's XML goes to memory, not to a temporary file."""
        if self._writer is None:
            writer: Any = WorksheetWriter(self, out=_SheetXml())
            writer.cleanup = lambda: None  # no temporary file to remove
            self._writer = writer
            writer.write_top()

    def _values_to_row(self, values: object, row_idx: int) -> object:
        """Overrides openpyxl's conversion: the row (XML text or cells) goes as it is."""
        return values

    def raw_rows_supported(self) -> bool:
        """Whether the output stream takes raw XML text (``_file``)."""
        self._get_writer()
        writer = self._writer
        xf = writer.xf.send(True)
        writer.xf.send(None)
        return callable(getattr(xf, "_file", None))

    def install_raw_writer(self, merges: list[str]) -> None:
        """Makes the sheet's writer pass ``(row XML,)`` through and write ``merges``."""
        writer = self._writer
        original: Callable[[Any, object, int], None] = writer.write_row

        def write_row(xf: Any, row: object, row_idx: int) -> None:
            if isinstance(row, tuple):  # (row XML,): see writer._write_sheet
                xf._file(row[0])
            else:
                original(xf, row, row_idx)

        def write_merged_cells() -> None:
            if merges:
                xf = writer.xf.send(True)
                refs = "".join(f'<mergeCell ref="{ref}"/>' for ref in merges)
                xf._file(f'<mergeCells count="{len(merges)}">{refs}</mergeCells>')
                writer.xf.send(None)

        writer.write_row = write_row
        writer.write_merged_cells = write_merged_cells

    def add_link(self, ref: str, target: str) -> None:
        """A link in cell ``ref`` to the sheet titled ``target``."""
        links: list[Hyperlink] = self._hyperlinks  # type: ignore[attr-defined]  # openpyxl private API, see module docstring
        links.append(Hyperlink(ref=ref, location=sheet_ref(target)))


class _Archive(zipfile.ZipFile):
    """Takes a sheet's XML from memory where openpyxl passes a temporary file's name."""

    def write(self, filename: Any, arcname: Any = None, compress_type: int | None = None,
              compresslevel: int | None = None) -> None:
        if isinstance(filename, io.BytesIO):
            self.writestr(str(arcname), filename.getvalue(), compress_type, compresslevel)
        else:
            super().write(filename, arcname, compress_type, compresslevel)


def save_workbook(wb: Workbook, out: io.BytesIO) -> None:
    """openpyxl's ``save_workbook``, with sheets kept in memory (:class:`FormSheet`)."""
    archive = _Archive(out, "w", zipfile.ZIP_DEFLATED, allowZip64=True, compresslevel=1)
    wb.properties.modified = datetime.now(tz=UTC).replace(tzinfo=None)
    ExcelWriter(wb, archive).save()


def _xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def row_xml(plan: SheetPlan, r: int, row: Row, styles: Styles) -> str:
    """Row ``r`` of the plan as ``<row>`` XML text (inline strings, numbers, styles)."""
    height = plan.heights.get(r)
    parts = [f'<row r="{r}" ht="{height}" customHeight="1">' if height else f'<row r="{r}">']
    for c, spec in enumerate(row, start=1):
        if spec is None:
            continue
        value, style, fmt = spec
        ref = f"{LETTERS[c - 1]}{r}"
        if isinstance(value, str) and value:
            sid = styles.style_id(style, value.startswith(FORMULA_START), fmt)
            text = _xml_text(escape_cell_text(value))
            parts.append(f'<c r="{ref}" s="{sid}" t="inlineStr"><is>'
                         f'<t xml:space="preserve">{text}</t></is></c>')
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            sid = styles.style_id(style, False, fmt)
            number = repr(value) if isinstance(value, float) else str(int(value))
            parts.append(f'<c r="{ref}" s="{sid}" t="n"><v>{number}</v></c>')
        else:
            parts.append(f'<c r="{ref}" s="{styles.style_id(style, False, fmt)}"/>')
    parts.append("</row>")
    return "".join(parts)


def row_cells(ws: FormSheet, plan: SheetPlan, r: int, row: Row, styles: Styles) -> list[Cell]:
    """The same row as openpyxl cells (the slow, fully public path)."""
    if r in plan.heights:
        ws.row_dimensions[r].height = plan.heights[r]  # type: ignore[attr-defined]  # WriteOnlyWorksheet copies row_dimensions from Worksheet at run time; the stubs omit it
    cells: list[Cell] = []
    for c, spec in enumerate(row, start=1):
        if spec is None:
            continue
        value, style, fmt = spec
        if isinstance(value, str):
            value = escape_cell_text(value) or None
        cell = styles.cell(ws, r, c, value, style, fmt)
        target = plan.links.get((r, c))
        if target is not None:
            cell.hyperlink = Hyperlink(ref=cell.coordinate, location=sheet_ref(target))
        cells.append(cell)
    return cells


def sheet_ref(title: str) -> str:
    """A link target: cell A1 of the sheet titled ``title``."""
    return "'" + title.replace("'", "''") + "'!A1"
