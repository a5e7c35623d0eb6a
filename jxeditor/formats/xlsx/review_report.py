"""The 审核意见 workbook: the validator's findings as a reviewer sends them back.

:func:`save_review_report` writes, for the files a reviewer checked (``jxeditor validate
FILES... --report OUT.xlsx``, or the editor's 文件 → 导出审核意见):

* ``汇总`` first: one row per project (unit, file, code, name, the number of 错误, 待填,
  警告 and 提示, their sum and a first verdict: 退回修改 when an error or an empty
  required field was found, 建议修改 for warnings only, 无问题 otherwise, from the
  :class:`~jxeditor.rules.tally.Tally` of its problems; a project that still lacks a
  field its source table had no place for is counted in by the document's one notice,
  and is 退回修改 too: a report never says 无问题 while a required field is empty), a 合计 row,
  and the files that could not be read, each with the reason;
* one sheet per file, named after the submitting unit (the document's 填报单位, else the
  projects' common 主管部门, else the file's name): the title 审核意见, the unit, the
  file, the date and the counts, then the department's overall targets (部门整体, where
  the document has them) and each project as a heading row followed by its
  problems ordered 错误, 待填, 警告, 提示 (rule order within a severity), each with
  its severity in words, location, message and suggested fix (the fix's label, e.g.
  ``改为“≥95%”``); a project without problems says 未发现问题. The warnings the unit
  confirmed as intended (确认无误) come last, with their reason in the column 确认说明;
  they are counted apart (``已确认 2 个``), not as warnings, in the counts and verdicts.

Every sheet is 宋体 with wrapped text, row heights estimated from the text (spreadsheet
programs do not grow rows themselves), A4 landscape fitted to the page width, the column
headers repeated on every printed page and the page number in the footer. Sheet names
are valid and unique (:func:`~jxeditor.formats.xlsx.common.sheet_names`). Texts are
always written as text: one starting with ``=``, ``+``, ``-`` or ``@`` gets the quote
prefix and is never a formula; counts are plain numbers (the totals too, no formulas).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from jxeditor.document.department import DEPARTMENT_LABEL
from jxeditor.document.document import Document
from jxeditor.formats.xlsx.common import sheet_names
from jxeditor.formats.xlsx.form_layout import LINE_HEIGHT, line_count
from jxeditor.formats.xlsx.styles import FONT_NAME, cut_notice, put_text
from jxeditor.rules.engine import validate
from jxeditor.rules.problems import ERROR, INFO, SEVERITY_TEXT, TODO, WARNING, Problem
from jxeditor.rules.project_rules import still_empty
from jxeditor.rules.tally import REPORT_ORDER, RETURN, Tally
from jxeditor.storage.atomic import write_atomic

TITLE = "审核意见"
SUMMARY_TITLE = "审核意见汇总"
SUMMARY_SHEET = "汇总"
# The order of the problems in a project: what the bureau rejects first.
ORDER = REPORT_ORDER
FILE_HEADS = ("序号", "类别", "位置", "问题及修改要求", "修改建议", "确认说明")
FILE_WIDTHS = (6.0, 8.0, 24.0, 58.0, 22.0, 20.0)
SUMMARY_HEADS = ("序号", "报送单位", "文件", "项目编码", "项目名称",
                 *(SEVERITY_TEXT[s] for s in ORDER), "合计", "初审建议")
SUMMARY_WIDTHS = (6.0, 20.0, 26.0, 16.0, 36.0, 7.0, 7.0, 7.0, 7.0, 7.0, 11.0)

_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_BODY = Font(name=FONT_NAME, size=11)
_BOLD = Font(name=FONT_NAME, size=11, bold=True)
_SEVERITY_FONTS = {
    ERROR: Font(name=FONT_NAME, size=11, bold=True, color="C00000"),
    TODO: Font(name=FONT_NAME, size=11, bold=True, color="C55A11"),
    WARNING: Font(name=FONT_NAME, size=11, color="806000"),
    INFO: Font(name=FONT_NAME, size=11, color="2F5597"),
}
_CONFIRMED_FONT = Font(name=FONT_NAME, size=11, color="808080")
_HEAD_FILL = PatternFill("solid", fgColor="D9D9D9")
_PROJECT_FILL = PatternFill("solid", fgColor="F2F2F2")
_TITLE_FONT = Font(name=FONT_NAME, size=18, bold=True)


def _align(horizontal: str, vertical: str = "center") -> Alignment:
    return Alignment(horizontal=horizontal, vertical=vertical, wrap_text=True)


@dataclass(frozen=True)
class ReviewedFile:
    """One checked file: the name shown in the report, its document, its problems (in
    rule order, as :func:`~jxeditor.rules.engine.validate` returns them) and the notices
    of reading it."""

    name: str
    doc: Document
    problems: Sequence[Problem]
    notices: Sequence[str] = field(default_factory=tuple)

    @classmethod
    def checked(cls, name: str, doc: Document, notices: Sequence[str] = ()) -> ReviewedFile:
        """The file with its document validated now."""
        return cls(name, doc, validate(doc), tuple(notices))


def submitting_unit(doc: Document) -> str:
    """The unit that sent the document: its 填报单位, else the 主管部门 all its projects
    share, else ``""``."""
    if doc.reporting_unit.strip():
        return doc.reporting_unit.strip()
    departments = {p.department.strip() for p in doc.projects}
    return departments.pop() if len(departments) == 1 else ""


def date_text(day: date) -> str:
    """``2026年5月6日``."""
    return f"{day.year}年{day.month}月{day.day}日"


def ordered(problems: Sequence[Problem]) -> list[Problem]:
    """The problems ordered 错误, 待填, 警告, 提示, then those confirmed as intended
    (stable: rule order within each)."""
    rank = {s: i for i, s in enumerate(ORDER)}
    return sorted(problems, key=lambda p: (p.acknowledged is not None,
                                           rank.get(p.severity, len(ORDER))))


def project_label(index: int, name: str) -> str:
    """A project's name, or ``第 N 个项目`` when it has none."""
    return name.strip() or f"第 {index + 1} 个项目"


