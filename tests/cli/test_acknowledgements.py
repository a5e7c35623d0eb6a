"""``jxeditor validate`` and the review report on warnings confirmed as intended (确认无误):
marked with the reason, counted apart, the exit status unchanged; kept through a
workbook whose sheet was edited in Excel."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from builders import clean_document

from jxeditor.cli import main
from jxeditor.document.document import Document
from jxeditor.document.model import Indicator
from jxeditor.formats import json_format
from jxeditor.formats.xlsx.reader import read_xlsx
from jxeditor.formats.xlsx.writer import save_xlsx
from jxeditor.rules.acknowledgements import acknowledged
from jxeditor.rules.engine import validate

REASON = "合同约定按件计"


def confirmed_document() -> Document:
    """Two warnings (》 95% and 100 without a unit), the second confirmed as intended."""
    doc = clean_document()
    for path, value in (((0, 1, 0), "100"), ((0, 2, 0), "》 95%")):
        node = doc.node(doc.projects[0], path)
        assert isinstance(node, Indicator)
        node.value = value
    problem = next(p for p in validate(doc) if p.code == "value.missing_unit")
    doc.set_acknowledgements(doc.projects[0], acknowledged(doc.projects[0], problem, REASON))
    return doc


def test_text_output_marks_the_confirmed_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "confirmed.json"
    json_format.save(confirmed_document(), path)
    assert main(["validate", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"警告（已确认：{REASON}）［value.missing_unit］" in out
    assert "警告［value.symbol］" in out
    assert "0 个错误，1 个警告，0 个提示，0 个待填，1 个已确认" in out


def test_json_output_has_the_reason_or_null(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "confirmed.json"
    json_format.save(confirmed_document(), path)
    assert main(["validate", "--json", str(path)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["code"]: r["acknowledged"] for r in rows} == {
        "value.missing_unit": REASON, "value.symbol": None}
    assert all(r["severity"] == "warning" for r in rows)


def test_report_lists_it_last_with_the_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "confirmed.json"
    report = tmp_path / "审核意见.xlsx"
    json_format.save(confirmed_document(), path)
    assert main(["validate", str(path), "--report", str(report)]) == 0
    capsys.readouterr()
    wb = openpyxl.load_workbook(report)
    rows = [tuple(r) for r in wb[wb.sheetnames[1]].iter_rows(values_only=True)]
    header = next(i for i, r in enumerate(rows) if r[0] == "序号")
    assert rows[header][-1] == "确认说明"
    assert "警告 1 个" in str(rows[header + 1][0]) and "已确认 1 个" in str(rows[header + 1][0])
    problems = rows[header + 2:header + 4]
    assert [r[5] for r in problems] == [None, f"已确认：{REASON}"]
    assert "单位" in str(problems[1][3])
    summary = [tuple(r) for r in wb["汇总"].iter_rows(values_only=True)]
    assert summary[3][5:11] == (0, 0, 1, 0, 1, "建议修改")  # counted apart, not as a warning


def test_kept_when_the_project_sheet_was_edited_in_excel(tmp_path: Path) -> None:
    """A sheet edited after export is read again from its cells; the confirmations name
    their place, so they come back from the hidden copy."""
    path = tmp_path / "edited.xlsx"
    save_xlsx(confirmed_document(), path)
    wb = openpyxl.load_workbook(path)
    sheet = wb["档案室改造"]
    cell = next(c for row in sheet.iter_rows() for c in row if c.value == "档案室改造")
    cell.value = "档案室改造工程"
    wb.save(path)
    again, notices = read_xlsx(path)
    assert any("重新读取" in n for n in notices)
    assert again.projects[0].name == "档案室改造工程"
    problem = next(p for p in validate(again) if p.code == "value.missing_unit")
    assert problem.acknowledged == REASON
