"""Editors for the indicator tree: framework names offered in a combo box, and a value
editor that offers the comparators (≥ ≤ = > <) and common units from a small menu.

Both keep free text possible. Every editor of the tree writes each change to the document
as it is made, through a typing run on the cell's field: the value editor like every
line editor of an indicator's cell (:class:`~ui.panes.stage_editors.LiveLine`), the
group names' combo box the name typed or chosen (:class:`~ui.panes.stage_editors.LiveCombo`),
so nothing waits for the editor to close or for a save to commit it. The delegate never
touches the document; closing an editor only ends its run. The stages' columns get
their editors from :mod:`ui.panes.stage_editors` (verdicts, possibility, a list of causes).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QLineEdit,
    QMenu,
    QStyledItemDelegate,
    QWidget,
)
from shiboken6 import isValid

from jxeditor.document.fields import same_value
from jxeditor.document.frameworks import load_frameworks
from jxeditor.document.model import Indicator, Level1, Level2
from ui.models.stage_columns import value_from_edit
from ui.panes.stage_editors import (
    CausesEditor,
    LiveCombo,
    LiveLine,
    column_kind,
    live_line,
    live_run,
    stage_editor,
)
from ui.platform.qtcompat import emit

if TYPE_CHECKING:  # in annotations only (its enums are made when the class is first used)
    from PySide6.QtWidgets import QStyleOptionViewItem

COMPARATORS = ("≥", "≤", "=", ">", "<")
_COMPARATOR_RE = re.compile(r"^\s*(>=|<=|≥|≤|=|>|<|》|《|＞|＜|＝)\s*")  # two-character forms first
_NUMBER_RE = re.compile(r"^([≥≤=><]?\s*[+-]?\d+(?:\.\d+)?(?:\s*[-~]\s*\d+(?:\.\d+)?)?)(.*)$")

AnyIndex = QModelIndex | QPersistentModelIndex


def with_comparator(text: str, comparator: str) -> str:
    """``text`` with its leading comparator replaced by (or prefixed with) ``comparator``."""
    return comparator + _COMPARATOR_RE.sub("", text, count=1)


def with_unit(text: str, unit: str) -> str:
    """``text`` whose number keeps its comparator and gets ``unit`` as its unit."""
    match = _NUMBER_RE.match(text.strip())
    if match is None:
        return text.strip() + unit
    return match.group(1) + unit


class ValueEditor(LiveLine):
    """A line edit for 年度指标值 with a menu button: comparators and common units; what
    is typed or inserted reaches the document at once (the delegate gives it its run)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(None, parent)
        self.setObjectName("valueEditor")
        self.menu = QMenu(self)
        for comparator in COMPARATORS:
            action = self.menu.addAction(self.tr("比较符 {0}").format(comparator))
            action.triggered.connect(lambda _=False, c=comparator: self._set_comparator(c))
        self.menu.addSeparator()
        units = self.menu.addMenu(self.tr("单位"))
        for unit in load_frameworks().common_units:
            action = units.addAction(unit)
            action.triggered.connect(lambda _=False, u=unit: self._set_unit(u))
        from PySide6.QtWidgets import QStyle  # (its twenty enums made when first needed)

        icon: QIcon = self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown)
        self.menu_action = QAction(icon, self.tr("比较符和单位"), self)
        self.menu_action.setToolTip(self.tr("插入比较符（≥ ≤ = > <）或常用单位"))
        self.menu_action.triggered.connect(self.show_menu)
        self.addAction(self.menu_action, QLineEdit.ActionPosition.TrailingPosition)
        self.setPlaceholderText(self.tr("如 ≥4个、≤30%、=100%、按时"))

    def show_menu(self) -> None:
        self.menu.popup(self.mapToGlobal(self.rect().bottomRight()))

    def _set_comparator(self, comparator: str) -> None:
        self.setText(with_comparator(self.text(), comparator))
        self._send(self.text())
        self.setFocus()

    def _set_unit(self, unit: str) -> None:
        self.setText(with_unit(self.text(), unit))
        self._send(self.text())
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.show_menu()
            return
        super().keyPressEvent(event)


LiveEditor = LiveLine | LiveCombo | CausesEditor


def _live(editor: QWidget) -> bool:
    """Whether ``editor`` writes each change to the document as it is made (all of the
    tree's editors do, on a cell of a project's tree)."""
    return isinstance(editor, (LiveLine, LiveCombo, CausesEditor)) and editor.is_live()


