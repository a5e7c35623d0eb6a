"""文件 → 导出审核意见: the open document's 审核意见 workbook, through the real menu action
with the save dialog answered by :class:`FakeQuestions`."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtWidgets import QMenu

from ui.main_window import MainWindow


def file_menu_texts(window: MainWindow) -> list[str]:
    menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "文件(&F)")
    return [a.text() for a in menu.actions()]


def test_menu_exports_the_review_report(window: MainWindow, tmp_path: Path) -> None:
    assert "导出审核意见(&E)…" in file_menu_texts(window)
    window.session.set_project_field(window.session.doc.projects[1], "implementer", "")  # 待填
    asked: list[str] = []
    target = tmp_path / "意见.xlsx"
    window.questions.answers["ask_save_path"] = lambda suggested: asked.append(suggested) or str(target)
    window.menus.act_review.trigger()
    assert asked == [str(tmp_path / "doc-审核意见.xlsx")]
    assert window.questions.infos == [f"审核意见已写入“{target}”。"]
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames == ["汇总", "示例局"]
    summary = list(wb["汇总"].iter_rows(values_only=True))
    assert [row[4] for row in summary[3:6]] == ["示例项目0", "示例项目1", "示例项目2"]
    assert summary[4][5:11] == (0, 1, 0, 0, 1, "退回修改")
    sheet = list(wb["示例局"].iter_rows(values_only=True))
    assert sheet[2][0] == "文件：doc.json"
    assert any(row[1] == "待填" and row[2] == "实施单位" for row in sheet)
    assert window.files.path == tmp_path / "doc.json"  # the document stays where it was


def test_cancelled_dialog_writes_nothing(window: MainWindow, tmp_path: Path) -> None:
    window.questions.answers["ask_save_path"] = lambda suggested: None
    window.menus.act_review.trigger()
    assert not list(tmp_path.glob("*.xlsx")) and window.questions.infos == []


def test_other_extension_becomes_xlsx(window: MainWindow, tmp_path: Path) -> None:
    window.questions.answers["ask_save_path"] = lambda suggested: str(tmp_path / "意见.json")
    window.menus.act_review.trigger()
    assert (tmp_path / "意见.xlsx").exists() and not (tmp_path / "意见.json").exists()


def test_write_error_is_one_message(window: MainWindow, tmp_path: Path) -> None:
    errors: list[str] = []
    window.questions.answers["ask_save_path"] = lambda suggested: str(tmp_path / "no" / "r.xlsx")
    window.questions.answers["show_error"] = errors.append
    window.menus.act_review.trigger()
    assert len(errors) == 1 and "r.xlsx" in errors[0] and "无法保存" in errors[0]
    assert window.questions.infos == []


def test_texts_cut_in_the_report_are_shown(window: MainWindow, tmp_path: Path) -> None:
    """Issue 32.3: as 另存为 .xlsx shows the cells it cut, so does 导出审核意见."""
    window.session.set_project_field(window.session.doc.projects[0], "name", "示例\x1b项目0")
    target = tmp_path / "意见.xlsx"
    window.questions.answers["ask_save_path"] = lambda suggested: str(target)
    window.menus.act_review.trigger()
    assert window.questions.infos[-1].splitlines() == [
        f"审核意见已写入“{target}”，但有些单元格的文字不全：",
        "审核意见中有 2 个单元格的文字含有 Excel 无法保存的字符或超过单元格长度上限，已删去这些字符或截断"]
