"""Export a document to an .xlsx workbook that looks like the paper form.

The workbook holds, in this order:

* ``汇总``: one row per project (code, name, department, amounts, error and warning
  counts from :func:`jxeditor.rules.validation.validate_project`), each name a link to its sheet.
* ``指标清单``: one row per third-level indicator, with autofilter and a frozen header,
  for filtering and pivot tables.
* one sheet per project in the form layout (layout A of ``domain.md``): title, budget
  year, reporting unit, header rows, the funding block, main use of funds and spending
  plan where present, the goals, then the indicator table with 一级/二级 cells merged
  downwards (绩效指标描述 / 指标值确定依据 columns only when the project has them). 宋体,
  borders, wrapped text, row heights estimated from the text, A4 portrait fit to one
  page wide with the table header repeated on every page.
* a hidden sheet ``_jxeditor`` with the whole document (the JSON of
  :mod:`jxeditor.formats.json_format`, compressed and base64-encoded in cells of at most 32,000
  characters, with its SHA-256) and a digest of every visible sheet's cell texts (see
  :mod:`jxeditor.formats.xlsx.common`). :mod:`jxeditor.formats.xlsx.reader` reads the document back
  exactly from it, and uses the digests to notice sheets edited after export.

Visible cells: text is always written as text, never as a formula (``=``, ``+``, ``-``,
``@`` at the start get the quote-prefix style, so Excel keeps them text when edited too).
Amounts that are decimal numbers are written as numbers when a float holds them exactly
(at most 15 significant digits), otherwise as text; unreadable amount text is written as
it is. Characters XML cannot store (control characters other than tab and line feed,
lone surrogates, U+FFFE/U+FFFF) are dropped from visible cells and text beyond 32,000
characters is cut; each such cell is reported in the returned notices. The hidden copy
keeps everything, so reading the file back still gives the exact document.

Writing uses openpyxl's write-only mode for the workbook, styles, column widths, merges,
page set-up and links; the ``<row>`` elements are formatted as XML text directly, with
cell styles registered once (:class:`_FormSheet`; five times faster than openpyxl's
per-cell elements). That relies on two openpyxl/et_xmlfile internals (the writer's
``write_row``/``write_merged_cells`` and the stream's raw ``_file``); when they are not
there, the same rows go through ordinary openpyxl cells. The file is written atomically
(:func:`jxeditor.formats.atomic.write_atomic`): a failed export leaves any old file as it was.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import math
import re
import zlib
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.cell_range import MultiCellRange
from openpyxl.worksheet.hyperlink import Hyperlink

from jxeditor.document.amounts import Amount, DateValue
from jxeditor.document.document import Document
from jxeditor.document.model import MONTHS, Period, Project
from jxeditor.formats.atomic import write_atomic
from jxeditor.formats.json_format import document_to_dict
from jxeditor.formats.xlsx.common import (
    LIST_HEADS,
    LIST_SHEET,
    META_MAGIC,
    META_SHEET,
    META_VERSION,
    SUMMARY_HEADS,
    SUMMARY_SHEET,
    cell_text,
    escape_cell_text,
    grid_digest,
    sheet_names,
    visible_text,
)

TITLE = "本级预算项目绩效目标表"
CHUNK = 32000
MAX_DIGITS = 15  # Excel keeps 15 significant digits of a number; longer amounts go as text
FONT_NAME = "宋体"
LINE_HEIGHT = 15.0  # points per line of 11 pt 宋体
WIDE_UNITS = 2.0  # column-width units of one CJK character at 11 pt
NARROW_UNITS = 1.15
_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]"
)
_FORMULA_START = ("=", "+", "-", "@")

# -- styles --------------------------------------------------------------------------
_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_NONE = Border()
_BODY = Font(name=FONT_NAME, size=11)
_BOLD = Font(name=FONT_NAME, size=11, bold=True)
_HEAD_FILL = PatternFill("solid", fgColor="F2F2F2")
_NO_FILL = PatternFill()


def _align(horizontal: str, vertical: str = "center", wrap: bool = True) -> Alignment:
    return Alignment(horizontal=horizontal, vertical=vertical, wrap_text=wrap)


# name: (font, border, alignment, fill, number format)
_STYLE_SPECS: dict[str, tuple[Font, Border, Alignment, PatternFill, str]] = {
    "title": (Font(name=FONT_NAME, size=18, bold=True), _NONE, _align("center"), _NO_FILL,
              "General"),
    "subtitle": (_BODY, _NONE, _align("center"), _NO_FILL, "General"),
    "note_left": (_BODY, _NONE, _align("left", wrap=False), _NO_FILL, "General"),
    "note_right": (_BODY, _NONE, _align("right", wrap=False), _NO_FILL, "General"),
    "label": (_BODY, _BOX, _align("center"), _NO_FILL, "General"),
    "head": (_BOLD, _BOX, _align("center"), _HEAD_FILL, "General"),
    "center": (_BODY, _BOX, _align("center"), _NO_FILL, "General"),
    "text": (_BODY, _BOX, _align("left"), _NO_FILL, "General"),
    "goal": (_BODY, _BOX, _align("left", "top"), _NO_FILL, "General"),
    "amount": (_BODY, _BOX, _align("right"), _NO_FILL, "0.00##"),
    "number": (_BODY, _BOX, _align("center"), _NO_FILL, "General"),
    # list sheets: one line per row (rows without a set height do not grow in Excel)
    "list": (_BODY, _NONE, _align("left", "top", wrap=False), _NO_FILL, "General"),
    "list_amount": (_BODY, _NONE, _align("right", "top", wrap=False), _NO_FILL, "0.00##"),
    "list_head": (_BOLD, _BOX, _align("center"), _HEAD_FILL, "General"),
    "link": (Font(name=FONT_NAME, size=11, color="0563C1", underline="single"), _NONE,
             _align("left", "top", wrap=False), _NO_FILL, "General"),
}


class _StyleHolder:
    """Stands in for a worksheet while styles are registered with the workbook."""

    def __init__(self, wb: Workbook) -> None:
        self.parent = wb


class _Styles:
    """Cell styles registered once per workbook and copied onto cells (fast).

    Setting ``font``/``border``/... on every cell makes openpyxl hash the style objects
    each time; here each combination is registered once and its style array is given to
    new cells directly.
    """

    def __init__(self, wb: Workbook) -> None:
        self._holder = _StyleHolder(wb)
        self._arrays: dict[tuple[str, bool, str | None], object] = {}
        self._ids: dict[tuple[str, bool, str | None], int] = {}

    def array(self, name: str, quote: bool = False, fmt: str | None = None) -> object:
        key = (name, quote, fmt)
        arr = self._arrays.get(key)
        if arr is None:
            font, border, alignment, fill, number_format = _STYLE_SPECS[name]
            cell = Cell(self._holder)  # type: ignore[arg-type]
            cell.font = font
            cell.border = border
            cell.alignment = alignment
            cell.fill = fill
            cell.number_format = fmt or number_format
            if quote:
                cell.quotePrefix = True
            arr = cell._style
            self._arrays[key] = arr
        return arr

    def cell(self, ws: object, row: int, col: int, value: object, name: str,
             fmt: str | None = None) -> Cell:
        """A styled cell; text is always a string cell ('s'), never a formula."""
        is_text = isinstance(value, str)
        quote = is_text and value.startswith(_FORMULA_START)  # type: ignore[union-attr]
        cell = Cell(ws, row, col, style_array=self.array(name, quote, fmt))  # type: ignore[arg-type]
        if is_text:
            cell._value = value
            cell.data_type = "s"
        elif value is not None:
            cell.value = value
        return cell

    def style_id(self, name: str, quote: bool, fmt: str | None) -> int:
        """The workbook's cell-format index (the ``s`` attribute) of a style."""
        key = (name, quote, fmt)
        sid = self._ids.get(key)
        if sid is None:
            sid = self._holder.parent._cell_styles.add(self.array(name, quote, fmt))
            self._ids[key] = sid
        return sid


