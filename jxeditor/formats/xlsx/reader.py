"""Import workbooks (.xlsx, .xlsm, .xls, .ods): their sheets → a document and notices.

Each sheet is read by :mod:`~jxeditor.formats.xlsx.sheet_grid` (after the safety checks,
with python-calamine) as a :class:`SheetGrid` of cell texts and merged ranges (their value
in the top-left cell only, as is).

Our own exports (:mod:`jxeditor.formats.xlsx.writer`) carry a hidden sheet ``_jxeditor`` with
the exact document and a digest of every visible sheet
(:mod:`jxeditor.formats.xlsx.hidden_sheet`). Policy:

* The hidden document is used when it is intact (its SHA-256 matches) and readable.
* Each project sheet whose cell texts still match the digest written at export gives
  the exact project from the hidden document (a sheet renamed in Excel is recognised by
  its digest). A project sheet edited after export is read again from its visible cells
  by the table reader (:func:`jxeditor.formats.tables.grid.read_tables`), with one notice: what
  the user sees and changed wins over the stale hidden copy; only a text that the
  export had to cut (over 32,000 characters) and that still reads as cut is taken whole
  from the hidden copy (:mod:`~jxeditor.formats.xlsx.cut_texts`). An edited 自评 or 监控 sheet is
  read by its labels and merged with the hidden copy: what the user changed wins, the
  rest stays exact (:mod:`~jxeditor.formats.xlsx.stage_merge`). A sheet added by the user is
  read the same way; a project whose sheet was deleted is left out, with a notice.
* The department's sheet ``部门整体`` gives the hidden copy's block while unchanged; edited,
  it is read again by its labels (:mod:`jxeditor.formats.tables.department_grid`), what
  it does not show kept from the hidden copy, with one notice.
* The summary ``汇总`` and the list ``指标清单`` are views: they are skipped silently,
  or with a notice when they were edited (edits there are not read).
* Document settings (year, reporting unit, money unit, framework): the hidden document's.
* When no sheet changed since export (the XML digests in the hidden sheet all match),
  no cell is read: :mod:`~jxeditor.formats.xlsx.unchanged` gives the sheets and the
  hidden document, through the ZIP checks but without python-calamine.

Without a usable hidden document every visible sheet goes to the table reader (自评 and
监控 forms to :mod:`jxeditor.formats.tables.stage_grid`, the document then in their
stage; a department's 申报表 to :mod:`jxeditor.formats.tables.department_grid`); sheets
without a table, hidden sheets and empty sheets are skipped with a notice. All notices
are Chinese and name the sheet (and cell, where the table reader reports one).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from jxeditor.document.department import Department
from jxeditor.document.document import Document
from jxeditor.document.model import Project
from jxeditor.document.stages import EVALUATION, TARGETS
from jxeditor.formats.tables.department_evaluation_grid import read_department_evaluation
from jxeditor.formats.tables.department_grid import read_declaration
from jxeditor.formats.tables.grid import read_tables
from jxeditor.formats.tables.result import TableImport, document_from_tables
from jxeditor.formats.tables.stage_grid import read_stage_tables
from jxeditor.formats.xlsx.common import (
    CELL_TEXT_LIMIT,
    LIST_HEADS,
    LIST_SHEET,
    META_SHEET,
    SUMMARY_HEADS,
    SUMMARY_SHEET,
)
from jxeditor.formats.xlsx.cut_texts import restore_cut_texts
from jxeditor.formats.xlsx.hidden_sheet import MAX_JSON_BYTES, HiddenData, SheetEntry, parse_meta
from jxeditor.formats.xlsx.sheet_grid import SheetGrid, read_grids
from jxeditor.formats.xlsx.stage_merge import (
    keep_history,
    reread_department_evaluation,
    reread_stage_sheet,
)
from jxeditor.formats.xlsx.unchanged import read_unchanged


# -- building the document ------------------------------------------------------------------
class _Collector:
    """Gathers projects and notices from sheets, in workbook order."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.projects: list[Project] = []
        self.notices: list[str] = []
        self.imports: list[TableImport] = []
        self.department: Department | None = None  # the first 申报表 read

    def read_visible(self, grid: SheetGrid) -> None:
        if not any(cell.strip() for row in grid.rows for cell in row):
            self.notices.append(f"工作表“{grid.name}”是空的，已跳过")
            return
        for read, form in ((read_declaration, "部门整体支出绩效目标申报表"),
                           (partial(read_department_evaluation, sheet=grid.name,
                                   formulas=grid.every_formula), "部门整体支出绩效自评表")):
            department = read(grid.rows)
            if department is not None:
                self.department = self.department or department
                self.notices.append(f"工作表“{grid.name}”：已读入{form}，请核对")
                return
        result = (read_stage_tables(grid.rows, grid.name, formulas=grid.every_formula)
                  or read_tables(grid.rows, grid.name))
        self.notices.extend(grid.notices_besides(result.projects))
        self.imports.append(result)
        self.notices.extend(result.notices)
        if not result.projects:
            self.notices.append(f"工作表“{grid.name}”中没有找到绩效目标表，已跳过")
        self.projects.extend(result.projects)


