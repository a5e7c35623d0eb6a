"""文件 → 导出 PDF…, 打印预览… and 打印… (Ctrl+P): the forms on paper from the editor.

导出 PDF and 打印预览 first ask which projects (:class:`ScopeDialog`: the whole document,
the current project, or the projects ticked in a list; not asked when the document has
one project). The PDF is A4 portrait (:mod:`~ui.printing.pdf_export`), drawn as a long
job and written atomically; a write error is shown as the core's one-line message. 打印
opens the platform's print dialog, in which 所选内容 means the current project; the page
set-up chosen there or in the preview (paper, orientation, margins, printer) is remembered
in QSettings under ``printing/``. What is typed is in the document already; the
document is not touched. The drawing code (:mod:`~ui.printing.pdf_export`) is imported
by the first action that needs it, not with the window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from jxeditor.document.document import Document
from jxeditor.errors import FileFormatError
from jxeditor.storage.atomic import write_atomic
from ui.session.files import DocumentFiles
from ui.session.questions import Cancelled

if TYPE_CHECKING:  # Qt's print support is loaded by the first print, not by the window
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

PDF_SUFFIX = ".pdf"
SETTINGS_GROUP = "printing"
Scope = list[int] | None  # project indices, or None: the whole document


class ScopeDialog(QDialog):
    """Which projects: the whole document, the current one, or those ticked."""

    def __init__(self, doc: Document, current: int | None, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.current = current
        layout = QVBoxLayout(self)
        self.whole = QRadioButton(self.tr("整个文档（%n 个项目）", "", len(doc.projects)), self)
        name = doc.projects[current].name if current is not None else ""
        self.one = QRadioButton(self.tr("当前项目：{0}").format(name or self.tr("（未命名）")), self)
        self.some = QRadioButton(self.tr("选择的项目："), self)
        self.list = QListWidget(self)
        self.list.setObjectName("printProjects")
        for i, project in enumerate(doc.projects):
            item = QListWidgetItem(project.name or self.tr("第 {0} 个项目").format(i + 1))
            item.setCheckState(
                Qt.CheckState.Checked if i == current else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.one.setEnabled(current is not None)
        self.whole.setChecked(True)
        self.list.setEnabled(False)
        self.some.toggled.connect(self.list.setEnabled)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for widget in (self.whole, self.one, self.some, self.list, buttons):
            layout.addWidget(widget)

    def chosen(self) -> Scope:
        """The projects chosen (None: all)."""
        if self.one.isChecked() and self.current is not None:
            return [self.current]
        if self.some.isChecked():
            return [i for i in range(self.list.count())
                    if self.list.item(i).checkState() == Qt.CheckState.Checked]
        return None


def save_page_setup(printer: QPrinter) -> None:
    """Remembers the printer and its page layout."""
    from PySide6.QtGui import QPageLayout  # (with its enums: by the first print, as QPrinter)

    settings = QSettings()
    settings.beginGroup(SETTINGS_GROUP)
    layout = printer.pageLayout()
    margins = layout.margins(QPageLayout.Unit.Millimeter)
    settings.setValue("printer", printer.printerName())
    settings.setValue("pageSize", layout.pageSize().id().value)
    settings.setValue("orientation", layout.orientation().value)
    settings.setValue("margins", [margins.left(), margins.top(), margins.right(),
                                  margins.bottom()])
    settings.endGroup()


def restore_page_setup(printer: QPrinter) -> None:
    """The remembered printer and page layout (A4 portrait at first)."""
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPrintSupport import QPrinter

    from ui.printing.pdf_export import a4_layout

    printer.setPageLayout(a4_layout())
    settings = QSettings()
    settings.beginGroup(SETTINGS_GROUP)
    try:
        name = str(settings.value("printer", "") or "")
        if name and printer.outputFormat() == QPrinter.OutputFormat.NativeFormat:
            printer.setPrinterName(name)
        size = QPageSize.PageSizeId(int(str(settings.value("pageSize", "A4_missing"))))
        orientation = QPageLayout.Orientation(int(str(settings.value("orientation", 0))))
        stored = settings.value("margins", [])
        margins = [float(m) for m in stored] if isinstance(stored, list) else []
    except (TypeError, ValueError):
        return
    finally:
        settings.endGroup()
    page = QPageLayout(a4_layout())
    page.setPageSize(QPageSize(size))
    page.setOrientation(orientation)
    if len(margins) == 4:
        page.setMargins(QMarginsF(*margins))
    printer.setPageLayout(page)


def ask_pdf_path(parent: QWidget, title: str, suggested: str) -> str | None:
    """Where to write the PDF (the platform's save dialog), or None."""
    path, _chosen = QFileDialog.getSaveFileName(parent, title, suggested, "PDF (*.pdf)")
    return path or None


class PrintActions(QObject):
    """The window's 导出 PDF, 打印预览 and 打印 actions."""

    def __init__(self, files: DocumentFiles, parent: QWidget) -> None:
        super().__init__(parent)
        self.files = files
        self.parent_widget = parent
        self.ask_path: Callable[[str], str | None] = lambda s: ask_pdf_path(
            parent, self.tr("导出 PDF"), s)
        self.ask_scope: Callable[[str], tuple[bool, Scope]] = self._ask_scope
        self.act_export_pdf = self._action(self.tr("导出 PDF(&D)…"), self.export_pdf)
        self.act_preview = self._action(self.tr("打印预览(&V)…"), self.preview)
        self.act_print = self._action(self.tr("打印(&P)…"), self.print_document,
                                      QKeySequence.StandardKey.Print)

    def _action(self, text: str, slot: Callable[[], object],
                shortcut: QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self.parent_widget)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    @property
    def doc(self) -> Document:
        return self.files.session.doc

    def _ask_scope(self, title: str) -> tuple[bool, Scope]:
        session = self.files.session
        if len(session.doc.projects) <= 1:
            return True, None
        dialog = ScopeDialog(session.doc, session.current_index(), title, self.parent_widget)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return accepted, dialog.chosen()

    def _scope(self, title: str) -> tuple[bool, Scope]:
        """The scope chosen; False when there is nothing to print or no choice."""
        if not self.doc.projects:
            self.files.questions.show_info(self.tr("文档中还没有项目，没有可以输出的内容。"))
            return False, None
        ok, scope = self.ask_scope(title)
        if ok and scope is not None and not scope:
            self.files.questions.show_info(self.tr("没有选择项目。"))
            return False, None
        return ok, scope

    def suggested_path(self) -> Path:
        """``NAME.pdf`` in the folder where file dialogs start."""
        files = self.files
        stem = Path(files.path.name).stem if files.path is not None else files.display_name
        return Path(files.dialog_folder()) / f"{stem}{PDF_SUFFIX}"

    def export_pdf(self) -> Path | None:
        """文件 → 导出 PDF…: the path written, or None (cancelled, or an error shown)."""
        ok, scope = self._scope(self.tr("导出 PDF"))
        if not ok:
            return None
        answer = self.ask_path(str(self.suggested_path()))
        if not answer:
            return None
        target = Path(answer)
        if target.suffix.lower() != PDF_SUFFIX:
            target = target.with_name(target.name + PDF_SUFFIX)
        from ui.printing.pdf_export import document_title, pdf_bytes

        doc, questions = self.doc, self.files.questions
        cut: list[str] = []  # texts a cell could not print whole, as the .xlsx export says
        try:
            data, _pages = questions.run_long(
                self.tr("正在生成 PDF…"),
                lambda: pdf_bytes(doc, scope, document_title(doc), notices=cut))
            write_atomic(target, data)
        except Cancelled:
            return None
        except FileFormatError as error:
            questions.show_error(str(error))
            return None
        except OSError as error:
            questions.show_error(self.tr("无法生成 PDF：{0}").format(error))
            return None
        self.files.session.live.insist()  # exported: what is still empty is missing now
        if cut:
            questions.show_info(self.tr("PDF 已写入“{0}”，但有些文字没有印全：").format(target)
                                + "\n" + "\n".join(cut[:30]))
        else:
            questions.show_info(self.tr("PDF 已写入“{0}”。").format(target))
        return target

    def make_printer(self) -> QPrinter:
        """A printer with the remembered page set-up."""
        from PySide6.QtGui import QPageLayout
        from PySide6.QtPrintSupport import QPrinter

        from jxeditor.formats.xlsx.print_plans import landscape
        from ui.printing.pdf_export import document_title

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(document_title(self.doc))
        restore_page_setup(printer)
        if landscape(self.doc):  # the 运行监控表 is a landscape form
            printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        return printer

    def render(self, printer: QPrinter, scope: Scope, notices: list[str] | None = None) -> int:
        """Draws the projects of ``scope`` on ``printer``; the number of pages (the texts
        a cell could not print whole added to ``notices``)."""
        from ui.printing.pdf_export import print_document as draw

        return draw(self.doc, printer, scope, notices)

    def preview(self) -> QPrintPreviewDialog | None:
        """文件 → 打印预览…: the chosen projects in the print preview."""
        ok, scope = self._scope(self.tr("打印预览"))
        if not ok:
            return None
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        printer = self.make_printer()
        dialog = QPrintPreviewDialog(printer, self.parent_widget)
        dialog.setWindowTitle(self.tr("打印预览"))
        dialog.paintRequested.connect(lambda p: self.render(p, scope))
        dialog.finished.connect(lambda _result: save_page_setup(printer))
        dialog.open()
        return dialog

    def print_document(self) -> bool:
        """文件 → 打印… (Ctrl+P): the platform's print dialog, then the pages."""
        if not self.doc.projects:
            self.files.questions.show_info(self.tr("文档中还没有项目，没有可以输出的内容。"))
            return False
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter

        printer = self.make_printer()
        dialog = QPrintDialog(printer, self.parent_widget)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, False)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        save_page_setup(printer)
        current = self.files.session.current_index()
        selection = printer.printRange() == QPrinter.PrintRange.Selection
        scope = [current] if selection and current is not None else None
        cut: list[str] = []
        try:
            self.render(printer, scope, cut)
        except OSError as error:
            self.files.questions.show_error(self.tr("无法打印：{0}").format(error))
            return False
        if cut:  # as 导出 PDF says it
            self.files.questions.show_info(self.tr("已打印，但有些文字没有印全：") + "\n"
                                           + "\n".join(cut[:30]))
        return True
