"""What cell values do not say: percent formats and formulas without a result."""

from __future__ import annotations

import io
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
from fixture_paths import FIXTURES, SAMPLES

from jxeditor.document.model import iter_indicators
from jxeditor.formats.xlsx.percent import CellInfo, percent_text
from jxeditor.formats.xlsx.reader import read_grids, read_xlsx

SAMPLE_XLSX = SAMPLES / "dalian-hitech-finance-2026.xlsx"


def test_percent_formatted_numbers_read_as_percentages(tmp_path: Path) -> None:
    """Excel stores a typed 95% as 0.95 with a percent format; the reader says 95%."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["项目名称", "测试项目"], ["主管部门", "甲局", "实施单位", "乙中心"],
                ["资金支出计划（%）", "3月底", "6月底", "10月底", "12月底"], ["", 0.3, 0.5, 0.8, 1],
                ["年度目标", "年目标"], ["一级指标", "二级指标", "三级指标", "年度指标值"],
                ["产出指标", "数量指标", "完成率", 0.95], ["产出指标", "数量指标", "个数", 0.5]):
        ws.append(row)
    for cell in ws[4][1:]:
        cell.number_format = "0%"
    ws["D7"].number_format = "0.00%"
    path = tmp_path / "percent.xlsx"
    wb.save(path)
    grid = read_grids(path)[0]
    assert grid.rows[3][1:] == ["30%", "50%", "80%", "100%"]
    assert grid.rows[6][3] == "95%" and grid.rows[7][3] == "0.5"  # no percent format there
    doc, _ = read_xlsx(path)
    assert doc.projects[0].spending_plan["03"] == Decimal(30)


def test_percent_text() -> None:
    assert [percent_text(v) for v in (0.95, 1, 0.333, 0.0001, 0)] == [
        "95%", "100%", "33.3%", "0.01%", "0%"]



def test_ods_percentages_and_formulas_without_result() -> None:
    """In the .ods (LibreOffice's conversion of the sample workbook) "=100%" was computed
    and is shown as a percentage; "=644万元" could not be computed: both come back."""
    doc, notices = read_xlsx(FIXTURES / "dalian-sample.ods")
    reference, _ = read_xlsx(SAMPLE_XLSX)
    values = {ind.name: ind.value for p in doc.projects for *_, ind in iter_indicators(p)}
    assert values["设施正常运转率"] == "100%" and values["偿还资金金额"] == "=644万元"
    assert any("E12" in n and "=644万元" in n for n in notices)
    for p in reference.projects:
        for *_, ind in iter_indicators(p):
            if ind.value == "=100%":
                ind.value = "100%"
    assert doc == reference


def _percent_book() -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "表"
    ws.append(["完成率", 0.95, 0.5])
    ws["B1"].number_format = "0%"
    ws["A2"] = "=644万元"  # a formula without a result
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def test_cell_info_from_the_archive_and_from_unpacked_parts_agree() -> None:
    data = _percent_book()
    archive = zipfile.ZipFile(io.BytesIO(data))
    unpacked = {n: archive.read(n) for n in archive.namelist() if n.endswith((".xml", ".rels"))}
    for info in (CellInfo(data), CellInfo(data, unpacked)):
        assert info.percent("表") == {(0, 1)}
        assert info.formulas("表") == {(1, 0): "=644万元"}
        assert info.percent("没有的表") == set() and info.formulas("没有的表") == {}


def test_cell_info_reads_unpacked_parts_first() -> None:
    data = _percent_book()
    archive = zipfile.ZipFile(io.BytesIO(data))
    styles = archive.read("xl/styles.xml").replace(b'numFmtId="9"', b'numFmtId="0"')
    assert styles != archive.read("xl/styles.xml")
    assert CellInfo(data, {"xl/styles.xml": styles}).percent("表") == set()


def test_cell_info_of_no_workbook_knows_nothing() -> None:
    info = CellInfo(b"")
    assert info.percent("表") == set() and info.formulas("表") == {}


class _Counting(dict[str, bytes]):
    def __init__(self, parts: dict[str, bytes]) -> None:
        super().__init__(parts)
        self.reads: list[str] = []

    def __getitem__(self, key: str) -> bytes:
        self.reads.append(key)
        return super().__getitem__(key)


def test_a_sheet_is_unpacked_once_for_both_scans() -> None:
    data = _percent_book()
    archive = zipfile.ZipFile(io.BytesIO(data))
    unpacked = _Counting({n: archive.read(n) for n in archive.namelist()})
    info = CellInfo(data, unpacked)
    assert info.percent("表") == {(0, 1)} and info.formulas("表") == {(1, 0): "=644万元"}
    assert unpacked.reads.count("xl/worksheets/sheet1.xml") == 1
