"""The optional date field every page and dialog uses: blank shown as its word, a date typed into it, blanked
again by the keyboard, left by Tab, on the years Cercle keeps."""

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from app.domain.kept_years import FIRST_CALENDAR_DAY, LAST_CALENDAR_DAY
from app.ui.dialogs.fields import OptionalDateEdit, pydate


@pytest.fixture
def form(qtbot, english):
    """A window with a line before the field and one after it, the field blank, the window active."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    before, after = QLineEdit(), QLineEdit()
    field = OptionalDateEdit(name="End date")
    for widget in (before, field, after):
        layout.addWidget(widget)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    yield before, field, after


def test_blank_reads_none_and_a_date_typed_into_it_is_read(qtbot, form):
    before, field, _after = form
    assert (field.day(), field.text(), field.accessibleName()) == (None, "none", "End date")
    assert "Delete" in field.accessibleDescription()
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is field
    qtbot.keyClicks(field, "31122026")  # a 31st typed first is kept, whatever month it is today
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert (field.day(), field.text()) == (date(2026, 12, 31), "31/12/2026")


def test_the_keyboard_blanks_it_and_tab_leaves_it(qtbot, form):
    _before, field, after = form
    field.set_day(date(2026, 11, 23))
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert (field.day(), field.text()) == (None, "none")
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # Qt's field kept Tab while it showed its word
    assert QApplication.focusWidget() is after
    field.set_day(date(2026, 11, 23))
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)  # in a section: Qt's own editing, the date is kept
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.day() == date(2026, 11, 23)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)  # the whole date selected: blank
    assert field.day() is None


def test_its_word_and_years_are_those_of_cercle(qtbot):
    field = OptionalDateEdit(date(2027, 2, 1), blank="any")
    qtbot.addWidget(field)
    assert (field.day(), field.specialValueText()) == (date(2027, 2, 1), "any")
    field.set_day(FIRST_CALENDAR_DAY)  # the first day kept is a day, not the blank
    assert field.day() == FIRST_CALENDAR_DAY
    field.setDate(field.date().addDays(-1))  # the day before it is the blank
    assert (field.day(), field.text()) == (None, "any")
    assert pydate(field.maximumDate()) == LAST_CALENDAR_DAY


@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")
def test_a_blank_dates_calendar_opens_on_the_month_asked(qtbot, form):
    _before, field, _after = form
    field.opens_on = date(2026, 11, 23)
    arrow = QPoint(field.width() - 6, field.height() // 2)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=arrow)
    calendar = field.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 11)
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    field.set_day(date(2030, 5, 2))  # a date set: its own month
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=arrow)
    qtbot.waitUntil(calendar.isVisible)
    assert (calendar.yearShown(), calendar.monthShown()) == (2030, 5)
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)
