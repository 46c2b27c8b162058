"""Hours: the acting member's timesheet (categories × days), their running balance, the team's weeks."""

import operator
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import cast

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractSeries,
    QBarCategoryAxis,
    QChart,
    QChartView,
    QLegend,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QVBoxLayout,
    QWidget,
)

from app import formatting, i18n
from app.domain import hours as rules
from app.domain.clock_time import CREDIT_RULE
from app.domain.errors import CercleError
from app.domain.kept_years import weeks_after
from app.formatting import category_label
from app.services import hours, members
from app.services.changes import Entity
from app.ui.dialogs.hours import AbsenceDialog, CategoriesDialog, OpeningBalanceDialog, kind_label
from app.ui.exporting import export_with_dialog
from app.ui.flow_layout import FlowLayout
from app.ui.models.guard import never_raises
from app.ui.models.table import Column, RowsModel
from app.ui.narrow_columns import two_lines
from app.ui.pages.base import Page, TabsRefresher
from app.ui.widgets import (
    ErrorLabel,
    StatusLabel,
    TableView,
    TabWidget,
    WrappingLabel,
    confirm,
    fit_columns,
    give_key,
    scrolling,
    show_error,
)

Index = QModelIndex | QPersistentModelIndex
LONG_TITLE = 15  # characters: a category's longer name goes on two lines in a narrow timesheet
TEAM_WEEKS = 8
FEWEST_TEAM_WEEKS = 4  # in a narrow window, the Team tab shows the last weeks it has room for, no fewer
BALANCE_WEEKS = 12
RESTING = QColor("#eeeeee")  # a day off, a holiday or an absence
BEHIND, SLIGHTLY_BEHIND, ON_TARGET = QColor("#f4b6b0"), QColor("#fbe3a6"), QColor("#c8e6c9")


def gap_text(minutes: int) -> str:
    return ("+" if minutes > 0 else "") + formatting.duration(minutes)


def gap_colour(gap: int) -> QColor:
    """Self-management gap of a week: on target, up to an hour behind, or further behind."""
    if gap >= 0:
        return ON_TARGET
    return SLIGHTLY_BEHIND if gap > -60 else BEHIND


def gap_brush(gap: int) -> QBrush:
    """:func:`gap_colour` as the brush a cell is painted with, made once per colour."""
    colour = gap_colour(gap)
    if colour.rgb() not in BRUSHES:
        BRUSHES[colour.rgb()] = QBrush(colour)
    return BRUSHES[colour.rgb()]


