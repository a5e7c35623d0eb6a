"""Reading workbooks: own exports, forms made elsewhere, .xls/.ods, and hostile files.

Fixtures in ``tests/fixtures``: ``xlsx-export-sample.json`` is a document; its .xls and
.ods are our .xlsx export of it converted by LibreOffice 7 (``soffice --headless
--convert-to xls|ods``); ``dalian-sample.xls``/``.ods`` are the shared sample workbook
converted the same way.
"""

from __future__ import annotations

import io
import tempfile
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from builders import two_projects
from fixture_paths import FIXTURES, SAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st
from sample_tables import LAYOUT_B

from jxeditor.document.document import Document
from jxeditor.document.model import iter_indicators
from jxeditor.errors import FileFormatError
from jxeditor.formats import json_format
from jxeditor.formats.documents import load_document
from jxeditor.formats.tableimport import split_text
from jxeditor.formats.tables.artefacts import LAYOUT_C_ABSENT, LAYOUT_C_NOTICE
from jxeditor.formats.xlsx.common import LIST_SHEET, META_SHEET, SUMMARY_SHEET
from jxeditor.formats.xlsx.reader import read_grids, read_xlsx
from jxeditor.formats.xlsx.writer import save_xlsx, workbook_bytes

SAMPLE_XLSX = SAMPLES / "dalian-hitech-finance-2026.xlsx"


def _export(tmp_path: Path, doc: Document | None = None) -> tuple[Path, Document]:
    doc = doc or two_projects()
    path = tmp_path / "book.xlsx"
    save_xlsx(doc, path)
    return path, doc


def _edit(path: Path, edit: object) -> None:
    """Opens the workbook with openpyxl (as another program would), edits, saves."""
    wb = openpyxl.load_workbook(path)
    edit(wb)  # type: ignore[operator]
    wb.save(path)


# -- our own exports ---------------------------------------------------------------------------
def test_own_export_reads_back_exactly(tmp_path: Path) -> None:
    path, doc = _export(tmp_path)
    again, notices = read_xlsx(path)
    assert again == doc and notices == []


def test_resaved_by_another_program_still_exact(tmp_path: Path) -> None:
    path, doc = _export(tmp_path)
    _edit(path, lambda wb: None)
    again, notices = read_xlsx(path)
    assert again == doc and notices == []


@pytest.mark.parametrize("suffix", ["xls", "ods"])
def test_own_export_converted_by_libreoffice(suffix: str) -> None:
    doc = json_format.load(FIXTURES / "xlsx-export-sample.json")
    again, notices = read_xlsx(FIXTURES / f"xlsx-export-sample.{suffix}")
    assert again == doc and notices == []


def test_edited_project_sheet_is_read_from_the_visible_cells(tmp_path: Path) -> None:
    path, doc = _export(tmp_path)

    def edit(wb: openpyxl.Workbook) -> None:
        ws = wb["第二个项目"]
        for row in ws.iter_rows():
            for cell in row:
                if cell.value == "≥120平方米":
                    cell.value = "≥150平方米"

    _edit(path, edit)
    again, notices = read_xlsx(path)
    assert again.projects[0] == doc.projects[0]  # untouched: exact, from the hidden copy
    changed = again.projects[1]
    assert changed.name == "第二个项目" and changed.code == "0012"
    assert changed.indicators[0].children[0].children[0].value == "≥150平方米"
    assert any("第二个项目" in n and "修改" in n for n in notices)


def test_edited_summary_is_ignored_with_a_notice(tmp_path: Path) -> None:
    path, doc = _export(tmp_path)
    _edit(path, lambda wb: wb[SUMMARY_SHEET].cell(row=2, column=2, value="改名"))
    again, notices = read_xlsx(path)
    assert again == doc
    assert len(notices) == 1 and SUMMARY_SHEET in notices[0] and "不会读入" in notices[0]


def test_deleted_and_renamed_sheets(tmp_path: Path) -> None:
    path, doc = _export(tmp_path)

    def edit(wb: openpyxl.Workbook) -> None:
        del wb["档案室改造"]
        wb["第二个项目"].title = "改过名的工作表"

    _edit(path, edit)
    again, notices = read_xlsx(path)
    assert again.projects == [doc.projects[1]]
    assert len(notices) == 1 and "已被删除" in notices[0] and "档案室改造" in notices[0]


def test_damaged_hidden_data_falls_back_to_the_visible_sheets(tmp_path: Path) -> None:
    path, doc = _export(tmp_path)
    _edit(path, lambda wb: wb[META_SHEET].cell(row=wb[META_SHEET].max_row, column=2, value="xx"))
    again, notices = read_xlsx(path)
    assert [p.name for p in again.projects] == ["档案室改造", "第二个项目"]
    assert again.projects[0].funding == doc.projects[0].funding
    assert again.reporting_unit == "示例局" and again.year == 2026
    assert "不完整或已被改动" in notices[0]
    assert any(SUMMARY_SHEET in n for n in notices) and any(LIST_SHEET in n for n in notices)


