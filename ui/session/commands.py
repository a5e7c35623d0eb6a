"""Undo commands: every edit of the document is one of these on the session's QUndoStack.

Each command calls exactly one :class:`~jxeditor.document.document.Document` method in
``redo()`` and remembers what ``undo()`` needs (the old value, the removed node).
Commands address a project by identity (the :class:`Project` object), as the document
methods do, so a command stays right whatever was inserted, removed or moved around it;
only the commands on the list of projects look up a position, when they run. The
indicator tree's commands take the tree's owner: a project, or the department block
(部门整体, form B), edited by the same commands. Views never change the document directly;
they ask the
:class:`~ui.session.editor_session.EditorSession`, which pushes a command, and then follow
the document's change events like everybody else. The commands that set one field are
of one family, :class:`FieldEdit`, with one merge rule: typing in one field makes one
command per keystroke, all carrying the same typing token (a run of
:class:`~ui.session.typing.TypingRun`), merged into one undo step. An edit's text names
the field by its label in the field registry (:func:`edit_text`).
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from jxeditor.document.department import Department
from jxeditor.document.document import Document
from jxeditor.document.fields import DOCUMENT, INDICATOR, PROJECT, find_field, same_value
from jxeditor.document.model import Acknowledgement, Node, NodePath, Project, new_project
from jxeditor.document.trees import TreeOwner
from ui.platform import i18n

TYPING_ID = 1001


def edit_text(holder: str, path: str) -> str:
    """An edit's undo text: 修改“label”, the field's label from the field registry."""
    label = i18n.field_label(find_field(holder, path))
    return QCoreApplication.translate("Commands", "修改“{0}”").format(label)


def position(doc: Document, project: Project) -> int:
    """Where ``project`` stands now; a command never runs on a project that is gone."""
    index = doc.index_of(project)
    if index is None:
        raise LookupError("the project of this command is not in the document")
    return index


class FieldEdit(QUndoCommand):
    """A command that sets one field (``value``, the old one in ``old``); the one merge
    rule of typing: a command whose ``typing`` token and field are the same as the last
    one's merges into it (the value typed last counts), and a merge that gives the old
    value back takes the step away. ``typing`` None: an edit of its own."""

    value: Any
    old: Any

    def __init__(self, text: str, typing: Hashable | None) -> None:
        super().__init__(text)
        self.typing = typing

    def target(self) -> tuple[object, ...]:
        """What the command sets (the same in every command of one typing run)."""
        raise NotImplementedError

    def id(self) -> int:
        return TYPING_ID if self.typing is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, FieldEdit) or other.typing is None or other.typing != self.typing:
            return False
        if type(other) is not type(self) or other.target() != self.target():
            return False
        self.value = other.value
        if same_value(self.value, self.old):  # 100.0 is not 100: the file would differ
            self.setObsolete(True)
        return True


class SetProjectFieldCommand(FieldEdit):
    """Sets one field of a project's header or funding block."""

    def __init__(
        self, doc: Document, project: Project, path: str, value: Any, *,
        typing: Hashable | None = None, text: str = "",
    ) -> None:
        super().__init__(text or edit_text(PROJECT, path), typing)
        self.doc = doc
        self.project = project
        self.path = path
        self.value = value
        self.old: Any = None

    def target(self) -> tuple[object, ...]:
        return (id(self.project), self.path)

    def redo(self) -> None:
        self.old = self.doc.set_project_field(self.project, self.path, self.value)

    def undo(self) -> None:
        self.doc.set_project_field(self.project, self.path, self.old)


class SetDocumentFieldCommand(QUndoCommand):
    """Sets a document setting (budget year, reporting unit, framework)."""

    def __init__(self, doc: Document, name: str, value: Any) -> None:
        super().__init__(edit_text(DOCUMENT, name))
        self.doc = doc
        self.name = name
        self.value = value
        self.old: Any = None

    def redo(self) -> None:
        self.old = self.doc.set_document_field(self.name, self.value)

    def undo(self) -> None:
        self.doc.set_document_field(self.name, self.old)


class InsertProjectsCommand(QUndoCommand):
    """Inserts projects at an index in one step (add, duplicate, pasted tables);
    ``replace_blank``: in place of the blank project a new document starts with, when it
    is still the only one and untouched."""

    def __init__(
        self, doc: Document, index: int, projects: list[Project], text: str = "",
        replace_blank: bool = False,
    ) -> None:
        super().__init__(text or QCoreApplication.translate("Commands", "添加项目"))
        self.doc = doc
        self.index = index
        self.projects = projects
        blank = replace_blank and doc.projects == [new_project(doc.framework)]
        self.replacing = doc.projects[0] if blank else None

    def redo(self) -> None:
        self.doc.insert_projects(self.index, self.projects)
        if self.replacing is not None:
            self.doc.remove_project(position(self.doc, self.replacing))

    def undo(self) -> None:
        if self.replacing is not None:
            self.doc.insert_project(0, self.replacing)
        # the very same objects go back in on redo (the recovery snapshot relies on it)
        for project in self.projects:
            self.doc.remove_project(position(self.doc, project))


class RemoveProjectCommand(QUndoCommand):
    """Removes a project; undo puts the very same project back where it stood."""

    def __init__(self, doc: Document, project: Project) -> None:
        super().__init__(QCoreApplication.translate("Commands", "删除项目"))
        self.doc = doc
        self.project = project
        self.index = 0

    def redo(self) -> None:
        self.index = position(self.doc, self.project)
        self.doc.remove_project(self.index)

    def undo(self) -> None:
        self.doc.insert_project(self.index, self.project)


