"""One project's sheet in the layout of the paper form (layout A of ``docs/specification.md``).

Title, budget year, reporting unit, header rows, the funding block, main use of funds
and spending plan where present, the goals, then the indicator table with 一级/二级
cells merged downwards (绩效指标描述 / 指标值确定依据 columns only when the project has
them). Row heights are estimated from the text (:func:`line_count` in the cell's merged
width), since spreadsheet programs do not grow rows of merged cells themselves.
"""

from __future__ import annotations

import math
import re
from datetime import date

from jxeditor.document.amounts import Amount, DateValue
from jxeditor.document.document import Document
from jxeditor.document.fields import MONTHS
from jxeditor.document.model import Indicator, Level2, Period, Project
from jxeditor.formats.xlsx.sheet_plan import (
    CellValue,
    Notes,
    SheetPlan,
    amount_format,
    amount_value,
)

TITLE = "本级预算项目绩效目标表"
LINE_HEIGHT = 15.0  # points per line of 11 pt 宋体
WIDE_UNITS = 2.0  # column-width units of one CJK character at 11 pt
NARROW_UNITS = 1.15
_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]"
)


def _date_text(value: DateValue) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return f"{value.year}年{value.month}月{value.day}日"
    return value


def _month_end(d: date) -> bool:
    nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return (nxt - d).days == 1


def period_text(period: Period) -> str:
    """The implementation period as the forms write it (2026年1月至2026年12月)."""
    start, end = period.start, period.end
    if isinstance(start, date) and isinstance(end, date) and start.day == 1 and _month_end(end):
        return f"{start.year}年{start.month}月至{end.year}年{end.month}月"
    if start is None and end is None:
        return ""
    return f"{_date_text(start)}至{_date_text(end)}"


def display_width(text: str) -> float:
    """Width of a line in column-width units (CJK characters count about double)."""
    if text.isascii():
        return len(text) * NARROW_UNITS
    wide = len(text) - len(_WIDE.sub("", text))
    return wide * WIDE_UNITS + (len(text) - wide) * NARROW_UNITS


def line_count(text: str, width: float) -> int:
    """How many lines wrapped text needs in a cell ``width`` units wide."""
    usable = max(width - 1.5, 1.0)
    if "\n" not in text:
        return max(1, math.ceil(display_width(text) / usable))
    return sum(max(1, math.ceil(display_width(line) / usable)) for line in text.split("\n"))



_LABELS = ("label", "head")  # the styles of a form's labels and column heads


