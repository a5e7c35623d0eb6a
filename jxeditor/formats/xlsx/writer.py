"""Export a document to an .xlsx workbook that looks like the paper form.

The workbook holds, in this order:

* ``部门整体``, where the document has the department's overall targets: the 申报表
  (:mod:`~jxeditor.formats.xlsx.department_layout`);
* ``汇总`` and ``指标清单``, the list views (:mod:`~jxeditor.formats.xlsx.summary_sheets`);
* one sheet per project in the form of the document's stage: the target form
  (:mod:`~jxeditor.formats.xlsx.form_layout`), the 自评表 or the 监控表
  (:mod:`~jxeditor.formats.xlsx.stage_layout`):
  宋体, borders, wrapped text, row heights estimated from the text, A4 portrait fit to
  one page wide with the table header repeated on every page;
* the hidden sheet ``_jxeditor`` with the whole document and a digest of every visible
  sheet (:mod:`~jxeditor.formats.xlsx.hidden_sheet`).
  :mod:`jxeditor.formats.xlsx.reader` reads the document back exactly from it, and uses
  the digests to notice sheets edited after export.

Visible cells: text is always written as text, never as a formula (``=``, ``+``, ``-``,
``@`` at the start get the quote-prefix style, so Excel keeps them text when edited too).
Amounts that are decimal numbers are written as numbers when a float holds them exactly
(at most 15 significant digits), otherwise as text; unreadable amount text is written as
it is. Characters XML cannot store (control characters other than tab and line feed,
lone surrogates, U+FFFE/U+FFFF) are dropped from visible cells and text beyond 32,000
characters is cut; each such cell is reported in the returned notices. The hidden copy
keeps everything, so reading the file back still gives the exact document.

Writing uses openpyxl's write-only mode for the workbook, styles, defined names and
package; each sheet is one XML text, its rows formatted directly in the frame openpyxl
writes for its kind of sheet (:mod:`~jxeditor.formats.xlsx.sheet_xml`,
:mod:`~jxeditor.formats.xlsx.fast_rows`: many times faster than openpyxl's per-cell
elements), with the ordinary openpyxl cells as the path the tests compare. The file is written
atomically (:func:`jxeditor.storage.atomic.write_atomic_with`): a failed export leaves any old
file as it was.

The sheets are planned and written one at a time (:func:`_sheet_plans`): a sheet's plan
is dropped once its XML is made, and the XML waits until openpyxl puts it in the package
(:class:`~jxeditor.formats.xlsx.fast_rows.FormSheet`), beyond :data:`RAW_XML_BYTES` in
all compressed as it is made; so the export of a large document holds about one sheet's
cells at a time, not the whole workbook's (5,000 projects: some 230 MB at the peak
instead of 680 MB), while a workbook of up to about 1,500 projects compresses nothing twice.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.cell_range import MultiCellRange

from jxeditor.document.document import Document
from jxeditor.formats.xlsx.common import sheet_names
from jxeditor.formats.xlsx.department_layout import SHEET_TITLE as DEPARTMENT_SHEET
from jxeditor.formats.xlsx.department_layout import department_form
from jxeditor.formats.xlsx.fast_rows import LETTERS, FormSheet, row_cells, save_workbook
from jxeditor.formats.xlsx.hidden_sheet import (
    SheetDigest,
    add_xml_digests,
    meta_plan_of,
    sheet_digest,
)
from jxeditor.formats.xlsx.sheet_plan import Notes, SheetPlan
from jxeditor.formats.xlsx.sheet_xml import setup_sheet, sheet_xml_bytes
from jxeditor.formats.xlsx.stage_layout import stage_form
from jxeditor.formats.xlsx.styles import Styles
from jxeditor.formats.xlsx.summary_sheets import list_plan, summary_plan
from jxeditor.storage.atomic import write_atomic_with
from jxeditor.storage.gc_pause import paused_gc


def _sheet_plans(doc: Document, forms: Notes, views: Notes
                 ) -> Iterator[tuple[str, int | None, SheetPlan]]:
    """The visible sheets of the export in order (the department's 部门整体 first, where
    the document has one), each planned when it is asked for: (role, project index, plan). The notices of the project sheets go to ``forms``, those
    of the summary and the list to ``views`` (the project sheets' are listed first)."""
    titles = sheet_names([DEPARTMENT_SHEET, *(p.name for p in doc.projects)])[1:]
    department = department_form(doc, DEPARTMENT_SHEET, forms)
    if department is not None:
        yield "department", None, department
    yield "summary", None, summary_plan(doc, titles, views)
    yield "list", None, list_plan(doc, views)
    for i, (project, title) in enumerate(zip(doc.projects, titles, strict=True)):
        yield "project", i, stage_form(doc, project, title, forms)


def plan_workbook(doc: Document) -> tuple[list[SheetPlan], list[str]]:
    """All sheets of the export, in order, and the notices about visible cells."""
    forms, views = Notes(), Notes()
    visible = list(_sheet_plans(doc, forms, views))
    meta = meta_plan_of(doc, [(role, i, plan.title, sheet_digest(plan)) for role, i, plan in visible])
    return [plan for _role, _i, plan in visible] + [meta], forms.items + views.items


RAW_XML_BYTES = 48 * 1024 * 1024  # sheet XML kept as it is; the rest waits compressed


def _write_sheet(wb: Workbook, styles: Styles, plan: SheetPlan, cell_path: bool,
                 kept: list[int]) -> str:
    """Writes one sheet; returns the SHA-256 of its ``<sheetData>`` XML, or '' when
    openpyxl wrote the cells. ``kept``: the bytes of XML kept uncompressed so far."""
    ws = FormSheet(parent=wb, title=plan.title)
    wb._add_sheet(ws)  # type: ignore[attr-defined]  # openpyxl private API, see fast_rows docstring
    setup_sheet(ws, plan)
    if not cell_path:
        pack = kept[0] >= RAW_XML_BYTES
        xml, digest = sheet_xml_bytes(plan, styles, pack=pack)
        ws.finish(xml, packed=pack)
        if not pack:
            kept[0] += len(xml)
        return digest
    if plan.merges:
        merges = [f"{LETTERS[c1 - 1]}{r1}:{LETTERS[c2 - 1]}{r2}" for r1, c1, r2, c2 in plan.merges]
        ws.merged_cells = MultiCellRange(" ".join(merges))  # type: ignore[attr-defined]  # WriteOnlyWorksheet copies merged_cells from Worksheet at run time; the stubs omit it
    for r, row in enumerate(plan.rows, start=1):
        ws.append(row_cells(ws, plan, r, row, styles))
    return ""


def workbook_bytes(doc: Document, *, cell_path: bool = False) -> tuple[bytes, list[str]]:
    """The .xlsx file's bytes, and the notices about visible cells. ``cell_path``: the
    rows as openpyxl cells (slow; what the tests compare the fast path with)."""
    buffer = io.BytesIO()
    with paused_gc():  # millions of cells planned in one go: a third of the time otherwise
        wb, notices = _workbook(doc, cell_path)
        save_workbook(wb, buffer)
    return buffer.getvalue(), notices


def _workbook(doc: Document, cell_path: bool) -> tuple[Workbook, list[str]]:
    """The workbook with every sheet's XML made, ready to be packed; the notices."""
    wb = Workbook(write_only=True)
    styles = Styles(wb)
    forms, views = Notes(), Notes()
    sheets: list[SheetDigest] = []
    digests: dict[str, str] = {}  # the XML digest of each visible sheet, by title
    kept = [0]
    for role, index, plan in _sheet_plans(doc, forms, views):  # one plan alive at a time
        sheets.append((role, index, plan.title, sheet_digest(plan)))
        digests[plan.title] = _write_sheet(wb, styles, plan, cell_path, kept)
    meta = meta_plan_of(doc, sheets)
    add_xml_digests(meta, digests)
    _write_sheet(wb, styles, meta, cell_path, kept)
    del meta
    return wb, forms.items + views.items


def save_xlsx(doc: Document, path: str | Path) -> list[str]:
    """Writes the document as an .xlsx workbook, atomically; returns the notices. The
    package goes straight into the temporary file (it is not whole in memory first),
    which is made only once every sheet is ready (it is written to without a pause)."""
    with paused_gc():
        wb, notices = _workbook(doc, cell_path=False)
        write_atomic_with(path, lambda handle: save_workbook(wb, handle))
    return notices
