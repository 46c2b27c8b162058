"""How a new series repeats, shared by the meeting dialog and the workshop sessions dialog: a rule (every n
weeks, monthly on a date, monthly on the nth or last weekday), how many times, and the list of its days to
check before saving. The public holidays and closures it leaves out are said there; unchecking a day leaves
it out too."""

from collections.abc import Callable, Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QListWidget, QListWidgetItem, QSpinBox, QWidget

from app import formatting, i18n
from app.domain.errors import QT_TRANSLATE_NOOP, CercleError
from app.domain.recurrence import (
    LAST,
    LAST_MONTH_DAY,
    MAX_INTERVAL,
    MAX_OCCURRENCES,
    Frequency,
    Recurrence,
    SeriesDays,
    SkipReason,
    positions_of,
)

Planner = Callable[[date, Recurrence, Iterable[date]], SeriesDays]
translate = QCoreApplication.translate  # in the "Repeat" context, where lupdate finds it
ONCE, WEEKLY, MONTHLY_DAY, MONTHLY_NTH, MONTHLY_LAST = range(5)
# the interval's unit after its number (i18n.plural: French says « 1 mois », « 0 semaine »)
WEEK, WEEKS = QT_TRANSLATE_NOOP("Repeat", " week"), QT_TRANSLATE_NOOP("Repeat", " weeks")
MONTH, MONTHS = QT_TRANSLATE_NOOP("Repeat", " month"), QT_TRANSLATE_NOOP("Repeat", " months")
# what a series plans, one and many
MEETINGS = QT_TRANSLATE_NOOP("Repeat", "{count} meeting"), QT_TRANSLATE_NOOP("Repeat", "{count} meetings")
SESSIONS = QT_TRANSLATE_NOOP("Repeat", "{count} session"), QT_TRANSLATE_NOOP("Repeat", "{count} sessions")


def _weekday(day: date) -> str:
    return QLocale().dayName(day.isoweekday())


def _position(position: int) -> str:
    words = {
        1: translate("Repeat", "first"), 2: translate("Repeat", "second"), 3: translate("Repeat", "third"),
        4: translate("Repeat", "fourth"), LAST: translate("Repeat", "last"),
    }
    return words[position]


def describe(rule: Recurrence, first: date) -> str:
    """The rule in words: « toutes les 2 semaines, le jeudi », « le premier jeudi du mois », « le 15 de
    chaque mois »."""
    every = rule.interval
    if rule.frequency == Frequency.WEEKLY:
        text = (translate("Repeat", "every week, on {weekday}") if every == 1
                else translate("Repeat", "every {count} weeks, on {weekday}"))
        return text.format(count=every, weekday=_weekday(first))
    if rule.frequency == Frequency.MONTHLY_DAY:
        text = (translate("Repeat", "on the {day} of every month") if every == 1
                else translate("Repeat", "on the {day}, every {count} months"))
        return text.format(count=every, day=first.day)
    text = (translate("Repeat", "on the {position} {weekday} of the month") if every == 1
            else translate("Repeat", "on the {position} {weekday}, every {count} months"))
    return text.format(count=every, position=_position(rule.position_on(first)), weekday=_weekday(first))


def _reason(reason: SkipReason) -> str:
    words = {
        SkipReason.HOLIDAY: translate("Repeat", "public holiday"),
        SkipReason.CLOSURE: translate("Repeat", "centre closed"),
        SkipReason.CHOSEN: translate("Repeat", "unchecked"),
    }
    return words[reason]


