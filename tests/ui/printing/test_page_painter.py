"""Painting a laid-out page: fills and boxes where the cells are, text drawn inside its
cell, the footer 第 n 页 共 m 页 under the rows, and a merged cell begun on an earlier
page drawn again at the top of the next one. Pages are painted on an image and looked at
pixel by pixel."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from jxeditor.formats.xlsx.print_plans import CellLook
from jxeditor.formats.xlsx.sheet_plan import SheetPlan
from ui.printing.page_painter import FOOTER_PT, PagePainter, body_height, footer_text
from ui.printing.pagination import paginate
from ui.printing.sheet_layout import SheetLayout, TextMeasure

W, H = 600, 400
RED = "FF0000"
BLUE = "0000FF"
LOOKS = {
    "red": CellLook(fill=RED, boxed=True),
    "blue": CellLook(fill=BLUE, boxed=True, valign="top"),
    "plain": CellLook(boxed=True),
}


@pytest.fixture
def image(qapp: Any) -> QImage:
    picture = QImage(W, H, QImage.Format.Format_RGB32)
    picture.setDotsPerMeterX(3780)  # 96 dpi
    picture.setDotsPerMeterY(3780)
    return picture


def test_footer_text_and_the_room_it_leaves(image: QImage) -> None:
    assert footer_text(2, 5) == "第 2 页 共 5 页"
    measure = TextMeasure(image)
    line = measure.lines(footer_text(1, 1), FOOTER_PT, False, W).line_height
    assert H - line - measure.points(20) < body_height(measure, W, H) < H - line


def paint(image: QImage, plan: SheetPlan, number: int = 0) -> tuple[QImage, SheetLayout, int]:
    measure = TextMeasure(image)
    sheet = SheetLayout(plan, measure, W, LOOKS)
    pages = paginate(sheet, body_height(measure, W, H))
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        PagePainter(painter, measure, W, H).paint(pages[number], number + 1, len(pages))
    finally:
        painter.end()
    return image, sheet, len(pages)


def colour(image: QImage, x: float, y: float) -> str:
    return image.pixelColor(int(x), int(y)).name().upper()


def test_fills_and_boxes_where_the_cells_are(image: QImage) -> None:
    plan = SheetPlan("表", [1.0, 1.0], rows=[[("", "red", None), ("", "plain", None)]])
    painted, sheet, pages = paint(image, plan)
    assert pages == 1
    middle_y = sheet.heights[0] / 2
    assert colour(painted, W / 4, middle_y) == "#" + RED
    assert colour(painted, 3 * W / 4, middle_y) == "#FFFFFF"
    assert colour(painted, 3 * W / 4, 0) != "#FFFFFF"  # the box's top edge
    assert colour(painted, W / 2, sheet.heights[0] + 20) == "#FFFFFF"  # nothing below


def test_text_is_drawn_inside_its_cell(image: QImage) -> None:
    plan = SheetPlan("表", [1.0, 1.0], rows=[[("", "plain", None), ("档案室改造", "plain", None)]])
    painted, sheet, _ = paint(image, plan)
    inner_top, inner_bottom = sheet.pad_y + 1, sheet.heights[0] - sheet.pad_y - 1

    def inked(x0: float, x1: float) -> bool:
        return any(painted.pixelColor(x, y).lightness() < 128
                   for x in range(int(x0), int(x1)) for y in range(int(inner_top), int(inner_bottom)))

    assert inked(W / 2 + sheet.pad_x + 1, W - sheet.pad_x - 1)
    assert not inked(sheet.pad_x + 1, W / 2 - sheet.pad_x - 1)  # the empty cell


def test_the_footer_is_under_the_rows(image: QImage) -> None:
    plan = SheetPlan("表", [1.0], rows=[[("一", "plain", None)]])
    painted, _sheet, _ = paint(image, plan)
    bottom_band = [painted.pixelColor(x, y).lightness() < 128
                   for x in range(W // 3, 2 * W // 3) for y in range(H - 20, H)]
    assert any(bottom_band)


def test_a_merged_cell_begun_earlier_is_drawn_again_on_the_next_page(image: QImage) -> None:
    # a blue 一级 over 30 rows: longer than one page, it goes on over the next
    rows: list[list[Any]] = [[("产出指标", "blue", None), (f"指标{r}", "plain", None)] for r in range(1)]
    rows += [[None, (f"指标{r}", "plain", None)] for r in range(1, 30)]
    plan = SheetPlan("表", [1.0, 3.0], rows=rows, merges=[(1, 1, 30, 1)])
    _first, _sheet, pages = paint(image, plan, 0)
    assert pages >= 2
    second, _sheet, _ = paint(image, plan, 1)
    assert colour(second, W / 8, 5) == "#" + BLUE