class _FormSheet(WriteOnlyWorksheet):
    """A write-only sheet whose rows arrive as finished ``<row>`` XML text.

    openpyxl builds an element per cell and serialises it in pure Python (about 25 µs a
    cell); the rows here are formatted directly (about 1 µs a cell) and handed to the
    same output stream. Everything else (columns, merges, page set-up, hyperlinks,
    defined names, the workbook and styles parts) is still written by openpyxl. If the
    stream does not offer raw output (a different et_xmlfile), :func:`_write_sheet` falls
    back to openpyxl cells.
    """

    def _values_to_row(self, values: object, row_idx: int) -> object:
        return values

    def raw_rows_supported(self) -> bool:
        self._get_writer()  # type: ignore[attr-defined]
        xf = self._writer.xf.send(True)  # type: ignore[attr-defined, union-attr]
        self._writer.xf.send(None)  # type: ignore[attr-defined, union-attr]
        return callable(getattr(xf, "_file", None))

    def _install_raw_writer(self, merges: list[str]) -> None:
        writer = self._writer  # type: ignore[attr-defined]

        def write_row(xf: object, row: object, row_idx: int) -> None:
            if isinstance(row, tuple):  # (row XML,): see _write_sheet
                xf._file(row[0])  # type: ignore[attr-defined]
            else:
                original(xf, row, row_idx)

        def write_merged_cells() -> None:
            if merges:
                xf = writer.xf.send(True)
                refs = "".join(f'<mergeCell ref="{ref}"/>' for ref in merges)
                xf._file(f'<mergeCells count="{len(merges)}">{refs}</mergeCells>')
                writer.xf.send(None)

        original = writer.write_row
        writer.write_row = write_row
        writer.write_merged_cells = write_merged_cells


