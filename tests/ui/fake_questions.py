"""Test helper: a typed fake of the session's questions (:class:`ui.session.questions.Questions`).

A real dialog would wait forever offscreen, so every question fails the test unless the
test put an answer in :attr:`FakeQuestions.answers` (a callable taking the question's
arguments); information messages are collected in :attr:`FakeQuestions.infos`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

import pytest

from jxeditor.document.document import Document

T = TypeVar("T")


class FakeQuestions:
    """Answers from :attr:`answers`; an unexpected question fails the test."""

    def __init__(self) -> None:
        self.answers: dict[str, Callable[..., Any]] = {}
        self.infos: list[str] = []
        self.asked: list[str] = []

    def _ask(self, name: str, *args: Any) -> Any:
        self.asked.append(name)
        answer = self.answers.get(name)
        if answer is None:
            pytest.fail(f"unexpected dialog {name}{args}")
        return answer(*args)

    def run_long(self, text: str, job: Callable[[], T]) -> T:
        """Runs the job at once (a test may answer "run_long" to cancel: raise Cancelled)."""
        if "run_long" in self.answers:
            self.answers["run_long"](text)
        return job()

    def ask_save_changes(self, name: str) -> str:
        return str(self._ask("ask_save_changes", name))

    def ask_open_path(self, folder: str) -> str | None:
        result = self._ask("ask_open_path", folder)
        return None if result is None else str(result)

    def ask_save_path(self, suggested: str) -> str | None:
        result = self._ask("ask_save_path", suggested)
        return None if result is None else str(result)

    def ask_overwrite_changed(self, path: Path, gone: bool) -> str:
        return str(self._ask("ask_overwrite_changed", path, gone))

    def ask_save_foreign_workbook(self, path: Path) -> str:
        return str(self._ask("ask_save_foreign_workbook", path))

    def ask_restart_for_language(self, language: str) -> bool:
        return bool(self._ask("ask_restart_for_language", language))

    def offer_save_as_after_error(self, message: str) -> bool:
        return bool(self._ask("offer_save_as_after_error", message))

    def ask_restore_recovery(self, title: str, original: str, written: datetime) -> str:
        return str(self._ask("ask_restore_recovery", title, original, written))

    def ask_settings(self, doc: Document) -> dict[str, Any] | None:
        result = self._ask("ask_settings", doc)
        return None if result is None else dict(result)

    def show_error(self, text: str) -> None:
        self._ask("show_error", text)

    def show_info(self, text: str) -> None:
        if "show_info" in self.answers:
            self.answers["show_info"](text)
        else:
            self.infos.append(text)
