"""The session's side of the department's overall targets (部门整体绩效目标).

:class:`DepartmentEdits` (``session.department``) holds whether the 部门整体 row is the
one shown (then no project is current: the list selects the row, the form pane shows
the department's form) and is the only way to edit the block: every method pushes one
undo command (:mod:`ui.session.department_commands`) calling one document method.
Choosing a project leaves the department; the block going away (removed, undone, another
file) shows the first project again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from jxeditor.document.changes import Change, DepartmentSet, Reset
from jxeditor.document.department import Department, DepartmentPart, field_part
from jxeditor.document.fields import same_value
from jxeditor.document.model import Indicator, NodePath, Project
from jxeditor.document.trees import node_at
from jxeditor.rules.problems import Problem
from ui.platform.qtcompat import emit
from ui.session.department_commands import (
    InsertDepartmentItemCommand,
    RemoveDepartmentItemCommand,
    SetDepartmentCommand,
    SetDepartmentFieldCommand,
)
from ui.session.typing import TypedField

if TYPE_CHECKING:
    from ui.session.editor_session import EditorSession


class DepartmentEdits(QObject):
    """Showing and editing the document's department block."""

    shownChanged = Signal(bool)  # the 部门整体 row chosen (True) or left
    goToRequested = Signal(str)  # a field of the block, by its path from the document

    def __init__(self, session: EditorSession) -> None:
        super().__init__(session)
        self.session = session
        self.shown = False
        session.currentProjectChanged.connect(self._on_current)
        session.doc.subscribe(self._on_change)

    @property
    def block(self) -> Department | None:
        """The document's department block."""
        return self.session.doc.department

    # == showing ==========================================================================
    def show(self) -> bool:
        """Shows the department (no project current); False when there is none."""
        if self.block is None:
            return False
        self.session.set_current(None)
        self._set_shown(True)
        return True

    def go_to(self, field: str | None, path: NodePath | None = None) -> None:
        """Shows the department and asks its form for ``field`` (``department.…``), the
        tree pane for the indicator at ``path`` in its tree (form B)."""
        if not self.show():
            return
        if field:
            emit(self.goToRequested, field)
        if path:
            emit(self.session.goToRequested, None, tuple(path))

    def _set_shown(self, shown: bool) -> None:
        if shown != self.shown:
            self.shown = shown
            emit(self.shownChanged, shown)

    def _on_current(self, project: Project | None) -> None:
        if project is not None:
            self._set_shown(False)

    def _on_change(self, change: Change) -> None:
        match change:
            case Reset():
                self._set_shown(False)
            case DepartmentSet(new=None) if self.shown:
                self._set_shown(False)
                self.session.set_current_index(0)
            case _:
                pass

    # == adding and removing the block ====================================================
    def add(self) -> Department:
        """Adds a department block (named for the reporting unit) as one undo step and
        shows it; an existing one is only shown."""
        block = self.block
        if block is None:
            block = Department(name=self.session.doc.reporting_unit)
            self.session.stack.push(SetDepartmentCommand(
                self.session.doc, block, self.tr("添加部门整体目标")))
        self.show()
        return block

    def remove(self) -> Department | None:
        """Removes the department block (undoable), saying so in the status bar."""
        block = self.block
        if block is None:
            return None
        self.session.stack.push(SetDepartmentCommand(
            self.session.doc, None, self.tr("删除部门整体目标")))
        emit(self.session.message, self.tr("已删除部门整体目标（可用 Ctrl+Z 撤销）"))
        return block

    # == fields and lists =================================================================
    def set_field(self, owner: DepartmentPart, path: str, value: Any) -> None:
        """Sets a field of the department, a task, a measure or a 保障措施 as an undo step
        of its own (what is typed goes the one typing path, :mod:`ui.session.typing`)."""
        self.session.stack.push(SetDepartmentFieldCommand(self.session.doc, owner, path, value))

    def insert_item(self, owner: DepartmentPart, items: str, row: int, item: Any,
                    text: str) -> None:
        """Inserts a task, a measure or a 保障措施 as one undo step."""
        self.session.stack.push(InsertDepartmentItemCommand(
            self.session.doc, owner, items, row, item, text))

    def remove_item(self, owner: DepartmentPart, items: str, item: Any, text: str) -> None:
        """Removes a task, a measure or a 保障措施 as one undo step."""
        self.session.stack.push(RemoveDepartmentItemCommand(
            self.session.doc, owner, items, item, text))

    # == fixes ============================================================================
    def fixed_field(self, problem: Problem) -> TypedField | None:
        """The field a problem of the department names, as the typing path types into
        it: a 年度指标值 of its tree, or a field of the block, a task, a measure (None:
        the place is gone, or is no field)."""
        block = self.block
        if block is None:
            return None
        if problem.path is not None:
            try:
                node = node_at(block, tuple(problem.path))
            except IndexError:
                return None  # the tree changed since the problem was found
            return TypedField(block, "value", node) if isinstance(node, Indicator) else None
        found = field_part(block, problem.field) if problem.field else None
        if found is None:
            return None
        field = TypedField.of(*found)
        try:
            field.spec  # noqa: B018 - a list (tasks, measures) or a place: no field to set
        except KeyError:
            return None
        return field

    def apply_fix(self, problem: Problem) -> bool:
        """Applies the offered fix of a problem of the department (a measure's value, a
        年度指标值 of its tree: in a later stage once unlocked, as a project's) as one undo
        step of the one typing path; False when there is none to apply."""
        fix, field = problem.fix, self.fixed_field(problem)
        if fix is None or field is None:
            return False
        session = self.session
        if field.indicator is not None and session.targets_locked():
            emit(session.message, self.tr(
                "年度指标值是已批复的目标，不能直接修改；如需修改，请先“视图 → 填报阶段 → 解锁年度指标值”"))
            return False
        run = session.begin_typing(field)
        if same_value(run.parse(fix.new_value), field.value()):
            return False
        session.stack.beginMacro(self.tr("修正：{0}").format(fix.label))
        done = run.set(fix.new_value)
        run.end()
        session.stack.endMacro()
        return done
