"""The .xlsx export: the form layout, the summary and list sheets, safe text, amounts."""

from __future__ import annotations

import copy
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from builders import clean_document

from jxeditor.document.document import Document
from jxeditor.document.model import (
    FundingColumn,
    Indicator,
    Level1,
    Level2,
    Project,
    get_field,
    set_field,
)
from jxeditor.errors import FileFormatError
from jxeditor.formats.xlsx.common import LIST_SHEET, META_SHEET, SUMMARY_SHEET
from jxeditor.formats.xlsx.reader import read_xlsx
from jxeditor.formats.xlsx.writer import save_xlsx, workbook_bytes

FORMULA_LIKE = ["=1+1", "+1", "-1", "@SUM(A1)", "=HYPERLINK(\"http://x\",\"点我\")"]


def _save(doc: Document, tmp_path: Path, name: str = "out.xlsx") -> tuple[Path, list[str]]:
    path = tmp_path / name
    return path, save_xlsx(doc, path)


def _load(path: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(path)


def _values(ws: object) -> list[list[object]]:
    return [list(row) for row in ws.iter_rows(values_only=True)]  # type: ignore[attr-defined]


def _find(ws: object, text: str) -> object:
    for row in ws.iter_rows():  # type: ignore[attr-defined]
        for cell in row:
            if cell.value == text:
                return cell
    raise AssertionError(f"{text!r} not on sheet")


# -- workbook structure -------------------------------------------------------------------
def test_sheets_in_order_with_hidden_data_sheet(tmp_path: Path) -> None:
    doc = clean_document(reporting_unit="示例局")
    doc.projects.append(copy.deepcopy(doc.projects[0]))
    path, notices = _save(doc, tmp_path)
    wb = _load(path)
    assert wb.sheetnames == [SUMMARY_SHEET, LIST_SHEET, "档案室改造", "档案室改造(2)", META_SHEET]
    assert wb[META_SHEET].sheet_state == "hidden"
    assert all(wb[n].sheet_state == "visible" for n in wb.sheetnames[:-1])
    assert notices == []


def test_form_layout_like_the_paper_form(tmp_path: Path) -> None:
    path, _ = _save(clean_document(reporting_unit="示例局"), tmp_path)
    ws = _load(path)["档案室改造"]
    values = _values(ws)
    assert values[0][0] == "本级预算项目绩效目标表"
    assert values[1][0] == "（2026年度）"
    assert values[2][0] == "填报单位（盖章）：示例局" and values[2][3] == "单位：万元"
    labels = [row[0] for row in values]
    for label in ("项目编码", "项目名称", "主管部门", "资金投入（万元）", "资金支出计划（%）", "绩效目标",
                  "一级指标", "产出指标"):
        assert label in labels
    row = labels.index("项目名称")
    assert values[row][1] == "档案室改造" and values[row][3] == "项目实施期"
    assert values[row][4] == "2026年1月至2026年12月"
    funding = labels.index("资金投入（万元）")
    assert [values[funding + i][1] for i in range(3)] == ["实施期金额", "其中：财政拨款", "其他资金"]
    assert values[funding][2] == 20 and values[funding][4] == 12.5
    head = labels.index("一级指标")
    assert values[head][:5] == ["一级指标", "二级指标", "三级指标", None, "年度指标值"]
    assert len(values[head]) == 5  # no description / basis columns when none is filled
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert "A1:E1" in merged and f"C{head + 1}:D{head + 1}" in merged
    # 一级指标 产出指标 spans its three rows (数量, 质量, 时效)
    assert f"A{head + 2}:A{head + 4}" in merged
    assert ws.print_title_rows == f"${head + 1}:${head + 1}"


def test_form_style_and_print_setup(tmp_path: Path) -> None:
    doc = clean_document(reporting_unit="示例局")
    doc.projects[0].goals.annual = "完成档案室改造并投入使用，" * 30
    path, _ = _save(doc, tmp_path)
    ws = _load(path)["档案室改造"]
    goal = _find(ws, doc.projects[0].goals.annual)
    assert goal.font.name == "宋体"  # type: ignore[attr-defined]
    assert goal.alignment.wrap_text  # type: ignore[attr-defined]
    assert goal.border.left.style == "thin"  # type: ignore[attr-defined]
    assert ws.row_dimensions[goal.row].height > 60  # type: ignore[attr-defined]
    assert _find(ws, "本级预算项目绩效目标表").font.b  # type: ignore[attr-defined]
    assert ws.column_dimensions["C"].width >= 20
    assert ws.page_setup.paperSize == 9 and ws.page_setup.orientation == "portrait"
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage


def test_description_and_basis_columns_only_when_used(tmp_path: Path) -> None:
    doc = clean_document(reporting_unit="示例局")
    ind = doc.projects[0].indicators[0].children[0].children[0]
    ind.description = "改造的房屋面积"
    path, _ = _save(doc, tmp_path)
    ws = _load(path)["档案室改造"]
    head = _find(ws, "一级指标").row  # type: ignore[attr-defined]
    header = [c.value for c in ws[head]]
    assert header[5:] == ["绩效指标描述"]
    assert _find(ws, "改造的房屋面积").column == 6  # type: ignore[attr-defined]


def test_empty_groups_get_a_row(tmp_path: Path) -> None:
    doc = clean_document(reporting_unit="示例局")
    doc.projects[0].indicators.append(Level1("共性指标", []))
    doc.projects[0].indicators[0].children.append(Level2("空的二级", []))
    path, _ = _save(doc, tmp_path)
    ws = _load(path)["档案室改造"]
    assert _find(ws, "共性指标").column == 1  # type: ignore[attr-defined]
    assert _find(ws, "空的二级").column == 2  # type: ignore[attr-defined]


def test_summary_and_indicator_list(tmp_path: Path) -> None:
    doc = clean_document(reporting_unit="示例局")
    doc.projects[0].funding.annual.total = Decimal("99")  # now a sum mismatch: one error
    path, _ = _save(doc, tmp_path)
    wb = _load(path)
    summary = _values(wb[SUMMARY_SHEET])
    assert summary[0] == ["项目编码", "项目名称", "主管部门", "实施期金额", "年度金额", "财政拨款",
                          "其他资金", "错误数", "警告数"]
    assert summary[1][:7] == ["102001001", "档案室改造", "示例局", 20, 99, 12.5, None]
    assert summary[1][7] >= 1
    link = wb[SUMMARY_SHEET]["B2"].hyperlink
    assert link is not None and link.location == "'档案室改造'!A1"
    listing = wb[LIST_SHEET]
    rows = _values(listing)
    assert rows[0] == ["项目", "一级指标", "二级指标", "三级指标", "年度指标值", "绩效指标描述",
                       "指标值确定依据"]
    count = sum(len(l2.children) for l1 in doc.projects[0].indicators for l2 in l1.children)
    assert len(rows) == 1 + count
    assert rows[1][:5] == ["档案室改造", "产出指标", "数量指标", "改造面积", "≥120平方米"]
    assert listing.auto_filter.ref == f"A1:G{1 + count}"
    assert listing.freeze_panes == "A2"
    assert wb[SUMMARY_SHEET].freeze_panes == "A2"


# -- text is text -----------------------------------------------------------------------------
def test_formula_like_text_stays_text(tmp_path: Path) -> None:
    doc = clean_document(reporting_unit="示例局")
    p = doc.projects[0]
    p.name, p.department, p.code, p.purpose = FORMULA_LIKE[:4]
    p.indicators[0].children[0].children[0].value = FORMULA_LIKE[4]
    doc.reporting_unit = "=1"
    path, _ = _save(doc, tmp_path)
    wb = _load(path)
    found = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value in FORMULA_LIKE:
                    assert cell.data_type == "s"
                    found += 1
    assert found >= 5 * 2  # the form sheet, plus the summary and list sheets
    name_cell = _find(wb[p.name], "=1+1")
    assert name_cell.quotePrefix  # type: ignore[attr-defined]
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                xml = archive.read(name).decode("utf-8")
                assert "<f>" not in xml and "<f " not in xml


def test_codes_stay_text(tmp_path: Path) -> None:
    doc = clean_document(reporting_unit="示例局")
    doc.projects[0].code = "0012"
    path, _ = _save(doc, tmp_path)
    cell = _find(_load(path)["档案室改造"], "0012")
    assert cell.data_type == "s"  # type: ignore[attr-defined]


def test_illegal_characters_are_dropped_with_a_notice(tmp_path: Path) -> None:
    doc = clean_document(reporting_unit="示例局")
    doc.projects[0].goals.annual = "目标\x01\x0b一\ufffe\ud800"
    doc.projects[0].name = "名\x00称"
    path, notices = _save(doc, tmp_path)
    wb = _load(path)
    assert "名称" in wb.sheetnames
    assert _find(wb["名称"], "目标一").data_type == "s"  # type: ignore[attr-defined]
    assert any("单元格" in n and "无法保存" in n for n in notices)


def test_overlong_text_is_cut_in_the_cell_only(tmp_path: Path) -> None:
    doc = clean_document(reporting_unit="示例局")
    doc.projects[0].goals.period = "长" * 40000
    path, notices = _save(doc, tmp_path)
    ws = _load(path)["档案室改造"]
    lengths = [len(c.value) for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert max(lengths) <= 32767
    assert notices


def test_amounts_are_numbers_with_a_decimal_format(tmp_path: Path) -> None:
    doc = clean_document(reporting_unit="示例局")
    doc.projects[0].funding.period = FundingColumn(Decimal("1443.08"), Decimal("12345.123456"),
                                                   "四十万")
    path, _ = _save(doc, tmp_path)
    ws = _load(path)["档案室改造"]
    total = _find(ws, 1443.08)
    assert total.data_type == "n" and total.number_format == "0.00##"  # type: ignore[attr-defined]
    assert _find(ws, 12345.123456).number_format == "0.00####"  # type: ignore[attr-defined]
    assert _find(ws, "四十万").data_type == "s"  # type: ignore[attr-defined]


def test_failed_save_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "out.xlsx"
    with pytest.raises(FileFormatError, match="无法保存"):
        save_xlsx(clean_document(reporting_unit="示例局"), target)
    assert not target.parent.exists()


def test_empty_document_and_project_without_anything() -> None:
    data, notices = workbook_bytes(Document())
    assert data[:2] == b"PK" and notices == []
    data, _ = workbook_bytes(Document(projects=[Project()]))
    assert data[:2] == b"PK"


def test_many_indicators_in_one_project(tmp_path: Path) -> None:
    doc = clean_document(reporting_unit="示例局")
    group = doc.projects[0].indicators[0].children[0]
    group.children = [Indicator(f"指标{i}", "≥1个") for i in range(300)]
    path, _ = _save(doc, tmp_path)
    assert len(_values(_load(path)[LIST_SHEET])) > 300


# The payloads of the adversarial review (issue 20: 0 formula cells over 19 payloads), and more.
PAYLOADS = [
    "=1+1", "+1+1", "-1+1", "@SUM(A1)", '=HYPERLINK("http://x","点我")',
    "=cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "＝1+1", '=DDE("cmd";"/C calc";"!A0")',
    " =1+1", '"=1+1"', "=1+1;", "'=1+1", "%0A=1+1", '=IMPORTXML("http://x","//a")',
    '=WEBSERVICE("http://x")', "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@=1+1",
    "=1+1\n第二行", "==1",
]
TEXT_FIELDS = ["code", "department", "implementer", "purpose", "goals.period", "goals.annual"]
INDICATOR_FIELDS = ["name", "value", "description", "basis"]


def _payload_document() -> Document:
    """One project per payload, the payload in every text field of it (the name keeps a prefix,
    as a project's name is also its sheet's name)."""
    doc = clean_document(reporting_unit="示例局")
    template = doc.projects[0]
    doc.projects = []
    for number, payload in enumerate(PAYLOADS):
        p = copy.deepcopy(template)
        p.name = f"项目{number}{payload}"
        for path in TEXT_FIELDS:
            set_field(p, path, payload)
        indicator = p.indicators[0].children[0].children[0]
        for name in INDICATOR_FIELDS:
            setattr(indicator, name, payload)
        doc.projects.append(p)
    doc.reporting_unit = PAYLOADS[0]
    return doc


def _texts(doc: Document) -> list[str]:
    out = [doc.reporting_unit]
    for p in doc.projects:
        out += [p.name] + [get_field(p, path) for path in TEXT_FIELDS]
        indicator = p.indicators[0].children[0].children[0]
        out += [getattr(indicator, name) for name in INDICATOR_FIELDS]
    return out


def test_no_payload_becomes_a_formula_and_every_one_round_trips(tmp_path: Path) -> None:
    doc = _payload_document()
    path, _notices = _save(doc, tmp_path)
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                xml = archive.read(name).decode("utf-8")
                assert "<f>" not in xml and "<f " not in xml, name
    wb = _load(path)
    found: set[str] = set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value in PAYLOADS:
                    assert cell.data_type == "s", (ws.title, cell.coordinate, cell.value)
                    found.add(cell.value)
    assert found == set(PAYLOADS) - {"\r=1+1"}  # a lone CR is written as a line break (below)
    back, _ = read_xlsx(path)
    assert _texts(back) == _texts(doc)  # exactly, from the hidden copy


def test_payloads_round_trip_from_the_visible_cells_alone(tmp_path: Path) -> None:
    doc = _payload_document()
    path, _notices = _save(doc, tmp_path)
    wb = _load(path)
    del wb[META_SHEET]  # as if the hidden copy were lost: only what a person sees is read
    wb.save(path)
    back, _ = read_xlsx(path)
    assert len(back.projects) == len(PAYLOADS)
    def seen(texts: list[str]) -> list[str]:  # visible cells are read trimmed, CR as a line break
        return [t.replace("\r", "\n").strip() for t in texts]

    assert seen(_texts(back)) == seen(_texts(doc))
