"""The 修改说明 workbook: every change between two versions, to hand in with a resubmission.

One sheet 修改说明: a title, the two files compared and the date, then a table with
one row per change (序号, 项目, 修改类型, 修改位置, 修改前, 修改后, 说明), grouped by
project (a bold row names each project; document-wide changes come first under 文档),
the 说明 column left empty for the department's own words. Printed in landscape, fitted
to the page width, the table header repeated on every page. Every text goes through the
one cell-text guard (:func:`~jxeditor.formats.xlsx.styles.put_text`): one that starts
like a formula (``=``, ``+``, ``-``, ``@``) stays text, control characters are dropped
and overlong text is cut, which :func:`save_change_report` says. Written atomically.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from jxeditor.formats.xlsx.styles import FONT_NAME, cut_notice, put_text
from jxeditor.storage.atomic import write_atomic
from jxeditor.yearly.compare import Difference

SHEET = "修改说明"
HEADERS: tuple[str, ...] = ("序号", "项目", "修改类型", "修改位置", "修改前", "修改后", "说明")
WIDTHS: tuple[int, ...] = (6, 24, 14, 36, 30, 30, 24)
HEADER_ROW = 4
DOCUMENT = "文档"

_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_BODY = Font(name=FONT_NAME, size=10)
_BOLD = Font(name=FONT_NAME, size=10, bold=True)
_TITLE = Font(name=FONT_NAME, size=16, bold=True)
_HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
_GROUP_FILL = PatternFill("solid", fgColor="F2F2F2")
_WRAP = Alignment(vertical="top", wrap_text=True)
_CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)


class _Sheet:
    """The sheet being written, and how many of its texts had to be cleaned or cut."""

    def __init__(self, ws: Worksheet) -> None:
        self.ws = ws
        self.cut = 0

    def put(self, row: int, col: int, value: str | int | None, *, font: Font = _BODY,
            fill: PatternFill | None = None, boxed: bool = True) -> Cell | MergedCell:
        cell = self.ws.cell(row=row, column=col)
        if isinstance(value, str) and isinstance(cell, Cell):
            self.cut += put_text(cell, value)  # the one cell-text guard
        elif value is not None:
            cell.value = value
        cell.font = font
        cell.alignment = _CENTRE if col in (1, 3) or font is _BOLD else _WRAP
        if fill is not None:
            cell.fill = fill
        if boxed:
            cell.border = _BOX
        return cell


def _grouped(changes: list[Difference]) -> list[tuple[str, list[Difference]]]:
    """The changes by project, in their order (one project's changes may not be adjacent
    when a project appears twice; they are put together at its first place)."""
    groups: dict[str, list[Difference]] = {}
    for change in changes:
        groups.setdefault(change.project or DOCUMENT, []).append(change)
    return list(groups.items())


def change_report(changes: list[Difference], *, old_name: str = "", new_name: str = "",
                  today: date | None = None) -> Workbook:
    """The 修改说明 workbook of ``changes`` (``old_name``/``new_name``: the files shown)."""
    return _change_report(changes, old_name, new_name, today)[0]


def _change_report(changes: list[Difference], old_name: str, new_name: str,
                   today: date | None) -> tuple[Workbook, int]:
    """The workbook and how many of its texts were cleaned or cut."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    sheet = _Sheet(ws)
    ws.title = SHEET
    last = len(HEADERS)
    sheet.put(1, 1, "修改说明", font=_TITLE, boxed=False).alignment = _CENTRE
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last)
    ws.row_dimensions[1].height = 30
    when = (today or date.today()).isoformat()
    sheet.put(2, 1, f"原文件：{old_name or '—'}　修改后：{new_name or '—'}　"
                   f"共 {len(changes)} 处修改　生成日期：{when}", boxed=False)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=last)
    for col, (title, width) in enumerate(zip(HEADERS, WIDTHS, strict=True), start=1):
        sheet.put(HEADER_ROW, col, title, font=_BOLD, fill=_HEAD_FILL)
        ws.column_dimensions[chr(ord("A") + col - 1)].width = width
    row = HEADER_ROW + 1
    number = 0
    for project, items in _grouped(changes):
        sheet.put(row, 1, f"{project}（{len(items)} 处）", font=_BOLD, fill=_GROUP_FILL)
        for col in range(2, last + 1):
            sheet.put(row, col, None, fill=_GROUP_FILL)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last)
        row += 1
        for change in items:
            number += 1
            values: tuple[str | int, ...] = (number, project, change.label, change.location, change.old or "",
                      change.new or "", "")
            for col, value in enumerate(values, start=1):
                sheet.put(row, col, value)
            row += 1
    if not changes:
        sheet.put(row, 1, "两个版本之间没有修改")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last)
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    return wb, sheet.cut


def save_change_report(changes: list[Difference], path: str | Path, *, old_name: str = "",
                       new_name: str = "") -> list[str]:
    """Writes the 修改说明 workbook to ``path`` atomically (raises
    :class:`~jxeditor.errors.FileFormatError` when it cannot); returns the notices (texts
    cleaned or cut in the cells)."""
    buffer = io.BytesIO()
    wb, cut = _change_report(changes, old_name, new_name, None)
    wb.save(buffer)
    write_atomic(path, buffer.getvalue())
    return [cut_notice("修改说明", cut)] if cut else []
