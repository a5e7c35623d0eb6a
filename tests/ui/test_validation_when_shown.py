"""The editor's first window (:func:`ui.app.start_window`) shows before its document is
validated: until it has shown itself nothing is validated (every project waits, the counts
are empty: the status bar says 检查中…); then the problems come, the same as a window that
validates at once finds; an action that needs them before (one fix for all, saving)
validates at once."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fake_questions import FakeQuestions

from jxeditor.rules.tally import Tally
from ui.app import start_window
from ui.main_window import MainWindow

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample-dalian-2026.json"


def codes(window: MainWindow) -> list[str]:
    return sorted(p.code for p in window.session.live.all_problems())


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """The shipped sample, copied: its twelve projects have warnings and 提示."""
    path = tmp_path / "sample.json"
    shutil.copyfile(SAMPLE, path)
    return path


def window_on(qtbot, path: Path, *, first: bool) -> MainWindow:
    window = start_window(FakeQuestions()) if first else MainWindow(FakeQuestions())
    qtbot.addWidget(window)
    assert window.files.open_file(path)
    return window


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_the_first_window_is_validated_once_it_has_shown_itself(qtbot, path: Path) -> None:
    at_once = window_on(qtbot, path, first=False)
    first = window_on(qtbot, path, first=True)
    live = first.session.live
    assert live.pending() == len(first.session.doc.projects) == 12
    assert live.all_problems() == [] and live.tally() == Tally()
    assert "检查中" in first.counts.other_label.text()
    first.show()
    qtbot.waitUntil(lambda: live.pending() == 0, timeout=5000)
    assert codes(first) == codes(at_once) != []
    assert live.tally() == at_once.session.live.tally()
    assert first.problems.model.rowCount() == at_once.problems.model.rowCount()
    assert "检查中" not in first.counts.other_label.text()
    first.session.stack.setClean()
    at_once.session.stack.setClean()


def test_what_needs_the_problems_before_then_validates_at_once(qtbot, path: Path) -> None:
    at_once = window_on(qtbot, path, first=False)
    first = window_on(qtbot, path, first=True)
    first.session.live.complete()  # before one fix for all of a kind, say
    assert first.session.live.pending() == 0 and codes(first) == codes(at_once)
    first.session.stack.setClean()
    at_once.session.stack.setClean()


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_an_edit_before_it_shows_waits_too(qtbot, path: Path) -> None:
    at_once = window_on(qtbot, path, first=False)
    first = window_on(qtbot, path, first=True)
    for window in (at_once, first):
        doc = window.session.doc
        doc.set_project_field(doc.projects[1], "name", "")
        window.session.live.touch(doc.projects[1], "name")  # left empty: an error now
    assert first.session.live.all_problems() == [] and first.session.live.pending() == 12
    first.show()
    qtbot.waitUntil(lambda: first.session.live.pending() == 0, timeout=5000)
    assert codes(first) == codes(at_once)
    first.session.stack.setClean()
    at_once.session.stack.setClean()
