"""The window's menus and its own actions: files, undo and redo, the panes' actions in
their menus, columns, language and the About box.

Undo and redo go through the session (which first commits an editor that is still
open), their texts follow the undo stack. Ctrl+Z and Ctrl+Y typed in a form field undo
document steps, not the field's own history.

The dialogs behind the menus (比较, 指标库, 帮助) and what writes the reports and the next
year are imported when their action is first used, not with the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QInputDialog, QMenu, QMenuBar, QWidget

from ui.panes.compare_marks import CompareMarks
from ui.panes.form_pane import FormPane
from ui.panes.indicator_pane import IndicatorPane
from ui.panes.library_actions import LibraryActions
from ui.panes.project_list_pane import ProjectListPane
from ui.panes.search_box import SearchBox
from ui.platform import i18n
from ui.printing.print_actions import PrintActions
from ui.session.editor_session import EditorSession
from ui.session.files import DocumentFiles, recent_files
from ui.session.yearly_files import Comparison

if TYPE_CHECKING:
    from ui.dialogs.compare_dialog import CompareDialog


class MenuHost(Protocol):
    """What the menus need of the window (the window itself, see :mod:`ui.main_window`)."""

    session: EditorSession
    files: DocumentFiles
    projects: ProjectListPane
    indicators: IndicatorPane
    form_pane: FormPane
    search: SearchBox
    library_actions: LibraryActions

    def menuBar(self) -> QMenuBar: ...
    def close(self) -> bool: ...
    def choose_language(self, language: str) -> None: ...
    def show_about(self) -> None: ...


UNDO_KEYS = ("Ctrl+Z", "Ctrl+Y", "Ctrl+Shift+Z")



class WindowMenus(QObject):
    """Builds the menu bar of ``window`` and holds the window-wide actions."""

    def __init__(self, window: MenuHost, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = window
        self.parent_widget = parent
        session, files = window.session, window.files
        self.act_new = self._action(self.tr("新建(&N)"), files.new_file, QKeySequence.StandardKey.New)
        self.act_open = self._action(self.tr("打开(&O)…"), files.open_dialog, QKeySequence.StandardKey.Open)
        self.act_save = self._action(self.tr("保存(&S)"), files.save, QKeySequence.StandardKey.Save)
        self.act_save_as = self._action(self.tr("另存为(&A)…"), files.save_as, "Ctrl+Shift+S")
        self.act_review = self._action(
            self.tr("导出审核意见(&E)…"), lambda: _export_review_report(files)
        )
        self.act_next_year = self._action(
            self.tr("生成下一年度(&Y)…"), lambda: _make_next_year(files))
        self.comparison = Comparison(files, self)
        self.compare_marks = CompareMarks(
            self.comparison, window.form_pane.form, window.indicators.model, session, self)
        self.compare_dialog: CompareDialog | None = None
        self.act_compare = self._action(self.tr("与其他版本比较(&C)…"), self.compare_with_other)
        self.printing = PrintActions(files, parent)  # 导出 PDF, 打印预览, 打印
        self.act_quit = self._action(self.tr("退出(&X)"), window.close, "Ctrl+Q")
        self.act_undo = self._action(self.tr("撤销"), session.undo, QKeySequence.StandardKey.Undo)
        self.act_redo = self._action(self.tr("重做"), session.redo, "Ctrl+Y")
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        stack = session.stack
        stack.canUndoChanged.connect(self.act_undo.setEnabled)
        stack.canRedoChanged.connect(self.act_redo.setEnabled)
        stack.undoTextChanged.connect(lambda t: self.act_undo.setText(_step(self.tr("撤销"), t)))
        stack.redoTextChanged.connect(lambda t: self.act_redo.setText(_step(self.tr("重做"), t)))
        self.act_undo.setEnabled(stack.canUndo())
        self.act_redo.setEnabled(stack.canRedo())
        self.act_settings = self._action(self.tr("文档设置(&D)…"), window.form_pane.edit_settings)
        self.act_find = self._action(self.tr("查找(&F)…"), self._find, QKeySequence.StandardKey.Find)
        self.act_about = self._action(self.tr("关于 jxeditor"), window.show_about)
        self.act_keys = self._action(
            self.tr("快捷键(&K)"), self.show_keys, QKeySequence.StandardKey.HelpContents
        )
        self.act_guide = self._action(self.tr("填报说明(&G)"), self.show_guide)
        self.act_library = self._action(self.tr("从指标库插入(&L)…"), self.insert_from_library)
        self.act_similar = self._action(self.tr("从相似项目新建(&M)…"), self.new_from_similar)
        self.act_department = self._action(
            self.tr("添加部门整体目标(&O)"), window.session.department.add)
        self.act_department.setObjectName("addDepartment")
        self._build_language_actions()
        self._build_menus()
        self._filter_keys(*window.form_pane.form.widgets.values(),
                          *window.form_pane.stage_block.widgets.values())
        window.form_pane.when_department_form_built(  # built on first show
            lambda form: self._filter_keys(*form.widgets.values()))

    def _filter_keys(self, *fields: QWidget) -> None:
        """The window's undo and redo shortcuts win in these fields (:meth:`eventFilter`)."""
        for widget in fields:
            widget.installEventFilter(self)
            line = getattr(widget, "lineEdit", None)
            if callable(line) and line() is not None:
                line().installEventFilter(self)

    def _action(
        self, text: str, slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self.parent_widget)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _build_language_actions(self) -> None:
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        current = i18n.current_language()
        for code, label in i18n.LANGUAGES.items():
            action = QAction(label, self.parent_widget)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(
                lambda _c=False, lang=code: self.window.choose_language(lang)
            )
            self.language_group.addAction(action)
            self.language_actions[code] = action

    def _build_menus(self) -> None:
        window = self.window
        bar = window.menuBar()
        file_menu = bar.addMenu(self.tr("文件(&F)"))
        file_menu.addActions([self.act_new, self.act_open])
        self.recent_menu = file_menu.addMenu(self.tr("最近打开(&R)"))
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.act_save, self.act_save_as])
        file_menu.addSeparator()
        file_menu.addActions([self.act_next_year, self.act_compare])
        file_menu.addSeparator()
        file_menu.addAction(self.act_review)
        file_menu.addSeparator()
        printing = self.printing
        file_menu.addActions([printing.act_export_pdf, printing.act_preview, printing.act_print])
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)

        edit_menu = bar.addMenu(self.tr("编辑(&E)"))
        edit_menu.addActions([self.act_undo, self.act_redo])
        edit_menu.addSeparator()
        edit_menu.addAction(self.act_find)
        edit_menu.addAction(self.act_settings)

        projects = window.projects
        project_menu = bar.addMenu(self.tr("项目(&P)"))
        project_menu.addActions(list(projects.actions_in_menu))
        project_menu.addSeparator()
        project_menu.addAction(projects.act_paste)
        project_menu.addAction(self.act_similar)
        project_menu.addSeparator()
        project_menu.addAction(self.act_department)

        indicators = window.indicators
        node_menu = bar.addMenu(self.tr("指标(&I)"))
        node_menu.addActions(list(indicators.node_actions))
        node_menu.addSeparator()
        node_menu.addAction(indicators.act_skeleton)
        node_menu.addAction(self.act_library)

        view_menu = bar.addMenu(self.tr("视图(&V)"))
        view_menu.addActions(list(indicators.column_actions.values()))
        view_menu.addSeparator()
        stages = window.form_pane.stages
        stage_menu = view_menu.addMenu(self.tr("填报阶段(&T)"))
        stage_menu.setObjectName("stageMenu")
        stage_menu.addActions(list(stages.actions.values()))
        stage_menu.addSeparator()
        stage_menu.addAction(stages.act_unlock)
        indicators.act_unlock = stages.act_unlock
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("语言 / Language"))
        language_menu.addActions(list(self.language_actions.values()))

        help_menu = bar.addMenu(self.tr("帮助(&H)"))
        help_menu.addAction(self.act_keys)
        help_menu.addAction(self.act_guide)
        help_menu.addSeparator()
        help_menu.addAction(self.act_about)

    def compare_with_other(self) -> CompareDialog | None:
        """文件 → 与其他版本比较…: reads another version and shows the changes from it."""
        if not self.comparison.choose():
            return None
        if self.compare_dialog is None:
            from ui.dialogs.compare_dialog import CompareDialog

            self.compare_dialog = CompareDialog(self.comparison, self.parent_widget)
        self.compare_dialog.show()
        self.compare_dialog.raise_()
        return self.compare_dialog

    def keys_page(self) -> str:
        """The page of keys: the window's menus, each pane's own keys, the tree's keys."""
        from ui.dialogs.help_pages import action_rows, table_html, tree_key_rows

        window = self.window
        projects, tree = window.projects.view.actions(), window.indicators.tree.actions()
        menu_actions = [  # a pane's own keys are listed under the pane, once
            action for menu in window.menuBar().findChildren(QMenu) for action in menu.actions()
            if action not in projects and action not in tree
        ]
        tree_keys = tree_key_rows()  # a key they describe (F2) is listed as described
        described = {keys for keys, _what in tree_keys}
        return table_html(self.tr("快捷键"), [
            (self.tr("菜单"), action_rows(menu_actions)),
            (self.tr("项目列表"), action_rows(projects)),
            (self.tr("绩效指标（指标树）"),
             [row for row in action_rows(tree) if row[0] not in described] + tree_keys),
        ])

    def show_keys(self) -> None:
        """帮助 → 快捷键."""
        from ui.dialogs.help_pages import HelpPage

        HelpPage(self.tr("快捷键"), self.keys_page(), self.parent_widget).exec()

    def show_guide(self) -> None:
        """帮助 → 填报说明."""
        from ui.dialogs.help_pages import HelpPage, guide_html

        page = guide_html(self.tr("填报说明"), self.tr("例："))
        HelpPage(self.tr("填报说明"), page, self.parent_widget).exec()

    def insert_from_library(self) -> None:
        """指标 → 从指标库插入…: the library dialog; the chosen entries go under the
        selected 二级 as one undo step."""
        from jxeditor.document.model import Project
        from jxeditor.library.similarity import purpose_text
        from ui.dialogs.library_dialog import LibraryDialog

        actions = self.window.library_actions
        session = self.window.session
        owner = session.tree_owner()  # a project's tree or the department's
        if owner is None:
            return
        _level1, level2 = actions.levels_of(actions.target_level2() or ())
        purpose = purpose_text(owner) if isinstance(owner, Project) else ""
        dialog = LibraryDialog(actions.library, level2, owner.name, self.parent_widget, purpose)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            actions.insert(dialog.chosen())

    def new_from_similar(self) -> None:
        """项目 → 从相似项目新建…: asks the new project's name, copies the tree (with
        values) of the most similar project the library has learned."""
        name, ok = QInputDialog.getText(
            self.parent_widget, self.tr("从相似项目新建"), self.tr("新项目名称："))
        if ok and name.strip() and self.window.library_actions.new_from_similar(
                name.strip()) is None:
            self.window.session.questions.show_info(
                self.tr("本机指标库中没有与“{0}”相似的项目。").format(name.strip()))

    def _find(self) -> None:
        search = self.window.search
        search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        search.selectAll()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = recent_files()
        if not files:
            empty = self.recent_menu.addAction(self.tr("（无）"))
            empty.setEnabled(False)
            return
        for number, name in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{number} {name}")
            action.triggered.connect(lambda _c=False, f=name: self.window.files.open_path(f))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Lets the window's undo and redo shortcuts win over a text field's own."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            if any(pressed == QKeySequence(k) for k in UNDO_KEYS):
                event.ignore()
                return True  # not overridden: the window's undo/redo shortcut runs
        return super().eventFilter(watched, event)


def _export_review_report(files: DocumentFiles) -> object:
    """文件 → 导出审核意见 (:mod:`ui.session.review_export`, imported on first use)."""
    from ui.session.review_export import export_review_report

    return export_review_report(files)


def _make_next_year(files: DocumentFiles) -> bool:
    """文件 → 生成下一年度 (:func:`ui.session.yearly_files.make_next_year`)."""
    from ui.session.yearly_files import make_next_year

    return make_next_year(files)


def _step(verb: str, text: str) -> str:
    """``撤销 修改“年度金额”`` (just the verb when there is nothing to undo)."""
    return f"{verb} {text}" if text else verb
