"""The writer's fast path into openpyxl internals (fast_rows.py, styles.py) writes the
workbook that openpyxl's public API writes from the same sheet plans.

Run against the openpyxl and et_xmlfile pinned in ``requirements-bundle.lock`` (the
first test checks that they are the ones installed): an upgrade of either must pass
this test before the lock moves.
"""

from __future__ import annotations

import io
import re
from copy import deepcopy
from decimal import Decimal
from typing import Any

import et_xmlfile
import openpyxl
import pytest
from builders import clean_document
from fixture_paths import ROOT
from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.hyperlink import Hyperlink

from jxeditor.document.document import Document
from jxeditor.formats import json_format
from jxeditor.formats.xlsx.common import META_SHEET, escape_cell_text
from jxeditor.formats.xlsx.fast_rows import sheet_ref
from jxeditor.formats.xlsx.sheet_plan import SheetPlan
from jxeditor.formats.xlsx.styles import FORMULA_START, STYLE_SPECS
from jxeditor.formats.xlsx.writer import plan_workbook, workbook_bytes


def _pinned(name: str) -> str:
    lock = (ROOT / "requirements-bundle.lock").read_text(encoding="utf-8")
    match = re.search(rf"^{re.escape(name)}==([^\s;]+)", lock, re.MULTILINE)
    assert match, f"{name} is not pinned in requirements-bundle.lock"
    return match.group(1)


def test_the_pinned_openpyxl_is_installed() -> None:
    assert openpyxl.__version__ == _pinned("openpyxl")
    assert et_xmlfile.__version__ == _pinned("et-xmlfile")


def public_workbook(plans: list[SheetPlan]) -> bytes:
    """The plans written with openpyxl's public API only (ordinary workbook, cells)."""
    wb = Workbook()
    wb.remove(wb.active)  # type: ignore[arg-type]
    for plan in plans:
        ws = wb.create_sheet(plan.title)
        for i, width in enumerate(plan.widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = width
        ws.sheet_state = plan.state
        if plan.freeze:
            ws.freeze_panes = plan.freeze
        if plan.autofilter:
            ws.auto_filter.ref = plan.autofilter
        if plan.title_rows:
            ws.page_setup.paperSize = 9
            ws.page_setup.orientation = plan.orientation
            ws.page_setup.fitToWidth = 1
            ws.page_setup.fitToHeight = 0
            ws.sheet_properties.pageSetUpPr.fitToPage = True  # type: ignore[union-attr]
            ws.print_options.horizontalCentered = True
            ws.page_margins.left = ws.page_margins.right = 0.5
            ws.page_margins.top = ws.page_margins.bottom = 0.6
            ws.page_margins.header = ws.page_margins.footer = 0.3
            ws.print_title_rows = plan.title_rows
        for r, row in enumerate(plan.rows, start=1):
            if r in plan.heights:
                ws.row_dimensions[r].height = plan.heights[r]
            for c, spec in enumerate(row, start=1):
                if spec is None:
                    continue
                value, style, fmt = spec
                font, border, alignment, fill, number_format = STYLE_SPECS[style]
                cell: Any = ws.cell(row=r, column=c)
                cell.font, cell.border, cell.alignment, cell.fill = font, border, alignment, fill
                cell.number_format = fmt or number_format
                if isinstance(value, str) and value:
                    cell.value = escape_cell_text(value)
                    cell.data_type = "s"  # text, never a formula
                    if value.startswith(FORMULA_START):
                        cell.quotePrefix = True
                elif isinstance(value, (int, float)):
                    cell.value = value
        for (r, c), target in plan.links.items():
            ws.cell(row=r, column=c).hyperlink = Hyperlink(
                ref=f"{get_column_letter(c)}{r}", location=sheet_ref(target))
        for r1, c1, r2, c2 in plan.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def snapshot(data: bytes) -> list[object]:
    """Everything a reader of the workbook sees, per sheet and cell, as openpyxl loads it."""
    wb = openpyxl.load_workbook(io.BytesIO(data))
    out: list[object] = [wb.sheetnames, sorted(wb.defined_names)]
    for ws in wb.worksheets:
        setup = ws.page_setup
        margins = ws.page_margins
        out.append((
            ws.title, ws.sheet_state, ws.freeze_panes, ws.auto_filter.ref, ws.print_title_rows,
            (setup.paperSize, setup.orientation, setup.fitToWidth, setup.fitToHeight),
            ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage,
            ws.print_options.horizontalCentered,
            (margins.left, margins.right, margins.top, margins.bottom, margins.header,
             margins.footer),
            {k: d.width for k, d in ws.column_dimensions.items() if d.customWidth},
            {r: (d.height, d.customHeight) for r, d in ws.row_dimensions.items() if d.height},
            sorted(str(r) for r in ws.merged_cells.ranges),
        ))
        for row in ws.iter_rows():
            for c in row:
                if ws.title == META_SHEET and c.column == 6:
                    continue  # the XML digests: of the XML as written, which differs by design
                styles = (c.font, c.border, c.fill, c.alignment, c.protection)
                out.append((ws.title, c.coordinate, c.value, c.data_type,
                            *map(repr, styles),  # the styles' parameters (proxies compare by identity)
                            c.number_format, c.quotePrefix, c.hyperlink and c.hyperlink.location))
    return out


def _documents() -> list[Document]:
    small = clean_document()
    small.reporting_unit = "示例局"
    project = small.projects[0]
    project.name = "=公式样的名称 'O'Neil' [1]"
    project.goals.annual = "第一行\n第二行 _x0041_ <b> & " + "很长的年度目标。" * 80
    project.funding.annual.total = Decimal("1443.0812345")
    project.indicators[0].children[0].children[0].basis = "依据"
    twin = deepcopy(project)
    twin.indicators[0].children[0].children[0].description = "+描述"
    small.projects.append(twin)
    sample = json_format.load(ROOT / "resources" / "sample-dalian-2026.json")
    return [small, sample]


@pytest.mark.parametrize("doc", _documents(), ids=["edge-cases", "sample"])
def test_the_fast_path_writes_the_public_api_workbook(doc: Document) -> None:
    plans, _notices = plan_workbook(doc)
    fast, _ = workbook_bytes(doc)
    assert snapshot(fast) == snapshot(public_workbook(plans))
