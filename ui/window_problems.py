"""The problems side of the main window: counts in the status bar, icons in the project
list and tree, frames in the form, going to a problem's place, and applying a fix
(as one undo command).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMenu

from jxeditor.document.model import Document, Indicator
from jxeditor.rules.problems import Problem
from ui.commands import SetNodeFieldCommand, SetProjectFieldCommand
from ui.field_values import value_from_text
from ui.problems_model import PROBLEM_ROLE
from ui.tree_model import worst


class ProblemsMixin:
    """Mixed into :class:`ui.main_window.MainWindow` (a QMainWindow)."""

    doc: Document
    stack: QUndoStack

    def _filter_problems(self) -> None:
        project = self.current_project()
        if self.problems_current_only.isChecked():
            text = "-" if project is None else str(project)
            self.problems_filter.setFilterRegularExpression(f"^{text}$")
        else:
            self.problems_filter.setFilterRegularExpression("")

    # == problems ==========================================================================
    def apply_fix(self, problem: Problem) -> bool:
        """Applies a problem's offered fix as one undo command."""
        fix = problem.fix
        if fix is None or not 0 <= problem.project < len(self.doc.projects):
            return False
        text = self.tr("修正：{0}").format(fix.label)
        if problem.field is not None:
            value = value_from_text(problem.field, fix.new_value)
            self.stack.push(
                SetProjectFieldCommand(self.doc, problem.project, problem.field, value, text=text)
            )
            return True
        if problem.path is not None:
            try:
                node = self.doc.node(problem.project, tuple(problem.path))
            except IndexError:
                return False  # the tree changed since the problem was found
            if not isinstance(node, Indicator):
                return False
            self.stack.push(
                SetNodeFieldCommand(
                    self.doc, problem.project, tuple(problem.path), "value", fix.new_value, text
                )
            )
            return True
        return False

    def go_to_problem(self, problem: Problem) -> None:
        """Shows the project and focuses the field or selects the indicator of a problem."""
        if not 0 <= problem.project < len(self.doc.projects):
            return
        if problem.project != self.current_project():
            self.show_project(problem.project)
        if problem.field is not None and self.form.focus_field(problem.field):
            widget = self.form.widgets[problem.field]
            self.form_scroll.ensureWidgetVisible(widget)
            return
        if problem.path:
            index = self.tree_model.index_of_path(tuple(problem.path))
            if index.isValid():
                self.tree.setCurrentIndex(index)
                self.tree.scrollTo(index)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)  # tree-wide problems too

    def _on_problem_activated(self, index: QModelIndex) -> None:
        problem = index.data(PROBLEM_ROLE)
        if isinstance(problem, Problem):
            self.go_to_problem(problem)

    def _problems_context_menu(self, pos: Any) -> None:
        index = self.problems_view.indexAt(pos)
        problem = index.data(PROBLEM_ROLE) if index.isValid() else None
        if not isinstance(problem, Problem):
            return
        menu = QMenu(self)
        go = menu.addAction(self.tr("转到"))
        go.triggered.connect(lambda _c=False: self.go_to_problem(problem))
        if problem.fix is not None:
            fix = menu.addAction(self.tr("修正：{0}").format(problem.fix.label))
            fix.triggered.connect(lambda _c=False: self.apply_fix(problem))
        menu.exec(self.problems_view.viewport().mapToGlobal(pos))

    def _on_problems_changed(self, index: int, _old: list, new: list) -> None:
        self.project_model.set_severity(index, worst(new))
        if index == self.current_project():
            self.form.set_problems(new)
            self.tree_model.set_problems(new)

    def _on_problems_reset(self) -> None:
        self.project_model.set_severities([worst(plist) for plist in self.live.problems])
        current = self.current_project()
        if current is not None and current < len(self.live.problems):
            self.form.set_problems(self.live.problems[current])
            self.tree_model.set_problems(self.live.problems[current])

    def _show_counts(self, errors: int, warnings: int) -> None:
        self.errors_label.setText(self.tr("错误 {0}").format(errors))
        self.warnings_label.setText(self.tr("警告 {0}").format(warnings))
        colour = "#d32f2f" if errors else "palette(window-text)"
        self.errors_label.setStyleSheet(f"color: {colour}; padding: 0 6px;")
        self.warnings_label.setStyleSheet("padding: 0 6px;")
