"""A sheet of the export as one finished XML text, with openpyxl's own frame around the rows.

openpyxl's write-only sheet spends more time on each sheet's frame (properties, views,
columns before the rows; print options, margins and page set-up after them, each an
element tree serialised in Python) than on a form's rows. A workbook has few kinds of
frame: they depend only on the columns, the frozen cell, whether the sheet is set up for
printing and its orientation. :func:`frame` has openpyxl write each kind once, with no
rows, and keeps its two halves; :func:`sheet_xml` puts a plan's rows
(:func:`~jxeditor.formats.xlsx.fast_rows.row_xml`) and the parts that differ per sheet
(autofilter, merged cells, links, in the schema's order) between them, and
:meth:`~jxeditor.formats.xlsx.fast_rows.FormSheet.finish` hands the text to openpyxl's
workbook writer, which still writes the workbook, its styles, defined names (print
titles, filters) and package parts.

:func:`setup_sheet` is the one place where a plan's columns, views and page set-up go to
an openpyxl sheet: for the frames here and for the cell path
(:func:`~jxeditor.formats.xlsx.fast_rows.row_cells`), which
``tests/formats/xlsx/test_fast_rows.py`` compares with this one.
"""

from __future__ import annotations

import hashlib
import io
import zlib
from collections.abc import Iterator
from functools import lru_cache

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from jxeditor.formats.xlsx.fast_rows import LETTERS, FormSheet, row_xml, sheet_ref
from jxeditor.formats.xlsx.sheet_plan import SheetPlan
from jxeditor.formats.xlsx.styles import Styles

_DATA = "<sheetData"


def setup_sheet(ws: FormSheet, plan: SheetPlan) -> None:
    """The plan's columns, state, frozen cell, filter and page set-up on an openpyxl sheet."""
    for i, width in enumerate(plan.widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width  # type: ignore[attr-defined]  # WriteOnlyWorksheet copies column_dimensions from Worksheet at run time; the stubs omit it
    ws.sheet_state = plan.state  # type: ignore[attr-defined]  # as column_dimensions above
    if plan.freeze:
        ws.freeze_panes = plan.freeze
    if plan.autofilter:
        ws.auto_filter.ref = plan.autofilter  # type: ignore[attr-defined]  # as column_dimensions above
    if plan.title_rows:
        setup = ws.page_setup  # type: ignore[attr-defined]  # as column_dimensions above
        setup.paperSize = 9  # A4
        setup.orientation = plan.orientation
        setup.fitToWidth = 1
        setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True  # type: ignore[attr-defined]  # as column_dimensions above
        ws.print_options.horizontalCentered = True  # type: ignore[attr-defined]  # as column_dimensions above
        margins = ws.page_margins  # type: ignore[attr-defined]  # as column_dimensions above
        margins.left = margins.right = 0.5
        margins.top = margins.bottom = 0.6
        margins.header = margins.footer = 0.3
        ws.print_title_rows = plan.title_rows


@lru_cache(maxsize=64)
def frame(widths: tuple[float, ...], freeze: str | None, printed: bool,
          orientation: str) -> tuple[str, str]:
    """openpyxl's XML of a sheet of this kind without rows: the text up to its
    ``<sheetData>`` and from its end on."""
    plan = SheetPlan(title="frame", widths=list(widths), freeze=freeze,
                     title_rows="1:1" if printed else None, orientation=orientation)
    ws = FormSheet(parent=Workbook(write_only=True), title=plan.title)
    setup_sheet(ws, plan)
    ws.close()
    xml = ws.written_xml()
    start = xml.index(_DATA)
    end = xml.index(">", start) + 1
    if xml[end - 2] != "/":  # <sheetData></sheetData>
        end = xml.index("</sheetData>", end) + len("</sheetData>")
    return xml[:start], xml[end:]


def _attribute(text: str) -> str:
    """An XML attribute value, escaped as openpyxl's serialiser escapes it."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("\r", "&#13;").replace("\n", "&#10;")
            .replace("\t", "&#09;"))


def sheet_xml(plan: SheetPlan, styles: Styles) -> tuple[str, str]:
    """The sheet's whole XML, and the SHA-256 of its ``<sheetData>`` content."""
    digest = hashlib.sha256()
    xml = b"".join(_sheet_pieces(plan, styles, digest)).decode("utf-8")
    return xml, digest.hexdigest()


def sheet_xml_bytes(plan: SheetPlan, styles: Styles, *, pack: bool) -> tuple[bytes, str]:
    """:func:`sheet_xml` in UTF-8, with ``pack`` compressed with zlib as it is made, row
    by row (the XML of a sheet of 100,000 rows is then never whole in memory); and the
    same digest."""
    digest = hashlib.sha256()
    pieces = _sheet_pieces(plan, styles, digest)
    if not pack:  # grown in place: a join would hold every row's piece and the whole at once
        out = io.BytesIO()
        for piece in pieces:
            out.write(piece)
        return out.getvalue(), digest.hexdigest()
    packer = zlib.compressobj(1)
    packed = [packer.compress(piece) for piece in pieces]
    packed.append(packer.flush())
    return b"".join(packed), digest.hexdigest()


def _sheet_pieces(plan: SheetPlan, styles: Styles, digest: hashlib._Hash) -> Iterator[bytes]:
    """The sheet's XML in pieces (UTF-8); the rows also go into ``digest``."""
    head, tail = frame(tuple(plan.widths), plan.freeze, bool(plan.title_rows),
                       plan.orientation)
    yield head.encode("utf-8")
    if plan.rows:
        yield b"<sheetData>"
        for r, row in enumerate(plan.rows, start=1):
            piece = row_xml(plan, r, row, styles).encode("utf-8")
            digest.update(piece)
            yield piece
        yield b"</sheetData>"
    else:
        yield b"<sheetData />"
    parts: list[str] = []
    if plan.autofilter:
        parts.append(f'<autoFilter ref="{_attribute(plan.autofilter)}" />')
    if plan.merges:
        refs = "".join(f'<mergeCell ref="{LETTERS[c1 - 1]}{r1}:{LETTERS[c2 - 1]}{r2}"/>'
                       for r1, c1, r2, c2 in plan.merges)
        parts.append(f'<mergeCells count="{len(plan.merges)}">{refs}</mergeCells>')
    if plan.links:
        links = "".join(
            f'<hyperlink ref="{LETTERS[c - 1]}{r}" location="{_attribute(sheet_ref(target))}" />'
            for (r, c), target in plan.links.items())
        parts.append(f"<hyperlinks>{links}</hyperlinks>")
    parts.append(tail)
    yield "".join(parts).encode("utf-8")
