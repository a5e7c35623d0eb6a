"""The stage switch: 目标 / 运行监控 / 自评, as checkable actions (the 视图 menu) and as a
drop-down in the form pane's settings strip, plus the action that unlocks the approved
年度指标值 in a later stage.

Choosing a stage asks the session (one undo step, with the blocks the stage adds); the
actions and the drop-down follow the document's change events, so undo shows the stage
that is back.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QComboBox, QWidget

from jxeditor.document.changes import Change, DocumentFieldChanged, Reset
from jxeditor.document.stages import STAGES, TARGETS
from ui.session.editor_session import EditorSession
from ui.session.stage_commands import stage_name


class StageSwitch(QObject):
    """The stage actions and drop-downs of one session."""

    def __init__(self, session: EditorSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        for stage in STAGES:
            action = QAction(self.tr("{0}阶段").format(stage_name(stage)), self)
            action.setObjectName(f"stage_{stage}")
            action.setCheckable(True)
            action.triggered.connect(lambda _c=False, s=stage: self.choose(s))
            self.group.addAction(action)
            self.actions[stage] = action
        self.act_unlock = QAction(self.tr("解锁年度指标值（修改已批复的目标）"), self)
        self.act_unlock.setObjectName("unlockTargets")
        self.act_unlock.setCheckable(True)
        self.act_unlock.toggled.connect(session.set_targets_unlocked)
        session.targetsUnlockedChanged.connect(self._show_unlocked)
        self.combos: list[QComboBox] = []
        session.doc.subscribe(self._on_change)
        self._show()

    def combo(self, parent: QWidget) -> QComboBox:
        """A drop-down of the stages that follows the document."""
        combo = QComboBox(parent)
        combo.setObjectName("stageChoice")
        combo.setToolTip(self.tr("填报阶段：目标表、运行监控表或自评表"))
        for stage in STAGES:
            combo.addItem(stage_name(stage), stage)
        combo.activated.connect(lambda i: self.choose(str(combo.itemData(i))))
        self.combos.append(combo)
        self._show()
        return combo

    def choose(self, stage: str) -> None:
        """Switches the document to ``stage`` (one undo step)."""
        self.session.set_stage(stage)
        self._show()

    def _show(self) -> None:
        stage = self.session.doc.stage
        for key, action in self.actions.items():
            action.setChecked(key == stage)
        for combo in self.combos:
            combo.setCurrentIndex(max(0, combo.findData(stage)))
        self.act_unlock.setEnabled(stage != TARGETS)

    def _show_unlocked(self, unlocked: bool) -> None:
        if self.act_unlock.isChecked() != unlocked:
            self.act_unlock.setChecked(unlocked)

    def _on_change(self, change: Change) -> None:
        if isinstance(change, Reset) or (
            isinstance(change, DocumentFieldChanged) and change.field == "stage"
        ):
            self._show()
