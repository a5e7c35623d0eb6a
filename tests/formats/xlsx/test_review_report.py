"""The 审核意见 workbook, read back with openpyxl: sheets, rows, severities in Chinese,
order of the problems, counts and totals, print set-up, text never a formula."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from builders import clean_document, clean_project
from openpyxl.worksheet.worksheet import Worksheet

from jxeditor.document.department import Department, Measure, Task
from jxeditor.document.document import Document
from jxeditor.document.model import FundingColumn
from jxeditor.errors import FileFormatError
from jxeditor.formats.tables.artefacts import mark_absent_fields
from jxeditor.formats.xlsx.review_report import (
    FILE_HEADS,
    SUMMARY_HEADS,
    ReviewedFile,
    ordered,
    review_report_bytes,
    save_review_report,
    submitting_unit,
)
from jxeditor.rules.engine import validate
from jxeditor.rules.problems import ERROR, INFO, TODO, WARNING

DAY = date(2026, 5, 6)


def broken_document(unit: str = "示例局") -> Document:
    """Project 1 with an error, a 待填, a warning and a hint; project 2 clean."""
    doc = clean_document()
    doc.reporting_unit = unit
    p = doc.projects[0]
    p.name = "=SUM(A1)"  # a name that looks like a formula
    p.funding.annual.total = Decimal("999")  # 错误 (twice)
    p.implementer = ""  # 待填
    p.indicators[0].children[1].children[0].value = "》 90%"  # 警告
    p.indicators[0].children[2].children[0].value = "按时"  # 提示
    doc.projects.append(clean_project())
    doc.projects[1].code = "102001002"
    return doc


def two_departments() -> Document:
    """No 填报单位, and two different 主管部门: the sheet is named after the file."""
    doc = broken_document(unit="")
    doc.projects[1].department = "另一局"
    return doc


def read(files: list[ReviewedFile], unreadable: list[tuple[str, str]] | None = None,
         ) -> openpyxl.Workbook:
    data = review_report_bytes(files, unreadable or [], DAY)
    return openpyxl.load_workbook(io.BytesIO(data))


def values(ws: Worksheet) -> list[tuple[object, ...]]:
    return [tuple(row) for row in ws.iter_rows(values_only=True)]


def row_of(ws: Worksheet, first: object) -> int:
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == first)


def test_sheets_summary_first_then_one_per_file_named_after_the_unit() -> None:
    wb = read([ReviewedFile.checked("a.json", broken_document()),
               ReviewedFile.checked("b.xlsx", broken_document()),
               ReviewedFile.checked("dir/very-long-file-name-of-a-submitting-unit.txt",
                                    two_departments())])
    assert wb.sheetnames == ["汇总", "示例局", "示例局(2)", "very-long-file-name-of-a-submit"]
    assert all(len(name) <= 31 for name in wb.sheetnames)


def test_file_sheet_title_unit_file_date_headers_and_problems_in_order() -> None:
    doc = broken_document()
    wb = read([ReviewedFile.checked("送审/示例局.json", doc, ["第 3 行：已删去“表样”"])])
    ws = wb["示例局"]
    rows = values(ws)
    assert rows[0][0] == "审核意见"
    assert rows[1][0] == "报送单位：示例局"
    assert rows[2][0] == "文件：送审/示例局.json"
    assert str(rows[3][0]).startswith("审核日期：2026年5月6日")
    assert "共 2 个项目，错误 2 个，待填 1 个，警告 1 个，提示 1 个" in str(rows[3][0])
    assert rows[4][0] == "读取提示：第 3 行：已删去“表样”"
    header = row_of(ws, "序号")
    assert tuple(rows[header - 1]) == FILE_HEADS
    assert ws.print_title_rows == f"${header}:${header}"
    assert ws.freeze_panes == f"A{header + 1}"
    project = rows[header]
    assert project[0] == "1. =SUM(A1)（项目编码：102001001）\u3000\u3000错误 2 个，待填 1 个，警告 1 个，提示 1 个"
    problems = rows[header + 1:header + 6]
    assert [r[0] for r in problems] == [1, 2, 3, 4, 5]
    assert [r[1] for r in problems] == ["错误", "错误", "待填", "警告", "提示"]
    assert problems[0][2] == "年度金额" and "不等于财政拨款" in str(problems[0][3])
    assert problems[2][2] == "实施单位"
    assert problems[3][4] is not None and str(problems[3][4]).startswith("改为")
    second = rows[header + 6]
    assert second[0] == "2. 档案室改造（项目编码：102001002）"
    assert rows[header + 7][3] == "未发现问题"
    internal = {"error", "warning", "info", "todo"}
    assert not any(v in internal for row in rows for v in row)


def test_summary_counts_per_project_totals_and_unreadable_files() -> None:
    wb = read([ReviewedFile.checked("a.json", broken_document()),
               ReviewedFile.checked("b.json", clean_document())],
              [("c.xlsx", "文件已损坏")])
    ws = wb["汇总"]
    rows = values(ws)
    assert rows[0][0] == "审核意见汇总"
    assert "共 2 个文件、3 个项目，另有 1 个文件未能读取" in str(rows[1][0])
    assert tuple(rows[2]) == SUMMARY_HEADS
    assert SUMMARY_HEADS[5:9] == ("错误", "待填", "警告", "提示")
    assert rows[3] == (1, "示例局", "a.json", "102001001", "=SUM(A1)", 2, 1, 1, 1, 5, "退回修改")
    assert rows[4] == (2, "示例局", "a.json", "102001002", "档案室改造", 0, 0, 0, 0, 0, "无问题")
    assert rows[5][:3] == (3, "示例局", "b.json")  # the common 主管部门
    assert rows[6][0] == "合计" and rows[6][5:10] == (2, 1, 1, 1, 5)
    assert rows[8][0] == "未能读取的文件"
    assert rows[9][0] == "c.xlsx：文件已损坏"
    assert ws.print_title_rows == "$3:$3"


def test_verdict_for_warnings_only() -> None:
    doc = clean_document()
    doc.projects[0].indicators[0].children[1].children[0].value = "》 90%"
    ws = read([ReviewedFile.checked("w.json", doc)])["汇总"]
    assert ws.cell(4, 11).value == "建议修改"


def test_a_project_without_money_is_never_without_problems() -> None:
    """Issue 29, item 5: a project with no 年度金额 (next year's document, or blanked by
    hand) was 初审建议 无问题; 年度金额 is required, so it goes back to be filled."""
    doc = clean_document()
    assert read([ReviewedFile.checked("ok.json", doc)])["汇总"].cell(4, 11).value == "无问题"
    doc.projects[0].funding.annual = FundingColumn()
    wb = read([ReviewedFile.checked("m.json", doc)])
    assert wb["汇总"].cell(4, 11).value == "退回修改"
    assert any("年度金额未填写" in str(v) for row in values(wb.worksheets[1]) for v in row)


def test_a_project_counted_in_by_the_documents_notice_is_returned_too() -> None:
    """Layout C (a department's list): the empty 主管部门 of every project is one notice,
    on the first project; the second still lacks it and is no more 无问题 than the first."""
    doc = clean_document()
    doc.projects.append(clean_project())
    doc.projects[1].code = "102001002"
    doc.projects[1].indicators[0].children[0].children[0].value = "≥80平方米"
    for project in doc.projects:
        project.department = ""
        mark_absent_fields(project)
    verdicts = [row[10] for row in values(read([ReviewedFile.checked("c.json", doc)])["汇总"])[3:5]]
    assert verdicts == ["退回修改", "退回修改"]
    for project in doc.projects:
        project.department = "示例局"
    verdicts = [row[10] for row in values(read([ReviewedFile.checked("c.json", doc)])["汇总"])[3:5]]
    assert verdicts == ["无问题", "无问题"]


def test_text_is_never_a_formula(tmp_path: Path) -> None:
    doc = broken_document(unit="-示例局")
    doc.projects[0].department = "@部门"
    path = tmp_path / "r.xlsx"
    save_review_report(path, [ReviewedFile.checked("+a.json", doc)], today=DAY)
    wb = openpyxl.load_workbook(path)
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f"
    ws = wb["-示例局"]
    assert ws.cell(2, 1).value == "报送单位：-示例局"
    summary = wb["汇总"]
    name = summary.cell(4, 5)
    assert name.value == "=SUM(A1)" and name.data_type == "s" and name.quotePrefix
    assert summary.cell(4, 2).value == "-示例局" and summary.cell(4, 2).quotePrefix
    assert summary.cell(4, 3).value == "+a.json" and summary.cell(4, 3).quotePrefix


def test_texts_the_cells_cannot_hold_are_said(tmp_path: Path) -> None:
    """Issue 32.3: every output that cuts says so; the 审核意见 (names and messages of
    the document in its cells) as the 修改说明 does."""
    doc = clean_document()
    doc.projects[0].name = "档案\x01室改造"  # in the 汇总 and as its project's heading
    notices = save_review_report(tmp_path / "r.xlsx", [ReviewedFile.checked("a.json", doc)],
                                 today=DAY)
    assert notices == ["审核意见中有 2 个单元格的文字含有 Excel 无法保存的字符或超过单元格长度上限，"
                       "已删去这些字符或截断"]
    assert save_review_report(tmp_path / "r.xlsx", [ReviewedFile.checked("a.json", clean_document())],
                              today=DAY) == []


def test_print_setup_a4_landscape_fit_to_width_wrapped_text_and_heights() -> None:
    wb = read([ReviewedFile.checked("a.json", broken_document())])
    for ws in wb:
        assert ws.page_setup.paperSize == 9
        assert ws.page_setup.orientation == "landscape"
        assert ws.sheet_properties.pageSetUpPr is not None
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
        header = row_of(ws, "序号")
        assert ws.cell(header, 1).font.b
        assert all(ws.column_dimensions[c].width > 5 for c in "ABCDE")
    ws = wb["示例局"]
    message = ws.cell(row_of(ws, "序号") + 2, 4)
    assert message.alignment.wrap_text
    assert ws.row_dimensions[1].height == 36
    long_row = max(r for r in range(1, ws.max_row + 1) if len(str(ws.cell(r, 4).value or "")) > 40)
    assert (ws.row_dimensions[long_row].height or 0) >= 15


def test_bad_characters_and_sheet_names_are_cleaned() -> None:
    wb = read([ReviewedFile.checked("x.json", broken_document(unit="财政局[一]:处/科?\x01"))])
    assert wb.sheetnames[1] == "财政局一处科"
    assert wb.sheetnames[1] in wb.sheetnames


def test_ordered_keeps_rule_order_within_a_severity() -> None:
    problems = validate(broken_document())
    ranked = ordered(problems)
    rank = [ERROR, TODO, WARNING, INFO]
    assert [rank.index(p.severity) for p in ranked] == sorted(rank.index(p.severity) for p in ranked)
    errors = [p for p in problems if p.severity == ERROR]
    assert [p for p in ranked if p.severity == ERROR] == errors


def test_submitting_unit() -> None:
    doc = clean_document()
    assert submitting_unit(doc) == "示例局"  # the projects' common 主管部门
    doc.projects.append(clean_project())
    doc.projects[1].department = "另一局"
    assert submitting_unit(doc) == ""
    doc.reporting_unit = " 填报单位 "
    assert submitting_unit(doc) == "填报单位"


def test_nothing_readable_still_gives_a_summary() -> None:
    wb = read([], [("a.json", "不是有效的 JSON")])
    assert wb.sheetnames == ["汇总"]
    assert values(wb["汇总"])[3][0] == "合计"


def test_unwritable_target_is_a_file_format_error(tmp_path: Path) -> None:
    with pytest.raises(FileFormatError):
        save_review_report(tmp_path / "missing" / "r.xlsx", [], today=DAY)


def test_the_department_block_comes_first_as_部门整体() -> None:
    """Issue 30: the department's problems (project 部门整体) have their own section, before
    the projects."""
    doc = broken_document()
    doc.department = Department(overall_goal="做好工作。",
                                tasks=[Task("保障支出", measures=[Measure("确保财政平稳运行。")])])
    ws = read([ReviewedFile.checked("a.json", doc)])["示例局"]
    rows = values(ws)
    header = row_of(ws, "序号")
    assert rows[header][0] == "部门整体\u3000\u3000警告 1 个"
    assert rows[header + 1][1:3] == ("警告", "分项目标（一）保障支出")
    assert str(rows[header + 2][0]).startswith("1. =SUM(A1)")
