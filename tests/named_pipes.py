"""A named pipe for tests of readers that must refuse one: a reader that would wait on it
is let go (the writing end opened and closed, again and again for a while) so that
a missing refusal fails the test instead of hanging it."""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path
from time import monotonic, sleep  # bound now: tests that patch time.sleep do not see ours


def make_pipe(path: Path, after_s: float = 3.0, for_s: float = 15.0) -> Path:
    """Makes a named pipe at ``path``; from ``after_s`` on, any reader waiting on it gets
    an empty file, until ``for_s`` later."""
    os.mkfifo(path)

    def let_go() -> None:
        sleep(after_s)
        deadline = monotonic() + for_s
        while monotonic() < deadline and os.path.lexists(path):
            with contextlib.suppress(OSError):  # no reader waiting (or the pipe gone)
                os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
            sleep(0.05)

    threading.Thread(target=let_go, daemon=True).start()
    return path
