"""Autosave: recovery copies of a window's unsaved work, and finding them after a crash.

While the window's undo stack is not clean, :class:`Autosave` writes the document to
its own recovery file in the user's data folder (:func:`recovery_folder`, never beside
the user's file) every ``interval_ms`` (60 s) and after every ``edit_threshold`` (50)
edits. The snapshot is taken in the GUI thread from a
:class:`~jxeditor.recovery.snapshot.SnapshotCache` (only the projects edited since the last copy
are converted again); encoding and writing run in a background thread
(:meth:`RecoveryStore.write_in_background`). When the
stack becomes clean (saved, or undone back to the saved state, or another file opened)
and when the window closes cleanly, the copy is removed. So recovery files exist only
for work that a crash would otherwise have lost.

After a crash (the process gone, its copies still there), :func:`orphaned_entries`
lists the copies of editors that no longer run; the window offers to restore them
(see :meth:`ui.session.files.DocumentFiles.offer_recovery`).

A copy belongs to a running editor only when its process id is that of a process that
really is jxeditor (:func:`pid_alive` checks the program's name: ids are reused, and an
unrelated ``python`` holding the id must not hide a copy). A write that fails in the
background thread (a full disk, a character that cannot be written) is reported once
(:attr:`Autosave.failed`, shown through the owner's questions) and tried again at the
next interval; the thread never dies silently.

The data folder is ``QStandardPaths.AppLocalDataLocation`` (on Windows the local, not
the roaming, application data: recovery copies are per machine and can be large; copies
an older version left in the roaming folder are moved over); the environment variable
``JXEDITOR_DATA_DIR`` replaces it (tests, and the crash test, point it at a temporary
folder). ``JXEDITOR_AUTOSAVE_MS`` changes the interval (the crash test uses a short one).
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal
from PySide6.QtGui import QUndoStack
from shiboken6 import isValid

from jxeditor.document.document import Document
from jxeditor.recovery.snapshot import SnapshotCache
from jxeditor.recovery.store import SUFFIX, RecoveryEntry, RecoveryStore
from ui.platform.qtcompat import emit

DATA_DIR_ENV = "JXEDITOR_DATA_DIR"
INTERVAL_ENV = "JXEDITOR_AUTOSAVE_MS"
DEFAULT_INTERVAL_MS = 60_000
DEFAULT_EDIT_THRESHOLD = 50
JOIN_TIMEOUT_S = 10.0


def data_folder() -> Path:
    """The user's local data folder of the editor (``JXEDITOR_DATA_DIR`` when set)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    location = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppLocalDataLocation
    )
    return Path(location) if location else Path.home() / ".jxeditor"


def recovery_folder() -> Path:
    """Where the recovery copies live: ``<data folder>/recovery``."""
    folder = data_folder() / "recovery"
    if not os.environ.get(DATA_DIR_ENV):
        move_roaming_copies(folder)
    return folder


def move_roaming_copies(folder: Path, roaming: Path | None = None) -> list[Path]:
    """Moves recovery copies an older version left in the roaming data folder (Windows'
    ``AppData/Roaming``, or ``roaming``) into ``folder``; nothing where the two are the same."""
    if roaming is None:
        location = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.AppDataLocation
        )
        if not location:
            return []
        roaming = Path(location)
    old = roaming / "recovery"
    moved: list[Path] = []
    with contextlib.suppress(OSError):
        if old.resolve() == folder.resolve() or not old.is_dir():
            return []
        for copy in old.glob(f"*{SUFFIX}"):
            folder.mkdir(parents=True, exist_ok=True)
            with contextlib.suppress(OSError):
                moved.append(Path(copy.replace(folder / copy.name)))
    return moved


def default_interval_ms() -> int:
    """60 s, or ``JXEDITOR_AUTOSAVE_MS`` when it holds a positive number."""
    try:
        value = int(os.environ.get(INTERVAL_ENV, ""))
    except ValueError:
        return DEFAULT_INTERVAL_MS
    return value if value > 0 else DEFAULT_INTERVAL_MS


def pid_alive(pid: int) -> bool:
    """True when the process with this id runs now and is a jxeditor (without psutil, and
    never signalling it). Where that cannot be told, a running process counts."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill(pid, 0) would terminate the process on Windows
        return _windows_editor_running(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, run by another user
    except OSError:
        return False
    return _looks_like_editor(pid)


def is_editor_program(name: str) -> bool:
    """The bundled editor's own program (``jxeditor``, ``jxeditor.exe``, also when the
    bundle was renamed: then it has this process's name)."""
    name = name.lower()
    own = Path(sys.executable).name.lower() if getattr(sys, "frozen", False) else ""
    return name.startswith("jxeditor") or (bool(own) and name == own)


def is_python_program(name: str) -> bool:
    """A Python interpreter (``python3.11``, ``pythonw.exe``…)."""
    return name.lower().startswith("python")


