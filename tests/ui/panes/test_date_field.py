"""The form's date field: typed dates are the form's business; the calendar opens below
the field on the field's date (today when it has none) by its button, Alt+↓ or F4, a day
clicked or Enter on it says which day was chosen, Esc closes it and changes nothing."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPoint, Qt

from ui.panes.date_field import CalendarPopup, DateField, calendar_icon


@pytest.fixture
def field(qtbot: Any) -> DateField:
    widget = DateField()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_placeholder_icon_and_room_for_a_whole_date(field: DateField) -> None:
    assert field.placeholderText() == "年-月-日"
    assert field.calendar_action.toolTip() == "选择日期（Alt+↓）"
    assert not calendar_icon().pixmap(16, 16).isNull()
    assert field.minimumWidth() > field.fontMetrics().horizontalAdvance("2026-12-31")


@pytest.mark.parametrize(("text", "day"), [("2026年3月5日", date(2026, 3, 5)),
                                           ("2026/12/31", date(2026, 12, 31))])
def test_the_calendar_starts_on_the_fields_date(field: DateField, text: str, day: date) -> None:
    field.setText(text)
    assert field.shown_date() == day
    popup = field.open_calendar()
    assert popup.calendar.selectedDate() == QDate(day.year, day.month, day.day)
    assert popup.isVisible()
    assert popup.pos().y() >= field.mapToGlobal(QPoint(0, field.height())).y() - 1


def test_without_a_date_it_starts_today(field: DateField) -> None:
    field.setText("明年初")
    assert field.shown_date() == date.today()


@pytest.mark.parametrize(
    ("key", "modifier"),
    [(Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier),
     (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)],
)
def test_keys_open_the_calendar(field: DateField, qtbot: Any, key: Qt.Key,
                                modifier: Qt.KeyboardModifier) -> None:
    qtbot.keyClick(field, key, modifier)
    assert isinstance(field.popup, CalendarPopup) and field.popup.isVisible()


def test_plain_down_does_not(field: DateField, qtbot: Any) -> None:
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert field.popup is None


def test_enter_on_a_day_chooses_it(field: DateField, qtbot: Any) -> None:
    field.setText("2026-01-01")
    popup = field.open_calendar()
    with qtbot.wait_signal(field.dateChosen) as chosen:
        popup.calendar.setSelectedDate(QDate(2026, 1, 20))
        popup.calendar.activated.emit(QDate(2026, 1, 20))
    assert chosen.args == [date(2026, 1, 20)]
    assert not popup.isVisible()
    assert field.text() == "2026-01-01"  # the form writes the chosen day, not the field


def test_a_click_chooses_too(field: DateField, qtbot: Any) -> None:
    popup = field.open_calendar()
    with qtbot.wait_signal(field.dateChosen) as chosen:
        popup.calendar.clicked.emit(QDate(2027, 2, 28))
    assert chosen.args == [date(2027, 2, 28)]


def test_escape_closes_and_chooses_nothing(field: DateField, qtbot: Any) -> None:
    popup = field.open_calendar()
    with qtbot.assert_not_emitted(field.dateChosen):
        qtbot.keyClick(popup.calendar, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible())


def test_the_same_popup_is_opened_again(field: DateField) -> None:
    first = field.open_calendar()
    first.close()
    assert field.open_calendar() is first
