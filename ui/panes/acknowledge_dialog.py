"""The small dialog of 确认无误…: the short reason why a warning is intended as it stands.

It shows the problem and asks for one line (required); 确定 stays disabled while the
line is empty. It is opened window-modal without blocking (``open()``), and the problems
pane records the reason through the session when it is accepted.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jxeditor.rules.acknowledgements import MAX_REASON
from jxeditor.rules.problems import Problem


class AcknowledgeDialog(QDialog):
    """Asks for the reason a 警告 or 提示 is confirmed as intended."""

    def __init__(self, project_name: str, problem: Problem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("acknowledgeDialog")
        self.setWindowTitle(self.tr("确认无误"))
        place = "　".join(t for t in (project_name, problem.location) if t)
        shown = QLabel(f"{place}\n{problem.message}".strip(), self)
        shown.setWordWrap(True)
        question = QLabel(self.tr("此问题确属有意为之？请写明理由（一行，必填）："), self)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("acknowledgeReason")
        self.reason_edit.setMaxLength(MAX_REASON)
        self.reason_edit.setPlaceholderText(self.tr("如：按合同约定，指标值确为 100 个"))
        question.setBuddy(self.reason_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(lambda _t: self._enable())
        layout = QVBoxLayout(self)
        layout.addWidget(shown)
        layout.addWidget(question)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self._enable()

    def reason(self) -> str:
        """The reason as typed, trimmed."""
        return self.reason_edit.text().strip()

    def _enable(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(bool(self.reason()))

    def accept(self) -> None:
        """Only with a reason (Enter in an empty line does nothing)."""
        if self.reason():
            super().accept()
