"""Issue 30: the department's overall targets as the first sheet of the export, 部门整体
(the 申报表), printed first too; read back exactly from the hidden copy, an edited sheet
with one notice; a document without the block is exported as before."""

from __future__ import annotations

import dataclasses
import io
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from builders import clean_document
from fixture_paths import SAMPLES

from jxeditor.document.department import Department, Task
from jxeditor.document.document import Document
from jxeditor.document.model import FundingColumn, Indicator, Level1, Level2
from jxeditor.formats.documents import load_document, save_document
from jxeditor.formats.xlsx.print_plans import form_plans
from jxeditor.formats.xlsx.reader import read_workbook
from jxeditor.formats.xlsx.writer import workbook_bytes

SAMPLE = SAMPLES / "department-overall-and-coded-projects-2023.txt"


@pytest.fixture(scope="module")
def sample() -> Document:
    return load_document(SAMPLE)[0]


def sheet(doc: Document) -> openpyxl.worksheet.worksheet.Worksheet:
    wb = openpyxl.load_workbook(io.BytesIO(workbook_bytes(doc)[0]))
    assert wb.sheetnames[0] == "部门整体"
    return wb.worksheets[0]


def rows(ws: openpyxl.worksheet.worksheet.Worksheet) -> list[tuple[object, ...]]:
    return [tuple(r) for r in ws.iter_rows(values_only=True)]


def test_the_sample_as_the_first_sheet(sample: Document) -> None:
    ws = sheet(sample)
    got = rows(ws)
    assert got[0][0] == "部门整体支出绩效目标申报表" and got[1][0] == "（2023年度）"
    assert got[4][:4] == ("年度主要任务", "任务名称", "主要内容", "预算金额（万元）")
    assert got[5][3:] == ("总额", "财政拨款", "其他资金")
    assert got[6][1:3] == ("（一）落实法律、法规和制度", "严格落实法律、法规和制度要求。")
    assert got[14][1] == "金额合计"
    assert got[15][0] == "年度总体目标" and str(got[15][1]).startswith("我局根据管委会工作部署")
    assert got[16] == ("年度绩效指标", "分项目标", "绩效指标", None, "指标名称", "指标值")
    assert got[17][1:] == ("（一）落实法律、法规和制度", "全局所有行政行为主体、职权、事实、程序合法率 100%。",
                           None, "合法率", "=100%")
    safeguards = [r for r in got if r[0] == "目标规划及保障措施"]
    assert safeguards and str(safeguards[0][1]).startswith("（一）完善制度建设。制定完善预算绩效管理制度")
    assert str(got[-1][1]).startswith("（二十一）支持卫生事业发展。")
    assert ws.page_setup.paperSize == 9 and ws.page_setup.orientation == "portrait"
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert "A5:A15" in {str(r) for r in ws.merged_cells.ranges}  # 年度主要任务, down the tasks
    assert ws.row_dimensions[16].height > 60  # the long goal gets the lines it needs


def test_budgets_and_their_sum_and_the_indicator_tree() -> None:
    doc = clean_document()
    doc.department = Department(
        name="示例局", overall_goal="做好工作。",
        tasks=[Task("甲", budget=FundingColumn(Decimal("10.5"), Decimal("10.5"), None)),
               Task("乙", budget=FundingColumn(Decimal("2"), None, Decimal("2")))],
        indicators=[Level1("产出指标", [Level2("数量指标", [Indicator("评审项目数", "≥20个"),
                                                            Indicator("培训人次", "≥100人次")])])],
    )
    got = rows(sheet(doc))
    assert got[3][:2] == ("部门（单位）名称", "示例局")
    total = next(r for r in got if r[1] == "金额合计")
    assert total[3:] == (12.5, 10.5, 2)  # the tasks' sums: no 金额合计 was stated
    head = next(i for i, r in enumerate(got) if r[1] == "一级指标")
    assert got[head][1:] == ("一级指标", "二级指标", "三级指标", None, "指标值")
    assert got[head + 1][1:] == ("产出指标", "数量指标", "评审项目数", None, "≥20个")
    assert got[head + 2][3:] == ("培训人次", None, "≥100人次")
    doc.department.total = FundingColumn(Decimal("99"), None, None)
    assert next(r for r in rows(sheet(doc)) if r[1] == "金额合计")[3:] == (99, None, None)


