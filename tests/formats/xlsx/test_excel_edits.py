"""Issue 20.12 and 13.9: an exported workbook edited in Excel. One sheet edited gives one
notice (re-read, not also "deleted"); text the export had to cut comes back whole from
the hidden copy where the cell still holds the cut form; the export reports the cut."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from builders import two_projects

from jxeditor.document.department import Department, Measure, Task
from jxeditor.formats.documents import open_document, save_document
from jxeditor.formats.xlsx.common import META_SHEET
from jxeditor.formats.xlsx.reader import read_workbook

LONG = "".join(f"第{i}句目标内容。" for i in range(6000))  # about 50,000 characters


def _edit_in_excel(path: Path, sheet_index: int, change: str) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[sheet_index]
    for row in ws.iter_rows():
        for cell in row:
            if cell.value == "0012":
                cell.value = change
    wb.save(path)


def test_one_sheet_edited_gives_one_notice(tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    save_document(two_projects(), path)
    _edit_in_excel(path, 3, "0099")  # 汇总, 指标清单, then the projects
    doc, notices, ours = read_workbook(path)
    assert ours and doc.projects[1].code == "0099"
    assert len(notices) == 1 and "重新读取" in notices[0], notices
    assert not any("删除" in n for n in notices)


def test_cut_text_is_reported_on_export_and_restored_on_reimport(tmp_path: Path) -> None:
    doc = two_projects()
    doc.projects[1].goals.annual = LONG
    path = tmp_path / "book.xlsx"
    notices = save_document(doc, path)
    assert notices and any("第二个项目" in n or "32" in n for n in notices), notices
    _edit_in_excel(path, 3, "0099")
    back, notices, _ours = read_workbook(path)
    assert back.projects[1].code == "0099"
    assert back.projects[1].goals.annual == LONG  # whole, from the hidden copy
    assert any("截断" in n for n in notices), notices


def test_a_text_edited_in_excel_is_not_replaced(tmp_path: Path) -> None:
    doc = two_projects()
    doc.projects[1].goals.annual = LONG
    path = tmp_path / "book.xlsx"
    save_document(doc, path)
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[3]
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("第0句"):
                cell.value = "改短了的目标"
    wb.save(path)
    back, _notices, _ours = read_workbook(path)
    assert back.projects[1].goals.annual == "改短了的目标"


def test_a_workbook_without_our_hidden_sheet_is_foreign(tmp_path: Path) -> None:
    path = tmp_path / "form.xlsx"
    save_document(two_projects(), path)
    _doc, _notices, foreign = open_document(path)  # in a child process
    assert not foreign
    wb = openpyxl.load_workbook(path)
    del wb[META_SHEET]
    wb.save(path)
    doc, _notices, foreign = open_document(path)
    assert foreign and len(doc.projects) == 2


def test_a_target_sheet_edited_in_excel_keeps_the_history_of_its_indicators(tmp_path: Path) -> None:
    """History (上年指标值, 上年实际完成值) is not on the sheet: after an edit of the sheet
    it comes from the hidden copy, for indicators kept, edited in value, or renamed."""
    from jxeditor.document.model import HistoryEntry

    doc = two_projects()
    indicators = [ind for l1 in doc.projects[1].indicators for l2 in l1.children
                  for ind in l2.children]
    assert len(indicators) >= 2
    for n, ind in enumerate(indicators):
        ind.history = [HistoryEntry(2025, f"≥{n}", f"{n + 1}")]
    path = tmp_path / "book.xlsx"
    save_document(doc, path)
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[3]  # 汇总, 指标清单, then the projects: the second project
    for row in ws.iter_rows():
        for cell in row:
            if cell.value == "0012":
                cell.value = "0099"
            elif cell.value == indicators[0].name:
                cell.value = indicators[0].name + "（改名）"
    wb.save(path)
    back, notices, _ = read_workbook(path)
    assert back.projects[1].code == "0099", notices
    read = [ind for l1 in back.projects[1].indicators for l2 in l1.children for ind in l2.children]
    assert read[0].name.endswith("（改名）")
    assert [ind.history for ind in read] == [ind.history for ind in indicators]
    assert all(not ind.history for l1 in back.projects[0].indicators for l2 in l1.children
               for ind in l2.children)


def test_the_department_block_survives_an_edited_sheet(tmp_path: Path) -> None:
    """Issue 30: the department's overall targets (no sheet of their own yet) come back
    from the hidden copy, whether or not a project sheet was edited."""
    doc = two_projects()
    doc.department = Department(name="示例局", overall_goal="做好工作。",
                                tasks=[Task("组织收入", measures=[Measure("增长 8%", "增长率", "≥8%")])])
    path = tmp_path / "book.xlsx"
    save_document(doc, path)
    assert read_workbook(path)[0].department == doc.department
    _edit_in_excel(path, 4, "0099")  # 部门整体, 汇总, 指标清单, then the projects
    back, _notices, _ours = read_workbook(path)
    assert back.projects[1].code == "0099" and back.department == doc.department
