"""The :class:`~jxeditor.document.document.Document` methods that edit the department's
overall targets (部门整体绩效目标), as a mixin of the document.

As everywhere in the document, each edit announces a typed event
(:mod:`jxeditor.document.changes`): the block set or removed
(:class:`~jxeditor.document.changes.DepartmentSetting` /
:class:`~jxeditor.document.changes.DepartmentSet`), a field of the department or of one
of its parts (:class:`~jxeditor.document.changes.DepartmentFieldChanged`), an item
inserted into or removed from one of its lists. Parts are named by identity (the task,
the measure), never by position. The department's 自评 block and its indicators' are set
field by field as a project's stage blocks are (:meth:`set_department_stage_field`). The
indicator tree (form B) is edited as a project's, through the same tree mechanics
(:mod:`jxeditor.document.trees`), its nodes by their path, each edit announced by the
same ``Node…`` event as a project's, the department as the tree's ``owner``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jxeditor.document.changes import (
    Change,
    DepartmentFieldChanged,
    DepartmentItemInserted,
    DepartmentItemInserting,
    DepartmentItemRemoved,
    DepartmentItemRemoving,
    DepartmentSet,
    DepartmentSetting,
    NodeFieldChanged,
    NodeInserted,
    NodeInserting,
    NodeRemoved,
    NodeRemoving,
)
from jxeditor.document.department import (
    Department,
    DepartmentPart,
    owner_fields,
    owner_lists,
    parts,
)
from jxeditor.document.model import Indicator, Node, NodePath, get_field, set_field
from jxeditor.document.stage_edits import set_stage_field
from jxeditor.document.trees import insertion_list, removal_list, settable_node


class DepartmentEditing:
    """The department's edits; the document holds ``department`` and announces changes."""

    if TYPE_CHECKING:
        department: Department | None
        year: int

        def _emit(self, change: Change) -> None: ...

    def set_department(self, department: Department | None) -> Department | None:
        """Adds, replaces or (``None``) removes the department block; returns the old one."""
        old = self.department
        self._emit(DepartmentSetting(old, department))
        self.department = department
        self._emit(DepartmentSet(old, department))
        return old

    def _department_of(self, owner: DepartmentPart) -> Department:
        """The document's department, when ``owner`` (this very object) is part of it."""
        department = self.department
        if department is None or not any(part is owner for part in parts(department)):
            raise KeyError("not a part of this document's department block")
        return department

    def set_department_field(self, owner: DepartmentPart, path: str, value: Any) -> Any:
        """Sets a field of the department, of one of its tasks, a task's measure or a
        保障措施 (``owner``, by identity) by dotted path; returns the old value. A task's
        ``projects`` is a list of codes (or names)."""
        department = self._department_of(owner)
        if path not in owner_fields(owner):
            raise KeyError(path)
        old = get_field(owner, path)
        set_field(owner, path, list(value) if isinstance(value, list) else value)
        self._emit(DepartmentFieldChanged(department, owner, path))
        return list(old) if isinstance(old, list) else old

    def set_department_stage_field(
        self, owner: Department | Indicator, path: str, value: Any
    ) -> Any:
        """Sets a field of the department's 自评 block (``owner`` the department:
        ``"evaluation.executed.total"``, ``"evaluation.goals_achieved"``) or of one of its
        third-level indicators' (``"evaluation.actual"``); returns the old value
        (``ABSENT`` when the block was created; setting ``ABSENT`` removes it), as for
        projects (:func:`~jxeditor.document.stage_edits.set_stage_field`)."""
        department = self.department
        if department is None or not (owner is department or any(
            ind is owner for l1 in department.indicators for l2 in l1.children
            for ind in l2.children
        )):
            raise KeyError("not a part of this document's department block")
        old = set_stage_field(owner, path, value, self.year)
        self._emit(DepartmentFieldChanged(department, owner, path))
        return old

    def insert_department_item(
        self, owner: DepartmentPart, items: str, row: int, item: Any
    ) -> None:
        """Inserts ``item`` at ``row`` of ``owner``'s list ``items`` (the department's
        ``tasks`` or ``measures``, a task's ``measures``)."""
        department = self._department_of(owner)
        kind = owner_lists(owner).get(items)
        if kind is None or not isinstance(item, kind):
            raise TypeError(f"{type(item).__name__} in {items}")
        target: list[Any] = getattr(owner, items)
        if not 0 <= row <= len(target):
            raise IndexError(row)
        self._emit(DepartmentItemInserting(department, owner, items, row))
        target.insert(row, item)
        self._emit(DepartmentItemInserted(department, owner, items, row))

    def remove_department_item(self, owner: DepartmentPart, items: str, item: Any) -> int:
        """Removes ``item`` (by identity) from ``owner``'s list ``items``; returns the row
        where it stood."""
        department = self._department_of(owner)
        if items not in owner_lists(owner):
            raise KeyError(items)
        target: list[Any] = getattr(owner, items)
        row = next((i for i, candidate in enumerate(target) if candidate is item), None)
        if row is None:
            raise ValueError("not in the list")
        self._emit(DepartmentItemRemoving(department, owner, items, row))
        target.pop(row)
        self._emit(DepartmentItemRemoved(department, owner, items, row))
        return row

    # -- the indicator tree (form B) ------------------------------------------------------
    def _tree_of(self, department: Department) -> Department:
        if department is not self.department:
            raise KeyError("not this document's department block")
        return department

    def insert_department_node(
        self, department: Department, parent: NodePath, row: int, node: Node
    ) -> None:
        """Inserts ``node`` at ``row`` under ``parent`` in the department's tree; the
        node's level must fit."""
        children = insertion_list(self._tree_of(department), parent, row, node)
        self._emit(NodeInserting(department, parent, row))
        children.insert(row, node)
        self._emit(NodeInserted(department, parent, row))

    def remove_department_node(self, department: Department, parent: NodePath, row: int) -> Node:
        """Removes and returns the node at ``row`` under ``parent`` (with its subtree)."""
        children = removal_list(self._tree_of(department), parent, row)
        self._emit(NodeRemoving(department, parent, row))
        removed: Node = children.pop(row)
        self._emit(NodeRemoved(department, parent, row))
        return removed

    def set_department_node_field(
        self, department: Department, path: NodePath, name: str, value: str
    ) -> str:
        """Sets ``name``, ``value``, ``description`` or ``basis`` of the department's node
        at ``path``; returns the old one."""
        node = settable_node(self._tree_of(department), path, name)
        old: str = getattr(node, name)
        setattr(node, name, value)
        self._emit(NodeFieldChanged(department, path, name))
        return old
