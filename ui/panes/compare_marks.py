"""What changed from the other version, marked in place (文件 → 与其他版本比较…).

While a comparison is open, the current project's changed fields get a pale yellow
background in the form (their old text in the tooltip of the field's label) and its
changed, renamed or added indicators the same background in the tree (the old text in
the row's tooltip); while 部门整体 is chosen, the department's changed indicators. The
marks follow the comparison (which follows the edits) and the shown project; they go
when the comparison ends. The views only show; nothing here
edits the document.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QWidget

from jxeditor.document.model import NodePath
from ui.models.tree_model import IndicatorTreeModel
from ui.panes.project_form import ProjectForm
from ui.session.editor_session import EditorSession
from ui.session.yearly_files import Comparison

if TYPE_CHECKING:  # the comparison itself is imported when one is made
    from jxeditor.yearly.compare import Difference

CHANGED_PROPERTY = "compareChanged"
CHANGED_STYLE = f'*[{CHANGED_PROPERTY}="true"] {{ background-color: #fff4c2; }}'


class CompareMarks(QObject):
    """Keeps the form's and the tree's marks equal to the comparison's changes."""

    def __init__(
        self, comparison: Comparison, form: ProjectForm, tree: IndicatorTreeModel,
        session: EditorSession, parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.comparison, self.form, self.tree, self.session = comparison, form, tree, session
        self.marked_fields: dict[str, Difference] = {}
        comparison.changed.connect(self.refresh)
        session.currentProjectChanged.connect(lambda _p: self.refresh())
        session.department.shownChanged.connect(lambda _on: self.refresh())

    def _changes_of_current(self) -> list[Difference]:
        current = self.session.current
        if self.comparison.other is not None and self.session.department.shown:
            return [c for c in self.comparison.changes if c.department and c.node is not None]
        if current is None or self.comparison.other is None:
            return []
        index = self.session.doc.index_of(current)
        return [c for c in self.comparison.changes if c.new_index == index]

    def refresh(self) -> None:
        """Marks the shown project's changes (none when no comparison is open)."""
        changes = self._changes_of_current()
        fields = {c.field: c for c in changes if c.field is not None and c.node is None}
        nodes: dict[NodePath, str] = {}
        if changes:  # the comparison's module is loaded once a comparison is made
            from jxeditor.yearly.compare import INDICATOR_REMOVED

            for c in changes:
                if c.node is not None and c.change != INDICATOR_REMOVED:
                    nodes[c.node] = "\n".join(filter(None, (nodes.get(c.node), describe(c))))
        self.tree.set_compare_marks(nodes)
        self._mark_form(fields)

    def _mark_form(self, fields: dict[str, Difference]) -> None:
        if not fields and not self.marked_fields:  # none before, none now (no comparison)
            return
        if fields and self.form.styleSheet() != CHANGED_STYLE:  # the first marks: their style
            self.form.setStyleSheet(CHANGED_STYLE)  # (not before: styling the form costs)
        self.marked_fields = fields
        labels = {label.buddy(): label for label in self.form.findChildren(QLabel)
                  if label.buddy() is not None}
        for path, widget in self.form.widgets.items():
            change = fields.get(path)
            marked = change is not None
            if bool(widget.property(CHANGED_PROPERTY)) != marked:
                widget.setProperty(CHANGED_PROPERTY, marked)
                _repolish(widget)
            label = labels.get(widget)
            if label is not None:
                label.setToolTip(describe(change) if change is not None else "")


def describe(change: Difference) -> str:
    """The change in one line for a tooltip: its kind and the old text."""
    old = change.old if change.old not in (None, "") else "（空）"
    return QCoreApplication.translate("CompareMarks", "{0}（比较的版本中为：{1}）").format(
        change.label, old)


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
