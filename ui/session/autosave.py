"""Autosave: recovery copies of a window's unsaved work, and finding them after a crash.

While the window's undo stack is not clean, :class:`Autosave` writes the document to
its own recovery file in the user's data folder (:func:`recovery_folder`, never beside
the user's file) every ``interval_ms`` (60 s) and after every ``edit_threshold`` (50)
edits. The snapshot is taken in the GUI thread from a
:class:`~jxeditor.formats.snapshot.SnapshotCache` (only the projects edited since the last copy
are converted again); encoding and writing run in a background thread
(:meth:`RecoveryStore.write_in_background`). When the
stack becomes clean (saved, or undone back to the saved state, or another file opened)
and when the window closes cleanly, the copy is removed. So recovery files exist only
for work that a crash would otherwise have lost.

After a crash (the process gone, its copies still there), :func:`orphaned_entries`
lists the copies of editors that no longer run; the window offers to restore them
(see :meth:`ui.session.files.DocumentFiles.offer_recovery`).

The data folder is ``QStandardPaths.AppDataLocation``; the environment variable
``JXEDITOR_DATA_DIR`` replaces it (tests, and the crash test, point it at a temporary
folder). ``JXEDITOR_AUTOSAVE_MS`` changes the interval (the crash test uses a short one).
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal
from PySide6.QtGui import QUndoStack
from shiboken6 import isValid

from jxeditor.document.document import Document
from jxeditor.errors import FileFormatError
from jxeditor.formats.recovery import RecoveryEntry, RecoveryStore
from jxeditor.formats.snapshot import SnapshotCache
from ui.platform.qtcompat import emit

DATA_DIR_ENV = "JXEDITOR_DATA_DIR"
INTERVAL_ENV = "JXEDITOR_AUTOSAVE_MS"
DEFAULT_INTERVAL_MS = 60_000
DEFAULT_EDIT_THRESHOLD = 50
JOIN_TIMEOUT_S = 10.0


def data_folder() -> Path:
    """The user's data folder of the editor (``JXEDITOR_DATA_DIR`` when set)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) if location else Path.home() / ".jxeditor"


def recovery_folder() -> Path:
    """Where the recovery copies live: ``<data folder>/recovery``."""
    return data_folder() / "recovery"


def default_interval_ms() -> int:
    """60 s, or ``JXEDITOR_AUTOSAVE_MS`` when it holds a positive number."""
    try:
        value = int(os.environ.get(INTERVAL_ENV, ""))
    except ValueError:
        return DEFAULT_INTERVAL_MS
    return value if value > 0 else DEFAULT_INTERVAL_MS


def pid_alive(pid: int) -> bool:
    """True when a process with this id runs now (without psutil, and never signalling it)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill(pid, 0) would terminate the process on Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]  # windll exists on Windows only; mypy checks as Linux
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return ctypes.get_last_error() == 5  # access denied: it exists
        try:
            code = ctypes.c_ulong()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, run by another user
    except OSError:
        return False
    return _looks_like_editor(pid)


def _looks_like_editor(pid: int) -> bool:
    """On Linux, a pid reused after a reboot by an unrelated program does not count as a
    running editor (the editor runs as ``python …`` or as the bundled ``jxeditor``)."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().lower()
    except OSError:
        return True  # cannot tell: assume the copy belongs to a running editor
    return b"jxeditor" in cmdline or b"python" in cmdline or b"main.py" in cmdline


def orphaned_entries(store: RecoveryStore) -> list[RecoveryEntry]:
    """Recovery copies left by editors that no longer run (newest first)."""
    return [e for e in store.entries(exclude_pid=os.getpid()) if not pid_alive(e.pid)]


class Autosave(QObject):
    """Keeps one recovery copy of a window's document while it has unsaved changes.

    ``describe()`` returns ``(title, original)``: the name shown in the restore dialog
    and the path of the user's file (``""`` for a new or imported document).
    """

    written = Signal()  # after a recovery copy has been written (from the GUI thread)

    def __init__(
        self,
        store: RecoveryStore,
        doc: Document,
        stack: QUndoStack,
        describe: Callable[[], tuple[str, str]],
        interval_ms: int = DEFAULT_INTERVAL_MS,
        edit_threshold: int = DEFAULT_EDIT_THRESHOLD,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.doc = doc
        self.stack = stack
        self.describe = describe
        self.edit_threshold = edit_threshold
        self.slot = store.new_slot()
        self.snapshots = SnapshotCache(doc)  # only the projects edited since are converted
        self.edits_since_write = 0
        self.writes = 0
        self._pending = False  # changed since the last write
        self.active = True  # False once the window closed: nothing more is written
        self._thread: threading.Thread | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._on_timer)
        self.timer.start()
        self._poll = QTimer(self)  # reports finished background writes
        self._poll.setInterval(20)
        self._poll.timeout.connect(self._check_thread)
        stack.indexChanged.connect(self._on_index_changed)
        stack.cleanChanged.connect(self._on_clean_changed)

    # -- settings --------------------------------------------------------------------------
    def set_interval(self, interval_ms: int) -> None:
        self.timer.setInterval(interval_ms)

    # -- events ----------------------------------------------------------------------------
    def _on_index_changed(self, _index: int) -> None:
        if not isValid(self.stack) or self.stack.isClean():  # the stack emits while destroyed
            return
        self._pending = True
        self.edits_since_write += 1
        if self.edits_since_write >= self.edit_threshold:
            self.write_now()

    def _on_clean_changed(self, clean: bool) -> None:
        if clean and isValid(self.stack):
            self.discard()

    def _on_timer(self) -> None:
        if self._pending and isValid(self.stack) and not self.stack.isClean():
            self.write_now()

    # -- writing ---------------------------------------------------------------------------
    def write_now(self) -> threading.Thread | None:
        """Starts a background write of the current document (when it has unsaved work)."""
        if not self.active or self.stack.isClean():
            return None
        self.wait()  # one write at a time, in order
        title, original = self.describe()
        self.edits_since_write = 0
        self._pending = False
        self.writes += 1
        self._thread = self.store.write_in_background(
            self.slot, self.snapshots.document_text(), title, original
        )
        self._poll.start()
        return self._thread

    def write_blocking(self) -> None:
        """Writes the current document now, in this thread (after a restore)."""
        if not self.active:
            return
        self.wait()
        title, original = self.describe()
        try:
            self.store.write(self.slot, self.snapshots.document_text(), title, original)
        except (FileFormatError, OSError):
            return  # the next timed write tries again
        self.edits_since_write = 0
        self._pending = False
        self.writes += 1
        emit(self.written)

    def _check_thread(self) -> None:
        if self._thread is not None and not self._thread.is_alive():
            self._thread = None
            self._poll.stop()
            emit(self.written)

    def wait(self) -> None:
        """Waits for a background write still running."""
        thread = self._thread
        if thread is not None:
            thread.join(JOIN_TIMEOUT_S)

    def adopt(self, slot: Path) -> None:
        """Takes over an existing recovery file (a restored document keeps its copy)."""
        self.wait()
        if slot != self.slot:
            self.store.discard(self.slot)
        self.slot = slot

    def discard(self) -> None:
        """Removes the recovery copy (after a save, on a clean close)."""
        self.wait()
        self.store.discard(self.slot)
        self.edits_since_write = 0
        self._pending = False

    def stop(self) -> None:
        """Stops the timers and removes the copy: the window closes without unsaved work."""
        self.active = False
        self.timer.stop()
        self.discard()
        self._poll.stop()
        self.snapshots.close()