def _xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_LETTERS = [get_column_letter(i) for i in range(1, 65)]


def _row_xml(plan: SheetPlan, r: int, row: list[tuple[object, str, str | None] | None],
             styles: _Styles) -> str:
    height = plan.heights.get(r)
    parts = [f'<row r="{r}" ht="{height}" customHeight="1">' if height else f'<row r="{r}">']
    for c, spec in enumerate(row, start=1):
        if spec is None:
            continue
        value, style, fmt = spec
        ref = f"{_LETTERS[c - 1]}{r}"
        if isinstance(value, str) and value:
            sid = styles.style_id(style, value.startswith(_FORMULA_START), fmt)
            text = _xml_text(escape_cell_text(value))
            parts.append(f'<c r="{ref}" s="{sid}" t="inlineStr"><is>'
                         f'<t xml:space="preserve">{text}</t></is></c>')
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            sid = styles.style_id(style, False, fmt)
            number = repr(value) if isinstance(value, float) else str(int(value))
            parts.append(f'<c r="{ref}" s="{sid}" t="n"><v>{number}</v></c>')
        else:
            parts.append(f'<c r="{ref}" s="{styles.style_id(style, False, fmt)}"/>')
    parts.append("</row>")
    return "".join(parts)


# -- values for visible cells ---------------------------------------------------------
def amount_value(value: Amount) -> float | str | None:
    """A number when Excel holds the amount exactly (≤ 15 digits), else text; None if blank."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        if value.is_finite() and len(value.normalize().as_tuple().digits) <= MAX_DIGITS:
            number = float(value)
            if math.isfinite(number) and Decimal(repr(number)) == value:
                return number
        return format(value, "f") if value.is_finite() else str(value)
    return value


def amount_format(value: Amount) -> str | None:
    """'0.00##', widened when an amount has more than 4 decimals."""
    if isinstance(value, Decimal) and value.is_finite():
        exponent = value.normalize().as_tuple().exponent
        decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        if decimals > 4:
            return "0.00" + "#" * (decimals - 2)
    return None


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
    wide = len(_WIDE.findall(text))
    return wide * WIDE_UNITS + (len(text) - wide) * NARROW_UNITS


def line_count(text: str, width: float) -> int:
    """How many lines wrapped text needs in a cell ``width`` units wide."""
    usable = max(width - 1.5, 1.0)
    return sum(max(1, math.ceil(display_width(line) / usable)) for line in text.split("\n"))


# -- the sheet plan ---------------------------------------------------------------------
@dataclass
class SheetPlan:
    """What one sheet holds, independent of openpyxl: cells, merges, sizes, print set-up."""

    title: str
    widths: list[float]
    rows: list[list[tuple[object, str, str | None] | None]] = field(default_factory=list)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    heights: dict[int, float] = field(default_factory=dict)
    title_rows: str | None = None
    freeze: str | None = None
    autofilter: str | None = None
    orientation: str = "portrait"
    state: str = "visible"
    links: dict[tuple[int, int], str] = field(default_factory=dict)

    def grid(self) -> list[list[str]]:
        """The cell texts a reader will see (for the edit-detection digest)."""
        return [[cell_text(c[0]) if c else "" for c in row] for row in self.rows]


class _Notes:
    """Collects notices about visible cells that could not hold their text."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def text(self, value: str, sheet: str, row: int, col: int) -> str:
        clean, changed = visible_text(value)
        if changed:
            self.items.append(
                f"工作表“{sheet}”单元格 {get_column_letter(col)}{row}：文字含有 Excel 无法保存的"
                "字符或超过单元格长度上限，表格中已删去这些字符或截断；完整内容保存在隐藏的数据中"
            )
        return clean


