"""Issue 31.6: a formula in a 得分 or 分值 cell of a 自评 workbook, with its result or
without, is never taken as the bureau's number: an error names the sheet and cell, the
total counts the program's own score (the 分值 its even share); a number typed there (and
a formula elsewhere) stays silent. One message per fault: the import notice of a formula
without a result is left out for such a cell."""

from __future__ import annotations

import io
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
from formats.xlsx.test_stage_forms import edit, handmade_form, written
from year_examples import evaluated_document

from jxeditor.document.document import Document
from jxeditor.document.stages import formula_score, score_formula
from jxeditor.formats.xlsx.percent import CellInfo
from jxeditor.formats.xlsx.reader import read_xlsx
from jxeditor.rules.engine import validate
from jxeditor.rules.problems import ERROR
from jxeditor.scoring.project import score_document

SCORE_CELL = "H13"  # 服务人数's 得分 in the handmade 自评表 (23.33 typed there)
POINTS_CELL = "G13"  # its 分值 (25 typed there, the even share of 产出's 50)
SILENT = "evaluation.score_formula"
EQUALS_NOTICE = "去掉开头的“=”"  # the import notice of a formula without a result


def with_cell(path: Path, cell: str, value: object) -> Path:
    wb = openpyxl.load_workbook(path)
    wb["自评表"][cell] = value
    wb.save(path)
    return path


def cached(path: Path, formula: bytes, result: bytes) -> Path:
    """The workbook with ``result`` stored as the formula's computed value, as Excel or
    WPS save it (openpyxl writes formulas without one)."""
    data = path.read_bytes()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            member = src.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                empty = b"<f>" + formula + b"</f><v />"
                assert empty in member
                member = member.replace(empty, b"<f>" + formula + b"</f><v>" + result + b"</v>")
            dst.writestr(item, member)
    path.write_bytes(out.getvalue())
    return path


def formula_problems(doc: Document) -> list[tuple[str, str, str]]:
    return [(p.severity, p.location, p.message) for p in validate(doc) if p.code == SILENT]


def check_reported(doc: Document, formula: str) -> None:
    ev = doc.projects[0].indicators[0].children[0].children[0].evaluation
    assert ev is not None and ev.score == formula_score(formula, "自评表", SCORE_CELL)
    assert score_formula(ev.score) == (formula, "自评表", SCORE_CELL)
    (severity, location, message), = formula_problems(doc)
    assert severity == ERROR and location.endswith("服务人数")
    assert message == (f"得分是工作表“自评表”单元格 {SCORE_CELL} 中的公式“{formula}”，公式的结果"
                       "不作为自评得分（总分按程序计算的得分）：请填写得分的数字，或留空由程序计算")
    score = score_document(doc)[0].indicators[0]
    assert not score.score_by_user and score.score == score.computed  # the program's own


def test_a_formula_without_a_result_is_an_error(tmp_path: Path) -> None:
    """Before, the import notice also asked to take away the “=”: wrong advice for a
    score, and a second message for one fault."""
    path = tmp_path / "自评.xlsx"
    handmade_form(path)
    doc, notices = read_xlsx(with_cell(path, SCORE_CELL, "=G13*0.9"))
    check_reported(doc, "=G13*0.9")
    assert not any(EQUALS_NOTICE in n for n in notices)


def test_a_formula_elsewhere_without_a_result_keeps_its_notice(tmp_path: Path) -> None:
    """The look-alike: a result-less formula in the 实际完成值 is no score; its notice stays."""
    path = tmp_path / "自评.xlsx"
    handmade_form(path)
    with_cell(path, SCORE_CELL, "=G13*0.9")
    doc, notices = read_xlsx(with_cell(path, "F14", "=96%"))
    assert [n for n in notices if EQUALS_NOTICE in n] == [
        "工作表“自评表”单元格 F14 是没有计算结果的公式“=96%”，已按文字读入：请在表格中去掉开头的“=”"]
    assert len(formula_problems(doc)) == 1  # the score's formula: one error, no notice


def points_problem(doc: Document, formula: str) -> None:
    ev = doc.projects[0].indicators[0].children[0].children[0].evaluation
    assert ev is not None and score_formula(ev.points) == (formula, "自评表", POINTS_CELL)
    (severity, location, message), = formula_problems(doc)
    assert severity == ERROR and location.endswith("服务人数")
    assert message == (f"分值是工作表“自评表”单元格 {POINTS_CELL} 中的公式“{formula}”，公式的结果"
                       "不作为分值（按一级指标的分值平均分配）：请填写分值的数字，或留空由程序平均分配")
    score = score_document(doc)[0].indicators[0]
    assert not score.points_by_user and score.points == Decimal(25)  # the even share


