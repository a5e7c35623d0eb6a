"""The editors of the department form's tables (:mod:`ui.panes.department_form`).

Like every editor (:mod:`ui.session.typing`), a cell's editor writes each keystroke to
the document at once through a typing run on the item's field, the keystrokes of one
visit being one undo step, Esc putting the value back: nothing waits for the editor to
close, so saving, undoing or switching never loses what is typed. A task's 对应项目 gets
:class:`LinkedProjectsEdit`: the codes (or names, where a project has no code) separated
by ``、``, the document's projects offered as one types (by code or name), the one chosen
replacing what was typed after the last ``、``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from jxeditor.document.fields import LIST_SEPARATOR, parse_in_unit, same_value
from jxeditor.document.model import Project
from ui.panes.stage_editors import LiveLine, Typed
from ui.session.editor_session import EditorSession
from ui.session.typing import TypedField

AnyIndex = QModelIndex | QPersistentModelIndex


def project_key(project: Project) -> str:
    """How a task names a project: its code, or its name where it has none."""
    return project.code.strip() or project.name.strip()


class LinkedProjectsEdit(LiveLine):
    """A line of project codes separated by ``、`` that offers the document's projects
    (what is typed or chosen goes to ``typed``, a typing run's ``set``)."""

    def __init__(
        self, projects: list[Project], parent: QWidget | None = None, typed: Typed | None = None,
        ended: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(typed, parent, ended)
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
        self._send(self.text())


class DepartmentCellDelegate(QStyledItemDelegate):
    """Opens the tables' editors (the 对应项目 one for a ``projects`` column), each
    writing through a typing run on its item's field."""

    def __init__(self, session: EditorSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        model = index.model()
        columns = getattr(model, "columns", ())
        item = model.item(index.row()) if hasattr(model, "item") else None
        if item is None or not 0 <= index.column() < len(columns):
            return super().createEditor(parent, option, index)
        path = columns[index.column()].path
        run = self.session.begin_typing(TypedField.of(item, path))
        if path == "projects":
            return LinkedProjectsEdit(self.session.doc.projects, parent, run.set, run.end)
        editor = LiveLine(run.set, parent, run.end)
        editor.setObjectName("departmentCellEditor")
        return editor

    def _same(self, index: AnyIndex, a: str, b: str) -> bool:
        spec = getattr(index.model(), "columns", ())[index.column()]
        unit = self.session.doc.money_unit
        return same_value(parse_in_unit(spec, a, unit), parse_in_unit(spec, b, unit))

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if not isinstance(editor, LiveLine):
            super().setEditorData(editor, index)
            return
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if editor.opened_with is not None and self._same(index, editor.text(), text):
            return  # re-read (a problem's mark): the text as typed stays
        editor.setText(text)  # opened, or the document changed under it (an undo)
        editor.opened_with = text

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, LiveLine):
            editor.finish()  # every keystroke is in the document: only the run ends
        else:
            super().setModelData(editor, model, index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape and isinstance(watched, LiveLine)):
            watched.revert()  # its keystrokes reached the document: take them back
        return super().eventFilter(watched, event)
