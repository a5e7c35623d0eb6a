"""The grid reader's view of a grid: its non-empty cells, where tables start and end,
the title block (year, 填报单位, 单位) and the limits past which a grid is refused.

The limits keep reading linear and bounded (an answer in seconds, well under 1.5 GB):
:data:`MAX_CELLS` non-empty cells, :data:`MAX_ROW_CELLS` in a row (a spreadsheet's
column count), :data:`MAX_TABLE_ROWS` non-blank rows in one table, :data:`MAX_TABLES`
tables; beyond, nothing is read and one line says why. At most :data:`MAX_NOTICES`
notices are listed, the rest counted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from operator import itemgetter

from jxeditor.formats.tables.artefacts import is_title_line, strip_html
from jxeditor.formats.tables.indicator_tree import Cell
from jxeditor.formats.tables.labels import TABLE_START, label_key
from jxeditor.formats.tables.result import TableImport

_YEAR = re.compile(r"[（(]\s*(\d{4})\s*年度?\s*[)）]")
_REPORTING_UNIT = re.compile(r"^填报单位(?:[（(]盖章[)）])?[:：]?(.*)$")
_MONEY_UNIT = re.compile(r"^(?:金额)?单位[:：](.+)$")

MAX_CELLS = 2_000_000  # non-empty cells in one grid; a department's tables hold some 10,000
MAX_ROW_CELLS = 16_384  # non-empty cells in one row: Excel's and WPS's column count
MAX_TABLE_ROWS = 20_000  # rows from one 项目名称 to the next; a real table has some 50
MAX_TABLES = 10_000  # tables (projects) in one grid, as many as a JSON document may hold
MAX_NOTICES = 500  # notices listed one by one, in a table and in all; the rest are counted


def column_letter(col: int) -> str:
    letters = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


class Places:
    """Names a cell for messages: ``工作表“X”单元格 B7`` or ``第 7 行第 2 列`` (the line a
    row starts on, when a quoted cell made a row of several lines)."""

    def __init__(self, sheet: str | None, lines: Sequence[int] | None = None) -> None:
        self.sheet = sheet
        self.lines = lines

    def __call__(self, row: int, col: int) -> str:
        if self.sheet is not None:
            return f"工作表“{self.sheet}”单元格 {column_letter(col)}{row + 1}"
        line = self.lines[row] if self.lines is not None and row < len(self.lines) else row + 1
        return f"第 {line} 行第 {col + 1} 列"


def cells_of(row: list[str]) -> list[Cell]:
    """The non-empty cells of a row, trimmed, without HTML tags left by a web page."""
    joined = "".join(row)  # one C-speed look at the row: most hold no tag and no entity
    if "<" not in joined and "&" not in joined:
        return [(c, text.strip()) for c, text in enumerate(row) if text and not text.isspace()]
    found: list[Cell] = []
    for c, text in enumerate(row):
        if text and not text.isspace():
            if "<" in text or "&" in text:
                text = strip_html(text)
            text = text.strip()
            if text:
                found.append((c, text))
    return found


col_of = itemgetter(0)  # a cell's column
text_of = itemgetter(1)  # a cell's text


def table_starts(rows: list[list[Cell]]) -> list[int]:
    starts: list[int] = []
    for r in [r for r, row in enumerate(rows)  # the rows with a label that starts a table
              if not TABLE_START.isdisjoint(map(label_key, map(text_of, row)))]:
        # 项目编码 and 项目名称 in consecutive rows belong to one table.
        if starts and r - starts[-1] <= 1 and _only_header_between(rows, starts[-1], r):
            continue
        starts.append(r)
    return starts


def _only_header_between(rows: list[list[Cell]], a: int, b: int) -> bool:
    keys_a = {label_key(t) for _c, t in rows[a]}
    keys_b = {label_key(t) for _c, t in rows[b]}
    return bool(keys_a & TABLE_START) and not (keys_a & keys_b & TABLE_START)


def read_preamble(rows: list[list[Cell]], result: TableImport, upto: int) -> None:
    """The year, 填报单位 and money unit, each from the first cell that gives it (the
    patterns tried only on cells holding their fixed characters; no look further once
    all three are found)."""
    for row in rows[:upto]:
        if result.document_year is not None and result.reporting_unit and result.money_unit:
            return
        for _c, text in row:
            if "年" in text and result.document_year is None:
                match = _YEAR.search(text)
                if match:
                    result.document_year = int(match[1])
            if "单位" not in text:
                continue
            key = label_key(text)
            match = _REPORTING_UNIT.match(key) if key.startswith("填报单位") else None
            if match and match[1] and not result.reporting_unit:
                result.reporting_unit = match[1]
            match = _MONEY_UNIT.match(key) if key.startswith(("单位", "金额单位")) else None
            if match and not result.money_unit:
                result.money_unit = match[1]


def trim_preamble(rows: list[list[Cell]], start: int, end: int) -> int:
    """Cuts the title block of the next table (title, year, 填报单位, 单位) off this table."""
    r = end
    while r - 1 > start:
        cells = rows[r - 1]
        if not cells:
            r -= 1
            continue
        text = label_key(" ".join(t for _c, t in cells))
        if (
            _YEAR.search(" ".join(t for _c, t in cells))
            or text.startswith(("填报单位", "单位:", "金额单位"))
            or is_title_line([t for _c, t in cells])
        ):
            r -= 1
            continue
        break
    return r


def checked_grid(rows: list[list[str]], place: Places) -> tuple[list[list[Cell]], list[int], str]:
    """The non-empty cells of each row, where the tables start, and why the grid is refused
    (empty when it is not; the grid and starts are then incomplete)."""
    grid: list[list[Cell]] = []
    count = 0
    for r, row in enumerate(rows):
        cells = cells_of(row)
        count += len(cells)
        if len(cells) > MAX_ROW_CELLS:
            return grid, [], (f"{place(r, cells[MAX_ROW_CELLS][0])}：一行有 {len(cells):,} 个单元格，"
                              f"超过电子表格的 {MAX_ROW_CELLS:,} 列，不像是绩效目标表，未读取")
        if count > MAX_CELLS:
            return grid, [], f"内容过多（超过 {MAX_CELLS:,} 个非空单元格），不像是绩效目标表，未读取"
        grid.append(cells)
    starts = table_starts(grid)
    if not starts:
        return grid, [], ""
    if len(starts) > MAX_TABLES:
        return grid, [], f"表格过多（{len(starts):,} 张，上限 {MAX_TABLES:,}），不像是绩效目标表，未读取；请拆分后导入"
    bounds = zip(starts, [*starts[1:], len(grid)], strict=True)
    longest = max((sum(map(bool, grid[a:b])) for a, b in bounds), default=0)
    if longest > MAX_TABLE_ROWS:
        return grid, [], (f"一张表格有 {longest:,} 行（上限 {MAX_TABLE_ROWS:,}），不像是绩效目标表，未读取；"
                          "请检查表格")
    return grid, starts, ""
