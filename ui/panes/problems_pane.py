"""The problems pane: every problem of the document (or of the current project only),
going to a problem's place (double-click, Enter), applying a fix (right-click) and
confirming a 警告 or 提示 as intended with a short reason (确认无误…, right-click or the
button; 取消确认 withdraws it), all through the session; and the counts for the status
bar (the confirmed ones apart, as 已确认)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jxeditor.document.changes import (
    Change,
    DocumentFieldChanged,
    ProjectFieldChanged,
    ProjectRemoved,
    ProjectsInserted,
    Reset,
)
from jxeditor.document.department import Department
from jxeditor.document.model import Project
from jxeditor.rules.acknowledgements import can_acknowledge, can_withdraw
from jxeditor.rules.problems import Problem
from jxeditor.rules.tally import ACKNOWLEDGED
from jxeditor.scoring.numbers import text as decimal_text
from ui.models.problems_model import ProblemsModel
from ui.panes.problems_filter import ProblemsFilter
from ui.session.editor_session import EditorSession
from ui.session.live_scores import unfinished_label

if TYPE_CHECKING:  # the dialog is imported by the first 确认无误
    from ui.panes.acknowledge_dialog import AcknowledgeDialog

# the severity filter: (label, severity or None for all); labels are translated on use
SEVERITY_CHOICES = (
    (QT_TRANSLATE_NOOP("ProblemsPane", "全部"), None),
    (QT_TRANSLATE_NOOP("ProblemsPane", "错误"), "error"),
    (QT_TRANSLATE_NOOP("ProblemsPane", "警告"), "warning"),
    (QT_TRANSLATE_NOOP("ProblemsPane", "已确认"), ACKNOWLEDGED),
)


class ProblemsPane(QWidget):
    """The problems table with its "current project only" switch."""

    def __init__(self, session: EditorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = ProblemsModel(session.live, self)
        self.filter = ProblemsFilter(self.model, self)
        self.view = view = QTableView(self)
        view.setTabKeyNavigation(False)  # Tab leaves the table in one step
        view.setObjectName("problemsView")
        view.setModel(self.filter)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 4)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAlternatingRowColors(True)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.doubleClicked.connect(self.go_to)
        view.activated.connect(self.go_to)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.resizeSection(0, 80)
        header.resizeSection(1, 260)
        header.resizeSection(2, 260)
        header.setStretchLastSection(True)
        self.current_only = QCheckBox(self.tr("只显示当前项目的问题"), self)
        self.current_only.setObjectName("problemsCurrentOnly")
        self.current_only.toggled.connect(lambda _on: self._filter())
        self.severity_choice = QComboBox(self)
        self.severity_choice.setObjectName("problemsSeverity")
        for label, severity in SEVERITY_CHOICES:
            self.severity_choice.addItem(self.tr(str(label)), severity)
        self.severity_choice.currentIndexChanged.connect(lambda _i: self._filter())
        self.search = QLineEdit(self)
        self.search.setObjectName("problemsSearch")
        self.search.setPlaceholderText(self.tr("筛选问题…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._filter())
        self.acknowledge_button = QPushButton(self.tr("确认无误…"), self)
        self.acknowledge_button.setObjectName("problemsAcknowledge")
        self.acknowledge_button.clicked.connect(lambda _c=False: self.acknowledge_current())
        self.dialog: AcknowledgeDialog | None = None
        title_row = QHBoxLayout()
        title_row.addWidget(QLabel(self.tr("问题（双击转到；右键可修正）"), self), 1)
        title_row.addWidget(self.acknowledge_button)
        title_row.addWidget(self.search)
        title_row.addWidget(self.severity_choice)
        title_row.addWidget(self.current_only)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(title_row)
        layout.addWidget(view, 1)
        session.currentProjectChanged.connect(lambda _p: self._filter())
        session.department.shownChanged.connect(lambda _on: self._filter())
        view.selectionModel().currentRowChanged.connect(lambda *_: self._update_button())
        for signal in (self.filter.dataChanged, self.filter.rowsInserted,
                       self.filter.rowsRemoved, self.filter.modelReset,
                       self.filter.layoutChanged):
            signal.connect(lambda *_: self._update_button())
        self._update_button()

    def _filter(self) -> None:
        shown = self.session.department
        key = (
            ProblemsModel.project_key(shown.block if shown.shown else self.session.current)
            if self.current_only.isChecked() else None
        )
        self.filter.set_filter(key, self.severity_choice.currentData(), self.search.text())

    def _source(self, index: QModelIndex) -> QModelIndex:
        return index if index.model() is self.model else self.filter.mapToSource(index)

    def _row(self, index: QModelIndex) -> tuple[Project | None, Problem | None]:
        """The project and problem of a row (no project for the department's)."""
        source = self._source(index)
        owner = self.model.project(source)
        return (owner if isinstance(owner, Project) else None), self.model.problem(source)

    def go_to(self, index: QModelIndex) -> None:
        """Shows the place of the problem in row ``index`` (of the view or of the model)."""
        source = self._source(index)
        owner, problem = self.model.project(source), self.model.problem(source)
        if isinstance(owner, Department) and problem is not None:
            self.session.department.go_to(problem.field, problem.path)
        elif isinstance(owner, Project) and problem is not None:
            self.session.go_to(owner, problem.field, problem.path)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if index.isValid() and self._department_row(index):
            self._department_menu(index).exec(self.view.viewport().mapToGlobal(pos))
            return
        project, problem = self._row(index) if index.isValid() else (None, None)
        if project is None or problem is None:
            return
        menu = QMenu(self)
        go = menu.addAction(self.tr("转到"))
        go.triggered.connect(lambda _c=False: self.go_to(index))
        if can_withdraw(problem):
            withdraw = menu.addAction(self.tr("取消确认"))
            withdraw.triggered.connect(
                lambda _c=False: self.session.acknowledge(project, problem, None))
        elif can_acknowledge(problem):
            confirm = menu.addAction(self.tr("确认无误…"))
            confirm.triggered.connect(lambda _c=False: self.ask_reason(project, problem))
        if problem.fix is not None:
            fix = menu.addAction(self.tr("修正：{0}").format(problem.fix.label))
            fix.triggered.connect(lambda _c=False: self.session.apply_fix(problem))
            alike = self.same_fixes(problem.code)
            if len(alike) > 1:
                every = menu.addAction(self.tr("修正全部同类问题（{0} 处）").format(len(alike)))
                every.triggered.connect(lambda _c=False: self.session.apply_fixes(alike))
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def _department_row(self, index: QModelIndex) -> bool:
        return isinstance(self.model.project(self._source(index)), Department)

    def _department_menu(self, index: QModelIndex) -> QMenu:
        """The menu of a problem of 部门整体: 转到, its fix (as a project's); 确认无误 is
        shown disabled, the file having no place for the department's confirmations."""
        problem = self.model.problem(self._source(index))
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        go = menu.addAction(self.tr("转到"))
        go.triggered.connect(lambda _c=False: self.go_to(index))
        if problem is not None and can_acknowledge(problem):
            confirm = menu.addAction(self.tr("确认无误…"))
            confirm.setEnabled(False)
            confirm.setToolTip(self._no_acknowledgement())
        if problem is not None and problem.fix is not None:
            fix = menu.addAction(self.tr("修正：{0}").format(problem.fix.label))
            fix.triggered.connect(lambda _c=False: self.session.department.apply_fix(problem))
        return menu

    # -- confirming a warning as intended --------------------------------------------------
    def _current(self) -> tuple[Project | None, Problem | None]:
        index = self.view.currentIndex()
        return self._row(index) if index.isValid() else (None, None)

    def _no_acknowledgement(self) -> str:
        return self.tr("部门整体的问题不能确认无误：文件只为各项目保存确认（理由），"
                       "没有部门整体的位置；请按提示修改，或在说明中写明原因")

    def _update_button(self) -> None:
        """The button follows the selected row: 确认无误… for a 警告 or 提示 of a project,
        取消确认 for one already confirmed, disabled otherwise (saying why for 部门整体)."""
        project, problem = self._current()
        confirmed = problem is not None and can_withdraw(problem)
        self.acknowledge_button.setText(self.tr("取消确认") if confirmed else self.tr("确认无误…"))
        self.acknowledge_button.setEnabled(project is not None and problem is not None and (
            confirmed or can_acknowledge(problem)))
        index = self.view.currentIndex()
        department = index.isValid() and self._department_row(index)
        self.acknowledge_button.setToolTip(self._no_acknowledgement() if department else self.tr(
            "所选警告或提示确属有意为之：写明理由后不再计为警告（可撤销）"))

    def acknowledge_current(self) -> None:
        """确认无误… (or 取消确认) for the selected problem."""
        project, problem = self._current()
        if project is None or problem is None:
            return
        if can_withdraw(problem):
            self.session.acknowledge(project, problem, None)
        elif can_acknowledge(problem):
            self.ask_reason(project, problem)

    def ask_reason(self, project: Project, problem: Problem) -> AcknowledgeDialog:
        """Opens the dialog for the reason (window-modal, not blocking); 确定 records it
        through the session as one undo step."""
        from ui.panes.acknowledge_dialog import AcknowledgeDialog  # by the first 确认无误

        dialog = AcknowledgeDialog(project.name, problem, self)
        self.dialog = dialog

        def record() -> None:
            self.session.acknowledge(project, problem, dialog.reason())

        def done() -> None:
            if self.dialog is dialog:
                self.dialog = None
            dialog.deleteLater()

        dialog.accepted.connect(record)
        dialog.finished.connect(lambda _r: done())
        dialog.open()
        return dialog

    def same_fixes(self, code: str) -> list[Problem]:
        """Every fixable problem with this code in the document's projects, for one bulk fix."""
        self.session.live.complete()  # a large file just opened: all of them, not some
        return [
            problem
            for _project, problems in self.session.live.by_project()
            for problem in problems
            if problem.code == code and problem.fix is not None
        ]


ANNUAL_TOTAL = "funding.annual.total"


def _amount(project: Project) -> Decimal:
    value = project.funding.annual.total
    return value if isinstance(value, Decimal) else Decimal(0)


class ProblemCounts(QWidget):
    """The status bar's summary: projects, the annual amount in total, and the problems by
    severity (the live validation's :class:`~jxeditor.rules.tally.Tally`); follows the
    document and the live validation."""

    def __init__(self, session: EditorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.totals_label = QLabel(self)
        self.totals_label.setObjectName("documentTotals")
        self.errors_label = QLabel(self)
        self.errors_label.setObjectName("errorCount")
        self.warnings_label = QLabel(self)
        self.warnings_label.setObjectName("warningCount")
        self.other_label = QLabel(self)
        self.other_label.setObjectName("otherCounts")
        self.score_label = QLabel(self)  # 自评: the current project's 总分 and 自评等级
        self.score_label.setObjectName("scoreStatus")
        self.score_label.setStyleSheet("padding: 0 6px;")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label in (self.score_label, self.totals_label, self.errors_label,
                      self.warnings_label, self.other_label):
            layout.addWidget(label)
        session.scores.changed.connect(lambda _p: self.show_score())
        session.currentProjectChanged.connect(lambda _p: self.show_score())
        self._total: Decimal | None = None
        self._amounts: dict[int, Decimal] = {}
        session.doc.subscribe(self._on_change)
        session.live.countsChanged.connect(lambda *_: self.refresh())
        session.live.resetAll.connect(self.refresh)
        self.refresh()
        self.show_score()

    def show_score(self) -> None:
        """The current project's 总分 and 自评等级 in the 自评 stage (hidden otherwise)."""
        score = self.session.scores.score_of(self.session.current)
        if score is not None:
            self.score_label.setText(unfinished_label(score) if score.grade is None else self.tr(
                "本项目自评 {0} 分　{1}").format(decimal_text(score.total), score.grade))
        self.score_label.setVisible(score is not None)

    def refresh(self) -> None:
        """Writes the totals and the counts (errors in red when there are any)."""
        doc = self.session.doc
        self.totals_label.setText(self.tr("%n 个项目　年度金额合计 {0} {1}", "", len(doc.projects))
                                  .format(f"{self._annual_total().normalize():,f}", doc.money_unit))
        tally = self.session.live.tally()
        errors = tally.error
        self.errors_label.setText(self.tr("错误 {0}").format(errors))
        self.warnings_label.setText(self.tr("警告 {0}").format(tally.warning))
        others = [f"{self._severity_name(s)} {tally.count(s)}"
                  for s in ("todo", "info", ACKNOWLEDGED) if tally.count(s)]
        pending = self.session.live.pending()  # a large file just opened: the rest while idle
        if pending:
            others.append(self.tr("检查中…"))  # short: the bar has little room left
        self.other_label.setText("　".join(others))
        self.other_label.setToolTip(
            self.tr("正在检查其余 %n 个项目，计数随之更新", "", pending) if pending else "")
        self.other_label.setVisible(bool(others))
        colour = "#d32f2f" if errors else "palette(window-text)"
        style = f"color: {colour}; padding: 0 6px;"
        if self.errors_label.styleSheet() != style:  # a new style sheet lays the bar out again
            self.errors_label.setStyleSheet(style)
            self.warnings_label.setStyleSheet("padding: 0 6px;")
            self.totals_label.setStyleSheet("padding: 0 6px;")

    def _annual_total(self) -> Decimal:
        """The sum of the projects' annual totals, kept up to date amount by amount: a
        keystroke in one project's 年度金额 costs one subtraction and one addition."""
        if self._total is None:
            self._amounts = {id(p): _amount(p) for p in self.session.doc.projects}
            self._total = sum(self._amounts.values(), Decimal(0))
        return self._total

    def _on_change(self, change: Change) -> None:
        match change:
            case ProjectFieldChanged(project=project, field=field) if field == ANNUAL_TOTAL:
                if self._total is not None:
                    new = _amount(project)
                    self._total += new - self._amounts.get(id(project), Decimal(0))
                    self._amounts[id(project)] = new
            case ProjectsInserted() | ProjectRemoved() | Reset():
                self._total = None
                self.refresh()
            case DocumentFieldChanged(field="stage"):
                self.show_score()
            case _:
                pass

    def _severity_name(self, severity: str) -> str:
        names = {"todo": self.tr("待填"), "info": self.tr("提示"), ACKNOWLEDGED: self.tr("已确认")}
        return names.get(severity, severity)
