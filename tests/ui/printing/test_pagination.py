"""Cutting a measured sheet into pages, on sheets of known row heights: rows go on while
they fit and are never split, the table header is repeated on later pages and never left
alone at a page's foot, a merged 一级/二级 cell keeps the room its text needs on both
sides of a break, and only a row taller than a page is sliced, between lines."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from jxeditor.formats.xlsx.sheet_plan import SheetPlan
from ui.printing.pagination import Band, Page, paginate


@dataclass(frozen=True)
class Text:
    lines: tuple[tuple[str, float], ...] = ()
    line_height: float = 10.0


@dataclass(frozen=True)
class FakeCell:
    row: int
    last_row: int
    need: float = 0.0
    text: Text = field(default_factory=Text)


class Sheet:
    """What paginate reads of a SheetLayout: row heights, header rows, cells, padding."""

    def __init__(self, heights: list[float], title_rows: str | None = None,
                 cells: list[FakeCell] | None = None, pad_y: float = 2.0) -> None:
        self.heights = heights
        self.plan = SheetPlan("表", [1.0], title_rows=title_rows)
        self.cells = {(c.row, i): c for i, c in enumerate(cells or [])}
        self.pad_y = pad_y

    def span_height(self, first: int, last: int) -> float:
        return sum(self.heights[first - 1:last])


def pages_of(sheet: Sheet, height: float) -> list[list[tuple[int, int, bool]]]:
    pages = paginate(sheet, height)  # type: ignore[arg-type]  # a stand-in for SheetLayout
    assert all(isinstance(p, Page) and p.sheet is sheet for p in pages)
    return [[(b.first, b.last, b.sliced) for b in p.bands] for p in pages]


def all_bands(sheet: Sheet, height: float) -> list[Band]:
    return [b for p in paginate(sheet, height) for b in p.bands]  # type: ignore[arg-type]


def test_rows_go_on_while_they_fit() -> None:
    assert pages_of(Sheet([10.0] * 10), 35.0) == [
        [(1, 3, False)], [(4, 6, False)], [(7, 9, False)], [(10, 10, False)]]
    assert pages_of(Sheet([10.0] * 3), 100.0) == [[(1, 3, False)]]
    assert pages_of(Sheet([]), 100.0) == []


def test_bands_are_placed_one_below_the_other() -> None:
    bands = all_bands(Sheet([10.0, 20.0, 30.0, 5.0]), 35.0)
    assert [(b.first, b.last, b.y, b.top, b.bottom) for b in bands] == [
        (1, 2, 0.0, 0.0, 30.0), (3, 4, 0.0, 0.0, 35.0)]


def test_the_header_is_repeated_on_later_pages() -> None:
    sheet = Sheet([10.0] * 12, title_rows="3:3")
    pages = pages_of(sheet, 40.0)
    assert pages[0] == [(1, 4, False)]
    assert all(page[0] == (3, 3, False) for page in pages[1:])
    body = [r for page in pages for first, last, _s in page for r in range(first, last + 1)
            if (first, last) != (3, 3) or page is pages[0]]
    assert body == list(range(1, 13))  # every row once, in order


def test_the_header_is_never_left_alone_at_a_pages_foot() -> None:
    # rows 1-3 fill the page with the header (row 3) last: the break moves above it
    sheet = Sheet([10.0] * 6, title_rows="3:3")
    pages = pages_of(sheet, 30.0)
    assert pages[0] == [(1, 2, False)]
    assert pages[1][0] == (3, 5, False)


def test_a_header_taller_than_half_a_page_is_not_repeated() -> None:
    sheet = Sheet([10.0, 30.0, 10.0, 10.0, 10.0, 10.0], title_rows="2:2")
    pages = pages_of(sheet, 50.0)
    assert all((2, 2, False) not in page for page in pages[1:])


def test_a_merged_cell_keeps_room_for_its_text_on_both_sides() -> None:
    # a 一级 over rows 2-5 needing 15: a break before 5 would leave it 10 below, so the
    # page breaks before 4 (20 above, 20 below)
    merged = FakeCell(2, 5, need=15.0, text=Text(lines=(("产出指标", 40.0),)))
    assert pages_of(Sheet([10.0] * 6, cells=[merged]), 40.0) == [
        [(1, 3, False)], [(4, 6, False)]]


def test_a_merged_cell_with_no_good_break_goes_whole_to_the_next_page() -> None:
    # needing 25 on each side, no break inside rows 2-5 will do: they start a page
    merged = FakeCell(2, 5, need=25.0, text=Text(lines=(("产出指标", 40.0),)))
    assert pages_of(Sheet([10.0] * 6, cells=[merged]), 40.0) == [
        [(1, 1, False)], [(2, 5, False)], [(6, 6, False)]]


def test_an_empty_merged_cell_does_not_move_a_break() -> None:
    merged = FakeCell(2, 5, need=25.0)  # no text lines
    assert pages_of(Sheet([10.0] * 6, cells=[merged]), 40.0)[0] == [(1, 4, False)]


def test_a_row_taller_than_a_page_is_sliced_between_lines() -> None:
    goal = FakeCell(2, 2, need=100.0, text=Text(lines=(("x", 1.0),) * 10, line_height=10.0))
    sheet = Sheet([10.0, 104.0, 10.0], cells=[goal], pad_y=2.0)
    bands = all_bands(sheet, 45.0)
    slices = [b for b in bands if b.sliced]
    assert slices and all(b.first == b.last == 2 for b in slices)
    # each slice ends on a line's edge: pad_y + n × line_height below the row's top
    for b in slices[:-1]:
        shown_to = b.bottom - b.y
        assert (shown_to - 2.0) % 10.0 == 0.0, b
    assert sum(b.bottom - b.top for b in slices) == 104.0  # the whole row, once
    assert bands[-1].last == 3


def test_the_first_slice_starts_on_the_page_with_room_left() -> None:
    goal = FakeCell(2, 2, need=100.0, text=Text(lines=(("x", 1.0),) * 10))
    sheet = Sheet([10.0, 104.0], cells=[goal])
    first_page = paginate(sheet, 45.0)[0]  # type: ignore[arg-type]
    assert [(b.first, b.sliced) for b in first_page.bands] == [(1, False), (2, True)]


def test_pages_never_hold_more_than_their_height() -> None:
    heights = [12.0, 7.0, 33.0, 5.0, 18.0, 21.0, 9.0, 40.0, 3.0]
    sheet = Sheet(heights, title_rows="2:2")
    for page in paginate(sheet, 45.0):  # type: ignore[arg-type]
        assert max(b.bottom for b in page.bands) <= 45.0
        tops: Any = [b.top for b in page.bands]
        assert tops == sorted(tops)
