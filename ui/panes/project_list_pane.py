"""The project list pane: the list of projects, its tool bar and the project actions,
including pasting tables copied out of Excel, WPS, Word or a PDF (Ctrl+V).

The selected row follows the session's current project, and choosing a row makes that
project current; nothing else is shown from here. The first row, 部门整体 (whenever the
document has a department block), shows the department's form instead
(``session.department``); Del on it removes the block, undoably. Copying a 绩效目标表 out of another
program puts tab-separated text on the clipboard; the core's table reader
(:func:`jxeditor.formats.tableimport.read_text`) finds every table in it and the
projects are inserted after the current one as one undo step ("粘贴 N 个项目"). The
shortcuts live on the list only (``WidgetShortcut``): Ctrl+V in a form field still
pastes text there.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QWidget,
)

from jxeditor.document.model import Project
from ui.models.project_list_model import ProjectListModel
from ui.panes.actions import titled_column, widget_action
from ui.platform.qtcompat import emit
from ui.session.editor_session import EditorSession
from ui.session.questions import Cancelled


class ProjectListPane(QWidget):
    """The projects of the document; the current one selected."""

    def __init__(self, session: EditorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = ProjectListModel(session, self)
        self.view = QListView(self)
        self.view.setObjectName("projectList")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setUniformItemSizes(True)
        self.view.setIconSize(QSize(16, 16))  # the same row height whatever the icons
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.selectionModel().currentChanged.connect(self._on_row_chosen)
        self.bar, self.title_row = titled_column(self, self.tr("项目"), self.view, "projectBar")
        self._build_actions()
        session.currentProjectChanged.connect(self._show_current)
        session.department.shownChanged.connect(lambda _on: self._show_current(session.current))
        session.stack.indexChanged.connect(lambda _i: self.update_actions())
        self._show_current(session.current)

    def _build_actions(self) -> None:
        view, s = self.view, self.session
        self.act_add = widget_action(view, self.tr("添加项目"), self.add_project, "Ins", self.tr("添加"))
        self.act_duplicate = widget_action(
            view, self.tr("复制项目"), s.duplicate_project, "Ctrl+D", self.tr("复制")
        )
        self.act_delete = widget_action(view, self.tr("删除项目"), self.delete, "Del", self.tr("删除"))
        self.act_up = widget_action(
            view, self.tr("项目上移"), lambda: s.move_project(-1), "Ctrl+Up", self.tr("上移")
        )
        self.act_down = widget_action(
            view, self.tr("项目下移"), lambda: s.move_project(1), "Ctrl+Down", self.tr("下移")
        )
        self.act_paste = widget_action(
            view, self.tr("粘贴项目（从 Excel/WPS/PDF 复制的表格）"), self.paste_projects,
            QKeySequence.StandardKey.Paste,
            tip=self.tr("把从 Excel、WPS、Word 或 PDF 复制的绩效目标表作为新项目粘贴进来"),
        )
        self.actions_in_menu: tuple[QAction, ...] = (
            self.act_add, self.act_duplicate, self.act_delete, self.act_up, self.act_down,
        )
        for action in self.actions_in_menu:
            self.bar.addAction(action)

    def wanted_width(self) -> int:
        """The width at which the projects' names show whole."""
        view = self.view
        chrome = view.verticalScrollBar().sizeHint().width() + 2 * view.frameWidth()
        return view.sizeHintForColumn(0) + chrome

    # == the current project ============================================================
    def _project_at(self, index: QModelIndex) -> Project | None:
        return self.model.project(index.row()) if index.isValid() else None

    def _on_row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and self.model.is_department(current.row()):
            self.session.department.show()
            return
        project = self._project_at(current)
        if project is not None and project is not self.session.current:
            self.session.set_current(project)

    def _show_current(self, project: Project | None) -> None:
        row = None if project is None else self.model.row_of(project)
        if project is None and self.session.department.shown:
            row = 0
        selection = self.view.selectionModel()
        if row is None:
            selection.clearCurrentIndex()
            selection.clearSelection()
        elif self.view.currentIndex().row() != row:
            selection.setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self.update_actions()

    def update_actions(self) -> None:
        """Enables what applies to the current project."""
        index = self.session.current_index()
        count = len(self.session.doc.projects)
        has = index is not None
        self.act_duplicate.setEnabled(has)
        self.act_delete.setEnabled(has or self.session.department.shown)
        self.act_delete.setText(self.tr("删除部门整体目标") if self.session.department.shown
                                else self.tr("删除项目"))
        self.act_up.setEnabled(index is not None and index > 0)
        self.act_down.setEnabled(index is not None and index < count - 1)

    def delete(self) -> None:
        """Del: removes the department block on its row, else the current project."""
        if self.session.department.shown:
            self.session.department.remove()
        else:
            self.session.delete_project()

    # == adding =========================================================================
    def add_project(self) -> None:
        """Adds a project after the current one and asks for its name."""
        self.session.add_project()
        self.session.go_to(self.session.current or self.session.doc.projects[-1], "name")

    def paste_projects(self, text: str | None = None) -> int:
        """Adds the tables found in ``text`` (default: the clipboard) as projects.

        Returns how many projects were added.
        """
        if text is None:
            text = QGuiApplication.clipboard().text()
        from jxeditor.formats.tableimport import read_text  # the table reader: on first paste

        questions = self.session.questions
        source = self.tr("剪贴板")
        try:
            result = questions.run_long(
                self.tr("正在读取粘贴的表格…"), lambda: read_text(text or "", source)
            )
        except Cancelled:
            emit(self.session.message, self.tr("已取消粘贴"))
            return 0
        if result.refused:  # over a limit: say which, rather than "no table found"
            questions.show_info(self.tr("粘贴的内容没有读入：{0}").format(result.refused))
            return 0
        if not result.projects:
            questions.show_info(self.tr(
                "剪贴板中没有找到绩效目标表。\n"
                "请在 Excel、WPS、Word 或 PDF 中选中整张表（从“项目名称”到最后一行指标）后复制，"
                "再回到项目列表按 Ctrl+V。"
            ))
            return 0
        doc = self.session.doc
        index = self.session.current_index()
        count = len(result.projects)
        self.session.insert_projects(
            len(doc.projects) if index is None else index + 1, result.projects,
            self.tr("粘贴 %n 个项目", "", count), replace_blank=True,
        )
        notices = list(result.notices)
        if result.document_year is not None and result.document_year != doc.year:
            notices.append(self.tr(
                "粘贴的表格是 {0} 年度的，本文档是 {1} 年度：请核对各项目的实施期和金额。"
            ).format(result.document_year, doc.year))
        if result.money_unit and result.money_unit != doc.money_unit:
            notices.append(self.tr(
                "粘贴的表格金额单位为“{0}”，本文档为“{1}”：金额按原数字读入，请核对。"
            ).format(result.money_unit, doc.money_unit))
        message = self.tr("已粘贴 %n 个项目（可用 Ctrl+Z 撤销）", "", count)
        emit(self.session.message, message)
        if notices:
            questions.show_info(message + "\n\n" + "\n".join(notices))
        return count
