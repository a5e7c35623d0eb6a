"""The list of changes from another version (文件 → 与其他版本比较…), beside the editor.

A non-modal window: one row per change (项目, 修改类型, 位置, 修改前, 修改后), grouped as
the comparison lists them. Double-clicking a row (or Enter) shows the place in the
editor through the session's ``go_to``: the field in the form, the indicator in the
tree (a removed indicator: its 二级 group; a removed project: nothing to show, a note
in the status bar); a change of the department block chooses the 部门整体 row and
shows the field in its form, the indicator in its tree. 导出修改说明… writes the workbook; 结束比较 closes it. The list
follows the edits (the :class:`~ui.session.yearly_files.Comparison` recomputes it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jxeditor.yearly.compare import INDICATOR_REMOVED, Difference
from ui.platform.qtcompat import emit
from ui.session.yearly_files import Comparison

HEADERS = ("项目", "修改类型", "位置", "修改前", "修改后")


class CompareDialog(QDialog):
    """The changes from the other version, navigable."""

    def __init__(self, comparison: Comparison, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.comparison = comparison
        self.setModal(False)
        self.resize(900, 420)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("compareSummary")
        layout.addWidget(self.summary)
        self.list = QTreeWidget(self)
        self.list.setObjectName("compareList")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setHeaderLabels([self.tr(h) for h in HEADERS])
        self.list.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.list.itemActivated.connect(lambda item, _c: self.show_change(item))
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("导出修改说明…"), self)
        self.export_button.setObjectName("compareExport")
        self.export_button.clicked.connect(lambda _c=False: comparison.export())
        self.stop_button = QPushButton(self.tr("结束比较"), self)
        self.stop_button.setObjectName("compareStop")
        self.stop_button.clicked.connect(lambda _c=False: self.close())
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.stop_button)
        layout.addLayout(buttons)
        comparison.changed.connect(self.fill)
        self.fill()

    def fill(self) -> None:
        """Lists the comparison's changes."""
        comparison = self.comparison
        self.list.clear()
        name = comparison.other_path.name if comparison.other_path else ""
        self.setWindowTitle(self.tr("与“{0}”比较").format(name))
        self.summary.setText(
            self.tr("与“{0}”相比，当前文档有 {1} 处修改。双击一行可转到该处。").format(
                name, len(comparison.changes))
        )
        for change in comparison.changes:
            item = QTreeWidgetItem([
                change.project or self.tr("文档"), change.label, change.location,
                change.old or "", change.new or "",
            ])
            item.setData(0, Qt.ItemDataRole.UserRole, change)
            for column in (3, 4):
                item.setToolTip(column, item.text(column))
            self.list.addTopLevelItem(item)
        self.export_button.setEnabled(comparison.active)

    def change_of(self, item: QTreeWidgetItem) -> Difference | None:
        change = item.data(0, Qt.ItemDataRole.UserRole)
        return change if isinstance(change, Difference) else None

    def show_change(self, item: QTreeWidgetItem) -> bool:
        """Shows the change's place in the editor; False when it is no longer there."""
        change = self.change_of(item)
        session = self.comparison.files.session
        if change is not None and change.department:
            return self._show_department_change(change)
        if change is None or change.new_index is None:
            emit(session.message, self.tr("该项目已不在当前文档中"))
            return False
        projects = session.doc.projects
        if not 0 <= change.new_index < len(projects):
            return False
        node = change.node
        if node is not None and change.change == INDICATOR_REMOVED:
            node = node[:2]  # the group it was removed from
        session.go_to(projects[change.new_index], change.field, node)
        return True

    def _show_department_change(self, change: Difference) -> bool:
        """Chooses the 部门整体 row and shows the field in its form or the indicator in
        its tree; False when the document has no department block any more."""
        session = self.comparison.files.session
        if session.doc.department is None:
            emit(session.message, self.tr("部门整体目标已不在当前文档中"))
            return False
        node = change.node
        if node is not None and change.change == INDICATOR_REMOVED:
            node = node[:2]
        field = None if change.field is None else f"department.{change.field}"
        session.department.go_to(field, node)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the list ends the comparison."""
        self.comparison.stop()
        super().closeEvent(event)