BRUSHES: dict[int, QBrush] = {}
DARK_TEXT = QBrush(QColor("#202020"))  # on the gap colours, whatever the theme
CENTRED = int(Qt.AlignmentFlag.AlignCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
Painted = tuple[str | None, QBrush | None]  # a Team cell's text and background
# The roles a view asks of every Team cell it paints, answered from what TeamModel.set_view made.
PAINTED: dict[int, Callable[[Painted], object]] = {
    Qt.ItemDataRole.DisplayRole: lambda cell: cell[0],
    Qt.ItemDataRole.BackgroundRole: lambda cell: cell[1],
    Qt.ItemDataRole.ForegroundRole: lambda cell: DARK_TEXT if cell[1] is not None else None,
    Qt.ItemDataRole.TextAlignmentRole: lambda cell: CENTRED if cell[0] is not None else None,
    Qt.ItemDataRole.DecorationRole: lambda _cell: None,
    Qt.ItemDataRole.FontRole: lambda _cell: None,
    Qt.ItemDataRole.CheckStateRole: lambda _cell: None,
}


def gap_status(gap: int) -> str:
    """What :func:`gap_colour` shows, in words for whoever does not see the colour."""
    if gap >= 0:
        return QCoreApplication.translate("HoursPage", "on target")
    if gap > -60:
        return QCoreApplication.translate("HoursPage", "slightly behind")
    return QCoreApplication.translate("HoursPage", "behind")


class WeekModel(QAbstractTableModel):
    """The timesheet: one row per category, the profession hours assumed done as planned (when they are),
    and a total row; one column per day and a total column. What the week's summary says is done is
    the sum of these rows (:meth:`done`), so that each figure can be found in them.

    Editing a cell emits ``edited(day, category_id, text)``; the page records it through the services.
    """

    edited = Signal(object, int, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.grid: hours.WeekGrid | None = None
        # what a paint asks of every cell, prepared by set_grid: a paint asks some 1,400 data() calls
        self.total_row = 0
        self.cell_minutes: list[list[int]] = []
        self.resting: list[bool] = []  # per day column
        self.painted: list[list[dict[int, object]]] = []  # per cell, the roles a paint asks and their answers
        self.cell_flags: list[list[Qt.ItemFlag]] = []
        self.headers: dict[tuple[int, Qt.Orientation, int], object] = {}  # (section, orientation, role): asked at each paint
        self.bold = QFont()
        self.bold.setBold(True)
        self.resting_brush = QBrush(RESTING)
        self.compact = False  # short titles: see TimesheetView.fit_titles

    def set_grid(self, grid: hours.WeekGrid) -> None:
        self.beginResetModel()
        self.grid = grid
        self.total_row = len(grid.categories) + (1 if grid.assumed else 0)
        self.cell_minutes = [[self._minutes(row, column) for column in range(8)] for row in range(self.total_row + 1)]
        self.resting = [self._is_resting(column) for column in range(7)]
        self.painted = [[self._painted(row, column) for column in range(8)] for row in range(self.total_row + 1)]
        self.cell_flags = [[self._flags(row, column) for column in range(8)] for row in range(self.total_row + 1)]
        self.headers.clear()
        self.endResetModel()

    def _painted(self, row: int, column: int) -> dict[int, object]:
        minutes, total = self.cell_minutes[row][column], self._is_total(row, column)
        return {Qt.ItemDataRole.DisplayRole: formatting.duration(minutes) if minutes or total else "",
                Qt.ItemDataRole.TextAlignmentRole: RIGHT, Qt.ItemDataRole.FontRole: self.bold if total else None,
                Qt.ItemDataRole.BackgroundRole: self.resting_brush if column < 7 and self.resting[column] else None,
                Qt.ItemDataRole.ForegroundRole: None, Qt.ItemDataRole.DecorationRole: None,
                Qt.ItemDataRole.CheckStateRole: None}

    @property
    def shown(self) -> hours.WeekGrid:
        """The grid shown: its rows and cells are asked for only once there is one."""
        assert self.grid is not None, "a week is shown before its cells are asked for"
        return self.grid

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() or self.grid is None else self.total_row + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() or self.grid is None else 8

    def is_planned(self, row: int) -> bool:
        return self.shown.assumed and row == len(self.shown.categories)

    def is_total(self, index: Index) -> bool:
        return self._is_total(index.row(), index.column())

    def _is_total(self, row: int, column: int) -> bool:
        return row == self.total_row or column == 7

    def done(self, *, self_management: bool) -> int:
        """The week's self-management or profession minutes: the totals of their rows."""
        rows = [row for row, category in enumerate(self.shown.categories)
                if category.is_self_management == self_management]
        if self.shown.assumed and not self_management:
            rows.append(len(self.shown.categories))
        return sum(self.minutes(self.index(row, 7)) for row in rows)

    def day(self, column: int) -> date:
        return self.shown.days[column]

    def index_of(self, day: date, category_id: int) -> QModelIndex:
        row = next(row for row, category in enumerate(self.shown.categories) if category.id == category_id)
        return self.index(row, self.shown.days.index(day))

    def category(self, row: int) -> hours.CategoryView:
        return self.shown.categories[row]

    def minutes(self, index: Index) -> int:
        return self.cell_minutes[index.row()][index.column()]

    def _minutes(self, row: int, column: int) -> int:
        grid = self.shown
        row_total, column_total = row == self.total_row, column == 7
        days = grid.days if column_total else (self.day(column),)
        if row_total:
            return sum(grid.day_total(day) for day in days)
        if self.is_planned(row):
            return sum(grid.planned.get(day, 0) for day in days)
        if column_total:
            return grid.category_total(self.category(row).id)
        return grid.cell(self.day(column), self.category(row).id)

    def is_resting(self, column: int) -> bool:
        return self.resting[column]

    def _is_resting(self, column: int) -> bool:
        grid, day = self.shown, self.day(column)
        absent = any(a.first_day <= day <= a.last_day for a in grid.absences)
        return day.weekday() not in grid.working_days or day in grid.holidays or absent

    @never_raises
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.grid is None:
            return None
        painted = self.painted[index.row()][index.column()]
        if role in painted:  # asked of every cell at every paint: answered from what set_grid prepared
            return painted[role]
        if role == Qt.ItemDataRole.EditRole:
            minutes = self.minutes(index)
            return rules.format_duration(minutes) if minutes else ""
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.spoken(index)
        if role == Qt.ItemDataRole.ToolTipRole and self.is_planned(index.row()):
            return self.tr("Profession hours are assumed done as planned: record only the differences, "
                           "in the profession row.")
        if role == Qt.ItemDataRole.ToolTipRole and not self.is_total(index):
            automatic = self.grid.automatic.get((self.day(index.column()), self.category(index.row()).id), 0)
            if automatic:
                return self.tr("Includes {hours} credited automatically.").format(
                    hours=formatting.duration(automatic))
        return None

    def spoken(self, index: Index) -> str:
        """A cell as a screen reader says it: its category, its day, its hours (a total says which)."""
        minutes = self.minutes(index)
        hours = formatting.duration(minutes) if minutes else self.tr("no hours")
        if self.is_total(index):
            return self.tr("Total, {cell}: {hours}").format(cell=self.cell_name(index), hours=hours)
        return self.tr("{cell}: {hours}").format(cell=self.cell_name(index), hours=hours)

    def cell_name(self, index: Index) -> str:
        """"Self-management, Monday 7 December": the row and the column of a cell."""
        if index.row() == self.total_row:
            row = self.tr("All categories")
        elif self.is_planned(index.row()):
            row = self.tr("Profession, as planned")
        else:
            row = category_label(self.category(index.row()))
        whole_week = index.column() == 7
        column = self.tr("whole week") if whole_week else formatting.long_date(self.day(index.column()))
        return self.tr("{row}, {column}").format(row=row, column=column)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if self.grid is None or not index.isValid():
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return self.cell_flags[index.row()][index.column()]

    def _flags(self, row: int, column: int) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.shown.validated and not self._is_total(row, column) and not self.is_planned(row):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        text = str(value).strip()
        if text == (self.data(index, Qt.ItemDataRole.EditRole) or ""):
            return False
        self.edited.emit(self.day(index.column()), self.category(index.row()).id, text)
        return True

    @never_raises
    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole):
        if self.grid is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        key = (section, orientation, role)
        if key not in self.headers:
            self.headers[key] = self._header(section, orientation, role)
        return self.headers[key]

    def _header(self, section: int, orientation: Qt.Orientation, role: int):
        if role == Qt.ItemDataRole.ToolTipRole:
            day = orientation == Qt.Orientation.Horizontal and section < 7
            return formatting.long_date(self.day(section)) if day else self.title(section, orientation, False)
        return self.title(section, orientation, self.compact)

    def title(self, section: int, orientation: Qt.Orientation, compact: bool) -> str:
        """A row's or a column's title: "lundi 30/11/2026" on two lines, or when ``compact`` "lun. 30/11", and
        a long category on two lines."""
        if orientation == Qt.Orientation.Vertical:
            if section == self.total_row:
                return self.tr("Total")
            text = self.tr("Profession, as planned") if self.is_planned(section) else category_label(
                self.category(section))
            return two_lines(text) if compact and len(text) > LONG_TITLE else text
        if section == 7:
            return self.tr("Total")
        day = self.day(section)
        if compact:
            return f"{QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)}\n{formatting.day_month(day)}"
        return f"{QLocale().dayName(day.isoweekday())}\n{formatting.short_date(day)}"

    def titles(self, orientation: Qt.Orientation, compact: bool) -> list[str]:
        count = self.rowCount() if orientation == Qt.Orientation.Vertical else self.columnCount()
        return [self.title(section, orientation, compact) for section in range(count)]

    def set_compact(self, compact: bool) -> None:
        """Short titles (a narrow window), or full ones."""
        if compact == self.compact:
            return
        self.compact = compact
        self.headers.clear()
        for orientation, count in ((Qt.Orientation.Horizontal, self.columnCount()),
                                   (Qt.Orientation.Vertical, self.rowCount())):
            if count:
                self.headerDataChanged.emit(orientation, 0, count - 1)


def title_width(header: QHeaderView, text: str) -> int:
    """The width ``header`` needs for a section titled ``text`` (Qt's measure, margins included)."""
    option = QStyleOptionHeader()
    header.initStyleOption(option)
    option.text = text
    return header.style().sizeFromContents(QStyle.ContentsType.CT_HeaderSection, option, QSize(), header).width()


class TimesheetDelegate(QStyledItemDelegate):
    """The field a cell is typed in is named after its category and its day: a screen reader announced
    an unnamed text field, with nothing to say which hours it was for."""

    def createEditor(self, parent: QWidget, option, index: Index) -> QWidget:  # noqa: N802 - Qt's name
        editor = super().createEditor(parent, option, index)
        model = cast(WeekModel, index.model())  # the delegate of the timesheet, whose model it is
        editor.setAccessibleName(model.cell_name(index))
        editor.setAccessibleDescription(self.tr("Hours, as 2 h 30 or 2:30; Enter records them, Escape "
                                                "leaves them as they were"))
        return editor


class TimesheetView(TableView):
    """The timesheet: arrows move between cells without opening them; typing, F2 or Enter opens the
    chosen cell's field (a field opened on each move kept the arrows and Tab for itself)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        triggers = QAbstractItemView.EditTrigger
        self.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed)
        self.setItemDelegate(TimesheetDelegate(self))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit_titles()

    def fit_titles(self) -> None:
        """Full titles where the seven days and the total have room for them ("lundi 30/11/2026"), short ones
        where they have not (half a screen): "lun. 30/11", a long category on two lines, and the Total column
        as wide as its figures."""
        model = self.model()
        if not isinstance(model, WeekModel) or model.grid is None:
            return
        rows = max(title_width(self.verticalHeader(), text) for text in model.titles(Qt.Orientation.Vertical, False))
        columns = max(title_width(self.horizontalHeader(), text)
                      for text in model.titles(Qt.Orientation.Horizontal, False))
        compact = self.width() < rows + model.columnCount() * columns + 2 * self.frameWidth()
        model.set_compact(compact)
        mode = QHeaderView.ResizeMode.ResizeToContents if compact else QHeaderView.ResizeMode.Stretch
        self.horizontalHeader().setSectionResizeMode(model.columnCount() - 1, mode)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers()
        if (enter and self.state() != QAbstractItemView.State.EditingState and self.currentIndex().isValid()
                and self.edit(self.currentIndex(), QAbstractItemView.EditTrigger.EditKeyPressed, event)):
            return
        super().keyPressEvent(event)


class TeamModel(QAbstractTableModel):
    """Members × weeks: self-management done / target, coloured by the gap; then the period's total, what
    each member carried in from the weeks before, and their running self-management balance at the end of
    the period (carried in plus the total's gap), so that who carries too much or too little shows."""

    weeks_renamed = Signal()  # a week step: the same columns, other weeks (see set_view)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.view: hours.TeamView | None = None
        self.balances: dict[int, hours.BalanceWeek] = {}
        # per row, the (done, target) of each week and of the period: summed once, not at each paint
        self.sums: list[list[tuple[int, int]]] = []
        self.painted: list[list[Painted]] = []  # the text and colour of each cell
        self.durations: dict[int, str] = {}  # minutes -> grid text, within a set_view: the values repeat

    def set_view(self, view: hours.TeamView, balances: dict[int, hours.BalanceWeek]) -> None:
        """Show ``view``: in place when its rows and columns are those shown (a week step), so that the table
        keeps its selection, its scrolling and its columns' widths, and repaints only."""
        same_shape = self.view is not None and [row.member_id for row in self.view.rows] == [
            row.member_id for row in view.rows] and len(self.view.weeks) == len(view.weeks)
        if not same_shape:
            self.beginResetModel()
        self.view, self.balances = view, balances
        self.sums = [[(week.done_self_management, week.target_self_management) for week in row.weeks]
                     + [(row.total("done_self_management"), row.total("target_self_management"))]
                     for row in view.rows]
        self.durations.clear()
        self.painted = [self._painted(row) for row in range(len(view.rows))]
        if not same_shape:
            self.endResetModel()
            return
        self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
        # the weeks' titles only: headerDataChanged would make the stretched header lay its sections out
        # again after the paint, and the whole table be painted a second time, for the same widths
        self.weeks_renamed.emit()

    def _painted(self, row: int) -> list[Painted]:
        weeks = len(self.shown.weeks)
        cells: list[Painted] = [
            (self._grid_duration(done), gap_brush(done - target)) for done, target in self.sums[row][:weeks]]
        done, target = self.sums[row][weeks]
        cells.append((f"{self._grid_duration(done)} / {self._grid_duration(target)}",
                      gap_brush(done - target)))
        carried = self.carried_in(row)
        cells.append((None if carried is None else gap_text(carried), None))
        balance = self.balances.get(self.shown.rows[row].member_id)
        minutes = None if balance is None else balance.balance_self_management
        cells.append((None, None) if minutes is None else (gap_text(minutes), gap_brush(minutes)))
        return cells

    def _grid_duration(self, minutes: int) -> str:
        if minutes not in self.durations:
            self.durations[minutes] = formatting.grid_duration(minutes)
        return self.durations[minutes]

    @property
    def shown(self) -> hours.TeamView:
        """The team's weeks shown: their rows are asked for only once there are some."""
        assert self.view is not None, "the team's weeks are shown before their rows are asked for"
        return self.view

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.view is None else len(self.view.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.view is None else len(self.view.weeks) + 3

    def carried_in(self, row: int) -> int | None:
        """The self-management balance carried in from before the weeks shown (None: not started)."""
        balance = self.balances.get(self.shown.rows[row].member_id)
        if balance is None:
            return None
        done, target = self.sums[row][len(self.shown.weeks)]
        return balance.balance_self_management - (done - target)

    def totals(self, index: Index) -> tuple[int, int]:
        return self.sums[index.row()][index.column()]

    def longest_texts(self, columns: Iterable[int]) -> list[int]:
        """The length of the longest text of each of ``columns``, header included."""
        headers = [len(self.headerData(column, Qt.Orientation.Horizontal) or "") for column in columns]
        return [max([header, *(len(cells[column][0] or "") for cells in self.painted)])
                for header, column in zip(headers, columns, strict=True)]

    @never_raises
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.view is None:
            return None
        if role in PAINTED:  # asked of every cell at every paint: answered from what set_view prepared
            return PAINTED[role](self.painted[index.row()][index.column()])
        if index.column() == len(self.view.weeks) + 1:
            return self._carried_data(self.carried_in(index.row()), role, self.view.rows[index.row()].name)
        if index.column() == len(self.view.weeks) + 2:
            balance = self.balances.get(self.view.rows[index.row()].member_id)
            return self._balance_data(balance, role, self.view.rows[index.row()].name)
        done, target = self.totals(index)
        if role == Qt.ItemDataRole.AccessibleTextRole:  # the target and the colour, said
            return self.tr("{member}, {week}: {done} done of {target}, {status}").format(
                member=self.view.rows[index.row()].name, week=self._column_name(index.column()),
                done=formatting.duration(done), target=formatting.duration(target),
                status=gap_status(done - target))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Self-management: {done} done of {target} (gap {gap})").format(
                done=formatting.duration(done), target=formatting.duration(target),
                gap=gap_text(done - target))
        return None

    def _column_name(self, column: int) -> str:
        if column == len(self.shown.weeks):
            return self.tr("whole period")
        week = self.shown.weeks[column]
        return self.tr("week {number}").format(number=week.isocalendar().week)

    def _carried_data(self, carried: int | None, role: int, member: str):
        if carried is None:
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{member}, carried in: {carried}").format(member=member, carried=gap_text(carried))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Carried over from the previous weeks: {carried}").format(
                carried=gap_text(carried))
        return None

    def _balance_data(self, balance: hours.BalanceWeek | None, role: int, member: str):
        if balance is None:  # not started yet, or left
            return None
        minutes = balance.balance_self_management
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{member}, balance: {balance}, {status}").format(
                member=member, balance=gap_text(minutes), status=gap_status(minutes))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Self-management balance at the end of the week of {day}: {balance}").format(
                day=formatting.long_date(balance.totals.week_start), balance=gap_text(minutes))
        return None

    @never_raises
    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole):
        if self.view is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self.view.rows[section].name if role == Qt.ItemDataRole.DisplayRole else None
        if section >= len(self.view.weeks):
            titles = (self.tr("Total"), self.tr("Carried in"), self.tr("Balance"))
            return titles[section - len(self.view.weeks)] if role == Qt.ItemDataRole.DisplayRole else None
        week = self.view.weeks[section]
        if role == Qt.ItemDataRole.DisplayRole:  # short: eight weeks share the width
            return self.tr("W{number}").format(number=week.isocalendar().week)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Week {number}, from {day}").format(
                number=week.isocalendar().week, day=formatting.long_date(week))
        return None


