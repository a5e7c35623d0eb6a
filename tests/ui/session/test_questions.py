"""The session's questions interface: the real dialogs (:class:`MessageBoxes`) and the
tests' fake answer every question it names, with the same parameters, so neither can
drift from what the session asks; :class:`Cancelled` is an exception of its own."""

from __future__ import annotations

import inspect

import pytest
from fake_questions import FakeQuestions

from ui.dialogs.message_boxes import MessageBoxes
from ui.session.questions import Cancelled, Questions

QUESTIONS = sorted(
    name for name, member in vars(Questions).items()
    if callable(member) and not name.startswith("_")
)


def parameters(cls: type, name: str) -> list[tuple[str, object]]:
    signature = inspect.signature(getattr(cls, name))
    return [(p.name, p.kind) for p in signature.parameters.values()]


def test_the_interface_names_every_dialog_the_session_needs() -> None:
    expected = sorted([
        "run_long", "ask_save_changes", "ask_open_path", "ask_save_path",
        "ask_overwrite_changed", "ask_save_foreign_workbook", "ask_restart_for_language",
        "offer_save_as_after_error", "ask_restore_recovery", "ask_settings",
        "show_error", "show_info",
    ])
    assert expected == QUESTIONS


@pytest.mark.parametrize("implementation", [MessageBoxes, FakeQuestions])
@pytest.mark.parametrize("name", QUESTIONS)
def test_implementations_answer_with_the_same_parameters(implementation: type, name: str) -> None:
    assert hasattr(implementation, name), f"{implementation.__name__} lacks {name}"
    assert parameters(implementation, name) == parameters(Questions, name)


def test_cancelled_is_no_other_error() -> None:
    assert issubclass(Cancelled, Exception)
    assert not issubclass(Cancelled, (OSError, ValueError, RuntimeError))


def test_the_fake_fails_on_a_question_nobody_expected() -> None:
    fake = FakeQuestions()
    with pytest.raises(pytest.fail.Exception, match="ask_save_changes"):
        fake.ask_save_changes("文件.json")
    fake.answers["ask_save_changes"] = lambda name: "discard"
    assert fake.ask_save_changes("文件.json") == "discard"
    assert fake.asked == ["ask_save_changes", "ask_save_changes"]