class _FormBuilder:
    """Lays out one project in the form layout."""

    def __init__(self, doc: Document, project: Project, title: str, notes: _Notes) -> None:
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

    def put(self, row: int, col: int, value: object, style: str, fmt: str | None = None,
            to_row: int | None = None, to_col: int | None = None) -> None:
        if isinstance(value, str):
            value = self.notes.text(value, self.plan.title, row, col)
        rows = self.plan.rows
        last_row, last_col = to_row or row, to_col or col
        for r in range(row, last_row + 1):
            for c in range(col, last_col + 1):
                rows[r - 1][c - 1] = (None, style, fmt)
        rows[row - 1][col - 1] = (value if value != "" else None, style, fmt)
        if (last_row, last_col) != (row, col):
            self.plan.merges.append((row, col, last_row, last_col))

    def pair_row(self, left: str, left_value: object, right: str, right_value: object) -> int:
        r = self.new_row()
        self.put(r, 1, left, "label")
        self.put(r, 2, left_value, "center", to_col=3)
        self.put(r, 4, right, "label")
        self.put(r, 5, right_value, "center", to_col=self.ncols)
        return r

    def wide_row(self, label: str, value: object, style: str = "text") -> int:
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

    def header(self) -> None:
        p, n = self.p, self.ncols
        r = self.new_row()
        self.put(r, 1, TITLE, "title", to_col=n)
        self.plan.heights[r] = 32.0
        r = self.new_row()
        self.put(r, 1, f"（{self.doc.year}年度）", "subtitle", to_col=n)
        r = self.new_row()
        self.put(r, 1, f"填报单位（盖章）：{self.doc.reporting_unit}", "note_left", to_col=3)
        self.put(r, 4, f"单位：{self.doc.money_unit}", "note_right", to_col=n)
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
            for l2 in l1.children or [None]:
                first2 = len(self.plan.rows) + 1
                for ind in (l2.children if l2 else None) or [None]:
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
                r2, c2 = spans.get((r, c), (r, c))
                need = line_count(cell[0], sum(plan.widths[c - 1:c2]))
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


# -- summary and indicator list --------------------------------------------------------
def _problem_counts(doc: Document, index: int) -> tuple[int, int]:
    from jxeditor.rules.validation import validate_project

    problems = validate_project(doc, index)
    errors = sum(1 for p in problems if p.severity == "error")
    return errors, sum(1 for p in problems if p.severity == "warning")


