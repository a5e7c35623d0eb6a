"""Choosing a language in the menu restarts the editor on the same file, losing nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

import ui.main_window as main_window_module
from ui.main_window import MainWindow
from ui.platform.restart import restart_command


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    commands: list[list[str]] = []
    monkeypatch.setattr(main_window_module, "start_detached",
                        lambda command: commands.append(command) or True)
    return commands


def _edit(window: MainWindow) -> None:
    from ui.session.commands import SetProjectFieldCommand

    window.session.stack.push(SetProjectFieldCommand(window.session.doc, window.session.doc.projects[0], "code", "102001001"))
    assert window.isWindowModified()


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_restart_now_saves_first_and_reopens_the_same_file(
    window: MainWindow, started: list[list[str]], qtbot
) -> None:
    window.show()
    qtbot.waitExposed(window)
    path = window.files.path
    assert path is not None
    _edit(window)
    window.questions.answers["ask_restart_for_language"] = lambda language: True
    window.questions.answers["ask_save_changes"] = lambda *_: "save"
    window.menus.language_actions["en"].trigger()
    assert QSettings().value("ui/language") == "en"
    assert started == [restart_command(path)] and started[0][-1] == str(path)
    assert "102001001" in path.read_text(encoding="utf-8")  # saved before the restart
    assert not window.isVisible()  # this editor closed


def test_cancel_in_the_save_question_keeps_everything(
    window: MainWindow, started: list[list[str]]
) -> None:
    _edit(window)
    window.questions.answers["ask_restart_for_language"] = lambda language: True
    window.questions.answers["ask_save_changes"] = lambda *_: "cancel"
    window.menus.language_actions["en"].trigger()
    assert started == []
    assert window.isWindowModified() and window.session.doc.projects[0].code == "102001001"


def test_discard_restarts_without_asking_again(
    window: MainWindow, started: list[list[str]]
) -> None:
    _edit(window)
    asked: list[str] = []
    window.questions.answers["ask_restart_for_language"] = lambda language: True
    window.questions.answers["ask_save_changes"] = lambda *_: asked.append("asked") or "discard"
    window.menus.language_actions["en"].trigger()
    assert asked == ["asked"] and len(started) == 1


def test_failed_start_keeps_the_window(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(main_window_module, "start_detached", lambda command: False)
    errors: list[str] = []
    window.questions.answers["show_error"] = errors.append
    window.questions.answers["ask_restart_for_language"] = lambda language: True
    window.menus.language_actions["en"].trigger()
    assert errors and "无法重新启动" in errors[0]


def test_the_restart_command_starts_this_editor(tmp_path: Path) -> None:
    command = restart_command(None)
    assert command[:3] == [sys.executable, "-m", "ui.app"]
    done = subprocess.run([*command, "--version"], capture_output=True, text=True, timeout=60,
                          cwd=tmp_path, check=False)
    assert done.returncode == 0 and done.stdout.startswith("jxeditor ")
    assert restart_command(tmp_path / "表.json")[-1] == str(tmp_path / "表.json")
