"""The Qt item model over the selected project's own indicator tree (no copies); while
the 部门整体 row is chosen, over the department's (form B), edited the same way (its
targets: in the 目标 stage).

Each index points at the document's node itself (``internalPointer``); the model keeps
``id(node) -> (node, parent)`` for the shown tree, updated from the document's change
events. It never edits the document: ``setData`` and ``dropMimeData`` ask the
:class:`~ui.session.editor_session.EditorSession`; the change events become
``beginInsertRows``/``dataChanged``/… here. Severity icons follow the live validation.
The columns are chosen by the document's stage (:mod:`ui.models.stage_columns`,
:mod:`ui.models.stage_cells`); a switch of the stage resets the model.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from jxeditor.document.changes import (
    Change,
    DepartmentSet,
    DocumentFieldChanged,
    IndicatorStageFieldChanged,
    Reset,
    Resetting,
)
from jxeditor.document.model import Indicator, Level1, Level2, Node, NodePath, Project
from jxeditor.document.stages import TARGETS
from jxeditor.document.trees import TreeOwner
from jxeditor.rules.problems import Problem
from jxeditor.rules.tally import Tally
from ui.models import stage_columns as sc
from ui.models.severity import severity_icon
from ui.models.stage_cells import StageCells, leaf_paths
from ui.models.tree_drops import TreeDrops
from ui.models.tree_events import TreeEvents
from ui.platform.qtcompat import emit
from ui.session.editor_session import EditorSession
from ui.session.typing import TypedField

COLUMNS = tuple(c.key for c in sc.BASE_COLUMNS)  # the target table's four columns
CHANGED_BACKGROUND = QColor("#fff4c2")  # changed from the compared version
LEVEL_TITLES = (
    QT_TRANSLATE_NOOP("IndicatorTreeModel", "一级指标"),
    QT_TRANSLATE_NOOP("IndicatorTreeModel", "二级指标"),
    QT_TRANSLATE_NOOP("IndicatorTreeModel", "三级指标"),
)

AnyIndex = QModelIndex | QPersistentModelIndex


class IndicatorTreeModel(TreeDrops, TreeEvents, QAbstractItemModel):
    """Tree model of one project's 一级/二级/三级 indicators with four columns."""

    def __init__(self, session: EditorSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.doc = session.doc
        self.project: Project | None = None
        self.owner: TreeOwner | None = None  # whose tree: the project's, or the department's
        self.columns: tuple[sc.Column, ...] = sc.columns_for(self.doc.stage)
        self.cells = StageCells(session)
        self._parents: dict[int, tuple[Node, Node | None]] = {}
        self._problems: dict[NodePath, list[Problem]] = {}
        self._pending_removal: Node | None = None
        # 与其他版本比较: changed indicators of the shown project -> what changed
        self._compare_marks: dict[NodePath, str] = {}
        self.doc.subscribe(self._on_change)
        session.currentProjectChanged.connect(self.set_project)
        session.department.shownChanged.connect(lambda _on: self.set_project(session.current))
        session.live.projectChanged.connect(self._on_problems_changed)
        session.live.resetAll.connect(self._on_problems_reset)
        session.scores.changed.connect(self._on_scores_changed)
        session.targetsUnlockedChanged.connect(lambda _on: self._refresh_column("value"))
        self.set_project(session.current)

    # -- the shown project -----------------------------------------------------------
    def set_project(self, project: Project | None) -> None:
        """Shows the tree of ``project`` (``None``: the department's while it is chosen,
        else nothing)."""
        self.beginResetModel()
        self.project = project
        shown = self.doc.department if self.session.department.shown else None
        self.owner = project if project is not None else shown
        self.cells.remember_scores(project)
        self._problems = {}
        self._rebuild()
        self.endResetModel()
        self._on_problems_reset()

    def _on_problems_changed(self, owner: object, _old: list[Problem], new: list[Problem]) -> None:
        if owner is self.owner:
            self.set_problems(new)

    def _on_problems_reset(self) -> None:
        live = self.session.live
        if self.project is None and self.owner is not None:  # the department's tree
            self.set_problems(live.department_problems())
        else:
            self.set_problems(live.problems_of(self.project))

    def _roots(self) -> list[Level1]:
        return [] if self.owner is None else self.owner.indicators

    def child_nodes(self, node: Node | None) -> Sequence[Node]:
        """The child nodes of ``node`` (``None``: the first levels)."""
        return self._children(node)

    # -- navigation ----------------------------------------------------------------------
    def node(self, index: AnyIndex) -> Node | None:
        return index.internalPointer() if index.isValid() else None

    def _children(self, node: Node | None) -> Sequence[Node]:
        if node is None:
            return self._roots()
        return [] if isinstance(node, Indicator) else node.children

    def _row_of(self, node: Node) -> int:
        parent = self._parents[id(node)][1]
        for row, sibling in enumerate(self._children(parent)):
            if sibling is node:
                return row
        raise LookupError("node not in its parent")

    def path_of(self, index: AnyIndex) -> NodePath:
        path: list[int] = []
        node = self.node(index)
        while node is not None:
            path.append(self._row_of(node))
            node = self._parents[id(node)][1]
        return tuple(reversed(path))

    def index_of_path(self, path: NodePath, column: int = 0) -> QModelIndex:
        index = QModelIndex()
        for row in path:
            index = self.index(row, 0, index)
            if not index.isValid():
                return QModelIndex()
        if path and column:
            index = index.siblingAtColumn(column)
        return index

    def depth(self, index: AnyIndex) -> int:
        """1, 2 or 3 for a node; 0 for the invisible root."""
        node = self.node(index)
        if node is None:
            return 0
        return {Level1: 1, Level2: 2, Indicator: 3}[type(node)]

    # -- QAbstractItemModel ------------------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= len(self.columns) or row < 0:
            return QModelIndex()
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        children = self._children(self.node(parent))
        if row >= len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008  (Qt overloads parent(): QObject.parent() and QAbstractItemModel.parent(index))
        node = self.node(index)
        if node is None:
            return QModelIndex()
        entry = self._parents.get(id(node))
        if entry is None or entry[1] is None:
            return QModelIndex()
        parent = entry[1]
        return self.createIndex(self._row_of(parent), 0, parent)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(self.node(parent)))

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self.columns)

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return self.columns[section].heading()
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        node = self.node(index)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.owner is None:
            return flags
        flags |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        column = self.columns[index.column()]
        if self.project is None:  # the department's: its targets in the 目标 stage, and
            # its 年度指标值 in a later stage once unlocked, as a project's
            editable = column.node_field and (
                self.doc.stage == TARGETS or (column.key == "value" and self.cells.editable(column)))
        else:
            editable = self.cells.editable(column)
        if index.column() == 0 or (isinstance(node, Indicator) and editable):
            flags |= Qt.ItemFlag.ItemIsEditable
        if isinstance(node, Indicator):
            flags &= ~Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        column = index.column()
        spec = self.columns[column]
        if not spec.node_field or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            row_problems = role == Qt.ItemDataRole.ToolTipRole and bool(self.problems_at(index))
            stage = self.cells.data(self.project, node, spec, role, row_problems)
            if stage is not None:
                return stage
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if spec.key == "name" or (isinstance(node, Indicator) and spec.node_field):
                return getattr(node, spec.key)
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return severity_icon(Tally.of(self.problems_at(index)).worst)
        if self._compare_marks and role == Qt.ItemDataRole.BackgroundRole:
            return CHANGED_BACKGROUND if self.path_of(index) in self._compare_marks else None
        if role == Qt.ItemDataRole.ToolTipRole:
            problems = self.problems_at(index)
            changed = self._compare_marks.get(self.path_of(index)) if self._compare_marks else None
            if problems or changed:
                return "\n".join([*(p.message for p in problems), *filter(None, [changed])])
            if column == 0:
                return QApplication.translate(
                    "IndicatorTreeModel", str(LEVEL_TITLES[self.depth(index) - 1])
                )
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        node = self.node(index)
        if node is None or role != Qt.ItemDataRole.EditRole or self.owner is None:
            return False
        if self.owner is not self.session.tree_owner():
            return False
        spec = self.columns[index.column()]
        if spec.key != "name" and not isinstance(node, Indicator):
            return False
        if self.project is None and not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        if isinstance(node, Indicator) and self.project is not None:
            handled = self.cells.set_data(self.path_of(index), node, spec, value)
            if handled is not None:
                return handled
        text = "" if value is None else str(value)
        if getattr(node, spec.key) == text:
            return True
        if self.project is None and isinstance(node, Indicator):  # the one typing path
            run = self.session.begin_typing(TypedField(self.owner, spec.key, node))
            done = run.set(text)
            run.end()
            return done
        self.session.set_node_field(self.path_of(index), spec.key, text)
        return True

    # -- the stage's columns --------------------------------------------------------------
    def column_of(self, key: str) -> int:
        """The column showing ``key`` (-1 when the stage shows none)."""
        return next((i for i, c in enumerate(self.columns) if c.key == key), -1)

    def _refresh_column(self, key: str) -> None:
        column = self.column_of(key)
        if column < 0:
            return
        for path in leaf_paths(self.project):
            index = self.index_of_path(path, column)
            emit(self.dataChanged, index, index, [])

    def _on_scores_changed(self, project: Project | None) -> None:
        if self.project is None or (project is not None and project is not self.project):
            return
        columns = sorted(self.column_of(key) for key in sc.SCORE_KEYS)
        if columns[0] < 0:
            return
        for path in self.cells.changed_scores(self.project):
            first = self.index_of_path(path, columns[0])
            emit(self.dataChanged, first, first.siblingAtColumn(columns[-1]), [])

    # -- 与其他版本比较 ---------------------------------------------------------------------
    def set_compare_marks(self, marks: dict[NodePath, str]) -> None:
        """Marks the shown project's changed indicators (path -> what changed; empty:
        no comparison) with a background and a tooltip."""
        if marks == self._compare_marks:
            return
        changed = set(marks) | set(self._compare_marks)
        self._compare_marks = dict(marks)
        for path in changed:
            first = self.index_of_path(path, 0)
            if first.isValid():
                last = first.siblingAtColumn(self.columnCount() - 1)
                emit(self.dataChanged, first, last, [Qt.ItemDataRole.BackgroundRole])

    # -- problems --------------------------------------------------------------------------
    def set_problems(self, problems: list[Problem]) -> None:
        """Shows severity icons for the shown project's problems (those with a node path)."""
        by_path: dict[NodePath, list[Problem]] = {}
        for problem in problems:
            if problem.path is not None:
                by_path.setdefault(tuple(problem.path), []).append(problem)
        if by_path == self._problems:
            return
        changed = set(by_path) ^ set(self._problems)
        changed |= {p for p in by_path if by_path[p] != self._problems.get(p)}
        self._problems = by_path
        roles = [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole]
        for path in changed:
            first = self.index_of_path(path, 0)
            if first.isValid():
                emit(self.dataChanged, first, first.siblingAtColumn(len(self.columns) - 1), roles)

    def problems_at(self, index: AnyIndex) -> list[Problem]:
        if not self._problems or not index.isValid():
            return []
        return self._problems.get(self.path_of(index), [])

    # -- document events -----------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        match change:
            case Resetting():
                self.beginResetModel()
            case DepartmentSet(new=new) if self.project is None and new is not self.owner:
                self.set_project(None)  # another block in place of the one shown
            case Reset():
                self.project = self.owner = None  # the session shows another project next
                self._problems = {}
                self.columns = sc.columns_for(self.doc.stage)
                self.cells.remember_scores(None)
                self._rebuild()
                self.endResetModel()
            case DocumentFieldChanged(field="year"):  # 上年 is another year now
                self._refresh_column("last_target")
                self._refresh_column("last_actual")
            case DocumentFieldChanged(field="stage") if sc.columns_for(self.doc.stage) != self.columns:
                self.beginResetModel()
                self.columns = sc.columns_for(self.doc.stage)
                self.cells.remember_scores(self.project)
                self.endResetModel()
            case IndicatorStageFieldChanged(project=project, path=path, field=name) if (
                project is self.project
            ):
                index = self.index_of_path(path, max(self.column_of(name), 0))
                if index.isValid():
                    emit(self.dataChanged, index, index, [])
            case _:
                self.follow_tree(change)
