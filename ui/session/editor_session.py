"""The editing session: the one Qt-side owner of the document and the only way to edit it.

An :class:`EditorSession` holds the :class:`~jxeditor.document.document.Document`, its one
``QUndoStack``, the :class:`~ui.session.live_validation.LiveValidation` and the current
project (held here only: the list, the tree and the form follow
:attr:`EditorSession.currentProjectChanged`; the department block's, ``department``). Every edit is a method here that pushes one
undo command calling one document method; the views listen to the document and never
to each other.

Typing goes one way everywhere: an editor opens a run with :meth:`EditorSession.begin_typing`
and each change reaches the document at once (:mod:`ui.session.typing`), so the form,
the stage blocks, the department's form and every editor of the tree (its line editors,
drop-downs and the list of causes) never hold what the document has not got: a save, an
export, closing, switching project or file, undo and redo have nothing to commit first.
File handling (:class:`~ui.session.files.DocumentFiles`) works on a session.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any, Literal

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from jxeditor.document.changes import Change, ProjectRemoving, Reset, edited_department
from jxeditor.document.department import Department
from jxeditor.document.document import Document
from jxeditor.document.fields import value_from_text
from jxeditor.document.model import Indicator, Node, NodePath, Project, new_project, skeleton
from jxeditor.document.stages import TARGETS
from jxeditor.document.trees import TreeOwner, node_at
from jxeditor.rules.acknowledgements import acknowledged, withdrawn
from jxeditor.rules.problems import Problem
from ui.platform.qtcompat import emit
from ui.session.commands import (
    InsertNodeCommand,
    InsertProjectsCommand,
    MoveNodeCommand,
    MoveProjectCommand,
    RemoveNodeCommand,
    RemoveProjectCommand,
    SetAcknowledgementsCommand,
    SetDocumentFieldCommand,
    SetNodeFieldCommand,
    SetProjectFieldCommand,
)
from ui.session.department_edits import DepartmentEdits
from ui.session.file_io import new_document
from ui.session.live_scores import LiveScores
from ui.session.live_validation import LiveValidation
from ui.session.questions import Questions
from ui.session.stage_commands import SetStageCommand, SetStageFieldCommand, UnlockedTargetCommand
from ui.session.typing import TypedField, TypingRun


class EditorSession(QObject):
    """Document, undo stack, live validation and current project; every edit goes here."""

    currentProjectChanged = Signal(object)  # the Project now shown, or None
    message = Signal(str)  # a short note for the status bar
    goToRequested = Signal(object, object)  # a field path or None, a node path or None
    targetsUnlockedChanged = Signal(bool)  # 年度指标值 editable in a later stage

    def __init__(
        self, questions: Questions, doc: Document | None = None, parent: QObject | None = None,
        *, held: bool = False,
    ) -> None:
        super().__init__(parent)
        self.questions = questions
        self.doc = doc if doc is not None else new_document()
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(0)
        self.live = LiveValidation(self.doc, self, held=held)  # held: see LiveValidation
        self.currentProjectChanged.connect(self.live.prefer)  # validated before shown
        self.department = DepartmentEdits(self)  # the 部门整体 row: shown, edited
        self.scores = LiveScores(self.doc, self)
        self.targets_unlocked = False
        # indicators whose approved target was changed after unlocking: id -> (node, approved)
        self.unlocked_targets: dict[int, tuple[Indicator, str]] = {}
        self.current: Project | None = None
        self._removed_at = 0  # where the current project stood when it was removed
        self._stepped: Department | Literal[False] | None = False  # see _step
        self.doc.subscribe(self._on_change)
        self.stack.indexChanged.connect(self._after_stack_change)
        self.set_current(self.doc.projects[0] if self.doc.projects else None)

    # == the current project ===========================================================
    def current_index(self) -> int | None:
        """The current project's position in the document, or None."""
        return None if self.current is None else self.doc.index_of(self.current)

    def set_current(self, project: Project | None) -> None:
        """Makes ``project`` the current one (the views follow)."""
        if project is not None and self.doc.index_of(project) is None:
            project = None
        if project is self.current:
            return
        self.current = project
        emit(self.currentProjectChanged, project)

    def go_to(
        self, project: Project, field: str | None = None, path: NodePath | None = None
    ) -> None:
        """Shows ``project`` and asks the panes to show the field or the indicator
        (nothing happens for a project no longer in the document)."""
        if self.doc.index_of(project) is None:
            return
        self.set_current(project)
        emit(self.goToRequested, field, path)

    def set_current_index(self, index: int | None) -> None:
        """Makes the project at ``index`` current (None or out of range: none)."""
        ok = index is not None and 0 <= index < len(self.doc.projects)
        self.set_current(self.doc.projects[index] if ok and index is not None else None)

    def _on_change(self, change: Change) -> None:
        if self._stepped is not False:  # undoing or redoing: the department it touched
            self._stepped = edited_department(change) or self._stepped
        match change:
            case ProjectRemoving(project=project, index=index) if project is self.current:
                self._removed_at = index
            case Reset():
                self.current = None  # replace_document picks the first project after this
                self.unlocked_targets.clear()
                self.set_targets_unlocked(False)
            case _:
                pass

    def _after_stack_change(self, _index: int) -> None:
        """After an edit, undo or redo: a current project that went picks a neighbour."""
        if self.current is not None and self.doc.index_of(self.current) is None:
            n = len(self.doc.projects)
            self.set_current_index(min(self._removed_at, n - 1) if n else None)

    # == undo and redo ===================================================================
    def undo(self) -> None:
        """Undoes the last step (what is being typed is in the document already)."""
        self._step(self.stack.undo)

    def redo(self) -> None:
        """Redoes the next step."""
        self._step(self.stack.redo)

    def _step(self, step: Callable[[], None]) -> None:
        """Undo or redo; a step that changed the department shows it (部门整体 selected)."""
        self._stepped = None
        step()
        touched, self._stepped = self._stepped, False
        if touched is not None and touched is self.doc.department:
            self.department.show()

    # == the whole document ==============================================================
    def replace_document(self, loaded: Document) -> None:
        """Takes over ``loaded`` (open, new): a fresh undo history, the first project current.

        All or nothing: when taking it over fails (a listener raises), the previous
        document is put back, the undo history kept, and the error raised."""
        doc = self.doc
        previous = Document(doc.year, doc.reporting_unit, doc.money_unit, doc.framework,
                            doc.projects, doc.stage, doc.scoring, doc.department)
        shown = self.current
        try:
            doc.replace_all(loaded)
        except Exception:
            doc.replace_all(previous)  # all or nothing: the views follow the old one again
            self.current = shown
            emit(self.currentProjectChanged, shown)
            raise
        self.stack.clear()
        self.stack.setClean()
        # announced even when there is no project: the views still show the old one
        self.current = self.doc.projects[0] if self.doc.projects else None
        emit(self.currentProjectChanged, self.current)

    def set_document_fields(self, values: dict[str, Any]) -> bool:
        """Sets document settings as one undo step; False when nothing changed."""
        changed = {k: v for k, v in values.items() if getattr(self.doc, k) != v}
        if not changed:
            return False
        self.stack.beginMacro(self.tr("修改文档设置"))
        for name, value in changed.items():
            if name == "stage":  # the stage's blocks come with it
                self.stack.push(SetStageCommand(self.doc, value))
            else:
                self.stack.push(SetDocumentFieldCommand(self.doc, name, value))
        self.stack.endMacro()
        return True

    # == the stages of the year ============================================================
    def set_stage(self, stage: str) -> bool:
        """Switches the document to ``stage`` as one undo step; False when it is already."""
        if stage == self.doc.stage:
            return False
        self.stack.push(SetStageCommand(self.doc, stage))
        return True

    def set_project_stage_field(self, project: Project, path: str, value: Any) -> None:
        """Sets a field of ``project``'s 运行监控/自评 block."""
        self.stack.push(SetStageFieldCommand(self.doc, project, None, path, value))

    def set_indicator_stage_field(self, path: NodePath, name: str, value: Any) -> None:
        """Sets a field of a third-level indicator's stage block in the current project."""
        assert self.current is not None
        self.stack.push(SetStageFieldCommand(self.doc, self.current, path, name, value))

    def targets_locked(self) -> bool:
        """Whether the approved 年度指标值 is read-only (a later stage, not unlocked)."""
        return self.doc.stage != TARGETS and not self.targets_unlocked

    def set_targets_unlocked(self, unlocked: bool) -> None:
        """Unlocks (or locks again) the approved targets of a later stage."""
        if unlocked != self.targets_unlocked:
            self.targets_unlocked = unlocked
            emit(self.targetsUnlockedChanged, unlocked)

    def set_unlocked_target(self, path: NodePath, value: str) -> None:
        """Changes an approved 年度指标值 in a later stage: one step that says so."""
        assert self.current is not None
        self.stack.push(UnlockedTargetCommand(self.doc, self.current, path, value,
                                              self.unlocked_targets))

    # == projects ========================================================================
    def set_project_field(self, project: Project, path: str, value: Any, text: str = "") -> None:
        """Sets one field of ``project`` as an undo step of its own."""
        self.stack.push(SetProjectFieldCommand(self.doc, project, path, value, text=text))

    def begin_typing(self, field: TypedField) -> TypingRun:
        """A run of typing in ``field``: each :meth:`TypingRun.set` reaches the document at
        once, the run's keystrokes being one undo step (:mod:`ui.session.typing`)."""
        return TypingRun(self, field)

    def insert_projects(self, index: int, projects: list[Project], text: str = "",
                        replace_blank: bool = False) -> None:
        """Inserts projects before ``index`` as one step and makes the first current;
        ``replace_blank``: in place of a new document's untouched blank project."""
        if not projects:
            return
        self.stack.push(InsertProjectsCommand(self.doc, index, projects, text, replace_blank))
        self.set_current(projects[0])

    def _after_current(self) -> int:
        index = self.current_index()
        return len(self.doc.projects) if index is None else index + 1

    def add_project(self) -> Project:
        """A new project with the framework's skeleton, after the current one."""
        project = new_project(self.doc.framework)
        self.insert_projects(self._after_current(), [project])
        return project

    def duplicate_project(self) -> Project | None:
        """A copy of the current project, right after it."""
        if self.current is None:
            return None
        project = copy.deepcopy(self.current)
        project.name = f"{project.name}（副本）"  # data: never translated
        self.insert_projects(self._after_current(), [project], self.tr("复制项目"))
        return project

    def delete_project(self) -> Project | None:
        """Removes the current project (undoable); its neighbour becomes current."""
        if self.current is None:
            return None
        project = self.current
        self.stack.push(RemoveProjectCommand(self.doc, project))
        name = project.name or self.tr("（未命名项目）")
        emit(self.message, self.tr("已删除项目“{0}”（可用 Ctrl+Z 撤销）").format(name))
        return project

    def move_project(self, step: int) -> bool:
        """Moves the current project ``step`` places up (negative) or down."""
        index = self.current_index()
        if index is None or self.current is None:
            return False
        dest = index + step
        if not 0 <= dest < len(self.doc.projects):
            return False
        self.stack.push(MoveProjectCommand(self.doc, self.current, dest))
        return True

    def move_project_to(self, project: Project, dest: int) -> None:
        """Moves ``project`` so that it ends up at ``dest`` (drag and drop)."""
        if self.doc.index_of(project) not in (None, dest):
            self.stack.push(MoveProjectCommand(self.doc, project, dest))

    # == the indicator tree shown: the current project's or the department's ==============
    def tree_owner(self) -> TreeOwner | None:
        """Whose tree the tree pane shows: the current project's, or the department's."""
        shown = self.doc.department if self.department.shown else None
        return self.current if self.current is not None else shown

    def _owner(self) -> TreeOwner:
        owner = self.tree_owner()
        assert owner is not None, "no indicator tree is shown"
        return owner

    def insert_node(self, parent: NodePath, row: int, node: Node, text: str = "") -> None:
        """Inserts ``node`` at ``row`` under ``parent`` in the tree shown."""
        self.stack.push(InsertNodeCommand(self.doc, self._owner(), parent, row, node, text))

    def remove_node(self, path: NodePath) -> None:
        """Removes the node at ``path`` (with its subtree) from the tree shown."""
        self.stack.push(RemoveNodeCommand(self.doc, self._owner(), path[:-1], path[-1]))

    def move_node(self, path: NodePath, dest: int) -> None:
        """Moves the node at ``path`` among its siblings to ``dest``."""
        self.stack.push(MoveNodeCommand(self.doc, self._owner(), path[:-1], path[-1], dest))

    def move_node_to(self, source: NodePath, parent: NodePath, row: int) -> None:
        """Moves a node under another parent of the same depth, as one step."""
        node = node_at(self._owner(), source)
        self.stack.beginMacro(self.tr("移动指标"))
        self.remove_node(source)
        self.insert_node(parent, row, node)
        self.stack.endMacro()

    def set_node_field(self, path: NodePath, name: str, value: str) -> None:
        """Sets a node's name, value, description or basis in the tree shown."""
        self.stack.push(SetNodeFieldCommand(self.doc, self._owner(), path, name, value))

    def insert_skeleton(self) -> bool:
        """Adds the framework's standard first and second levels to the tree shown."""
        if (owner := self.tree_owner()) is None:
            return False
        start = len(owner.indicators)
        self.stack.beginMacro(self.tr("插入标准指标框架"))
        for offset, level1 in enumerate(skeleton(self.doc.framework)):
            self.insert_node((), start + offset, level1)
        self.stack.endMacro()
        return True

    # == fixes and warnings confirmed as intended =========================================
    def acknowledge(self, project: Project, problem: Problem, reason: str | None) -> bool:
        """Confirms a 警告 or 提示 of ``project`` as intended with ``reason`` (确认无误),
        or withdraws that (``reason`` None), as one undo step; False when not possible."""
        if self.doc.index_of(project) is None:
            return False
        try:
            new = (withdrawn(project, problem) if reason is None
                   else acknowledged(project, problem, reason))
        except ValueError:
            return False  # an error, a 待填, an empty reason or an indicator gone
        if new == project.acknowledgements:
            return False
        text = self.tr("确认无误") if reason is not None else self.tr("取消确认")
        self.stack.push(SetAcknowledgementsCommand(self.doc, project, new, text))
        return True

    def apply_fixes(self, fixes: list[Problem]) -> int:
        """Applies many offered fixes as one undo step; returns how many applied."""
        if not fixes:
            return 0
        self.stack.beginMacro(self.tr("修正 {0} 处问题").format(len(fixes)))
        applied = sum(1 for problem in fixes if self.apply_fix(problem))
        self.stack.endMacro()
        emit(self.message, self.tr("已修正 {0} 处问题（可用 Ctrl+Z 撤销）").format(applied))
        return applied

    def apply_fix(self, problem: Problem) -> bool:
        """Applies a problem's offered fix to its project as one undo command (False: no
        fix, the department's, whose fixes :class:`DepartmentEdits` applies, or a project
        no longer in the document)."""
        fix, project = problem.fix, problem.project
        if fix is None or project is None or self.doc.index_of(project) is None:
            return False
        text = self.tr("修正：{0}").format(fix.label)
        if problem.field is not None:
            value = value_from_text(problem.field, fix.new_value)
            self.set_project_field(project, problem.field, value, text=text)
            return True
        if problem.path is not None:
            try:
                node = self.doc.node(project, tuple(problem.path))
            except IndexError:
                return False  # the tree changed since the problem was found
            if not isinstance(node, Indicator):
                return False
            if self.doc.stage != TARGETS:  # an approved target: only once unlocked, saying so
                if self.targets_locked():
                    emit(self.message, self.tr(
                        "年度指标值是已批复的目标，不能直接修改；如需修改，请先“视图 → 填报阶段 → 解锁年度指标值”"))
                    return False
                self.stack.push(UnlockedTargetCommand(self.doc, project, tuple(problem.path),
                                                      fix.new_value, self.unlocked_targets))
                return True
            self.stack.push(SetNodeFieldCommand(
                self.doc, project, tuple(problem.path), "value", fix.new_value, text
            ))
            return True
        return False
