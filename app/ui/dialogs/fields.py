"""Dates and times in the dialogs' and pages' fields: Qt's values to Python's and back, a date picked from a
calendar, and one that may be left blank."""

from datetime import date, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

from app.domain.kept_years import FIRST_CALENDAR_DAY, LAST_CALENDAR_DAY

BLANK_DAY = FIRST_CALENDAR_DAY - timedelta(days=1)  # an optional date's minimum, shown as its word: not a day kept


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def qtime(moment: time) -> QTime:
    return QTime(moment.hour, moment.minute)


def pytime(value: QTime) -> time:
    """To the minute, as the fields show it."""
    return time(value.hour(), value.minute())


def date_edit(day: date | None = None, name: str = "") -> QDateEdit:
    """A date field that opens a calendar, on the years Cercle keeps (the services refuse the others), named
    ``name`` for a screen reader."""
    edit = QDateEdit()
    edit.setDateRange(qdate(FIRST_CALENDAR_DAY), qdate(LAST_CALENDAR_DAY))
    if day is not None:
        edit.setDate(qdate(day))
    edit.setCalendarPopup(True)
    if name:
        edit.setAccessibleName(name)
    return edit


class OptionalDateEdit(QDateEdit):
    """A date that may be left blank (a member's end date, a filter's bound), shown then as ``blank``: "none"
    unless the caller says otherwise ("any"). Like :func:`date_edit`, it opens a calendar on the years Cercle
    keeps. The keyboard can do all of it: Delete (or Backspace with the whole date selected) blanks it, a digit
    typed while it is blank starts a date, and Tab leaves it (Qt's date field swallows Tab on its word)."""

    def __init__(self, day: date | None = None, name: str = "", blank: str = "",
                 parent: QWidget | None = None, opens_on: date | None = None) -> None:
        super().__init__(parent)
        self.opens_on = opens_on  # the month the calendar shows while the date is blank (None: this month)
        self.setCalendarPopup(True)
        self.calendarWidget().installEventFilter(self)
        self.setDateRange(qdate(BLANK_DAY), qdate(LAST_CALENDAR_DAY))
        blank = blank or QCoreApplication.translate("OptionalDateEdit", "none")
        self.setSpecialValueText(blank)
        hint = QCoreApplication.translate("OptionalDateEdit", "The Delete key sets it back to “{blank}”.").format(
            blank=blank)
        self.setToolTip(hint)
        self.setAccessibleDescription(hint)
        if name:
            self.setAccessibleName(name)
        self.set_day(day)

    def day(self) -> date | None:
        return None if self.is_blank() else pydate(self.date())

    def set_day(self, day: date | None) -> None:
        self.setDate(qdate(day) if day is not None else self.minimumDate())

    def is_blank(self) -> bool:
        return self.date() == self.minimumDate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """A blank date's calendar opens on this month, not on the blank's own December 1999."""
        if watched is self.calendarWidget() and event.type() == QEvent.Type.Show and self.is_blank():
            month = qdate(self.opens_on) if self.opens_on is not None else QDate.currentDate()
            self.calendarWidget().setCurrentPage(month.year(), month.month())
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and self.is_blank():
            QWidget.focusNextPrevChild(self, key == Qt.Key.Key_Tab
                                       and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            return
        whole = self.lineEdit().selectedText() == self.text()
        if key == Qt.Key.Key_Delete or (key == Qt.Key.Key_Backspace and (whole or self.is_blank())):
            self.set_day(None)
            self.selectAll()
            return
        if self.is_blank() and event.text().isdigit():
            # Qt would write the digits after the word and keep it blank: they start a date, in its first section,
            # from a month of 31 days so that no day typed is cut short before its month is.
            self.setDate(QDate(QDate.currentDate().year(), 1, 1))
            self.setSelectedSection(self.sectionAt(0))
        super().keyPressEvent(event)
