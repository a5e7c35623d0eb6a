"""Starting the editor again: how the language chosen in the menu takes effect at once.

Every text of the window is set when the window is built, so a new language needs a new
window. Rather than rebuilding the window around a live document and undo stack (which
every view, model and signal would have to survive), the editor offers to restart:
unsaved work is saved or discarded through the usual question first, a new editor
process is started on the same file, and this one closes cleanly (leaving no recovery
copy). The new process reads the language from QSettings.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def restart_command(path: Path | None) -> list[str]:
    """The command line that starts this editor again on ``path`` (or on a new document):
    the bundled program itself, or this Python running :mod:`ui.app`. The path is made
    absolute against this process's folder first: the new process starts in another
    folder (:func:`start_detached`), where a relative path would name another file."""
    if getattr(sys, "frozen", False):  # the PyInstaller bundle
        command = [os.path.abspath(sys.executable)]
    else:
        command = [os.path.abspath(sys.executable), "-m", "ui.app"]
    return command + ([os.path.abspath(path)] if path is not None else [])


def start_detached(command: list[str]) -> bool:
    """Starts ``command`` as a process of its own (it outlives this one); True if started."""
    from PySide6.QtCore import QProcess  # (its enums made when a restart needs it)

    result = QProcess.startDetached(command[0], command[1:], str(ROOT))
    return bool(result[0] if isinstance(result, tuple) else result)
