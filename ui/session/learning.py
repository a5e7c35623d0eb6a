"""The user's indicator library on the Qt side: learning every document opened or saved,
in a background thread, and the suggestions the tree's completer and the library dialog
show.

Only what a file on disk holds is learned (:attr:`DocumentFiles.settled`: opened,
imported or saved), never edits discarded with 不保存 or recovered but not yet saved, and
never a value the rules call wrong (:func:`jxeditor.library.sound.sound_rows`).

:class:`LearningLibrary` keeps the library file in the data folder
(:func:`ui.session.autosave.data_folder`, ``JXEDITOR_DATA_DIR`` in tests) and a
:class:`~jxeditor.library.suggest.Suggester`. Taking a document apart into rows is quick
and done in the GUI thread (the document belongs to it); writing the rows and rebuilding
the suggestion index run in one background thread, which touches no Qt object. A timer
polls the thread and announces :attr:`LearningLibrary.learned` (or
:attr:`LearningLibrary.failed` once, with the reason; and every notice of the library,
such as a corrupt file set aside, on the same signal). The window never waits: the
library's modules are imported, the shipped library read and the index of what was learned
before built a moment after start-up (:data:`LEARN_LATER_MS`), or at the first suggestion
asked for before that.
"""

from __future__ import annotations

import threading
from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from PySide6.QtCore import QObject, QTimer, Signal

from jxeditor.document.document import Document
from ui.platform.qtcompat import emit
from ui.session.autosave import data_folder
from ui.session.editor_session import EditorSession
from ui.session.files import DocumentFiles

if TYPE_CHECKING:  # the library's modules: imported after start-up (see the docstring)
    from jxeditor.library.entries import ShippedLibrary
    from jxeditor.library.sound import Confirmed
    from jxeditor.library.store import Learned, UserLibrary
    from jxeditor.library.suggest import Suggester, Suggestion

JOIN_TIMEOUT_S = 10.0
# a file just opened or saved is learned a moment later: the window shows it and checks it
# first (the background thread would share the interpreter with that work); so is the index
# of what was learned before, after start-up
LEARN_LATER_MS = 800
# the rows of a document, the warnings confirmed in it, and where it came from
_Job: TypeAlias = "tuple[list[Learned], Confirmed, str]"


def library_path() -> Path:
    """Where the user's library lives: ``<data folder>/indicator-library.json``."""
    from jxeditor.library.store import LIBRARY_FILE

    return data_folder() / LIBRARY_FILE


class LearningLibrary(QObject):
    """The user's library and the suggester, learning in the background."""

    learned = Signal(int)  # indicators written by the jobs just finished
    failed = Signal(str)  # a problem with the library, in Chinese (the status bar shows it)

    def __init__(self, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._library: UserLibrary | None = None
        self._suggester: Suggester | None = None
        self._pending: deque[_Job] = deque()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._written = 0
        self._error: BaseException | None = None
        self._reported = False
        self._session: EditorSession | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(20)
        self._poll.timeout.connect(self._check_thread)
        self._waiting: list[_Job] = []  # to be learned a moment later
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(LEARN_LATER_MS)
        self._later.timeout.connect(lambda: self._start([]))
        self._later.start()  # the index of what was learned before, built in the background

    @property
    def library(self) -> UserLibrary:
        """The user's library file."""
        if self._library is None:
            from jxeditor.library.store import UserLibrary

            self._library = UserLibrary(self._path if self._path is not None else library_path())
        return self._library

    @property
    def shipped(self) -> ShippedLibrary:
        """The library shipped with the program."""
        return self.suggester.shipped

    @property
    def suggester(self) -> Suggester:
        """Ranks the suggestions from both libraries (made in the GUI thread, before the
        background thread first uses it)."""
        if self._suggester is None:
            from jxeditor.library.suggest import Suggester

            self._suggester = Suggester(self.library)
        return self._suggester

    # == learning ==========================================================================
    def follow(self, files: DocumentFiles) -> None:
        """Learns every document ``files`` opens (or imports) or saves: what a file on disk
        holds, never edits that were discarded (不保存) or only recovered. ``self`` receives
        the signal, so a library gone (the window closing) hears nothing more."""
        self._session = files.session
        files.settled.connect(self._on_settled)

    def _on_settled(self, source: str) -> None:
        if self._session is not None:
            self.learn(self._session.doc, source, later=True)

    def learn(self, doc: Document, source: str = "", *, later: bool = False) -> None:
        """Learns ``doc``'s indicators in the background; ``later``: the work starts
        :data:`LEARN_LATER_MS` from now (the rows are taken now, as the document is)."""
        from jxeditor.library.sound import acknowledged_faults
        from jxeditor.library.store import rows_of

        rows = rows_of(doc)
        if not rows:
            return
        job = (rows, acknowledged_faults(doc), source)
        if later:
            self._waiting.append(job)
            self._later.start()
        else:
            self._start([job])

    def refresh(self) -> None:
        """Rebuilds the suggestion index in the background (after an import or a removal)."""
        self._start([])

    def _start(self, jobs: list[_Job]) -> None:
        self._later.stop()  # what was to wait goes first, in the order it came
        jobs, self._waiting = [*self._waiting, *jobs], []
        suggester = self.suggester  # made here, in the GUI thread, not in the background one
        with self._lock:
            self._pending.extend(jobs)
            running = self._thread is not None and self._thread.is_alive()
            if not running:
                self._thread = threading.Thread(
                    target=self._work, args=(suggester,), name="jxeditor-library", daemon=True)
                self._thread.start()
        self._poll.start()

    def _work(self, suggester: Suggester) -> None:
        """The background thread: writes every pending job, then rebuilds the index."""
        try:
            while True:
                with self._lock:
                    if not self._pending:
                        break
                    rows, confirmed, source = self._pending.popleft()
                from jxeditor.library.sound import sound_rows  # imported by learn() already

                # values the rules call wrong are not learned (sound_rows)
                self._written += self.library.learn(sound_rows(rows, confirmed), source)
            suggester.refresh()
        except Exception as error:  # reported by _check_thread, never lost silently
            self._error = error
        with self._lock:
            if self._pending:  # a job came in after the loop ended: go round again
                self._thread = threading.Thread(
                    target=self._work, args=(suggester,), name="jxeditor-library", daemon=True)
                self._thread.start()

    def _check_thread(self) -> None:
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                return
            self._thread = None
        self._poll.stop()
        error, self._error = self._error, None
        written, self._written = self._written, 0
        for notice in self.library.take_notices():
            emit(self.failed, notice)
        if error is not None:
            if not self._reported:
                self._reported = True
                emit(self.failed, self.tr("无法使用本机指标库：{0}").format(error))
            return
        emit(self.learned, written)

    def wait(self, timeout: float = JOIN_TIMEOUT_S) -> None:
        """Waits for the background work (tests, closing), then reports it."""
        if self._waiting or self._later.isActive():  # what was to come a moment later: now
            self._start([])
        while True:
            with self._lock:
                thread = self._thread
            if thread is None:
                break
            thread.join(timeout)
            with self._lock:
                if self._thread is thread or thread.is_alive():
                    break
        self._check_thread()

    # == suggestions =======================================================================
    def suggest(
        self, level1: str, level2: str, project: str, typed: str = "", n: int = 12,
        purpose: str = "",
    ) -> list[Suggestion]:
        """Suggestions from both libraries (see :meth:`Suggester.suggest`)."""
        return self.suggester.suggest(level1, level2, project, typed, n, purpose=purpose)