class _Sheet:
    """Writes rows of one sheet and keeps their estimated heights."""

    def __init__(self, ws: Worksheet, widths: Sequence[float]) -> None:
        self.ws = ws
        self.widths = list(widths)
        self.row = 0
        self.cut = 0  # texts the cell-text guard had to change
        for i, width in enumerate(self.widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = width

    def put(self, col: int, value: str | int | None, font: Font = _BODY,
            align: Alignment | None = None, border: bool = True,
            fill: PatternFill | None = None) -> None:
        cell = self.ws.cell(row=self.row, column=col)
        if isinstance(value, str):
            assert isinstance(cell, Cell)  # written before any merge
            self.cut += put_text(cell, value)  # the one cell-text guard: never a formula
        elif value is not None:
            cell.value = value
        cell.font = font
        cell.alignment = align or _align("left")
        if border:
            cell.border = _BOX
        if fill is not None:
            cell.fill = fill

    def new_row(self) -> int:
        self.row += 1
        return self.row

    def line(self, text: str, font: Font = _BODY, align: Alignment | None = None,
             fill: PatternFill | None = None, border: bool = False,
             height: float | None = None) -> None:
        """A row with one text across all columns (merged)."""
        r = self.new_row()
        self.put(1, text, font, align or _align("left"), border, fill)
        if border:
            for col in range(2, len(self.widths) + 1):
                self.put(col, None, font, align, border, fill)
        self.ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(self.widths))
        self.fit(r, [text], [sum(self.widths)], height)

    def cells(self, values: Sequence[str | int | None], fonts: Sequence[Font] | None = None,
              aligns: Sequence[Alignment] | None = None, fill: PatternFill | None = None) -> int:
        r = self.new_row()
        for col, value in enumerate(values, start=1):
            self.put(col, value, fonts[col - 1] if fonts else _BODY,
                     aligns[col - 1] if aligns else None, True, fill)
        self.fit(r, [v if isinstance(v, str) else "" for v in values], self.widths)
        return r

    def fit(self, row: int, texts: Sequence[str], widths: Sequence[float],
            height: float | None = None) -> None:
        lines = max((line_count(t, w) for t, w in zip(texts, widths, strict=False)), default=1)
        self.ws.row_dimensions[row].height = height or round(lines * LINE_HEIGHT + 5, 1)

    def print_setup(self, header_row: int) -> None:
        ws = self.ws
        ws.page_setup.paperSize = 9  # A4
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True  # type: ignore[union-attr]  # always set on a new sheet
        ws.print_options.horizontalCentered = True
        ws.page_margins.left = ws.page_margins.right = 0.5
        ws.page_margins.top = 0.6
        ws.page_margins.bottom = 0.8  # room for the page number
        ws.page_margins.header = ws.page_margins.footer = 0.3
        ws.print_title_rows = f"{header_row}:{header_row}"
        ws.freeze_panes = f"A{header_row + 1}"
        footer = ws.oddFooter
        if footer is not None:  # always there on a new sheet
            footer.center.text = "第 &P 页，共 &N 页"
            footer.center.font = FONT_NAME


