"""What the document announces: one small frozen event type per kind of change.

Listeners dispatch with ``match`` on the class (``case NodeInserted(parent=p, row=r)``),
so a misspelt kind or attribute is an error for the type checker, never a silent no-op.
Structural changes come in pairs, before and after (``...ing`` / ``...ed``), so that a
Qt model can call ``beginInsertRows``/``endInsertRows`` around them.

Events carry the :class:`~jxeditor.document.model.Project` object they concern (its
identity, which never shifts); only the changes of a list (the projects, a child list
of the indicator tree) carry rows, as they stand at that moment. An indicator tree is
a project's or the department's (form B): the ``Node…`` events announce the edits of
either, with the tree's ``owner``
(:data:`~jxeditor.document.trees.TreeOwner`).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import FrozenInstanceError
from typing import Any, ClassVar, dataclass_transform

from jxeditor.document.department import Department, DepartmentPart
from jxeditor.document.model import Indicator, NodePath, Project
from jxeditor.document.trees import TreeOwner


@dataclass_transform(eq_default=False, frozen_default=True)
class _Event:
    """What ``@dataclass(frozen=True, eq=False)`` would make of an event class, made once
    for all of them (the decorator compiles each class's methods from source text, a
    measurable part of start-up for these 28): the fields are the class's annotations, in
    order, given by position or keyword; an event is frozen, equal only to itself, and
    shown as ``NodeInserted(owner=…, parent=(0,), row=1)``."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls) -> None:
        super().__init_subclass__()
        cls._fields = tuple(inspect.get_annotations(cls))  # its own, as strings
        setattr(cls, "__match_args__", cls._fields)  # noqa: B010  (mypy: a dataclass's own)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        fields = self._fields
        if len(args) > len(fields):
            raise TypeError(f"{type(self).__name__}() takes {len(fields)} arguments")
        values = dict(zip(fields, args, strict=False))
        for name, value in kwargs.items():
            if name not in fields or name in values:
                raise TypeError(f"{type(self).__name__}() got an unexpected or repeated "
                                f"argument {name!r}")
            values[name] = value
        missing = [name for name in fields if name not in values]
        if missing:
            raise TypeError(f"{type(self).__name__}() missing arguments: {', '.join(missing)}")
        for name in fields:
            object.__setattr__(self, name, values[name])

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__qualname__}({shown})"


class DocumentFieldChanged(_Event):
    """A document setting (``year`` … ``framework``, ``stage``, ``scoring``) was set; a
    switch of the stage by :meth:`~jxeditor.document.document.Document.set_stage` is
    announced by :class:`StageChanged` first and then as ``stage`` here."""

    field: str


class ProjectFieldChanged(_Event):
    """A project field (dotted path, as in ``PROJECT_FIELDS``) was set."""

    project: Project
    field: str


class ProjectsInserting(_Event):
    """``projects`` are about to be inserted before ``index``."""

    index: int
    projects: tuple[Project, ...]


class ProjectsInserted(_Event):
    """``projects`` now stand from ``index`` on."""

    index: int
    projects: tuple[Project, ...]


class ProjectRemoving(_Event):
    """``project`` at ``index`` is about to be removed."""

    project: Project
    index: int


class ProjectRemoved(_Event):
    """``project``, which stood at ``index``, was removed."""

    project: Project
    index: int


class ProjectMoving(_Event):
    """``project`` at ``src`` is about to move so that it ends up at ``dest``."""

    project: Project
    src: int
    dest: int


class ProjectMoved(_Event):
    """``project`` moved from ``src`` to ``dest``."""

    project: Project
    src: int
    dest: int


class NodeInserting(_Event):
    """A node is about to be inserted at ``row`` under ``parent`` (``()``: first levels)
    of ``owner``'s tree (a project's or the department's)."""

    owner: TreeOwner
    parent: NodePath
    row: int


class NodeInserted(_Event):
    """A node was inserted at ``row`` under ``parent``."""

    owner: TreeOwner
    parent: NodePath
    row: int


class NodeRemoving(_Event):
    """The node at ``row`` under ``parent`` is about to be removed."""

    owner: TreeOwner
    parent: NodePath
    row: int


class NodeRemoved(_Event):
    """The node at ``row`` under ``parent`` was removed."""

    owner: TreeOwner
    parent: NodePath
    row: int


class NodeMoving(_Event):
    """The node at ``src`` under ``parent`` is about to move to ``dest``."""

    owner: TreeOwner
    parent: NodePath
    src: int
    dest: int


class NodeMoved(_Event):
    """The node at ``src`` under ``parent`` moved to ``dest``."""

    owner: TreeOwner
    parent: NodePath
    src: int
    dest: int


