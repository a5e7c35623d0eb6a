"""Cell editors of the stages' columns in the indicator tree.

- 实际完成值 of a qualitative target: a drop-down of the three verdicts (达成年度指标,
  部分达成年度指标并具有一定效果, 未达成年度指标且效果较差), text still possible;
- 完成可能性: a drop-down of 确定能 / 有可能 / 完全不可能 (or not said);
- 偏差原因 of the 运行监控: a checkable list of the causes (Space ticks the current one),
  as wide as its longest cause;
- (for the delegate) a group's name: a drop-down of the framework's names, typed or chosen;
- the other text cells of an indicator (实际完成值, 分值, 得分, …, and, as the base of the
  tree's 年度指标值 and name editors, any text cell): a line edit whose every keystroke
  goes to the document at once through a :class:`~ui.session.typing.TypingRun`, so the
  scores and problems follow the typing and nothing waits for the editor to close (Esc
  puts the value back and so takes the undo step away).

Every one of them, drop-downs and the list of causes included, writes each change to the
document at once through a typing run (a choice made, a cause ticked), so nothing waits
for the editor to close. The delegate (:mod:`ui.panes.delegates`) creates them by the
column's kind.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QListWidgetItem, QWidget

from jxeditor.document.model import Indicator, Level1, Level2
from jxeditor.document.stages import CAUSES, POSSIBILITIES
from jxeditor.document.values import parse_value
from jxeditor.scoring.qualitative import VERDICTS
from ui.models import stage_columns as sc
from ui.models.tree_model import IndicatorTreeModel
from ui.session.typing import TypedField, TypingRun

AnyIndex = QModelIndex | QPersistentModelIndex


class CausesEditor(QListWidget):
    """The causes of a deviation, each a checkable item; each tick reaches the document at
    once (``typed``, a typing run's ``set``, with the list of causes ticked), the ticks of
    one visit being one undo step; Esc puts the causes back."""

    def __init__(
        self, parent: QWidget | None = None, typed: Callable[[list[str]], object] | None = None,
        ended: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("causesEditor")
        for cause in CAUSES:  # data values: never translated
            item = QListWidgetItem(cause, self)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.setCurrentRow(0)
        self.opened_with: str | None = None  # the causes when opened (set by the delegate)
        self._typed, self._ended = typed, ended
        self._showing = False
        self.itemChanged.connect(lambda _item: self._send())

    def is_live(self) -> bool:
        return self._typed is not None

    def _send(self) -> None:
        if self._typed is not None and self.opened_with is not None and not self._showing:
            self._typed(self.checked())

    def show_text(self, text: str) -> None:
        """Ticks the causes of the cell's ``text`` (nothing sent)."""
        self._showing = True
        try:
            self.set_checked(text.split(sc.CAUSES_SEPARATOR))
        finally:
            self._showing = False

    def revert(self) -> None:
        """Esc: the causes ticked when the editor opened are back."""
        if self.opened_with is not None and self.text() != self.opened_with:
            self.show_text(self.opened_with)
            self._send()

    def finish(self) -> None:
        """Enter, Tab or leaving the cell: the run ends (ticking again is a new step)."""
        if self._ended is not None:
            self._ended()

    def set_checked(self, causes: list[str]) -> None:
        """Ticks exactly ``causes``."""
        for row in range(self.count()):
            item = self.item(row)
            on = item.text() in causes
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def checked(self) -> list[str]:
        """The ticked causes, in the list's order."""
        return [
            self.item(row).text() for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        ]

    def text(self) -> str:
        """The ticked causes as the cell shows them."""
        return sc.CAUSES_SEPARATOR.join(self.checked())

    def place(self, cell: QRect) -> QRect:
        """Where the list opens over the tree: below the cell's top, as wide as the cell
        or its longest cause with its check box (whichever is wider), every row shown,
        moved left as far as needed to stay inside the tree's viewport."""
        frame = 2 * self.frameWidth()
        width = max(cell.width(), self.sizeHintForColumn(0) + frame + 8)
        height = self.sizeHintForRow(0) * self.count() + frame + 2
        rect = QRect(cell.left(), cell.top(), width, height)
        parent = self.parentWidget()
        bounds = None if parent is None else parent.rect()
        if bounds is not None and rect.right() > bounds.right():
            rect.moveRight(bounds.right())
            if rect.left() < bounds.left():
                rect.moveLeft(bounds.left())
        return rect


def qualitative(node: object) -> bool:
    """Whether ``node`` is a third-level indicator with a qualitative target."""
    return isinstance(node, Indicator) and parse_value(node.value).kind == "qualitative"


def stage_editor(kind: str, index: AnyIndex, parent: QWidget) -> QWidget | None:
    """The editor of a stage column of ``kind`` for the cell ``index`` (None: a line
    edit, :func:`live_line`); what it is given reaches the document at once through a
    typing run on the cell's field (none outside a tree's third-level indicator)."""
    if kind not in (sc.CAUSES, sc.POSSIBILITY, sc.ACTUAL):
        return None
    run = live_run(index)
    typed, ended = (None, None) if run is None else (run.set, run.end)
    if kind == sc.CAUSES:
        return CausesEditor(parent, typed, ended)
    if kind == sc.POSSIBILITY:
        combo = LiveCombo(["", *POSSIBILITIES], typed, parent, ended, editable=False)
        combo.setObjectName("possibilityEditor")
        return combo
    if qualitative(index.internalPointer()) and typed is not None:
        return VerdictEditor(typed, parent, ended)
    return None


def column_kind(index: AnyIndex) -> str:
    """The kind of the column of ``index`` in the tree model (``""``: unknown)."""
    columns = getattr(index.model(), "columns", ())
    column = index.column()
    return columns[column].kind if 0 <= column < len(columns) else ""


Typed = Callable[[str], object]


def leave_undo_keys(event: QEvent) -> bool:
    """For a live editor's :meth:`~PySide6.QtWidgets.QWidget.event`: Ctrl+Z and Ctrl+Y left
    to the window's 撤销 and 重做 (True: ``event`` is such a key, ignored), not taken by
    the line edit's own undo of a few characters."""
    if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
            and (event.matches(QKeySequence.StandardKey.Undo)
                 or event.matches(QKeySequence.StandardKey.Redo))):
        event.ignore()
        return True
    return False


