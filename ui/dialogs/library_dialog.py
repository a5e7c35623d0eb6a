"""指标 → 从指标库插入…: the shipped library and the user's own, searchable and filterable
(by 二级, kind of project — guessed from the project's name, else from its purpose text —
and text), several entries chosen at once; and the user's own
library to see, search, remove, export and import (``.xlsx``).

The dialog only chooses: :meth:`LibraryDialog.chosen` gives the entries, which the
window inserts under the chosen 二级 as one undo step
(``LibraryActions.insert`` of :mod:`ui.panes.library_actions`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jxeditor.document.frameworks import load_frameworks
from jxeditor.errors import FileFormatError
from jxeditor.library.entries import USER, Entry
from jxeditor.library.exchange import export_xlsx, import_xlsx
from jxeditor.library.store import Stored
from ui.session.learning import LearningLibrary

ALL = ""
MINE = "\x00mine"  # the kind filter's entry for the user's own indicators


class LibraryDialog(QDialog):
    """Choosing indicators from the libraries, and keeping the user's own."""

    def __init__(
        self, library: LearningLibrary, level2: str = "", project: str = "",
        parent: QWidget | None = None, purpose: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("libraryDialog")
        self.setWindowTitle(self.tr("指标库"))
        self.resize(900, 560)
        self.library = library
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._choose_tab(level2, project, purpose), self.tr("选择指标"))
        self.tabs.addTab(self._own_tab(), self.tr("本机指标库"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("插入所选"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.refill()
        self.refill_own()

    # == choosing ===========================================================================
    def _choose_tab(self, level2: str, project: str, purpose: str) -> QWidget:
        tab = QWidget(self)
        self.search = QLineEdit(tab)
        self.search.setPlaceholderText(self.tr("搜索名称、解释或项目"))
        self.search.setClearButtonEnabled(True)
        self.level2_box = QComboBox(tab)
        self.level2_box.addItem(self.tr("全部二级指标"), ALL)
        for name in sorted(load_frameworks().level2_names):
            self.level2_box.addItem(name, name)
        self.level2_box.setCurrentIndex(max(0, self.level2_box.findData(
            load_frameworks().canonical_name(level2))))
        self.kind_box = QComboBox(tab)
        self.kind_box.addItem(self.tr("全部项目类别"), ALL)
        for kind in self.library.shipped.kinds:
            self.kind_box.addItem(kind.label, kind.key)
        self.kind_box.addItem(self.tr("本机指标库"), MINE)
        guessed = sorted(self.library.shipped.kinds_of(project)) or sorted(
            self.library.shipped.kinds_of(project + purpose))  # the name first
        if guessed:
            self.kind_box.setCurrentIndex(self.kind_box.findData(guessed[0]))
        self.table = _table(tab, (self.tr("三级指标"), self.tr("指标值"), self.tr("二级指标"),
                                  self.tr("类别或项目"), self.tr("指标解释")))
        self.table.doubleClicked.connect(lambda _i: self.accept())
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.level2_box, 1)
        filters.addWidget(self.kind_box, 1)
        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        self.search.textChanged.connect(lambda _t: self.refill())
        self.level2_box.currentIndexChanged.connect(lambda _i: self.refill())
        self.kind_box.currentIndexChanged.connect(lambda _i: self.refill())
        return tab

    def refill(self) -> None:
        """Shows the entries that pass the filters."""
        text = self.search.text().strip()
        level2 = str(self.level2_box.currentData() or "")
        kind = str(self.kind_box.currentData() or "")
        canonical = load_frameworks().canonical_name
        rows: list[tuple[Entry, str]] = []
        if kind != MINE:
            for e in self.library.shipped.entries:
                if (level2 and e.level2 != level2) or (kind and e.kinds and kind not in e.kinds):
                    continue
                if text and text not in e.name and text not in e.explanation:
                    continue
                labels = "、".join(self.library.shipped.kind_label(k) for k in e.kinds)
                rows.append((e, labels or self.tr("通用")))
        if kind in (ALL, MINE):
            seen: set[tuple[str, str]] = set()
            for stored in self.library.library.entries(text, limit=5000):
                r = stored.row
                if (level2 and canonical(r.level2) != level2) or (r.level2, r.name) in seen:
                    continue
                seen.add((r.level2, r.name))
                rows.append((Entry(r.level1, r.level2, r.name, r.value, explanation=r.explanation,
                                   basis=r.basis, source=USER),
                             self.tr("本机：{0}").format(r.project)))
        self.rows = [chosen for chosen, _label in rows]
        self.table.setRowCount(0)
        self.table.setRowCount(len(rows))
        for i, (c, label) in enumerate(rows):
            for j, value in enumerate((c.name, c.value, c.level2, label, c.explanation)):
                self.table.setItem(i, j, _item(value))

    def chosen(self) -> list[Entry]:
        """The selected entries, in the table's order."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.rows[r] for r in rows if 0 <= r < len(self.rows)]

    # == the user's own library =============================================================
    def _own_tab(self) -> QWidget:
        tab = QWidget(self)
        self.own_search = QLineEdit(tab)
        self.own_search.setPlaceholderText(self.tr("搜索项目、部门、指标或指标值"))
        self.own_search.setClearButtonEnabled(True)
        self.own_search.textChanged.connect(lambda _t: self.refill_own())
        self.own_table = _table(tab, (
            self.tr("项目名称"), self.tr("主管部门"), self.tr("年度"), self.tr("二级指标"),
            self.tr("三级指标"), self.tr("指标值")))
        self.own_count = QLabel(tab)
        remove = QPushButton(self.tr("删除所选"), tab)
        remove.clicked.connect(lambda _c=False: self.remove_selected())
        export = QPushButton(self.tr("导出…"), tab)
        export.clicked.connect(lambda _c=False: self._ask_export())
        load = QPushButton(self.tr("导入…"), tab)
        load.clicked.connect(lambda _c=False: self._ask_import())
        row = QHBoxLayout()
        row.addWidget(self.own_count, 1)
        for button in (remove, export, load):
            row.addWidget(button)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.own_search)
        layout.addWidget(self.own_table)
        layout.addLayout(row)
        return tab

    def refill_own(self) -> None:
        """Shows the learned indicators that match the search."""
        self.own_rows: list[Stored] = self.library.library.entries(
            self.own_search.text(), limit=5000)
        self.own_table.setRowCount(0)
        self.own_table.setRowCount(len(self.own_rows))
        for i, stored in enumerate(self.own_rows):
            r = stored.row
            for j, value in enumerate((r.project, r.department, str(r.year), r.level2,
                                       r.name, r.value)):
                self.own_table.setItem(i, j, _item(value))
        self.own_count.setText(self.tr("{0} 条").format(len(self.own_rows)))

    def remove_selected(self) -> int:
        """Removes the selected learned indicators from the user's library."""
        rows = {index.row() for index in self.own_table.selectionModel().selectedRows()}
        ids = [self.own_rows[r].id for r in rows if 0 <= r < len(self.own_rows)]
        removed = self.library.library.remove(ids) if ids else 0
        self._changed()
        return removed

    def export_to(self, path: Path) -> int:
        """Writes the user's library to ``path`` (.xlsx)."""
        return export_xlsx(self.library.library, path)

    def import_from(self, path: Path) -> int:
        """Adds a library workbook's indicators; returns how many were new."""
        added = import_xlsx(self.library.library, path)
        self._changed()
        return added

    def _changed(self) -> None:
        self.library.refresh()
        self.refill_own()
        self.refill()

    def _ask_export(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("导出本机指标库"), "指标库.xlsx", self.tr("Excel 工作簿 (*.xlsx)"))
        if name:
            self._report(lambda: self.tr("已导出 {0} 条").format(self.export_to(Path(name))))

    def _ask_import(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("导入指标库"), "", self.tr("Excel 工作簿 (*.xlsx)"))
        if name:
            self._report(lambda: self.tr("已导入 {0} 条").format(self.import_from(Path(name))))

    def _report(self, job: object) -> None:
        try:
            text = job() if callable(job) else ""
        except (FileFormatError, OSError) as error:
            text = str(error)
        self.own_count.setText(str(text))


def _table(parent: QWidget, headers: tuple[str, ...]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(list(headers))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)
    return table


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item
