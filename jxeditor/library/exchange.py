"""The user's library as an ``.xlsx`` workbook (to share within an office), and a new
project's tree from the most similar learned project.

The workbook has one sheet, 指标库, with a header row (:data:`COLUMNS`) and one row per
learned indicator, every text through the one cell-text guard of the workbooks
(:func:`~jxeditor.formats.xlsx.styles.put_text`: control characters dropped, a text
starting like a formula quoted). Importing adds the rows' projects to the library; a
project already there keeps its indicators and gains those it lacked; a 年度 that is no
year (``1e400``, 401 digits) counts as none, and a damaged workbook is one message.
"""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import Cell
from openpyxl.utils.escape import unescape

from jxeditor.document.model import Indicator, Level1, Level2
from jxeditor.errors import FileFormatError
from jxeditor.formats.xlsx.styles import put_text
from jxeditor.library.similarity import similarity
from jxeditor.library.store import Learned, UserLibrary
from jxeditor.storage.atomic import check_input, write_atomic

SHEET = "指标库"
COLUMNS: tuple[str, ...] = (
    "项目名称", "主管部门", "年度", "一级指标", "二级指标", "三级指标", "指标值", "指标解释",
    "指标值确定依据",
)


def export_xlsx(library: UserLibrary, path: Path) -> int:
    """Writes every learned indicator to ``path`` atomically; returns how many rows
    (raises :class:`FileFormatError` when it cannot write)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = SHEET
    sheet.append(list(COLUMNS))
    stored = library.entries()
    for number, item in enumerate(stored, start=2):
        r = item.row
        sheet.cell(row=number, column=3).value = r.year
        for col, text in zip((1, 2, 4, 5, 6, 7, 8, 9), (
                r.project, r.department, r.level1, r.level2, r.name, r.value, r.explanation,
                r.basis), strict=True):
            cell = sheet.cell(row=number, column=col)
            if isinstance(cell, Cell):  # a new sheet has no merged cells
                put_text(cell, text)
    for column, width in zip("ABCDEFGHI", (30, 16, 8, 12, 16, 30, 14, 40, 30), strict=True):
        sheet.column_dimensions[column].width = width
    buffer = io.BytesIO()
    book.save(buffer)
    write_atomic(path, buffer.getvalue())  # never half a workbook
    return len(stored)


def _text(value: object) -> str:
    """A cell's text as Excel shows it (OOXML's ``_xHHHH_`` escapes undone: openpyxl
    leaves them, python-calamine and Excel do not)."""
    if isinstance(value, str):
        return unescape(value).strip() if "_x" in value else value.strip()
    return "" if value is None else str(value).strip()


def _year(text: str) -> int:
    """``2026`` or ``2026.0`` as a year; anything else (``1e400``, 401 digits, ``²``) 0."""
    if not text or len(text) > 12:
        return 0
    try:
        value = float(text)
    except (ValueError, OverflowError):
        return 0
    return int(value) if value.is_integer() and 0 < value <= 9999 else 0


def read_xlsx(path: Path) -> list[Learned]:
    """The rows of a library workbook (columns found by their header)."""
    check_input(path)  # a pipe would make the reader wait for ever
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:
        raise FileFormatError(
            path, "不是可读的指标库工作簿（不是 .xlsx 工作簿，或文件已损坏）") from error
    try:
        sheet = book[SHEET] if SHEET in book.sheetnames else book.worksheets[0]
        rows = sheet.iter_rows(values_only=True)
        header = [_text(v) for v in next(rows, ())]
        missing = [c for c in ("项目名称", "二级指标", "三级指标") if c not in header]
        if missing:
            rows.close()  # the sheet's part stays open while the generator lives
            raise FileFormatError(path, f"指标库工作簿缺少列：{'、'.join(missing)}")
        at = {name: header.index(name) for name in COLUMNS if name in header}
        out: list[Learned] = []
        for row in rows:
            cells = {name: _text(row[i]) if i < len(row) else "" for name, i in at.items()}
            if not cells.get("项目名称") or not cells.get("三级指标"):
                continue
            out.append(Learned(
                cells["项目名称"], cells.get("主管部门", ""), _year(cells.get("年度", "")),
                cells.get("一级指标", ""), cells["二级指标"], cells["三级指标"],
                cells.get("指标值", ""), cells.get("指标解释", ""),
                cells.get("指标值确定依据", ""),
            ))
        return out
    except FileFormatError:
        raise
    except Exception as error:  # a cell the reader cannot take (<v>NaN</v> …): one message
        raise FileFormatError(path, "指标库工作簿已损坏，无法读取其中的单元格") from error
    finally:
        book.close()


def import_xlsx(library: UserLibrary, path: Path) -> int:
    """Adds a library workbook's indicators; returns how many were new."""
    return library.learn(read_xlsx(path), str(path), replace=False)


def similar_tree(library: UserLibrary, name: str) -> tuple[str, list[Level1]] | None:
    """The indicator tree (with values) of the learned project most like ``name``, and
    that project's name; None when there is none."""
    best: tuple[float, int, float, int] | None = None
    for project_id, project, _dept, year, learned in library.projects():
        key = (similarity(name, project), year, learned, project_id)
        if key[0] > 0 and (best is None or key > best):
            best = key
    if best is None:
        return None
    rows = library.project_rows(best[3])
    tree: list[Level1] = []
    for row in rows:
        if not tree or tree[-1].name != row.level1:
            tree.append(Level1(row.level1))
        level1 = tree[-1]
        if not level1.children or level1.children[-1].name != row.level2:
            level1.children.append(Level2(row.level2))
        level1.children[-1].children.append(
            Indicator(row.name, row.value, row.explanation, row.basis))
    return (rows[0].project if rows else "", tree)