class LiveLine(QLineEdit):
    """A line editor of an indicator's cell whose every keystroke reaches the document at
    once (``typed``, a :class:`~ui.session.typing.TypingRun`'s ``set``: one undo step for
    the whole run); :meth:`revert` (Esc) gives the cell its value back, which takes the
    step away again; :meth:`finish` (Enter, Tab, leaving the cell) ends the run. The
    tree's other line editors (年度指标值, the name) are of this kind too."""

    def __init__(
        self, typed: Typed | None, parent: QWidget | None, ended: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stageCellEditor")
        self.opened_with: str | None = None  # the text when opened (set by the delegate)
        self._typed: Typed | None = None
        self._ended: Callable[[], None] | None = None
        self.live(typed, ended)
        self.textEdited.connect(self._send)

    def live(self, typed: Typed | None, ended: Callable[[], None] | None = None) -> None:
        """Where the keystrokes go from now on, and what :meth:`finish` calls."""
        self._typed, self._ended = typed, ended

    def is_live(self) -> bool:
        return self._typed is not None

    def _send(self, text: str) -> None:
        if self._typed is not None:
            self._typed(text)

    def revert(self) -> None:
        """Esc: what the cell held when the editor opened is back."""
        if self.opened_with is not None and self.text() != self.opened_with:
            self.setText(self.opened_with)
            self._send(self.opened_with)

    def event(self, event: QEvent) -> bool:
        """Ctrl+Z and Ctrl+Y are the document's (the whole run is one step there), not the
        line edit's own undo of a few characters: the window's 撤销 and 重做 take them."""
        if self.is_live() and leave_undo_keys(event):
            return False
        return super().event(event)

    def finish(self) -> None:
        """Enter, Tab or leaving the cell: the run ends (typing again is a new step)."""
        if self._ended is not None:
            self._ended()


class LiveCombo(QComboBox):
    """A drop-down of ``items`` whose choice (with the arrow keys, the list or, editable,
    typed) reaches the document at once (``typed``, a typing run's ``set``), the changes
    of one visit being one undo step; :meth:`revert` (Esc) puts the value back,
    :meth:`finish` (Enter, Tab, leaving the cell) ends the run. Nothing is sent while the
    delegate fills it in (``opened_with`` still None)."""

    def __init__(
        self, items: list[str], typed: Typed | None, parent: QWidget,
        ended: Callable[[], None] | None = None, *, editable: bool = True,
    ) -> None:
        super().__init__(parent)
        self.opened_with: str | None = None  # the text when opened (set by the delegate)
        self._typed = typed
        self._ended = ended
        self._showing = False
        self.setEditable(editable)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems(items)
        self.currentTextChanged.connect(self._send)

    def is_live(self) -> bool:
        return self._typed is not None

    def _send(self, text: str) -> None:
        if self._typed is not None and self.opened_with is not None and not self._showing:
            self._typed(text.strip())

    def event(self, event: QEvent) -> bool:
        """Ctrl+Z and Ctrl+Y are the document's, as in a :class:`LiveLine`."""
        if self._typed is not None and leave_undo_keys(event):
            return False
        return super().event(event)

    def text(self) -> str:
        """What the box shows."""
        return self.currentText()

    def show_text(self, text: str) -> None:
        """Shows ``text`` (the one item of that text when not editable); nothing sent."""
        self._showing = True
        try:
            if self.isEditable():
                self.setEditText(text)
            else:
                self.setCurrentIndex(max(0, self.findText(text)))
        finally:
            self._showing = False

    def commit(self) -> None:
        """Enter, or leaving the cell: what the box shows (a completed choice); the run
        ends."""
        self._send(self.currentText())
        if self._ended is not None and self.opened_with is not None:
            self._ended()

    finish = commit

    def revert(self) -> None:
        """Esc: what the cell held when the editor opened is back."""
        if self.opened_with is not None and self.currentText() != self.opened_with:
            self.show_text(self.opened_with)
            self._send(self.currentText())


class VerdictEditor(LiveCombo):
    """The 实际完成值 of a qualitative target: the three verdicts, or typed; the score
    follows the verdict chosen at once."""

    def __init__(
        self, typed: Typed, parent: QWidget, ended: Callable[[], None] | None = None,
    ) -> None:
        super().__init__([v.text for v in VERDICTS], typed, parent, ended)
        self.setObjectName("verdictEditor")


def live_run(index: AnyIndex) -> TypingRun | None:
    """A typing run in the field of the tree's cell ``index``: a third-level indicator's
    field, or a group's name (None: none of these, or the tree shows no project's or
    department's tree)."""
    model = index.model()
    if not isinstance(model, IndicatorTreeModel) or model.owner is None:
        return None
    columns = model.columns
    node = index.internalPointer() if index.isValid() else None
    if not 0 <= index.column() < len(columns) or not isinstance(node, (Level1, Level2, Indicator)):
        return None
    if not isinstance(node, Indicator) and columns[index.column()].key != "name":
        return None
    column = columns[index.column()]
    if column.spec is None:
        return None  # last year's, read-only
    return model.session.begin_typing(TypedField(model.owner, column.key, node))


def live_line(index: AnyIndex, parent: QWidget) -> LiveLine | None:
    """A line edit for an indicator's text cell whose keystrokes reach the document at
    once (None: not a field of a third-level indicator)."""
    run = live_run(index)
    if run is None or not isinstance(run.field.indicator, Indicator):
        return None
    return LiveLine(run.set, parent, run.end)
