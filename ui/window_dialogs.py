"""The window's narrow view interface: every question and message box in one place.

Each method returns a plain value (a path, ``'save'``/``'discard'``/``'cancel'``), so the
editing logic never touches ``QMessageBox``/``QFileDialog`` and tests replace these
methods instead of clicking (as the Mu editor does).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QMessageBox

from ui.file_io import readable_suffixes, writable_suffixes

APP_NAME = "jxeditor"


class DialogsMixin:
    """Mixed into :class:`ui.main_window.MainWindow` (a QMainWindow)."""

    path: Path | None
    display_name: str
    recent_files: Any  # from FilesMixin

    # == view interface: dialogs, overridable in tests ==========================================
    def ask_save_changes(self) -> str:
        """'save', 'discard' or 'cancel'."""
        box = QMessageBox(self)  # type: ignore[arg-type]
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(APP_NAME)
        box.setText(self.tr("“{0}”有未保存的修改。").format(self.display_name))
        box.setInformativeText(self.tr("要保存修改吗？"))
        save = box.addButton(self.tr("保存"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("不保存"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return "save"
        if clicked is discard:
            return "discard"
        return "cancel"

    def _filters(self, suffixes: tuple[str, ...]) -> str:
        patterns = " ".join(f"*{s}" for s in suffixes)
        names = {
            ".json": self.tr("jxeditor 文档 (*.json)"),
            ".xlsx": self.tr("Excel 工作簿 (*.xlsx)"),
        }
        parts = [self.tr("支持的文件 ({0})").format(patterns)]
        parts += [names[s] for s in suffixes if s in names]
        parts.append(self.tr("所有文件 (*)"))
        return ";;".join(parts)

    def ask_open_path(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("打开"), self._dialog_dir(), self._filters(readable_suffixes())
        )
        return path or None

    def ask_save_path(self, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("另存为"), suggested, self._filters(writable_suffixes())
        )
        if path and not Path(path).suffix:
            path += ".json"
        return path or None

    def show_error(self, text: str) -> None:
        QMessageBox.critical(self, APP_NAME, text)

    def show_info(self, text: str) -> None:
        QMessageBox.information(self, APP_NAME, text)

    def _dialog_dir(self) -> str:
        if self.path is not None:
            return str(self.path.parent)
        recent = self.recent_files()
        return str(Path(recent[0]).parent) if recent else str(Path.home())
