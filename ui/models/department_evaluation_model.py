"""A Qt table model over the department's indicators in the 自评 (form C of department.md):
one row per third-level indicator of the department's tree, with its 年度指标值 (the
approved target: read only unless unlocked, as a project's) and its 自评 fields: 实际完成值, 分值, 得分 and
偏差原因分析及改进措施 (the field registry's indicator fields, their labels as titles).

A row whose indicator has problems shows its severity's icon and the messages as the
tooltip of its first cell (:meth:`DepartmentEvaluationModel.set_problems`). An empty
分值 or 得分 shows the live score (:meth:`~ui.session.live_scores.LiveScores.department_score`)
in grey, as the project tree does. An edited cell goes through the one typing path (a
:class:`~ui.session.typing.TypingRun` on the department's indicator: one undo command,
one document method). The model only follows the document's change events: a field of
one of its indicators repaints that row; any other change that may have reshaped the
tree (the tree pane's edits, undo, another file) shows the rows again when they differ.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from jxeditor.document.changes import Change, DepartmentFieldChanged
from jxeditor.document.department import Department
from jxeditor.document.fields import FieldSpec, indicator_field
from jxeditor.document.model import Indicator
from jxeditor.document.stage_edits import stage_field
from jxeditor.rules.problems import Problem
from jxeditor.rules.tally import Tally
from jxeditor.scoring.numbers import text as decimal_text
from jxeditor.scoring.project import IndicatorScore
from ui.models.severity import severity_icon
from ui.models.stage_cells import COMPUTED_COLOUR
from ui.platform import i18n
from ui.platform.qtcompat import emit
from ui.session.editor_session import EditorSession
from ui.session.typing import TypedField

AnyIndex = QModelIndex | QPersistentModelIndex

COLUMNS: tuple[str, ...] = (
    "name", "value", "evaluation.actual", "evaluation.points", "evaluation.score",
    "evaluation.deviation",
)
SCORE_COLUMNS: tuple[str, ...] = ("evaluation.points", "evaluation.score")


def leaves(dept: Department | None) -> list[tuple[str, Indicator]]:
    """Every third-level indicator of ``dept`` with its 一级·二级 place, in tree order."""
    if dept is None:
        return []
    return [(f"{l1.name}·{l2.name}", ind)
            for l1 in dept.indicators for l2 in l1.children for ind in l2.children]


class DepartmentEvaluationModel(QAbstractTableModel):
    """The department's indicators and their 自评 fields."""

    def __init__(self, session: EditorSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.columns: tuple[FieldSpec, ...] = tuple(indicator_field(p) for p in COLUMNS)
        self.rows: list[tuple[str, Indicator]] = leaves(session.doc.department)
        self.problems: dict[int, list[Problem]] = {}  # by row
        session.doc.subscribe(self._on_change)
        session.scores.changed.connect(self._on_scores)

    # -- the rows --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Shows the rows again if the department's indicators are no longer those shown."""
        rows = leaves(self.session.doc.department)
        if len(rows) != len(self.rows) or any(
            a is not b or p != q for (p, a), (q, b) in zip(rows, self.rows, strict=True)
        ):
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()

    def set_problems(self, problems: list[Problem]) -> None:
        """Marks the rows of the indicators that ``problems`` (the department's) name by
        their place in the tree."""
        dept = self.session.doc.department
        numbers: dict[tuple[int, ...], int] = {}
        for l1_row, l1 in enumerate([] if dept is None else dept.indicators):
            for l2_row, l2 in enumerate(l1.children):
                for k, _ind in enumerate(l2.children):
                    numbers[(l1_row, l2_row, k)] = len(numbers)
        by_row: dict[int, list[Problem]] = {}
        for problem in problems:
            found = numbers.get(tuple(problem.path or ()))
            if found is not None:
                by_row.setdefault(found, []).append(problem)
        if by_row != self.problems:
            self.problems = by_row
            if self.rows:
                emit(self.dataChanged, self.index(0, 0), self.index(len(self.rows) - 1, 0))

    def indicator(self, row: int) -> Indicator | None:
        """The indicator shown in ``row``."""
        return self.rows[row][1] if 0 <= row < len(self.rows) else None

    def _on_change(self, change: Change) -> None:
        match change:
            case DepartmentFieldChanged(owner=Indicator() as owner, field=path):
                row = next((r for r, (_p, ind) in enumerate(self.rows) if ind is owner), None)
                column = COLUMNS.index(path) if path in COLUMNS else None
                if row is not None and column is not None:
                    emit(self.dataChanged, self.index(row, column), self.index(row, column))
            case _:
                self.refresh()

    def _on_scores(self, owner: object) -> None:
        if self.rows and (owner is None or owner is self.session.doc.department):
            emit(self.dataChanged, self.index(0, COLUMNS.index(SCORE_COLUMNS[0])),
                 self.index(len(self.rows) - 1, COLUMNS.index(SCORE_COLUMNS[-1])))

    # -- Qt --------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return i18n.field_label(self.columns[section], short=True)
        return str(section + 1)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        path = COLUMNS[index.column()]
        if path.startswith("evaluation.") or (
                path == "value" and not self.session.targets_locked()):  # once unlocked
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _score(self, row: int) -> IndicatorScore | None:
        score = self.session.scores.department_score()
        if score is None or row >= len(score.indicators):
            return None
        return score.indicators[row]

    def _computed(self, row: int, path: str) -> str:
        found = self._score(row)
        if found is None:
            return ""
        value = found.points if path == "evaluation.points" else found.score
        return "" if value is None else decimal_text(value)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        place, node = self.rows[index.row()]
        path, spec = COLUMNS[index.column()], self.columns[index.column()]
        value = stage_field(node, path) if "." in path else getattr(node, path)
        text = spec.text(value)
        if role == Qt.ItemDataRole.EditRole:
            return text
        computed = not text and path in SCORE_COLUMNS
        if role == Qt.ItemDataRole.DisplayRole:
            return self._computed(index.row(), path) if computed else text
        if role == Qt.ItemDataRole.ForegroundRole and computed:
            return QBrush(COMPUTED_COLOUR)
        problems = self.problems.get(index.row()) if path == "name" else None
        if role == Qt.ItemDataRole.DecorationRole and problems:
            return severity_icon(Tally.of(problems).worst or "warning")
        if role == Qt.ItemDataRole.ToolTipRole and path == "name":
            return "\n".join([place, *(p.message for p in problems or [])])
        if role == Qt.ItemDataRole.TextAlignmentRole and path in SCORE_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A cell's new text, as one step of the one typing path."""
        dept = self.session.doc.department
        node = self.indicator(index.row()) if index.isValid() else None
        if role != Qt.ItemDataRole.EditRole or dept is None or node is None or not (
            self.flags(index) & Qt.ItemFlag.ItemIsEditable
        ):
            return False
        run = self.session.begin_typing(TypedField(dept, COLUMNS[index.column()], node))
        done = run.set("" if value is None else str(value))
        run.end()
        return done