class HoursPage(Page):
    watched = frozenset({Entity.TIME_ENTRY, Entity.WEEK_VALIDATION, Entity.ABSENCE, Entity.TIME_CATEGORY,
                         Entity.OPENING_BALANCE, Entity.MEMBER, Entity.SETTING})

    def __init__(self, workspace, title: str, parent=None) -> None:
        super().__init__(workspace, title, parent)
        self.week = hours.week_start(workspace.ctx.today())
        self.stepping = False  # refreshing for a week step: see _refresh_team
        self.team_read: hours.TeamWeeks | None = None
        self.tabs = TabWidget()
        self.tabs.addTab(scrolling(self._week_tab()), self.tr("My week"))  # long: scrolls in a low window
        self.tabs.addTab(self._balance_tab(), self.tr("Balance"))
        self.tabs.addTab(self._team_tab(), self.tr("Team"))
        # each tab reads when it is in sight and something changed, or when chosen after a change
        self.tab_refresher = TabsRefresher(self.tabs,
                                           (self._refresh_week, self._refresh_balance, self._refresh_team))
        self.body.addWidget(self.tabs, 1)
        for keys, step in (("Alt+Left", -1), ("Ctrl+PgUp", -1), ("Alt+Right", 1), ("Ctrl+PgDown", 1)):
            QShortcut(QKeySequence(keys), self, lambda step=step: self.move_week(step))
        self.refresh()

    # --- building ---

    def _week_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        bar = FlowLayout()
        self.previous_button = QPushButton(self.tr("◀ Previous week"))
        self.previous_button.setAccessibleName(self.tr("Previous week"))
        self.previous_button.setToolTip(self.tr("Previous week (Alt+Left)"))
        self.previous_button.clicked.connect(lambda: self.move_week(-1))
        self.today_button = QPushButton(self.tr("This week"))
        self.today_button.clicked.connect(self.go_to_this_week)
        self.next_button = QPushButton(self.tr("Next week ▶"))
        self.next_button.setAccessibleName(self.tr("Next week"))
        self.next_button.setToolTip(self.tr("Next week (Alt+Right)"))
        self.next_button.clicked.connect(lambda: self.move_week(1))
        self.week_label = QLabel()
        self.week_label.setObjectName("sectionTitle")
        self.validate_button = QPushButton(self.tr("Validate the week"))
        give_key(self.validate_button, "Ctrl+Shift+V", self.tr("Validate and lock the week shown"))
        self.validate_tip = self.validate_button.toolTip()  # given back when a week ahead is left
        self.validate_button.clicked.connect(self.validate_week)
        self.unlock_button = QPushButton(self.tr("Unlock…"))
        give_key(self.unlock_button, "Ctrl+Shift+U", self.tr("Unlock the week shown, with a reason"))
        self.unlock_button.clicked.connect(self.unlock_week)
        self.absence_button = QPushButton(self.tr("Absence…"))
        self.absence_button.setAccessibleName(self.tr("Record an absence"))
        give_key(self.absence_button, "Ctrl+N", self.tr("Record an absence"))
        self.absence_button.clicked.connect(self.record_absence)
        self.report_button = QPushButton(self.tr("Report…"))
        self.report_button.setAccessibleName(self.tr("Export the team's hours report"))
        give_key(self.report_button, "Ctrl+E", self.tr("Export the team's hours report"))
        self.report_button.clicked.connect(self.export_report)
        for widget in (self.previous_button, self.today_button, self.next_button):
            bar.addWidget(widget)
        bar.addSpacing(12)
        bar.addWidget(self.week_label)  # under the buttons when the window is narrow
        bar.addStretch()
        layout.addLayout(bar)
        actions = FlowLayout()  # a row of its own: the week's dates are never clipped
        actions.addStretch()
        for widget in (self.absence_button, self.validate_button, self.unlock_button, self.report_button):
            actions.addWidget(widget)
        layout.addLayout(actions)
        self.week_model = WeekModel(self)
        self.week_model.edited.connect(self.record_cell)
        self.grid_view = TimesheetView()
        self.grid_view.setModel(self.week_model)
        self.grid_view.setAccessibleName(self.tr("Timesheet of the week"))
        # The area holding the cells, and the field a cell opens: a screen reader named it by nothing.
        self.grid_view.viewport().setAccessibleName(self.tr("Cells of the timesheet"))
        self.grid_view.setAccessibleDescription(self.tr("Type the hours in a cell, or press Enter or F2 to "
                                                        "change them"))
        self.grid_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid_view.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.grid_view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)  # whole: the tab scrolls
        layout.addWidget(self.grid_view)
        # The week's summary runs the page's width under the timesheet: beside the week's figures, it had a
        # column of three words a line, and in English took its height from the timesheet.
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        self.credit_rule = QLabel(i18n.translate(CREDIT_RULE))
        self.credit_rule.setWordWrap(True)
        self.credit_rule.setObjectName("hint")  # a reminder of the rule, in a quieter grey that still reads
        layout.addWidget(self.credit_rule)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.message = StatusLabel(self.tr("Last action"))
        layout.addWidget(self.message)
        self.targets = QGridLayout()
        self.targets.setHorizontalSpacing(18)
        headings = (self.tr("Target"), self.tr("Done"), self.tr("Gap"),
                    self.tr("Carried over from the previous weeks"), self.tr("Balance at the end"))
        self.target_names = {0: (self.tr("Profession"), self.tr("Self-management")), 1: headings}
        self.targets.setColumnStretch(len(headings) + 1, 1)  # the figures keep their width, the row's end is empty
        for column, text in enumerate(headings, start=1):  # on two lines when the window is narrow
            heading = self._bold(text, WrappingLabel)
            heading.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
            self.targets.addWidget(heading, 0, column, Qt.AlignmentFlag.AlignRight)
        self.target_cells: dict[tuple[int, int], QLabel] = {}
        for row, text in enumerate(self.target_names[0], start=1):
            self.targets.addWidget(self._bold(text), row, 0)
            for column in range(1, len(headings) + 1):
                label = QLabel()
                self.targets.addWidget(label, row, column, Qt.AlignmentFlag.AlignRight)
                self.target_cells[(row, column)] = label
        layout.addLayout(self.targets)
        layout.addLayout(self._absences_box(), 1)
        return tab

    def _absences_box(self) -> QVBoxLayout:
        """The member's absences from the week shown on, and the button that cancels the one chosen: an absence
        entered by mistake (the wrong member at the desk, the wrong dates) is taken back here."""
        box = QVBoxLayout()
        title_row = QHBoxLayout()
        self.absences_title = self._bold("")
        title_row.addWidget(self.absences_title)
        title_row.addStretch(1)
        self.cancel_absence_button = QPushButton(self.tr("Cancel the absence"))
        self.cancel_tip = self.tr("Take back the absence chosen in the list, entered by mistake (Delete in the list)")
        self.cancel_absence_button.clicked.connect(self.cancel_selected_absence)
        title_row.addWidget(self.cancel_absence_button)
        box.addLayout(title_row)
        # Why the absence chosen cannot be cancelled, on a line of its own (beside the button, it ran on several
        # lines and took their height from the timesheet); shown only then.
        self.absence_kept = QLabel()
        self.absence_kept.setObjectName("hint")
        self.absence_kept.setWordWrap(True)
        self.absence_kept.hide()
        box.addWidget(self.absence_kept)
        self.absence_model = RowsModel([
            Column(self.tr("Kind"), lambda a: kind_label(a.kind)),
            Column(self.tr("First day"), lambda a: self._half_day(a.first_day, a.half_day_start, afternoon=True)),
            Column(self.tr("Last day"), lambda a: self._half_day(a.last_day, a.half_day_end, afternoon=False)),
            Column(self.tr("Note"), lambda a: a.note, long_text=True),
        ], self)
        self.absence_table = TableView()
        self.absence_table.setModel(self.absence_model)
        self.absence_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.absence_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.absence_table.verticalHeader().hide()
        fit_columns(self.absence_table, 3)
        # Rows as low as the timesheet's; the list takes the height the timesheet leaves (four absences in a window
        # of 800 pixels, more in a taller one) and scrolls beyond: it gives way before the timesheet, to one row.
        self.absence_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.absence_table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.absence_table.setMinimumHeight(self.absence_table.horizontalHeader().sizeHint().height()
                                            + self.absence_table.fontMetrics().height() + 12)
        self.absence_table.selectionModel().selectionChanged.connect(self._enable_cancel)
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.absence_table, self.cancel_selected_absence)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)  # Delete means nothing elsewhere on the page
        box.addWidget(self.absence_table, 1)
        return box

    @staticmethod
    def _bold(text: str, kind: type[QLabel] = QLabel) -> QLabel:
        label = kind(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _balance_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.chart = QChart()
        self.chart.setTitle(
            self.tr("Running balance at the end of each of the last 12 finished weeks (hours)"))
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setAccessibleName(self.tr("Chart of the running balance"))
        self.chart_view.setMinimumHeight(260)
        self._build_balance_chart()
        layout.addWidget(self.chart_view, 2)
        self.balance_model = RowsModel([
            Column(self.tr("Week"), lambda b: self.tr("Week {number}").format(
                number=b.totals.week_start.isocalendar().week)),
            Column(self.tr("Profession"),
                   lambda b: self._done_of(b.totals.done_profession, b.totals.target_profession),
                   align_right=True),
            Column(self.tr("Self-management"),
                   lambda b: self._done_of(b.totals.done_self_management, b.totals.target_self_management),
                   align_right=True),
            Column(self.tr("Profession balance"), lambda b: gap_text(b.balance_profession), align_right=True),
            Column(self.tr("Self-management balance"), lambda b: gap_text(b.balance_self_management),
                   align_right=True),
        ], self)
        self.balance_table = TableView()
        self.balance_table.setModel(self.balance_model)
        self.balance_table.setAccessibleName(self.tr("Weeks of the running balance"))
        self.balance_table.verticalHeader().hide()
        fit_columns(self.balance_table, 0, grow_only=True)  # the weeks of a step are alike
        layout.addWidget(self.balance_table, 1)
        return tab

    def _build_balance_chart(self) -> None:
        """The axes and the two lines, made once: a refresh updates them in place. An axis removed from a
        chart leaves its labels and lines in the chart's scene, so new axes on each refresh would pile up
        (about 100 items and 0.6 MB a refresh) and slow every repaint."""
        self.weeks_axis = QBarCategoryAxis()
        self.hours_axis = QValueAxis()
        self.hours_axis.setTitleText(self.tr("hours"))
        self.hours_axis.setLabelFormat("%.0f")
        self.chart.addAxis(self.weeks_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.hours_axis, Qt.AlignmentFlag.AlignLeft)
        self.balance_lines: dict[str, QLineSeries] = {}
        for name, attribute in ((self.tr("Self-management"), "balance_self_management"),
                                (self.tr("Profession"), "balance_profession")):
            series = QLineSeries()
            series.setName(name)
            self.chart.addSeries(series)
            series.attachAxis(self.weeks_axis)
            series.attachAxis(self.hours_axis)
            self.balance_lines[attribute] = series

    def _team_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        legend = QLabel(self.tr("Self-management done per week (the target in the tooltip): green on target, "
                                "yellow up to an hour behind, red further behind. Balance at the end of the "
                                "last week shown, up to today: what was carried in from the previous weeks, "
                                "plus the total done, minus its target."))
        legend.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(legend, 1)
        self.categories_button = QPushButton(self.tr("Categories…"))
        self.categories_button.setAccessibleName(self.tr("Add, rename or retire time categories"))
        self.categories_button.clicked.connect(lambda: CategoriesDialog.manage(self, self.workspace.ctx))
        self.opening_button = QPushButton(self.tr("Starting balance…"))
        self.opening_button.setAccessibleName(self.tr("Set the starting balance of the selected member"))
        self.opening_button.clicked.connect(self.edit_opening_balance)
        bar.addWidget(self.categories_button)
        bar.addWidget(self.opening_button)
        layout.addLayout(bar)
        self.team_model = TeamModel(self)
        self.team_table = TableView()
        self.team_table.setModel(self.team_model)
        self.team_table.setAccessibleName(self.tr("Self-management of the team, week by week"))
        self.team_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.team_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.team_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.team_widths_for: list[int] = []  # the longest texts of the columns measured (none: measure)
        self.team_model.modelReset.connect(self.team_widths_for.clear)  # the header's sections are new
        self.team_model.weeks_renamed.connect(self.team_table.horizontalHeader().viewport().update)
        self.team_weeks_shown = TEAM_WEEKS
        self.team_weeks_fitted_for: tuple | None = None  # what the weeks shown were last fitted for
        self.team_table.viewport().installEventFilter(self)  # resized: see _fit_team_weeks
        layout.addWidget(self.team_table, 3)
        self.category_model = RowsModel([
            Column(self.tr("Self-management category"), lambda pair: category_label(pair[0])),
            Column(self.tr("Hours"), lambda pair: formatting.duration(pair[1]), align_right=True),
        ], self)
        self.category_table = TableView()
        self.category_table.setModel(self.category_model)
        self.category_table.setAccessibleName(self.tr("Team hours per category"))
        self.category_table.verticalHeader().hide()
        self.category_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.category_table, 2)
        return tab

    # --- refreshing ---

    @property
    def member_id(self) -> int | None:
        return self.workspace.actor_id

    @property
    def recording_member(self) -> int:
        """The member whose week is written: the timesheet and its buttons are disabled without one."""
        assert self.member_id is not None, "a week is written only by the member who said who they are"
        return self.member_id

    def refresh(self) -> None:
        """After a change, another member, or another week shown: the tab in sight reads now, the others
        when next chosen (each of them shows the week or the member, or both)."""
        self.error.clear_error()  # about the last typing: after a change, another member or a reload, stale
        self.message.clear()
        has_member = self.member_id is not None
        for widget in (self.grid_view, self.unlock_button, self.absence_button):
            widget.setEnabled(has_member)
        self._enable_validation(has_member)
        self.tab_refresher.refresh()

    def _enable_validation(self, has_member: bool) -> None:
        """A week is validated once it has begun (see hours.validate_week): ahead, the button says why not."""
        begun = hours.week_has_begun(self.workspace.ctx, self.week)
        self.validate_button.setEnabled(has_member and begun)
        self.validate_button.setToolTip(
            self.validate_tip if begun else self.tr("This week has not begun: it can be validated once it has."))

    def _refresh_week(self) -> None:
        last_day = self.week + timedelta(days=6)
        iso = self.week.isocalendar()
        self._refresh_absences()
        self.week_label.setText(self.tr("Week {number}, {first} – {last}").format(
            number=iso.week, first=formatting.short_date(self.week), last=formatting.short_date(last_day)))
        if self.member_id is None:
            self._show_summary(self.tr("Say who you are to see your hours."))
            return
        current = self.grid_view.currentIndex()
        grid = hours.week_grid(self.workspace.ctx, self.member_id, self.week)
        self.week_model.set_grid(grid)
        self.grid_view.fit_titles()  # the categories may be others
        if current.isValid():
            self.grid_view.setCurrentIndex(self.week_model.index(current.row(), current.column()))
        self.validate_button.setVisible(not grid.validated)
        self.unlock_button.setVisible(grid.validated)
        self._show_targets(grid)
        self._show_summary(self._summary(grid))

    def _show_summary(self, text: str) -> None:
        """The week's summary, hidden when it has nothing to say: an empty line would take the timesheet's room."""
        self.summary.setText(text)
        self.summary.setVisible(bool(text))

    def _show_targets(self, grid: hours.WeekGrid) -> None:
        """Target, done (the sum of the rows above), gap, carried in from the weeks before, and the balance:
        carried in plus the gap."""
        totals = grid.totals
        rows = {
            1: (totals.target_profession, self.week_model.done(self_management=False),
                grid.carried_profession),
            2: (totals.target_self_management, self.week_model.done(self_management=True),
                grid.carried_self_management),
        }
        for row, (target, done, carried) in rows.items():
            values = (target, done, done - target, carried, carried + done - target)
            for column, value in enumerate(values, start=1):
                text = formatting.duration(value) if column <= 2 else gap_text(value)
                label = self.target_cells[(row, column)]
                label.setText(text)  # named with its row and column: "20 h 30" alone says nothing
                label.setAccessibleName(self.tr("{row}, {column}: {value}").format(
                    row=self.target_names[0][row - 1], column=self.target_names[1][column - 1], value=text))

    def _half_day(self, day: date, half: bool, *, afternoon: bool) -> str:
        """A first or last day of an absence, with the half of it taken when only half is."""
        text = formatting.short_date(day)
        if not half:
            return text
        return (self.tr("{day}, afternoon") if afternoon else self.tr("{day}, morning")).format(day=text)

    def _refresh_absences(self) -> None:
        """The member's absences touching the week shown or after it, the one chosen kept chosen."""
        chosen = self.selected_absence()
        number = self.week.isocalendar().week
        rows = [] if self.member_id is None else hours.list_absences(
            self.workspace.ctx, self.member_id, first_day=self.week)
        self.absence_model.set_rows(rows)
        title = self.tr("Your absences from week {number} on") if rows else self.tr(
            "No absence recorded from week {number} on")
        self.absences_title.setText(title.format(number=number))
        self.absence_table.setAccessibleName(self.absences_title.text())
        if chosen is None or not self.select_absence(chosen.id):
            self._enable_cancel()

    def selected_absence(self) -> hours.AbsenceView | None:
        rows = self.absence_table.selectionModel().selectedRows()
        return self.absence_model.rows[rows[0].row()] if rows else None

    def select_absence(self, absence_id: int) -> bool:
        """Choose the absence ``absence_id`` in the list; whether it is listed."""
        row = next((row for row, absence in enumerate(self.absence_model.rows) if absence.id == absence_id), None)
        if row is None:
            return False
        self.absence_table.selectRow(row)
        return True

    def _enable_cancel(self) -> None:
        """The button cancels the absence chosen, unless the service would refuse: then it says why (a week of
        the absence validated), under it and in its tooltip, from the service's own rules."""
        absence = self.selected_absence()
        refused = None if absence is None else hours.cancel_absence_refusal(self.workspace.ctx, absence.id)
        reason = "" if refused is None else i18n.message(refused)
        self.cancel_absence_button.setEnabled(absence is not None and refused is None and self.member_id is not None)
        self.cancel_absence_button.setToolTip(reason or self.cancel_tip)
        self.cancel_absence_button.setAccessibleDescription(reason or self.cancel_tip)
        self.absence_kept.setText(reason)
        self.absence_kept.setVisible(bool(reason))

    def _done_of(self, done: int, target: int) -> str:
        return self.tr("{done} of {target}").format(done=formatting.duration(done),
                                                      target=formatting.duration(target))

    def _summary(self, grid: hours.WeekGrid) -> str:
        lines = []
        if grid.holidays:
            days = ", ".join(formatting.long_date(day) for day in sorted(grid.holidays))
            lines.append(self.tr("Public holiday: {days}.").format(days=days))
        for absence in grid.absences:
            lines.append(self.tr("Absent from {first} to {last}.").format(
                first=formatting.short_date(absence.first_day), last=formatting.short_date(absence.last_day)))
        if grid.assumed:
            lines.append(self.tr("Profession hours are assumed as planned: record only the differences "
                                 "(a negative duration for hours not worked)."))
        if grid.validated:
            lines.append(self.tr("This week is validated and locked."))
        if grid.pending:
            labels = {category.id: category_label(category) for category in grid.categories}
            changes = ", ".join(
                self.tr("{day} {category} {hours}").format(
                    day=formatting.short_date(entry.day), category=labels.get(entry.category_id, ""),
                    hours=formatting.duration(entry.minutes) if entry.minutes else self.tr("withdrawn"))
                for entry in grid.pending
            )
            lines.append(self.tr("Automatic changes waiting for this week to be unlocked: {changes}.").format(
                changes=changes))
        return "\n".join(lines)

    def balance_until(self) -> date:
        """The shown week, or the last finished week if the shown one is not over yet."""
        last_finished = hours.week_start(self.workspace.ctx.today()) - timedelta(weeks=1)
        return min(self.week, last_finished)

    def _refresh_balance(self) -> None:
        history = []
        if self.member_id is not None:
            history = hours.balance(self.workspace.ctx, self.member_id, self.balance_until(), weeks=BALANCE_WEEKS)
        self.balance_model.set_rows(history)
        self._draw_balance(history)

    def _draw_balance(self, history: list[hours.BalanceWeek]) -> None:
        self.weeks_axis.setCategories(
            [self.tr("W{number}").format(number=b.totals.week_start.isocalendar().week) for b in history])
        values = [0.0]
        for attribute, series in self.balance_lines.items():
            points = [QPointF(position, getattr(week, attribute) / 60) for position, week in enumerate(history)]
            series.replace(points)
            values += [point.y() for point in points]
        self.hours_axis.setRange(min(values) - 1, max(values) + 1)
        self.hours_axis.applyNiceNumbers()
        parts: tuple[QAbstractAxis | QAbstractSeries | QLegend, ...] = (
            self.weeks_axis, self.hours_axis, *self.balance_lines.values(), self.chart.legend())
        for part in parts:
            part.setVisible(bool(history))  # no history, an empty chart

    def _fit_team_totals(self) -> None:
        """The weeks share the width; the total, carried-in and balance columns are as wide as their text,
        measured again only when their longest texts change (measured at each layout, as Qt's
        ResizeToContents does, they cost more than the rest of a week step)."""
        columns = range(max(self.team_model.columnCount() - 3, 0), self.team_model.columnCount())
        longest = self.team_model.longest_texts(columns)
        if self.team_widths_for and all(map(operator.le, longest, self.team_widths_for)):
            return  # as wide as needed already (measured each time, stepping to and fro made them jump)
        self.team_widths_for[:] = longest  # in place: a reset of the model clears this list
        header = self.team_table.horizontalHeader()
        for week in range(columns.start):  # after a reset to fewer weeks, a week may be where a total was
            header.setSectionResizeMode(week, QHeaderView.ResizeMode.Stretch)
        for column in columns:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.team_table.resizeColumnToContents(column)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.team_table.viewport() and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self._refit_team_weeks)  # once laid out: not in the middle of a layout
        return super().eventFilter(watched, event)

    def _refit_team_weeks(self) -> None:
        if self._fit_team_weeks():
            self._refresh_team()

    def _fit_team_weeks(self) -> bool:
        """As many of the last eight weeks as the Team table has room for, each as wide as its figures (four at
        least): in half a screen, eight weeks squeezed cut their figures. True when that number changed: the
        weeks are to be read again."""
        weeks = self.team_model.columnCount() - 3
        if weeks <= 0 or not self.team_table.isVisible():
            return False
        # Measured again only when a column's longest text or the table's width changed: measuring each cell
        # cost a third of a refresh after every change, and the same texts in the same room fit as before.
        fitted_for = (self.team_model.longest_texts(range(weeks + 3)), self.team_table.viewport().width(),
                      self.team_weeks_shown)
        if fitted_for == self.team_weeks_fitted_for:
            return False
        header = self.team_table.horizontalHeader()
        widths = [max(self.team_table.sizeHintForColumn(column), header.sectionSizeHint(column))
                  for column in range(weeks + 3)]  # as measured to their contents
        fitting = (self.team_table.viewport().width() - sum(widths[weeks:])) // max(max(widths[:weeks]), 1)
        shown = min(max(fitting, FEWEST_TEAM_WEEKS), TEAM_WEEKS)
        changed, self.team_weeks_shown = shown != self.team_weeks_shown, shown
        self.team_weeks_fitted_for = None if changed else fitted_for  # changed: the weeks read anew are measured
        return changed

    def team_period(self) -> tuple[date, date]:
        """The weeks the report button covers, and the Team tab where it has room: the last eight up to the
        shown week."""
        return self.week - timedelta(weeks=TEAM_WEEKS - 1), self.week + timedelta(days=6)

    def _refresh_team(self) -> None:
        # the weeks shown up to self.week; on a week step, the weeks already read are taken again (none changed
        # since, or the change would have refreshed the page without them)
        known = self.team_read if self.stepping else None
        team = self.team_read = hours.team_weeks(self.workspace.ctx, self.week, self.team_weeks_shown, known)
        view = team.view
        self.team_model.set_view(view, team.balances)
        self._fit_team_totals()
        if not self.stepping and self._fit_team_weeks():  # a step shows weeks alike, in the same room
            self._refresh_team()
            return
        self.category_model.set_rows([
            (category, view.category_total(category.id)) for category in view.categories
            if category.is_self_management and (category.active or view.category_total(category.id))
        ])

    # --- actions ---

    def move_week(self, step: int) -> None:
        self.week = weeks_after(self.week, step)
        self.stepping = True
        try:
            self.refresh()
        finally:
            self.stepping = False

    def go_to_this_week(self) -> None:
        self.week = hours.week_start(self.workspace.ctx.today())
        self.refresh()

    def record_cell(self, day: date, category_id: int, text: str) -> None:
        """A cell was typed in: record it, or say inline what is wrong with it."""
        if self.member_id is None:
            return  # left open when the desk locked, it closes now: nothing is saved by nobody
        grid = self.week_model.shown
        is_profession = any(c.id == category_id and c.code == hours.PROFESSION for c in grid.categories)
        try:
            minutes = rules.parse_duration(text, allow_negative=grid.assumed and is_profession) if text else 0
            hours.set_cell(self.workspace.ctx, self.recording_member, day, category_id, minutes)
        except CercleError as error:
            self.message.clear()  # "Recorded: …" of the last typing would read as if this one were taken too
            self.error.show_error(error)
            return
        self.error.clear_error()
        self.took_effect()  # refreshed first: the message reads the cell as recorded
        self.message.setText(self.tr("Recorded: {cell}.").format(
            cell=self.week_model.spoken(self.week_model.index_of(day, category_id))))

    def validate_week(self) -> None:
        if self.member_id is None or not confirm(
            self, self.tr("Validate the week"),
            self.tr("Once validated, the week is locked: unlocking it asks for a reason. Validate?"),
        ):
            return
        self.validate_current_week()

    def validate_current_week(self) -> None:
        try:
            hours.validate_week(self.workspace.ctx, self.recording_member, self.week)
        except CercleError as error:
            show_error(self, self.tr("Validate the week"), error)
            return
        self.say(self.tr("Week {number} is validated and locked.").format(
            number=self.week.isocalendar().week))

    def unlock_week(self) -> None:
        reason, accepted = QInputDialog.getText(
            self, self.tr("Unlock the week"), self.tr("Why is this week unlocked? (kept in the history)"))
        if accepted:
            self.unlock_with_reason(reason)

    def unlock_with_reason(self, reason: str) -> bool:
        try:
            hours.unlock_week(self.workspace.ctx, self.recording_member, self.week, reason)
        except CercleError as error:
            show_error(self, self.tr("Unlock the week"), error)
            return False
        self.say(self.tr("Week {number} is unlocked.").format(number=self.week.isocalendar().week))
        return True

    def record_absence(self) -> None:
        absence = AbsenceDialog.record(self, self.workspace.ctx, self.member_id, self.week) if (
            self.member_id is not None) else None
        if absence is None:
            return
        recorded = self.tr("Absence recorded from {first} to {last}.").format(
            first=formatting.short_date(absence.first_day), last=formatting.short_date(absence.last_day))
        # The absence freed the member's shifts in it: whoever records it sees which seats to fill.
        lines = [recorded, *(i18n.message(warning) for warning in absence.warnings)]
        self.took_effect()  # the list shows it now: chosen, it is one click from being taken back
        if self.select_absence(absence.id):
            lines.append(self.tr("Entered by mistake? “Cancel the absence” takes it back."))
        self.message.setText("\n".join(lines))

    def cancel_selected_absence(self) -> None:
        """Cancel the absence chosen in the list once asked, or say why it cannot be; then say which reception
        seats its member got back, as recording it said which it freed."""
        absence, ctx = self.selected_absence(), self.workspace.ctx
        if absence is None or self.member_id != absence.member_id:
            return
        title = self.tr("Cancel an absence")
        refused = hours.cancel_absence_refusal(ctx, absence.id)
        if refused is not None:  # Delete pressed in the list on an absence whose button is disabled
            show_error(self, title, refused)
            return
        span = {"name": members.get_member(ctx, absence.member_id).name, "kind": kind_label(absence.kind),
                "first": self._half_day(absence.first_day, absence.half_day_start, afternoon=True),
                "last": self._half_day(absence.last_day, absence.half_day_end, afternoon=False)}
        if not confirm(self, title, self.tr(
                "Cancel the absence of {name} from {first} to {last} ({kind})? It will no longer count in the hours "
                "(it stays in the history), and {name} gets back the reception seats it freed that are still "
                "free.").format(**span)):
            return
        try:
            warnings = hours.cancel_absence(ctx, absence.id)
        except CercleError as error:  # validated or cancelled at another workstation meanwhile
            show_error(self, title, error)
            return
        cancelled = self.tr("Absence of {name} from {first} to {last} cancelled: it no longer counts.").format(**span)
        self.say("\n".join([cancelled, *(i18n.message(warning) for warning in warnings)]))

    def edit_opening_balance(self) -> None:
        rows = self.team_table.selectionModel().selectedRows()
        if not rows:
            return
        row = self.team_model.shown.rows[rows[0].row()]
        OpeningBalanceDialog.edit(self, self.workspace.ctx, row.member_id, row.name, self.week)

    def export_report(self) -> None:
        first, last = period = self.team_period()  # read here: the writing runs off the GUI thread
        export_with_dialog(
            self, self.tr("Hours report"), self.tr("hours-{first}-{last}.csv").format(first=first, last=last),
            self.tr("Spreadsheet, French (*.csv);;PDF document (*.pdf)"),
            lambda path, chosen: self.export_report_to(path, "pdf" if chosen.endswith("(*.pdf)") else "csv",
                                                       period))

    def export_report_to(self, path: Path, fmt: str, period: tuple[date, date]) -> Path:
        """Write the report of ``period`` (its first and last day) in ``fmt``; runs off the GUI thread."""
        from app.exports.hours import export_report

        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(f"{path.name}.{fmt}")
        return export_report(self.workspace.ctx, path, fmt, *period)
