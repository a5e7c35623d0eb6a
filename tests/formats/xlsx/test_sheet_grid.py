"""Issue 33.2: the quick paths of a sheet's texts give what the general ones give.

A row of texts only is copied whole (``"".join`` tells it) instead of each value looked
at; a sheet is told a view of ours (汇总, 指标清单) by its first row alone, without the
percent and formula texts the full ``rows`` add.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
from builders import clean_document
from hypothesis import given, settings
from hypothesis import strategies as st

from jxeditor.formats.xlsx import reader
from jxeditor.formats.xlsx.common import (
    LIST_HEADS,
    LIST_SHEET,
    META_SHEET,
    SUMMARY_HEADS,
    SUMMARY_SHEET,
    cell_text,
)
from jxeditor.formats.xlsx.sheet_grid import SheetGrid, _to_grid, read_grids
from jxeditor.formats.xlsx.writer import save_xlsx

_VALUES = (st.sampled_from(["", "项目", " 项目编码 ", "95%", "=1+1", *SUMMARY_HEADS, *LIST_HEADS])
           | st.floats(allow_nan=False, width=32) | st.integers(-5, 5) | st.booleans()
           | st.just(date(2026, 1, 2)) | st.just(datetime(2026, 1, 2, 3, 4)) | st.none())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_VALUES, max_size=6), max_size=6))
def test_a_sheets_texts(values: list[list[object]]) -> None:
    rows = _to_grid(values)
    assert rows == [[v if isinstance(v, str) else cell_text(v) for v in row] for row in values]
    for row in rows:  # copies: the texts a reader changes never change the values
        row.append("x")
    assert all(not row or row[-1] != "x" for row in values)
    assert sum(map(len, rows)) == sum(map(len, values)) + len(values)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([SUMMARY_SHEET, LIST_SHEET, "表一"]),
       st.lists(_VALUES, max_size=10) | st.sampled_from([list(SUMMARY_HEADS), list(LIST_HEADS)]),
       st.sets(st.integers(0, 9), max_size=3), st.sets(st.integers(0, 9), max_size=3))
def test_a_view_is_told_by_its_first_row(name: str, head: list[object], percent: set[int],
                                         formulas: set[int]) -> None:
    grid = SheetGrid(name, [head, ["甲"]], percent=lambda: {(0, c) for c in percent},
                     formulas=lambda every=False: {(0, c): "=SUM(A1)" for c in formulas})
    quick = reader._is_view(grid)
    first = tuple(c.strip() for c in grid.rows[0])  # the general path: every text made
    assert quick == ((name, first[: len(SUMMARY_HEADS)]) == (SUMMARY_SHEET, SUMMARY_HEADS)
                     or (name, first[: len(LIST_HEADS)]) == (LIST_SHEET, LIST_HEADS))


def test_the_views_of_an_export_read_without_its_hidden_copy_are_not_made_into_text(
    tmp_path: Path,
) -> None:
    """汇总 and 指标清单 are skipped by their first row: their other cells (the list has a
    row per indicator) are never made into text; the projects read as before."""
    doc = clean_document()
    path = tmp_path / "form.xlsx"
    save_xlsx(doc, path)
    wb = openpyxl.load_workbook(path)
    del wb[META_SHEET]
    wb.save(path)
    grids = read_grids(path)
    again, notices = reader._without_meta(grids, path)
    views = [g for g in grids if g.name in (SUMMARY_SHEET, LIST_SHEET)]
    assert len(views) == 2 and all(g._rows is None for g in views)
    assert again == doc and len(notices) == 2
