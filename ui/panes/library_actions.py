"""The indicator libraries in the indicator pane: the third-level name editor with its
completer, inserting chosen library entries under a 二级 (of a project's tree or the
department's), and a new project copied from the most similar learned project. Each
change is one undo step through the session.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtWidgets import QAbstractItemDelegate, QWidget

from jxeditor.document.frameworks import load_frameworks
from jxeditor.document.model import Indicator, Level2, NodePath, Project, new_project
from jxeditor.document.trees import TreeOwner, node_at
from ui.panes.indicator_completer import NameEditor
from ui.panes.indicator_pane import IndicatorPane
from ui.platform.qtcompat import emit
from ui.session.editor_session import EditorSession
from ui.session.learning import LearningLibrary

if TYPE_CHECKING:  # the library's modules come after start-up (ui.session.learning)
    from jxeditor.library.entries import Entry
    from jxeditor.library.suggest import Suggestion

AnyIndex = QModelIndex | QPersistentModelIndex
Hint = QAbstractItemDelegate.EndEditHint


class LibraryActions(QObject):
    """Connects a :class:`LearningLibrary` to an indicator pane."""

    def __init__(self, pane: IndicatorPane, library: LearningLibrary) -> None:
        super().__init__(pane)
        self.pane = pane
        self.library = library
        pane.delegate.name_editor = self.name_editor

    @property
    def session(self) -> EditorSession:
        return self.pane.session

    def levels_of(self, path: NodePath) -> tuple[str, str]:
        """The 一级 and 二级 names above (or at) ``path`` in the tree shown (a project's
        or the department's)."""
        owner = self.session.tree_owner()
        if owner is None or not path:
            return "", ""
        level1 = owner.indicators[path[0]]
        level2 = level1.children[path[1]].name if len(path) > 1 else ""
        return level1.name, level2

    def name_editor(self, parent: QWidget, index: AnyIndex) -> QWidget:
        """The delegate's editor of a third-level name: suggestions as one types."""
        from jxeditor.library.similarity import purpose_text  # after start-up, as the library

        path = self.pane.model.path_of(index)
        level1, level2 = self.levels_of(path)
        owner = self.session.tree_owner()
        name = owner.name if owner is not None else ""
        purpose = purpose_text(owner) if isinstance(owner, Project) else ""
        editor = NameEditor(
            lambda typed: self.library.suggest(level1, level2, name, typed, purpose=purpose),
            parent)
        editor.chosen.connect(lambda s: self.apply_suggestion(editor, path, s))
        return editor

    def apply_suggestion(self, editor: NameEditor, path: NodePath, item: Suggestion) -> None:
        """Fills the indicator's name and value from ``item`` as one undo step and closes
        the editor (on to the row's next cell when Tab chose it)."""
        owner = self.session.tree_owner()
        if owner is None:
            return
        try:
            node = node_at(owner, path)
        except IndexError:
            return
        if not isinstance(node, Indicator):
            return
        editor.revert()  # what was typed goes back, so that one undo gives the row as it was
        editor.setText(item.name)
        stack = self.session.stack
        stack.beginMacro(self.tr("从指标库填入“{0}”").format(item.name))
        if node.name != item.name:
            self.session.set_node_field(path, "name", item.name)
        if item.value and node.value != item.value:
            self.session.set_node_field(path, "value", item.value)
        if item.explanation and not node.description:
            self.session.set_node_field(path, "description", item.explanation)
        stack.endMacro()
        self.pane.delegate.close_editor(
            Hint.EditNextItem if editor.move_on else Hint.NoHint)  # Tab: on to 年度指标值

    def target_level2(self) -> NodePath | None:
        """The 二级 the selection is in (or is), or None."""
        path = self.pane.current_path()
        return path[:2] if path is not None and len(path) >= 2 else None

    def insert(self, chosen: list[Entry], target: NodePath | None = None) -> int:
        """Inserts ``chosen`` under the 二级 ``target`` (the selection's by default; else
        each under the tree's 二级 of the entry's name) as one undo step; an empty
        placeholder indicator there is replaced. Returns how many were inserted."""
        project = self.session.tree_owner()
        if project is None or not chosen:
            return 0
        target = target if target is not None else self.target_level2()
        canonical = load_frameworks().canonical_name
        places: dict[NodePath, list[Entry]] = {}
        for item in chosen:
            where = target if target is not None else _find_level2(project, canonical(item.level2))
            if where is not None:
                places.setdefault(where, []).append(item)
        if not places:
            emit(self.session.message, self.tr("请先在指标树中选择要插入到的二级指标"))
            return 0
        stack = self.session.stack
        count = sum(len(items) for items in places.values())
        stack.beginMacro(self.tr("从指标库插入 {0} 个指标").format(count))
        for where, items in places.items():
            level2 = project.indicators[where[0]].children[where[1]]
            row = len(level2.children)
            if row == 1 and not level2.children[0].name and not level2.children[0].value:
                self.session.remove_node((*where, 0))  # the skeleton's empty indicator
                row = 0
            for item in items:
                self.session.insert_node(where, row, Indicator(
                    item.name, item.value, item.explanation, item.basis))
                row += 1
        stack.endMacro()
        for where in places:
            self.pane.tree.expand(self.pane.model.index_of_path(where))
        return count

    def new_from_similar(self, name: str) -> Project | None:
        """A new project named ``name`` with the indicator tree (and values) of the most
        similar learned project, after the current one; None when none is alike."""
        from jxeditor.library.exchange import similar_tree  # with its workbook code: on first use

        found = similar_tree(self.library.library, name)
        if found is None:
            return None
        source, tree = found
        project = new_project(self.session.doc.framework, name)
        project.indicators = tree
        index = self.session.current_index()
        at = len(self.session.doc.projects) if index is None else index + 1
        self.session.insert_projects(at, [project], self.tr("从相似项目“{0}”新建").format(source))
        emit(self.session.message, self.tr("已按“{0}”的指标新建项目“{1}”").format(source, name))
        return project


def _find_level2(project: TreeOwner, name: str) -> NodePath | None:
    canonical = load_frameworks().canonical_name
    for i, level1 in enumerate(project.indicators):
        for j, level2 in enumerate(level1.children):
            if isinstance(level2, Level2) and canonical(level2.name) == name:
                return (i, j)
    return None
