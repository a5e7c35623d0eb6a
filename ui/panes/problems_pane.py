"""The problems pane: every problem of the document (or of the current project only),
going to a problem's place (double-click, Enter) and applying a fix (right-click), both
through the session; and the error and warning counts for the status bar."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jxeditor.document.model import Project
from ui.models.problems_model import PROJECT_ROLE, ProblemsModel
from ui.session.editor_session import EditorSession


class ProblemsPane(QWidget):
    """The problems table with its "current project only" switch."""

    def __init__(self, session: EditorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = ProblemsModel(session.live, self)
        self.filter = QSortFilterProxyModel(self)
        self.filter.setSourceModel(self.model)
        self.filter.setFilterRole(PROJECT_ROLE)
        self.view = view = QTableView(self)
        view.setObjectName("problemsView")
        view.setModel(self.filter)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 4)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAlternatingRowColors(True)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.doubleClicked.connect(self.go_to)
        view.activated.connect(self.go_to)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.resizeSection(0, 80)
        header.resizeSection(1, 260)
        header.resizeSection(2, 260)
        header.setStretchLastSection(True)
        self.current_only = QCheckBox(self.tr("只显示当前项目的问题"), self)
        self.current_only.setObjectName("problemsCurrentOnly")
        self.current_only.toggled.connect(lambda _on: self._filter())
        title_row = QHBoxLayout()
        title_row.addWidget(QLabel(self.tr("问题（双击转到；右键可修正）"), self), 1)
        title_row.addWidget(self.current_only)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(title_row)
        layout.addWidget(view, 1)
        session.currentProjectChanged.connect(lambda _p: self._filter())

    def _filter(self) -> None:
        if self.current_only.isChecked():
            key = ProblemsModel.project_key(self.session.current)
            self.filter.setFilterRegularExpression(f"^{key}$")
        else:
            self.filter.setFilterRegularExpression("")

    def _row(self, index: QModelIndex) -> tuple[Project | None, Any]:
        source = index if index.model() is self.model else self.filter.mapToSource(index)
        return self.model.project(source), self.model.problem(source)

    def go_to(self, index: QModelIndex) -> None:
        """Shows the place of the problem in row ``index`` (of the view or of the model)."""
        project, problem = self._row(index)
        if project is not None and problem is not None:
            self.session.go_to(project, problem.field, problem.path)

    def _context_menu(self, pos: Any) -> None:
        index = self.view.indexAt(pos)
        project, problem = self._row(index) if index.isValid() else (None, None)
        if project is None or problem is None:
            return
        menu = QMenu(self)
        go = menu.addAction(self.tr("转到"))
        go.triggered.connect(lambda _c=False: self.go_to(index))
        if problem.fix is not None:
            fix = menu.addAction(self.tr("修正：{0}").format(problem.fix.label))
            fix.triggered.connect(lambda _c=False: self.session.apply_fix(project, problem))
        menu.exec(self.view.viewport().mapToGlobal(pos))


class ProblemCounts(QWidget):
    """错误 N　警告 M, for the status bar; follows the live validation."""

    def __init__(self, session: EditorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors_label = QLabel(self)
        self.errors_label.setObjectName("errorCount")
        self.warnings_label = QLabel(self)
        self.warnings_label.setObjectName("warningCount")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.errors_label)
        layout.addWidget(self.warnings_label)
        session.live.countsChanged.connect(self.show_counts)
        self.show_counts(*session.live.counts())

    def show_counts(self, errors: int, warnings: int) -> None:
        """Writes the counts (errors in red when there are any)."""
        self.errors_label.setText(self.tr("错误 {0}").format(errors))
        self.warnings_label.setText(self.tr("警告 {0}").format(warnings))
        colour = "#d32f2f" if errors else "palette(window-text)"
        self.errors_label.setStyleSheet(f"color: {colour}; padding: 0 6px;")
        self.warnings_label.setStyleSheet("padding: 0 6px;")
