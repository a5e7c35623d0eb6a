"""The project form's hint line: what the field being typed in was understood as.

While the user is in an amount, percentage or date field, one grey line under the
funding block says what the text means, at once, keystroke by keystroke: ``年度金额 =
1443.08 万元`` for ``1,443.08`` or ``1443.08万元``, ``资金支出计划·3月底 = 30%`` for
``30%``, ``项目实施期（开始） = 2026-01-01`` for ``2026年1月1日``. Text that cannot be
read is said to stay as typed (the problems panel reports it); an empty field gets the
ways it may be written. The hint has room for :data:`LINES` lines whatever it says (none
included), so the form never jumps, and it wraps to the form's width rather than widen
it (the whole text is its tool tip).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from jxeditor.document.fields import (
    AMOUNT,
    DATE,
    field_kind,
    field_spec,
    field_unit,
    text_from_value,
    value_from_text,
)

GREY = "#6b6b6b"
RED = "#b00020"
LINES = 2  # the longest hint (the ways to write a date) on a narrow form


class FieldHint(QLabel):
    """One line saying what the focused field's text was understood as."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldHint")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # as wide as the form gives (never asking for more), as high as LINES lines always
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * LINES + 2)
        self.understood: bool | None = None  # None: no hint shown
        self.clear_hint()

    def clear_hint(self) -> None:
        self.understood = None
        self.setText("")
        self.setToolTip("")

    def show_for(self, path: str, text: str, money_unit: str = "万元") -> None:
        """The hint for field ``path`` holding ``text`` (nothing for text fields)."""
        kind = field_kind(path)
        if kind not in (AMOUNT, DATE):
            self.clear_hint()
            return
        label = field_spec(path).label
        value = value_from_text(path, text, money_unit=money_unit)
        if value is None:
            self._say(label + self._ways(kind, field_unit(path)), understood=True)
        elif isinstance(value, (Decimal, date)):
            self._say(f"{label} = {self._normal(path, value, money_unit)}", understood=True)
        elif kind == AMOUNT:
            self._say(self.tr("{0}：“{1}”不是数字，按原样保留；请写成如 1443.08").format(
                label, value), understood=False)
        else:
            self._say(self.tr("{0}：“{1}”不是日期，按原样保留；请写成如 2026-01-01").format(
                label, value), understood=False)

    def _normal(self, path: str, value: Decimal | date, money_unit: str) -> str:
        text = text_from_value(path, value)
        unit = field_unit(path, money_unit)
        if isinstance(value, date) or not unit:
            return text
        return text + unit if unit == "%" else f"{text} {unit}"

    def _ways(self, kind: str, unit: str) -> str:
        if unit == "%":
            return self.tr("：填百分数，可写 30 或 30%")
        if kind == DATE:
            return self.tr("：可写 2026-01-01、2026/1/1、2026.1.1、2026年1月1日 或 20260101；"
                           "Alt+↓ 打开日历")
        return self.tr("：可写 1443.08、1,443.08、1443.08万元 或全角数字")

    def _say(self, text: str, *, understood: bool) -> None:
        self.understood = understood
        self.setStyleSheet(f"QLabel {{ color: {GREY if understood else RED}; }}")
        self.setText(text)
        self.setToolTip(text)
