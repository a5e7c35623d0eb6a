"""The editors of the department form's tables (:mod:`ui.panes.department_form`).

:class:`DepartmentCellDelegate` knows the editor that is open, so that the session can
commit it before any document-level action (save, undo, switching): nothing typed is
lost. A task's 对应项目 gets :class:`LinkedProjectsEdit`: the codes (or names, where a
project has no code) separated by ``、``, the document's projects offered as one types
(by code or name), the one chosen replacing what was typed after the last ``、``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)
from shiboken6 import isValid

from jxeditor.document.fields import LIST_SEPARATOR
from jxeditor.document.model import Project
from ui.platform.qtcompat import emit
from ui.session.editor_session import EditorSession

AnyIndex = QModelIndex | QPersistentModelIndex


def project_key(project: Project) -> str:
    """How a task names a project: its code, or its name where it has none."""
    return project.code.strip() or project.name.strip()


class LinkedProjectsEdit(QLineEdit):
    """A line of project codes separated by ``、`` that offers the document's projects."""

    def __init__(self, projects: list[Project], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkedProjectsEditor")
        offered = QStandardItemModel(self)
        self.keys: dict[str, str] = {}  # the text offered -> the project's key
        for project in projects:
            key = project_key(project)
            shown = f"{project.code}　{project.name}".strip()
            if key and shown not in self.keys:
                self.keys[shown] = key
                offered.appendRow(QStandardItem(shown))
        self.offered = QCompleter(offered, self)
        self.offered.setCompletionRole(Qt.ItemDataRole.DisplayRole)
        self.offered.setFilterMode(Qt.MatchFlag.MatchContains)
        self.offered.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.offered.setWidget(self)
        self.offered.activated.connect(self.choose)
        self.textEdited.connect(self._offer)

    def _last(self) -> str:
        return self.text().rsplit(LIST_SEPARATOR, 1)[-1].strip()

    def _offer(self, _text: str) -> None:
        typed = self._last()
        if not typed:
            popup = self.offered.popup()
            if popup is not None:
                popup.hide()
            return
        self.offered.setCompletionPrefix(typed)
        self.offered.complete()

    def choose(self, shown: str) -> None:
        """Puts the chosen project's key in place of what was typed after the last ``、``."""
        key = self.keys.get(shown, "")
        if not key:
            return
        head, sep, _typed = self.text().rpartition(LIST_SEPARATOR)
        self.setText(f"{head}{sep}{key}")


class DepartmentCellDelegate(QStyledItemDelegate):
    """Opens the tables' editors (the 对应项目 one for a ``projects`` column) and commits
    the one still open when the session asks."""

    def __init__(self, session: EditorSession, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self.open_editor: QWidget | None = None
        session.add_editor_committer(self.commit_open_editor)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        columns = getattr(index.model(), "columns", ())
        if 0 <= index.column() < len(columns) and columns[index.column()].path == "projects":
            editor: QWidget = LinkedProjectsEdit(self.session.doc.projects, parent)
        else:
            editor = super().createEditor(parent, option, index)
        self.open_editor = editor
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, LinkedProjectsEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        if isinstance(editor, LinkedProjectsEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def destroyEditor(self, editor: QWidget, index: AnyIndex) -> None:
        if editor is self.open_editor:
            self.open_editor = None
        super().destroyEditor(editor, index)

    def commit_open_editor(self) -> bool:
        """Writes what the open editor holds to the document and closes it (True if one
        was open); the model makes no step when nothing changed."""
        editor = self.open_editor
        self.open_editor = None
        if editor is None or not isValid(editor):
            return False
        emit(self.commitData, editor)
        emit(self.closeEditor, editor, QStyledItemDelegate.EndEditHint.NoHint)
        return True
