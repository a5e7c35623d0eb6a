"""The stage switch: one checkable action per stage and drop-downs that follow the
document; choosing a stage is one undo step and undo shows the stage that is back; the
unlock action exists only in the later stages and follows the session."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from builders import clean_document
from PySide6.QtWidgets import QWidget
from session_fixtures import make_session

from jxeditor.document.stages import EVALUATION, MONITORING, STAGES, TARGETS
from ui.panes.stage_bar import StageSwitch
from ui.session.editor_session import EditorSession


@pytest.fixture
def session(qapp: Any) -> Iterator[EditorSession]:
    session = make_session(clean_document())
    yield session
    session.stack.clear()


@pytest.fixture
def switch(session: EditorSession) -> StageSwitch:
    return StageSwitch(session)


def checked(switch: StageSwitch) -> list[str]:
    return [stage for stage, action in switch.actions.items() if action.isChecked()]


def test_one_action_per_stage_the_documents_checked(switch: StageSwitch) -> None:
    assert list(switch.actions) == list(STAGES)
    assert [a.text() for a in switch.actions.values()] == ["目标阶段", "运行监控阶段", "自评阶段"]
    assert checked(switch) == [TARGETS]
    assert switch.group.isExclusive()
    assert not switch.act_unlock.isEnabled()


def test_choosing_is_one_undo_step_and_undo_shows_the_stage_back(
    switch: StageSwitch, session: EditorSession, qtbot: Any
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    combo = switch.combo(parent)
    assert [combo.itemData(i) for i in range(combo.count())] == list(STAGES)
    switch.actions[EVALUATION].trigger()
    assert session.doc.stage == EVALUATION and session.stack.count() == 1
    assert checked(switch) == [EVALUATION] and combo.currentData() == EVALUATION
    assert switch.act_unlock.isEnabled()
    session.stack.undo()
    assert session.doc.stage == TARGETS
    assert checked(switch) == [TARGETS] and combo.currentData() == TARGETS
    assert not switch.act_unlock.isEnabled()


def test_the_drop_down_chooses_too(switch: StageSwitch, session: EditorSession, qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    combo = switch.combo(parent)
    combo.activated.emit(combo.findData(MONITORING))
    assert session.doc.stage == MONITORING and checked(switch) == [MONITORING]
    combo.activated.emit(combo.findData(MONITORING))  # already: no second step
    assert session.stack.count() == 1


def test_a_replaced_document_shows_its_stage(switch: StageSwitch, session: EditorSession) -> None:
    other = clean_document()
    other.stage = MONITORING
    session.doc.replace_all(other)
    assert checked(switch) == [MONITORING]


def test_unlock_follows_the_session(switch: StageSwitch, session: EditorSession) -> None:
    switch.actions[EVALUATION].trigger()
    switch.act_unlock.setChecked(True)
    assert not session.targets_locked()
    session.set_targets_unlocked(False)
    assert not switch.act_unlock.isChecked() and session.targets_locked()