# -- forms made elsewhere --------------------------------------------------------------------------
def test_sample_workbook_via_the_table_reader() -> None:
    doc, notices = read_xlsx(SAMPLE_XLSX)
    assert len(doc.projects) == 12
    first = doc.projects[0]
    assert first.name == "财金局基本建设零星项目"
    assert first.funding.annual.total == Decimal("1443.08")
    assert first.indicators[0].name == "产出指标"
    assert doc.year == 2026
    assert all("工作表“" in n for n in notices)


def test_sample_workbook_equals_the_sample_text() -> None:
    """The published workbook and the copied text of the same twelve tables agree."""

    doc, _ = read_xlsx(SAMPLE_XLSX)
    text_doc, _ = load_document(SAMPLES / "dalian-hitech-finance-2026.txt")
    assert doc == text_doc


def test_formulas_without_result_are_read_as_typed() -> None:
    """``=100%`` typed as a value became a formula nobody computed: not lost, and said."""
    doc, notices = read_xlsx(SAMPLE_XLSX)
    values = {ind.name: ind.value for p in doc.projects for *_, ind in iter_indicators(p)}
    assert values["设施正常运转率"] == "=100%" and values["偿还资金金额"] == "=644万元"
    assert any("财金局基本建设零星项目" in n and "E18" in n and "=100%" in n for n in notices)
    assert any("E12" in n and "=644万元" in n for n in notices)


@pytest.mark.parametrize("suffix", ["xls", "ods"])
def test_sample_converted_to_xls_and_ods(suffix: str) -> None:
    doc, _ = read_xlsx(FIXTURES / f"dalian-sample.{suffix}")
    reference, _ = read_xlsx(SAMPLE_XLSX)
    # The sample holds formulas ("=100%", "=644万元": values typed with a leading "=")
    # without a cached result: the .xlsx reader recovers the formula text; LibreOffice
    # calculated them when converting (1, and an empty text), and .xls/.ods are read by
    # their values only. Everything else is the same.
    for p, q in zip(doc.projects, reference.projects, strict=True):
        for path, _l1, _l2, ind in iter_indicators(q):
            if ind.value.startswith("="):
                i, j, k = path
                ind.value = p.indicators[i].children[j].children[k].value = ""
    assert doc == reference


def test_grid_texts_and_merges() -> None:
    grids = read_grids(SAMPLE_XLSX)
    first = grids[0]
    assert first.rows[5][2] == "1443.08"  # a float cell, written as people wrote it
    assert first.rows[0][0] == "本级预算项目绩效目标表"
    assert (0, 0, 0, 4) in first.merged


def test_sheets_without_tables_are_skipped_with_a_notice(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "说明"
    wb.active["A1"] = "本文件为示例"
    table = wb.create_sheet("表")
    for row in (["项目名称", "档案室改造"], ["主管部门", "示例局", "实施单位", "示例局"],
                ["年度目标", "完成改造"], ["一级指标", "二级指标", "三级指标", "年度指标值"],
                ["产出指标", "数量指标", "改造面积", "≥120平方米"]):
        table.append(row)
    hidden = wb.create_sheet("隐藏")
    hidden.sheet_state = "hidden"
    wb.create_sheet("空")
    path = tmp_path / "foreign.xlsx"
    wb.save(path)
    doc, notices = read_xlsx(path)
    assert [p.name for p in doc.projects] == ["档案室改造"]
    assert any("说明" in n and "没有找到" in n for n in notices)
    assert any("隐藏" in n for n in notices) and any("“空”" in n for n in notices)
    assert doc.framework == "2015"


def _rewrite(data: bytes, member: str, change: object) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == member:
                content = change(content)  # type: ignore[operator]
            archive.writestr(info.filename, content)
    return out.getvalue()


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=0, max_value=10**9), st.sampled_from(
    ["xl/worksheets/sheet3.xml", "xl/workbook.xml", "xl/styles.xml", "[Content_Types].xml",
     "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet5.xml"]))
def test_damaged_xml_inside_a_sound_zip(cut: int, member: str) -> None:
    """Any damaged part gives a FileFormatError or a document, never another exception."""
    data, _ = workbook_bytes(two_projects())
    damaged = _rewrite(data, member, lambda c: c[: cut % max(len(c), 1)] + b"<\x00&;")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "damaged.xlsx"
        path.write_bytes(damaged)
        try:
            doc, _notices = read_xlsx(path)
        except FileFormatError as error:
            assert str(path) in str(error)
        else:
            assert isinstance(doc, Document)


