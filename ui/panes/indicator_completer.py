"""The third-level name editor of the indicator tree: a line edit whose completer shows
suggestions from the indicator libraries (name and typical value) as one types.

The suggestions come from a callable (what was typed → suggestions, best first), so the
editor knows nothing of the libraries. Each edit asks again; the popup shows the
suggestions unfiltered (the ranking already matched what was typed). Choosing one
(Enter or a click) emits :attr:`NameEditor.chosen`; the pane then fills the name and the
value as one undo step. ↓ (or Ctrl+Space) with no popup open asks for suggestions for
the text as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from jxeditor.library.entries import USER
from jxeditor.library.suggest import Suggestion
from ui.platform.qtcompat import emit

Suggest = Callable[[str], list[Suggestion]]
AnyIndex = QModelIndex | QPersistentModelIndex


class SuggestionModel(QAbstractListModel):
    """Suggestions as rows: the name (what is inserted), the name with its typical value
    (what is shown), the explanation as tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[Suggestion] = []

    def set_items(self, items: list[Suggestion]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.EditRole:
            return item.name
        if role == Qt.ItemDataRole.DisplayRole:
            mine = self.tr("（本机）") if item.source == USER else ""
            return f"{item.name}　{item.value}{mine}" if item.value else item.name + mine
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.explanation or None
        return None


class NameEditor(QLineEdit):
    """The editor of a third-level name, with the library's suggestions."""

    chosen = Signal(object)  # the Suggestion picked

    def __init__(self, suggest: Suggest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indicatorNameEditor")
        self._suggest = suggest
        self.suggestions = SuggestionModel(self)
        self.completer_ = QCompleter(self.suggestions, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCompletionRole(Qt.ItemDataRole.EditRole)
        self.completer_.setMaxVisibleItems(12)
        self.completer_.setWidget(self)
        self.completer_.activated.connect(self._activated)
        self.textEdited.connect(self.show_suggestions)

    def show_suggestions(self, text: str | None = None) -> int:
        """Asks for suggestions for ``text`` (the editor's text when None) and shows them;
        returns how many."""
        items = self._suggest(self.text() if text is None else text)
        self.suggestions.set_items(items)
        popup = self.completer_.popup()
        if not items:
            if popup is not None:
                popup.hide()
            return 0
        self.completer_.complete()
        return len(items)

    def _activated(self, name: str) -> None:
        popup = self.completer_.popup()
        row = popup.currentIndex().row() if popup is not None else -1
        items = self.suggestions.items
        if not (0 <= row < len(items) and items[row].name == name):
            row = next((i for i, item in enumerate(items) if item.name == name), -1)
        if row >= 0:
            self.setText(items[row].name)
            emit(self.chosen, items[row])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self.completer_.popup()
        asks = event.key() == Qt.Key.Key_Down or (
            event.key() == Qt.Key.Key_Space
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if asks and (popup is None or not popup.isVisible()):
            self.show_suggestions()
            return
        super().keyPressEvent(event)
