"""Editing the indicator tree from the main window: add a sibling or a child, delete,
move up and down, in-place edit, the standard skeleton, column visibility and the
context menus. Every change goes through the tree model's undo commands.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QMenu, QTreeView

from jxeditor.document.model import Document, Indicator, Level1, Level2, Node, NodePath, skeleton
from ui.commands import InsertNodeCommand
from ui.tree_model import IndicatorTreeModel


class TreeEditingMixin:
    """Mixed into :class:`ui.main_window.MainWindow` (a QMainWindow)."""

    doc: Document
    stack: QUndoStack
    tree: QTreeView
    tree_model: IndicatorTreeModel
    column_actions: dict[int, QAction]
    node_actions: tuple[QAction, ...]  # from the window: the 指标 menu's actions

    # == indicator tree ===================================================================
    def current_path(self) -> NodePath | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return self.tree_model.path_of(index)

    def _new_node(self, depth: int) -> Node:
        return (Level1, Level2, Indicator)[depth - 1]()

    def _insert_and_edit(self, parent: NodePath, row: int, node: Node) -> None:
        self.tree_model.insert_node(parent, row, node)
        index = self.tree_model.index_of_path((*parent, row))
        if parent:
            self.tree.expand(self.tree_model.index_of_path(parent))
        self.tree.setCurrentIndex(index)
        self.tree.edit(index)

    def add_sibling(self) -> None:
        if self.current_project() is None:
            return
        path = self.current_path()
        if path is None:
            self._insert_and_edit((), len(self.doc.projects[self.current_project() or 0].indicators),
                                  Level1())
            return
        self._insert_and_edit(path[:-1], path[-1] + 1, self._new_node(len(path)))

    def add_child(self) -> None:
        project = self.current_project()
        path = self.current_path()
        if project is None or path is None:
            self.add_sibling()
            return
        if len(path) == 3:
            self.add_sibling()
            return
        row = len(self.doc.children_of(project, path))
        self._insert_and_edit(path, row, self._new_node(len(path) + 1))

    def delete_node(self) -> None:
        path = self.current_path()
        if path is None or self.current_project() is None:
            return
        self.tree_model.remove_node(path)

    def move_node(self, step: int) -> None:
        project = self.current_project()
        path = self.current_path()
        if project is None or path is None:
            return
        dest = path[-1] + step
        if 0 <= dest < len(self.doc.children_of(project, path[:-1])):
            self.tree_model.move_node(path, dest)
            self.tree.setCurrentIndex(self.tree_model.index_of_path((*path[:-1], dest)))

    def edit_current(self) -> None:
        index = self.tree.currentIndex()
        if index.isValid():
            self.tree.edit(index)

    def insert_skeleton(self) -> None:
        project = self.current_project()
        if project is None:
            return
        start = len(self.doc.projects[project].indicators)
        self.stack.beginMacro(self.tr("插入标准指标框架"))
        for offset, level1 in enumerate(skeleton(self.doc.framework)):
            self.stack.push(InsertNodeCommand(self.doc, project, (), start + offset, level1))
        self.stack.endMacro()
        self.tree.expandAll()

    def set_column_visible(self, column: int, visible: bool) -> None:
        self.tree.setColumnHidden(column, not visible)
        action = self.column_actions.get(column)
        if action is not None and action.isChecked() != visible:
            action.setChecked(visible)

    def _header_context_menu(self, pos: Any) -> None:
        menu = QMenu(self)
        for action in self.column_actions.values():
            menu.addAction(action)
        menu.exec(self.tree.header().mapToGlobal(pos))

    def _tree_context_menu(self, pos: Any) -> None:
        index = self.tree.indexAt(pos)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        menu = self.tree_menu(index)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def tree_menu(self, index: QModelIndex) -> QMenu:
        """The context menu of a tree row: edits, and fixes offered for its problems."""
        menu = QMenu(self)
        for problem in self.tree_model.problems_at(index):
            if problem.fix is not None:
                action = menu.addAction(self.tr("修正：{0}").format(problem.fix.label))
                action.triggered.connect(lambda _c=False, p=problem: self.apply_fix(p))
        if not menu.isEmpty():
            menu.addSeparator()
        for action in self.node_actions:
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.act_skeleton)
        return menu