def test_read_back_exactly_and_an_edited_sheet_gives_one_notice(sample: Document, tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    save_document(sample, path)
    back, notices, ours = read_workbook(path)
    assert ours and back == sample and notices == []
    wb = openpyxl.load_workbook(path)
    wb["部门整体"]["B4"] = "改过的名称"
    wb.save(path)
    back, notices, _ours = read_workbook(path)
    assert back.projects == sample.projects and back.department is not None
    assert back.department.name == "改过的名称"
    assert dataclasses.replace(back.department, name="") == sample.department
    assert notices == ["工作表“部门整体”在导出后被修改过，已按表格中现在的内容重新读取部门整体绩效目标"]


def test_without_the_block_the_workbook_starts_as_before() -> None:
    wb = openpyxl.load_workbook(io.BytesIO(workbook_bytes(clean_document())[0]))
    assert wb.sheetnames[:2] == ["汇总", "指标清单"]


def test_print_and_pdf_start_with_it_for_the_whole_document(sample: Document) -> None:
    plans = form_plans(sample)[0]
    assert [p.title for p in plans[:2]] == ["部门整体", "一般债券到期还本"]
    assert [p.title for p in form_plans(sample, [0])[0]] == ["一般债券到期还本"]


def test_a_project_named_like_the_sheet_gets_another_name(sample: Document) -> None:
    sample = load_document(SAMPLE)[0]
    sample.projects[0].name = "部门整体"
    wb = openpyxl.load_workbook(io.BytesIO(workbook_bytes(sample)[0]))
    assert wb.sheetnames[0] == "部门整体" and wb.sheetnames[3] != "部门整体"
    assert len(set(wb.sheetnames)) == len(wb.sheetnames)


def test_the_openpyxl_cell_path_gives_the_same_sheet(sample: Document) -> None:
    def snapshot(data: bytes) -> list[object]:
        ws = openpyxl.load_workbook(io.BytesIO(data))["部门整体"]
        return [sorted(str(r) for r in ws.merged_cells.ranges),
                {r: d.height for r, d in ws.row_dimensions.items() if d.height},
                [(c.coordinate, c.value, c.number_format, c.font.b) for row in ws.iter_rows() for c in row]]

    assert snapshot(workbook_bytes(sample)[0]) == snapshot(workbook_bytes(sample, cell_path=True)[0])


def foreign_declaration(path: Path) -> None:
    """A one-sheet 申报表 as a bureau's template has it: merged cells, the budget header
    over two rows, the indicator tree with merged 一级/二级 cells."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    data = [
        ["部门整体支出绩效目标申报表"],
        ["（ 2026 年度）"],
        ["部门（单位）名称", "示例县财政局"],
        ["部门职能概述", "负责全县财政收支管理。"],
        ["年度主要任务", "任务名称", "主要内容", "预算金额（万元）"],
        [None, None, None, "总额", "财政拨款", "其他资金"],
        [None, "（一）组织财政收入", "完成收入任务。", 120, 100, 20],
        [None, "保障机关运转", "人员和公用经费。", "80.5", "80.5", None],
        [None, "金额合计", None, 200.5, 180.5, 20],
        ["年度总体目标", "全面完成财政收支任务。"],
        ["年度绩效指标", "一级指标", "二级指标", "三级指标", None, "指标值"],
        [None, "产出指标", "数量指标", "评审项目数", None, "≥20个"],
        [None, None, None, "培训人次", None, "≥100人次"],
        [None, None, "质量指标", "评审准确率", None, "≥95%"],
        [None, "满意度指标", "服务对象满意度指标", "预算单位满意度", None, "≥90%"],
        ["目标规划及保障措施", "（一）完善制度。制定制度。"],
    ]
    for row in data:
        ws.append(row)
    for merged in ("A1:F1", "A2:F2", "B3:F3", "B4:F4", "A5:A9", "B5:B6", "C5:C6", "D5:F5", "B9:C9",
                   "B10:F10", "A11:A15", "D11:E11", "B12:B14", "C12:C13", "B16:F16"):
        ws.merge_cells(merged)
    wb.save(path)


def test_a_declaration_made_elsewhere_is_read_by_its_labels(tmp_path: Path) -> None:
    path = tmp_path / "申报表.xlsx"
    foreign_declaration(path)
    doc, notices, ours = read_workbook(path)
    assert not ours and doc.projects == []
    assert notices == ["工作表“Sheet”：已读入部门整体支出绩效目标申报表，请核对"]
    dept = doc.department
    assert dept is not None
    assert (dept.name, dept.functions, dept.overall_goal) == (
        "示例县财政局", "负责全县财政收支管理。", "全面完成财政收支任务。")
    assert [(t.title, t.content, t.budget) for t in dept.tasks] == [
        ("组织财政收入", "完成收入任务。", FundingColumn(Decimal(120), Decimal(100), Decimal(20))),
        ("保障机关运转", "人员和公用经费。", FundingColumn(Decimal("80.5"), Decimal("80.5"), None)),
    ]
    assert dept.total == FundingColumn(Decimal("200.5"), Decimal("180.5"), Decimal(20))
    assert [(l1.name, [(l2.name, [(i.name, i.value) for i in l2.children]) for l2 in l1.children])
            for l1 in dept.indicators] == [
        ("产出指标", [("数量指标", [("评审项目数", "≥20个"), ("培训人次", "≥100人次")]),
                      ("质量指标", [("评审准确率", "≥95%")])]),
        ("满意度指标", [("服务对象满意度指标", [("预算单位满意度", "≥90%")])]),
    ]
    assert [(s.title, s.text) for s in dept.measures] == [("完善制度", "制定制度。")]


def test_the_summary_has_the_department_against_the_sum_of_the_projects(sample: Document) -> None:
    doc = load_document(SAMPLE)[0]
    assert doc.department is not None
    doc.department.total = FundingColumn(Decimal("50000"), Decimal("50000"), None)
    ws = openpyxl.load_workbook(io.BytesIO(workbook_bytes(doc)[0]))["汇总"]
    got = rows(ws)
    assert got[1] == (None, "部门整体", None, None, 50000, 50000, None, 1, 4)  # below_projects; 4 warnings
    assert got[2] == (None, "项目合计", None, None, 54388, None, None, None, None)
    assert got[3][0] == "102001001"
    assert ws["B2"].hyperlink.location == "'部门整体'!A1"