_CENTER = _align("center")
_LEFT = _align("left")
_TITLE_ALIGN = _align("center")


def _by_project(problems: Sequence[Problem]) -> dict[int, list[Problem]]:
    """The problems by the ``id`` of their project (``id(None)``: the department's)."""
    by_project: dict[int, list[Problem]] = {}
    for p in problems:
        by_project.setdefault(id(p.project), []).append(p)
    return by_project


def _file_sheet(sheet: _Sheet, entry: ReviewedFile, unit: str, today: date) -> None:
    doc = entry.doc
    sheet.line(TITLE, _TITLE_FONT, _TITLE_ALIGN, height=36.0)
    sheet.line(f"报送单位：{unit or '（未写明）'}")
    sheet.line(f"文件：{entry.name}")
    sheet.line(f"审核日期：{date_text(today)}　　共 {len(doc.projects)} 个项目，"
               f"{Tally.of(entry.problems).text()}")
    for notice in entry.notices:
        sheet.line(f"读取提示：{notice}")
    header = sheet.cells(FILE_HEADS, [_BOLD] * len(FILE_HEADS), [_CENTER] * len(FILE_HEADS),
                         _HEAD_FILL)
    by_project = _by_project(entry.problems)
    sections = [] if doc.department is None else [(id(None), DEPARTMENT_LABEL)]
    for index, project in enumerate(doc.projects):
        code = f"（项目编码：{project.code.strip()}）" if project.code.strip() else ""
        sections.append((id(project), f"{index + 1}. {project_label(index, project.name)}{code}"))
    for key, heading in sections:
        problems = ordered(by_project.get(key, []))
        brief = Tally.of(problems).text(brief=True)
        sheet.line(f"{heading}　　{brief}" if brief else heading, _BOLD, fill=_PROJECT_FILL,
                   border=True)
        if not problems:
            sheet.cells(["—", "", "", "未发现问题", "", ""],
                        aligns=[_CENTER, _CENTER, _LEFT, _LEFT, _LEFT, _LEFT])
        for n, p in enumerate(problems, start=1):
            fix = p.fix.label if p.fix is not None else ""
            confirmed = p.acknowledged is not None
            severity_font = _CONFIRMED_FONT if confirmed else _SEVERITY_FONTS.get(p.severity, _BODY)
            sheet.cells(
                [n, SEVERITY_TEXT.get(p.severity, p.severity), p.location or "项目整体",
                 p.message, fix,
                 f"已确认：{p.acknowledged}" if confirmed else ""],
                [_BODY, severity_font, _BODY, _BODY, _BODY, _BODY],
                [_CENTER, _CENTER, _LEFT, _LEFT, _LEFT, _LEFT],
            )
    sheet.print_setup(header)


