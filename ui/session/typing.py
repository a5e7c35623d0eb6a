"""The one typing path: every editor, the project form's fields, the stage block's and the
indicator tree's cells, the department's form and tables alike, writes what is typed (or
chosen, or ticked) to the document as it is typed.

An editor opens a :class:`TypingRun` on a :class:`TypedField` (the project, a node of its
tree or ``None``, and the field registry's path; or a part of the department block) with
:meth:`~ui.session.editor_session.EditorSession.begin_typing`, calls :meth:`TypingRun.set`
with the text (or a value) at each change and :meth:`TypingRun.end` when the person
leaves the field, presses Enter or Tab. The keystrokes of one run are one undo step (the
one merge rule of :class:`~ui.session.commands.FieldEdit`); typing after the run ended,
after an undo or after any other edit is a new step, and typing the old value back takes
the step away. Nothing is left to commit at the right moment: the document always holds
what the editors show.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from jxeditor.document.department import Department, DepartmentPart, parts
from jxeditor.document.fields import (
    DEPARTMENT_STAGE,
    INDICATOR,
    PROJECT,
    STAGE_BLOCK,
    FieldSpec,
    department_fields,
    find_field,
    parse_in_unit,
    same_value,
)
from jxeditor.document.model import Indicator, Node, NodePath, Project, get_field
from jxeditor.document.stage_edits import stage_field
from jxeditor.document.stages import TARGETS
from jxeditor.document.trees import TreeOwner
from ui.session.commands import SetNodeFieldCommand, SetProjectFieldCommand
from ui.session.department_commands import (
    SetDepartmentFieldCommand,
    SetDepartmentStageFieldCommand,
    department_spec,
)
from ui.session.stage_commands import SetStageFieldCommand, UnlockedTargetCommand

if TYPE_CHECKING:
    from ui.session.editor_session import EditorSession

_tokens = itertools.count(1)


@dataclass(frozen=True, eq=False)
class TypedField:
    """A field typed into: a field of ``project`` (``indicator`` None) or of a node of its
    tree (an indicator, or a group's name), by its path in the field registry (``"name"``,
    ``"funding.annual.total"``, ``"evaluation.actual"``). ``project`` may be the department
    block, whose indicators (form B, and their 自评) are typed into as a project's. Or,
    ``project`` None, a field of ``part``, a part of the department block (:meth:`of`),
    its 自评 block's fields (``"evaluation.executed.total"``) among them."""

    project: TreeOwner | None
    path: str
    indicator: Node | None = None
    part: DepartmentPart | None = None

    @classmethod
    def of(cls, owner: Project | DepartmentPart, path: str) -> TypedField:
        """A field of a project or of a part of the department block."""
        if isinstance(owner, Project):
            return cls(owner, path)
        return cls(None, path, part=owner)

    @property
    def owner(self) -> Project | DepartmentPart | None:
        """The project or the department's part the field belongs to."""
        return self.part if self.part is not None else self.project

    @property
    def spec(self) -> FieldSpec:
        if self.part is not None:
            if self._department_stage():
                return department_fields(DEPARTMENT_STAGE)[self.path]
            return department_spec(self.part, self.path)
        return find_field(PROJECT if self.indicator is None else INDICATOR, self.path)

    def _department_stage(self) -> bool:
        """Whether the field is one of the department's own 自评 block."""
        return isinstance(self.part, Department) and (
            self.path in department_fields(DEPARTMENT_STAGE))

    def node_path(self) -> NodePath | None:
        """Where the node stands now in its owner's tree (None: gone)."""
        tree = self.project
        if tree is None:
            return None
        for i, l1 in enumerate(tree.indicators):
            if l1 is self.indicator:
                return (i,)
            for j, l2 in enumerate(l1.children):
                if l2 is self.indicator:
                    return (i, j)
                for k, node in enumerate(l2.children):
                    if node is self.indicator:
                        return (i, j, k)
        return None

    def value(self) -> Any:
        """The value the document holds now."""
        if self.part is not None:
            if self._department_stage():
                assert isinstance(self.part, Department)
                return stage_field(self.part, self.path)
            return get_field(self.part, self.path)
        if self.indicator is None:
            assert isinstance(self.project, Project)
            stage = self.spec.owner == STAGE_BLOCK
            return stage_field(self.project, self.path) if stage else get_field(self.project, self.path)
        if "." in self.path and isinstance(self.indicator, Indicator):
            return stage_field(self.indicator, self.path)
        return getattr(self.indicator, self.path)

    def present(self, session: EditorSession) -> bool:
        """Whether the field's project (or the department's part) is in the document."""
        doc = session.doc
        if self.part is not None:
            block = doc.department
            return block is not None and any(p is self.part for p in parts(block))
        if isinstance(self.project, Department):
            return self.project is doc.department and (
                self.indicator is None or self.node_path() is not None)
        return self.project is not None and doc.index_of(self.project) is not None


