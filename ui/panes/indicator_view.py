"""The indicator tree's view: every cell reachable from the keyboard, as in a spreadsheet.

- Tab in an open editor moves to the next editable cell of the row (name → 年度指标值 →
  描述 → 依据, as far as those columns are shown), then to the next row's name;
  Shift+Tab goes back.
- Enter commits and moves down the same column to the next cell that can be edited
  (group rows skipped where the column is an indicator's, into the next group), opening
  its editor so that typing goes on: ``96%`` Enter ``98%`` Enter down the 实际完成值.
  In the name column (every row a name) it moves one row down, no editor opened.
- Left and Right move between columns when no editor is open (+ and - still open and
  close a group, as * opens all).
- Typing on a selected cell starts editing it, the typed key included (as in Excel).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTreeView, QWidget

AnyIndex = QModelIndex | QPersistentModelIndex
Hint = QAbstractItemDelegate.EndEditHint
Move = QAbstractItemView.CursorAction


class IndicatorTreeView(QTreeView):
    """A tree view whose cursor moves cell by cell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._enter = False  # the open editor is being closed by Enter
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )

    # -- where the cursor goes ------------------------------------------------------------
    def _visible_columns(self) -> list[int]:
        model = self.model()
        count = model.columnCount() if model is not None else 0
        return [c for c in range(count) if not self.isColumnHidden(c)]

    def _editable(self, index: QModelIndex) -> bool:
        return bool(index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable)

    def _next_cell(self, index: QModelIndex, forward: bool) -> QModelIndex:
        """The next (or previous) editable cell: along the row, then on the next row."""
        columns = self._visible_columns()
        if not index.isValid() or not columns:
            return index
        position = columns.index(index.column()) if index.column() in columns else 0
        step = 1 if forward else -1
        candidates = columns[position + 1:] if forward else list(reversed(columns[:position]))
        for column in candidates:
            cell = index.siblingAtColumn(column)
            if self._editable(cell):
                return cell
        row = self.indexBelow(index.siblingAtColumn(0)) if step > 0 else self.indexAbove(
            index.siblingAtColumn(0)
        )
        if not row.isValid():
            return index
        if forward:
            return row
        for column in reversed(columns):  # backwards: the last editable cell of that row
            cell = row.siblingAtColumn(column)
            if self._editable(cell):
                return cell
        return row

    def moveCursor(self, cursorAction: Move, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        current = self.currentIndex()
        if cursorAction in (Move.MoveNext, Move.MovePrevious) and current.isValid():
            return self._next_cell(current, cursorAction == Move.MoveNext)
        if cursorAction in (Move.MoveLeft, Move.MoveRight) and current.isValid():
            columns = self._visible_columns()
            if current.column() in columns:
                position = columns.index(current.column())
                position += 1 if cursorAction == Move.MoveRight else -1
                if 0 <= position < len(columns):
                    return current.siblingAtColumn(columns[position])
            return current
        return super().moveCursor(cursorAction, modifiers)

    def note_enter(self) -> None:
        """The delegate saw Enter in the open editor: after closing it, move down."""
        self._enter = True

    def cell_below(self, index: QModelIndex) -> QModelIndex:
        """Where Enter goes from ``index``: down its column to the next editable cell
        (the next row in the name column; invalid when there is none)."""
        if not index.isValid():
            return QModelIndex()
        column = index.column()
        row = self.indexBelow(index.siblingAtColumn(0))
        while row.isValid():
            cell = row.siblingAtColumn(column)
            if column == 0 or self._editable(cell):
                return cell
            row = self.indexBelow(row)
        return QModelIndex()

    def closeEditor(self, editor: QWidget, hint: Hint) -> None:
        """Enter commits, then the cursor moves down to :meth:`cell_below` and, beside
        the name column, edits it (Qt closes editors with the same hint when the current
        row changes: only a real Enter moves)."""
        enter, self._enter = self._enter, False
        super().closeEditor(editor, hint)
        if enter and hint == Hint.SubmitModelCache:
            below = self.cell_below(self.currentIndex())
            if below.isValid():
                self.setCurrentIndex(below)
                if below.column() != 0:
                    self.edit(below)
