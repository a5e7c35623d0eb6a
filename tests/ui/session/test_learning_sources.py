"""What the library learns from the editor: what a file on disk holds (opened or saved),
never edits closed with 不保存, never values the rules call wrong; and a window closing
on unsaved work raises nothing from the library at teardown."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from fake_questions import FakeQuestions

import ui.main_window as main_window_module
from jxeditor.document.document import Document
from jxeditor.document.model import Acknowledgement, Indicator, Level1, Level2, Project
from jxeditor.formats import json_format
from jxeditor.library.entries import USER
from ui.main_window import MainWindow


def learned(window: MainWindow) -> set[tuple[str, str]]:
    window.library.wait()
    return {(s.row.name, s.row.value) for s in window.library.library.entries()}


def offered(window: MainWindow, typed: str) -> set[str]:
    window.library.wait()
    found = window.library.suggest("产出指标", "质量指标", "2026年档案室改造项目", typed)
    return {s.value for s in found if s.source == USER}


def archive_file(tmp_path: Path, values: dict[str, str],
                 confirmed: tuple[Acknowledgement, ...] = ()) -> Path:
    project = Project(name="2026年档案室改造项目", department="示例局", indicators=[
        Level1("产出指标", [Level2("质量指标", [Indicator(n, v) for n, v in values.items()])]),
    ], acknowledgements=list(confirmed))
    path = tmp_path / "archive.json"
    json_format.save(Document(year=2026, projects=[project]), path)
    return path


def test_an_edit_closed_with_dont_save_is_not_learned(new_window: MainWindow, tmp_path) -> None:
    window = new_window
    assert window.files.open_file(archive_file(tmp_path, {"验收合格率": "=100%"}))
    assert ("验收合格率", "=100%") in learned(window)
    window.session.set_node_field((0, 0, 0), "value", "》 90%")
    assert window.close()  # 不保存
    assert ("验收合格率", "》 90%") not in learned(window)
    assert "》 90%" not in offered(window, "验收")


def test_discarded_work_on_a_new_document_is_not_learned(
    new_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """不保存 before a restart (language) marks the stack clean without saving: the
    work on the untitled document is gone, and the library must not keep it."""
    window = new_window
    monkeypatch.setattr(main_window_module, "start_detached", lambda _command: True)
    window.session.set_project_field(window.session.current, "name", "2026年档案室改造项目")
    window.session.set_node_field((0, 0, 0), "name", "档案扫描准确率")
    window.session.set_node_field((0, 0, 0), "value", "≥93")
    window.questions.answers["ask_restart_for_language"] = lambda _language: True
    window.menus.language_actions["en"].trigger()
    assert not window.isVisible()
    assert ("档案扫描准确率", "≥93") not in learned(window)


def test_values_the_rules_call_wrong_are_not_learned(new_window: MainWindow, tmp_path) -> None:
    window = new_window
    confirmed = Acknowledgement("value.missing_unit", "按评分细则",
                                indicator=("产出指标", "质量指标", "验收评分"))
    path = archive_file(tmp_path, {
        "验收合格率": "》 90%",  # value.symbol
        "档案扫描准确率": "≥93",  # value.missing_unit
        "数据校验": "≥**%",  # a placeholder (an error)
        "验收评分": "≥93",  # the same warning, confirmed as intended
        "档案著录准确率": "≥98%",
    }, (confirmed,))
    assert window.files.open_file(path)
    assert learned(window) >= {("档案著录准确率", "≥98%"), ("验收评分", "≥93")}
    assert not {"》 90%", "≥**%"} & {value for _name, value in learned(window)}
    assert ("档案扫描准确率", "≥93") not in learned(window)
    # once corrected and saved, it is learned
    window.session.set_node_field((0, 0, 0), "value", "≥90%")
    assert window.files.save()
    assert ("验收合格率", "≥90%") in learned(window)


def test_closing_a_window_on_unsaved_work_raises_nothing_at_teardown(qtbot) -> None:
    """Deleting the window deletes the undo stack, which says "clean" once more on its
    way out: nothing may still listen and ask the stack (a RuntimeError at exit)."""
    window = MainWindow(FakeQuestions())
    window.questions.answers["ask_save_changes"] = lambda *_: "discard"
    window.session.set_project_field(window.session.current, "name", "新项目")
    assert not window.session.stack.isClean()
    with qtbot.captureExceptions() as raised:
        assert window.close()
        shiboken6.delete(window)
    assert raised == []
