"""What the editing session may ask the person: the narrow interface to every dialog.

The session and its file handling never touch ``QMessageBox`` or ``QFileDialog``; they
ask a :class:`Questions` object that returns plain values (a path, ``'save'``, a bool),
as the Mu editor's logic asks its view. The window passes the real one
(:class:`ui.dialogs.message_boxes.MessageBoxes`); tests pass a typed fake that answers
from a script and fails on any question nobody expected.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol, TypeVar

from jxeditor.document.document import Document

T = TypeVar("T")


class Cancelled(Exception):
    """The person cancelled a long job (:meth:`Questions.run_long`)."""


class Questions(Protocol):
    """Every question and message the session can put to the person."""

    def run_long(self, text: str, job: Callable[[], T]) -> T:
        """Runs ``job`` so that the window stays responsive; if it takes longer than half
        a second, ``text`` is shown with a 取消 button. Raises :class:`Cancelled` when the
        person cancels (the job's result is then dropped); the job's own exceptions are
        raised again as they are."""
        ...

    def ask_save_changes(self, name: str) -> str:
        """The document ``name`` has unsaved changes: 'save', 'discard' or 'cancel'."""
        ...

    def ask_open_path(self, folder: str) -> str | None:
        """A file to open (the dialog starts in ``folder``), or None."""
        ...

    def ask_save_path(self, suggested: str) -> str | None:
        """A path ending in ``.json`` or ``.xlsx`` to save to, or None."""
        ...

    def ask_overwrite_changed(self, path: Path, gone: bool) -> str:
        """The file was changed (or removed) by someone else since it was read:
        'overwrite', 'save_as' or 'cancel'."""
        ...

    def ask_save_foreign_workbook(self, path: Path) -> str:
        """保存 over a workbook jxeditor did not write (the bureau's own form): 'save_as'
        (keep the original, save a new file; the default), 'overwrite' (rewrite it in
        jxeditor's layout) or 'cancel'."""
        ...

    def ask_restart_for_language(self, language: str) -> bool:
        """The language was changed: True to restart now."""
        ...

    def offer_save_as_after_error(self, message: str) -> bool:
        """A save failed (``message`` says why, naming the file): True for 另存为…."""
        ...

    def ask_restore_recovery(self, title: str, original: str, written: datetime) -> str:
        """A recovery copy of a crashed editor: 'restore', 'discard' or 'later'."""
        ...

    def ask_settings(self, doc: Document) -> dict[str, Any] | None:
        """New document settings (year, unit, framework…) or None when cancelled."""
        ...

    def show_error(self, text: str) -> None:
        """Tells about an error (one clear Chinese message)."""
        ...

    def show_info(self, text: str) -> None:
        """Tells something the person should read (import notices)."""
        ...
