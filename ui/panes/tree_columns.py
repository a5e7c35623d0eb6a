"""The widths of the indicator tree's columns: each as wide as its title and what it
shows, and the width the tree asks of the window for its names.

- A column after 指标 (which takes the rest) is as wide as its title and its content,
  up to :data:`CELL_CHARACTERS` (free text, such as 偏差原因, :data:`TEXT_CHARACTERS`:
  the names come first, the tool tip has it all), and never narrower than its kind needs
  to be typed in (:func:`column_width`).
- Sized anew when the columns change (another stage); otherwise a column only widens to
  show what it holds (another project, a value typed: once for a run of changes), and
  one the person resized keeps its width.
- :meth:`ColumnSizer.wanted_width`: the tree's width at which the shown columns fit with
  the document's longest indicator name whole (up to :data:`NAME_CHARACTERS`).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QTreeView

from jxeditor.document.model import iter_indicators
from jxeditor.document.stages import TARGETS
from ui.models import stage_columns as sc
from ui.models.tree_model import IndicatorTreeModel
from ui.session.editor_session import EditorSession

NAME_WIDTH = 190  # the 指标 column at least: about 12 characters beside the indentation
NAME_CHARACTERS = 30  # the tree asks for room for names this long at most
CELL_CHARACTERS = 16  # a column grows to its content up to this many characters
TEXT_CHARACTERS = 8  # free text (偏差原因, 描述…) no further
FREE_TEXT = (sc.TEXT, sc.CAUSES)
FIXED = (sc.AMOUNT, sc.POSSIBILITY)  # every value fits the least width: nothing to measure


def column_width(column: sc.Column, title_text: str, stage: str, metrics: QFontMetrics) -> int:
    """A column's least width: numbers (分值, 得分) narrow, the target wider in the 目标
    stage, where it is typed."""
    # by the title, but a long translated title does not widen the column past 上年实际完成值
    cap = metrics.horizontalAdvance("上年实际完成值") + 24
    title = min(metrics.horizontalAdvance(title_text) + 14, cap)
    if column.kind == sc.AMOUNT:
        return max(title, metrics.horizontalAdvance("100.00") + 14)
    if column.kind == sc.VALUE:  # typed in the 目标 stage, approved (and shorter) later
        return 130 if stage == TARGETS else max(title, metrics.horizontalAdvance("≥100.00%") + 14)
    if column.kind == sc.ACTUAL:  # a verdict: 达成年度指标 whole
        return max(title, metrics.horizontalAdvance("达成年度指标") + 16)
    if column.kind == sc.POSSIBILITY:  # the longest answer
        return max(title, metrics.horizontalAdvance("完全不可能") + 16)
    return max(title, metrics.horizontalAdvance("≥100.00%") + 14)


class ColumnSizer(QObject):
    """Sizes the columns of ``tree`` (showing ``model``) as the module says."""

    def __init__(self, tree: QTreeView, model: IndicatorTreeModel, session: EditorSession) -> None:
        super().__init__(tree)
        self.tree, self.model, self.session = tree, model, session
        self._sizing = False  # the sizer resizes (not the person)
        self._set_by_hand: set[int] = set()  # columns the person resized
        self._widen: set[QPersistentModelIndex] = set()  # cells changed: looked at once idle
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._widen_changed)
        tree.header().sectionResized.connect(self._section_resized)
        model.dataChanged.connect(self._values_changed)

    def _section_resized(self, column: int, old: int, new: int) -> None:
        if not self._sizing and column and old and new:  # hiding, showing: not by hand
            self._set_by_hand.add(column)

    def _values_changed(self, first: QModelIndex, last: QModelIndex, roles: list[int]) -> None:
        if roles and Qt.ItemDataRole.DisplayRole not in roles:  # icons, backgrounds
            return
        columns = self.model.columns
        for column in range(max(first.column(), 1), last.column() + 1):
            if columns[column].kind in FIXED or column in self._set_by_hand:
                continue
            for row in range(first.row(), last.row() + 1):
                self._widen.add(QPersistentModelIndex(first.siblingAtRow(row).siblingAtColumn(column)))
        if self._widen:
            self._timer.start()  # once for a run of changes (a validation, a paste)

    def _widen_changed(self) -> None:
        """The cells whose values changed: a column widens to show them (up to its cap)."""
        cells, self._widen = self._widen, set()
        header = self.tree.header()
        wide = header.fontMetrics().horizontalAdvance("项")
        needed: dict[int, int] = {}
        for cell in cells:
            column = cell.column()
            if cell.isValid() and not self.tree.isColumnHidden(column):
                index = self.model.index(cell.row(), column, cell.parent())
                needed[column] = max(needed.get(column, 0), self.tree.sizeHintForIndex(index).width())
        self._sizing = True
        try:
            for column, width in needed.items():
                kind = self.model.columns[column].kind
                width = min(width, wide * (TEXT_CHARACTERS if kind in FREE_TEXT else CELL_CHARACTERS))
                if width > header.sectionSize(column) and column not in self._set_by_hand:
                    header.resizeSection(column, width)
        finally:
            self._sizing = False

    def size(self, grow_only: bool = False) -> None:
        """Sizes the columns anew (the columns changed: what the person set goes), or
        ``grow_only`` widens the shown ones to what they hold (another project)."""
        header = self.tree.header()
        metrics = header.fontMetrics()
        wide = metrics.horizontalAdvance("项")
        if not grow_only:
            self._set_by_hand.clear()
        chosen = [
            column for column in range(1, len(self.model.columns))
            if not (grow_only and (column in self._set_by_hand or self.tree.isColumnHidden(column)))
        ]
        contents = self.content_widths([c for c in chosen if self.model.columns[c].kind not in FIXED])
        self._sizing = True
        try:
            for column in chosen:
                spec = self.model.columns[column]
                title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
                least = column_width(spec, title, self.session.doc.stage, metrics)
                cap = wide * (TEXT_CHARACTERS if spec.kind in FREE_TEXT else CELL_CHARACTERS)
                width = max(least, min(contents.get(column, 0), cap))
                if grow_only:
                    width = max(width, header.sectionSize(column))
                if width != header.sectionSize(column):
                    header.resizeSection(column, width)
        finally:
            self._sizing = False

    def content_widths(self, columns: list[int]) -> dict[int, int]:
        """The width of the widest text each of ``columns`` shows, as a cell draws it
        (the view's ``sizeHintForColumn``, at a fraction of its cost: a project switch
        sizes the columns): one walk over the rows measuring the texts, then the cell of
        the widest one asked."""
        if not columns:
            return {}
        model, metrics = self.model, self.tree.fontMetrics()
        widest: dict[int, tuple[int, QModelIndex]] = {}
        measured: dict[str, int] = {}  # a text is measured once (6.25, 10, 100% …)
        parents = [QModelIndex()]
        while parents:
            parent = parents.pop()
            for row in range(model.rowCount(parent)):
                for column in columns:
                    index = model.index(row, column, parent)
                    text = str(model.data(index) or "")
                    if text not in measured:
                        measured[text] = metrics.horizontalAdvance(text)
                    if text and measured[text] > widest.get(column, (0, index))[0]:
                        widest[column] = (measured[text], index)
                first = model.index(row, 0, parent)
                if model.rowCount(first):
                    parents.append(first)
        return {column: self.tree.sizeHintForIndex(index).width()
                for column, (_width, index) in widest.items()}

    def wanted_width(self) -> int:
        """The tree's width at which the shown columns fit with 指标 as wide as the
        names (up to :data:`NAME_CHARACTERS`; :data:`NAME_WIDTH` at least)."""
        tree = self.tree
        header = tree.header()
        shown = sum(header.sectionSize(c) for c in range(1, self.model.columnCount())
                    if not tree.isColumnHidden(c))
        chrome = tree.verticalScrollBar().sizeHint().width() + 2 * tree.frameWidth()
        least = NAME_WIDTH + 3 * tree.indentation()
        most = header.fontMetrics().horizontalAdvance("项") * NAME_CHARACTERS
        names = min(max(tree.sizeHintForColumn(0), self._names_width()), most)
        return max(least, names) + shown + chrome

    def _names_width(self) -> int:
        """The 指标 column's width at which the document's longest indicator name shows
        whole (measured by its length: the document may hold a thousand projects)."""
        names = (ind.name for p in self.session.doc.projects for *_, ind in iter_indicators(p))
        longest = max(names, key=len, default="")
        return self.tree.fontMetrics().horizontalAdvance(longest) + 3 * self.tree.indentation() + 30
