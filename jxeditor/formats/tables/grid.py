"""The grid reader: every performance target table in a grid of cell texts → projects.

The grid comes from a spreadsheet (one list of cell texts per row) or from pasted text
(tab-separated lines). Labels are found by their text, wherever they stand: spaces
inside labels (``绩 效 目 标``), full- or half-width colons and brackets, tables that
start in column B, merged cells (the value only in the first cell), extra blank
columns, cells shifted left or right as copying out of a PDF viewer leaves them. The
reader handles layouts A, B and C of ``domain.md``.

It works in two steps, like every importer here: cells → plain records (one per
table: header values, funding cells, goal texts, indicator rows), then records →
:class:`~jxeditor.document.model.Project`. Everything it could not place is reported as a
notice with its place (sheet and cell, or line and column).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from jxeditor.document.amounts import parse_amount
from jxeditor.document.frameworks import Frameworks, load_frameworks
from jxeditor.document.model import Project
from jxeditor.document.periods import parse_period
from jxeditor.formats.tables.indicator_tree import Cell, RowTreeBuilder
from jxeditor.formats.tables.labels import (
    ALL_LABELS,
    ANNUAL_TOTAL,
    BUDGET_IN_PURPOSE,
    FISCAL,
    FUNDING_BLOCK,
    GOAL_ANNUAL,
    GOAL_LABELS,
    GOAL_PERIOD,
    HEADER_LABELS,
    IND_COLUMNS,
    NOTE_PREFIXES,
    OTHER,
    PERIOD_TOTAL,
    PLAN_LABELS,
    PLAN_MONTHS,
    TABLE_START,
    label_key,
    short_text,
    tidy,
)
from jxeditor.formats.tables.result import TableImport

_YEAR = re.compile(r"[（(]\s*(\d{4})\s*年度?\s*[)）]")
_REPORTING_UNIT = re.compile(r"^填报单位(?:[（(]盖章[)）])?[:：]?(.*)$")
_MONEY_UNIT = re.compile(r"^(?:金额)?单位[:：](.+)$")


def _column_letter(col: int) -> str:
    letters = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


class _Places:
    """Names a cell for messages: ``工作表“X”单元格 B7`` or ``第 7 行第 2 列``."""

    def __init__(self, sheet: str | None) -> None:
        self.sheet = sheet

    def __call__(self, row: int, col: int) -> str:
        if self.sheet is not None:
            return f"工作表“{self.sheet}”单元格 {_column_letter(col)}{row + 1}"
        return f"第 {row + 1} 行第 {col + 1} 列"


def _cells(row: list[str]) -> list[Cell]:
    return [(c, text.strip()) for c, text in enumerate(row) if text and text.strip()]


class _TableReader:
    """Reads one table (the rows from one 项目名称/项目编码 to the next)."""

    def __init__(self, rows: list[list[str]], start: int, end: int, place: _Places) -> None:
        self.rows = rows
        self.start = start
        self.end = end
        self.place = place
        self.fw: Frameworks = load_frameworks()
        self.project = Project()
        self.notices: list[str] = []
        self.used: set[tuple[int, int]] = set()

    # -- helpers ---------------------------------------------------------------------------
    def is_label(self, text: str) -> bool:
        key = label_key(text)
        return key in ALL_LABELS or key.startswith("其中:") or key in PLAN_MONTHS

    def values_after(self, r: int, c: int) -> list[Cell]:
        """The non-empty, non-label cells right of (r, c), up to the next label."""
        found: list[Cell] = []
        for col, text in _cells(self.rows[r]):
            if col <= c:
                continue
            if self.is_label(text):
                break
            found.append((col, text))
        return found

    def take(self, r: int, cells: Iterable[Cell]) -> str:
        texts = []
        for col, text in cells:
            self.used.add((r, col))
            texts.append(text)
        return " ".join(texts)

    # -- reading ---------------------------------------------------------------------------
    def read(self) -> Project:
        r = self.start
        indicator_header: int | None = None
        while r < self.end:
            keys = [(label_key(text), col) for col, text in _cells(self.rows[r])]
            names = {k for k, _c in keys}
            if "一级指标" in names and ("二级指标" in names or "三级指标" in names):
                indicator_header = r
                break
            self.read_header_row(r, keys)
            r += 1
        if indicator_header is not None:
            self.read_indicators(indicator_header)
        self.report_unused()
        return self.project

    def read_header_row(self, r: int, keys: list[tuple[str, int]]) -> None:
        p = self.project
        for key, col in keys:
            target = HEADER_LABELS.get(key)
            if target is not None:
                self.used.add((r, col))
                if target == "purpose":
                    self.read_purpose(r, col)
                    continue
                value = self.take(r, self.values_after(r, col) if target == "period"
                                  else self.values_after(r, col)[:1])
                if target == "period":
                    p.period.start, p.period.end = parse_period(value)
                else:
                    setattr(p, target, tidy(value))
            elif key in FUNDING_BLOCK or key == "绩效指标":
                self.used.add((r, col))
        self.read_funding_row(r, keys)
        self.read_goals_row(r, keys)
        self.read_plan_row(r, keys)

    def read_purpose(self, r: int, col: int) -> None:
        cells = self.values_after(r, col)
        text = self.take(r, cells)
        # Layout C: "预算数 5851万元。用于……" — the annual amount stands in the text.
        match = BUDGET_IN_PURPOSE.match(text)
        if match:
            amount = parse_amount(match[1], lenient=True)
            if self.project.funding.annual.total is None:
                self.project.funding.annual.total = amount
            text = match[2]
        self.project.purpose = text.strip()

    def read_funding_row(self, r: int, keys: list[tuple[str, int]]) -> None:
        funding = self.project.funding
        has_period_column = self.funding_has_period_column()
        seen: dict[str, int] = {}
        for key, col in sorted(keys, key=lambda kv: kv[1]):
            if key in PERIOD_TOTAL:
                part, column = "total", funding.period
            elif key in ANNUAL_TOTAL and key != "预算数":
                part, column = "total", funding.annual
            elif key in FISCAL or key in OTHER:
                part = "fiscal" if key in FISCAL else "other"
                nth = seen.get(part, 0)
                seen[part] = nth + 1
                column = funding.period if has_period_column and nth == 0 else funding.annual
            else:
                continue
            self.used.add((r, col))
            value = self.take(r, self.values_after(r, col)[:1])
            setattr(column, part, parse_amount(value, lenient=True))

    def funding_has_period_column(self) -> bool:
        for r in range(self.start, self.end):
            for _col, text in _cells(self.rows[r]):
                if label_key(text) in PERIOD_TOTAL:
                    return True
        return False

    def read_goals_row(self, r: int, keys: list[tuple[str, int]]) -> None:
        goals = self.project.goals
        period_col = next((c for k, c in keys if k in GOAL_PERIOD), None)
        annual_col = next((c for k, c in keys if k in GOAL_ANNUAL), None)
        goal_col = next((c for k, c in keys if k in GOAL_LABELS), None)
        if period_col is None and annual_col is None:
            if goal_col is not None:  # layout C: 绩效目标 | text
                text = self.take(r, self.values_after(r, goal_col))
                if text:
                    goals.annual = text
            return
        for col in (period_col, annual_col, goal_col):
            if col is not None:
                self.used.add((r, col))
        same_row = {
            col: self.take(r, self.values_after(r, col))
            for col in (period_col, annual_col)
            if col is not None
        }
        if any(same_row.values()):
            goals.period = same_row.get(period_col, "") if period_col is not None else ""
            goals.annual = same_row.get(annual_col, "") if annual_col is not None else ""
            return
        # Layout A: the texts stand in the next row, under their labels.
        nxt = r + 1
        if nxt >= self.end:
            return
        texts = _cells(self.rows[nxt])
        if any(self.is_label(t) for _c, t in texts):
            return
        for col, text in texts:
            self.used.add((nxt, col))
            if period_col is not None and (annual_col is None or col < annual_col):
                goals.period = (goals.period + "\n" + text).strip()
            else:
                goals.annual = (goals.annual + "\n" + text).strip()

    def read_plan_row(self, r: int, keys: list[tuple[str, int]]) -> None:
        months = {k: c for k, c in keys if k in PLAN_MONTHS}
        plan_col = next((c for k, c in keys if k in PLAN_LABELS), None)
        if plan_col is not None:
            self.used.add((r, plan_col))
        if not months:
            return
        for col in months.values():
            self.used.add((r, col))
        same_row = {k: self.values_after(r, c)[:1] for k, c in months.items()}
        if all(same_row.values()):
            for k, cells in same_row.items():
                self.project.spending_plan[PLAN_MONTHS[k]] = parse_amount(
                    self.take(r, cells), lenient=True
                )
            return
        nxt = r + 1
        if nxt >= self.end:
            return
        values = _cells(self.rows[nxt])
        ordered = sorted(months.items(), key=lambda kv: kv[1])
        for i, (k, col) in enumerate(ordered):
            limit = ordered[i + 1][1] if i + 1 < len(ordered) else 10**6
            for vcol, text in values:
                if col <= vcol < limit or (vcol < col and i == 0 and len(values) == len(ordered)):
                    self.used.add((nxt, vcol))
                    self.project.spending_plan[PLAN_MONTHS[k]] = parse_amount(text, lenient=True)
                    break
        if len(values) == len(ordered) and not any(
            self.project.spending_plan[PLAN_MONTHS[k]] is not None for k, _ in ordered
        ):
            for (k, _col), (vcol, text) in zip(ordered, values, strict=True):
                self.used.add((nxt, vcol))
                self.project.spending_plan[PLAN_MONTHS[k]] = parse_amount(text, lenient=True)

    # -- indicators ------------------------------------------------------------------------
    def read_indicators(self, header: int) -> None:
        columns: dict[str, int] = {}
        for col, text in _cells(self.rows[header]):
            role = IND_COLUMNS.get(label_key(text))
            self.used.add((header, col))
            if role and role not in columns:
                columns[role] = col
        state = RowTreeBuilder(self.project, self.fw, columns)
        # Pasted text shifts cells by a column at most; anything further right than that
        # is no part of the table (a side note): left unused, so it is reported.
        right_edge = max(columns.values(), default=len(self.rows[header])) + 1
        for r in range(header + 1, self.end):
            cells = [cell for cell in _cells(self.rows[r]) if cell[0] <= right_edge]
            if not cells:
                continue
            first = label_key(cells[0][1])
            if first.startswith(NOTE_PREFIXES) and len(cells) == 1:
                self.notices.append(f"{self.place(r, cells[0][0])}：表格下方的说明未导入：{cells[0][1]}")
                self.used.add((r, cells[0][0]))
                continue
            if all(IND_COLUMNS.get(label_key(t)) for _c, t in cells):
                for col, _t in cells:  # a repeated header (page break in a PDF)
                    self.used.add((r, col))
                continue
            for col in state.add_row(cells):
                self.used.add((r, col))

    def report_unused(self) -> None:
        for r in range(self.start, self.end):
            for col, text in _cells(self.rows[r]):
                if (r, col) in self.used or self.is_label(text):
                    continue
                self.notices.append(f"{self.place(r, col)}：无法归入表格的内容“{short_text(text)}”")


def _table_starts(rows: list[list[str]]) -> list[int]:
    starts: list[int] = []
    for r, row in enumerate(rows):
        keys = [label_key(t) for _c, t in _cells(row)]
        if any(k in TABLE_START for k in keys):
            # 项目编码 and 项目名称 in consecutive rows belong to one table.
            if starts and r - starts[-1] <= 1 and _only_header_between(rows, starts[-1], r):
                continue
            starts.append(r)
    return starts


def _only_header_between(rows: list[list[str]], a: int, b: int) -> bool:
    keys_a = {label_key(t) for _c, t in _cells(rows[a])}
    keys_b = {label_key(t) for _c, t in _cells(rows[b])}
    return bool(keys_a & TABLE_START) and not (keys_a & keys_b & TABLE_START)


def _preamble(rows: list[list[str]], result: TableImport, upto: int) -> None:
    for row in rows[:upto]:
        for _c, text in _cells(row):
            key = label_key(text)
            match = _YEAR.search(text)
            if match and result.document_year is None:
                result.document_year = int(match[1])
            match = _REPORTING_UNIT.match(key)
            if match and match[1] and not result.reporting_unit:
                result.reporting_unit = match[1]
            match = _MONEY_UNIT.match(key)
            if match and not result.money_unit:
                result.money_unit = match[1]


def read_tables(rows: list[list[str]], sheet: str | None = None) -> TableImport:
    """Reads every table in a grid of cell texts; see the module docstring.

    Notices name a cell of ``sheet`` (``工作表“X”单元格 B7``), or without a sheet its
    line and column (``第 7 行第 2 列``).
    """
    place = _Places(sheet)
    result = TableImport()
    starts = _table_starts(rows)
    if not starts:
        return result
    _preamble(rows, result, len(rows))
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(rows)
        end = _trim_preamble(rows, start, end)
        reader = _TableReader(rows, start, end, place)
        result.projects.append(reader.read())
        result.notices.extend(reader.notices)
    return result


def _trim_preamble(rows: list[list[str]], start: int, end: int) -> int:
    """Cuts the title block of the next table (title, year, 填报单位, 单位) off this table."""
    r = end
    while r - 1 > start:
        cells = _cells(rows[r - 1])
        if not cells:
            r -= 1
            continue
        text = label_key(" ".join(t for _c, t in cells))
        if (
            _YEAR.search(" ".join(t for _c, t in cells))
            or text.startswith(("填报单位", "单位:", "金额单位"))
            or text.endswith("绩效目标表")
            or text.lstrip("#").endswith("绩效目标表")
        ):
            r -= 1
            continue
        break
    return r
