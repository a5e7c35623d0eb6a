"""The grid reader's view of a grid: column letters and cell places in messages, the
non-empty trimmed cells of a row, where tables start (项目编码 and 项目名称 on two rows are
one table), the title block read and cut off, and each limit refusing with one line."""

from __future__ import annotations

import pytest

from jxeditor.formats.tables import grid_rows
from jxeditor.formats.tables.grid_rows import (
    MAX_ROW_CELLS,
    Places,
    cells_of,
    checked_grid,
    col_of,
    column_letter,
    read_preamble,
    table_starts,
    trim_preamble,
)
from jxeditor.formats.tables.result import TableImport


@pytest.mark.parametrize(
    ("col", "letters"), [(0, "A"), (1, "B"), (25, "Z"), (26, "AA"), (51, "AZ"), (701, "ZZ"),
                         (702, "AAA"), (16383, "XFD")],
)
def test_column_letter(col: int, letters: str) -> None:
    assert column_letter(col) == letters


def test_places_in_a_sheet_and_in_text() -> None:
    assert Places("项目1")(6, 1) == "工作表“项目1”单元格 B7"
    assert Places(None)(6, 1) == "第 7 行第 2 列"
    lines = Places(None, lines=[1, 2, 5])  # a quoted cell made row 2 of several lines
    assert lines(2, 0) == "第 5 行第 1 列"
    assert lines(3, 0) == "第 4 行第 1 列"  # past the known lines: counted


def test_cells_of_keeps_the_non_empty_trimmed_and_without_html() -> None:
    row = ["", " 项目名称 ", "   ", "<b>档案室</b>&amp;库房", "\t", "x"]
    assert cells_of(row) == [(1, "项目名称"), (3, "档案室&库房"), (5, "x")]
    assert cells_of(["<br>"]) == []
    assert [col_of(c) for c in cells_of(row)] == [1, 3, 5]


def grid(*rows: list[str]) -> list[list[tuple[int, str]]]:
    return [cells_of(r) for r in rows]


def test_table_starts() -> None:
    rows = grid(
        ["2026年度项目绩效目标表"],
        ["项目编码", "102001"],
        ["项目名称", "档案室改造"],  # the same table as the code above
        ["主管部门", "示例局"],
        ["预算项目名称", "第二个"],
        [],
        ["项目名称", "第三个"],
        ["项目名称", "第四个"],  # the same label again: a table of its own
        ["项 目 名 称：", "第五个"],  # spaces and a colon are no other label
    )
    assert table_starts(rows) == [1, 4, 6, 7, 8]


def test_the_preamble_gives_year_unit_and_money_unit_first_found() -> None:
    rows = grid(
        ["项目支出绩效目标表（2026年度）"],
        ["填报单位（盖章）：示例局", "单位：万元"],
        ["（2027年）", "填报单位：别的单位", "金额单位：元"],
        ["项目名称", "档案室"],
    )
    result = TableImport()
    read_preamble(rows, result, upto=3)
    assert (result.document_year, result.reporting_unit, result.money_unit) == (2026, "示例局", "万元")


def test_an_empty_reporting_unit_is_not_taken() -> None:
    result = TableImport()
    read_preamble(grid(["填报单位："], ["填报单位：示例局"]), result, upto=2)
    assert result.reporting_unit == "示例局"


def test_trim_preamble_cuts_the_next_tables_title_block() -> None:
    rows = grid(
        ["项目名称", "甲"],
        ["主管部门", "示例局"],
        ["备注", "其他"],
        [],
        ["乙项目绩效目标表"],
        ["（2026年度）"],
        ["填报单位：示例局"],
        ["单位：万元"],
        [],
        ["项目名称", "乙"],
    )
    assert trim_preamble(rows, 0, 9) == 3
    assert trim_preamble(rows, 0, 3) == 3  # nothing to cut
    # the start row itself is never cut, even when nothing else is left
    assert trim_preamble(grid(["项目名称（2026年度）"], ["（2026年度）"]), 0, 2) == 1


def test_checked_grid_finds_the_tables() -> None:
    rows = [["项目名称", "甲"], ["主管部门", "示例局"], ["项目名称", "乙"]]
    cells, starts, refused = checked_grid(rows, Places(None))
    assert refused == "" and starts == [0, 2]
    assert cells[1] == [(0, "主管部门"), (1, "示例局")]
    assert checked_grid([["说明"], ["无表"]], Places(None)) == ([[(0, "说明")], [(0, "无表")]], [], "")


def test_a_row_wider_than_a_spreadsheet_is_refused() -> None:
    wide = ["x"] * (MAX_ROW_CELLS + 1)
    _cells, starts, refused = checked_grid([["项目名称", "甲"], wide], Places("表1"))
    assert starts == []
    assert refused.startswith("工作表“表1”单元格 XFE2：一行有 16,385 个单元格，超过电子表格的 16,384 列")


@pytest.mark.parametrize(
    ("limit", "value", "rows", "words"),
    [
        ("MAX_CELLS", 5, [["项目名称", "甲", "乙"], ["a", "b", "c"]], "内容过多（超过 5 个非空单元格）"),
        ("MAX_TABLES", 2, [["项目名称", "甲"]] * 3, "表格过多（3 张，上限 2）"),
        ("MAX_TABLE_ROWS", 3, [["项目名称", "甲"], ["a"], [], ["b"], ["c"]], "一张表格有 4 行（上限 3）"),
    ],
)
def test_each_limit_refuses_with_one_line(
    monkeypatch: pytest.MonkeyPatch, limit: str, value: int, rows: list[list[str]], words: str
) -> None:
    assert checked_grid(rows, Places(None))[2] == ""
    monkeypatch.setattr(grid_rows, limit, value)
    _cells, starts, refused = checked_grid(rows, Places(None))
    assert starts == [] and words in refused and refused.endswith(("未读取", "请拆分后导入", "请检查表格"))
