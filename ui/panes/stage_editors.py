"""Cell editors of the stages' columns in the indicator tree.

- 实际完成值 of a qualitative target: a drop-down of the three verdicts (达成年度指标,
  部分达成年度指标并具有一定效果, 未达成年度指标且效果较差), text still possible; the
  verdict chosen counts at once, like typing;
- 完成可能性: a drop-down of 确定能 / 有可能 / 完全不可能 (or not said);
- 偏差原因 of the 运行监控: a checkable list of the causes (Space ticks the current one),
  as wide as its longest cause;
- the other text cells of a stage (实际完成值, 分值, 得分, …): a line edit whose every
  keystroke goes to the document at once, so the scores follow the typing (Esc puts
  the value back and so takes the undo step away).

The delegate (:mod:`ui.panes.delegates`) creates them by the column's kind and writes
what they hold through the model, which asks the session.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QListWidgetItem, QWidget

from jxeditor.document.model import Indicator
from jxeditor.document.stages import CAUSES, POSSIBILITIES
from jxeditor.document.values import parse_value
from jxeditor.scoring.qualitative import VERDICTS
from ui.models import stage_columns as sc
from ui.models.tree_model import IndicatorTreeModel

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
        typed = live_typer(index)
        return None if typed is None else VerdictEditor(typed, parent)
    return None


def column_kind(index: AnyIndex) -> str:
    """The kind of the column of ``index`` in the tree model (``""``: unknown)."""
    columns = getattr(index.model(), "columns", ())
    column = index.column()
    return columns[column].kind if 0 <= column < len(columns) else ""


_runs = [0]


class LiveLine(QLineEdit):
    """A stage text cell's editor: each keystroke reaches the document at once (one undo
    step for the whole run); :meth:`revert` (Esc) gives the cell its value back, which
    takes the step away again."""

    def __init__(self, typed: Callable[[str], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("stageCellEditor")
        self.opened_with: str | None = None  # the text when opened (set by the delegate)
        self._typed = typed
        self.textEdited.connect(typed)

    def revert(self) -> None:
        """Esc: what the cell held when the editor opened is back."""
        if self.opened_with is not None and self.text() != self.opened_with:
            self.setText(self.opened_with)
            self._typed(self.opened_with)


class VerdictEditor(QComboBox):
    """The 实际完成值 of a qualitative target: the three verdicts, or typed; a verdict
    chosen with the arrow keys or typed reaches the document at once (the score follows),
    Enter keeps it as the same undo step, Esc puts the value back."""

    def __init__(self, typed: Callable[[str], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("verdictEditor")
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems([v.text for v in VERDICTS])
        self.opened_with: str | None = None  # the text when opened (set by the delegate)
        self._typed = typed
        line = self.lineEdit()
        if line is not None:
            line.textEdited.connect(self._send)
        self.activated.connect(lambda _i: self._send(self.currentText()))

    def _send(self, text: str) -> None:
        if self.opened_with is not None:  # not while the delegate fills it in
            self._typed(text.strip())

    def commit(self) -> None:
        """Enter, or leaving the cell: what the editor shows (a completed verdict)."""
        self._send(self.currentText())

    def revert(self) -> None:
        """Esc: what the cell held when the editor opened is back."""
        if self.opened_with is not None and self.currentText() != self.opened_with:
            self.setEditText(self.opened_with)
            self._send(self.opened_with)


def live_typer(index: AnyIndex) -> Callable[[str], None] | None:
    """What an editor of the stage cell ``index`` calls with its text at each change:
    the model's :class:`~ui.models.stage_cells.StageCells` sets the document at once,
    the changes of one editor being one undo step (None: not a stage cell)."""
    model = index.model()
    columns = getattr(model, "columns", ())
    if not 0 <= index.column() < len(columns) or not columns[index.column()].stage_field:
        return None
    node = index.internalPointer()
    if not isinstance(node, Indicator):
        return None
    persistent = QPersistentModelIndex(index)
    _runs[0] += 1
    run = _runs[0]

    def typed(text: str) -> None:
        model = persistent.model()
        if persistent.isValid() and isinstance(model, IndicatorTreeModel):
            column = model.columns[persistent.column()]
            path = model.path_of(persistent)
            model.cells.type_live(path, node, column, text, run)

    return typed


def live_line(index: AnyIndex, parent: QWidget) -> LiveLine | None:
    """A line edit for a stage text cell whose keystrokes reach the document at once
    (None: not a stage text cell)."""
    typed = live_typer(index)
    return None if typed is None else LiveLine(typed, parent)
