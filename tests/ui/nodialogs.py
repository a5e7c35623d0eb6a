"""Test helper: a window whose every question fails the test (a real dialog would wait
forever offscreen); tests put their own answers back where they expect a question."""

from __future__ import annotations

from typing import Any

import pytest

QUESTIONS = (
    "show_error",
    "ask_save_changes",
    "ask_overwrite_changed",
    "offer_save_as_after_error",
    "ask_restore_recovery",
    "ask_save_path",
    "ask_open_path",
    "ask_restart_for_language",
)


def no_dialogs(win: Any) -> None:
    """Replaces the window's dialog methods: questions fail, information is dropped."""
    for name in QUESTIONS:
        setattr(win, name, lambda *args, n=name: pytest.fail(f"unexpected dialog {n}{args}"))
    win.show_info = lambda text: None
