"""Pasting tables into the project list: Ctrl+V of text copied from Excel, WPS, Word or a PDF.

Copying a 绩效目标表 out of another program puts tab-separated text on the clipboard
(with cells shifted as PDF viewers and merged cells leave them). The core's table reader
(:func:`jxeditor.formats.tableimport.read_text`) finds every table in it; the projects are
inserted after the current one as one undo step ("粘贴 N 个项目"), so Ctrl+Z takes the
whole paste back. Text without a table changes nothing and says so.

The shortcut lives on the project list only (``WidgetShortcut``): Ctrl+V in a text field
of the form still pastes text into that field.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QUndoStack

from jxeditor.document.model import Document
from jxeditor.formats.tableimport import read_text
from ui.commands import InsertProjectsCommand


class PasteMixin:
    """The window's 粘贴项目 action (mixed into :class:`ui.main_window.MainWindow`)."""

    doc: Document
    stack: QUndoStack

    def paste_projects(self, text: str | None = None) -> int:
        """Adds the tables found in ``text`` (default: the clipboard) as projects.

        Returns how many projects were added.
        """
        if text is None:
            text = QGuiApplication.clipboard().text()
        result = read_text(text or "", self.tr("剪贴板"))
        if not result.projects:
            self.show_info(self.tr(
                "剪贴板中没有找到绩效目标表。\n"
                "请在 Excel、WPS、Word 或 PDF 中选中整张表（从“项目名称”到最后一行指标）后复制，"
                "再回到项目列表按 Ctrl+V。"
            ))
            return 0
        current = self.current_project()
        index = len(self.doc.projects) if current is None else current + 1
        count = len(result.projects)
        self.stack.push(InsertProjectsCommand(
            self.doc, index, result.projects, self.tr("粘贴 {0} 个项目").format(count)
        ))
        self.show_project(index)
        notices = list(result.notices)
        if result.document_year is not None and result.document_year != self.doc.year:
            notices.append(self.tr(
                "粘贴的表格是 {0} 年度的，本文档是 {1} 年度：请核对各项目的实施期和金额。"
            ).format(result.document_year, self.doc.year))
        if result.money_unit and result.money_unit != self.doc.money_unit:
            notices.append(self.tr(
                "粘贴的表格金额单位为“{0}”，本文档为“{1}”：金额按原数字读入，请核对。"
            ).format(result.money_unit, self.doc.money_unit))
        message = self.tr("已粘贴 {0} 个项目（可用 Ctrl+Z 撤销）").format(count)
        self.statusBar().showMessage(message, 8000)
        if notices:
            self.show_info(message + "\n\n" + "\n".join(notices))
        return count
