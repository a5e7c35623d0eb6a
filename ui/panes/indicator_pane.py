"""The indicator pane: the current project's three-level indicator tree (or, while the
部门整体 row is chosen, the department's, edited the same way), its tool bar,
the node actions (add a sibling or a child, delete, move, edit in place, the standard
skeleton), column visibility and the context menus with the fixes of a row's problems.

Every change goes through the session. Every cell editor writes what is typed or chosen
as it is (:mod:`ui.session.typing`), so a value in the tree is never lost by saving,
closing or switching, and there is nothing to commit before them.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QWidget,
)

from jxeditor.document.changes import Change, Reset
from jxeditor.document.model import PROJECT_FIELDS, Indicator, Level1, Level2, Node, NodePath
from jxeditor.rules.problems import Problem
from ui.models.tree_model import IndicatorTreeModel
from ui.panes.actions import titled_column, widget_action
from ui.panes.delegates import IndicatorDelegate
from ui.panes.indicator_view import IndicatorTreeView
from ui.panes.tree_columns import ColumnSizer
from ui.platform.qtcompat import emit
from ui.session.editor_session import EditorSession

OPTIONAL_COLUMNS = (2, 3, 4, 5)  # 描述, 依据, 上年指标值, 上年实际完成值 (hidden unless shown)


class IndicatorPane(QWidget):
    """The tree of the current project's indicators."""

    wantsWidth = Signal(int)  # the stage's columns came: the width the tree needs

    def __init__(self, session: EditorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = IndicatorTreeModel(session, self)
        self.tree = tree = IndicatorTreeView(self)
        tree.setObjectName("indicatorTree")
        tree.setModel(self.model)
        self.delegate = IndicatorDelegate(lambda: session.doc.framework, tree)
        tree.setItemDelegate(self.delegate)
        self.delegate.enterPressed.connect(tree.note_enter)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        tree.setDragEnabled(True)
        tree.setAcceptDrops(True)
        tree.setDropIndicatorShown(True)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.setIndentation(14)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._tree_context_menu)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._column_keys: tuple[str, ...] = tuple(c.key for c in self.model.columns)
        self._opened = False  # a document was opened: its first project asks for room
        self.sizer = ColumnSizer(tree, self.model, session)
        self.sizer.size()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_context_menu)
        for column in OPTIONAL_COLUMNS:
            tree.setColumnHidden(column, True)
        tree.selectionModel().currentChanged.connect(lambda *_: self.update_actions())
        self.model.modelReset.connect(self._columns_reset)
        session.doc.subscribe(self._on_change)
        self.bar, self.title_row = titled_column(self, self.tr("绩效指标"), tree, "treeBar")
        self._build_actions()
        session.currentProjectChanged.connect(lambda _p: self._project_shown())
        session.department.shownChanged.connect(lambda _on: self._project_shown())
        session.stack.indexChanged.connect(lambda _i: self.update_actions())
        session.goToRequested.connect(self._go_to)
        self._project_shown()

    def _build_actions(self) -> None:
        tree = self.tree
        self.act_sibling = widget_action(tree, self.tr("添加同级指标"), self.add_sibling, "Ins", self.tr("同级"))
        self.act_child = widget_action(tree, self.tr("添加下级指标"), self.add_child, "Ctrl+Ins", self.tr("下级"))
        self.act_delete = widget_action(tree, self.tr("删除指标"), self.delete_node, "Del", self.tr("删除"))
        self.act_up = widget_action(tree, self.tr("指标上移"), lambda: self.move_node(-1), "Ctrl+Up", self.tr("上移"))
        self.act_down = widget_action(
            tree, self.tr("指标下移"), lambda: self.move_node(1), "Ctrl+Down", self.tr("下移")
        )
        self.act_edit = widget_action(tree, self.tr("编辑"), self.edit_current, QKeySequence("F2"))
        self.act_skeleton = QAction(self.tr("插入标准指标框架"), self)
        self.act_skeleton.setIconText(self.tr("标准框架"))
        self.act_skeleton.triggered.connect(lambda _c=False: self.insert_skeleton())
        # the 指标 menu and the tree's context menu list these, in this order
        self.node_actions: tuple[QAction, ...] = (
            self.act_sibling, self.act_child, self.act_edit, self.act_delete, self.act_up,
            self.act_down,
        )
        for action in (self.act_sibling, self.act_child, self.act_delete, self.act_up,
                       self.act_down, self.act_skeleton):
            self.bar.addAction(action)
        self.act_unlock: QAction | None = None  # the stage switch's, set by the window
        self.column_actions: dict[int, QAction] = {}
        titles = {
            2: self.tr("显示“绩效指标描述”列"), 3: self.tr("显示“指标值确定依据”列"),
            4: self.tr("显示“上年指标值”列"), 5: self.tr("显示“上年实际完成值”列"),
        }
        for column in OPTIONAL_COLUMNS:
            action = QAction(titles[column], self)
            action.setCheckable(True)
            action.toggled.connect(lambda on, c=column: self.set_column_visible(c, on))
            self.column_actions[column] = action

    def _on_change(self, change: Change) -> None:
        if isinstance(change, Reset):
            self._opened = True

    def _columns_reset(self) -> None:
        """After a reset (another project, another stage): the optional columns as chosen,
        all open; new columns (another stage) sized to their content, asking for the
        width they need (:attr:`wantsWidth`), as the first project of a document just
        opened does. Widths the person set stay while the columns do."""
        for column in OPTIONAL_COLUMNS:
            action = self.column_actions.get(column)
            self.tree.setColumnHidden(column, action is None or not action.isChecked())
        self.tree.expandAll()
        keys = tuple(c.key for c in self.model.columns)
        opened = self._opened and self.session.current is not None
        self._opened = self._opened and not opened
        changed = keys != self._column_keys
        self._column_keys = keys
        self.sizer.size(grow_only=not changed)
        if changed or opened:
            emit(self.wantsWidth, self.sizer.wanted_width())

    def _project_shown(self) -> None:
        self.tree.expandAll()
        self.update_actions()

    # == where we are =====================================================================
    def current_path(self) -> NodePath | None:
        """The path of the selected node, or None."""
        index = self.tree.currentIndex()
        return self.model.path_of(index) if index.isValid() else None

    def update_actions(self) -> None:
        """Enables what applies to the selected node (of a project's tree or the
        department's)."""
        owner = self.session.tree_owner()
        has = owner is not None
        path = self.current_path() if has else None
        self.act_sibling.setEnabled(has)
        self.act_child.setEnabled(has and (path is None or len(path) < 3))
        self.act_delete.setEnabled(path is not None)
        self.act_edit.setEnabled(path is not None)
        siblings = self.model.rowCount(self.tree.currentIndex().parent()) if path else 0
        self.act_up.setEnabled(path is not None and path[-1] > 0)
        self.act_down.setEnabled(path is not None and path[-1] < siblings - 1)
        self.act_skeleton.setEnabled(owner is not None and not owner.indicators)

    def _go_to(self, field: str | None, path: NodePath | None) -> None:
        if field in PROJECT_FIELDS:
            return  # the form shows it
        if path:
            index = self.model.index_of_path(tuple(path))
            if index.isValid():
                self.tree.setCurrentIndex(index)
                self.tree.scrollTo(index)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)  # tree-wide problems too

    # == editing ==========================================================================
    def _insert_and_edit(self, parent: NodePath, row: int, node: Node) -> None:
        self.session.insert_node(parent, row, node)
        index = self.model.index_of_path((*parent, row))
        if parent:
            self.tree.expand(self.model.index_of_path(parent))
        self.tree.setCurrentIndex(index)
        self.tree.edit(index)

    def add_sibling(self) -> None:
        """Adds a node after the selected one (a first level when nothing is selected)."""
        owner = self.session.tree_owner()
        if owner is None:
            return
        path = self.current_path()
        if path is None:
            self._insert_and_edit((), len(owner.indicators), Level1())
            return
        self._insert_and_edit(path[:-1], path[-1] + 1, _new_node(len(path)))

    def add_child(self) -> None:
        """Adds a node under the selected one (a sibling for a third level)."""
        path = self.current_path()
        if self.session.tree_owner() is None or path is None or len(path) == 3:
            self.add_sibling()
            return
        row = self.model.rowCount(self.model.index_of_path(path))
        self._insert_and_edit(path, row, _new_node(len(path) + 1))

    def delete_node(self) -> None:
        """Removes the selected node with its subtree (undoable). The selection moves to
        the next sibling (else the previous one, else the parent), never further up, so a
        second Del removes no more than the person sees; a group that held indicators is
        named in the status bar with how to undo."""
        path = self.current_path()
        if path is None or self.session.tree_owner() is None:
            return
        node = self.model.node(self.model.index_of_path(path))
        column = max(self.tree.currentIndex().column(), 0)
        self.session.remove_node(path)
        siblings = self.model.rowCount(self.model.index_of_path(path[:-1]))
        target = (*path[:-1], min(path[-1], siblings - 1)) if siblings else path[:-1]
        if target:
            self.tree.setCurrentIndex(self.model.index_of_path(target, column))
        held = _indicator_count(node)
        if held and not isinstance(node, Indicator):
            level = self.tr("一级指标") if len(path) == 1 else self.tr("二级指标")
            emit(self.session.message, self.tr(
                "已删除{0}“{1}”及其下 {2} 个三级指标（可用 Ctrl+Z 撤销）"
            ).format(level, getattr(node, "name", "") or self.tr("（未命名指标）"), held))

    def move_node(self, step: int) -> None:
        """Moves the selected node up (negative) or down among its siblings."""
        path = self.current_path()
        if path is None or self.session.tree_owner() is None:
            return
        dest = path[-1] + step
        siblings = self.model.rowCount(self.model.index_of_path(path[:-1]))
        if 0 <= dest < siblings:
            self.session.move_node(path, dest)
            self.tree.setCurrentIndex(self.model.index_of_path((*path[:-1], dest)))

    def edit_current(self) -> None:
        """Opens the editor of the selected cell (a locked approved target says how to
        unlock it in the status bar)."""
        index = self.tree.currentIndex()
        if not index.isValid():
            return
        if index.flags() & Qt.ItemFlag.ItemIsEditable:
            self.tree.edit(index)
        elif self.model.columns[index.column()].key == "value" and self.session.targets_locked():
            emit(self.session.message, self.tr(
                "年度指标值是已批复的目标，不能直接修改；如需修改，请先“视图 → 填报阶段 → 解锁年度指标值”"))

    def insert_skeleton(self) -> None:
        """Adds the framework's standard first and second levels."""
        if self.session.insert_skeleton():
            self.tree.expandAll()

    def set_column_visible(self, column: int, visible: bool) -> None:
        """Shows or hides an optional column (描述, 依据, 上年指标值, 上年实际完成值)."""
        self.tree.setColumnHidden(column, not visible)
        if visible:
            emit(self.wantsWidth, self.sizer.wanted_width())
        action = self.column_actions.get(column)
        if action is not None and action.isChecked() != visible:
            action.setChecked(visible)

    # == menus ============================================================================
    def _header_context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for action in self.column_actions.values():
            menu.addAction(action)
        menu.exec(self.tree.header().mapToGlobal(pos))

    def _tree_context_menu(self, pos: QPoint) -> None:
        index = self.tree.indexAt(pos)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        self.tree_menu(index).exec(self.tree.viewport().mapToGlobal(pos))

    def tree_menu(self, index: QModelIndex) -> QMenu:
        """The context menu of a tree row: edits, and fixes offered for its problems."""
        menu = QMenu(self)
        for problem in self.model.problems_at(index):
            if problem.fix is not None:
                action = menu.addAction(self.tr("修正：{0}").format(problem.fix.label))
                action.triggered.connect(lambda _c=False, p=problem: self._apply_fix(p))
        if not menu.isEmpty():
            menu.addSeparator()
        for action in self.node_actions:
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.act_skeleton)
        if self.act_unlock is not None and self.act_unlock.isEnabled():
            menu.addAction(self.act_unlock)
        return menu

    def _apply_fix(self, problem: Problem) -> None:
        if problem.project is not None:
            self.session.apply_fix(problem)
        elif self.session.department.shown:
            self.session.department.apply_fix(problem)


def _indicator_count(node: Node | None) -> int:
    """How many third-level indicators ``node`` holds (itself included)."""
    if node is None:
        return 0
    if isinstance(node, Indicator):
        return 1
    return sum(_indicator_count(child) for child in node.children)


def _new_node(depth: int) -> Node:
    return (Level1, Level2, Indicator)[depth - 1]()