def _summary_plan(doc: Document, titles: list[str], notes: _Notes) -> SheetPlan:
    heads = SUMMARY_HEADS
    plan = SheetPlan(title=SUMMARY_SHEET, widths=[14, 36, 30, 13, 13, 13, 13, 8, 8],
                     freeze="A2", title_rows="1:1", orientation="landscape")
    plan.rows.append([(h, "list_head", None) for h in heads])
    for i, (p, title) in enumerate(zip(doc.projects, titles, strict=True)):
        errors, warnings = _problem_counts(doc, i)
        r = len(plan.rows) + 1
        amounts = (p.funding.period.total, p.funding.annual.total, p.funding.annual.fiscal,
                   p.funding.annual.other)
        row: list[tuple[object, str, str | None] | None] = [
            (notes.text(p.code, SUMMARY_SHEET, r, 1) or None, "list", None),
            (notes.text(p.name, SUMMARY_SHEET, r, 2) or title, "link", None),
            (notes.text(p.department, SUMMARY_SHEET, r, 3) or None, "list", None),
        ]
        for a in amounts:
            shown = amount_value(a)
            if isinstance(shown, str):
                shown = notes.text(shown, SUMMARY_SHEET, r, len(row) + 1)
            row.append((shown, "list_amount", amount_format(a)))
        row += [(errors, "list", None), (warnings, "list", None)]
        plan.rows.append(row)
        plan.links[(r, 2)] = title
    plan.autofilter = f"A1:I{len(plan.rows)}"
    return plan


def _list_plan(doc: Document, notes: _Notes) -> SheetPlan:
    heads = LIST_HEADS
    plan = SheetPlan(title=LIST_SHEET, widths=[30, 12, 16, 36, 16, 30, 30], freeze="A2",
                     title_rows="1:1", orientation="landscape")
    plan.rows.append([(h, "list_head", None) for h in heads])
    for p in doc.projects:
        for l1 in p.indicators:
            for l2 in l1.children:
                for ind in l2.children:
                    r = len(plan.rows) + 1
                    texts = (p.name, l1.name, l2.name, ind.name, ind.value, ind.description,
                             ind.basis)
                    plan.rows.append([
                        (notes.text(t, LIST_SHEET, r, c) or None, "list", None)
                        for c, t in enumerate(texts, start=1)
                    ])
    plan.autofilter = f"A1:G{len(plan.rows)}"
    return plan


# -- the hidden metadata -----------------------------------------------------------------
def document_blob(doc: Document) -> tuple[list[str], str]:
    """The document's JSON, compressed, base64 in chunks; and the JSON's SHA-256."""
    text = json.dumps(document_to_dict(doc), ensure_ascii=True, separators=(",", ":"))
    raw = text.encode("ascii")
    packed = base64.b64encode(zlib.compress(raw, 6)).decode("ascii")
    chunks = [packed[i:i + CHUNK] for i in range(0, len(packed), CHUNK)] or [""]
    return chunks, hashlib.sha256(raw).hexdigest()


def _meta_plan(doc: Document, plans: list[tuple[str, int | None, SheetPlan]]) -> SheetPlan:
    plan = SheetPlan(title=META_SHEET, widths=[12, 40, 10, 70], state="hidden")

    def add(*values: object) -> None:
        plan.rows.append([(v, "list", None) for v in values])

    add(META_MAGIC, META_VERSION, "本工作表由 jxeditor 生成，保存完整的文档数据，请勿修改")
    for role, index, sheet in plans:
        add("sheet", role, sheet.title, "" if index is None else str(index),
            grid_digest(sheet.grid()))
    chunks, digest = document_blob(doc)
    add("json-sha256", digest, str(len(chunks)))
    for chunk in chunks:
        add("json", chunk)
    return plan


