"""File handling of an editing session: new, open, save, save as, recent files, the
unsaved-changes question, recovery copies and the title.

"Modified" is never a flag: it is ``not stack.isClean()``, and saving calls
``setClean()``. A file error is a message with the core's one-line Chinese text
(:class:`~jxeditor.errors.FileFormatError`); the open document is never lost. Nothing
typed is left to commit first: every editor writes as it is typed (:mod:`ui.session.typing`).

Saving is safe (:func:`jxeditor.storage.atomic.write_atomic` underneath): a temporary
file beside the target, flushed, then an atomic replace; the previous version stays as
``NAME.bak``. A failed save leaves the target as it was and the document open and
modified, and offers 另存为…. A :class:`~jxeditor.storage.filestamp.FileStamp` of the file
is kept from the moment it was read or written; before saving over the file it is
checked, and when someone else changed (or removed) the file meanwhile the person is
asked (覆盖 / 另存为 / 取消) instead of overwriting their work.

``.json`` and ``.xlsx`` are document formats (the workbook round trip is exact): opening
one keeps its path, and 保存 writes back to it. Other readable files are imports: the
document has no path yet and 保存 asks where, suggesting the file's stem with ``.json``.

While the document has unsaved changes, :class:`~ui.session.autosave.Autosave` keeps a
recovery copy in the user's data folder; :meth:`DocumentFiles.offer_recovery` offers
the copies a crashed editor left behind.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Signal

from jxeditor.document.document import Document
from jxeditor.errors import FileFormatError
from jxeditor.formats.documents import open_document
from jxeditor.recovery.store import RecoveryEntry, RecoveryStore
from jxeditor.resources import resource_dir
from jxeditor.storage.filestamp import FileStamp
from jxeditor.storage.gc_pause import kept_long
from ui.platform.about import program_name
from ui.platform.qtcompat import emit
from ui.session.autosave import Autosave, default_interval_ms, orphaned_entries, recovery_folder
from ui.session.editor_session import EditorSession
from ui.session.file_io import (
    document_suffixes,
    error_reason,
    new_document,
    save_document,
)
from ui.session.questions import Cancelled, Questions

MAX_RECENT = 8
# a document opened with more projects than this is kept out of the cycle collector's reach
# (gc_pause.kept_long): a smaller one is quick for it to go over
LONG_LIVED_PROJECTS = 100



def recent_files() -> list[str]:
    """The files opened or saved lately, newest first (QSettings ``files/recent``)."""
    value = QSettings().value("files/recent", [])
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value] if isinstance(value, list) else []


def add_recent(path: Path) -> None:
    """Puts ``path`` first in the recent files."""
    text = str(path.resolve())
    files = [f for f in recent_files() if f != text]
    QSettings().setValue("files/recent", [text, *files][:MAX_RECENT])


def shipped(path: Path) -> bool:
    """Whether ``path`` is in the program's own ``resources`` folder."""
    return path.resolve().is_relative_to(resource_dir().resolve())


def same_file(a: Path, b: Path) -> bool:
    """The same path (resolved where possible; the file itself may be gone)."""
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a.absolute() == b.absolute()


