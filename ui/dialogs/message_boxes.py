"""The real answers to the session's questions: message boxes and file dialogs.

:class:`MessageBoxes` implements :class:`ui.session.questions.Questions`. Each method
returns a plain value (a path, ``'save'``/``'discard'``/``'cancel'``), so the editing
logic never touches ``QMessageBox``/``QFileDialog`` and tests pass a fake instead of
clicking (as the Mu editor does).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from jxeditor.document.document import Document
from ui.dialogs.long_jobs import run_long
from ui.platform.about import program_name
from ui.session.file_io import readable_suffixes, writable_suffixes

T = TypeVar("T")


class MessageBoxes(QObject):
    """Asks with Qt's message boxes and file dialogs, over ``window``."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window

    def ask_save_changes(self, name: str) -> str:
        """'save', 'discard' or 'cancel'."""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(program_name())
        box.setText(self.tr("“{0}”有未保存的修改。").format(name))
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

    def _format_names(self) -> dict[str, str]:
        """The file dialogs' name of each format a document is saved in (``.jxd`` is the
        JSON document under the extension the installers register)."""
        return {
            ".json": self.tr("jxeditor 文档 (*.json)"),
            ".jxd": self.tr("jxeditor 文档 (*.jxd)"),
            ".xlsx": self.tr("Excel 工作簿 (*.xlsx)"),
        }

    def _filters(self, suffixes: tuple[str, ...]) -> str:
        patterns = " ".join(f"*{s}" for s in suffixes)
        names = self._format_names()
        parts = [self.tr("支持的文件 ({0})").format(patterns)]
        parts += [names[s] for s in suffixes if s in names]
        parts.append(self.tr("所有文件 (*)"))
        return ";;".join(parts)

    def ask_open_path(self, folder: str) -> str | None:
        """A file to open, or None."""
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("打开"), folder, self._filters(readable_suffixes())
        )
        return path or None

    def ask_save_path(self, suggested: str) -> str | None:
        """A path ending in ``.json``, ``.jxd`` or ``.xlsx`` (by the chosen filter), or None."""
        names = self._format_names()
        offered = [s for s in writable_suffixes() if s in names]
        wanted = Path(suggested).suffix.lower()
        selected = names.get(wanted, names[offered[0]])
        path, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("另存为"), suggested, ";;".join(names[s] for s in offered), selected
        )
        if path and not Path(path).suffix:
            path += next((s for s in offered if names[s] == chosen), ".json")
        return path or None

    def _choose(
        self,
        icon: QMessageBox.Icon,
        text: str,
        informative: str,
        buttons: list[tuple[str, str, QMessageBox.ButtonRole]],
        default: str,
        escape: str,
    ) -> str:
        """A message box with named buttons; returns the name of the one clicked
        (``escape``'s name when the box is closed otherwise)."""
        box = QMessageBox(self.window)
        box.setIcon(icon)
        box.setWindowTitle(program_name())
        box.setText(text)
        box.setInformativeText(informative)
        named = {name: box.addButton(label, role) for name, label, role in buttons}
        box.setDefaultButton(named[default])
        box.setEscapeButton(named[escape])
        box.exec()
        clicked = box.clickedButton()
        return next((name for name, button in named.items() if button is clicked), escape)

    def ask_overwrite_changed(self, path: Path, gone: bool) -> str:
        """The window's file was changed (or removed) by someone else since it was read:
        'overwrite', 'save_as' or 'cancel'."""
        if gone:
            text = self.tr("文件“{0}”已被移动或删除。").format(path)
            informative = self.tr("要在原位置重新保存，还是另存为其他文件？")
        else:
            text = self.tr("文件“{0}”在打开后已被其他程序或其他人修改。").format(path)
            informative = self.tr("覆盖会丢失对方的修改（旧内容保留为 .bak 文件）。要怎么做？")
        role = QMessageBox.ButtonRole
        return self._choose(QMessageBox.Icon.Warning, text, informative, [
            ("overwrite", self.tr("覆盖"), role.DestructiveRole),
            ("save_as", self.tr("另存为…"), role.AcceptRole),
            ("cancel", self.tr("取消"), role.RejectRole),
        ], default="save_as", escape="cancel")

    def ask_save_foreign_workbook(self, path: Path) -> str:
        """保存 over a workbook jxeditor did not write: 'save_as' (the default),
        'overwrite' or 'cancel'."""
        role = QMessageBox.ButtonRole
        return self._choose(
            QMessageBox.Icon.Question,
            self.tr("“{0}”不是 jxeditor 导出的工作簿（可能是单位或财政部门下发的原表）。").format(path.name),
            self.tr("保存会按 jxeditor 的格式重写整个工作簿，原表的版式、公式和其他内容不再保留。"
                    "建议保留原表，另存为新文件。"), [
                ("save_as", self.tr("另存为新文件…"), role.AcceptRole),
                ("overwrite", self.tr("按 jxeditor 格式覆盖"), role.DestructiveRole),
                ("cancel", self.tr("取消"), role.RejectRole),
            ], default="save_as", escape="cancel")

    def ask_restart_for_language(self, language: str) -> bool:
        """The language was changed in the menu: True to restart jxeditor now.

        Written in both languages, not translated: the person may not read the current one."""
        role = QMessageBox.ButtonRole
        return self._choose(
            QMessageBox.Icon.Question,
            f"界面语言将切换为 {language}。\nThe interface language will change to {language}.",
            "现在重新启动 jxeditor 吗？未保存的修改会先询问是否保存。\n"
            "Restart jxeditor now? You will be asked to save unsaved changes first.",
            [
                ("now", "现在重新启动 / Restart now", role.AcceptRole),
                ("later", "下次启动时 / Next time", role.RejectRole),
            ], default="now", escape="later") == "now"

    def offer_save_as_after_error(self, message: str) -> bool:
        """A save failed (``message`` says why, naming the file): True for 另存为…."""
        role = QMessageBox.ButtonRole
        return self._choose(
            QMessageBox.Icon.Critical, message,
            self.tr("文档没有丢失，仍然打开着，修改也都还在。可以另存为其他文件。"), [
                ("save_as", self.tr("另存为…"), role.AcceptRole),
                ("close", self.tr("关闭"), role.RejectRole),
            ], default="save_as", escape="close") == "save_as"

    def ask_restore_recovery(self, title: str, original: str, written: datetime) -> str:
        """A recovery copy from an editor that did not exit normally:
        'restore', 'discard' or 'later'."""
        where = original or self.tr("（尚未保存为文件）")
        role = QMessageBox.ButtonRole
        return self._choose(
            QMessageBox.Icon.Question,
            self.tr("jxeditor 上次没有正常退出，找到未保存的文档“{0}”。").format(title),
            self.tr("原文件：{0}\n自动保存于：{1}\n\n要恢复这些修改吗？").format(
                where, written.strftime("%Y-%m-%d %H:%M:%S")
            ), [
                ("restore", self.tr("恢复"), role.AcceptRole),
                ("discard", self.tr("丢弃"), role.DestructiveRole),
                ("later", self.tr("以后再说"), role.RejectRole),
            ], default="restore", escape="later")

    def run_long(self, text: str, job: Callable[[], T]) -> T:
        """The job in a worker thread, a busy dialog with 取消 after half a second."""
        return run_long(self.window, text, self.tr("取消"), job)

    def ask_settings(self, doc: Document) -> dict[str, Any] | None:
        """The document settings dialog: the new values, or None when cancelled."""
        from ui.dialogs.settings_dialog import SettingsDialog  # not needed by the first window

        dialog = SettingsDialog(doc, self.window)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return None
        return dialog.values()

    def show_error(self, text: str) -> None:
        """An error message box."""
        QMessageBox.critical(self.window, program_name(), text)

    def show_info(self, text: str) -> None:
        """An information message box."""
        QMessageBox.information(self.window, program_name(), text)