def _with_meta(grids: list[SheetGrid], meta: HiddenData, path: Path) -> tuple[Document, list[str]]:
    out = _Collector(path)
    by_name = {e.name: e for e in meta.entries}
    unused: dict[int, SheetEntry] = {
        e.index: e for e in meta.entries
        if e.role == "project" and e.index is not None and e.index < len(meta.doc.projects)
    }
    for grid in grids:
        if grid.name == META_SHEET:
            continue
        digest = grid.digest()
        entry = by_name.get(grid.name)
        if entry is not None and entry.role == "department":
            if digest != entry.digest:
                _reread_department(out, grid, meta.doc)
            continue
        if entry is not None and entry.role in ("summary", "list"):
            if digest != entry.digest:
                out.notices.append(f"工作表“{grid.name}”在导出后被修改过；它只是汇总视图，"
                                   "其中的修改不会读入，请在各项目的工作表中修改")
            continue
        index = _match(entry, digest, unused)
        if index is not None:
            del unused[index]
            out.projects.append(meta.doc.projects[index])
            continue
        if not grid.visible:
            out.notices.append(f"工作表“{grid.name}”是隐藏的，已跳过")
            continue
        before = len(out.projects)
        if entry is not None:
            out.notices.append(
                f"工作表“{grid.name}”在导出后被修改过，已按表格中现在的内容重新读取"
            )
            if entry.role == "project" and entry.index in unused:
                del unused[entry.index]  # its sheet is there, edited: not deleted
            if _reread_stage(out, grid, entry, meta.doc):
                continue
        out.read_visible(grid)
        if entry is not None and entry.index is not None and entry.index < len(meta.doc.projects):
            original = meta.doc.projects[entry.index]
            restored = sum(restore_cut_texts(p, original) for p in out.projects[before:])
            if len(out.projects) == before + 1:  # confirmed warnings name their place: kept
                out.projects[before].acknowledgements = list(original.acknowledgements)
                out.projects[before].absent_fields = original.absent_fields
                keep_history(out.projects[before], original)
            if restored:
                out.notices.append(
                    f"工作表“{grid.name}”中有 {restored} 处超过 {CELL_TEXT_LIMIT:,} 字、导出时被截断的文字"
                    "未被修改，已按完整内容读入"
                )
    for index, entry in unused.items():
        name = meta.doc.projects[index].name
        out.notices.append(f"项目“{name}”的工作表“{entry.name}”已被删除，该项目未读入")
    doc = meta.doc
    _check_settings(out, doc)
    return Document(year=doc.year, reporting_unit=doc.reporting_unit, money_unit=doc.money_unit,
                    framework=doc.framework, projects=out.projects, stage=doc.stage,
                    scoring=doc.scoring, department=out.department or doc.department), out.notices


def _reread_department(out: _Collector, grid: SheetGrid, doc: Document) -> None:
    """An edited 部门整体 sheet: read again from its cells (the funds overview too; the
    part it does not show, the 自评 block, from the hidden copy); in the 自评 stage, the 自评表
    merged with the hidden copy (what the user changed wins)."""
    if doc.stage == EVALUATION and doc.department is not None:
        merged = reread_department_evaluation(grid.rows, grid.name, doc, doc.department,
                                              grid.every_formula)
        if merged is not None:
            out.department = merged
            out.notices.append(f"工作表“{grid.name}”在导出后被修改过，已按表格中现在的内容重新读取部门整体自评")
            return
    found = read_declaration(grid.rows)
    if found is None or doc.department is None:
        out.notices.append(f"工作表“{grid.name}”在导出后被修改过，其中找不到部门整体支出绩效目标申报表；"
                           "部门整体绩效目标按导出时的内容读入")
        return
    found.evaluation = doc.department.evaluation
    out.department = found
    out.notices.append(f"工作表“{grid.name}”在导出后被修改过，已按表格中现在的内容重新读取部门整体绩效目标")


