"""Undo commands on the department's overall targets (部门整体绩效目标).

Like the project commands (:mod:`ui.session.commands`), each calls exactly one
:class:`~jxeditor.document.document.Document` method in ``redo()``: adding or removing
the block (:meth:`~jxeditor.document.document.Document.set_department`), setting a field
of the department, a task, a measure or a 保障措施 (typing in one field merges into one
step, as in the project form), setting a field of its 自评 block or of one of its
indicators' (:class:`SetDepartmentStageFieldCommand`), and inserting or removing a task,
a measure or a 保障措施. Owners are addressed by identity.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from PySide6.QtGui import QUndoCommand

from jxeditor.document.department import Department, DepartmentPart, Measure, Safeguard, Task
from jxeditor.document.document import Document
from jxeditor.document.fields import (
    DEPARTMENT,
    INDICATOR,
    MEASURE,
    SAFEGUARD,
    TASK,
    FieldSpec,
    department_fields,
)
from jxeditor.document.model import Indicator
from ui.session.commands import FieldEdit, edit_text

# The field registry's holder of each part's fields.
_HOLDERS: dict[type, str] = {
    Department: DEPARTMENT, Task: TASK, Measure: MEASURE, Safeguard: SAFEGUARD,
    Indicator: INDICATOR,
}


def department_spec(owner: DepartmentPart, path: str) -> FieldSpec:
    """The field of ``owner`` at ``path`` in the field registry (``KeyError``: none)."""
    return department_fields(_HOLDERS[type(owner)])[path]


def department_edit_text(owner: DepartmentPart | Indicator, path: str) -> str:
    """修改“label”: the field's label from the field registry, in the language in effect."""
    return edit_text(_HOLDERS[type(owner)], path)


class SetDepartmentCommand(QUndoCommand):
    """Adds (``department``) or removes (``None``) the department block."""

    def __init__(self, doc: Document, department: Department | None, text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self.department = department
        self.old: Department | None = None

    def redo(self) -> None:
        self.old = self.doc.set_department(self.department)

    def undo(self) -> None:
        self.doc.set_department(self.old)


class SetDepartmentFieldCommand(FieldEdit):
    """Sets one field of a part of the department; the keystrokes of one typing run merge
    by the one merge rule of :class:`~ui.session.commands.FieldEdit`."""

    def __init__(
        self, doc: Document, owner: DepartmentPart | Indicator, path: str, value: Any, *,
        typing: Hashable | None = None,
    ) -> None:
        super().__init__(department_edit_text(owner, path), typing)
        self.doc = doc
        self.owner = owner
        self.path = path
        self.value = value
        self.old: Any = None

    def target(self) -> tuple[object, ...]:
        return (id(self.owner), self.path)  # the part itself, not an equal one

    def _set(self, value: Any) -> Any:
        """Sets the field to ``value`` by the one document method; returns the old one."""
        assert not isinstance(self.owner, Indicator)
        return self.doc.set_department_field(self.owner, self.path, value)

    def redo(self) -> None:
        self.old = self._set(self.value)

    def undo(self) -> None:
        self._set(self.old)


class SetDepartmentStageFieldCommand(SetDepartmentFieldCommand):
    """Sets one field of the department's 自评 block (``owner`` the department) or of one
    of its indicators'; one typing run is one step, as everywhere (a step of its own kind:
    it never merges with a target field's)."""

    def __init__(
        self, doc: Document, owner: Department | Indicator, path: str, value: Any, *,
        typing: Hashable | None = None,
    ) -> None:
        super().__init__(doc, owner, path, value, typing=typing)

    def _set(self, value: Any) -> Any:
        assert isinstance(self.owner, Department | Indicator)
        return self.doc.set_department_stage_field(self.owner, self.path, value)


class InsertDepartmentItemCommand(QUndoCommand):
    """Inserts a task, a task's measure or a 保障措施 at ``row`` of ``owner.items``."""

    def __init__(self, doc: Document, owner: DepartmentPart, items: str, row: int, item: Any,
                 text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self.owner = owner
        self.items = items
        self.row = row
        self.item = item

    def redo(self) -> None:
        self.doc.insert_department_item(self.owner, self.items, self.row, self.item)

    def undo(self) -> None:
        self.doc.remove_department_item(self.owner, self.items, self.item)


class RemoveDepartmentItemCommand(QUndoCommand):
    """Removes a task, a task's measure or a 保障措施 (put back where it stood on undo)."""

    def __init__(self, doc: Document, owner: DepartmentPart, items: str, item: Any,
                 text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self.owner = owner
        self.items = items
        self.item = item
        self.row = 0

    def redo(self) -> None:
        self.row = self.doc.remove_department_item(self.owner, self.items, self.item)

    def undo(self) -> None:
        self.doc.insert_department_item(self.owner, self.items, self.row, self.item)
