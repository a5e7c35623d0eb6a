"""Issue 30, form B: the funds overview of a 申报表 (年度部门整体支出预算: 资金总额, 财政拨款,
其他资金; 基本支出 with 人员经费 and 公用经费, 项目支出) is read into the department block,
written on the 部门整体 sheet and read back from its cells exactly (an edited sheet is read
from its cells, not from the hidden copy); a bureau's layout of label | amount pairs is
read too, and a 申报表 without the overview has none."""

from __future__ import annotations

import dataclasses
import io
from decimal import Decimal
from pathlib import Path

import openpyxl
from builders import clean_document

from jxeditor.document.department import Department, DepartmentFunds, Task
from jxeditor.document.document import Document
from jxeditor.document.model import FundingColumn
from jxeditor.formats.documents import save_document
from jxeditor.formats.json_department import FUNDS_KEYS
from jxeditor.formats.tables.department_grid import read_declaration
from jxeditor.formats.xlsx.reader import read_workbook
from jxeditor.formats.xlsx.writer import workbook_bytes

D = Decimal
FUNDS = DepartmentFunds(total=D("1200.5"), income_fiscal=D("1000"), income_other=D("200.5"),
                        basic=D("700"), personnel=D("500"), public=D("200"),
                        projects=D("500.5"))


def with_funds(funds: DepartmentFunds | None) -> Document:
    doc = clean_document()
    doc.department = Department(
        name="示例局", overall_goal="做好工作。", funds=funds,
        tasks=[Task("组织财政收入", "完成收入任务。", FundingColumn(D("10"), D("10"), None))],
        total=FundingColumn(D("10"), D("10"), None),
    )
    return doc


def test_the_sheet_shows_the_overview_under_the_name() -> None:
    ws = openpyxl.load_workbook(io.BytesIO(workbook_bytes(with_funds(FUNDS))[0]))["部门整体"]
    got = [tuple(r) for r in ws.iter_rows(values_only=True)]
    assert got[4][:4] == ("年度部门整体支出预算（万元）", "资金总额", "财政拨款", "其他资金")
    assert got[5][1:4] == (1200.5, 1000, 200.5)
    assert got[6][1:5] == ("基本支出", "人员经费", "公用经费", "项目支出")
    assert got[7][1:5] == (700, 500, 200, 500.5)
    assert got[8][0] == "年度主要任务"
    assert "A5:A8" in {str(r) for r in ws.merged_cells.ranges}


def edited_and_read(doc: Document, tmp_path: Path, cell: str = "B4",
                    value: object = "改过的名称") -> Department:
    path = tmp_path / "申报表.xlsx"
    save_document(doc, path)
    wb = openpyxl.load_workbook(path)
    wb["部门整体"]["B4"] = "改过的名称"  # the sheet is read from its cells
    wb["部门整体"][cell] = value
    wb.save(path)
    back, notices, _ours = read_workbook(path)
    assert back.department is not None and back.department.name == "改过的名称"
    assert len(notices) == 1
    return back.department


def test_written_and_read_back_from_the_cells(tmp_path: Path) -> None:
    doc = with_funds(FUNDS)
    back = edited_and_read(doc, tmp_path)
    assert back.funds == FUNDS
    assert dataclasses.replace(back, name="示例局") == doc.department


def test_an_amount_changed_on_the_sheet_is_read(tmp_path: Path) -> None:
    back = edited_and_read(with_funds(FUNDS), tmp_path, "E8", 480)  # 项目支出
    assert back.funds == dataclasses.replace(FUNDS, projects=D("480"))


def test_parts_left_blank_stay_blank_and_no_overview_stays_none(tmp_path: Path) -> None:
    partial = DepartmentFunds(income_fiscal=D("80"), projects=D("30"))
    assert edited_and_read(with_funds(partial), tmp_path).funds == partial
    assert edited_and_read(with_funds(None), tmp_path).funds is None


def test_a_layout_of_label_and_amount_pairs_is_read() -> None:
    grid = [
        ["部门整体支出绩效目标申报表", "", "", "", ""],
        ["部门（单位）名称", "示例县财政局", "", "", ""],
        ["年度部门整体支出预算（万元）", "资金总额", "1,200.5", "财政拨款", "1000"],
        ["", "其他资金", "200.5", "", ""],
        ["", "基本支出", "700", "项目支出", "500.5"],
        ["", "人员经费", "500", "公用经费", "200"],
        ["年度主要任务", "任务名称", "主要内容", "总额", ""],
        ["", "组织财政收入", "完成收入任务。", "10", ""],
        ["", "金额合计", "", "10", ""],
        ["年度总体目标", "做好工作。", "", "", ""],
    ]
    dept = read_declaration(grid)
    assert dept is not None and dept.funds == FUNDS
    assert [t.title for t in dept.tasks] == ["组织财政收入"]  # the overview is not a task
    assert dept.total == FundingColumn(D("10"), None, None)


def test_the_json_keys_name_every_part() -> None:
    assert set(FUNDS_KEYS) == {f.name for f in dataclasses.fields(DepartmentFunds)}