def test_foreign_form_with_real_world_quirks(tmp_path: Path) -> None:
    """Layout A made elsewhere: starts in column B, merged cells, spaced labels, full-width
    colons, amounts as text (40万), blank other funds, a stray note and a stray cell."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "档案室改造"
    rows = [
        ["本级预算项目绩效目标表"],
        ["（2026年度）"],
        ["填报单位（盖章）：示例局", "", "", "单位：万元"],
        ["项 目 名 称", "档案室改造", "", "项目实施期", "2026年1月至2026年12月"],
        ["主管部门：", "示例局", "", "实施单位", "示例局档案室"],
        ["资金投入（万元）", "实施期金额", "40万", "年度金额", "40万"],
        ["", "其中：财政拨款", "40", "其中：财政拨款", "40"],
        ["", "其他资金", "", "其他资金", ""],
        ["绩 效 目 标", "实施期目标", "", "年度目标"],
        ["", "完成档案室改造。", "", "完成档案室改造并投入使用。"],
        ["一级指标", "二级指标", "三级指标", "", "年度指标值"],
        ["产出指标", "数量指标", "改造面积", "", "≥120平方米"],
        ["", "", "档案柜数量", "", "≥20个"],
        ["", "时效指标", "完成时间", "", "按时"],
        ["满意度指标", "服务对象满意度指标", "使用人员满意度", "", "≥90%"],
        ["注：本表由示例局填报。"],
    ]
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=2):  # the table starts in column B
            if value != "":
                ws.cell(r, c, value)
    ws.merge_cells("B12:B14")
    ws.merge_cells("C12:C13")
    ws["H13"] = "多出来的一格"
    path = tmp_path / "foreign-a.xlsx"
    wb.save(path)
    doc, notices = read_xlsx(path)
    assert [p.name for p in doc.projects] == ["档案室改造"]
    p = doc.projects[0]
    assert (p.department, p.implementer) == ("示例局", "示例局档案室")
    assert p.funding.period.total == Decimal(40) and p.funding.annual.total == Decimal(40)
    assert p.funding.annual.fiscal == Decimal(40) and p.funding.annual.other is None
    assert p.goals.period == "完成档案室改造。" and p.goals.annual == "完成档案室改造并投入使用。"
    tree = [(l1.name, l2.name, [i.name for i in l2.children])
            for l1 in p.indicators for l2 in l1.children]
    assert tree == [
        ("产出指标", "数量指标", ["改造面积", "档案柜数量"]),
        ("产出指标", "时效指标", ["完成时间"]),
        ("满意度指标", "服务对象满意度指标", ["使用人员满意度"]),
    ]
    assert doc.year == 2026 and doc.reporting_unit == "示例局"
    assert any("档案室改造" in n and "H13" in n for n in notices), notices


def test_layout_b_and_c_workbooks(tmp_path: Path) -> None:
    """Layouts B and C as workbooks made elsewhere: one sheet each, percentages typed in
    Excel (numbers with a percent format), a code typed as a number."""
    wb = openpyxl.Workbook()
    b = wb.active
    b.title = "B"
    for row in split_text(LAYOUT_B):
        b.append(row)
    c = wb.create_sheet("C")
    for row in (
        ["项目编码", 102001001, "预算项目名称", "一般债券到期还本"],
        ["项目资金主要用途", "预算数 5851万元。用于偿还到期的政府一般债券本金。"],
        ["资金支出计划（%）", "3月底", "6月底", "10月底", "12月底"],
        ["", 0, 0.3, 0.6, 1],
        ["绩效目标", "按时偿还债券本金。"],
        ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"],
        ["产出指标", "数量指标", "还本规模", "年度还本总额", "5851万元", "根据到期债券计算"],
        ["", "质量指标", "还本违约率", "违约还本金额占总到期债券的比重", 0, "上级文件"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "群众满意程度", 0.85, "工作要求"],
    ):
        c.append(row)
    for cell in (*c[4][1:], c["E9"]):
        cell.number_format = "0%"
    path = tmp_path / "b-and-c.xlsx"
    wb.save(path)
    doc, notices = read_xlsx(path)
    assert notices == [LAYOUT_C_NOTICE]  # as the PDF and the pasted list of layout C get
    pb, pc = doc.projects
    assert (pb.absent_fields, pc.absent_fields) == ((), LAYOUT_C_ABSENT[:4])  # 预算数 given
    assert (pb.name, pb.attribute, pb.funding.annual.total) == ("档案室改造", "新增项目", Decimal("12.5"))
    assert (pc.code, pc.name, pc.funding.annual.total) == ("102001001", "一般债券到期还本", Decimal(5851))
    assert pc.spending_plan == {"03": Decimal(0), "06": Decimal(30), "10": Decimal(60), "12": Decimal(100)}
    last = pc.indicators[-1].children[0].children[0]
    assert (last.name, last.value, last.basis) == ("群众满意度", "85%", "工作要求")
