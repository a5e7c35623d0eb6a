"""File handling of the main window: new, open, save, save as, recent files, dropped
files, the unsaved-changes question on close, and the window title.

"Modified" is never a flag: it is ``not stack.isClean()``, and saving calls
``setClean()``. A file error is a dialog with the core's one-line Chinese message
(:class:`~jxeditor.errors.FileFormatError`); the open document is never lost.

Saving is safe (:func:`jxeditor.formats.atomic.write_atomic` underneath): a temporary file
beside the target, flushed to disk, then an atomic replace; the previous version stays
as ``NAME.bak``. A failed save (disk full, read-only file or folder, file locked by
another program, folder gone) leaves the target as it was and the document open and
modified, and offers 另存为…. The window keeps a :class:`~jxeditor.formats.filestamp.FileStamp`
of its file from the moment it was read or written; before saving over the file it
checks it, and when someone else changed (or removed) the file meanwhile it asks
(覆盖 / 另存为 / 取消) instead of overwriting their work.

``.json`` and ``.xlsx`` are document formats (the workbook round trip is exact): opening
one keeps its path, and 保存 writes back to it. ``.xlsm``, ``.xls``, ``.ods``, ``.txt``
and ``.tsv`` are imports: the document has no path yet and 保存 asks where, suggesting
the file's stem with ``.json``.

While the document has unsaved changes, :class:`~ui.autosave.Autosave` keeps a recovery
copy in the user's data folder; :meth:`FilesMixin.offer_recovery` (called by
:func:`ui.app.main` after start-up) offers the copies a crashed editor left behind.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QMenu

from jxeditor.document.model import Document
from jxeditor.errors import FileFormatError
from jxeditor.formats.filestamp import FileStamp
from jxeditor.formats.recovery import RecoveryEntry, RecoveryStore
from ui.autosave import Autosave, default_interval_ms, orphaned_entries, recovery_folder
from ui.file_io import (
    document_suffixes,
    error_reason,
    load_document,
    new_document,
    save_document,
)
from ui.window_dialogs import APP_NAME

MAX_RECENT = 8
_spawned: list[Any] = []  # windows opened for further restored documents (kept alive)


class FilesMixin:
    """Mixed into :class:`ui.main_window.MainWindow` (a QMainWindow)."""

    doc: Document
    stack: QUndoStack
    path: Path | None
    display_name: str
    recent_menu: QMenu
    autosave: Autosave
    stamp: FileStamp | None = None  # the file as it was when read or last written by us

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
        stamp = FileStamp.of(p)  # before reading: a change while reading is noticed later
        try:
            loaded, notices = load_document(p)
        except FileFormatError as error:
            self.show_error(str(error))
            return False
        except Exception as error:  # a bug in an importer must not take the window down
            self.show_error(self.tr("无法打开文件“{0}”：{1}").format(p, error_reason(error)))
            return False
        keep_path = p if p.suffix.lower() in document_suffixes() else None
        self._load(loaded, keep_path, p.name if keep_path else p.stem + ".json",
                   stamp if keep_path else None)
        self._add_recent(p)
        if notices:
            self.show_info(
                self.tr("导入“{0}”时的提示：").format(p.name) + "\n" + "\n".join(notices[:30])
            )
        return True

    def _load(
        self, loaded: Document, path: Path | None, display: str, stamp: FileStamp | None = None
    ) -> None:
        self.doc.replace_all(loaded)
        self.stack.clear()
        self.stack.setClean()
        self.path = path
        self.stamp = stamp
        self.display_name = display
        self.show_project(0 if self.doc.projects else None)
        self._update_title()

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self.save_file(self.path)

    def save_as(self, exclude: Path | None = None) -> bool:
        """Asks for a path and saves there. ``exclude``: the file the user just decided
        not to overwrite (changed by someone else); choosing it again overwrites it."""
        if self.path is not None:
            suggested = str(self.path)
        else:
            suggested = str(Path(self._dialog_dir()) / self.display_name)
        path = self.ask_save_path(suggested)
        if not path:
            return False
        if exclude is not None and _same_file(Path(path), exclude):
            self.stamp = None  # the user picked that very file in the dialog: overwrite it
        return self.save_file(path)

    def save_file(self, path: str | Path) -> bool:
        """Writes the document to ``path`` safely; False when it was not written.

        Before writing over the window's own file, checks that nobody changed it since
        it was read or last saved. On an error the target is as it was, the document
        stays open and modified, and 另存为… is offered.
        """
        p = Path(path)
        answer = self._may_overwrite(p)
        if answer == "save_as":
            return self.save_as(exclude=p)
        if answer == "cancel":
            return False
        try:
            save_document(self.doc, p, keep_backup=True)
        except FileFormatError as error:
            return self._save_failed(str(error))
        except Exception as error:  # nothing is lost: the document stays open and modified
            return self._save_failed(
                self.tr("无法保存文件“{0}”：{1}").format(p, error_reason(error))
            )
        self.path = p
        self.display_name = p.name
        self.stamp = FileStamp.of(p)
        self.stack.setClean()
        self.statusBar().showMessage(self.tr("已保存到“{0}”").format(p), 5000)
        self._add_recent(p)
        self._update_title()
        return True

    def _may_overwrite(self, target: Path) -> str:
        """'overwrite' when writing ``target`` is fine, else the user's 'save_as'/'cancel'.

        Only the window's own file is checked: a file chosen in 另存为 was confirmed by
        the file dialog.
        """
        if self.stamp is None or not _same_file(Path(self.stamp.path), target):
            return "overwrite"
        if not self.stamp.changed_on_disk():
            return "overwrite"
        answer = self.ask_overwrite_changed(target, not target.exists())
        return answer if answer in ("overwrite", "save_as") else "cancel"

    def _save_failed(self, message: str) -> bool:
        """Shows why a save failed and offers 另存为…; True only when that save worked."""
        if self.offer_save_as_after_error(message):
            return self.save_as()
        return False

    # == recovery ========================================================================
    def start_autosave(self) -> None:
        """Called once by the window's constructor: recovery copies of unsaved work."""
        store = RecoveryStore(recovery_folder())
        self.autosave = Autosave(
            store, self.doc, self.stack, self._recovery_description, default_interval_ms(),
            parent=self,  # type: ignore[arg-type]
        )

    def _recovery_description(self) -> tuple[str, str]:
        return self.display_name, str(self.path) if self.path is not None else ""

    def offer_recovery(self) -> int:
        """Offers each recovery copy left by an editor that crashed; returns how many
        documents were restored. The first goes into this window when it holds no
        unsaved work (and no other file), further ones into new windows."""
        store = self.autosave.store
        restored = 0
        for entry in orphaned_entries(store):
            answer = self.ask_restore_recovery(entry.title, entry.original, entry.written)
            if answer == "discard":
                store.discard(entry.path)
                continue
            if answer != "restore":
                continue  # 以后再说: the copy stays and is offered at the next start
            try:
                doc = store.load(entry)
            except FileFormatError as error:
                self.show_error(str(error))
                continue
            target = self if restored == 0 and self._may_take(entry) else self._spawn_window()
            target.restore_recovered(entry, doc)
            restored += 1
        return restored

    def _may_take(self, entry: RecoveryEntry) -> bool:
        if not self.stack.isClean():
            return False
        return self.path is None or (
            bool(entry.original) and _same_file(self.path, Path(entry.original))
        )

    def _spawn_window(self) -> Any:
        window = type(self)()
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _spawned.append(window)
        window.destroyed.connect(lambda _o=None, w=window: _forget(w))
        window.show()
        return window

    def restore_recovered(self, entry: RecoveryEntry, doc: Document) -> None:
        """Shows a recovered document as modified, with its original path (if it had
        one) so that 保存 goes back there; the copy now belongs to this window."""
        original = Path(entry.original) if entry.original else None
        display = entry.title or (original.name if original else self.tr("未命名"))
        stamp = FileStamp.of(original) if original is not None else None
        self._load(doc, original, display, stamp)
        self.stack.resetClean()  # unsaved work: modified, though nothing to undo
        self._update_title()
        self.autosave.adopt(entry.path)
        self.autosave.write_blocking()  # under this editor's process id from now on

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.maybe_save():
            self.save_settings()
            self.autosave.stop()  # saved or discarded on purpose: no recovery copy stays
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


def _forget(window: Any) -> None:
    if window in _spawned:
        _spawned.remove(window)


def _same_file(a: Path, b: Path) -> bool:
    """The same path (resolved where possible; the file itself may be gone)."""
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a.absolute() == b.absolute()
