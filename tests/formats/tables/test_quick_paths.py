"""Issue 33.2: the table reader's quick paths give what its general paths give.

Each quick path skips work where a C-speed look shows it cannot matter: a row's cells
without HTML cleaning when the row holds no ``<`` or ``&``, a header field's text
without its pattern when it has no gap, the funding, goals and plan parts of a header
row where the row has none of their labels, the title block once all it gives is found.
Random grids of labels, values, HTML, gaps and titles are read both ways.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jxeditor.formats.tables import grid, grid_rows, labels
from jxeditor.formats.tables.artefacts import strip_html
from jxeditor.formats.tables.grid import read_tables
from jxeditor.formats.tables.grid_rows import cells_of, read_preamble
from jxeditor.formats.tables.labels import label_key, tidy
from jxeditor.formats.tables.result import TableImport

_PIECES = ("项目名称", "项 目 名 称：", "项目编码", "主管部门", "实施单位", "项目实施期", "资金投入（万元）",
           "实施期金额", "年度金额", "其中：财政拨款", "其他资金", "预算数", "绩效目标", "实施期目标",
           "年度目标", "资金支出计划（%）", "3月底", "6月底", "10月底", "12月底", "一级指标",
           "二级指标", "三级指标", "年度指标值", "指标值确定依据", "产出指标", "数量指标",
           "完成率", "≥95%", "12.5", "2026年1月至2026年12月", "（2026年度）", "单位：万元",
           "填报单位：示例局", "**项目绩效目标表**", "<p>甲</p>", "a&amp;b", "&nbsp;", "  ",
           "\u3000", "甲 乙", "A B", "注：无", "表样", "")
_TEXTS = st.sampled_from(_PIECES) | st.text(alphabet="甲乙 \u3000\t<>&;p/年单位", max_size=8)
_GRIDS = st.lists(st.lists(_TEXTS, max_size=6), max_size=30)


def _cells_general(row: list[str]) -> list[tuple[int, str]]:
    found = []
    for c, text in enumerate(row):
        if text and not text.isspace():
            text = strip_html(text).strip() if "<" in text or "&" in text else text.strip()
            if text:
                found.append((c, text))
    return found


@settings(max_examples=300, deadline=None)
@given(st.lists(_TEXTS, max_size=8))
def test_a_rows_cells(row: list[str]) -> None:
    assert cells_of(row) == _cells_general(row)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_a_header_fields_text(text: str) -> None:
    assert tidy(text) == labels._CJK_SPACE.sub("", text.strip())


def _preamble_general(rows: list[list[tuple[int, str]]], result: TableImport) -> None:
    """read_preamble without its stop: every cell looked at."""
    for row in rows:
        for _c, text in row:
            if "年" in text and result.document_year is None:
                match = grid_rows._YEAR.search(text)
                if match:
                    result.document_year = int(match[1])
            if "单位" not in text:
                continue
            key = label_key(text)
            match = grid_rows._REPORTING_UNIT.match(key) if key.startswith("填报单位") else None
            if match and match[1] and not result.reporting_unit:
                result.reporting_unit = match[1]
            match = grid_rows._MONEY_UNIT.match(key) if key.startswith(("单位", "金额单位")) else None
            if match and not result.money_unit:
                result.money_unit = match[1]


_TITLE_TEXTS = st.sampled_from(("（2026年度）", "（2025 年）", "填报单位：示例局", "填报单位：",
                                "填报单位（盖章）：乙局", "单位：万元", "金额单位：元", "单位：", "甲", ""))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_TITLE_TEXTS, max_size=4), max_size=8) | _GRIDS)
def test_the_title_block(rows: list[list[str]]) -> None:
    cells = [cells_of(row) for row in rows]
    quick, general = TableImport(), TableImport()
    read_preamble(cells, quick, len(cells))
    _preamble_general(cells, general)
    assert (quick.document_year, quick.reporting_unit, quick.money_unit) == (
        general.document_year, general.reporting_unit, general.money_unit)


@settings(max_examples=200, deadline=None)
@given(_GRIDS)
def test_header_rows_read_where_they_have_a_label(rows: list[list[str]]) -> None:
    quick = read_tables(rows, "表一")
    every = frozenset(label_key(text) for row in rows for _c, text in cells_of(row))
    saved = grid.FUNDING_KEYS, grid.GOAL_KEYS, grid.PLAN_KEYS
    try:  # every label of the grid in each set: each part read on every row with a label
        grid.FUNDING_KEYS = grid.GOAL_KEYS = grid.PLAN_KEYS = every | saved[0] | saved[1] | saved[2]
        general = read_tables(rows, "表一")
    finally:
        grid.FUNDING_KEYS, grid.GOAL_KEYS, grid.PLAN_KEYS = saved
    assert quick == general