class RepeatEditor(QObject):
    """The rows of a series' repeat rule, added to a dialog's form with :meth:`add_to`.

    ``planner`` says which days a rule gives (a service: holidays and closures are in the database);
    ``planned`` names what is planned, one and many (``MEETINGS``, ``SESSIONS``). The dialog calls
    :meth:`set_first` when its day changes.
    """

    def __init__(self, first: date, planner: Planner, planned: tuple[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first, self.planner, self.planned = first, planner, planned
        self.left_out: set[date] = set()  # the days unchecked by the person
        self.kind = QComboBox()
        self.kind.setAccessibleName(translate("Repeat", "Repeat"))
        self.kind.addItems([""] * 5)
        self.interval = QSpinBox()
        self.interval.setRange(1, MAX_INTERVAL)
        self.interval.setAccessibleName(translate("Repeat", "Interval"))
        self.count = QSpinBox()
        self.count.setRange(1, MAX_OCCURRENCES)
        self.count.setValue(6)
        self.count.setAccessibleName(translate("Repeat", "Number of times"))
        self.days = QListWidget()
        self.days.setAccessibleName(translate("Repeat", "Days of the series"))
        self.days.setAccessibleDescription(
            translate("Repeat", "Uncheck a day to leave it out; Space checks or unchecks it."))
        self.days.setMinimumHeight(120)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(translate("Repeat", "The series planned"))
        self.kind.currentIndexChanged.connect(self.refresh)
        self.interval.valueChanged.connect(self.refresh)
        self.count.valueChanged.connect(self.refresh)
        self.days.itemChanged.connect(self._day_checked)
        self._name_kinds()
        self.refresh()

    def add_to(self, form: QFormLayout) -> None:
        form.addRow(translate("Repeat", "Repeat"), self.kind)
        form.addRow(translate("Repeat", "Interval"), self.interval)
        form.addRow(translate("Repeat", "Number of times"), self.count)
        form.addRow(self.summary)
        form.addRow(self.days)

    def set_visible(self, form: QFormLayout, visible: bool) -> None:
        for widget in (self.kind, self.interval, self.count, self.summary, self.days):
            form.setRowVisible(widget, visible)

    def set_first(self, first: date) -> None:
        self.first = first
        self._name_kinds()
        self.refresh()

    def repeats(self) -> bool:
        return self.kind.currentIndex() != ONCE

    def rule(self) -> Recurrence:
        """The rule chosen (repeating only)."""
        frequency, position = {
            WEEKLY: (Frequency.WEEKLY, None),
            MONTHLY_DAY: (Frequency.MONTHLY_DAY, None),
            MONTHLY_NTH: (Frequency.MONTHLY_WEEKDAY, positions_of(self.first)[0]),
            MONTHLY_LAST: (Frequency.MONTHLY_WEEKDAY, LAST),
        }[self.kind.currentIndex()]
        return Recurrence(frequency, self.interval.value(), self.count.value(), position=position)

    def chosen(self) -> list[date]:
        """The days the person left out."""
        return sorted(self.left_out)

    def _name_kinds(self) -> None:
        """The choices say the day they repeat (« Chaque mois, le premier jeudi »); those the first day cannot
        give are greyed out (no 31st in every month, a second Tuesday is no last one)."""
        weekday, positions = _weekday(self.first), positions_of(self.first)
        names = [
            translate("Repeat", "Does not repeat"),
            translate("Repeat", "Every week or every few weeks, on {weekday}").format(weekday=weekday),
            translate("Repeat", "Every month, on the {day}").format(day=self.first.day),
            translate("Repeat", "Every month, on the {position} {weekday}").format(
                position=_position(positions[0]) if positions[0] <= 4 else "", weekday=weekday),
            translate("Repeat", "Every month, on the last {weekday}").format(weekday=weekday),
        ]
        possible = [True, True, self.first.day <= LAST_MONTH_DAY, positions[0] <= 4, LAST in positions]
        model = self.kind.model()
        assert isinstance(model, QStandardItemModel), "a combo box's own model"
        for row, (name, enabled) in enumerate(zip(names, possible)):
            self.kind.setItemText(row, name)
            item = model.item(row)
            assert item is not None
            item.setEnabled(enabled)
        if not possible[self.kind.currentIndex()]:  # the new day cannot repeat so: its nearest rule
            self.kind.setCurrentIndex(MONTHLY_LAST if possible[MONTHLY_LAST] else MONTHLY_NTH)

    def refresh(self) -> None:
        """The days of the rule as it stands, each checked unless left out, and the series in words."""
        repeating = self.repeats()
        for widget in (self.interval, self.count, self.days):
            widget.setEnabled(repeating)
        weeks = self.kind.currentIndex() in (ONCE, WEEKLY)
        every = self.interval.value()
        self.interval.setSuffix(i18n.plural(every, WEEK, WEEKS) if weeks else i18n.plural(every, MONTH, MONTHS))
        current = self.days.currentRow()
        self.days.blockSignals(True)
        self.days.clear()
        self.days.blockSignals(False)
        if not repeating:
            self.summary.setText("")
            return
        try:
            planned = self.planner(self.first, self.rule(), self.left_out)
        except CercleError as error:
            self.summary.setText(i18n.message(error))
            return
        self._list(planned)
        self.days.setCurrentRow(min(current, self.days.count() - 1))  # the keyboard stays where it was
        text = translate("Repeat", "{count}, {rule}.").format(count=i18n.plural(len(planned.days), *self.planned),
                                              rule=describe(self.rule(), self.first))
        if planned.skipped:
            days = (f"{formatting.long_date(day)} ({_reason(why)})"
                    for day, why in zip(planned.skipped, planned.reasons))
            text += " " + translate("Repeat", "Days left out: {days}.").format(days=", ".join(days))
        self.summary.setText(text)

    def _list(self, planned: SeriesDays) -> None:
        why = dict(zip(planned.skipped, planned.reasons))
        self.days.blockSignals(True)
        for day in sorted(planned.days + planned.skipped):
            reason = why.get(day)
            text = formatting.long_date(day)
            if reason is not None and reason != SkipReason.CHOSEN:
                text += f" — {_reason(reason)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, day)
            fixed = reason is not None and reason != SkipReason.CHOSEN  # a holiday, a closure: no choice
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            item.setFlags(flags if fixed else flags | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if reason else Qt.CheckState.Checked)
            self.days.addItem(item)
        self.days.blockSignals(False)

    def _day_checked(self, item: QListWidgetItem) -> None:
        day = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self.left_out.discard(day)
        else:
            self.left_out.add(day)
        self.refresh()
