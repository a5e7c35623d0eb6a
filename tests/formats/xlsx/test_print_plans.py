"""What a printout draws, without Qt: the form plans, the cells' looks and texts, and
which rows repeat on each page."""

from __future__ import annotations

from datetime import date

import pytest
from builders import clean_document, clean_project

from jxeditor.document.department import Department
from jxeditor.formats.xlsx.print_plans import (
    CellLook,
    cell_look,
    form_plans,
    shown_text,
    workbook_plans,
)
from jxeditor.formats.xlsx.review_report import ReviewedFile, review_workbook
from jxeditor.formats.xlsx.sheet_plan import SheetPlan
from jxeditor.formats.xlsx.writer import plan_workbook


@pytest.mark.parametrize(
    ("value", "style", "fmt", "expected"),
    [
        (1443.08, "amount", None, "1443.08"),
        (12.0, "amount", None, "12.00"),
        (12.34567, "amount", None, "12.3457"),
        (1.234567, "amount", "0.00####", "1.234567"),
        (3, "amount", None, "3.00"),
        (100.0, "number", None, "100"),
        (8.33, "number", None, "8.33"),
        ("约40万", "center", None, "约40万"),
        (None, "text", None, ""),
    ],
)
def test_cells_show_what_the_spreadsheet_shows(value: object, style: str, fmt: str | None,
                                               expected: str) -> None:
    assert shown_text(value, style, fmt) == expected  # type: ignore[arg-type]


def test_looks_come_from_the_export_styles() -> None:
    assert cell_look("title").size == 18 and cell_look("title").bold
    head = cell_look("head")
    assert head.boxed and head.bold and head.fill == "F2F2F2" and head.align == "center"
    assert cell_look("goal").valign == "top" and cell_look("goal").align == "left"
    assert cell_look("amount").align == "right" and cell_look("amount").number_format == "0.00##"
    assert not cell_look("note_left").boxed
    assert cell_look("no such style") == CellLook()


def test_form_plans_are_the_workbooks_form_sheets() -> None:
    doc = clean_document()
    second = clean_project()
    second.name = "第二个项目"
    doc.projects.append(second)
    plans, _notices = form_plans(doc)
    sheets, _ = plan_workbook(doc)
    assert [p.grid() for p in plans] == [s.grid() for s in sheets[2:4]]
    chosen, _ = form_plans(doc, [1])
    assert [p.title for p in chosen] == ["第二个项目"]


def test_header_rows_are_the_indicator_tables_header() -> None:
    plan, = form_plans(clean_document())[0]
    header = plan.header_rows()
    assert len(header) == 1
    assert plan.rows[header[0] - 1][0][0] == "一级指标"  # type: ignore[index]
    assert SheetPlan("x", [1.0]).header_rows() == range(0)
    assert SheetPlan("x", [1.0], title_rows="3:5").header_rows() == range(3, 6)
    assert SheetPlan("x", [1.0], title_rows="bad").header_rows() == range(0)


def test_workbook_plans_hold_the_review_workbooks_sheets() -> None:
    doc = clean_document()
    doc.projects[0].indicators[0].children[0].children[0].value = ""
    entry = ReviewedFile.checked("a.json", doc)
    wb = review_workbook([entry], [("b.xlsx", "无法读取")], date(2026, 5, 6))
    plans, looks = workbook_plans(wb)
    assert [p.title for p in plans] == wb.sheetnames
    for plan, ws in zip(plans, wb.worksheets, strict=True):
        assert plan.orientation == "landscape"
        assert len(plan.header_rows()) == 1  # "$5:$5" read as row 5
        assert len(plan.rows) == ws.max_row and len(plan.widths) == ws.max_column
        assert {(r.min_row, r.min_col, r.max_row, r.max_col) for r in ws.merged_cells.ranges} \
            == set(plan.merges)
    texts = [c[0] for row in plans[1].rows for c in row if c]
    assert "审核意见" in texts and any(p.message in texts for p in entry.problems)
    title = plans[1].rows[0][0]
    assert title is not None and looks[title[1]].size == 18
    colours = {looks[c[1]].color for row in plans[1].rows for c in row if c}
    assert len(colours) > 1  # the severities in their colours


LONG = "完成档案室改造并投入使用。" * 2500  # 32,500 characters: over a cell's 32,000


def test_a_printed_text_cut_names_its_project_field_and_length() -> None:
    """Issue 32.3: the printout reports each text it cuts, by project and field, with
    the characters printed and the whole (the .xlsx names its sheet and cell instead)."""
    doc = clean_document()
    project = doc.projects[0]
    project.purpose, project.goals.period = LONG, LONG
    project.goals.annual = LONG + "\x01"
    project.indicators[0].children[0].children[0].value = LONG
    project.indicators[0].children[0].children[0].description = "说明\x1b"
    _plans, notices = form_plans(doc)
    cut = "共 32,500 字，超过表格一格能容纳的 32,000 字：只印出了前 32,000 字（文档中保留全文）"
    assert notices == [
        "项目“档案室改造”的“项目资金主要用途”" + cut,
        "项目“档案室改造”的“实施期目标”" + cut,
        "项目“档案室改造”的“年度目标”" + cut,
        "项目“档案室改造”的“年度指标值”" + cut,
        "项目“档案室改造”的“绩效指标描述”含有无法印出的控制字符，已略去（文档中保留原文）",
    ]
    xlsx = plan_workbook(doc)[1]  # the form sheet's cells, then the 指标清单's
    assert all(n.startswith("工作表“") and "完整内容保存在隐藏的数据中" in n for n in xlsx)
    assert sum(n.startswith("工作表“档案室改造”单元格 ") for n in xlsx) == 5


def test_the_later_stages_and_the_department_name_their_fields() -> None:
    from year_examples import evaluated_document

    doc = evaluated_document()
    project = doc.projects[0]
    project.evaluation.goals_achieved = LONG  # type: ignore[union-attr]
    project.indicators[0].children[0].children[0].evaluation.deviation = LONG  # type: ignore[union-attr]
    notices = form_plans(doc, [0])[1]
    assert [n.split("共")[0] for n in notices] == [
        f"项目“{project.name}”的“实际完成情况”", f"项目“{project.name}”的“偏差原因分析及改进措施”"]
    doc = clean_document()
    doc.department = Department(name="示例局", functions="职能\x01", overall_goal=LONG)
    assert [n.split("共")[0].split("含")[0] for n in form_plans(doc)[1]] == [
        "部门整体的“部门职能概述”", "部门整体的“年度总体目标”"]
