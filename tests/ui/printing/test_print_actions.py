"""文件 → 导出 PDF…, 打印预览… and 打印…: the projects chosen, the PDF written, the
pages drawn for a printer, the page set-up remembered."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog

from jxeditor.document.stages import MONITORING
from ui.printing.fonts import chinese_family
from ui.printing.print_actions import PrintActions, ScopeDialog, save_page_setup
from ui.session.questions import Cancelled


@pytest.fixture
def printing(window) -> PrintActions:  # type: ignore[no-untyped-def]
    actions: PrintActions = window.menus.printing
    actions.ask_scope = lambda _title: (True, None)
    return actions


def test_the_file_menu_has_the_actions(window) -> None:  # type: ignore[no-untyped-def]
    file_menu = window.menuBar().actions()[0].menu()
    printing = window.menus.printing
    actions = file_menu.actions()
    for action in (printing.act_export_pdf, printing.act_preview, printing.act_print):
        assert action in actions
    assert printing.act_print.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)


def test_export_the_whole_document(printing: PrintActions, tmp_path: Path, window) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def ask(suggested: str) -> str:
        asked.append(suggested)
        return str(tmp_path / "表")

    printing.ask_path = ask
    written = printing.export_pdf()
    assert written == tmp_path / "表.pdf"
    assert asked == [str(tmp_path / "doc.pdf")]  # beside the open file, named after it
    assert len(PdfReader(written).pages) == 3
    assert window.questions.infos[-1].startswith("PDF 已写入")
    assert not window.session.stack.count()  # the document is not touched


def test_a_text_cut_in_the_pdf_is_shown_after_the_export(printing: PrintActions, tmp_path: Path,
                                                         window) -> None:  # type: ignore[no-untyped-def]
    """Issue 32.3: as 另存为 .xlsx shows the cells it cut, 导出 PDF shows the texts it could
    not print whole: the project, the field, the characters printed of how many."""
    project = window.session.doc.projects[1]
    window.session.doc.set_project_field(window.session.doc.projects[1], "goals.annual", "年度目标文字。" * 5000)
    printing.ask_path = lambda _s: str(tmp_path / "长.pdf")
    assert printing.export_pdf() == tmp_path / "长.pdf"
    info = window.questions.infos[-1]
    assert info.splitlines() == [
        f"PDF 已写入“{tmp_path / '长.pdf'}”，但有些文字没有印全：",
        f"项目“{project.name}”的“年度目标”共 35,000 字，超过表格一格能容纳的 32,000 字："
        "只印出了前 32,000 字（文档中保留全文）"]


def test_printing_says_what_it_cut(printing: PrintActions, tmp_path: Path,
                                  window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The printer cuts as the PDF does, and says so after 打印 as 导出 PDF does."""
    window.session.doc.set_project_field(window.session.doc.projects[0], "purpose", "用途\x01")
    monkeypatch.setattr("PySide6.QtPrintSupport.QPrintDialog.exec",
                        lambda _self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(printing, "make_printer", lambda: pdf_printer(tmp_path / "printed.pdf"))
    assert printing.print_document()
    assert window.questions.infos[-1].splitlines()[1].endswith(
        "的“项目资金主要用途”含有无法印出的控制字符，已略去（文档中保留原文）")


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_export_the_current_or_chosen_projects(printing: PrintActions, tmp_path: Path) -> None:
    printing.ask_path = lambda _s: str(tmp_path / "one.pdf")
    printing.ask_scope = lambda _title: (True, [1])
    written = printing.export_pdf()
    assert written is not None
    assert len(PdfReader(written).pages) == 1
    if chinese_family() is not None:  # the glyphs need a Chinese font
        assert "示例项目1" in PdfReader(written).pages[0].extract_text().replace("\n", "")


def test_nothing_chosen_or_cancelled_writes_nothing(printing: PrintActions, tmp_path: Path,
                                                    window) -> None:  # type: ignore[no-untyped-def]
    printing.ask_path = lambda _s: pytest.fail("no path asked")
    printing.ask_scope = lambda _title: (False, None)
    assert printing.export_pdf() is None
    printing.ask_scope = lambda _title: (True, [])
    assert printing.export_pdf() is None
    assert window.questions.infos[-1] == "没有选择项目。"
    printing.ask_scope = lambda _title: (True, None)
    printing.ask_path = lambda _s: str(tmp_path / "x.pdf")

    def cancel(_text: str) -> None:
        raise Cancelled

    window.questions.answers["run_long"] = cancel
    assert printing.export_pdf() is None
    assert list(tmp_path.glob("*.pdf")) == []


def test_a_write_error_is_shown(printing: PrintActions, tmp_path: Path, window) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    window.questions.answers["show_error"] = shown.append
    printing.ask_path = lambda _s: str(tmp_path / "missing" / "x.pdf")
    assert printing.export_pdf() is None
    assert len(shown) == 1 and "x.pdf" in shown[0] and "无法保存" in shown[0]


def test_scope_dialog(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ScopeDialog(window.session.doc, 1, "导出 PDF")
    qtbot.addWidget(dialog)
    assert dialog.chosen() is None
    dialog.one.setChecked(True)
    assert dialog.chosen() == [1]
    dialog.some.setChecked(True)
    assert dialog.list.isEnabled() and dialog.chosen() == [1]  # the current one ticked
    dialog.list.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.list.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.list.item(2).setCheckState(Qt.CheckState.Checked)
    assert dialog.chosen() == [0, 2]


def test_printer_pages_and_remembered_page_setup(printing: PrintActions, tmp_path: Path) -> None:
    printer = printing.make_printer()
    layout = printer.pageLayout()
    assert layout.pageSize().id() == QPageSize.PageSizeId.A4
    assert layout.orientation() == QPageLayout.Orientation.Portrait
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert printing.render(printer, None) == 3
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 3
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    save_page_setup(printer)
    again = printing.make_printer().pageLayout()
    assert again.pageSize().id() == QPageSize.PageSizeId.A5
    assert again.orientation() == QPageLayout.Orientation.Landscape


@pytest.mark.qt_log_ignore("propagateSizeHints")  # a shown dialog offscreen
def test_preview_draws_the_chosen_projects(printing: PrintActions, qtbot) -> None:  # type: ignore[no-untyped-def]
    printing.ask_scope = lambda _title: (True, [0])
    drawn: list[int] = []
    render = printing.render

    def counted(printer: QPrinter, scope: list[int] | None) -> int:
        drawn.append(render(printer, scope))
        return drawn[-1]

    printing.render = counted  # type: ignore[method-assign]
    dialog = printing.preview()
    assert isinstance(dialog, QPrintPreviewDialog)
    qtbot.waitUntil(lambda: bool(drawn))
    assert drawn[0] == 1
    dialog.reject()


def test_the_monitoring_form_prints_landscape(printing: PrintActions, window) -> None:  # type: ignore[no-untyped-def]
    assert window.session.set_stage(MONITORING)
    orientation = printing.make_printer().pageLayout().orientation()
    assert orientation == QPageLayout.Orientation.Landscape