def _reread_stage(out: _Collector, grid: SheetGrid, entry: SheetEntry, doc: Document) -> bool:
    """An edited 自评/监控 sheet: its edits merged into the hidden copy of its project."""
    if doc.stage == TARGETS or entry.index is None or entry.index >= len(doc.projects):
        return False
    found = reread_stage_sheet(grid.rows, grid.name, doc, doc.projects[entry.index],
                               grid.every_formula)
    if found is None:
        return False
    out.projects.append(found[0])
    out.notices.extend([*grid.notices_besides([found[0]]), *found[1]])
    return True


def _match(entry: SheetEntry | None, digest: str, unused: dict[int, SheetEntry]) -> int | None:
    """The project index of the unused entry this sheet still equals (by name, else by
    digest)."""
    if entry is not None:
        if entry.role == "project" and entry.digest == digest and entry.index in unused:
            return entry.index
        return None
    return next((index for index, e in unused.items() if e.digest == digest), None)


def _check_settings(out: _Collector, doc: Document) -> None:
    for result in out.imports:
        year = result.document_year
        if year is not None and year != doc.year:
            out.notices.append(
                f"重新读取的工作表中预算年度为 {year}，与文档的 {doc.year} 年不同；已保留 {doc.year} 年，"
                "如需更改请在文档设置中修改"
            )
            return


def _is_view(grid: SheetGrid) -> bool:
    """Whether a sheet is the summary or indicator list of our own export."""
    head = grid.head()
    return (grid.name, head[: len(SUMMARY_HEADS)]) == (SUMMARY_SHEET, SUMMARY_HEADS) or (
        grid.name, head[: len(LIST_HEADS)]) == (LIST_SHEET, LIST_HEADS)


def _without_meta(grids: list[SheetGrid], path: Path) -> tuple[Document, list[str]]:
    out = _Collector(path)
    for grid in grids:
        if not grid.visible:
            out.notices.append(f"工作表“{grid.name}”是隐藏的，已跳过")
        elif _is_view(grid):
            out.notices.append(f"工作表“{grid.name}”是 jxeditor 导出的汇总视图，已跳过")
        else:
            out.read_visible(grid)
    merged = TableImport(
        document_year=next((r.document_year for r in out.imports if r.document_year), None),
        reporting_unit=next((r.reporting_unit for r in out.imports if r.reporting_unit), ""),
        money_unit=next((r.money_unit for r in out.imports if r.money_unit), ""),
        projects=out.projects,
        stage=next((r.stage for r in out.imports if r.stage), ""),
        department=out.department,
    )
    return document_from_tables(merged), out.notices


def read_xlsx(path: str | Path) -> tuple[Document, list[str]]:
    """Reads a workbook (.xlsx/.xlsm/.xls/.ods): the document and the import notices."""
    doc, notices, _ours = read_workbook(path)
    return doc, notices


def read_unchanged_workbook(path: Path, *, max_member: int | None = None,
                            max_json: int = MAX_JSON_BYTES) -> tuple[Document, list[str], bool] | None:
    """:func:`read_workbook` of our own export while no sheet changed, without reading a
    cell (:func:`~jxeditor.formats.xlsx.unchanged.read_unchanged`, with its bounds); None
    for any other file."""
    unchanged = read_unchanged(path, max_member=max_member, max_json=max_json)
    if unchanged is None:
        return None
    sheets, hidden = unchanged
    grids = [SheetGrid(s.name, [], visible=s.visible, digest=s.digest) for s in sheets]
    return (*_with_meta(grids, hidden, path), True)


def read_workbook(path: str | Path) -> tuple[Document, list[str], bool]:
    """Reads a workbook: the document, the import notices, and whether jxeditor wrote it
    (it has an intact hidden sheet of ours; saving over any other workbook rewrites
    someone else's form in our layout)."""
    p = Path(path)
    unchanged = read_unchanged_workbook(p)  # our own export, no sheet edited
    if unchanged is not None:
        return unchanged
    grids = read_grids(p)
    meta_grid = next((g for g in grids if g.name == META_SHEET), None)
    if meta_grid is not None:
        meta, problem = parse_meta(meta_grid.rows, p)
        if meta is not None:
            return (*_with_meta(grids, meta, p), True)
        doc, notices = _without_meta([g for g in grids if g.name != META_SHEET], p)
        return doc, [f"{problem}，已按各工作表中的内容读取", *notices], False
    return (*_without_meta(grids, p), False)

