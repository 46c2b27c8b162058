"""A month as a table of days, each saying what is planned on it: to the eye, and to a screen reader.

Qt's QCalendarWidget shows a month, but over AT-SPI it is a "table" that is not one, its month buttons have
no name and its days are bare numbers: a marked day differs only by its colour. Here the month is a real
table (a TableView: the arrows move between days, Tab leaves it; Page Up and Page Down change the month),
each day cell says its date and what is planned ("jeudi 3 décembre 2026 : 2 séances — …"), and a marked
day shows how many things it holds, not only a colour.
"""

from datetime import date, timedelta

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app import formatting
from app.domain.kept_years import kept_day, months_after
from app.ui.models.guard import never_raises
from app.ui.widgets import TableView

Index = QModelIndex | QPersistentModelIndex
WEEKS_SHOWN = 6  # every month fits six rows of weeks
OTHER_MONTH = "#595959"  # the days before and after the month, in grey that still reads at 4.5:1 on white


def first_monday(year: int, month: int) -> date:
    first = date(year, month, 1)
    return first - timedelta(days=first.weekday())


class MonthModel(QAbstractTableModel):
    """Six weeks from the Monday before the 1st; each day with the sessions planned on it, a line each."""

    def __init__(self, marked_colour: str, parent=None) -> None:
        super().__init__(parent)
        self.year, self.month = 2000, 1
        self.planned: dict[date, list[str]] = {}
        self.marked = QBrush(QColor(marked_colour))

    def show(self, year: int, month: int, planned: dict[date, list[str]]) -> None:
        self.beginResetModel()
        self.year, self.month, self.planned = year, month, planned
        self.endResetModel()

    def day(self, index: Index) -> date:
        return first_monday(self.year, self.month) + timedelta(days=7 * index.row() + index.column())

    def index_of(self, day: date) -> QModelIndex:
        offset = (day - first_monday(self.year, self.month)).days
        return self.index(offset // 7, offset % 7) if 0 <= offset < 7 * WEEKS_SHOWN else QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else WEEKS_SHOWN

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else 7

    @never_raises
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        day = self.day(index)
        planned = self.planned.get(day, [])
        if role == Qt.ItemDataRole.DisplayRole:
            count = self.tr("%n session(s)", "", len(planned)) if planned else ""
            return f"{day.day}\n{count}" if count else str(day.day)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            what = "; ".join(planned) if planned else self.tr("Nothing planned")
            return self.tr("{day}: {what}").format(day=formatting.long_date(day), what=what)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        if role == Qt.ItemDataRole.BackgroundRole and planned:
            return self.marked
        if role == Qt.ItemDataRole.ForegroundRole and day.month != self.month:
            return QBrush(QColor(OTHER_MONTH))
        if role == Qt.ItemDataRole.FontRole and planned:
            font = QFont()
            font.setBold(True)
            return font
        return None

    @never_raises
    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QLocale().dayName(section + 1, QLocale.FormatType.ShortFormat)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return QLocale().dayName(section + 1)
        return None


class MonthCalendar(QWidget):
    """The month's days and the buttons to go from month to month. ``selectionChanged`` when the chosen
    day changes, ``currentPageChanged(year, month)`` when another month is shown."""

    selectionChanged = Signal()  # noqa: N815 - the names of QCalendarWidget's signals
    currentPageChanged = Signal(int, int)  # noqa: N815

    def __init__(self, name: str, marked_colour: str, parent=None) -> None:
        super().__init__(parent)
        self.model = MonthModel(marked_colour, self)
        self.view = TableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(name)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentChanged.connect(lambda *_: self.selectionChanged.emit())
        self.view.installEventFilter(self)
        self.previous = QPushButton(self.tr("Previous month"))
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next = QPushButton(self.tr("Next month"))
        self.next.clicked.connect(lambda: self.step(1))
        for button, key in ((self.previous, Qt.Key.Key_PageUp), (self.next, Qt.Key.Key_PageDown)):
            shown = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(self.tr("{action} ({key} in the days)").format(action=button.text(), key=shown))
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar = QHBoxLayout()
        bar.addWidget(self.previous)
        bar.addWidget(self.title, 1)
        bar.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self._chosen = date(2000, 1, 1)
        self.model.show(2000, 1, {})

    # --- QCalendarWidget's API, as the pages use it ---------------------------------------------------
    def yearShown(self) -> int:  # noqa: N802
        return self.model.year

    def monthShown(self) -> int:  # noqa: N802
        return self.model.month

    def selectedDate(self) -> QDate:  # noqa: N802
        index = self.view.currentIndex()
        day = self.model.day(index) if index.isValid() else self._chosen
        return QDate(day.year, day.month, day.day)

    def setSelectedDate(self, chosen: QDate) -> None:  # noqa: N802
        day = date(chosen.year(), chosen.month(), chosen.day())
        self._chosen = day
        if (day.year, day.month) != (self.model.year, self.model.month):
            self.setCurrentPage(day.year, day.month)
        self.view.setCurrentIndex(self.model.index_of(day))

    def setCurrentPage(self, year: int, month: int) -> None:  # noqa: N802
        # a month Cercle keeps: the six weeks around December 9999 (a session saved by an older version) run
        # off Python's calendar
        kept = kept_day(date(year, month, 1))
        year, month = kept.year, kept.month
        if (year, month) == (self.model.year, self.model.month):
            return
        self.model.show(year, month, {})
        self.title.setText(QLocale().toString(QDate(year, month, 1), "MMMM yyyy"))
        self.currentPageChanged.emit(year, month)

    # --- what is planned ------------------------------------------------------------------------------
    def set_planned(self, planned: dict[date, list[str]]) -> None:
        """Each day's lines (e.g. "14:00 Atelier cuisine"), for the month shown; the chosen day is kept."""
        chosen = self.selectedDate()
        self.model.show(self.model.year, self.model.month, planned)
        self.view.setCurrentIndex(self.model.index_of(date(chosen.year(), chosen.month(), chosen.day())))
        self.view.setMinimumWidth(self._least_width())

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.view.setMinimumWidth(self._least_width())  # measured again in the font the style sheet gave it
        super().showEvent(event)

    def _least_width(self) -> int:
        """Seven days, each as wide as its longest word ("séances", in bold where planned) as its delegate
        measures it wrapped: in a narrow window, what is beside the month gives way first, down to that."""
        option = QStyleOptionViewItem()
        self.view.initViewItemOption(option)
        option.rect = QRect(0, 0, 1, 2**16)  # as narrow as can be: each line wrapped at each space
        delegate = self.view.itemDelegate()
        widest = max(delegate.sizeHint(option, self.model.index(row, column)).width()
                     for row in range(WEEKS_SHOWN) for column in range(7))
        return 7 * (widest + 1) + 2 * self.view.frameWidth()  # a pixel more: Qt's measure rounds a fraction down

    def step(self, months: int) -> None:
        """Another month, the same day of it where it exists."""
        first = months_after(date(self.model.year, self.model.month, 1), months)
        year, month = first.year, first.month
        day = min(self.selectedDate().day(), QDate(year, month, 1).daysInMonth())
        self.setSelectedDate(QDate(year, month, day))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.view and event.type() == event.Type.KeyPress \
                and event.key() in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.step(-1 if event.key() == Qt.Key.Key_PageUp else 1)
            return True
        return super().eventFilter(watched, event)
