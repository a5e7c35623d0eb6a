"""The main window: project list, indicator tree, project form and problems panel.

The window owns the one :class:`~jxeditor.document.model.Document` (replaced in place when a file
is opened, so every view stays subscribed), the one ``QUndoStack`` and the Qt models.
Every edit is an undo command; "modified" is ``not stack.isClean()``.

The window is put together from mixins, one module per concern: dialogs
(:mod:`ui.window_dialogs`: small methods returning plain values, which tests replace),
files (:mod:`ui.window_files`), tree editing (:mod:`ui.window_tree`) and problems
(:mod:`ui.window_problems`). This module builds the widgets, actions and menus and
handles projects, document settings and languages.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from jxeditor.document.model import (
    Change,
    Document,
    new_project,
)
from ui import i18n
from ui.commands import (
    InsertProjectCommand,
    MoveProjectCommand,
    RemoveProjectCommand,
    SetDocumentFieldCommand,
)
from ui.delegates import IndicatorDelegate
from ui.file_io import new_document
from ui.live_validation import LiveValidation
from ui.problems_model import PROJECT_ROLE, ProblemsModel
from ui.project_form import ProjectForm
from ui.project_list_model import ProjectListModel
from ui.restart import restart_command, start_detached
from ui.settings_dialog import SettingsDialog
from ui.tree_model import IndicatorTreeModel
from ui.window_dialogs import DialogsMixin
from ui.window_files import FilesMixin
from ui.window_paste import PasteMixin
from ui.window_problems import ProblemsMixin
from ui.window_tree import TreeEditingMixin

OPTIONAL_COLUMNS = (2, 3)


class MainWindow(
    DialogsMixin, FilesMixin, PasteMixin, TreeEditingMixin, ProblemsMixin, QMainWindow
):
    """The editor window; ``open_file(path)`` and ``save_file(path)`` for scripts and tests."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.doc = new_document()
        self.path: Path | None = None
        self.display_name = self.tr("未命名")
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(0)

        # models, in the order they must hear the document's events
        self.tree_model = IndicatorTreeModel(self.doc, self.stack, self)
        self.project_model = ProjectListModel(self.doc, self.stack, self)
        self.live = LiveValidation(self.doc, self)
        self.problems_model = ProblemsModel(self.live, self)

        self._build_views()
        self._build_actions()
        self._build_menus()
        self._build_status_bar()

        self.doc.subscribe(self._on_change)
        self.live.projectChanged.connect(self._on_problems_changed)
        self.live.resetAll.connect(self._on_problems_reset)
        self.live.countsChanged.connect(self._show_counts)
        self.stack.cleanChanged.connect(self._update_title)
        self.stack.indexChanged.connect(lambda _i: self._update_actions())

        self.setAcceptDrops(True)
        self._restore_settings()
        self._on_problems_reset()
        self._show_counts(*self.live.counts())
        self._show_settings()
        self.show_project(0 if self.doc.projects else None)
        self._update_title()
        self.start_autosave()

    # == building ========================================================================
    def _build_views(self) -> None:
        # project list
        self.project_list = QListView(self)
        self.project_list.setObjectName("projectList")
        self.project_list.setModel(self.project_model)
        self.project_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.project_list.setUniformItemSizes(True)
        self.project_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.project_list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.project_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.project_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.project_list.setDragEnabled(True)
        self.project_list.setAcceptDrops(True)
        self.project_list.setDropIndicatorShown(True)
        selection = self.project_list.selectionModel()
        selection.currentChanged.connect(self._on_current_project_changed)
        self.project_bar = QToolBar(self)
        self.project_bar.setObjectName("projectBar")
        self.project_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(2)
        self.project_title = QLabel(self.tr("项目"), self)
        left_layout.addWidget(self.project_title)
        left_layout.addWidget(self.project_list, 1)
        left_layout.addWidget(self.project_bar)

        # indicator tree
        self.tree = QTreeView(self)
        self.tree.setObjectName("indicatorTree")
        self.tree.setModel(self.tree_model)
        self.tree.setItemDelegate(IndicatorDelegate(lambda: self.doc.framework, self.tree))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setIndentation(14)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._tree_context_menu)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(1, 130)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_context_menu)
        for column in OPTIONAL_COLUMNS:
            self.tree.setColumnHidden(column, True)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.tree_bar = QToolBar(self)
        self.tree_bar.setObjectName("treeBar")
        self.tree_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.setSpacing(2)
        self.tree_title = QLabel(self.tr("绩效指标"), self)
        middle_layout.addWidget(self.tree_title)
        middle_layout.addWidget(self.tree, 1)
        middle_layout.addWidget(self.tree_bar)

        # document settings strip and project form
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(2)
        strip = QHBoxLayout()
        self.settings_label = QLabel(self)
        self.settings_label.setObjectName("documentSettings")
        self.settings_button = QPushButton(self.tr("文档设置…"), self)
        self.settings_button.setObjectName("documentSettingsButton")
        self.settings_button.clicked.connect(self.edit_settings)
        strip.addWidget(self.settings_label, 1)
        strip.addWidget(self.settings_button)
        right_layout.addLayout(strip)
        self.form = ProjectForm(self.doc, self.stack, self)
        self.form.setObjectName("projectForm")
        self.form_scroll = QScrollArea(self)
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setWidget(self.form)
        self.form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        right_layout.addWidget(self.form_scroll, 1)

        self.top_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.top_splitter.setObjectName("topSplitter")
        self.top_splitter.addWidget(left)
        self.top_splitter.addWidget(middle)
        self.top_splitter.addWidget(right)
        self.top_splitter.setStretchFactor(0, 0)
        self.top_splitter.setStretchFactor(1, 1)
        self.top_splitter.setStretchFactor(2, 1)
        self.top_splitter.setSizes([250, 500, 600])
        self.top_splitter.setChildrenCollapsible(False)

        # problems panel
        self.problems_view = QTableView(self)
        self.problems_view.setObjectName("problemsView")
        self.problems_filter = QSortFilterProxyModel(self)
        self.problems_filter.setSourceModel(self.problems_model)
        self.problems_filter.setFilterRole(PROJECT_ROLE)
        self.problems_view.setModel(self.problems_filter)
        self.problems_view.setShowGrid(False)
        self.problems_view.setWordWrap(False)
        self.problems_view.verticalHeader().hide()
        self.problems_view.verticalHeader().setDefaultSectionSize(
            self.problems_view.fontMetrics().height() + 4
        )
        self.problems_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.problems_view.setAlternatingRowColors(True)
        self.problems_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems_view.doubleClicked.connect(self._on_problem_activated)
        self.problems_view.activated.connect(self._on_problem_activated)
        self.problems_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.problems_view.customContextMenuRequested.connect(self._problems_context_menu)
        pheader = self.problems_view.horizontalHeader()
        pheader.setHighlightSections(False)
        pheader.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        pheader.resizeSection(0, 80)
        pheader.resizeSection(1, 260)
        pheader.resizeSection(2, 260)
        pheader.setStretchLastSection(True)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.setSpacing(2)
        self.problems_title = QLabel(self.tr("问题（双击转到；右键可修正）"), self)
        self.problems_current_only = QCheckBox(self.tr("只显示当前项目的问题"), self)
        self.problems_current_only.setObjectName("problemsCurrentOnly")
        self.problems_current_only.toggled.connect(lambda _on: self._filter_problems())
        title_row = QHBoxLayout()
        title_row.addWidget(self.problems_title, 1)
        title_row.addWidget(self.problems_current_only)
        bottom_layout.addLayout(title_row)
        bottom_layout.addWidget(self.problems_view, 1)

        self.main_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.top_splitter)
        self.main_splitter.addWidget(bottom)
        self.main_splitter.setStretchFactor(0, 1)
        self.main_splitter.setStretchFactor(1, 0)
        self.main_splitter.setSizes([500, 150])
        self.main_splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.main_splitter)
        self._install_undo_keys()

    def _action(
        self,
        text: str,
        slot: Any,
        shortcut: QKeySequence | str | QKeySequence.StandardKey | None = None,
        widget: QWidget | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if widget is not None:
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            widget.addAction(action)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        return action

    def _build_actions(self) -> None:
        self.act_new = self._action(self.tr("新建(&N)"), self.new_file, QKeySequence.StandardKey.New)
        self.act_open = self._action(
            self.tr("打开(&O)…"), self.open_dialog, QKeySequence.StandardKey.Open
        )
        self.act_save = self._action(self.tr("保存(&S)"), self.save, QKeySequence.StandardKey.Save)
        self.act_save_as = self._action(
            self.tr("另存为(&A)…"), self.save_as, QKeySequence("Ctrl+Shift+S")
        )
        self.act_quit = self._action(self.tr("退出(&X)"), self.close, QKeySequence("Ctrl+Q"))
        self.act_undo = self.stack.createUndoAction(self, self.tr("撤销"))
        self.act_undo.setShortcuts(QKeySequence.StandardKey.Undo)
        self.act_redo = self.stack.createRedoAction(self, self.tr("重做"))
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.act_settings = self._action(self.tr("文档设置(&D)…"), self.edit_settings)

        plist = self.project_list
        self.act_project_add = self._action(self.tr("添加项目"), self.add_project, "Ins", plist)
        self.act_project_duplicate = self._action(
            self.tr("复制项目"), self.duplicate_project, "Ctrl+D", plist
        )
        self.act_project_delete = self._action(self.tr("删除项目"), self.delete_project, "Del", plist)
        self.act_project_up = self._action(
            self.tr("项目上移"), lambda: self.move_project(-1), "Ctrl+Up", plist
        )
        self.act_project_down = self._action(
            self.tr("项目下移"), lambda: self.move_project(1), "Ctrl+Down", plist
        )
        self.act_project_paste = self._action(
            self.tr("粘贴项目（从 Excel/WPS/PDF 复制的表格）"), self.paste_projects,
            QKeySequence.StandardKey.Paste, plist,
            self.tr("把从 Excel、WPS、Word 或 PDF 复制的绩效目标表作为新项目粘贴进来"),
        )
        for action, short in (
            (self.act_project_add, self.tr("添加")),
            (self.act_project_duplicate, self.tr("复制")),
            (self.act_project_delete, self.tr("删除")),
            (self.act_project_up, self.tr("上移")),
            (self.act_project_down, self.tr("下移")),
        ):
            action.setIconText(short)
            action.setToolTip(f"{action.text()} ({action.shortcut().toString()})")
            self.project_bar.addAction(action)

        tree = self.tree
        self.act_node_sibling = self._action(self.tr("添加同级指标"), self.add_sibling, "Ins", tree)
        self.act_node_child = self._action(self.tr("添加下级指标"), self.add_child, "Ctrl+Ins", tree)
        self.act_node_delete = self._action(self.tr("删除指标"), self.delete_node, "Del", tree)
        self.act_node_up = self._action(self.tr("指标上移"), lambda: self.move_node(-1), "Ctrl+Up", tree)
        self.act_node_down = self._action(
            self.tr("指标下移"), lambda: self.move_node(1), "Ctrl+Down", tree
        )
        self.act_node_edit = self._action(self.tr("编辑"), self.edit_current, None)
        self.act_node_edit.setShortcut(QKeySequence("F2"))
        self.act_node_edit.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_skeleton = self._action(self.tr("插入标准指标框架"), self.insert_skeleton)
        # the 指标 menu and the tree's context menu list these, in this order
        self.node_actions = (
            self.act_node_sibling,
            self.act_node_child,
            self.act_node_edit,
            self.act_node_delete,
            self.act_node_up,
            self.act_node_down,
        )
        for action, short in (
            (self.act_node_sibling, self.tr("同级")),
            (self.act_node_child, self.tr("下级")),
            (self.act_node_delete, self.tr("删除")),
            (self.act_node_up, self.tr("上移")),
            (self.act_node_down, self.tr("下移")),
            (self.act_skeleton, self.tr("标准框架")),
        ):
            action.setIconText(short)
            shortcut = action.shortcut().toString()
            action.setToolTip(f"{action.text()} ({shortcut})" if shortcut else action.text())
            self.tree_bar.addAction(action)

        self.column_actions: dict[int, QAction] = {}
        titles = {2: self.tr("显示“绩效指标描述”列"), 3: self.tr("显示“指标值确定依据”列")}
        for column in OPTIONAL_COLUMNS:
            action = QAction(titles[column], self)
            action.setCheckable(True)
            action.toggled.connect(lambda on, c=column: self.set_column_visible(c, on))
            self.column_actions[column] = action

        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        current = i18n.current_language()
        for code, label in i18n.LANGUAGES.items():
            action = QAction(label, self)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _c=False, lang=code: self.choose_language(lang))
            self.language_group.addAction(action)
            self.language_actions[code] = action

        self.act_about = self._action(self.tr("关于 jxeditor"), self.show_about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("文件(&F)"))
        file_menu.addAction(self.act_new)
        file_menu.addAction(self.act_open)
        self.recent_menu = file_menu.addMenu(self.tr("最近打开(&R)"))
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.act_save)
        file_menu.addAction(self.act_save_as)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)

        edit_menu = bar.addMenu(self.tr("编辑(&E)"))
        edit_menu.addAction(self.act_undo)
        edit_menu.addAction(self.act_redo)
        edit_menu.addSeparator()
        edit_menu.addAction(self.act_settings)

        project_menu = bar.addMenu(self.tr("项目(&P)"))
        for action in (
            self.act_project_add,
            self.act_project_duplicate,
            self.act_project_delete,
            self.act_project_up,
            self.act_project_down,
        ):
            project_menu.addAction(action)
        project_menu.addSeparator()
        project_menu.addAction(self.act_project_paste)

        node_menu = bar.addMenu(self.tr("指标(&I)"))
        for action in self.node_actions:
            node_menu.addAction(action)
        node_menu.addSeparator()
        node_menu.addAction(self.act_skeleton)

        view_menu = bar.addMenu(self.tr("视图(&V)"))
        for action in self.column_actions.values():
            view_menu.addAction(action)
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("语言 / Language"))
        for action in self.language_actions.values():
            language_menu.addAction(action)

        help_menu = bar.addMenu(self.tr("帮助(&H)"))
        help_menu.addAction(self.act_about)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.errors_label = QLabel(self)
        self.errors_label.setObjectName("errorCount")
        self.warnings_label = QLabel(self)
        self.warnings_label.setObjectName("warningCount")
        status.addPermanentWidget(self.errors_label)
        status.addPermanentWidget(self.warnings_label)

    def _install_undo_keys(self) -> None:
        """Ctrl+Z/Ctrl+Y in a form field undo document steps, not the field's own history."""
        for widget in self.form.widgets.values():
            widget.installEventFilter(self)
            line = getattr(widget, "lineEdit", None)
            if callable(line) and line() is not None:
                line().installEventFilter(self)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.ShortcutOverride and (
            event.matches(QKeySequence.StandardKey.Undo)
            or event.matches(QKeySequence.StandardKey.Redo)
            or event.keyCombination().toCombined()
            in (QKeySequence("Ctrl+Y")[0].toCombined(), QKeySequence("Ctrl+Shift+Z")[0].toCombined())
        ):
            event.ignore()
            return True  # not overridden: the window's undo/redo shortcut runs
        return super().eventFilter(watched, event)

    # == settings (QSettings) =============================================================
    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("ui/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 720)
        for key, splitter in (("ui/mainSplitter", self.main_splitter),
                              ("ui/topSplitter", self.top_splitter)):
            state = settings.value(key)
            if isinstance(state, QByteArray) and not state.isEmpty():
                splitter.restoreState(state)
        columns = settings.value("ui/treeColumns", [])
        shown = {int(c) for c in columns} if isinstance(columns, list) else set()
        for column, action in self.column_actions.items():
            action.setChecked(column in shown)

    def save_settings(self) -> None:
        settings = QSettings()
        settings.setValue("ui/geometry", self.saveGeometry())
        settings.setValue("ui/mainSplitter", self.main_splitter.saveState())
        settings.setValue("ui/topSplitter", self.top_splitter.saveState())
        shown = [str(c) for c in OPTIONAL_COLUMNS if not self.tree.isColumnHidden(c)]
        settings.setValue("ui/treeColumns", shown)

    def ask_settings(self, doc: Document) -> dict[str, Any] | None:
        dialog = SettingsDialog(doc, self)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return None
        return dialog.values()

    # == projects ========================================================================
    def current_project(self) -> int | None:
        return self.tree_model.project

    def show_project(self, index: int | None) -> None:
        """Shows project ``index`` in the tree and the form, and selects it in the list."""
        if index is not None and not 0 <= index < len(self.doc.projects):
            index = None
        self.tree_model.set_project(index)
        self.form.set_project(index)
        if index is not None:
            problems = self.live.problems[index] if index < len(self.live.problems) else []
            self.form.set_problems(problems)
            self.tree_model.set_problems(problems)
            self.tree.expandAll()
            current = self.project_list.currentIndex()
            if current.row() != index:
                self.project_list.selectionModel().setCurrentIndex(
                    self.project_model.index(index, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect,
                )
        if self.problems_current_only.isChecked():
            self._filter_problems()
        self._update_actions()

    def _on_current_project_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.row() if current.isValid() else None
        if row != self.tree_model.project or row != self.form.project:
            self.show_project(row)

    def add_project(self) -> None:
        current = self.current_project()
        index = len(self.doc.projects) if current is None else current + 1
        project = new_project(self.doc.framework)
        self.stack.push(InsertProjectCommand(self.doc, index, project))
        self.show_project(index)
        self.form.focus_field("name")

    def duplicate_project(self) -> None:
        current = self.current_project()
        if current is None:
            return
        project = copy.deepcopy(self.doc.projects[current])
        project.name = f"{project.name}（副本）"  # data: never translated
        self.stack.push(
            InsertProjectCommand(self.doc, current + 1, project, self.tr("复制项目"))
        )
        self.show_project(current + 1)

    def delete_project(self) -> None:
        current = self.current_project()
        if current is None:
            return
        name = self.doc.projects[current].name or self.tr("（未命名项目）")
        self.stack.push(RemoveProjectCommand(self.doc, current))
        self.statusBar().showMessage(
            self.tr("已删除项目“{0}”（可用 Ctrl+Z 撤销）").format(name), 8000
        )
        if self.doc.projects:
            self.show_project(min(current, len(self.doc.projects) - 1))
        else:
            self.show_project(None)

    def move_project(self, step: int) -> None:
        current = self.current_project()
        if current is None:
            return
        dest = current + step
        if 0 <= dest < len(self.doc.projects):
            self.stack.push(MoveProjectCommand(self.doc, current, dest))
            self.show_project(dest)

    def edit_settings(self) -> None:
        values = self.ask_settings(self.doc)
        if values is None:
            return
        changed = {k: v for k, v in values.items() if getattr(self.doc, k) != v}
        if not changed:
            return
        self.stack.beginMacro(self.tr("修改文档设置"))
        for name, value in changed.items():
            self.stack.push(SetDocumentFieldCommand(self.doc, name, value))
        self.stack.endMacro()

    def _show_settings(self) -> None:
        unit = self.doc.reporting_unit or self.tr("（未填）")
        self.settings_label.setText(
            self.tr("{0} 年度　填报单位：{1}　指标框架：{2} 版　单位：{3}").format(
                self.doc.year, unit, self.doc.framework, self.doc.money_unit
            )
        )

    # == document events ===================================================================
    def _on_change(self, change: Change) -> None:
        kind = change.kind
        if kind in ("reset", "document_field"):
            self._show_settings()
        if kind in ("projects_inserted", "project_removed", "project_moved", "reset"):
            current = self.project_list.currentIndex()
            row = current.row() if current.isValid() else None
            if row != self.form.project or row != self.tree_model.project:
                self.show_project(row)
        if kind.endswith(("inserted", "removed", "moved", "reset")):
            self._update_actions()

    def _update_actions(self) -> None:
        project = self.current_project()
        count = len(self.doc.projects)
        has = project is not None
        self.act_project_duplicate.setEnabled(has)
        self.act_project_delete.setEnabled(has)
        self.act_project_up.setEnabled(has and (project or 0) > 0)
        self.act_project_down.setEnabled(has and (project or 0) < count - 1)
        path = self.current_path() if has else None
        self.act_node_sibling.setEnabled(has)
        self.act_node_child.setEnabled(has and (path is None or len(path) < 3))
        self.act_node_delete.setEnabled(path is not None)
        self.act_node_edit.setEnabled(path is not None)
        siblings = len(self.doc.children_of(project, path[:-1])) if has and path else 0
        self.act_node_up.setEnabled(path is not None and path[-1] > 0)
        self.act_node_down.setEnabled(path is not None and path[-1] < siblings - 1)
        self.act_skeleton.setEnabled(has and not self.doc.projects[project or 0].indicators)

    # == language and about ===============================================================
    def choose_language(self, language: str) -> None:
        """Stores the language and offers to restart now, on the same file (see
        :mod:`ui.restart`); otherwise it applies at the next start."""
        if language == i18n.current_language():
            return
        i18n.set_language(language)
        later = self.tr("界面语言将在下次启动 jxeditor 时切换。")
        if not self.ask_restart_for_language(i18n.LANGUAGES[language]):
            self.statusBar().showMessage(later, 8000)
            return
        if not self.maybe_save():  # 取消: stay as we are
            self.statusBar().showMessage(later, 8000)
            return
        if not self.stack.isClean():
            self.stack.setClean()  # the user chose 不保存: do not ask again when closing
        if not start_detached(restart_command(self.path)):
            self.show_error(self.tr("无法重新启动 jxeditor；请手动关闭后再打开。"))
            return
        self.close()

    def show_about(self) -> None:
        from ui.app import version

        self.show_info(
            self.tr("jxeditor {0}\n预算项目绩效目标表编辑器").format(version())
        )