def _windows_editor_running(pid: int) -> bool:
    """Windows: the process is running (``GetExitCodeProcess``) and its program is the
    bundle's (``QueryFullProcessImageNameW``). A Python interpreter counts too (an
    editor run from the sources; its command line is not readable without much more)."""
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]  # Windows only; mypy checks as Linux
    kernel32.OpenProcess.restype = wintypes.HANDLE
    kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
    kernel32.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
    kernel32.QueryFullProcessImageNameW.argtypes = (
        wintypes.HANDLE, wintypes.DWORD, wintypes.LPWSTR, ctypes.POINTER(wintypes.DWORD)
    )
    kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        error = ctypes.get_last_error()  # type: ignore[attr-defined]  # Windows only
        return bool(error == 5)  # ERROR_ACCESS_DENIED: it exists (an elevated process)
    try:
        code = wintypes.DWORD()
        if kernel32.GetExitCodeProcess(handle, ctypes.byref(code)) and code.value != 259:
            return False  # exited (259 = STILL_ACTIVE), only a handle keeps the id
        size = wintypes.DWORD(32768)
        buffer = ctypes.create_unicode_buffer(size.value)
        if not kernel32.QueryFullProcessImageNameW(handle, 0, buffer, ctypes.byref(size)):
            return True  # cannot tell: assume the copy belongs to a running editor
        name = buffer.value.replace("\\", "/").rsplit("/", 1)[-1]
        return is_editor_program(name) or is_python_program(name)
    finally:
        kernel32.CloseHandle(handle)


def _looks_like_editor(pid: int) -> bool:
    """Linux: the process is the bundled ``jxeditor``, or a Python running the editor
    (``-m ui.app``, the ``jxeditor``/``jxeditor-gui`` scripts, or the ``main.py`` beside
    ``ui/app.py``). A reused id held by any other program, any other Python included, is
    not an editor."""
    try:
        argv = [a.decode("utf-8", "replace")
                for a in Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0") if a]
    except OSError:
        return True  # cannot tell (no /proc): assume the copy belongs to a running editor
    if not argv:
        return False  # a zombie, or a kernel thread
    try:
        program = os.readlink(f"/proc/{pid}/exe").rsplit("/", 1)[-1]
    except OSError:
        program = ""
    if is_editor_program(Path(argv[0]).name) or is_editor_program(program):
        return True
    if not (is_python_program(program) or is_python_program(Path(argv[0]).name)):
        return False
    args = argv[1:]
    if any(a in ("ui.app", "jxeditor", "jxeditor.cli") for a in args):
        return True  # python -m ui.app …
    for arg in args[:3]:
        name = Path(arg).name
        if name.startswith("jxeditor"):
            return True  # the console scripts of an installed jxeditor
        if name == "main.py":
            with contextlib.suppress(OSError):
                script = Path(f"/proc/{pid}/cwd") / arg
                if (script.parent / "ui" / "app.py").is_file():
                    return True
    return False


def orphaned_entries(store: RecoveryStore) -> list[RecoveryEntry]:
    """Recovery copies left by editors that no longer run (newest first)."""
    return [e for e in store.entries(exclude_pid=os.getpid()) if not pid_alive(e.pid)]


class Autosave(QObject):
    """Keeps one recovery copy of a window's document while it has unsaved changes.

    ``describe()`` returns ``(title, original)``: the name shown in the restore dialog
    and the path of the user's file (``""`` for a new or imported document).
    """

    written = Signal()  # after a recovery copy has been written (from the GUI thread)
    # A write failed (the message, in Chinese); once per run of failures, in the GUI thread.
    failed = Signal(str)

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
        self._error: BaseException | None = None  # what the last background write raised
        self.failures = 0  # writes failed since the last one that succeeded
        self.last_error = ""
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
        self._check_thread()
        title, original = self.describe()
        self.edits_since_write = 0
        self._pending = False
        try:
            text = self.snapshots.document_text()
        except Exception as error:  # the snapshot itself failed: report, retry later
            self._failed(error)
            return None
        self.writes += 1
        self._error = None
        self._thread = threading.Thread(
            target=self._write_guarded, args=(self.slot, text, title, original),
            name="jxeditor-recovery", daemon=True,
        )
        self._thread.start()
        self._poll.start()
        return self._thread

    def _write_guarded(self, slot: Path, text: str, title: str, original: str) -> None:
        """The background thread: writes, and keeps any error for the GUI thread."""
        try:
            self.store.write(slot, text, title, original)
        except Exception as error:  # never lost silently: _check_thread reports it
            self._error = error

    def write_blocking(self) -> None:
        """Writes the current document now, in this thread (after a restore)."""
        if not self.active:
            return
        self.wait()
        self._check_thread()
        title, original = self.describe()
        try:
            self.store.write(self.slot, self.snapshots.document_text(), title, original)
        except Exception as error:
            self._failed(error)  # the next timed write tries again
            return
        self.edits_since_write = 0
        self._pending = False
        self.writes += 1
        self._succeeded()
        emit(self.written)

    def _check_thread(self) -> None:
        if self._thread is not None and not self._thread.is_alive():
            self._thread = None
            self._poll.stop()
            error, self._error = self._error, None
            if error is not None:
                self._failed(error)
                return
            self._succeeded()
            emit(self.written)

    def _failed(self, error: BaseException) -> None:
        """A write failed: try again at the next interval; say so the first time."""
        self._pending = True
        self.failures += 1
        reason = str(error) or type(error).__name__
        self.last_error = self.tr(
            "无法写入恢复副本（自动保存）：{0}。稍后会自动重试；在此之前请尽快保存文件。"
        ).format(reason)
        if self.failures == 1:
            emit(self.failed, self.last_error)
            show = getattr(getattr(self.parent(), "questions", None), "show_error", None)
            if callable(show):
                show(self.last_error)
            else:
                print(self.last_error, file=sys.stderr)

    def _succeeded(self) -> None:
        self.failures = 0
        self.last_error = ""

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
