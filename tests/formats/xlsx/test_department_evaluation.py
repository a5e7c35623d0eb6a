"""Issue 30, form C: in the 自评 stage the first sheet 部门整体 is the department's
部门整体支出绩效自评表, scored with the project rules; read back exactly from the hidden
copy, an edited sheet from its cells (merged with the hidden copy), a workbook without
the hidden copy by the form's labels, and a LibreOffice re-save unchanged."""

from __future__ import annotations

import copy
import io
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from builders import clean_document

from jxeditor.document.department import (
    Department,
    DepartmentEvaluation,
    Safeguard,
    SpendingRows,
    Task,
)
from jxeditor.document.document import Document
from jxeditor.document.model import Indicator, Level1, Level2
from jxeditor.document.stages import EVALUATION, TARGETS, IndicatorEvaluation
from jxeditor.formats.documents import save_document
from jxeditor.formats.xlsx.reader import read_workbook
from jxeditor.formats.xlsx.writer import workbook_bytes


def evaluated(actual: str = "80人次") -> Document:
    doc = clean_document()
    doc.stage = EVALUATION
    doc.department = Department(
        name="示例局", overall_goal="做好工作。", tasks=[Task("甲", "内容")],
        measures=[Safeguard("制度", "完善制度。")],
        indicators=[
            Level1("产出指标", [Level2("数量指标", [
                Indicator("评审项目数", "≥20个", evaluation=IndicatorEvaluation(actual="22个")),
                Indicator("培训人次", "≥100人次",
                          evaluation=IndicatorEvaluation(actual=actual, deviation="场地不足")),
            ])]),
            Level1("满意度指标", [Level2("服务对象满意度指标", [
                Indicator("满意度", "≥90%", evaluation=IndicatorEvaluation(actual="95%"))])]),
        ],
        evaluation=DepartmentEvaluation(
            SpendingRows(Decimal(100), Decimal(200), Decimal(300)),
            SpendingRows(Decimal(110), Decimal(200), Decimal(310)),
            SpendingRows(Decimal(100), Decimal(190), Decimal(290)), "基本完成。"),
    )
    return doc


def first_sheet(doc: Document) -> openpyxl.worksheet.worksheet.Worksheet:
    wb = openpyxl.load_workbook(io.BytesIO(workbook_bytes(doc)[0]))
    assert wb.sheetnames[0] == "部门整体"
    return wb.worksheets[0]


def rows(doc: Document) -> list[tuple[object, ...]]:
    return [tuple(r) for r in first_sheet(doc).iter_rows(values_only=True)]


def test_the_self_evaluation_form_with_its_scores() -> None:
    got = rows(evaluated())
    assert got[0][0] == "部门整体支出绩效自评表" and got[1][0] == "（2026年度）"
    assert got[3][:2] == ("部门（单位）名称", "示例局")
    assert got[4] == ("部门资金\n（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
    assert got[5][1:] == ("基本支出", 100, 110, 100, "—", "90.91%", "—")
    assert got[6][1:] == ("项目支出", 200, 200, 190, "—", "95.00%", "—")
    assert got[7][1:] == ("合计", 300, 310, 290, 10, "93.55%", 9.35)  # 290/310 of 10 points
    assert got[8][:5] == ("年度总体目标", "预期目标", None, None, "实际完成情况")
    assert (got[9][1], got[9][4]) == ("做好工作。", "基本完成。")
    assert got[10] == ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                       "偏差原因分析及改进措施")
    assert got[11] == ("产出指标\n（50分）", "数量指标", "评审项目数", "≥20个", "22个", 25, 25, None)
    assert got[12][2:] == ("培训人次", "≥100人次", "80人次", 25, 20, "场地不足")
    assert got[13][0] == "满意度指标\n（10分）" and got[13][5:7] == (10, 10)
    assert got[14][0] == "总分" and got[14][5:7] == (70, 64.35)
    assert got[15][0] == "自评等级" and got[15][5] == "中"