def test_a_points_formula_with_its_result_is_an_error(tmp_path: Path) -> None:
    """Before: the computed 30 was read as the 分值 the bureau set, silently."""
    path = tmp_path / "自评.xlsx"
    handmade_form(path)
    with_cell(path, POINTS_CELL, "=G14+5")
    doc, notices = read_xlsx(cached(path, b"G14+5", b"30"))
    points_problem(doc, "=G14+5")
    assert not any("公式" in n for n in notices)


def test_a_points_formula_without_a_result_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "自评.xlsx"
    handmade_form(path)
    doc, notices = read_xlsx(with_cell(path, POINTS_CELL, "=50/2"))
    points_problem(doc, "=50/2")
    assert not any(EQUALS_NOTICE in n for n in notices)


def test_typed_points_and_a_total_of_points_stay_silent(tmp_path: Path) -> None:
    path = tmp_path / "自评.xlsx"
    handmade_form(path)
    with_cell(path, POINTS_CELL, 30)
    with_cell(path, "G14", 20)
    with_cell(path, "G18", "=SUM(G13:G17)")  # the footer's 分值 total: computed, not read
    with_cell(path, "F6", "=5+5")  # the funds block's 分值: the program's own 10
    doc, _notices = read_xlsx(cached(cached(path, b"SUM(G13:G17)", b"100"), b"5+5", b"10"))
    ev = doc.projects[0].indicators[0].children[0].children[0].evaluation
    assert ev is not None and ev.points == Decimal(30)  # the bureau's own 分值
    assert formula_problems(doc) == []
    assert score_document(doc)[0].indicators[0].points == Decimal(30)


def test_a_formula_with_its_result_is_an_error_too(tmp_path: Path) -> None:
    """Before: the computed 22.5 was read as the bureau's own score, silently."""
    path = tmp_path / "自评.xlsx"
    handmade_form(path)
    with_cell(path, SCORE_CELL, "=G13*0.9")
    doc, notices = read_xlsx(cached(path, b"G13*0.9", b"22.5"))
    check_reported(doc, "=G13*0.9")
    assert not any("公式" in n for n in notices)  # no notice: only the error says it


def test_a_typed_score_and_a_formula_elsewhere_stay_silent(tmp_path: Path) -> None:
    path = tmp_path / "自评.xlsx"
    handmade_form(path)
    with_cell(path, SCORE_CELL, 22.5)
    with_cell(path, "H18", "=SUM(H13:H17)")  # the footer's 总分: computed, not read
    doc, _notices = read_xlsx(cached(path, b"SUM(H13:H17)", b"93.83"))
    ev = doc.projects[0].indicators[0].children[0].children[0].evaluation
    assert ev is not None and ev.score == Decimal("22.5")  # the person's own score
    assert formula_problems(doc) == []


def test_an_exported_sheet_edited_with_a_formula_score(tmp_path: Path) -> None:
    """Our own export, its 得分 overwritten by a formula in Excel: read again by its
    labels and merged with the hidden copy, the formula reported by its cell."""
    path = written(evaluated_document(), tmp_path)
    edit(path, {11.84: "=F15*0.9"})
    doc, notices = read_xlsx(path)
    ev = doc.projects[0].indicators[0].children[1].children[0].evaluation
    assert ev is not None and score_formula(ev.score) == ("=F15*0.9", "职业技能培训", "G15")
    assert [p.path for p in validate(doc) if p.code == SILENT] == [(0, 1, 0)]
    assert not any(EQUALS_NOTICE in n for n in notices)  # the error says it, once


def test_an_ods_formula_with_its_result_is_found() -> None:
    """LibreOffice's .ods: every formula is there with ``every``, computed or not."""
    content = (
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
        '<office:spreadsheet><table:table table:name="自评表"><table:table-row>'
        '<table:table-cell office:value-type="float" office:value="12.5"><text:p>12.5</text:p>'
        '</table:table-cell><table:table-cell table:formula="of:=[.A1]*0.9"'
        ' office:value-type="float" office:value="11.25"><text:p>11.25</text:p>'
        '</table:table-cell></table:table-row></table:table></office:spreadsheet>'
        '</office:body></office:document-content>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as ods:
        ods.writestr("content.xml", content)
    info = CellInfo(buffer.getvalue())
    assert info.formulas("自评表") == {}  # computed: python-calamine reads its result
    assert info.formulas("自评表", every=True) == {(0, 1): "=[.A1]*0.9"}
