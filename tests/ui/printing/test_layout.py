"""The printed form's layout: every row on a page once and whole, each project on new
pages, the indicator header repeated, merged cells continued, texts never cut."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QPdfWriter

from jxeditor.document.document import Document
from jxeditor.formats.xlsx.print_plans import form_plans, shown_text
from ui.printing.pagination import Page
from ui.printing.pdf_export import PDF_RESOLUTION, Printout, a4_layout, layout_pages
from ui.printing.sheet_layout import Cell, SheetLayout

EPSILON = 0.01


@pytest.fixture
def device(qapp):
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(a4_layout())
    yield writer
    buffer.close()


def sheets(printout: Printout) -> list[list[Page]]:
    """The pages of each sheet, in order."""
    grouped: list[list[Page]] = []
    for page in printout.pages:
        if not grouped or grouped[-1][0].sheet is not page.sheet:
            grouped.append([])
        grouped[-1].append(page)
    return grouped


def body_rows(pages: list[Page]) -> list[int]:
    """The rows of a sheet in the order the pages show them, repeated headers left out
    (a row sliced over pages counted once)."""
    rows: list[int] = []
    for number, page in enumerate(pages):
        header = page.sheet.plan.header_rows()
        for band in page.bands:
            if number and band.first == header.start and band.y == 0 and not band.sliced \
                    and band is page.bands[0] and len(page.bands) > 1:
                continue
            for row in range(band.first, band.last + 1):
                if not (band.sliced and rows and rows[-1] == row):
                    rows.append(row)
    return rows


def test_every_row_once_in_order_and_each_project_on_new_pages(
        print_doc: Document, device: QPdfWriter) -> None:
    printout = layout_pages(form_plans(print_doc)[0], device)
    grouped = sheets(printout)
    assert len(grouped) == len(print_doc.projects)
    for pages in grouped:
        assert pages[0].bands[0].first == 1  # the title starts the project's first page
        assert body_rows(pages) == list(range(1, len(pages[0].sheet.heights) + 1))
        for page in pages:
            for band in page.bands:
                assert band.top >= 0 and band.bottom <= printout.body + EPSILON
                if not band.sliced:  # whole rows: the band holds them all
                    height = page.sheet.span_height(band.first, band.last)
                    assert band.bottom - band.top == pytest.approx(height)


def test_sixty_indicators_take_pages_with_the_header_repeated(
        print_doc: Document, device: QPdfWriter) -> None:
    pages = sheets(layout_pages(form_plans(print_doc)[0], device))[1]
    assert len(pages) >= 2
    header = pages[0].sheet.plan.header_rows()
    sheet = pages[0].sheet
    for page in pages[1:]:
        first = page.bands[0]
        assert (first.first, first.last, first.y) == (header.start, header.stop - 1, 0.0)
        continued = page.bands[1].first
        level1 = sheet.origin(continued, 1)
        assert level1 is not None and level1.row <= continued <= level1.last_row
        assert level1.text.lines  # the 一级 name is drawn again on this page
    # some page starts inside a 一级 group: its merged cell goes on from the page before
    assert any(sheet.origin(p.bands[1].first, 1).row < p.bands[1].first  # type: ignore[union-attr]
               for p in pages[1:])


def test_texts_fit_their_cells(print_doc: Document, device: QPdfWriter) -> None:
    printout = layout_pages(form_plans(print_doc)[0], device)
    for pages in sheets(printout):
        sheet = pages[0].sheet
        for cell in sheet.cells.values():
            assert sheet.span_height(cell.row, cell.last_row) >= cell.need - EPSILON
            inner = sheet.edges[cell.last_col] - sheet.edges[cell.col - 1] - 2 * sheet.pad_x
            assert all(width <= inner + 1 for _text, width in cell.text.lines)
            shown = "".join(t for t, _w in cell.text.lines)  # nothing cut or lost
            assert shown.replace(" ", "") == _value(sheet, cell).replace(" ", "")


def _value(sheet: SheetLayout, cell: Cell) -> str:
    spec = sheet.plan.rows[cell.row - 1][cell.col - 1]
    assert spec is not None
    value, style, fmt = spec
    return shown_text(value, style, fmt).replace("\n", "")


def test_long_name_and_goals_wrap_over_several_lines(
        print_doc: Document, device: QPdfWriter) -> None:
    sheet = sheets(layout_pages(form_plans(print_doc)[0], device))[2][0].sheet
    texts = {"".join(t for t, _ in c.text.lines): c for c in sheet.cells.values()}
    name = next(c for t, c in texts.items() if t.startswith("某某区城乡一体化"))
    goal = next(c for t, c in texts.items() if t.startswith("通过实施本项目"))
    assert len(name.text.lines) >= 2 and len(goal.text.lines) >= 4
    assert sheet.heights[goal.row - 1] >= goal.need - EPSILON


def test_empty_groups_keep_their_rows(print_doc: Document, device: QPdfWriter) -> None:
    sheet = sheets(layout_pages(form_plans(print_doc)[0], device))[3][0].sheet
    names = {"".join(t for t, _ in c.text.lines): c for c in sheet.cells.values()}
    assert {"数量指标", "质量指标", "效益指标"} <= set(names)
    assert names["效益指标"].row == names["效益指标"].last_row  # one empty row of its own


def test_a_row_taller_than_a_page_goes_on_between_lines(
        huge_doc: Document, device: QPdfWriter) -> None:
    printout = layout_pages(form_plans(huge_doc)[0], device)
    assert len(printout.pages) >= 2
    sliced = [b for p in printout.pages for b in p.bands if b.sliced]
    assert len(sliced) >= 2 and len({b.first for b in sliced}) == 1
    sheet = printout.pages[0].sheet
    row = sliced[0].first
    assert sum(b.bottom - b.top for b in sliced) == pytest.approx(sheet.heights[row - 1])
    line = max(c.text.line_height for c in sheet.cells.values() if c.row == row)
    for band in sliced[1:]:
        shown_before = band.top - band.y
        assert (shown_before - sheet.pad_y) / line == pytest.approx(
            round((shown_before - sheet.pad_y) / line), abs=1e-6)