class DocumentFiles(QObject):
    """The file behind a session: its path, name, stamp and recovery copy."""

    titleChanged = Signal()  # the name or the modified state changed
    # the document is what a file on disk holds: just opened (or imported) or saved; the
    # argument names the file (what the library learns, never discarded or recovered edits)
    settled = Signal(str)

    def __init__(self, session: EditorSession, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else session)
        self.session = session
        self.path: Path | None = None
        self.display_name = self.tr("未命名")
        self.stamp: FileStamp | None = None  # the file as read or last written by us
        # the file is a workbook jxeditor did not write: 保存 asks before rewriting it
        self.foreign_workbook = False
        # further windows for further restored documents (set by the window)
        self.open_in_new_window: Callable[[], DocumentFiles] | None = None
        self.autosave = Autosave(
            RecoveryStore(recovery_folder()), session.doc, session.stack,
            self._recovery_description, default_interval_ms(), parent=self,
        )
        session.stack.cleanChanged.connect(lambda _clean: emit(self.titleChanged))

    @property
    def questions(self) -> Questions:
        """The session's questions (dialogs, or a test's fake)."""
        return self.session.questions

    def title(self) -> str:
        """``NAME[*] - jxeditor 绩效目标表编辑器``: Qt shows ``*`` in place of ``[*]`` while
        modified. The title ends with the application's display name, so the platform
        does not add it a second time."""
        return f"{self.display_name}[*] - {program_name()}"

    def is_modified(self) -> bool:
        """Unsaved changes: the undo stack is not at its clean state."""
        return not self.session.stack.isClean()

    def dialog_folder(self) -> str:
        """Where file dialogs start: the file's folder, else the folder of the latest file
        opened or saved (``files/recent``), else the user's Documents; never the program's
        own ``resources`` (the sample's, read-only once installed)."""
        if self.path is not None and not shipped(self.path):
            return str(self.path.parent)
        for recent in recent_files():
            folder = Path(recent).parent
            if not shipped(folder) and folder.is_dir():
                return str(folder)
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return documents or str(Path.home())

    # == dropping the current document ===================================================
    def maybe_save(self) -> bool:
        """True when it is fine to drop the current document (saved, discarded)."""
        if self.session.stack.isClean():
            return True
        answer = self.questions.ask_save_changes(self.display_name)
        if answer == "save":
            return self.save()
        return answer == "discard"

    def new_file(self) -> bool:
        """A new document (after asking about unsaved changes)."""
        if not self.maybe_save():
            return False
        self._load(new_document(self.session.doc.framework), None, self.tr("未命名"))
        return True

    def open_dialog(self) -> bool:
        """Asks for a file and opens it."""
        if not self.maybe_save():
            return False
        path = self.questions.ask_open_path(self.dialog_folder())
        return bool(path) and self.open_file(path or "")

    def open_path(self, path: str | Path) -> bool:
        """Opens ``path`` after asking about unsaved changes (recent files, dropped files)."""
        if not self.maybe_save():
            return False
        return self.open_file(path)

    def open_file(self, path: str | Path) -> bool:
        """Reads ``path`` into the session (no question asked); False with a message on error."""
        p = Path(path)
        stamp = FileStamp.of(p)  # before reading: a change while reading is noticed later
        # a large file makes hundreds of thousands of objects that all stay: the cycle
        # collector would go over them again and again, meanwhile and afterwards
        with kept_long() as long_lived:
            opened = self._open_file(p, stamp)
            if opened and len(self.session.doc.projects) > LONG_LIVED_PROJECTS:
                long_lived()
            return opened

    def _open_file(self, p: Path, stamp: FileStamp | None) -> bool:
        try:
            loaded, notices, foreign = self.questions.run_long(
                self.tr("正在读取“{0}”…").format(p.name), lambda: open_document(p)
            )
        except Cancelled:
            emit(self.session.message, self.tr("已取消打开“{0}”").format(p.name))
            return False
        except FileFormatError as error:
            self.questions.show_error(str(error))
            return False
        except Exception as error:  # a bug in an importer must not take the window down
            self.questions.show_error(self.tr("无法打开文件“{0}”：{1}").format(p, error_reason(error)))
            return False
        keep_path = p if p.suffix.lower() in document_suffixes() else None
        try:
            self._load(loaded, keep_path, p.name if keep_path else p.stem + ".json",
                       stamp if keep_path else None)
            self.foreign_workbook = foreign and keep_path is not None
        except Exception as error:  # all or nothing: the previous document, path and title stay
            self.questions.show_error(self.tr("无法打开文件“{0}”：{1}").format(p, error_reason(error)))
            return False
        add_recent(p)
        emit(self.settled, str(keep_path) if keep_path is not None else self.display_name)
        if notices:
            self.questions.show_info(
                self.tr("导入“{0}”时的提示：").format(p.name) + "\n" + "\n".join(notices[:30])
            )
        return True

    def _load(
        self, loaded: Document, path: Path | None, display: str, stamp: FileStamp | None = None
    ) -> None:
        """The new document, path, stamp and name together (the document first: if taking
        it over fails, nothing else changed)."""
        self.session.replace_document(loaded)
        self.path = path
        self.stamp = stamp
        self.foreign_workbook = False
        self.display_name = display
        if path is not None:
            self.autosave.store.note_stamp(path, stamp)
        emit(self.titleChanged)

    # == saving ==========================================================================
    def save(self) -> bool:
        """Saves to the document's file, or asks where."""
        if self.path is None:
            return self.save_as()
        if self.foreign_workbook:  # the bureau's own form: keep it, unless told otherwise
            answer = self.questions.ask_save_foreign_workbook(self.path)
            if answer == "save_as":
                return self.save_as(suggested=self._new_name(self.path))
            if answer != "overwrite":
                return False
        return self.save_file(self.path)

    @staticmethod
    def _new_name(path: Path) -> str:
        """A name beside ``path`` for the copy in jxeditor's layout."""
        return str(path.with_name(f"{path.stem}-jxeditor.xlsx"))

    def save_as(self, exclude: Path | None = None, suggested: str | None = None) -> bool:
        """Asks for a path and saves there. ``exclude``: the file the user just decided
        not to overwrite (changed by someone else); choosing it again overwrites it."""
        if suggested is None and self.path is not None and not shipped(self.path):
            suggested = str(self.path)
        elif suggested is None:
            suggested = str(Path(self.dialog_folder()) / self.display_name)
        path = self.questions.ask_save_path(suggested)
        if not path:
            return False
        if exclude is not None and same_file(Path(path), exclude):
            self.stamp = None  # the user picked that very file in the dialog: overwrite it
        return self.save_file(path)

    def save_file(self, path: str | Path) -> bool:
        """Writes the document to ``path`` safely; False when it was not written.

        Before writing over the document's own file, checks that nobody changed it since
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
            notices = save_document(self.session.doc, p, keep_backup=True)
        except FileFormatError as error:
            return self._save_failed(str(error))
        except Exception as error:  # nothing is lost: the document stays open and modified
            return self._save_failed(self.tr("无法保存文件“{0}”：{1}").format(p, error_reason(error)))
        self.path = p
        self.display_name = p.name
        self.stamp = FileStamp.of(p)
        self.foreign_workbook = False  # written by jxeditor now
        self.autosave.store.note_stamp(p, self.stamp)
        self.session.stack.setClean()
        self.session.live.insist()  # saved: what is still empty is missing now, not to fill
        emit(self.session.message, self.tr("已保存到“{0}”").format(p))
        add_recent(p)
        emit(self.titleChanged)
        emit(self.settled, str(p))
        if notices:  # text the visible cells could not hold whole (the hidden copy keeps it)
            self.questions.show_info(
                self.tr("已保存到“{0}”，但表格中有些单元格显示不全：").format(p.name) + "\n"
                + "\n".join(notices[:30])
            )
        return True

    def _may_overwrite(self, target: Path) -> str:
        """'overwrite' when writing ``target`` is fine, else the user's 'save_as'/'cancel'.
        Only the document's own file is checked: a file chosen in 另存为 was confirmed."""
        if self.stamp is None or not same_file(Path(self.stamp.path), target):
            return "overwrite"
        if not self.stamp.changed_on_disk():
            return "overwrite"
        answer = self.questions.ask_overwrite_changed(target, not target.exists())
        return answer if answer in ("overwrite", "save_as") else "cancel"

    def _save_failed(self, message: str) -> bool:
        """Shows why a save failed and offers 另存为…; True only when that save worked."""
        if self.questions.offer_save_as_after_error(message):
            return self.save_as()
        return False

    # == recovery ========================================================================
    def _recovery_description(self) -> tuple[str, str]:
        return self.display_name, str(self.path) if self.path is not None else ""

    def offer_recovery(self) -> int:
        """Offers each recovery copy left by an editor that crashed; returns how many
        documents were restored. The first goes into this session when it holds no
        unsaved work (and no other file), further ones into new windows."""
        store = self.autosave.store
        restored = 0
        for entry in orphaned_entries(store):
            answer = self.questions.ask_restore_recovery(entry.title, entry.original, entry.written)
            if answer == "discard":
                store.discard(entry.path)
                continue
            if answer != "restore":
                continue  # 以后再说: the copy stays and is offered at the next start
            try:
                doc = store.load(entry)
            except FileFormatError as error:
                self.questions.show_error(str(error))
                continue
            if restored == 0 and self._may_take(entry):
                target = self
            elif self.open_in_new_window is not None:
                target = self.open_in_new_window()
            else:
                continue
            target.restore_recovered(entry, doc)
            restored += 1
        return restored

    def _may_take(self, entry: RecoveryEntry) -> bool:
        if not self.session.stack.isClean():
            return False
        return self.path is None or (
            bool(entry.original) and same_file(self.path, Path(entry.original))
        )

    def restore_recovered(self, entry: RecoveryEntry, doc: Document) -> None:
        """Shows a recovered document as modified, with its original path (if it had
        one) so that 保存 goes back there; the copy now belongs to this session."""
        original = Path(entry.original) if entry.original else None
        display = entry.title or (original.name if original else self.tr("未命名"))
        # the file as it was before the crash: a colleague's save since then is noticed
        # at the next 保存 ("changed on disk"); copies written before stamps were kept
        # take the file as it is now
        stamp = entry.stamp if entry.stamp is not None or original is None else FileStamp.of(original)
        self._load(doc, original, display, stamp)
        self.session.stack.resetClean()  # unsaved work: modified, though nothing to undo
        emit(self.titleChanged)
        self.autosave.adopt(entry.path)
        self.autosave.write_blocking()  # under this editor's process id from now on

    def close(self) -> bool:
        """True when the document may close (saved or discarded); the copy goes then."""
        if not self.maybe_save():
            return False
        self.autosave.stop()  # saved or discarded on purpose: no recovery copy stays
        return True