class NodeFieldChanged(_Event):
    """``field`` (name, value, description, basis) of the node at ``path`` was set."""

    owner: TreeOwner
    path: NodePath
    field: str


class ProjectStageFieldChanged(_Event):
    """A field of a project's 运行监控 or 自评 block (``"evaluation.executed.total"``)
    was set (the block may have been created or removed with it)."""

    project: Project
    field: str


class IndicatorStageFieldChanged(_Event):
    """A field of an indicator's stage block (``"evaluation.actual"``) was set."""

    project: Project
    path: NodePath
    field: str


class AcknowledgementsChanged(_Event):
    """The project's list of acknowledged warnings (确认无误, with their reasons) was set."""

    project: Project


class StageChanged(_Event):
    """The document's stage was switched; ``projects`` got (or lost) stage blocks."""

    old: str
    new: str
    projects: tuple[Project, ...]


class DepartmentSetting(_Event):
    """The department block is about to be added (``old`` None), removed (``new`` None)
    or replaced."""

    old: Department | None
    new: Department | None


class DepartmentSet(_Event):
    """The department block was added, removed or replaced."""

    old: Department | None
    new: Department | None


class DepartmentFieldChanged(_Event):
    """``field`` (dotted path) of ``owner`` (the department, one of its tasks, a task's
    measure or a 保障措施; or, in the department's 自评, one of its indicators) was set."""

    department: Department
    owner: DepartmentPart | Indicator
    field: str


class DepartmentItemInserting(_Event):
    """An item is about to be inserted at ``row`` of ``owner``'s list ``items``
    (``"tasks"``, ``"measures"``)."""

    department: Department
    owner: DepartmentPart
    items: str
    row: int


class DepartmentItemInserted(_Event):
    """An item was inserted at ``row`` of ``owner``'s list ``items``."""

    department: Department
    owner: DepartmentPart
    items: str
    row: int


class DepartmentItemRemoving(_Event):
    """The item at ``row`` of ``owner``'s list ``items`` is about to be removed."""

    department: Department
    owner: DepartmentPart
    items: str
    row: int


class DepartmentItemRemoved(_Event):
    """The item at ``row`` of ``owner``'s list ``items`` was removed."""

    department: Department
    owner: DepartmentPart
    items: str
    row: int


class Resetting(_Event):
    """Everything is about to be replaced (a file is being opened into the document)."""


class Reset(_Event):
    """Everything was replaced."""


Change = (
    DocumentFieldChanged
    | ProjectFieldChanged
    | ProjectsInserting
    | ProjectsInserted
    | ProjectRemoving
    | ProjectRemoved
    | ProjectMoving
    | ProjectMoved
    | NodeInserting
    | NodeInserted
    | NodeRemoving
    | NodeRemoved
    | NodeMoving
    | NodeMoved
    | NodeFieldChanged
    | ProjectStageFieldChanged
    | IndicatorStageFieldChanged
    | AcknowledgementsChanged
    | StageChanged
    | DepartmentSetting
    | DepartmentSet
    | DepartmentFieldChanged
    | DepartmentItemInserting
    | DepartmentItemInserted
    | DepartmentItemRemoving
    | DepartmentItemRemoved
    | Resetting
    | Reset
)


def edited_project(change: Change) -> Project | None:
    """The project whose content (a field or the indicator tree) the change concerns
    (``None`` for an edit of the department's tree)."""
    match change:
        case (
            ProjectFieldChanged(project=project)
            | NodeInserting(owner=Project() as project)
            | NodeInserted(owner=Project() as project)
            | NodeRemoving(owner=Project() as project)
            | NodeRemoved(owner=Project() as project)
            | NodeMoving(owner=Project() as project)
            | NodeMoved(owner=Project() as project)
            | NodeFieldChanged(owner=Project() as project)
            | ProjectStageFieldChanged(project=project)
            | IndicatorStageFieldChanged(project=project)
            | AcknowledgementsChanged(project=project)
        ):
            return project
        case _:
            return None


def edited_department(change: Change) -> Department | None:
    """The department whose content the change concerns, or that came (back) in."""
    match change:
        case DepartmentSet(new=new):
            return new
        case (DepartmentFieldChanged(department=d) | DepartmentItemInserted(department=d)
              | DepartmentItemRemoved(department=d)
              | NodeInserted(owner=Department() as d) | NodeRemoved(owner=Department() as d)
              | NodeMoved(owner=Department() as d)
              | NodeFieldChanged(owner=Department() as d)):
            return d
    return None

# Changes after which the list of projects is different (the "after" halves).
PROJECT_LIST_CHANGES: tuple[type, ...] = (ProjectsInserted, ProjectRemoved, ProjectMoved, Reset)

Listener = Callable[[Change], None]