def _summary_sheet(sheet: _Sheet, files: Sequence[ReviewedFile], units: Sequence[str],
                   unreadable: Sequence[tuple[str, str]], today: date) -> None:
    projects = sum(len(f.doc.projects) for f in files)
    sheet.line(SUMMARY_TITLE, _TITLE_FONT, _TITLE_ALIGN, height=36.0)
    read = f"共 {len(files)} 个文件、{projects} 个项目"
    if unreadable:
        read += f"，另有 {len(unreadable)} 个文件未能读取（见表末）"
    sheet.line(f"审核日期：{date_text(today)}　　{read}")
    header = sheet.cells(SUMMARY_HEADS, [_BOLD] * len(SUMMARY_HEADS),
                         [_CENTER] * len(SUMMARY_HEADS), _HEAD_FILL)
    totals = Tally()
    aligns = [_CENTER, _LEFT, _LEFT, _LEFT, _LEFT, *[_CENTER] * 6]
    n = 0
    for entry, unit in zip(files, units, strict=True):
        by_project = _by_project(entry.problems)
        for index, project in enumerate(entry.doc.projects):
            tally = Tally.of(by_project.get(id(project), []))
            totals += tally
            n += 1
            sheet.cells([n, unit, entry.name, project.code, project_label(index, project.name),
                         *(tally.count(s) for s in ORDER), tally.total,
                         RETURN if still_empty(project) else tally.verdict], aligns=aligns)
    sheet.cells(["合计", "", "", "", f"{projects} 个项目", *(totals.count(s) for s in ORDER),
                 totals.total, ""], [_BOLD] * len(SUMMARY_HEADS), aligns, _PROJECT_FILL)
    if unreadable:
        sheet.new_row()
        sheet.line("未能读取的文件", _BOLD, fill=_PROJECT_FILL, border=True)
        for name, reason in unreadable:
            sheet.line(f"{name}：{reason}", border=True)
    sheet.print_setup(header)


def review_workbook(files: Sequence[ReviewedFile],
                    unreadable: Sequence[tuple[str, str]] = (),
                    today: date | None = None, notices: list[str] | None = None) -> Workbook:
    """The 审核意见 workbook: ``汇总`` and one sheet per file. ``unreadable``: files
    that could not be read, as (name, reason); the notice of texts cleaned or cut in its
    cells (as the 修改说明 says it) is added to ``notices``."""
    day = today or date.today()
    wb = Workbook()
    units = [submitting_unit(f.doc) for f in files]
    titles = sheet_names([u or Path(f.name).stem for u, f in zip(units, files, strict=True)],
                         reserved=(SUMMARY_SHEET,))
    summary = wb.active
    assert summary is not None  # a new workbook has its sheet
    summary.title = SUMMARY_SHEET
    sheets = [_Sheet(summary, SUMMARY_WIDTHS)]
    _summary_sheet(sheets[0], files, units, unreadable, day)
    for entry, unit, title in zip(files, units, titles, strict=True):
        sheets.append(_Sheet(wb.create_sheet(title), FILE_WIDTHS))
        _file_sheet(sheets[-1], entry, unit, day)
    cut = sum(sheet.cut for sheet in sheets)
    if cut and notices is not None:
        notices.append(cut_notice("审核意见", cut))
    return wb


def review_report_bytes(files: Sequence[ReviewedFile],
                        unreadable: Sequence[tuple[str, str]] = (),
                        today: date | None = None, notices: list[str] | None = None) -> bytes:
    """The .xlsx bytes of :func:`review_workbook` (its notice added to ``notices``)."""
    buffer = io.BytesIO()
    review_workbook(files, unreadable, today, notices).save(buffer)
    return buffer.getvalue()


def save_review_report(path: str | Path, files: Sequence[ReviewedFile],
                       unreadable: Sequence[tuple[str, str]] = (),
                       today: date | None = None) -> list[str]:
    """Writes the 审核意见 workbook to ``path`` atomically (raises
    :class:`~jxeditor.errors.FileFormatError` when it cannot be written); returns the
    notices (texts cleaned or cut in the cells), as :func:`~jxeditor.formats.xlsx.
    change_report.save_change_report` does."""
    notices: list[str] = []
    write_atomic(path, review_report_bytes(files, unreadable, today, notices))
    return notices