class FormBuilder:
    """Lays out one project in the form layout."""

    def __init__(self, doc: Document, project: Project, title: str, notes: Notes) -> None:
        self.doc = doc
        self.p = project
        self.notes = notes
        self.extras = [
            (label, attr)
            for label, attr in (("绩效指标描述", "description"), ("指标值确定依据", "basis"))
            if any(getattr(ind, attr) for l1 in project.indicators for l2 in l1.children
                   for ind in l2.children)
        ]
        self.ncols = 5 + len(self.extras)
        widths = [14.0, 16.0, 22.0, 14.0, 24.0] if not self.extras else [
            12.0, 13.0, 20.0, 12.0, 16.0]
        self.plan = SheetPlan(title=title, widths=widths + [22.0] * len(self.extras))

    # cells and rows
    def new_row(self) -> int:
        self.plan.rows.append([None] * self.ncols)
        return len(self.plan.rows)

    def put(self, row: int, col: int, value: CellValue, style: str, fmt: str | None = None,
            to_row: int | None = None, to_col: int | None = None) -> None:
        if isinstance(value, str):
            value = self.notes.text(value, self.plan.title, row, col, self)
        rows = self.plan.rows
        last_row, last_col = to_row or row, to_col or col
        for r in range(row, last_row + 1):
            for c in range(col, last_col + 1):
                rows[r - 1][c - 1] = (None, style, fmt)
        rows[row - 1][col - 1] = (value if value != "" else None, style, fmt)
        if (last_row, last_col) != (row, col):
            self.plan.merges.append((row, col, last_row, last_col))

    def owner(self) -> str:
        """Whose form this is, for a notice: ``项目“档案室改造”``."""
        return f"项目“{self.p.name.strip() or self.plan.title}”"

    def field_place(self, row: int, col: int) -> str:
        """The owner and the label of the cell at (row, col), for a notice about its text:
        the label right beside it (``项目资金主要用途``), else the nearest label or column
        head above it (``年度目标``, ``年度指标值``)."""
        rows = self.plan.rows
        beside = rows[row - 1][col - 2] if col > 1 else None
        label = beside[0] if beside and beside[1] in _LABELS and isinstance(beside[0], str) \
            else None
        for r in range(row - 1, 0, -1):
            if label is not None:
                break
            above = rows[r - 1][col - 1] if col <= len(rows[r - 1]) else None
            if above and above[1] in _LABELS and isinstance(above[0], str):
                label = above[0]
        name = " ".join(str(label or "").split())
        return f"{self.owner()}的“{name}”" if name else self.owner()

    def pair_row(self, left: str, left_value: CellValue, right: str, right_value: CellValue) -> int:
        r = self.new_row()
        self.put(r, 1, left, "label")
        self.put(r, 2, left_value, "center", to_col=3)
        self.put(r, 4, right, "label")
        self.put(r, 5, right_value, "center", to_col=self.ncols)
        return r

    def wide_row(self, label: str, value: CellValue, style: str = "text") -> int:
        r = self.new_row()
        self.put(r, 1, label, "label")
        self.put(r, 2, value, style, to_col=self.ncols)
        return r

    # the parts of the form
    def build(self) -> SheetPlan:
        self.header()
        self.funding()
        self.purpose_and_plan()
        self.goals()
        self.indicators()
        self.size_rows()
        return self.plan

    def title_rows(self, title: str) -> None:
        """The form's title, its year, and the reporting unit with the money unit."""
        n = self.ncols
        r = self.new_row()
        self.put(r, 1, title, "title", to_col=n)
        self.plan.heights[r] = 32.0
        r = self.new_row()
        self.put(r, 1, f"（{self.doc.year}年度）", "subtitle", to_col=n)
        r = self.new_row()
        self.put(r, 1, f"填报单位（盖章）：{self.doc.reporting_unit}", "note_left", to_col=3)
        self.put(r, 4, f"单位：{self.doc.money_unit}", "note_right", to_col=n)

    def header(self) -> None:
        p = self.p
        self.title_rows(TITLE)
        if p.code or p.attribute:
            self.pair_row("项目编码", p.code, "项目属性", p.attribute)
        self.pair_row("项目名称", p.name, "项目实施期", period_text(p.period))
        self.pair_row("主管部门", p.department, "实施单位", p.implementer)
        if p.category:
            self.wide_row("项目类别", p.category, "center")

    def funding(self) -> None:
        f = self.p.funding
        labels = (("实施期金额", "年度金额"), ("其中：财政拨款", "其中：财政拨款"),
                  ("其他资金", "其他资金"))
        first = len(self.plan.rows) + 1
        for (left, right), part in zip(labels, ("total", "fiscal", "other"), strict=True):
            r = self.new_row()
            self.put(r, 2, left, "label")
            self._amount(r, 3, getattr(f.period, part))
            self.put(r, 4, right, "label")
            self._amount(r, 5, getattr(f.annual, part), to_col=self.ncols)
        self.put(first, 1, f"资金投入（{self.doc.money_unit}）", "label", to_row=first + 2)

    def _amount(self, row: int, col: int, value: Amount, to_col: int | None = None) -> None:
        shown = amount_value(value)
        style = "amount" if isinstance(shown, float) else "center"
        self.put(row, col, shown, style, amount_format(value), to_col=to_col)

    def purpose_and_plan(self) -> None:
        p = self.p
        if p.purpose:
            self.wide_row("项目资金主要用途", p.purpose)
        if any(p.spending_plan.get(m) is not None for m in MONTHS):
            r1, r2 = self.new_row(), self.new_row()
            self.put(r1, 1, "资金支出计划（%）", "label", to_row=r2)
            for i, month in enumerate(MONTHS):
                last = self.ncols if i == len(MONTHS) - 1 else None
                self.put(r1, 2 + i, f"{int(month)}月底", "label", to_col=last)
                shown = amount_value(p.spending_plan.get(month))
                self.put(r2, 2 + i, shown, "number" if isinstance(shown, float) else "center",
                         to_col=last)

    def goals(self) -> None:
        g = self.p.goals
        r1, r2 = self.new_row(), self.new_row()
        self.put(r1, 1, "绩效目标", "label", to_row=r2)
        split = 4 if self.ncols == 5 else 5  # two halves of about the same width
        self.put(r1, 2, "实施期目标", "label", to_col=split - 1)
        self.put(r1, split, "年度目标", "label", to_col=self.ncols)
        self.put(r2, 2, g.period, "goal", to_col=split - 1)
        self.put(r2, split, g.annual, "goal", to_col=self.ncols)

    def indicators(self) -> None:
        r = self.new_row()
        self.put(r, 1, "一级指标", "head")
        self.put(r, 2, "二级指标", "head")
        self.put(r, 3, "三级指标", "head", to_col=4)
        self.put(r, 5, "年度指标值", "head")
        for i, (label, _attr) in enumerate(self.extras):
            self.put(r, 6 + i, label, "head")
        self.plan.title_rows = f"{r}:{r}"
        for l1 in self.p.indicators:
            first1 = len(self.plan.rows) + 1
            level2s: list[Level2 | None] = [*l1.children] or [None]  # an empty group: one row
            for l2 in level2s:
                first2 = len(self.plan.rows) + 1
                indicators: list[Indicator | None] = [*l2.children] if l2 else []
                for ind in indicators or [None]:
                    row = self.new_row()
                    self.put(row, 3, ind.name if ind else "", "text", to_col=4)
                    self.put(row, 5, ind.value if ind else "", "center")
                    for i, (_label, attr) in enumerate(self.extras):
                        self.put(row, 6 + i, getattr(ind, attr) if ind else "", "text")
                last2 = len(self.plan.rows)
                self.put(first2, 2, l2.name if l2 else "", "center", to_row=last2)
            self.put(first1, 1, l1.name, "center", to_row=len(self.plan.rows))

    def size_rows(self) -> None:
        """Row heights from the text: lines needed in each cell's (merged) width."""
        plan = self.plan
        spans: dict[tuple[int, int], tuple[int, int]] = {
            (r1, c1): (r2, c2) for r1, c1, r2, c2 in plan.merges
        }
        tall: list[tuple[int, int, int]] = []
        for r, row in enumerate(plan.rows, start=1):
            if r in plan.heights:
                continue
            lines = 1
            for c, cell in enumerate(row, start=1):
                if not cell or not isinstance(cell[0], str):
                    continue
                text = cell[0]
                r2, c2 = spans.get((r, c), (r, c))
                width = sum(plan.widths[c - 1:c2])
                if r2 == r and len(text) * WIDE_UNITS <= width - 1.5 and "\n" not in text:
                    continue  # one line even if every character is wide
                need = line_count(text, width)
                if r2 > r:
                    tall.append((r, r2, need))
                else:
                    lines = max(lines, need)
            plan.heights[r] = round(lines * LINE_HEIGHT + 5, 1)
        for r1, r2, need in tall:
            have = sum(plan.heights[r] for r in range(r1, r2 + 1))
            missing = need * LINE_HEIGHT + 5 - have
            if missing > 0:
                plan.heights[r2] = round(plan.heights[r2] + missing, 1)
