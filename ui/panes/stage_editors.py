"""Cell editors of the stages' columns in the indicator tree.

- 实际完成值 of a qualitative target: a drop-down of the three verdicts (达成年度指标,
  部分达成年度指标并具有一定效果, 未达成年度指标且效果较差), text still possible; the
  verdict chosen counts at once, like typing;
- 完成可能性: a drop-down of 确定能 / 有可能 / 完全不可能 (or not said);
- 偏差原因 of the 运行监控: a checkable list of the causes (Space ticks the current one),
  as wide as its longest cause;
- the other text cells of an indicator (实际完成值, 分值, 得分, …, and, as the base of the
  tree's 年度指标值 and name editors, any text cell): a line edit whose every keystroke
  goes to the document at once through a :class:`~ui.session.typing.TypingRun`, so the
  scores and problems follow the typing and nothing waits for the editor to close (Esc
  puts the value back and so takes the undo step away).

The delegate (:mod:`ui.panes.delegates`) creates them by the column's kind and writes
what they hold through the model, which asks the session.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QListWidgetItem, QWidget

from jxeditor.document.model import Indicator
from jxeditor.document.stages import CAUSES, POSSIBILITIES
from jxeditor.document.values import parse_value
from jxeditor.scoring.qualitative import VERDICTS
from ui.models import stage_columns as sc
from ui.models.tree_model import IndicatorTreeModel
from ui.session.typing import TypedField, TypingRun

AnyIndex = QModelIndex | QPersistentModelIndex


class CausesEditor(QListWidget):
    """The causes of a deviation, each a checkable item."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("causesEditor")
        for cause in CAUSES:  # data values: never translated
            item = QListWidgetItem(cause, self)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.setCurrentRow(0)

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
    edit, :func:`live_line`)."""
    if kind == sc.CAUSES:
        return CausesEditor(parent)
    if kind == sc.POSSIBILITY:
        combo = QComboBox(parent)
        combo.setObjectName("possibilityEditor")
        combo.addItems(["", *POSSIBILITIES])
        return combo
    if kind == sc.ACTUAL and qualitative(index.internalPointer()):
        run = live_run(index)
        return None if run is None else VerdictEditor(run.set, parent, run.end)
    return None


def column_kind(index: AnyIndex) -> str:
    """The kind of the column of ``index`` in the tree model (``""``: unknown)."""
    columns = getattr(index.model(), "columns", ())
    column = index.column()
    return columns[column].kind if 0 <= column < len(columns) else ""


Typed = Callable[[str], object]


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
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and self.is_live() and (event.matches(QKeySequence.StandardKey.Undo)
                                        or event.matches(QKeySequence.StandardKey.Redo))):
            event.ignore()
            return False
        return super().event(event)

    def finish(self) -> None:
        """Enter, Tab or leaving the cell: the run ends (typing again is a new step)."""
        if self._ended is not None:
            self._ended()


class VerdictEditor(QComboBox):
    """The 实际完成值 of a qualitative target: the three verdicts, or typed; a verdict
    chosen with the arrow keys or typed reaches the document at once (the score follows),
    Enter keeps it as the same undo step, Esc puts the value back."""

    def __init__(
        self, typed: Typed, parent: QWidget, ended: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("verdictEditor")
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems([v.text for v in VERDICTS])
        self.opened_with: str | None = None  # the text when opened (set by the delegate)
        self._typed = typed
        self._ended = ended
        line = self.lineEdit()
        if line is not None:
            line.textEdited.connect(self._send)
        self.activated.connect(lambda _i: self._send(self.currentText()))

    def _send(self, text: str) -> None:
        if self.opened_with is not None:  # not while the delegate fills it in
            self._typed(text.strip())

    def commit(self) -> None:
        """Enter, or leaving the cell: what the editor shows (a completed verdict); the
        run ends."""
        self._send(self.currentText())
        if self._ended is not None and self.opened_with is not None:
            self._ended()

    def revert(self) -> None:
        """Esc: what the cell held when the editor opened is back."""
        if self.opened_with is not None and self.currentText() != self.opened_with:
            self.setEditText(self.opened_with)
            self._send(self.opened_with)


def live_run(index: AnyIndex) -> TypingRun | None:
    """A typing run in the field of the indicator's cell ``index`` (None: not a field of a
    third-level indicator, or the tree shows no project's or department's tree)."""
    model = index.model()
    if not isinstance(model, IndicatorTreeModel) or model.owner is None:
        return None
    columns = model.columns
    node = index.internalPointer() if index.isValid() else None
    if not 0 <= index.column() < len(columns) or not isinstance(node, Indicator):
        return None
    column = columns[index.column()]
    if column.spec is None:
        return None  # last year's, read-only
    return model.session.begin_typing(TypedField(model.owner, column.key, node))


def live_line(index: AnyIndex, parent: QWidget) -> LiveLine | None:
    """A line edit for an indicator's text cell whose keystrokes reach the document at
    once (None: not a field of a third-level indicator)."""
    run = live_run(index)
    return None if run is None else LiveLine(run.set, parent, run.end)
