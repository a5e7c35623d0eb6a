"""A Qt table model over one list of the department block: its tasks (分项绩效目标 /
年度主要任务), a task's measures (绩效指标) or its 保障措施.

Rows are the items of ``owner.<items>``; columns are fields of the item from the field
registry (their short labels as titles, their kind's parser and formatter for the
text); a cell with a problem shows its severity's icon and the messages as its tooltip
(:meth:`DepartmentItemsModel.set_problems`). Like the other models it only follows the document's change events; an edited
cell goes through the session (``session.department.set_field``) as one undo step.
:meth:`DepartmentItemsModel.set_owner` switches the list shown (the measures of another
task); the list of a department that went away is shown empty.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from jxeditor.document.changes import (
    Change,
    DepartmentFieldChanged,
    DepartmentItemInserted,
    DepartmentItemInserting,
    DepartmentItemRemoved,
    DepartmentItemRemoving,
    DepartmentSet,
    Reset,
    Resetting,
)
from jxeditor.document.department import DepartmentPart
from jxeditor.document.fields import AMOUNT, FieldSpec, parse_in_unit, same_value
from jxeditor.document.model import Indicator, get_field
from jxeditor.rules.problems import Problem
from jxeditor.rules.tally import Tally
from ui.models.severity import severity_icon
from ui.platform import i18n
from ui.platform.qtcompat import emit
from ui.session.editor_session import EditorSession

AnyIndex = QModelIndex | QPersistentModelIndex


class DepartmentItemsModel(QAbstractTableModel):
    """The items of ``owner.<items>``, one column per field in ``columns``."""

    def __init__(self, session: EditorSession, items: str, columns: tuple[FieldSpec, ...],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.items = items
        self.columns = columns
        self.owner: DepartmentPart | None = None
        self.problems: dict[tuple[int, int], list[Problem]] = {}  # (row, column) -> problems
        session.doc.subscribe(self._on_change)

    def set_problems(self, by_cell: dict[tuple[int, str], list[Problem]]) -> None:
        """The problems by (row, field path); a path without a column goes to the first."""
        problems: dict[tuple[int, int], list[Problem]] = {}
        for (row, path), found in by_cell.items():
            column = next((c for c, spec in enumerate(self.columns) if spec.path == path), 0)
            problems.setdefault((row, column), []).extend(found)
        if problems != self.problems:
            self.problems = problems
            if self.rowCount():
                emit(self.dataChanged, self.index(0, 0),
                     self.index(self.rowCount() - 1, len(self.columns) - 1))

    def set_owner(self, owner: DepartmentPart | None) -> None:
        """Shows the list ``items`` of ``owner`` (None: nothing)."""
        if owner is self.owner:
            return
        self.beginResetModel()
        self.owner = owner
        self.endResetModel()

    def rows(self) -> list[DepartmentPart]:
        """The items shown."""
        return [] if self.owner is None else getattr(self.owner, self.items)

    def item(self, row: int) -> DepartmentPart | None:
        """The item of ``row`` (None out of range)."""
        rows = self.rows()
        return rows[row] if 0 <= row < len(rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows())

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.columns):
                return i18n.field_label(self.columns[section], short=True)
            return None
        return str(section + 1)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        if item is None or not 0 <= index.column() < len(self.columns):
            return None
        spec = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return spec.text(get_field(item, spec.path))
        problems = self.problems.get((index.row(), index.column()))
        if role == Qt.ItemDataRole.DecorationRole and problems:
            return severity_icon(Tally.of(problems).worst or "warning")
        if role == Qt.ItemDataRole.ToolTipRole:
            if problems:
                return "\n".join(p.message for p in problems)
            text = spec.text(get_field(item, spec.path))
            return text if len(text) > 20 else None
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.kind == AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self.item(index.row()) if index.isValid() else None
        if item is None or role != Qt.ItemDataRole.EditRole:
            return False
        spec = self.columns[index.column()]
        new = parse_in_unit(spec, str(value), self.session.doc.money_unit)
        if not same_value(new, get_field(item, spec.path)):
            self.session.department.set_field(item, spec.path, new)
        return True

    # -- following the document ----------------------------------------------------------
    def _ours(self, owner: DepartmentPart, items: str) -> bool:
        return owner is self.owner and items == self.items

    def _on_change(self, change: Change) -> None:
        match change:
            case Resetting():
                self.beginResetModel()
                self.owner = None
            case Reset():
                self.endResetModel()
            case DepartmentSet(old=old) if old is not None and self.owner is not None:
                self.set_owner(None)  # the block went or was replaced: the form sets it again
            case DepartmentItemInserting(owner=owner, items=items, row=row) if self._ours(
                owner, items
            ):
                self.beginInsertRows(QModelIndex(), row, row)
            case DepartmentItemInserted(owner=owner, items=items) if self._ours(owner, items):
                self.endInsertRows()
            case DepartmentItemRemoving(owner=owner, items=items, row=row) if self._ours(
                owner, items
            ):
                self.beginRemoveRows(QModelIndex(), row, row)
            case DepartmentItemRemoved(owner=owner, items=items) if self._ours(owner, items):
                self.endRemoveRows()
            case DepartmentFieldChanged(owner=owner, field=path):
                self._changed(owner, path)
            case _:
                pass

    def _changed(self, owner: DepartmentPart | Indicator, path: str) -> None:
        row = next((i for i, item in enumerate(self.rows()) if item is owner), None)
        column = next((c for c, spec in enumerate(self.columns) if spec.path == path), None)
        if row is not None and column is not None:
            index = self.index(row, column)
            emit(self.dataChanged, index, index)