class IndicatorDelegate(QStyledItemDelegate):
    """Chooses the editor by level and column."""

    enterPressed = Signal()  # Enter in the open editor (the view then moves down)

    def __init__(self, framework: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._framework = framework  # callable returning the document's framework
        self.open_editor: QWidget | None = None
        # the third-level name's editor (with the library's completer), set by the pane
        self.name_editor: Callable[[QWidget, AnyIndex], QWidget] | None = None

    def close_editor(
        self, hint: QAbstractItemDelegate.EndEditHint = QAbstractItemDelegate.EndEditHint.NoHint,
    ) -> bool:
        """Closes the open editor (True if one was open), its run ended, the view then
        doing what ``hint`` says (EditNextItem: on to the next cell's editor). What it
        holds is in the document already."""
        editor = self.open_editor
        self.open_editor = None
        if editor is None or not isValid(editor):
            return False
        emit(self.commitData, editor)
        emit(self.closeEditor, editor, hint)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                emit(self.enterPressed)
            elif event.key() == Qt.Key.Key_Escape and isinstance(
                    watched, (LiveLine, LiveCombo, CausesEditor)):
                watched.revert()  # its keystrokes reached the document: take them back
        return super().eventFilter(watched, event)

    def destroyEditor(self, editor: QWidget, index: AnyIndex) -> None:
        if editor is self.open_editor:
            self.open_editor = None
        super().destroyEditor(editor, index)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = self._create_editor(parent, option, index)
        if isinstance(editor, LiveLine) and not editor.is_live():  # 年度指标值, the name
            run = live_run(index)
            if run is not None:
                editor.live(run.set, run.end)
        self.open_editor = editor
        return editor

    def _create_editor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        model = index.model()
        node = index.internalPointer() if index.isValid() else None
        if index.column() == 0 and isinstance(node, (Level1, Level2)):
            run = live_run(index)
            combo = LiveCombo(self.choices(model, index), None if run is None else run.set,
                              parent, None if run is None else run.end)
            combo.setObjectName("levelNameEditor")
            return combo
        if index.column() == 1 and isinstance(node, Indicator):
            return ValueEditor(parent)
        if index.column() == 0 and isinstance(node, Indicator) and self.name_editor is not None:
            return self.name_editor(parent, index)
        special = stage_editor(column_kind(index), index, parent) or live_line(index, parent)
        if special is not None:
            return special
        editor = super().createEditor(parent, option, index)
        return editor

    def choices(self, model: QAbstractItemModel, index: AnyIndex) -> list[str]:
        frameworks = load_frameworks()
        node = index.internalPointer()
        framework = self._framework()
        if isinstance(node, Level1):
            names: list[str] = []
            for l1, _l2s in frameworks.skeleton(framework):
                names.append(l1)
            for extra in (*frameworks.accepted, *frameworks.nonstandard):
                if extra not in names:
                    names.append(extra)
            return names
        parent = model.parent(index)
        level1 = parent.internalPointer().name if parent.isValid() else ""
        return list(frameworks.level2_choices(level1, framework))

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, (LiveLine, LiveCombo, CausesEditor)) and (
                editor.opened_with is not None):
            if _live(editor):
                self._follow(editor, index)
            return  # typed into: a re-read (a problem's icon, a score) keeps the text
        text = index.data(Qt.ItemDataRole.EditRole) or ""
        if isinstance(editor, (LiveCombo, CausesEditor)):
            editor.show_text(text)
            line = editor.lineEdit() if isinstance(editor, LiveCombo) else None
            if line is not None:
                line.selectAll()
        elif isinstance(editor, QLineEdit):
            editor.setText(text)
        else:
            super().setEditorData(editor, index)
            return
        if isinstance(editor, (LiveLine, LiveCombo, CausesEditor)):
            editor.opened_with = text

    def _follow(self, editor: LiveEditor, index: AnyIndex) -> None:
        """A live editor re-read: it keeps the text as typed while that is what the cell
        holds (its keystrokes are in the document: a problem's icon or a score beside it
        re-read the row); it shows the cell when the document changed under it (an undo,
        a fix), which is then what Esc goes back to."""
        text = index.data(Qt.ItemDataRole.EditRole) or ""
        column = getattr(index.model(), "columns", ())[index.column()]
        if same_value(value_from_edit(column, editor.text()), value_from_edit(column, text)):
            return
        if isinstance(editor, LiveLine):
            editor.setText(text)
        else:
            editor.show_text(text)
        editor.opened_with = text

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, (LiveLine, LiveCombo, CausesEditor)) and editor.is_live():
            editor.finish()  # every change is in the document: only the run ends
        elif isinstance(editor, CausesEditor):
            model.setData(index, editor.checked(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, LiveCombo):
            model.setData(index, editor.currentText().strip(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text().strip(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        rect = option.rect
        if isinstance(editor, CausesEditor):  # the whole list, below the cell's top
            rect = editor.place(rect)
        editor.setGeometry(rect)

