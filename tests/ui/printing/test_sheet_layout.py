"""A sheet plan measured for a page with the real font metrics: texts broken into lines
no wider than their cell (line feeds kept, emoji beyond the BMP intact), columns scaled
to the page width, merged ranges covered, each row as tall as its tallest cell, a tall
merged cell lengthening its last row, and the line breaks remembered."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from box_glyphs import BOX_GLYPHS
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QPdfWriter

from jxeditor.formats.xlsx.print_plans import CellLook
from jxeditor.formats.xlsx.sheet_plan import SheetPlan
from ui.printing.pdf_export import PDF_RESOLUTION, a4_layout
from ui.printing.sheet_layout import BODY_PT, PAD_Y_PT, SheetLayout, TextMeasure

LONG = "通过实施本项目，完成供水管网改造和智慧水务平台建设。" * 6


@pytest.fixture
def measure(qapp: Any) -> Iterator[TextMeasure]:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(a4_layout())
    yield TextMeasure(writer)
    buffer.close()


def test_points_follow_the_devices_resolution(measure: TextMeasure) -> None:
    assert measure.points(72.0) == pytest.approx(PDF_RESOLUTION)


def test_lines_are_no_wider_than_asked_and_keep_every_character(measure: TextMeasure) -> None:
    width = measure.points(120)
    text = measure.lines(LONG, BODY_PT, False, width)
    assert len(text.lines) > 3
    assert all(w <= width + 0.5 for _t, w in text.lines)
    assert "".join(t for t, _w in text.lines) == LONG
    assert text.height == pytest.approx(len(text.lines) * text.line_height)
    if not BOX_GLYPHS:  # box glyphs have no descent
        assert 0 < text.ascent < text.line_height
    assert 0 < text.ascent <= text.line_height


def test_line_feeds_are_kept_and_an_empty_text_has_a_line_height(measure: TextMeasure) -> None:
    text = measure.lines("产出指标\n（50分）", BODY_PT, True, measure.points(300))
    assert [t for t, _w in text.lines] == ["产出指标", "（50分）"]
    empty = measure.lines("", BODY_PT, False, 100.0)
    assert [t for t, _w in empty.lines] == [""] and empty.line_height > 0


def test_characters_beyond_the_bmp_are_cut_whole(measure: TextMeasure) -> None:
    text = "满意度😀" * 20
    lines = measure.lines(text, BODY_PT, False, measure.points(60))
    assert "".join(t for t, _w in lines.lines) == text


def test_the_breaks_are_remembered(measure: TextMeasure) -> None:
    first = measure.lines(LONG, BODY_PT, False, 500.0)
    assert measure.lines(LONG, BODY_PT, False, 500.4) is first  # same width in whole pixels
    assert measure.lines(LONG, BODY_PT, True, 500.0) is not first


def plan() -> SheetPlan:
    p = SheetPlan("表", [10.0, 30.0], merges=[(1, 1, 1, 2), (2, 1, 4, 1)])
    p.rows = [
        [("项目支出绩效目标表", "title", None), None],
        [("产出指标\n（50分）\n很\n多\n行\n的\n标\n签", "center", None), ("数量", "text", None)],
        [None, ("质量", "text", None)],
        [None, (LONG, "text", None)],
        [("", "text", None), ("短", "text", None)],
    ]
    return p


def test_columns_are_scaled_to_the_page_width(measure: TextMeasure) -> None:
    sheet = SheetLayout(plan(), measure, 1000.0)
    assert sheet.edges == pytest.approx([0.0, 250.0, 1000.0])


def test_merged_ranges_are_covered_and_found_from_any_of_their_cells(
    measure: TextMeasure,
) -> None:
    sheet = SheetLayout(plan(), measure, 1000.0)
    title = sheet.origin(1, 2)
    assert title is not None and (title.row, title.col, title.last_col) == (1, 1, 2)
    level1 = sheet.origin(3, 1)
    assert level1 is not None and (level1.row, level1.last_row) == (2, 4)
    assert sheet.origin(3, 2) is not None and sheet.origin(3, 2).text.lines[0][0] == "质量"
    assert (1, 2) in sheet.covered and (2, 1) not in sheet.covered
    assert sheet.origin(9, 9) is None


def test_rows_are_as_tall_as_their_tallest_cell(measure: TextMeasure) -> None:
    sheet = SheetLayout(plan(), measure, measure.points(500))
    pad = measure.points(PAD_Y_PT)
    long_cell = sheet.cells[(4, 2)]
    assert len(long_cell.text.lines) > 1
    assert long_cell.need == pytest.approx(long_cell.text.height + 2 * pad)
    minimum = measure.lines("", BODY_PT, False, measure.points(500)).line_height + 2 * pad
    assert sheet.heights[4] == pytest.approx(max(minimum, sheet.cells[(5, 2)].need))
    assert sheet.span_height(1, 5) == pytest.approx(sum(sheet.heights))


def test_a_tall_merged_cell_lengthens_its_last_row(measure: TextMeasure) -> None:
    width = measure.points(500)
    sheet = SheetLayout(plan(), measure, width)
    level1 = sheet.cells[(2, 1)]
    assert [t for t, _w in level1.text.lines][:2] == ["产出指标", "（50分）"]
    short = plan()
    short.rows[1][0] = ("产出", "center", None)
    low = SheetLayout(short, measure, width)
    assert low.span_height(2, 4) < level1.need  # its own rows are too short for it
    assert sheet.span_height(2, 4) == pytest.approx(level1.need)
    assert sheet.heights[1:3] == low.heights[1:3]  # rows 2 and 3 as they were
    assert sheet.heights[3] > low.heights[3]  # the last row took the rest


def test_looks_given_by_name_replace_the_exports(measure: TextMeasure) -> None:
    big = CellLook(size=30.0, bold=True)
    plain = SheetLayout(plan(), measure, 1000.0)
    looked = SheetLayout(plan(), measure, 1000.0, looks={"text": big})
    assert looked.cells[(2, 2)].look is big
    assert looked.heights[2] > plain.heights[2]
