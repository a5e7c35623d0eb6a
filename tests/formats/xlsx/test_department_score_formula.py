"""Issue 30: a formula in a 得分 cell of the department's 自评表 (form C), with its result
or without, is the same error as in a project's (``evaluation.score_formula``, named by
sheet and cell, on 部门整体), whether the form is read by its labels or an edited export
is merged with its hidden copy; a number typed there and a formula elsewhere (总分) stay
silent."""

from __future__ import annotations

import io
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
from formats.xlsx.test_department_evaluation import evaluated

from jxeditor.document.department import DEPARTMENT_LABEL
from jxeditor.document.document import Document
from jxeditor.document.stages import score_formula
from jxeditor.formats.documents import save_document
from jxeditor.formats.xlsx.reader import read_workbook
from jxeditor.rules.engine import validate
from jxeditor.rules.problems import ERROR

SCORE_CELL = "G13"  # 培训人次's 得分 on the exported 部门整体 sheet
CODE = "evaluation.score_formula"


def saved(tmp_path: Path, cells: dict[str, object], hidden: bool = False) -> Path:
    path = tmp_path / "部门自评.xlsx"
    save_document(evaluated(), path)
    wb = openpyxl.load_workbook(path)
    if not hidden:
        del wb["_jxeditor"]  # a workbook of the department's own: read by its labels
    for cell, value in cells.items():
        wb["部门整体"][cell] = value
    wb.save(path)
    return path


def cached(path: Path, formula: bytes, result: bytes) -> Path:
    """The workbook with ``result`` stored as the formula's computed value, as Excel or
    WPS save it (in the one sheet that holds it; the other sheets are the projects')."""
    empty = b"<f>" + formula + b"</f><v />"
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as src, \
            zipfile.ZipFile(out, "w") as dst:
        found = 0
        for item in src.infolist():
            member = src.read(item.filename)
            found += member.count(empty)
            dst.writestr(item, member.replace(empty, b"<f>" + formula + b"</f><v>" + result + b"</v>"))
    assert found == 1
    path.write_bytes(out.getvalue())
    return path


def training_score(doc: Document) -> object:
    assert doc.department is not None
    ev = doc.department.indicators[0].children[0].children[1].evaluation
    assert ev is not None
    return ev.score


def reported(doc: Document) -> list[tuple[str, str, object, str]]:
    return [(p.severity, p.project_name, p.path, p.message)
            for p in validate(doc) if p.code == CODE]


def check(doc: Document, formula: str) -> None:
    assert score_formula(training_score(doc)) == (formula, "部门整体", SCORE_CELL)
    assert reported(doc) == [(
        ERROR, DEPARTMENT_LABEL, (0, 0, 1),
        f"得分是工作表“部门整体”单元格 {SCORE_CELL} 中的公式“{formula}”，公式的结果"
        "不作为自评得分（总分按程序计算的得分）：请填写得分的数字，或留空由程序计算")]


def test_a_formula_without_a_result_is_an_error(tmp_path: Path) -> None:
    doc, _notices, _ours = read_workbook(saved(tmp_path, {SCORE_CELL: "=F13*0.8"}))
    check(doc, "=F13*0.8")


def test_a_formula_with_its_result_is_an_error_too(tmp_path: Path) -> None:
    """Before: the computed 20 was read as the department's own score, silently."""
    path = cached(saved(tmp_path, {SCORE_CELL: "=F13*0.8"}), b"F13*0.8", b"20")
    doc, _notices, _ours = read_workbook(path)
    check(doc, "=F13*0.8")


def test_an_edited_export_with_a_formula_score(tmp_path: Path) -> None:
    doc, _notices, ours = read_workbook(saved(tmp_path, {SCORE_CELL: "=F13*0.8"}, hidden=True))
    assert ours
    check(doc, "=F13*0.8")


def test_a_typed_score_and_a_formula_in_the_total_stay_silent(tmp_path: Path) -> None:
    path = cached(saved(tmp_path, {SCORE_CELL: 19.5, "G15": "=SUM(G12:G14)"}),
                  b"SUM(G12:G14)", b"54.5")
    doc, _notices, _ours = read_workbook(path)
    assert training_score(doc) == Decimal("19.5")  # the department's own score
    assert reported(doc) == []