def test_a4_portrait_like_the_project_sheets() -> None:
    ws = first_sheet(evaluated())
    assert ws.page_setup.paperSize == 9 and ws.page_setup.orientation == "portrait"
    assert ws.page_setup.fitToWidth == 1 and ws.print_title_rows == "$11:$11"


def test_an_indicator_without_actual_leaves_the_total_unfinished() -> None:
    got = rows(evaluated(actual=""))
    assert got[14][6] == "总分（未完成：1 项未评分）" and got[15][5] == "—"


def test_the_targets_stage_still_writes_the_declaration() -> None:
    doc = evaluated()
    doc.stage = TARGETS
    assert rows(doc)[0][0] == "部门整体支出绩效目标申报表"


def test_read_back_exactly_from_the_hidden_copy(tmp_path: Path) -> None:
    doc, path = evaluated(), tmp_path / "book.xlsx"
    save_document(doc, path)
    back, notices, ours = read_workbook(path)
    assert ours and notices == [] and back == doc


def test_an_edited_sheet_is_read_from_its_cells_and_merged(tmp_path: Path) -> None:
    doc, path = evaluated(), tmp_path / "book.xlsx"
    save_document(doc, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["部门整体"]
    ws["E13"] = "100人次"  # 培训人次 实际完成值
    ws["E6"] = 95  # 基本支出 全年执行数
    ws["E10"] = "全部完成。"
    wb.save(path)
    back, notices, _ours = read_workbook(path)
    assert notices == ["工作表“部门整体”在导出后被修改过，已按表格中现在的内容重新读取部门整体自评"]
    expected = copy.deepcopy(doc.department)
    assert expected is not None and expected.evaluation is not None
    ev = expected.indicators[0].children[0].children[1].evaluation
    assert ev is not None
    ev.actual = "100人次"  # its 分值 and 得分 stay computed (None), as exported
    expected.evaluation.executed.basic = Decimal(95)
    expected.evaluation.goals_achieved = "全部完成。"
    assert back.department == expected  # tasks and 保障措施, not on the sheet, kept
    assert back.projects == doc.projects


def test_a_sheet_edited_past_recognition_keeps_the_hidden_copy(tmp_path: Path) -> None:
    doc, path = evaluated(), tmp_path / "book.xlsx"
    save_document(doc, path)
    wb = openpyxl.load_workbook(path)
    wb["部门整体"]["A1"] = "别的表"
    wb.save(path)
    back, notices, _ours = read_workbook(path)
    assert back.department == doc.department and "按导出时的内容读入" in notices[0]


def test_without_the_hidden_copy_the_form_is_read_by_its_labels(tmp_path: Path) -> None:
    doc, path = evaluated(), tmp_path / "book.xlsx"
    save_document(doc, path)
    wb = openpyxl.load_workbook(path)
    del wb["_jxeditor"]
    wb.save(path)
    back, notices, ours = read_workbook(path)
    assert not ours and notices[0] == "工作表“部门整体”：已读入部门整体支出绩效自评表，请核对"
    dept = back.department
    assert dept is not None and doc.department is not None
    assert (dept.name, dept.overall_goal, dept.evaluation) == (
        "示例局", "做好工作。", doc.department.evaluation)
    names = [(i.name, i.value, i.evaluation.actual if i.evaluation else None)
             for l1 in dept.indicators for l2 in l1.children for i in l2.children]
    assert names == [("评审项目数", "≥20个", "22个"), ("培训人次", "≥100人次", "80人次"),
                     ("满意度", "≥90%", "95%")]
    assert [l1.name for l1 in dept.indicators] == ["产出指标", "满意度指标"]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("stage", [TARGETS, EVALUATION])
def test_a_libreoffice_resave_keeps_the_block(tmp_path: Path, stage: str) -> None:
    doc = evaluated()
    doc.stage = stage
    path, out = tmp_path / "book.xlsx", tmp_path / "out"
    save_document(doc, path)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                    "--convert-to", "xlsx", "--outdir", str(out), str(path)],
                   check=True, capture_output=True, timeout=240)
    back, _notices, ours = read_workbook(out / "book.xlsx")
    assert ours and back.department == doc.department
