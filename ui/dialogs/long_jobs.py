"""Long jobs without a frozen window: the job runs in a worker thread while the window's
event loop goes on; after half a second a busy dialog with 取消 appears.

Python threads share one interpreter lock, but a reader that is pure Python gives it up
every few milliseconds, which is enough for the window to repaint and for the person to
press 取消. A cancelled job cannot be stopped from outside: it finishes in the
background and its result is dropped (the document in the window is never touched).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from ui.session.questions import Cancelled

T = TypeVar("T")
SHOW_AFTER_MS = 500
POLL_MS = 30


def run_long(parent: QWidget, text: str, cancel_text: str, job: Callable[[], T]) -> T:
    """Runs ``job`` in a thread; returns its result, raises its exception or Cancelled."""
    results: list[T] = []  # the job's result, or
    errors: list[BaseException] = []  # its exception, handed to the window's thread

    def work() -> None:
        try:
            results.append(job())
        except BaseException as error:
            errors.append(error)

    worker = threading.Thread(target=work, name="jxeditor-long-job", daemon=True)
    worker.start()
    worker.join(0.05)  # most files are read by now: no event loop, no dialog
    if worker.is_alive():
        _wait(parent, text, cancel_text, worker)
    if worker.is_alive():
        raise Cancelled
    if errors:
        raise errors[0]
    return results[0]


def _wait(parent: QWidget, text: str, cancel_text: str, worker: threading.Thread) -> None:
    """Runs the event loop until the worker ends or the person cancels."""
    loop = QEventLoop()
    dialog = QProgressDialog(text, cancel_text, 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(24 * 3600 * 1000)  # shown by the timer below, not by Qt
    dialog.hide()
    cancelled = False

    def cancel() -> None:
        nonlocal cancelled
        cancelled = True
        loop.quit()

    def poll() -> None:
        if dialog.wasCanceled():
            cancel()
        elif not worker.is_alive():
            loop.quit()

    dialog.canceled.connect(cancel)
    timer = QTimer()
    timer.setInterval(POLL_MS)
    timer.timeout.connect(poll)
    timer.start()
    show = QTimer()
    show.setSingleShot(True)
    show.timeout.connect(dialog.show)
    show.start(SHOW_AFTER_MS)
    loop.exec()
    timer.stop()
    show.stop()
    dialog.reset()
    dialog.deleteLater()
    if cancelled and worker.is_alive():
        return  # the caller sees the worker alive: cancelled
    worker.join()
