"""Rows as XML text (the fast path) and as openpyxl cells (the fallback) agree."""

from __future__ import annotations

import io

import openpyxl
from builders import clean_document
from openpyxl import Workbook

from jxeditor.formats.xlsx.common import META_SHEET
from jxeditor.formats.xlsx.fast_rows import row_xml, sheet_ref
from jxeditor.formats.xlsx.sheet_plan import SheetPlan
from jxeditor.formats.xlsx.styles import Styles
from jxeditor.formats.xlsx.writer import workbook_bytes


def test_openpyxl_cell_path_gives_the_same_workbook() -> None:
    """Rows are normally written as XML text; the public openpyxl path must agree."""
    doc = clean_document(reporting_unit="示例局")
    doc.projects[0].name = "=公式样"
    doc.projects[0].indicators[0].children[0].children[0].basis = "依据"
    fast, _ = workbook_bytes(doc)
    slow, _ = workbook_bytes(doc, cell_path=True)

    def snapshot(data: bytes) -> list[object]:
        wb = openpyxl.load_workbook(io.BytesIO(data))
        out: list[object] = []
        for ws in wb.worksheets:
            out.append((ws.title, sorted(str(r) for r in ws.merged_cells.ranges),
                        {r: d.height for r, d in ws.row_dimensions.items() if d.height}))
            for row in ws.iter_rows():
                out.extend((c.coordinate, c.value, c.data_type, c.font.name, repr(c.border),
                            c.number_format, c.quotePrefix, c.hyperlink and c.hyperlink.location)
                           for c in row if not (ws.title == META_SHEET and c.column == 6))
        return out

    # the hidden sheet's column F, the digest of each sheet's XML as written, differs by
    # path; the cell path writes none (its workbooks are read the full way)
    assert snapshot(fast) == snapshot(slow)


def test_row_xml_escapes_text_and_writes_numbers() -> None:
    styles = Styles(Workbook(write_only=True))
    plan = SheetPlan("表", [10.0], heights={1: 20.0})
    row: list[tuple[str | int | float | None, str, str | None] | None] = [
        ("<a & b>", "text", None), None, (1.5, "amount", None), (None, "text", None), ("=1", "text", None)]
    xml = row_xml(plan, 1, row, styles)
    assert xml.startswith('<row r="1" ht="20.0" customHeight="1">')
    assert "&lt;a &amp; b&gt;" in xml and "<v>1.5</v>" in xml and 'r="B1"' not in xml
    assert styles.style_id("text", True, None) != styles.style_id("text", False, None)
    assert f's="{styles.style_id("text", True, None)}" t="inlineStr"' in xml


def test_sheet_ref_quotes_the_title() -> None:
    assert sheet_ref("O'Neil 表") == "'O''Neil 表'!A1"
