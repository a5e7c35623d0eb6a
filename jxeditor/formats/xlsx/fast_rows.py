"""The rows of an exported sheet: as finished ``<row>`` XML text (fast), or as openpyxl
cells (slow, public API only), both from the same :class:`SheetPlan`; and the openpyxl
sheet and package that take them.

openpyxl builds an element per cell and serialises it in pure Python (about 25 µs a
cell); :func:`row_xml` formats a row directly (about 1 µs a cell), and
:mod:`~jxeditor.formats.xlsx.sheet_xml` puts the rows in the sheet's frame as openpyxl
writes it. :meth:`FormSheet.finish` hands that text to openpyxl's workbook writer, which
writes the workbook, styles, defined names and package parts as usual.

For workbooks of thousands of sheets also: a sheet's XML is kept in memory
(:class:`FormSheet`, :func:`save_workbook`) instead of openpyxl's temporary file per
sheet, a new sheet takes its title without openpyxl's duplicate check over every sheet
so far (the titles are unique already, :func:`~jxeditor.formats.xlsx.common.sheet_names`),
and the package is compressed at zlib level 1 (a quarter of the time of openpyxl's
level 6, for a file about a tenth larger).

This relies on openpyxl internals: the write-only sheet's ``_get_writer``, ``_parent``,
``_writer`` (what the workbook writer takes from it: ``out``, ``_rels``, ``cleanup``) and
``closed``, ``Workbook._add_sheet``, and ``ExcelWriter`` passing a sheet's ``out`` to
``ZipFile.write``. The ``type: ignore`` comments in this package mark each use.
``tests/formats/xlsx/test_public_api.py`` checks, against the openpyxl pinned in
``requirements-bundle.lock``, that the result is the workbook openpyxl's public API writes
from the same plans; ``tests/formats/xlsx/test_fast_rows.py`` compares it with the cell
path (:func:`row_cells`, ``workbook_bytes(doc, cell_path=True)``).
"""

from __future__ import annotations

import io
import zipfile
import zlib
from datetime import UTC, datetime
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.packaging.relationship import RelationshipList
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


class _FinishedSheet:
    """What openpyxl's workbook writer takes from a sheet's writer: the XML and the
    sheet's relationships (none: links within the workbook need none). The XML waits,
    in UTF-8 or compressed with zlib (a seventh of its size), until the package takes
    it; then it is dropped."""

    def __init__(self, xml: bytes, packed: bool) -> None:
        self._xml = xml
        self._packed = packed
        self._rels = RelationshipList()

    @property
    def out(self) -> _SheetXml:
        return _SheetXml(zlib.decompress(self._xml) if self._packed else self._xml)

    def cleanup(self) -> None:
        """Called once the package holds the sheet: its XML is not needed any more."""
        self._xml = b""


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

    _finished = False

    @property
    def closed(self) -> bool:
        """Whether the sheet's XML is complete (openpyxl then only copies it)."""
        return self._finished or bool(super().closed)

    def finish(self, xml: bytes, *, packed: bool = False) -> None:
        """Takes the sheet's whole XML, written by :mod:`~jxeditor.formats.xlsx.sheet_xml`
        (UTF-8, or ``packed`` with zlib): openpyxl's sheet writer is not used."""
        self._writer = _FinishedSheet(xml, packed)
        self._finished = True

    def written_xml(self) -> str:
        """The XML openpyxl wrote for the sheet, once it is closed."""
        out: _SheetXml = self._writer.out
        return out.getvalue().decode("utf-8")

    def _values_to_row(self, values: object, row_idx: int) -> object:
        """Overrides openpyxl's conversion: the row (XML text or cells) goes as it is."""
        return values


class _Archive(zipfile.ZipFile):
    """Takes a sheet's XML from memory where openpyxl passes a temporary file's name."""

    def write(self, filename: Any, arcname: Any = None, compress_type: int | None = None,
              compresslevel: int | None = None) -> None:
        if isinstance(filename, io.BytesIO):
            self.writestr(str(arcname), filename.getvalue(), compress_type, compresslevel)
        else:
            super().write(filename, arcname, compress_type, compresslevel)


def save_workbook(wb: Workbook, out: BinaryIO) -> None:
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
