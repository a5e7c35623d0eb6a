"""The mechanics of a three-level indicator tree, for whatever owns one.

A project's indicators and the department's (部门整体, form B) are the same tree of
:class:`~jxeditor.document.model.Level1` → :class:`~jxeditor.document.model.Level2` →
:class:`~jxeditor.document.model.Indicator`, held in the owner's ``indicators``. The
:class:`~jxeditor.document.document.Document` edits both through these functions:
finding a node by its path, the child list under a parent, and the checks that an
insert, a move or a field fits, before the document changes anything and announces it.
Nothing here announces or changes anything itself.
"""

from __future__ import annotations

from typing import Any

from jxeditor.document.department import Department
from jxeditor.document.model import NODE_FIELDS, Indicator, Level1, Level2, Node, NodePath, Project

# What holds an indicator tree: a project, or the department block.
TreeOwner = Project | Department

_LEVELS: tuple[type, ...] = (Level1, Level2, Indicator)


def node_at(owner: TreeOwner, path: NodePath) -> Node:
    """The node at ``path`` (1 to 3 indices) in ``owner``'s tree."""
    if not 1 <= len(path) <= 3:
        raise IndexError(path)
    children: list[Any] = owner.indicators
    item: Any = None
    for i in path:
        if not 0 <= i < len(children):
            raise IndexError(path)
        item = children[i]
        children = getattr(item, "children", [])
    node: Node = item
    return node


def children_at(owner: TreeOwner, parent: NodePath) -> list[Any]:
    """The child list under ``parent`` (``()``: the first levels)."""
    if not parent:
        return owner.indicators
    node = node_at(owner, parent)
    if isinstance(node, Indicator):
        raise IndexError(parent)
    return node.children


def insertion_list(owner: TreeOwner, parent: NodePath, row: int, node: Node) -> list[Any]:
    """The list ``node`` goes into at ``row`` under ``parent``, once its level fits and
    the row is within the list."""
    expected = _LEVELS[len(parent)] if len(parent) < 3 else None
    if expected is None or not isinstance(node, expected):
        raise TypeError(f"a {type(node).__name__} cannot stand at depth {len(parent) + 1}")
    children = children_at(owner, parent)
    if not 0 <= row <= len(children):
        raise IndexError(row)
    return children


def removal_list(owner: TreeOwner, parent: NodePath, row: int) -> list[Any]:
    """The list under ``parent`` that holds a node at ``row``."""
    children = children_at(owner, parent)
    if not 0 <= row < len(children):
        raise IndexError(row)
    return children


def move_list(owner: TreeOwner, parent: NodePath, src: int, dest: int) -> list[Any]:
    """The list under ``parent`` in which ``src`` and ``dest`` both stand."""
    children = children_at(owner, parent)
    n = len(children)
    if not (0 <= src < n and 0 <= dest < n):
        raise IndexError((src, dest))
    return children


def settable_node(owner: TreeOwner, path: NodePath, name: str) -> Node:
    """The node at ``path`` when it has the field ``name`` (every node its ``name``; a
    third level also ``value``, ``description`` and ``basis``)."""
    node = node_at(owner, path)
    if name not in NODE_FIELDS or (name != "name" and not isinstance(node, Indicator)):
        raise KeyError(name)
    return node
