"""What the indicator tree's cells of a later stage show, beyond the plain text.

In the 运行监控 and the 自评 the approved 年度指标值 is greyed while locked, and a target
changed after unlocking is shown in italics with the approved value in its tooltip; the
分值 and 得分 show the live score (:class:`~ui.session.live_scores.LiveScores`) in grey
when nobody entered one. The tree model asks :meth:`StageCells.data` first and falls back
to its own data for anything else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication

from jxeditor.document.fields import same_value
from jxeditor.document.model import Indicator, Node, NodePath, Project, previous_year
from jxeditor.document.stages import TARGETS
from ui.models import stage_columns as sc
from ui.session.editor_session import EditorSession

if TYPE_CHECKING:  # scored only in the 自评 stage (ui.session.live_scores)
    from jxeditor.scoring.project import IndicatorScore

COMPUTED_COLOUR = QColor("#607d8b")  # a computed 分值/得分, a locked target


class StageCells:
    """The stage-dependent roles of the tree's cells."""

    def __init__(self, session: EditorSession) -> None:
        self.session = session
        # what the 分值/得分 cells of the shown project last showed (None: not known)
        self._shown: dict[NodePath, tuple[str, ...]] | None = None

    def remember_scores(self, project: Project | None) -> None:
        """The shown project or the columns changed: what the score cells show now."""
        self._shown = None
        self.changed_scores(project)

    def changed_scores(self, project: Project | None) -> list[NodePath]:
        """The third-level indicators of ``project`` whose 分值 or 得分 cell shows something
        else than before the score changed (all of them the first time): a keystroke in an
        actual value changes one row's 得分, and only that row is repainted."""
        score = self.session.scores.score_of(project)
        by_path = {} if score is None else {s.path: s for s in score.indicators}
        shown: dict[NodePath, tuple[str, ...]] = {}
        for l1_row, l1 in enumerate([] if project is None else project.indicators):
            for l2_row, l2 in enumerate(l1.children):
                for row, node in enumerate(l2.children):
                    path = (l1_row, l2_row, row)
                    s, ev = by_path.get(path), node.evaluation
                    shown[path] = (  # what decides the two cells' text, colour and tooltip
                        "" if s is None else f"{s.points}|{s.score}",
                        "" if ev is None else f"{ev.points}|{ev.score}",
                    )
        before, self._shown = self._shown, shown
        if before is None:
            return list(shown)
        return [path for path, texts in shown.items() if before.get(path) != texts]

    def editable(self, column: sc.Column) -> bool:
        """Whether a third-level indicator's cell in ``column`` may be edited."""
        if column.kind == sc.HISTORY:
            return False  # last year's, as carried by 生成下一年度
        return not (column.key == "value" and self.session.targets_locked())

    def set_data(self, path: NodePath, node: Indicator, column: sc.Column, value: Any) -> bool | None:
        """Asks the session to set a stage cell or a target of a later stage (True: done
        or nothing to do, False: refused as locked); ``None``: the model's own case."""
        if column.kind == sc.HISTORY:
            return False
        if column.stage_field:
            new = sc.value_from_edit(column, value)
            if not same_value(new, sc.cell_value(node, column)):
                self.session.set_indicator_stage_field(path, column.key, new)
            return True
        if column.key != "value" or self.session.doc.stage == TARGETS:
            return None
        text = "" if value is None else str(value)
        if text == node.value:
            return True
        if self.session.targets_locked():
            return False
        self.session.set_unlocked_target(path, text)
        return True

    def data(
        self, project: Project | None, node: Node, column: sc.Column, role: int,
        has_problems: bool,
    ) -> Any:
        """Display, edit text, colour, font and tooltip (``None``: the model's default;
        ``has_problems``: the row's problems are its tooltip)."""
        if not isinstance(node, Indicator):
            return None
        if column.kind == sc.HISTORY:
            return self._history(node, column, role)
        if column.key == "value" and self.session.doc.stage != TARGETS:
            return self._target(node, role)
        if not column.stage_field:
            return None
        if role == Qt.ItemDataRole.EditRole:
            return sc.edit_text(node, column)
        computed = sc.computed_shown(node, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return sc.display_text(node, column, self.indicator_score(project, node))
        if role == Qt.ItemDataRole.ForegroundRole and computed:
            return QBrush(COMPUTED_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and not has_problems:
            if computed:
                return QApplication.translate("IndicatorTreeModel", "由程序计算；填写后以填写的为准")
            return sc.display_text(node, column, None) or None  # the whole of a long text
        return None

    def _history(self, node: Indicator, column: sc.Column, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return sc.history_text(node, column, self.session.doc.year)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(COMPUTED_COLOUR)
        past = previous_year(node, self.session.doc.year)
        if role == Qt.ItemDataRole.ToolTipRole and past is not None:
            return QApplication.translate(
                "IndicatorTreeModel", "{0}年：年度指标值“{1}”，实际完成值“{2}”（只读）").format(
                past.year, past.target, past.actual or QApplication.translate(
                    "IndicatorTreeModel", "未记录"))
        return None

    def _target(self, node: Indicator, role: int) -> Any:
        marked = self.session.unlocked_targets.get(id(node))
        if role == Qt.ItemDataRole.FontRole and marked is not None:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and marked is not None:
            return QApplication.translate(
                "IndicatorTreeModel", "已解锁修改的目标，批复的是“{0}”").format(marked[1])
        if role == Qt.ItemDataRole.ForegroundRole and self.session.targets_locked():
            return QBrush(COMPUTED_COLOUR)
        return None

    def indicator_score(self, project: Project | None, node: Indicator) -> IndicatorScore | None:
        """The live score of ``node`` in ``project`` (``None`` outside the 自评)."""
        score = self.session.scores.score_of(project)
        if score is None or project is None:
            return None
        n = 0
        for l1 in project.indicators:
            for l2 in l1.children:
                for ind in l2.children:
                    if ind is node:
                        return score.indicators[n]
                    n += 1
        return None


def leaf_paths(project: Project | None) -> list[NodePath]:
    """The paths of every third-level indicator of ``project``."""
    if project is None:
        return []
    return [
        (i, j, k)
        for i, l1 in enumerate(project.indicators)
        for j, l2 in enumerate(l1.children)
        for k, _ind in enumerate(l2.children)
    ]
