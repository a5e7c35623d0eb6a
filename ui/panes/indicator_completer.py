"""The third-level name editor of the indicator tree: a line edit whose completer shows
suggestions from the indicator libraries (name and typical value) as one types.

The suggestions come from a callable (what was typed → suggestions, best first), so the
editor knows nothing of the libraries. Each edit asks again; the popup shows the
suggestions unfiltered (the ranking already matched what was typed), with no line
chosen. What is typed reaches the document at once, like every line editor of the tree
(:class:`~ui.panes.stage_editors.LiveLine`). On a desktop the popup takes the keyboard while it shows: Enter and Tab there
act as in the editor itself (Enter keeps what was typed, Tab moves to the next cell) until
the person moves into the list (↓ or ↑). Choosing a line (Enter or Tab on it, or a click)
emits :attr:`NameEditor.chosen`; the pane then fills the name and the value as one undo
step (:attr:`NameEditor.move_on` tells that Tab chose it). ↓ (or Ctrl+Space) with no popup
open asks for suggestions for the text as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeAlias

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QCompleter, QWidget

from ui.panes.stage_editors import LiveLine
from ui.platform.qtcompat import emit

if TYPE_CHECKING:  # the library's modules come after start-up (ui.session.learning)
    from jxeditor.library.suggest import Suggestion

Suggest: TypeAlias = "Callable[[str], list[Suggestion]]"
AnyIndex = QModelIndex | QPersistentModelIndex
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_TAB = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


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
            from jxeditor.library.entries import USER  # loaded with the suggestions

            mine = self.tr("（本机）") if item.source == USER else ""
            return f"{item.name}　{item.value}{mine}" if item.value else item.name + mine
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.explanation or None
        return None


class NameEditor(LiveLine):
    """The editor of a third-level name, with the library's suggestions; each keystroke
    reaches the document at once (the delegate gives it its typing run)."""

    chosen = Signal(object)  # the Suggestion picked

    def __init__(self, suggest: Suggest, parent: QWidget | None = None) -> None:
        super().__init__(None, parent)
        self.setObjectName("indicatorNameEditor")
        self._suggest = suggest
        self.suggestions = SuggestionModel(self)
        self.completer_ = QCompleter(self.suggestions, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCompletionRole(Qt.ItemDataRole.EditRole)
        self.completer_.setMaxVisibleItems(12)
        self.completer_.setWidget(self)
        self.completer_.activated.connect(self._activated)
        self.move_on = False  # the suggestion was chosen with Tab: go on to the next cell
        popup = self.completer_.popup()
        if popup is not None:
            popup.installEventFilter(self)  # after the completer's: sees the keys first
        self.textEdited.disconnect(self._send)  # the list first, then the document
        self.textEdited.connect(self.show_suggestions)
        self.textEdited.connect(self._send)

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
        if popup is not None:  # no line chosen until the person moves into the list
            popup.selectionModel().clear()
        return len(items)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter and Tab in the popup, when no line is chosen there: the popup closes and
        the key goes to this editor, through the view's delegate (which commits what was
        typed, then moves on) as if no popup had shown. Tab on a chosen line chooses it."""
        popup = self.completer_.popup()
        if (watched is not popup or popup is None or event.type() != QEvent.Type.KeyPress
                or not isinstance(event, QKeyEvent)):
            return super().eventFilter(watched, event)
        key = event.key()
        if key not in _ENTER and key not in _TAB:
            return False
        picked = popup.selectionModel().hasSelection()
        if picked and key in _ENTER:
            return False  # the completer activates the chosen line
        popup.hide()
        if picked and key == Qt.Key.Key_Tab:
            self.move_on = True
            self._activated(popup.currentIndex().data(Qt.ItemDataRole.EditRole))
            return True
        QApplication.sendEvent(self, QKeyEvent(
            event.type(), key, event.modifiers(), event.text(), event.isAutoRepeat(),
            event.count()))
        return True

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
