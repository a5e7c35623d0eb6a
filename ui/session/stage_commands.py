"""Undo commands of the stages: switching the stage, setting a field of a project's or an
indicator's 运行监控/自评 block, and changing an approved 年度指标值 after unlocking it.

Like :mod:`ui.session.commands`, each calls one :class:`~jxeditor.document.document.Document`
method in ``redo()`` and one in ``undo()``, and addresses its project by identity.
Setting a field is a :class:`~ui.session.commands.FieldEdit`, whose one merge rule makes
the keystrokes of one typing run one step.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from jxeditor.document.department import Department
from jxeditor.document.document import Document
from jxeditor.document.fields import INDICATOR, PROJECT
from jxeditor.document.model import Indicator, NodePath, Project
from jxeditor.document.stage_edits import StageSwitch
from jxeditor.document.stages import STAGE_LABELS
from jxeditor.document.trees import TreeOwner, node_at
from ui.session.commands import FieldEdit, edit_text

STAGE_NAMES = {
    "targets": QT_TRANSLATE_NOOP("Commands", "目标"),
    "monitoring": QT_TRANSLATE_NOOP("Commands", "运行监控"),
    "evaluation": QT_TRANSLATE_NOOP("Commands", "自评"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Commands", text)


def stage_name(stage: str) -> str:
    """The stage's name in the UI language."""
    return _tr(str(STAGE_NAMES.get(stage, STAGE_LABELS.get(stage, stage))))


class SetStageCommand(QUndoCommand):
    """Switches the document's stage; undo removes the blocks the switch added."""

    def __init__(self, doc: Document, stage: str) -> None:
        super().__init__(QCoreApplication.translate("Commands", "切换到“{0}”阶段").format(stage_name(stage)))
        self.doc = doc
        self.stage = stage
        self.switch: StageSwitch | None = None

    def redo(self) -> None:
        self.switch = self.doc.set_stage(self.stage)

    def undo(self) -> None:
        assert self.switch is not None
        self.doc.revert_stage(self.switch)


class SetStageFieldCommand(FieldEdit):
    """Sets one field of a stage block: a project's (``path`` ``None``) or an
    indicator's."""

    def __init__(
        self, doc: Document, project: Project, path: NodePath | None, name: str, value: Any,
        *, typing: Hashable | None = None,
    ) -> None:
        super().__init__(edit_text(PROJECT if path is None else INDICATOR, name), typing)
        self.doc = doc
        self.project = project
        self.path = None if path is None else tuple(path)
        self.name = name
        self.value = value
        self.old: Any = None

    def target(self) -> tuple[object, ...]:
        return (id(self.project), self.path, self.name)

    def _set(self, value: Any) -> Any:
        if self.path is None:
            return self.doc.set_project_stage_field(self.project, self.name, value)
        return self.doc.set_indicator_stage_field(self.project, self.path, self.name, value)

    def redo(self) -> None:
        self.old = self._set(self.value)

    def undo(self) -> None:
        self._set(self.old)


class UnlockedTargetCommand(FieldEdit):
    """Changes an approved 年度指标值 in a later stage, after the person unlocked it, in a
    project's or the department's tree; the step says so (撤销 解锁修改年度指标值…) and
    the session marks the cell while done."""

    def __init__(
        self, doc: Document, project: TreeOwner, path: NodePath, value: str,
        marks: dict[int, tuple[Indicator, str]], *, typing: Hashable | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("Commands", "解锁修改年度指标值（已批复的目标）"),
                         typing)
        self.doc = doc
        self.project = project
        self.path = tuple(path)
        self.value = value
        self.old = ""
        self.marks = marks
        self.marked = False

    def target(self) -> tuple[object, ...]:
        return (id(self.project), self.path)

    def mergeWith(self, other: QUndoCommand) -> bool:
        merged = super().mergeWith(other)
        if merged and self.isObsolete() and self.marked:  # typed back to the approved value
            self.marks.pop(id(node_at(self.project, self.path)), None)
        return merged

    def redo(self) -> None:
        node = node_at(self.project, self.path)
        self.marked = isinstance(node, Indicator) and id(node) not in self.marks
        if isinstance(node, Indicator) and self.marked:
            self.marks[id(node)] = (node, node.value)
        self.old = self._set(self.value)

    def undo(self) -> None:
        node = node_at(self.project, self.path)
        if self.marked:
            self.marks.pop(id(node), None)
        self._set(self.old)

    def _set(self, value: str) -> str:
        if isinstance(self.project, Department):
            return self.doc.set_department_node_field(self.project, self.path, "value", value)
        return self.doc.set_node_field(self.project, self.path, "value", value)
