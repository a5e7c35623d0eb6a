"""The 修改说明 workbook: title and the two files with the count and date, a table grouped
by project (document-wide changes under 文档, one project's changes together even when
apart in the list), numbered through, formula-like text kept as text, landscape with the
header repeated, an empty comparison said in words, written atomically."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from jxeditor.errors import FileFormatError
from jxeditor.formats.xlsx.change_report import (
    HEADER_ROW,
    HEADERS,
    SHEET,
    change_report,
    save_change_report,
)
from jxeditor.yearly.compare import FIELD_CHANGED, INDICATOR_ADDED, VALUE_CHANGED, Difference

CHANGES = [
    Difference("", FIELD_CHANGED, "year", "2025", "2026", location="预算年度"),
    Difference("档案室改造", FIELD_CHANGED, "name", "档案室", "档案室改造", location="项目名称"),
    Difference("培训", VALUE_CHANGED, "产出指标 / 数量指标 / 人次", "=500", "≥520人次", location="人次"),
    Difference("档案室改造", INDICATOR_ADDED, "产出 / 数量 / 面积", None, "≥120平方米", location="面积"),
]


def values(ws: openpyxl.worksheet.worksheet.Worksheet) -> list[tuple[object, ...]]:
    return [tuple(row) for row in ws.iter_rows(min_row=HEADER_ROW, values_only=True)]


def test_the_title_block() -> None:
    ws = change_report(CHANGES, old_name="旧.json", new_name="新.json", today=date(2026, 3, 1))[SHEET]
    assert ws.cell(1, 1).value == "修改说明"
    assert ws.cell(2, 1).value == "原文件：旧.json　修改后：新.json　共 4 处修改　生成日期：2026-03-01"
    assert change_report([], today=date(2026, 3, 1))[SHEET].cell(2, 1).value.startswith(
        "原文件：—　修改后：—　共 0 处修改")


def test_the_table_is_grouped_by_project_and_numbered_through() -> None:
    ws = change_report(CHANGES, today=date(2026, 3, 1))[SHEET]
    rows = values(ws)
    assert rows[0] == HEADERS
    assert [r[0] for r in rows[1:]] == ["文档（1 处）", 1, "档案室改造（2 处）", 2, 3, "培训（1 处）", 4]
    assert rows[2][1:6] == ("文档", "修改", "预算年度", "2025", "2026")
    assert rows[4][1:6] == ("档案室改造", "修改", "项目名称", "档案室", "档案室改造")
    assert rows[5][2:7] == ("新增指标", "面积", "", "≥120平方米", "")  # 说明 left for the department
    assert f"A{HEADER_ROW + 1}:G{HEADER_ROW + 1}" in {str(m) for m in ws.merged_cells.ranges}


def test_text_like_a_formula_stays_text(tmp_path: Path) -> None:
    path = tmp_path / "说明.xlsx"
    save_change_report(CHANGES, path)
    ws = openpyxl.load_workbook(path)[SHEET]
    cell = next(c for row in ws.iter_rows() for c in row if c.value == "=500")
    assert cell.data_type == "s" and cell.quotePrefix


def test_no_changes_are_said_in_words() -> None:
    rows = values(change_report([], today=date(2026, 3, 1))[SHEET])
    assert rows[1][0] == "两个版本之间没有修改"


def test_printed_landscape_with_the_header_on_every_page() -> None:
    ws = change_report(CHANGES)[SHEET]
    assert ws.page_setup.orientation == "landscape"
    assert ws.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
    assert ws.freeze_panes == f"A{HEADER_ROW + 1}"
    assert ws.sheet_properties.pageSetUpPr.fitToPage


def test_a_write_that_fails_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileFormatError):
        save_change_report(CHANGES, tmp_path / "没有的文件夹" / "说明.xlsx")
    assert not (tmp_path / "没有的文件夹").exists()