# -- writing ----------------------------------------------------------------------------
def _setup_sheet(ws: object, plan: SheetPlan) -> None:
    for i, width in enumerate(plan.widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width  # type: ignore[attr-defined]
    ws.sheet_state = plan.state  # type: ignore[attr-defined]
    if plan.freeze:
        ws.freeze_panes = plan.freeze  # type: ignore[attr-defined]
    if plan.autofilter:
        ws.auto_filter.ref = plan.autofilter  # type: ignore[attr-defined]
    if plan.title_rows:
        setup = ws.page_setup  # type: ignore[attr-defined]
        setup.paperSize = 9  # A4
        setup.orientation = plan.orientation
        setup.fitToWidth = 1
        setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True  # type: ignore[attr-defined]
        ws.print_options.horizontalCentered = True  # type: ignore[attr-defined]
        margins = ws.page_margins  # type: ignore[attr-defined]
        margins.left = margins.right = 0.5
        margins.top = margins.bottom = 0.6
        margins.header = margins.footer = 0.3
        ws.print_title_rows = plan.title_rows  # type: ignore[attr-defined]


def _write_sheet(wb: Workbook, styles: _Styles, plan: SheetPlan) -> None:
    ws = _FormSheet(parent=wb, title=plan.title)
    wb._add_sheet(ws)
    _setup_sheet(ws, plan)
    merges = [f"{_LETTERS[c1 - 1]}{r1}:{_LETTERS[c2 - 1]}{r2}" for r1, c1, r2, c2 in plan.merges]
    raw = ws.raw_rows_supported()
    if raw:
        ws._install_raw_writer(merges)
        for (r, c), target in plan.links.items():
            ws._hyperlinks.append(  # type: ignore[attr-defined]
                Hyperlink(ref=f"{_LETTERS[c - 1]}{r}", location=_sheet_ref(target)))
    elif merges:
        ws.merged_cells = MultiCellRange(" ".join(merges))
    for r, row in enumerate(plan.rows, start=1):
        ws.append((_row_xml(plan, r, row, styles),) if raw else _row_cells(ws, plan, r, row, styles))


def _row_cells(ws: _FormSheet, plan: SheetPlan, r: int,
               row: list[tuple[object, str, str | None] | None], styles: _Styles) -> list[Cell]:
    """The same row as openpyxl cells (the slow, fully public path)."""
    if r in plan.heights:
        ws.row_dimensions[r].height = plan.heights[r]
    cells: list[Cell] = []
    for c, spec in enumerate(row, start=1):
        if spec is None:
            continue
        value, style, fmt = spec
        if isinstance(value, str):
            value = escape_cell_text(value) or None
        cell = styles.cell(ws, r, c, value, style, fmt)
        target = plan.links.get((r, c))
        if target is not None:
            cell.hyperlink = Hyperlink(ref=cell.coordinate, location=_sheet_ref(target))
        cells.append(cell)
    return cells


def _sheet_ref(title: str) -> str:
    return "'" + title.replace("'", "''") + "'!A1"


def plan_workbook(doc: Document) -> tuple[list[SheetPlan], list[str]]:
    """All sheets of the export, in order, and the notices about visible cells."""
    notes = _Notes()
    titles = sheet_names([p.name for p in doc.projects])
    forms = [
        _FormBuilder(doc, p, t, notes).build() for p, t in zip(doc.projects, titles, strict=True)
    ]
    summary = _summary_plan(doc, titles, notes)
    listing = _list_plan(doc, notes)
    roles: list[tuple[str, int | None, SheetPlan]] = [
        ("summary", None, summary), ("list", None, listing),
        *(("project", i, plan) for i, plan in enumerate(forms)),
    ]
    plans = [summary, listing, *forms, _meta_plan(doc, roles)]
    return plans, notes.items


def workbook_bytes(doc: Document) -> tuple[bytes, list[str]]:
    """The .xlsx file's bytes, and the notices about visible cells."""
    plans, notices = plan_workbook(doc)
    wb = Workbook(write_only=True)
    styles = _Styles(wb)
    for plan in plans:
        _write_sheet(wb, styles, plan)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue(), notices


def save_xlsx(doc: Document, path: str | Path) -> list[str]:
    """Writes the document as an .xlsx workbook, atomically; returns the notices."""
    data, notices = workbook_bytes(doc)
    write_atomic(path, data)
    return notices


def save_workbook(doc: Document, path: str | Path) -> None:
    """What :func:`jxeditor.formats.documents.save_document` calls: :func:`save_xlsx`, notices dropped."""
    save_xlsx(doc, path)
