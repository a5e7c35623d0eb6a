"""``jxeditor convert DOC OUT.pdf``: the PDF drawn by a child process (the core loads no
Qt); exit 0/2, one Chinese line per error, no half-written or changed file."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from jxeditor.cli import main
from jxeditor.formats import pdf_child
from jxeditor.resources import resource_path

SAMPLE = resource_path("sample-dalian-2026.json")


def test_convert_writes_the_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "表格.pdf"
    assert main(["convert", str(SAMPLE), str(target)]) == 0
    reader = PdfReader(target)
    assert len(reader.pages) >= 12  # twelve projects, each from a new page
    assert capsys.readouterr().err == ""
    assert [p.name for p in tmp_path.iterdir()] == ["表格.pdf"]


def test_unreadable_input_one_line_and_no_file(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.pdf"
    assert main(["convert", str(tmp_path / "missing.json"), str(target)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "missing.json" in err[0] and "Traceback" not in err[0]
    assert not target.exists()
    target.write_bytes(b"old")
    assert main(["convert", str(tmp_path / "missing.json"), str(target)]) == 2
    assert target.read_bytes() == b"old"


def test_unwritable_target(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "no-such-folder" / "out.pdf"
    assert main(["convert", str(SAMPLE), str(target)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "out.pdf" in err[0] and "无法保存" in err[0]


def test_a_child_that_dies_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_child, "pdf_command",
                        lambda *_args: [sys.executable, "-c", "import os; os._exit(3)"])
    status, lines = pdf_child.convert_to_pdf(str(SAMPLE), str(tmp_path / "out.pdf"))
    assert status == 2 and len(lines) == 1 and "异常退出（退出码 3）" in lines[0]
    monkeypatch.setattr(pdf_child, "pdf_command", lambda *_args: [str(tmp_path / "none")])
    status, lines = pdf_child.convert_to_pdf(str(SAMPLE), str(tmp_path / "out.pdf"))
    assert status == 2 and "无法启动" in lines[0]


@pytest.mark.parametrize(("platform", "program"), [("win32", "jxeditor.exe"),
                                                   ("linux", "jxeditor")])
def test_the_packaged_cli_runs_the_editor_beside_it(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, platform: str, program: str) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "jxeditor-cli"))
    command = pdf_child.pdf_command("in.json", "out.pdf", "m.txt")
    assert command == [str(tmp_path / program), "--export-pdf", "in.json", "out.pdf",
                       "--messages", "m.txt"]


def test_the_source_tree_runs_the_module(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert pdf_child.pdf_command("a", "b.pdf", "m")[:3] == [
        sys.executable, "-m", "ui.printing.pdf_command"]


def test_validate_report_as_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "审核意见.pdf"
    assert main(["validate", str(SAMPLE), "--report", str(target)]) == 1  # problems found
    assert len(PdfReader(target).pages) >= 2
    assert "审核意见已写入" in capsys.readouterr().err
    blocked = tmp_path / "none" / "x.pdf"
    assert main(["validate", str(SAMPLE), "--report", str(blocked)]) == 2
    assert "无法保存" in capsys.readouterr().err and not blocked.exists()


def test_the_packaged_review_command(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(sys, "executable", str(tmp_path / "jxeditor-cli"))
    assert pdf_child.review_command(["a.json", "b.xlsx"], "r.pdf", "m") == [
        str(tmp_path / "jxeditor"), "--review-pdf", "r.pdf", "a.json", "b.xlsx", "--messages", "m"]


def test_a_text_cut_in_the_pdf_is_said(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 32.3: a 年度目标 longer than a cell was cut in the PDF without a word; the
    command line says which field of which project, and how much was printed, as it
    says what the .xlsx export cuts."""
    from builders import clean_document

    from jxeditor.formats import json_format

    doc = clean_document()
    doc.projects[0].goals.annual = "完成档案室改造并投入使用。" * 8000  # 104,000 characters
    source, target = tmp_path / "长目标.json", tmp_path / "长目标.pdf"
    json_format.save(doc, source)
    assert main(["convert", str(source), str(target)]) == 0
    assert capsys.readouterr().err.splitlines() == [
        f"{target}：提示：项目“档案室改造”的“年度目标”共 104,000 字，超过表格一格能容纳的 "
        "32,000 字：只印出了前 32,000 字（文档中保留全文）"]
    assert len(PdfReader(target).pages) >= 2


@pytest.mark.parametrize("suffix", [".xlsx", ".pdf"])
def test_a_text_cut_in_the_review_report_is_said(tmp_path: Path, suffix: str,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """The 审核意见, as .xlsx or as PDF (drawn from the same workbook), says so too."""
    from builders import clean_document

    from jxeditor.formats import json_format

    doc = clean_document()
    doc.projects[0].name = "档案\x01室改造"
    source, report = tmp_path / "a.json", tmp_path / f"审核意见{suffix}"
    json_format.save(doc, source)
    assert main(["validate", str(source), "--report", str(report)]) == 0
    assert f"{report}：提示：审核意见中有 2 个单元格的文字含有 Excel 无法保存的字符" in capsys.readouterr().err
