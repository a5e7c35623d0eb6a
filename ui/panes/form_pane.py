"""The form pane: the document settings strip (year, unit, framework, money unit, the
stage switch and the 文档设置… button) above the current project's form and, in the
运行监控 and 自评 stages, the stage's block (:mod:`ui.panes.stage_block`), in a scroll
area; while the 部门整体 row is chosen, the department's form
(:mod:`ui.panes.department_form`) in their place. The department's form is built (and its
module imported) the first time it shows or is asked for (:attr:`FormPane.department_form`):
a window that never shows it never pays for it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jxeditor.document.changes import Change, DocumentFieldChanged, Reset
from jxeditor.document.model import NodePath
from ui.panes.project_form import ProjectForm
from ui.panes.stage_bar import StageSwitch
from ui.panes.stage_block import StageBlock
from ui.session.editor_session import EditorSession

if TYPE_CHECKING:  # built on first show (see FormPane.department_form)
    from ui.panes.department_form import DepartmentForm


class ElidedLabel(QLabel):
    """A one-line label that ends in … where the pane is too narrow (the whole text in
    its tooltip), rather than widening the form."""

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("…") * 8, super().minimumSizeHint().height())

    def setText(self, text: str) -> None:  # also the tooltip
        super().setText(text)
        self.setToolTip(text)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                              self.contentsRect().width())
        painter.drawText(self.contentsRect(), int(self.alignment()), shown)


class FormPane(QWidget):
    """Document settings and the project form."""

    def __init__(self, session: EditorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        strip = QHBoxLayout()
        self.settings_label = ElidedLabel(self)
        self.settings_label.setObjectName("documentSettings")
        self.settings_button = QPushButton(self.tr("文档设置…"), self)
        self.settings_button.setObjectName("documentSettingsButton")
        self.settings_button.clicked.connect(self.edit_settings)
        self.stages = StageSwitch(session, self)
        self.stage_choice = self.stages.combo(self)
        strip.addWidget(self.settings_label, 1)
        strip.addWidget(QLabel(self.tr("阶段"), self))
        strip.addWidget(self.stage_choice)
        strip.addWidget(self.settings_button)
        layout.addLayout(strip)
        self.form = ProjectForm(session, self)
        self.form.setObjectName("projectForm")
        self.stage_block = StageBlock(session, self)
        self.stage_block.setObjectName("stageBlock")
        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(0)
        page_layout.addWidget(self.stage_block)
        page_layout.addWidget(self.form, 1)
        self._page, self._page_layout = page, page_layout
        self._department_form: DepartmentForm | None = None
        self._department_form_built: list[Callable[[DepartmentForm], object]] = []
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(page)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field
        layout.addWidget(self.scroll_area, 1)
        session.doc.subscribe(self._on_change)
        session.goToRequested.connect(self._go_to)
        session.department.shownChanged.connect(self._show_department)
        self._show_department(session.department.shown)
        self._show_settings()

    def edit_settings(self) -> bool:
        """Asks for new document settings and applies them as one undo step."""
        values = self.session.questions.ask_settings(self.session.doc)
        return values is not None and self.session.set_document_fields(values)

    def _show_settings(self) -> None:
        doc = self.session.doc
        unit = doc.reporting_unit or self.tr("（未填）")
        self.settings_label.setText(  # the stage: the drop-down beside it
            self.tr("{0} 年度　填报单位：{1}　指标框架：{2} 版　单位：{3}").format(
                doc.year, unit, doc.framework, doc.money_unit
            )
        )

    @property
    def department_form(self) -> DepartmentForm:
        """The department's form, built now if it was not yet (hidden unless the
        部门整体 row is chosen)."""
        if self._department_form is None:
            from ui.panes.department_form import DepartmentForm

            form = DepartmentForm(self.session, self)
            form.setObjectName("departmentForm")
            form.setVisible(False)
            self._page_layout.addWidget(form, 1)
            self._keep_tab_order(form)
            self._department_form = form
            for built in self._department_form_built:
                built(form)
        return self._department_form

    def _keep_tab_order(self, form: QWidget) -> None:
        """Puts the fields of ``form``, built after the window, in the Tab order right
        after the page's other fields (where they were when the pane built the form)."""
        page = self._page
        previous: QWidget | None = None  # the page's last field before the form's
        fields: list[QWidget] = []  # the form's, in their order
        window = self.window()
        widget = window.nextInFocusChain()
        while widget is not None and widget is not window:
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                if form.isAncestorOf(widget):
                    fields.append(widget)
                elif page.isAncestorOf(widget):
                    previous = widget
            widget = widget.nextInFocusChain()
        for field in fields:
            if previous is not None:
                QWidget.setTabOrder(previous, field)
            previous = field

    def when_department_form_built(self, call: Callable[[DepartmentForm], object]) -> None:
        """Calls ``call`` with the department's form once it is built (now if it is)."""
        self._department_form_built.append(call)
        if self._department_form is not None:
            call(self._department_form)

    def _show_department(self, shown: bool) -> None:
        """The department's form in place of the project's (and its stage block's)."""
        self.form.setVisible(not shown)
        if shown:  # it shows itself again with the next project
            self.stage_block.setVisible(False)
        if shown or self._department_form is not None:
            self.department_form.setVisible(shown)
        self.updateGeometry()

    def _on_change(self, change: Change) -> None:
        if isinstance(change, (DocumentFieldChanged, Reset)):
            self._show_settings()
            self.updateGeometry()  # the stage's block came or went: another minimum

    def minimumSizeHint(self) -> QSize:
        """At least as wide as the form and the stage's block (the scroll area scrolls
        only vertically: narrower would cut their fields), and wide enough to read them."""
        hint = super().minimumSizeHint()
        # narrower, the form's two-column rows squeeze 项目编码 and 主管部门 unreadably
        comfortable = self.fontMetrics().horizontalAdvance("项") * 44
        area = self.scroll_area
        widget = area.widget()
        page = 0 if widget is None else widget.minimumSizeHint().width()
        least = page + area.verticalScrollBar().sizeHint().width() + 2 * area.frameWidth()
        return QSize(max(hint.width(), least, comfortable), hint.height())

    def _go_to(self, field: str | None, _path: NodePath | None) -> None:
        if field is not None and self.form.focus_field(field):
            self.scroll_area.ensureWidgetVisible(self.form.widgets[field])
        elif field in self.stage_block.widgets:  # a field of the 自评 or 运行监控 block
            widget = self.stage_block.widgets[field]
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll_area.ensureWidgetVisible(widget)
