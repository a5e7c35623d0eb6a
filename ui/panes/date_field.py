"""A date field of the project form: a line edit that also opens a calendar.

The user may type a date in any everyday way (the form reads it with the core's lenient
date parser) or pick a day: the calendar button at the field's end, "选择日期…" in its
context menu, or Alt+↓ / F4 open a :class:`QCalendarWidget` below the field; clicking a
day or pressing Enter on it emits :attr:`DateField.dateChosen` (the form makes that one
undo step); Esc closes the calendar and changes nothing. The placeholder ``年-月-日``
says what to write without looking like a value.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QContextMenuEvent, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QFrame, QLineEdit, QVBoxLayout, QWidget

from jxeditor.document.periods import parse_date
from ui.platform import i18n
from ui.platform.qtcompat import emit


def calendar_icon() -> QIcon:
    """A small calendar sheet, drawn (no icon file to ship). The areas are filled with
    ``drawRect`` and no pen, as ``fillRect`` would (which makes ``QGradient``'s enums, a
    hundred and eighty presets, the first time it is called)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)

    def fill(x: int, y: int, width: int, height: int, colour: str) -> None:
        painter.setBrush(QColor(colour))
        painter.drawRect(x, y, width, height)

    try:
        painter.setPen(QColor("#555555"))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRect(1, 2, 13, 12)
        painter.setPen(Qt.PenStyle.NoPen)
        fill(2, 3, 12, 3, "#d32f2f")
        fill(4, 0, 2, 4, "#555555")
        fill(10, 0, 2, 4, "#555555")
        for row in range(2):
            for col in range(3):
                fill(3 + col * 4, 8 + row * 3, 2, 2, "#555555")
    finally:
        painter.end()
    return QIcon(pixmap)


class CalendarPopup(QFrame):
    """The calendar below a date field; closes itself when a day is chosen or on Esc."""

    chosen = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("calendarPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("calendar")
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(
            QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader
        )
        if i18n.current_language() == i18n.DEFAULT_LANGUAGE:
            self.calendar.setLocale(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        layout.addWidget(self.calendar)
        self.calendar.clicked.connect(self._choose)
        self.calendar.activated.connect(self._choose)

    def _choose(self, day: QDate) -> None:
        self.close()
        emit(self.chosen, day)


class DateField(QLineEdit):
    """A line edit for one date with a calendar to pick the day from."""

    dateChosen = Signal(object)  # datetime.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("年-月-日"))
        self.calendar_action: QAction = self.addAction(
            calendar_icon(), QLineEdit.ActionPosition.TrailingPosition
        )
        self.calendar_action.setObjectName("chooseDate")
        self.calendar_action.setToolTip(self.tr("选择日期（Alt+↓）"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.popup: CalendarPopup | None = None
        # a whole date and the calendar button: a narrow form never cuts the day
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("2026-12-31") + 44)

    def shown_date(self) -> date:
        """The day the calendar starts on: the field's date, else today."""
        value = parse_date(self.text())
        return value if isinstance(value, date) else date.today()

    def open_calendar(self) -> CalendarPopup:
        """Opens the calendar below the field, on the field's date (or today)."""
        if self.popup is None:
            self.popup = CalendarPopup(self)
            self.popup.chosen.connect(self._chosen)
        day = self.shown_date()
        self.popup.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.popup.adjustSize()
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.show()
        self.popup.calendar.setFocus(Qt.FocusReason.PopupFocusReason)
        return self.popup

    def _chosen(self, day: QDate) -> None:
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        emit(self.dateChosen, date(day.year(), day.month(), day.day()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        if key == Qt.Key.Key_F4 or (
            key == Qt.Key.Key_Down and modifiers & Qt.KeyboardModifier.AltModifier
        ):
            self.open_calendar()
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        menu.addSeparator()
        choose = menu.addAction(self.tr("选择日期…"))
        choose.setObjectName("chooseDateMenu")
        choose.triggered.connect(self.open_calendar)
        menu.exec(event.globalPos())
        menu.deleteLater()
