"""The sheets of a workbook as python-calamine reads them: :class:`SheetGrid`, one per sheet.

:func:`read_grids` passes the file through :mod:`jxeditor.formats.safety` first (zip bombs,
encrypted files, DTDs and files that are no workbook are refused with a Chinese
:class:`FileFormatError`); python-calamine then reads the same bytes, and the scan for
percent formats and formulas (:mod:`.percent`) uses the XML the safety checks unpacked
already. A grid's ``rows`` are the cell texts row by row (``''`` for empty; numbers as
people wrote them, ``1443.08`` not ``1443.0800000001``; dates as ISO text; booleans as
``TRUE``/``FALSE``; in .xlsx and .ods, numbers shown as percentages as ``95%``), made on
first use: a sheet that matches the hidden document of our own export only needs its digest.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from python_calamine import CalamineError, CalamineWorkbook, PasswordError

from jxeditor.document.model import Project, iter_indicators
from jxeditor.document.stages import formula_cells
from jxeditor.errors import FileFormatError
from jxeditor.formats.safety import check_workbook
from jxeditor.formats.tables.grid_rows import column_letter
from jxeditor.formats.xlsx.common import cell_text, grid_digest
from jxeditor.formats.xlsx.percent import CellInfo, percent_text


class SheetGrid:
    """One sheet: cell values as read, their texts (``rows``), merged ranges, visibility.

    ``rows`` (one list of cell texts per row, ``''`` for empty) is made on first use:
    sheets that match the hidden document only need their digest.
    """

    def __init__(self, name: str, values: list[list[Any]],
                 merged: list[tuple[int, int, int, int]] | None = None,
                 visible: bool = True,
                 percent: Callable[[], set[tuple[int, int]]] | None = None,
                 formulas: Callable[..., dict[tuple[int, int], str]] | None = None,
                 digest: str | None = None) -> None:
        self.name = name
        self._digest = digest  # known: an unchanged sheet of our export (see unchanged.py)
        self.values = values
        self.merged = merged or []  # (first row, first col, last row, last col), 0-based
        self.visible = visible
        self._percent = percent
        self._formulas = formulas
        self._rows: list[list[str]] | None = None
        self.notices: list[str] = []  # what reading the cells changed, for the import notices
        self._notice_cells: dict[int, str] = {}  # a notice's index → its cell (H13)

    @property
    def rows(self) -> list[list[str]]:
        if self._rows is None:
            rows = _to_grid(self.values)
            for r, c in self._percent() if self._percent else ():
                value = self.values[r][c] if r < len(rows) and c < len(rows[r]) else None
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    rows[r][c] = percent_text(value)
            for (r, c), formula in (self._formulas() if self._formulas else {}).items():
                if r < len(rows) and c < len(rows[r]) and not rows[r][c].strip():
                    rows[r][c] = formula
                    cell = self._notice_cells[len(self.notices)] = f"{column_letter(c)}{r + 1}"
                    self.notices.append(f"工作表“{self.name}”单元格 {cell} 是没有计算结果的公式"
                                        f"“{formula}”，已按文字读入：请在表格中去掉开头的“=”")
            self._rows = rows
        return self._rows

    def head(self) -> tuple[str, ...]:
        """The first row's cell texts, trimmed, without making the other rows' texts: what
        tells a header of labels (a percent's or a lost formula's text, the only texts
        ``rows`` adds, is never a label)."""
        row = self._rows[0] if self._rows else self.values[0] if self.values else []
        return tuple(cell_text(v).strip() for v in row)

    def notices_besides(self, projects: list[Project]) -> list[str]:
        """The notices but those of a formula kept as a 分值 or 得分 (the rules report it)."""
        if not self.notices:
            return []  # nothing to leave out: the indicators need no look
        reported = formula_cells(v for p in projects for *_p, ind in iter_indicators(p)
                                 if ind.evaluation for v in (ind.evaluation.points, ind.evaluation.score))
        return [n for i, n in enumerate(self.notices) if (self.name, self._notice_cells.get(i)) not in reported]

    def every_formula(self) -> dict[tuple[int, int], str]:
        """(row, column) → ``=…`` of every formula of the sheet, computed or not."""
        return self._formulas(every=True) if self._formulas else {}

    def digest(self) -> str:
        return self._digest if self._digest is not None else grid_digest(self.values)


def _to_grid(values: list[list[Any]]) -> list[list[str]]:
    """The cell texts of each row: a copy of a row of texts only (most rows: the join
    tells it at C speed), else each value's text."""
    rows: list[list[str]] = []
    for row in values:
        try:
            "".join(row)
        except TypeError:  # a number, a date or a boolean in the row
            rows.append([v if isinstance(v, str) else cell_text(v) for v in row])
        else:
            rows.append(row.copy())
    return rows


def _merged(sheet: Any) -> list[tuple[int, int, int, int]]:
    ranges = getattr(sheet, "merged_cell_ranges", None) or []
    return [(r1, c1, r2, c2) for (r1, c1), (r2, c2) in ranges]


def read_grids(path: str | Path) -> list[SheetGrid]:
    """All sheets of a workbook as cell-text grids, in workbook order."""
    p = Path(path)
    checked = check_workbook(p)  # the file is read once; its XML unpacked once for our own scans
    info = CellInfo(checked.data, checked.parts) if checked.kind == "zip" else CellInfo(b"")
    try:
        wb = CalamineWorkbook.from_filelike(io.BytesIO(checked.data))
        grids: list[SheetGrid] = []
        with wb:
            for meta in wb.sheets_metadata:
                if str(meta.typ).rsplit(".", 1)[-1] not in ("WorkSheet", "Worksheet"):
                    continue
                sheet = wb.get_sheet_by_name(meta.name)
                grids.append(SheetGrid(
                    meta.name,
                    sheet.to_python(skip_empty_area=False),
                    _merged(sheet),
                    str(meta.visible).rsplit(".", 1)[-1] == "Visible",
                    partial(info.percent, meta.name),
                    partial(info.formulas, meta.name),
                ))
    except PasswordError:
        raise FileFormatError(p, "工作簿设有密码（已加密），无法读取；请取消密码后再打开") from None
    except (CalamineError, ValueError, OSError) as error:
        raise FileFormatError(p, f"无法读取工作簿（文件可能已损坏）：{_reason(error)}") from None
    except (KeyboardInterrupt, SystemExit, MemoryError):
        raise
    except BaseException as error:  # a panic inside the Rust reader is a BaseException
        raise FileFormatError(p, f"无法读取工作簿（文件可能已损坏）：{_reason(error)}") from None
    return grids


def _reason(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return (text[0] if text else type(error).__name__)[:200]
