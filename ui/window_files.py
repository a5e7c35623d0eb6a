"""File handling of the main window: new, open, save, save as, recent files, dropped
files, the unsaved-changes question on close, and the window title.

"Modified" is never a flag: it is ``not stack.isClean()``, and saving calls
``setClean()``. A file error is a dialog with the core's one-line Chinese message
(:class:`~jxeditor.errors.FileFormatError`); the open document is never lost.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QMenu

from jxeditor.errors import FileFormatError
from jxeditor.model import Document
from ui.file_io import error_reason, load_document, new_document, save_document
from ui.window_dialogs import APP_NAME

MAX_RECENT = 8


class FilesMixin:
    """Mixed into :class:`ui.main_window.MainWindow` (a QMainWindow)."""

    doc: Document
    stack: QUndoStack
    path: Path | None
    display_name: str
    recent_menu: QMenu

    def recent_files(self) -> list[str]:
        value = QSettings().value("files/recent", [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    def _add_recent(self, path: Path) -> None:
        text = str(path.resolve())
        files = [f for f in self.recent_files() if f != text]
        QSettings().setValue("files/recent", [text, *files][:MAX_RECENT])

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        if not files:
            empty = self.recent_menu.addAction(self.tr("（无）"))
            empty.setEnabled(False)
            return
        for number, name in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{number} {name}")
            action.triggered.connect(lambda _c=False, f=name: self.open_path(f))

    # == files ===========================================================================
    def maybe_save(self) -> bool:
        """True when it is fine to drop the current document (saved, discarded)."""
        if self.stack.isClean():
            return True
        answer = self.ask_save_changes()
        if answer == "save":
            return self.save()
        return answer == "discard"

    def new_file(self) -> None:
        if self.maybe_save():
            self._load(new_document(self.doc.framework), None, self.tr("未命名"))

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        path = self.ask_open_path()
        if path:
            self.open_file(path)

    def open_path(self, path: str | Path) -> bool:
        """Opens ``path`` after asking about unsaved changes (recent files, dropped files)."""
        if not self.maybe_save():
            return False
        return self.open_file(path)

    def open_file(self, path: str | Path) -> bool:
        """Reads ``path`` into the window (no question asked); False with a dialog on error."""
        p = Path(path)
        try:
            loaded, notices = load_document(p)
        except FileFormatError as error:
            self.show_error(str(error))
            return False
        except Exception as error:  # a bug in an importer must not take the window down
            self.show_error(self.tr("无法打开文件“{0}”：{1}").format(p, error_reason(error)))
            return False
        keep_path = p if p.suffix.lower() == ".json" else None
        self._load(loaded, keep_path, p.name if keep_path else p.stem + ".json")
        self._add_recent(p)
        if notices:
            self.show_info(
                self.tr("导入“{0}”时的提示：").format(p.name) + "\n" + "\n".join(notices[:30])
            )
        return True

    def _load(self, loaded: Document, path: Path | None, display: str) -> None:
        self.doc.replace_all(loaded)
        self.stack.clear()
        self.stack.setClean()
        self.path = path
        self.display_name = display
        self.show_project(0 if self.doc.projects else None)
        self._update_title()

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self.save_file(self.path)

    def save_as(self) -> bool:
        if self.path is not None:
            suggested = str(self.path)
        else:
            suggested = str(Path(self._dialog_dir()) / self.display_name)
        path = self.ask_save_path(suggested)
        if not path:
            return False
        return self.save_file(path)

    def save_file(self, path: str | Path) -> bool:
        """Writes the document to ``path``; False with a dialog on error (nothing is lost)."""
        p = Path(path)
        try:
            save_document(self.doc, p)
        except FileFormatError as error:
            self.show_error(str(error))
            return False
        except Exception as error:  # nothing is lost: the document stays open and modified
            self.show_error(self.tr("无法保存文件“{0}”：{1}").format(p, error_reason(error)))
            return False
        if p.suffix.lower() == ".json":
            self.path = p
            self.display_name = p.name
            self.stack.setClean()
        else:
            # an export (.xlsx): the document itself still is not saved as a document
            self.statusBar().showMessage(self.tr("已导出到“{0}”").format(p), 5000)
        self._add_recent(p)
        self._update_title()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.maybe_save():
            self.save_settings()
            event.accept()
        else:
            event.ignore()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasUrls() and any(url.isLocalFile() for url in mime.urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            # let the drag finish before a dialog may appear
            QTimer.singleShot(0, lambda f=files[0]: self.open_path(f))

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.display_name}[*] - {APP_NAME}")
        self.setWindowModified(not self.stack.isClean())