class TypingRun:
    """One run of typing in one field: :meth:`set` at each change, :meth:`end` on leaving."""

    def __init__(self, session: EditorSession, field: TypedField) -> None:
        self.session = session
        self.field = field
        self._token = next(_tokens)
        self._after = -1  # the stack's index after this run's last step

    def parse(self, text_or_value: Any) -> Any:
        """The value the document holds for ``text_or_value`` (text: the field's parser,
        an indicator's text stripped; any other value as it is)."""
        if not isinstance(text_or_value, str):
            return text_or_value
        spec = self.field.spec
        text = text_or_value.strip() if self.field.indicator is not None else text_or_value
        return parse_in_unit(spec, text, self.session.doc.money_unit)

    def set(self, text_or_value: Any) -> bool:
        """The field now holds ``text_or_value`` (parsed by the field's kind); False when
        it cannot be set (the project or indicator is gone, a locked target)."""
        field = self.field
        if not field.present(self.session):
            return False
        value = self.parse(text_or_value)
        if same_value(value, field.value()):
            return True
        stack = self.session.stack
        if stack.index() != self._after:  # an undo or another edit came between
            self._token = next(_tokens)
        command = self._command(value, self._token)
        if command is None:
            return False
        stack.push(command)
        self._after = stack.index()
        return True

    def end(self) -> None:
        """The person left the field (or pressed Enter or Tab): typing again is a new step."""
        self._token = next(_tokens)

    def _command(self, value: Any, typing: int) -> QUndoCommand | None:
        field, doc = self.field, self.session.doc
        if field.part is not None:
            if field._department_stage():  # the department's own 自评 block
                assert isinstance(field.part, Department)
                return SetDepartmentStageFieldCommand(doc, field.part, field.path, value,
                                                      typing=typing)
            return SetDepartmentFieldCommand(doc, field.part, field.path, value, typing=typing)
        if field.project is None:
            return None
        if isinstance(field.project, Department) and field.indicator is None:
            return None  # the department's own fields are typed into as its parts'
        if field.indicator is None:
            assert isinstance(field.project, Project)
            if field.spec.owner == STAGE_BLOCK:
                return SetStageFieldCommand(doc, field.project, None, field.path, value,
                                            typing=typing)
            return SetProjectFieldCommand(doc, field.project, field.path, value, typing=typing)
        path = field.node_path()
        if path is None:
            return None
        if "." in field.path:  # an indicator's 运行监控/自评
            if isinstance(field.project, Department):
                assert isinstance(field.indicator, Indicator)
                return SetDepartmentStageFieldCommand(doc, field.indicator, field.path, value,
                                                      typing=typing)
            return SetStageFieldCommand(doc, field.project, path, field.path, value, typing=typing)
        if field.path == "value" and doc.stage != TARGETS:
            if self.session.targets_locked():
                return None
            return UnlockedTargetCommand(doc, field.project, path, value,
                                         self.session.unlocked_targets, typing=typing)
        return SetNodeFieldCommand(doc, field.project, path, field.path, value, typing=typing)


class FieldRuns:
    """The typing runs of a form (the project form, a stage block, the department's form):
    one per field typed into, each ended when the person leaves the field or the form
    shows another project."""

    def __init__(self, session: EditorSession) -> None:
        self.session = session
        self._runs: dict[str, TypingRun] = {}

    def set(self, owner: Project | DepartmentPart, path: str, text_or_value: Any) -> None:
        """``owner``'s field at ``path`` now holds ``text_or_value`` (see
        :meth:`TypingRun.set`)."""
        run = self._runs.get(path)
        if run is None or run.field.owner is not owner:
            run = self._runs[path] = self.session.begin_typing(TypedField.of(owner, path))
        run.set(text_or_value)

    def end(self) -> None:
        """Every run ends: typing again is a new undo step."""
        for run in self._runs.values():
            run.end()
        self._runs.clear()