class MoveProjectCommand(QUndoCommand):
    """Moves a project in the list so that it ends up at ``dest``."""

    def __init__(self, doc: Document, project: Project, dest: int) -> None:
        super().__init__(QCoreApplication.translate("Commands", "移动项目"))
        self.doc = doc
        self.project = project
        self.src = position(doc, project)
        self.dest = dest

    def redo(self) -> None:
        self.src = position(self.doc, self.project)
        self.doc.move_project(self.src, self.dest)

    def undo(self) -> None:
        self.doc.move_project(position(self.doc, self.project), self.src)


# -- the indicator tree of a project or of the department (form B) -------------------------
def _insert(doc: Document, owner: TreeOwner, parent: NodePath, row: int, node: Node,
            acknowledgements: list[Acknowledgement] | None = None) -> None:
    if isinstance(owner, Department):
        doc.insert_department_node(owner, parent, row, node)
    else:
        doc.insert_node(owner, parent, row, node, acknowledgements)


def _remove(doc: Document, owner: TreeOwner, parent: NodePath, row: int) -> Node:
    if isinstance(owner, Department):
        return doc.remove_department_node(owner, parent, row)
    return doc.remove_node(owner, parent, row)


def _acknowledgements(owner: TreeOwner) -> list[Acknowledgement]:
    """The project's confirmations as they are (the department has none)."""
    return list(owner.acknowledgements) if isinstance(owner, Project) else []


class InsertNodeCommand(QUndoCommand):
    """Inserts a node (with its subtree) under ``parent`` at ``row`` of a project's or
    the department's tree (``owner``)."""

    def __init__(
        self, doc: Document, owner: TreeOwner, parent: NodePath, row: int, node: Node,
        text: str = "",
    ) -> None:
        super().__init__(text or QCoreApplication.translate("Commands", "添加指标"))
        self.doc = doc
        self.owner = owner
        self.parent = tuple(parent)
        self.row = row
        self.node = node

    def redo(self) -> None:
        _insert(self.doc, self.owner, self.parent, self.row, self.node)

    def undo(self) -> None:
        self.node = _remove(self.doc, self.owner, self.parent, self.row)


class RemoveNodeCommand(QUndoCommand):
    """Removes a node (with its subtree) and its confirmations; undo re-inserts the same
    node at its row and puts the confirmations back."""

    def __init__(
        self, doc: Document, owner: TreeOwner, parent: NodePath, row: int, text: str = ""
    ) -> None:
        super().__init__(text or QCoreApplication.translate("Commands", "删除指标"))
        self.doc = doc
        self.owner = owner
        self.parent = tuple(parent)
        self.row = row
        self.node: Node | None = None
        self.acknowledgements: list[Acknowledgement] = []  # before the removal took some

    def redo(self) -> None:
        self.acknowledgements = _acknowledgements(self.owner)
        self.node = _remove(self.doc, self.owner, self.parent, self.row)

    def undo(self) -> None:
        assert self.node is not None
        _insert(self.doc, self.owner, self.parent, self.row, self.node, self.acknowledgements)


class MoveNodeCommand(QUndoCommand):
    """Moves a node among its siblings so that it ends up at ``dest``."""

    def __init__(
        self, doc: Document, owner: TreeOwner, parent: NodePath, src: int, dest: int
    ) -> None:
        super().__init__(QCoreApplication.translate("Commands", "移动指标"))
        self.doc = doc
        self.owner = owner
        self.parent = tuple(parent)
        self.src = src
        self.dest = dest

    def _move(self, src: int, dest: int) -> None:
        self.doc.move_node(self.owner, self.parent, src, dest)

    def redo(self) -> None:
        self._move(self.src, self.dest)

    def undo(self) -> None:
        self._move(self.dest, self.src)


class SetNodeFieldCommand(FieldEdit):
    """Sets the name, value, description or basis of a node in a project's or the
    department's indicator tree (a project's rename carries the acknowledgements along;
    undo gives back the list as it was)."""

    def __init__(
        self, doc: Document, owner: TreeOwner, path: NodePath, name: str, value: str,
        text: str = "", *, typing: Hashable | None = None,
    ) -> None:
        super().__init__(text or edit_text(INDICATOR, name), typing)
        self.doc = doc
        self.owner = owner
        self.path = tuple(path)
        self.name = name
        self.value = value
        self.old = ""
        self.acknowledgements: list[Acknowledgement] = []  # before a rename carried them

    def target(self) -> tuple[object, ...]:
        return (id(self.owner), self.path, self.name)

    def _set(self, value: str, acknowledgements: list[Acknowledgement] | None) -> str:
        if isinstance(self.owner, Department):
            return self.doc.set_department_node_field(self.owner, self.path, self.name, value)
        return self.doc.set_node_field(self.owner, self.path, self.name,
                                       value, acknowledgements)

    def redo(self) -> None:
        self.acknowledgements = _acknowledgements(self.owner)
        self.old = self._set(self.value, None)

    def undo(self) -> None:
        self._set(self.old, self.acknowledgements if self.name == "name" else None)


class SetAcknowledgementsCommand(QUndoCommand):
    """Sets a project's warnings confirmed as intended (确认无误 or 取消确认)."""

    def __init__(
        self, doc: Document, project: Project, acknowledgements: list[Acknowledgement], text: str
    ) -> None:
        super().__init__(text)
        self.doc = doc
        self.project = project
        self.value = list(acknowledgements)
        self.old: list[Acknowledgement] = []

    def redo(self) -> None:
        self.old = self.doc.set_acknowledgements(self.project, self.value)

    def undo(self) -> None:
        self.doc.set_acknowledgements(self.project, self.old)
