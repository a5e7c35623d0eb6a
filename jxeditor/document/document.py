"""The document: settings and projects, changed only through methods that announce each edit.

All edits that the editor makes go through the mutating methods of :class:`Document`,
which announce each change to the listeners as a typed event
(:mod:`jxeditor.document.changes`), before and after structural changes, so a Qt
model can call ``beginInsertRows``/``endInsertRows``. Nothing here imports Qt.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from jxeditor.document.changes import (
    AcknowledgementsChanged,
    Change,
    DocumentFieldChanged,
    IndicatorStageFieldChanged,
    Listener,
    NodeFieldChanged,
    NodeInserted,
    NodeInserting,
    NodeMoved,
    NodeMoving,
    NodeRemoved,
    NodeRemoving,
    ProjectFieldChanged,
    ProjectMoved,
    ProjectMoving,
    ProjectRemoved,
    ProjectRemoving,
    ProjectsInserted,
    ProjectsInserting,
    ProjectStageFieldChanged,
    Reset,
    Resetting,
    StageChanged,
)
from jxeditor.document.department import Department
from jxeditor.document.department_edits import DepartmentEditing
from jxeditor.document.model import (
    DEFAULT_FRAMEWORK,
    DOCUMENT_FIELDS,
    PROJECT_FIELDS,
    Acknowledgement,
    Indicator,
    Node,
    NodePath,
    Project,
    get_field,
    indicator_names,
    renamed_place,
    set_field,
)
from jxeditor.document.stage_edits import (
    StageOwner,
    StageSwitch,
    add_blocks,
    remove_blocks,
    set_stage_field,
)
from jxeditor.document.stages import DEFAULT_SCORING, STAGES, TARGETS
from jxeditor.document.trees import (
    TreeOwner,
    children_at,
    insertion_list,
    move_list,
    node_at,
    removal_list,
    settable_node,
)


@dataclass
class Document(DepartmentEditing):
    """A document: settings, the projects (one table each) and, optionally, the
    department's overall targets (:class:`~jxeditor.document.department.Department`,
    edited through the methods of
    :class:`~jxeditor.document.department_edits.DepartmentEditing`)."""

    year: int = 2026
    reporting_unit: str = ""
    money_unit: str = "万元"
    framework: str = DEFAULT_FRAMEWORK
    projects: list[Project] = field(default_factory=list)
    stage: str = TARGETS  # one of jxeditor.document.stages.STAGES
    scoring: str = DEFAULT_SCORING  # the rule set of the 自评 (SCORING_RULES)
    department: Department | None = None
    _listeners: list[Listener] = field(
        default_factory=list, compare=False, repr=False, init=False
    )
    # id(project) -> its place when last looked up (checked on every use: see index_of)
    _places: dict[int, int] = field(default_factory=dict, compare=False, repr=False, init=False)

    # -- listeners -------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        """Calls ``listener(change)`` before and after every change made through methods."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        """Stops calling ``listener``."""
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _emit(self, change: Change) -> None:
        """Tells every listener, even when one of them fails: the others must not miss a
        change (a view that saw "resetting" but not "reset" would be broken). The first
        failure is raised again once all have heard."""
        failure: Exception | None = None
        for listener in list(self._listeners):
            try:
                listener(change)
            except Exception as error:  # raised again below
                failure = failure or error
        if failure is not None:
            raise failure

    def __deepcopy__(self, memo: dict[int, Any]) -> Document:
        return Document(
            year=self.year,
            reporting_unit=self.reporting_unit,
            money_unit=self.money_unit,
            framework=self.framework,
            projects=copy.deepcopy(self.projects, memo),
            stage=self.stage,
            scoring=self.scoring,
            department=copy.deepcopy(self.department, memo),
        )

    def index_of(self, project: Project) -> int | None:
        """Where ``project`` (this very object, not an equal one) stands, or ``None``.
        The places are remembered and checked on every use (the project must stand
        there), so a list changed since, by a method or by hand, is simply looked at
        again."""
        places = self._places
        i = places.get(id(project))
        if i is not None and i < len(self.projects) and self.projects[i] is project:
            return i
        places = {id(p): n for n, p in enumerate(self.projects)}
        self._places = places
        return places.get(id(project))

    def _own(self, project: Project) -> Project:
        """``project``, when it is one of this document's projects (this very object)."""
        if self.index_of(project) is None:
            raise KeyError("not one of this document's projects")
        return project

    # -- document settings -------------------------------------------------------------
    def set_document_field(self, name: str, value: Any) -> Any:
        """Sets a setting of :data:`DOCUMENT_FIELDS` (``year`` … ``stage``, ``scoring``);
        returns the old value."""
        if name not in DOCUMENT_FIELDS:
            raise KeyError(name)
        old = getattr(self, name)
        setattr(self, name, value)
        self._emit(DocumentFieldChanged(name))
        return old

    def replace_all(self, other: Document) -> None:
        """Takes over settings and projects of ``other`` (open a file into this document)."""
        self._emit(Resetting())
        self.year = other.year
        self.reporting_unit = other.reporting_unit
        self.money_unit = other.money_unit
        self.framework = other.framework
        self.stage = other.stage
        self.scoring = other.scoring
        self.projects = other.projects
        self.department = other.department
        self._emit(Reset())

    # -- projects -------------------------------------------------------------------
    # A project is named by identity (the :class:`Project` object, one of ``projects``;
    # another one is a KeyError); only the list of projects is edited by row.
    def set_project_field(self, project: Project, path: str, value: Any) -> Any:
        """Sets one field of ``project`` by dotted path; returns the old value."""
        if path not in PROJECT_FIELDS:
            raise KeyError(path)
        old = get_field(self._own(project), path)
        set_field(project, path, value)
        self._emit(ProjectFieldChanged(project, path))
        return old

    def insert_project(self, index: int, project: Project) -> None:
        """Inserts one project before ``index``."""
        self.insert_projects(index, [project])

    def insert_projects(self, index: int, projects: list[Project]) -> None:
        """Inserts projects before ``index`` (``len(projects)`` appends)."""
        if not 0 <= index <= len(self.projects):
            raise IndexError(index)
        if not projects:
            return
        added = tuple(projects)
        self._emit(ProjectsInserting(index, added))
        self.projects[index:index] = added
        self._emit(ProjectsInserted(index, added))

    def remove_project(self, index: int) -> Project:
        """Removes and returns the project at ``index``."""
        if not 0 <= index < len(self.projects):
            raise IndexError(index)
        project = self.projects[index]
        self._emit(ProjectRemoving(project, index))
        self.projects.pop(index)
        self._emit(ProjectRemoved(project, index))
        return project

    def move_project(self, src: int, dest: int) -> None:
        """Moves the project at ``src`` so that it ends up at index ``dest``."""
        n = len(self.projects)
        if not (0 <= src < n and 0 <= dest < n):
            raise IndexError((src, dest))
        if src == dest:
            return
        project = self.projects[src]
        self._emit(ProjectMoving(project, src, dest))
        self.projects.insert(dest, self.projects.pop(src))
        self._emit(ProjectMoved(project, src, dest))

    def set_acknowledgements(
        self, project: Project, acknowledgements: list[Acknowledgement]
    ) -> list[Acknowledgement]:
        """Sets the project's acknowledged warnings (确认无误 with a reason); returns the
        old list."""
        old = self._own(project).acknowledgements
        project.acknowledgements = list(acknowledgements)
        self._emit(AcknowledgementsChanged(project))
        return old

    # -- indicator tree ----------------------------------------------------------------
    @staticmethod
    def node(project: Project, path: NodePath) -> Node:
        """The node at ``path`` (1 to 3 indices) in ``project``'s indicator tree."""
        return node_at(project, path)

    @staticmethod
    def children_of(project: Project, parent: NodePath) -> list[Any]:
        """The child list under ``parent`` (``()`` is the project's first levels)."""
        return children_at(project, parent)

    def insert_node(
        self, project: Project, parent: NodePath, row: int, node: Node,
        acknowledgements: list[Acknowledgement] | None = None,
    ) -> None:
        """Inserts ``node`` at ``row`` under ``parent``; the node's level must fit.
        ``acknowledgements``, when given, become the project's (undoing a removal puts
        back the confirmations it took away)."""
        children = insertion_list(self._own(project), parent, row, node)
        self._emit(NodeInserting(project, parent, row))
        children.insert(row, node)
        self._emit(NodeInserted(project, parent, row))
        if acknowledgements is not None:
            self._set_acknowledgements(project, acknowledgements)

    def remove_node(self, project: Project, parent: NodePath, row: int) -> Node:
        """Removes and returns the node at ``row`` under ``parent``. The confirmations
        (确认无误) of the node, and of everything under a group, go with it, unless a
        namesake sibling keeps the place."""
        children = removal_list(self._own(project), parent, row)
        place = indicator_names(project, (*parent, row))
        self._emit(NodeRemoving(project, parent, row))
        removed: Node = children.pop(row)
        self._emit(NodeRemoved(project, parent, row))
        if place and not any(getattr(sibling, "name", None) == removed.name
                             for sibling in children):
            kept = [a for a in project.acknowledgements
                    if a.indicator[:len(place)] != place]
            self._set_acknowledgements(project, kept)
        return removed

    def move_node(self, owner: TreeOwner, parent: NodePath, src: int, dest: int) -> None:
        """Moves a node among its siblings so that it ends up at index ``dest``, in a
        project's tree or the department's (form B): a move takes nothing else along."""
        tree = self._own(owner) if isinstance(owner, Project) else self._tree_of(owner)
        children = move_list(tree, parent, src, dest)
        if src == dest:
            return
        self._emit(NodeMoving(owner, parent, src, dest))
        children.insert(dest, children.pop(src))
        self._emit(NodeMoved(owner, parent, src, dest))

    def set_node_field(
        self, project: Project, path: NodePath, name: str, value: str,
        acknowledgements: list[Acknowledgement] | None = None,
    ) -> str:
        """Sets ``name``, ``value``, ``description`` or ``basis`` of a node; returns the old one.

        A rename carries the project's acknowledgements (确认无误) of the node, and of
        everything under a group, to the new name (unless a namesake sibling keeps the
        old place); ``acknowledgements``, when given, are set instead (undo puts back the
        list as it was)."""
        node = settable_node(self._own(project), path, name)
        before = indicator_names(project, path) if name == "name" else None
        old: str = getattr(node, name)
        setattr(node, name, value)
        self._emit(NodeFieldChanged(project, path, name))
        if before is not None:
            if acknowledgements is None:
                kept = any(getattr(sibling, "name", None) == old
                           for sibling in self.children_of(project, path[:-1]))
                after = (*before[:-1], value)
                acknowledgements = (project.acknowledgements if kept
                                    else renamed_place(project.acknowledgements, before, after))
            self._set_acknowledgements(project, acknowledgements)
        return old

    def _set_acknowledgements(
        self, project: Project, acknowledgements: list[Acknowledgement]
    ) -> None:
        if acknowledgements != project.acknowledgements:
            project.acknowledgements = list(acknowledgements)
            self._emit(AcknowledgementsChanged(project))

    # -- the stages of the year (运行监控, 自评) ------------------------------------------
    def set_stage(self, stage: str) -> StageSwitch:
        """Switches the document to ``stage`` (one of ``STAGES``); every project and
        indicator gets the stage's block where it has none (filled in as ``jxeditor
        derive`` does), the department and its indicators in the 自评. Returns what
        :meth:`revert_stage` needs to undo it exactly."""
        if stage not in STAGES:
            raise ValueError(stage)
        old = self.stage
        added = add_blocks(self.projects, stage, self.year, self.department)
        self.stage = stage
        switch = StageSwitch(old, stage, added)
        self._emit(StageChanged(old, stage, self._owners(added)))
        self._emit(DocumentFieldChanged("stage"))
        return switch

    def revert_stage(self, switch: StageSwitch) -> None:
        """Undoes :meth:`set_stage`: the blocks it added go, the old stage is back."""
        remove_blocks(switch)
        self.stage = switch.old
        self._emit(StageChanged(switch.new, switch.old, self._owners(switch.added)))
        self._emit(DocumentFieldChanged("stage"))

    def _owners(self, added: tuple[StageOwner, ...]) -> tuple[Project, ...]:
        ids = {id(owner) for owner in added}
        return tuple(
            p for p in self.projects
            if id(p) in ids or any(id(ind) in ids for l1 in p.indicators
                                   for l2 in l1.children for ind in l2.children)
        )

    def set_project_stage_field(self, project: Project, path: str, value: Any) -> Any:
        """Sets a field of a project's stage block (``"evaluation.executed.total"``);
        returns the old value (``ABSENT`` when the block was created; setting ``ABSENT``
        removes the block)."""
        old = set_stage_field(self._own(project), path, value, self.year)
        self._emit(ProjectStageFieldChanged(project, path))
        return old

    def set_indicator_stage_field(
        self, project: Project, path: NodePath, name: str, value: Any
    ) -> Any:
        """Sets a field of a third-level indicator's stage block (``"evaluation.actual"``,
        ``"monitoring.causes"``: a list); returns the old value (as above)."""
        node = self.node(self._own(project), path)
        if not isinstance(node, Indicator):
            raise KeyError(name)
        old = set_stage_field(node, name, value, self.year)
        self._emit(IndicatorStageFieldChanged(project, path, name))
        return old
