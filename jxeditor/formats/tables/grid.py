"""The grid reader: every performance target table in a grid of cell texts → projects.

The grid comes from a spreadsheet (one list of cell texts per row) or from pasted text
(tab-separated lines). Labels are found by their text, wherever they stand: spaces
inside labels (``绩 效 目 标``), full- or half-width colons and brackets, tables that
start in column B, merged cells (the value only in the first cell), extra blank
columns, cells shifted left or right as copying out of a PDF viewer leaves them. The
reader handles layouts A, B and C of ``docs/specification.md``.

It works in two steps, like every importer here: cells → plain records (one per
table: header values, funding cells, goal texts, indicator rows), then records →
:class:`~jxeditor.document.model.Project`. Everything it could not place is reported as a
notice with its place (sheet and cell, or line and column).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from itertools import chain, repeat
from operator import itemgetter

from jxeditor.document.amounts import parse_amount
from jxeditor.document.frameworks import Frameworks, load_frameworks
from jxeditor.document.model import Project
from jxeditor.document.periods import parse_period
from jxeditor.formats.tables.artefacts import (
    LAYOUT_C_NOTICE,
    effect_notice,
    is_layout_c,
    is_title_line,
    mark_absent_fields,
    rename_effect,
    stray_line_notice,
)
from jxeditor.formats.tables.grid_rows import (
    MAX_NOTICES,
    Places,
    checked_grid,
    col_of,
    read_preamble,
    text_of,
    trim_preamble,
)
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
    label_key,
    short_text,
    tidy,
)
from jxeditor.formats.tables.result import TableImport

MONEY_UNITS = ("万元", "元")  # the units of a table whose amounts parse_amount reads in them
# The labels each part of a header row is read for (a row without any: that part skipped).
FUNDING_KEYS = frozenset(PERIOD_TOTAL | ANNUAL_TOTAL | FISCAL | OTHER) - {"预算数"}
GOAL_KEYS = frozenset(GOAL_PERIOD | GOAL_ANNUAL | GOAL_LABELS)
PLAN_KEYS = frozenset(PLAN_MONTHS.keys() | PLAN_LABELS)


class _TableReader:
    """Reads one table (the rows from one 项目名称/项目编码 to the next)."""

    def __init__(self, rows: list[list[Cell]], start: int, end: int, place: Places,
                 money_unit: str = "") -> None:
        self.rows = rows  # the non-empty cells of each row
        self.start = start
        self.end = end
        self.place = place
        self.fw: Frameworks = load_frameworks()
        self.project = Project()
        self.notices: list[str] = []
        self.used: set[tuple[int, int]] = set()
        self.renamed_effect = False
        self._period_column: bool | None = None
        self.header_fields: set[str] = set()  # the header fields the table has a label for
        self.unlisted = 0  # notices over MAX_NOTICES
        # the amounts' unit as the table states it (单位：元): "4万" in a table in 元 is 40000;
        # unstated or another unit: 万元, 万 and % are taken as they are
        self.money_unit = money_unit if money_unit in MONEY_UNITS else None

    # -- helpers ---------------------------------------------------------------------------
    def note(self, text: str) -> None:
        """A notice, up to :data:`MAX_NOTICES` for the table; beyond, only counted."""
        if len(self.notices) < MAX_NOTICES:
            self.notices.append(text)
        else:
            self.unlisted += 1

    def is_label(self, text: str) -> bool:
        key = label_key(text)
        return key in ALL_LABELS or key.startswith("其中:") or key in PLAN_MONTHS

    def values_after(self, r: int, c: int) -> list[Cell]:
        """The non-empty, non-label cells right of (r, c), up to the next label."""
        found: list[Cell] = []
        row = self.rows[r]
        for i in range(bisect_right(row, c, key=col_of), len(row)):  # no copy of the row's rest
            col, text = row[i]
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
            keys = [(label_key(text), col) for col, text in self.rows[r]]
            names = {k for k, _c in keys}
            if "一级指标" in names and ("二级指标" in names or "三级指标" in names):
                indicator_header = r
                break
            self.read_header_row(r, keys)
            r += 1
        if indicator_header is not None:
            self.read_indicators(indicator_header)
        self.report_unused()
        if is_layout_c(self.header_fields):
            mark_absent_fields(self.project)
        return self.project

    def read_header_row(self, r: int, keys: list[tuple[str, int]]) -> None:
        p = self.project
        for key, col in keys:
            target = HEADER_LABELS.get(key)
            if target is not None:
                self.used.add((r, col))
                self.header_fields.add(target)
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
        names = {key for key, _col in keys}  # the row's labels: each part read where it has one
        if not names.isdisjoint(FUNDING_KEYS):
            self.read_funding_row(r, keys)
        if not names.isdisjoint(GOAL_KEYS):
            self.read_goals_row(r, keys)
        if not names.isdisjoint(PLAN_KEYS):
            self.read_plan_row(r, keys)

    def read_purpose(self, r: int, col: int) -> None:
        cells = self.values_after(r, col)
        text = self.take(r, cells)
        # Layout C: "预算数 5851万元。用于……" — the annual amount stands in the text.
        match = BUDGET_IN_PURPOSE.match(text)
        if match:
            amount = parse_amount(match[1] + "万", lenient=True, unit=self.money_unit)  # 5851万元
            if self.project.funding.annual.total is None:
                self.project.funding.annual.total = amount
            text = match[2]
        self.project.purpose = text.strip()

    def read_funding_row(self, r: int, keys: list[tuple[str, int]]) -> None:
        funding = self.project.funding
        has_period_column = self.funding_has_period_column()
        seen: dict[str, int] = {}
        for key, col in sorted(keys, key=itemgetter(1)):
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
            setattr(column, part, parse_amount(value, lenient=True, unit=self.money_unit))

    def funding_has_period_column(self) -> bool:
        """Whether the table has an 实施期 funding column (looked up once per table)."""
        if self._period_column is None:
            self._period_column = any(
                label_key(text) in PERIOD_TOTAL
                for r in range(self.start, self.end)
                for _col, text in self.rows[r]
            )
        return self._period_column

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
        texts = self.rows[nxt]
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
        values = self.rows[nxt]
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
        for col, text in self.rows[header]:
            role = IND_COLUMNS.get(label_key(text))
            self.used.add((header, col))
            if role and role not in columns:
                columns[role] = col
        state = RowTreeBuilder(self.project, self.fw, columns)
        # Pasted text shifts cells by a column at most; anything further right than that
        # is no part of the table (a side note): left unused, so it is reported.
        right_edge = max(columns.values(), default=len(self.rows[header])) + 1
        used = self.used
        # a title line holds 表: looked for in each row only when the rows hold one
        titles = "表" in "\x00".join(map(text_of, chain.from_iterable(self.rows[header + 1:self.end])))
        for r in range(header + 1, self.end):
            row = self.rows[r]
            if not row:
                continue
            if titles and is_title_line(list(map(text_of, row))):
                break  # the title of the next table: what follows is no part of this one
            # the row's cells are in column order: all within the edge when the last is
            cells = row if row[-1][0] <= right_edge else [c for c in row if c[0] <= right_edge]
            if not cells:
                continue
            first = label_key(cells[0][1])
            if len(cells) == 1:
                if first.startswith(NOTE_PREFIXES):
                    self.note(f"{self.place(r, cells[0][0])}：表格下方的说明未导入：{cells[0][1]}")
                    used.add((r, cells[0][0]))
                    continue
                if self.is_stray(cells[0], columns):
                    self.note(stray_line_notice(self.place(r, cells[0][0]), short_text(cells[0][1])))
                    used.add((r, cells[0][0]))
                    continue
            if first in IND_COLUMNS and all(label_key(t) in IND_COLUMNS for _c, t in cells):
                used.update(zip(repeat(r), map(col_of, cells)))  # a repeated header (a PDF's page break)
                continue
            used.update(zip(repeat(r), state.add_row(cells)))
        self.renamed_effect = rename_effect(self.project, self.fw)

    def is_stray(self, cell: Cell, columns: dict[str, int]) -> bool:
        """A one-cell line in the 一级 column (or left of it) that names no level: ``表样``."""
        col, text = cell
        if col > columns.get("l1", 0):
            return False
        name = self.fw.canonical_name(text)
        return name not in self.fw.known_names and not name.endswith("指标")

    def report_unused(self) -> None:
        for r in range(self.start, self.end):
            for col, text in self.rows[r]:
                if (r, col) in self.used or self.is_label(text):
                    continue
                self.note(f"{self.place(r, col)}：无法归入表格的内容“{short_text(text)}”")


def read_tables(
    rows: list[list[str]], sheet: str | None = None, lines: Sequence[int] | None = None
) -> TableImport:
    """Reads every table in a grid of cell texts; see the module docstring.

    Notices name a cell of ``sheet`` (``工作表“X”单元格 B7``), or without a sheet its
    line and column (``第 7 行第 2 列``; ``lines`` gives the line each row starts on when
    they differ from the row numbers). Linear in the number of cells.
    """
    place = Places(sheet, lines)
    result = TableImport()
    grid, starts, refused = checked_grid(rows, place)
    if refused:
        result.refused = refused
        result.notices.append(refused)
        return result
    if not starts:
        return result
    read_preamble(grid, result, len(grid))
    renamed = unlisted = layout_c = 0
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(grid)
        end = trim_preamble(grid, start, end)
        reader = _TableReader(grid, start, end, place, result.money_unit)
        result.projects.append(reader.read())
        room = max(0, MAX_NOTICES - len(result.notices))
        result.notices.extend(reader.notices[:room])
        unlisted += reader.unlisted + max(0, len(reader.notices) - room)
        renamed += reader.renamed_effect
        layout_c += bool(result.projects[-1].absent_fields)
    if layout_c:
        result.notices.append(LAYOUT_C_NOTICE)
    if renamed:
        result.notices.append(effect_notice(renamed))
    if unlisted:
        result.notices.append(f"另有 {unlisted:,} 条提示未逐条列出（同类内容过多），请核对原表")
    return result

