"""What one exported sheet holds, independent of openpyxl: :class:`SheetPlan`.

The reader imports this module too (the hidden sheet's plan), so it imports no openpyxl.

The layouts (:mod:`~jxeditor.formats.xlsx.form_layout`,
:mod:`~jxeditor.formats.xlsx.summary_sheets`, :mod:`~jxeditor.formats.xlsx.hidden_sheet`)
make plans; :mod:`~jxeditor.formats.xlsx.writer` writes them. Also here: how an amount
stands in a visible cell (:func:`amount_value`, :func:`amount_format`) and the notices
about text a visible cell cannot hold (:class:`Notes`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Protocol

from jxeditor.document.amounts import Amount
from jxeditor.formats.tables.grid_rows import column_letter
from jxeditor.formats.xlsx.common import CELL_TEXT_LIMIT, cell_text, visible_text

MAX_DIGITS = 15  # Excel keeps 15 significant digits of a number; longer amounts go as text

CellValue = str | int | float | None
CellSpec = tuple[CellValue, str, str | None]  # (value, style name, number format or None)
Row = list[CellSpec | None]  # None: no cell (the rest of a merged range)


@dataclass
class SheetPlan:
    """What one sheet holds, independent of openpyxl: cells, merges, sizes, print set-up."""

    title: str
    widths: list[float]
    rows: list[Row] = field(default_factory=list)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    heights: dict[int, float] = field(default_factory=dict)
    title_rows: str | None = None
    freeze: str | None = None
    autofilter: str | None = None
    orientation: str = "portrait"
    state: str = "visible"
    links: dict[tuple[int, int], str] = field(default_factory=dict)

    def header_rows(self) -> range:
        """The rows (1-based) repeated at the top of each printed page after the first:
        those of :attr:`title_rows` (``"12:12"``, the indicator table's header), or none."""
        if not self.title_rows:
            return range(0)
        first, _, last = self.title_rows.partition(":")
        try:
            return range(int(first), int(last or first) + 1)
        except ValueError:
            return range(0)

    def grid(self) -> list[list[str]]:
        """The cell texts a reader will see (for the edit-detection digest)."""
        return [[cell_text(c[0]) if c else "" for c in row] for row in self.rows]


class Placed(Protocol):
    """What laid out a cell and can name it: whose it is and under which label."""

    def field_place(self, row: int, col: int) -> str:
        """``项目“档案室改造”的“年度目标”``: the owner and the label of the cell."""
        ...


class Notes:
    """Collects notices about visible cells that could not hold their text: the one
    path every output that cuts a text reports it by (the ``.xlsx`` export, whose hidden
    copy keeps the text whole; ``printed``: the PDF and the printer, which keep nothing
    else, and name the project, the field and how much of the text was printed)."""

    def __init__(self, printed: bool = False) -> None:
        self.items: list[str] = []
        self.printed = printed

    def text(self, value: str, sheet: str, row: int, col: int,
             form: Placed | None = None) -> str:
        clean, changed = visible_text(value)
        if changed:
            cell = f"工作表“{sheet}”单元格 {column_letter(col - 1)}{row}"
            if self.printed:
                place = form.field_place(row, col) if form is not None else cell + "的文字"
                self.items.append(self._printed(value, clean, place))
            else:
                self.items.append(f"{cell}：文字含有 Excel 无法保存的字符或超过单元格长度上限，"
                                  "表格中已删去这些字符或截断；完整内容保存在隐藏的数据中")
        return clean

    @staticmethod
    def _printed(value: str, clean: str, place: str) -> str:
        whole = visible_text(value, limit=2 * len(value) + 1)[0]  # cleaned, not cut
        if len(clean) >= len(whole):
            return f"{place}含有无法印出的控制字符，已略去（文档中保留原文）"
        return (f"{place}共 {len(whole):,} 字，超过表格一格能容纳的 {CELL_TEXT_LIMIT:,} 字："
                f"只印出了前 {len(clean):,} 字（文档中保留全文）")


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
