"""Reception: the week's shifts as a grid (days in columns), claim, release, swap, mark a no-show, add a one-off
shift or cancel one, draft a rota, print."""

import math
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date, time, timedelta
from enum import Enum, auto
from typing import Final, Literal, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QKeySequence,
    QPen,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app import formatting, i18n
from app.domain.errors import CercleError
from app.domain.kept_years import months_after, weeks_after
from app.domain.members import name_key
from app.exports import roster
from app.services import rota
from app.services.changes import Entity
from app.ui.dialogs.rota import DraftRotaDialog, FairnessDialog, SwapDialog, shift_text
from app.ui.dialogs.rota_setup import OneOffShiftDialog, RotaSetupDialog
from app.ui.exporting import export_with_dialog
from app.ui.flow_layout import FlowLayout
from app.ui.models.guard import answers_on_failure, never_raises
from app.ui.models.table import Column, RowsModel
from app.ui.pages.base import Page
from app.ui.widgets import (
    StatusLabel,
    TableView,
    confirm,
    give_key,
    gives_way,
    retitle,
    scrolling,
    show_error,
)

# Every text of a cell reads at 4.5:1 at least (WCAG AA) on every background a cell may have: white,
# one's own shifts, open seats soon, the chosen cell (tests/ui/test_contrast.py checks it).
MINE = QColor("#fff3c4")
OPEN_SOON = QColor("#fde2e1")
CHOSEN = QColor("#e3f0fa")
RED = QColor("#b03a2e")
MUTED = QColor("#596670")  # a shift's label, open seats that are not soon
SOON = timedelta(weeks=2)  # open seats this close are shown in red
PADDING = 6  # left and right of a cell's lines
WRAPPED = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
Result = TypeVar("Result")


class _Failed(Enum):
    """What an action gives back once its error is shown (a release gives back None): its own type, so
    that a result compared with it is known to be the action's."""

    FAILED = auto()


FAILED: Final = _Failed.FAILED


Row = tuple[time, time, int]  # a row of the week grid: a shift's start and end, and its rank at these times


def rows_of(shifts: Iterable[rota.ShiftView]) -> dict[int, Row]:
    """Each shift's row, by its id: its times, and how many shifts of its day come before it at the same times
    (a one-off shift at the hours of that day's weekly one gets a row of its own, under it). ``shifts`` in the
    order the service gives them: by day, time, then id."""
    before: Counter[tuple[date, time, time]] = Counter()
    rows = {}
    for shift in shifts:
        rows[shift.id] = (shift.start, shift.end, before[shift.day, shift.start, shift.end])
        before[shift.day, shift.start, shift.end] += 1
    return rows


class WeekModel(QAbstractTableModel):
    """The shifts of a week: a column for each day, a row for each shift time (more than one where a day has
    several shifts at the same times). ShiftView at UserRole."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.days: list[date] = []
        self.rows: list[Row] = []
        self.cells: dict[tuple[date, Row], rota.ShiftView] = {}
        self.today = date.min
        self.actor_id: int | None = None  # whose names are "mine" in what a screen reader hears

    def set_week(self, week: rota.WeekView, today: date, only_open: bool,
                 actor_id: int | None = None) -> None:
        self.beginResetModel()
        shifts = [s for s in week.shifts if s.open_seats or not only_open]
        self.days = [day for day in week.days if day.weekday() < 5 or any(s.day == day for s in week.shifts)]
        rows = rows_of(week.shifts)
        self.rows = sorted(set(rows.values()))
        self.cells = {(s.day, rows[s.id]): s for s in shifts}
        self.today = today
        self.actor_id = actor_id
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.days)

    def shift_at(self, index) -> rota.ShiftView | None:
        if not index.isValid():
            return None
        return self.cells.get((self.days[index.column()], self.rows[index.row()]))

    def is_soon(self, shift: rota.ShiftView) -> bool:
        return self.today <= shift.day < self.today + SOON

    @never_raises
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        shift = self.shift_at(index)
        if shift is None:
            return None
        if role == Qt.ItemDataRole.UserRole:
            return shift
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(shift)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return spoken_text(shift, self.actor_id, self.is_soon(shift))
        if role == Qt.ItemDataRole.BackgroundRole:
            if shift.mine:
                return QBrush(MINE)
            if shift.open_seats and self.is_soon(shift):
                return QBrush(OPEN_SOON)
        return None

    @never_raises
    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt's name
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return formatting.day_header(self.days[section])
        start, end, _rank = self.rows[section]
        return f"{formatting.clock(start)}–{formatting.clock(end)}"


def open_text(count: int) -> str:
    return roster.open_seats_text(count)


def by_name(shift: rota.ShiftView) -> list[rota.ClaimantView]:
    """The holders of a shift in French alphabetical order (David, Élodie, Fatou)."""
    return sorted(shift.claimants, key=lambda c: name_key(c.name))


def holder_text(claimant: rota.ClaimantView) -> str:
    """A holder's name, followed by "(absent)" when she is marked as a no-show."""
    if claimant.no_show:
        return QCoreApplication.translate("Reception", "{name} (absent)").format(name=claimant.name)
    return claimant.name


def menu_text(text: str) -> str:
    """``text`` as a menu shows it: an "&" in a name is no key of its own."""
    return text.replace("&", "&&")


def cell_text(shift: rota.ShiftView) -> str:
    lines = [c.name for c in by_name(shift)]
    if shift.open_seats:
        lines.append(open_text(shift.open_seats))
    return "\n".join(lines)


def spoken_text(shift: rota.ShiftView, actor_id: int | None, soon: bool) -> str:
    """What the painted cell says by italics, bold, strike-through and red, in words for a screen reader:
    "Café; Amina Benali (you); Bruno Martin (absent); 1 open seat, to fill soon"."""
    parts = [shift.label] if shift.label else []
    for claimant in by_name(shift):
        name = claimant.name
        if claimant.member_id == actor_id:
            name = QCoreApplication.translate("Reception", "{name} (you)").format(name=name)
        if claimant.no_show:
            name = QCoreApplication.translate("Reception", "{name} (absent)").format(name=name)
        parts.append(name)
    if shift.open_seats:
        seats = open_text(shift.open_seats)
        if soon:
            seats = QCoreApplication.translate("Reception", "{seats}, to fill soon").format(seats=seats)
        parts.append(seats)
    return QCoreApplication.translate("Reception", "; ").join(parts)


class ShiftDelegate(QStyledItemDelegate):
    """Paints a shift: its label, the holders' names in their colour (mine in bold), open seats in red."""

    def __init__(self, model: WeekModel, parent=None) -> None:
        super().__init__(parent)
        self.week = model
        self._metrics: dict[str, QFontMetricsF] = {}

    @never_raises
    def paint(self, painter, option, index) -> None:
        shift = self.week.shift_at(index)
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        painter.save()
        try:
            if background is not None:
                painter.fillRect(option.rect, background)
            if option.state & QStyle.StateFlag.State_Selected:  # a pale fill keeps the names legible, a frame
                painter.fillRect(option.rect, CHOSEN)
                painter.setPen(QPen(option.palette.highlight().color(), 2))
                painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
            if shift is not None:
                self._paint_lines(painter, option, shift)
        finally:  # the painter goes on to the next cell as it came
            painter.restore()

    def _lines(self, shift: rota.ShiftView, base: QFont) -> list[tuple[str, QFont, QColor]]:
        """What a cell shows, line by line, with its font and colour: the label in italics, the holders in their
        colour (mine in bold, a no-show struck out), the open seats (in red when soon)."""
        lines = [(shift.label, italic(base), MUTED)] if shift.label else []
        for claimant in by_name(shift):
            font = QFont(base)
            font.setBold(claimant.member_id == self.week.actor_id)
            font.setStrikeOut(claimant.no_show)
            lines.append((claimant.name, font, QColor(claimant.colour)))
        if shift.open_seats:
            lines.append((open_text(shift.open_seats), base, RED if self.week.is_soon(shift) else MUTED))
        return lines

    def _paint_lines(self, painter, option, shift: rota.ShiftView) -> None:
        """Each line wrapped at the cell's width: in a narrow column, "Accueil après-midi" takes two."""
        rect = QRect(option.rect.adjusted(PADDING, 4, -PADDING, -4))
        for text, font, colour in self._lines(shift, QFont(option.font)):
            painter.setFont(font)
            painter.setPen(colour)
            painter.drawText(rect, WRAPPED, text)
            rect.setTop(rect.top() + self.wrapped_lines(font, text, rect.width()) * option.fontMetrics.height())

    @answers_on_failure(lambda _delegate, option, _index: QSize(2 * PADDING, 2 * option.fontMetrics.height() + 10))
    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt's name
        """As wide as the longest word of its lines (a line wraps in a narrow column), as high as its lines at
        the cell's width (``option.rect``, when given)."""
        shift = self.week.shift_at(index)
        line = option.fontMetrics.height()
        if shift is None:
            return QSize(2 * PADDING, 2 * line + 10)
        lines = self._lines(shift, QFont(option.font))
        widest = max(self.metrics(font).horizontalAdvance(word) for text, font, _ in lines for word in text.split())
        room = option.rect.width() - 2 * PADDING if option.rect.isValid() else 2**16
        height = line * sum(self.wrapped_lines(font, text, room) for text, font, _ in lines)
        return QSize(math.ceil(widest) + 2 * PADDING, max(height, 2 * line) + 10)

    def metrics(self, font: QFont) -> QFontMetricsF:
        """The metrics of ``font``, made once: a cell's few fonts (italics, bold, struck out) come back at each
        paint."""
        key = font.key()
        if key not in self._metrics:
            self._metrics[key] = QFontMetricsF(font)
        return self._metrics[key]

    def wrapped_lines(self, font: QFont, text: str, width: int) -> int:
        """How many lines ``text`` takes, wrapped at ``width`` as the painter wraps it (in fractions of pixels:
        in whole ones, a name a fraction too wide was said to fit)."""
        metrics = self.metrics(font)
        if metrics.horizontalAdvance(text) <= width:  # most often: one line, found without laying it out
            return 1
        lines = metrics.boundingRect(QRectF(0, 0, width, 2**16), WRAPPED, text).height() / metrics.height()
        return max(1, round(lines))


def italic(font: QFont) -> QFont:
    """A shift's label is written in italics."""
    slanted = QFont(font)
    slanted.setItalic(True)
    return slanted


class ReceptionPage(Page):
    watched = frozenset({Entity.SHIFT, Entity.SWAP, Entity.ROTA_BATCH, Entity.SHIFT_TEMPLATE, Entity.CLOSURE,
                         Entity.MEMBER, Entity.MEMBER_ROTA})

    def __init__(self, workspace, title: str, parent=None) -> None:
        super().__init__(workspace, title, parent)
        self.monday = rota.monday_of(workspace.ctx.today())
        self.month = self.monday
        content = QWidget()  # scrolls down in a low window, rather than squeeze the week's rows
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(scrolling(content), 1)
        column.addLayout(self._navigation())
        column.addWidget(self._empty_hint())
        self.views = QStackedWidget()
        self.week_model = WeekModel(self)
        self.grid = TableView()
        self.grid.setModel(self.week_model)
        self.grid.setItemDelegate(ShiftDelegate(self.week_model, self))
        self.grid.setAccessibleName(self.tr("Shifts of the week"))
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.doubleClicked.connect(lambda _index: self.claim_selected())
        self.grid.horizontalHeader().sectionResized.connect(lambda *_: self._fit_grid_height())
        self.views.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)  # see _fit_grid_height
        self.month_model = RowsModel([
            Column(self.tr("Day"), lambda s: formatting.long_date(s.day)),
            Column(self.tr("Time"), lambda s: f"{formatting.clock(s.start)}–{formatting.clock(s.end)}"),
            Column(self.tr("Shift"), lambda s: s.label),
            Column(self.tr("Held by"), lambda s: ", ".join(holder_text(c) for c in by_name(s))),
            Column(self.tr("Open seats"), lambda s: str(s.open_seats) if s.open_seats else "", align_right=True),
        ], self)
        self.month_table = TableView()
        self.month_table.setModel(self.month_model)
        self.month_table.setAccessibleName(self.tr("Shifts of the month"))
        self.month_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.month_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.month_table.verticalHeader().hide()
        self.month_table.horizontalHeader().setStretchLastSection(True)
        self.views.addWidget(self.grid)
        self.views.addWidget(self.month_table)
        for view in (self.grid, self.month_table):  # a shift is taken or given back where it is chosen
            self._key_on(view, Qt.Key.Key_Return, self.claim_selected)
            self._key_on(view, Qt.Key.Key_Enter, self.claim_selected)
            self._key_on(view, Qt.Key.Key_Delete, self.release_selected)
            view.installEventFilter(self)  # the keyboard's menu key comes to the view, a right click to its inside
            view.viewport().installEventFilter(self)
        column.addWidget(self.views, 3)
        column.addLayout(self._actions())
        self.message = StatusLabel(self.tr("Last action"))
        column.addWidget(self.message)
        column.addWidget(self._swaps(), 1)
        self.seat_menu = QMenu(self)  # the actions on a shift, filled anew each time it opens
        self.seat_menu.setAccessibleName(self.tr("Actions on the shift"))
        self.seat_menu.setToolTipsVisible(True)
        self.grid.selectionModel().selectionChanged.connect(self._update_buttons)
        self.month_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    # --- layout ----------------------------------------------------------------------------------

    @staticmethod
    def _key_on(widget: QWidget, key: Qt.Key, slot) -> None:
        """``key`` calls ``slot`` while ``widget`` has the focus (Enter and Delete mean nothing elsewhere)."""
        shortcut = QShortcut(QKeySequence(key), widget, slot)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

    def _navigation(self) -> FlowLayout:
        """The week's steps and dates, then the view's ticks: on a second line when the window is narrow."""
        bar = FlowLayout()
        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.previous_button.setAccessibleName(self.tr("Previous week"))
        self.previous_button.setToolTip(self.tr("Previous (Alt+Left)"))
        self.previous_button.clicked.connect(lambda: self.move_period(-1))
        self.today_button = QPushButton(self.tr("This week"))
        self.today_button.clicked.connect(self.go_to_today)
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.setAccessibleName(self.tr("Next week"))
        self.next_button.setToolTip(self.tr("Next (Alt+Right)"))
        self.next_button.clicked.connect(lambda: self.move_period(1))
        QShortcut(QKeySequence("Alt+Left"), self, lambda: self.move_period(-1))
        QShortcut(QKeySequence("Alt+Right"), self, lambda: self.move_period(1))
        self.period = QLabel()
        self.period.setObjectName("periodLabel")
        self.month_view = QCheckBox(self.tr("Month view"))
        self.month_view.toggled.connect(self._switch_view)
        self.only_open = QCheckBox(self.tr("Only open seats"))
        self.only_open.toggled.connect(self.refresh)
        for widget in (self.previous_button, self.today_button, self.next_button, self.period):
            bar.addWidget(widget)
        bar.addStretch()
        bar.addWidget(self.only_open)
        bar.addWidget(self.month_view)
        return bar

    def _actions(self) -> QVBoxLayout:
        """Two rows: what one does with a shift, then the tools of the whole rota; each goes on to a line more
        when the window is too narrow for its buttons (never clipped)."""
        bar = QVBoxLayout()
        shift_row, rota_row = FlowLayout(), FlowLayout()
        bar.addLayout(shift_row)
        bar.addLayout(rota_row)
        self.claim_button = QPushButton(self.tr("Claim"))
        give_key(self.claim_button, "Ctrl+T", self.tr("Take a seat of the selected shift (Enter in the table)"))
        self.claim_button.clicked.connect(self.claim_selected)
        self.release_button = QPushButton(self.tr("Release"))
        give_key(self.release_button, "Ctrl+R", self.tr("Give back your seat on the selected shift "
                                                        "(Delete in the table)"))
        self.release_button.clicked.connect(self.release_selected)
        self.swap_button = QPushButton(self.tr("Offer a swap…"))
        give_key(self.swap_button, "Ctrl+Shift+S", self.tr("Offer the selected shift to someone else"))
        self.swap_button.clicked.connect(self.offer_swap_selected)
        self.no_show_button = QPushButton(self.tr("No-show…"))
        self.no_show_tip = self.tr("Mark a holder of the selected shift as a no-show, or undo it")
        give_key(self.no_show_button, "Ctrl+Shift+N", self.no_show_tip)
        self.no_show_button.clicked.connect(self.choose_no_show)
        self.cancel_button = QPushButton(self.tr("Cancel this shift…"))
        self.cancel_tip = self.tr("Cancel the selected shift: its holders lose their seats")
        give_key(self.cancel_button, "Ctrl+Shift+C", self.cancel_tip)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.one_off_button = QPushButton(self.tr("One-off shift…"))
        give_key(self.one_off_button, "Ctrl+N", self.tr("Add a shift outside the weekly slots, on one day"))
        self.one_off_button.clicked.connect(self.add_one_off_shift)
        self.draft_button = QPushButton(self.tr("Propose a rota…"))
        self.draft_button.clicked.connect(self.draft_rota)
        self.undo_button = QPushButton(self.tr("Undo last rota"))
        self.undo_button.clicked.connect(self.undo_last_rota)
        self.fairness_button = QPushButton(self.tr("Fairness…"))
        self.fairness_button.clicked.connect(lambda: FairnessDialog.show_report(self, self.workspace.ctx))
        self.pdf_button = QPushButton(self.tr("Print roster (PDF)…"))
        give_key(self.pdf_button, "Ctrl+P", self.tr("Print the week's roster as a PDF"))
        self.pdf_button.clicked.connect(self.export_pdf)
        self.ics_button = QPushButton(self.tr("My shifts (.ics)…"))
        give_key(self.ics_button, "Ctrl+E", self.tr("Export your shifts to a calendar"))
        self.ics_button.clicked.connect(self.export_ics)
        self.setup_button = QPushButton(self.tr("Set up the rota…"))
        self.setup_button.clicked.connect(self.set_up_rota)
        for widget in (self.claim_button, self.release_button, self.swap_button, self.no_show_button,
                       self.cancel_button):
            shift_row.addWidget(widget)
        shift_row.addStretch()
        for widget in (self.pdf_button, self.ics_button):
            shift_row.addWidget(widget)
        for widget in (self.draft_button, self.undo_button, self.fairness_button):
            rota_row.addWidget(widget)
        rota_row.addStretch()
        rota_row.addWidget(self.one_off_button)
        rota_row.addWidget(self.setup_button)
        return bar

    def _fit_grid_height(self) -> None:
        """The week's rows never lower than their lines, wrapped at the columns' width: in a low window, the
        page scrolls instead. No higher either, as the page sees it: it scrolls only where they do not fit,
        and gives them the height it has (the views' own size hint is ignored, and so is their minimum but
        the one set here)."""
        option = QStyleOptionViewItem()
        self.grid.initViewItemOption(option)
        delegate = self.grid.itemDelegate()

        def height(row: int, column: int) -> int:
            index = self.week_model.index(row, column)
            option.rect = QRect(0, 0, self.grid.visualRect(index).width(), 1)  # the width its lines wrap at
            return delegate.sizeHint(option, index).height()

        highest = max((height(row, column) for row in range(self.week_model.rowCount())
                       for column in range(self.week_model.columnCount())), default=0)
        rows = self.week_model.rowCount() * highest  # stretched, the rows share the height alike
        self.views.setMinimumHeight(self.grid.horizontalHeader().height() + rows + 2 * self.grid.frameWidth())

    def _empty_hint(self) -> QWidget:
        """Shown while no shift is planned from today on: the way to the shifts created ahead."""
        self.empty_hint = QWidget()
        row = QHBoxLayout(self.empty_hint)
        row.setContentsMargins(0, 0, 0, 0)
        text = QLabel(self.tr("No reception shift is planned from today on. Set the weekly slots, then "
                              "“Create shifts ahead” puts the shifts of the coming weeks in the rota."))
        text.setWordWrap(True)
        row.addWidget(text, 1)
        self.create_ahead_button = QPushButton(self.tr("Create shifts ahead…"))
        self.create_ahead_button.clicked.connect(self.create_shifts_ahead)
        row.addWidget(self.create_ahead_button)
        return self.empty_hint

    def _swaps(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Swap offers")))
        self.swap_list = QListWidget()
        self.swap_list.setAccessibleName(self.tr("Swap offers"))
        gives_way(self.swap_list)  # as the grid
        self.swap_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        layout.addWidget(self.swap_list, 1)
        buttons = QHBoxLayout()
        self.accept_button = QPushButton(self.tr("Accept the swap"))
        give_key(self.accept_button, "Ctrl+Shift+A", self.tr("Take the shift of the selected offer"))
        self.accept_button.clicked.connect(self.accept_swap)
        self.decline_button = QPushButton(self.tr("Decline"))
        give_key(self.decline_button, "Ctrl+Shift+D", self.tr("Decline the selected offer, or withdraw yours"))
        self.decline_button.clicked.connect(self.decline_swap)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.decline_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return box

    # --- reading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.message.clear()  # about the last action: after a change, another member or a reload, stale
        ctx = self.workspace.ctx
        if self.month_view.isChecked():
            self.month_model.set_rows([s for s in rota.month_view(ctx, self.month.year, self.month.month)
                                       if s.open_seats or not self.only_open.isChecked()])
            self.period.setText(QLocale().toString(QDate(self.month.year, self.month.month, 1), "MMMM yyyy"))
        else:
            self.show_week(self.monday)
        self._refresh_swaps()
        self._update_buttons()
        self.empty_hint.setVisible(not rota.has_shifts_ahead(ctx))

    def show_week(self, monday: date) -> None:
        """Show the week starting ``monday`` (what the week switch does, measured by the benchmark)."""
        self.monday = monday
        self.week_model.set_week(rota.week_view(self.workspace.ctx, monday), self.workspace.ctx.today(),
                                 self.only_open.isChecked(), self.workspace.actor_id)
        self._fit_grid_height()
        number = monday.isocalendar()[1]
        self.period.setText(self.tr("Week {number}: {first} – {last}").format(
            number=number, first=formatting.short_date(monday), last=formatting.short_date(monday + timedelta(6))))

    def _refresh_swaps(self) -> None:
        self.swap_list.clear()
        if self.workspace.actor_id is None:
            return
        for offer in rota.pending_swaps(self.workspace.ctx):
            if offer.from_member_id == self.workspace.actor_id:
                text = self.tr("You offer {shift}").format(shift=shift_text(offer.shift))
            elif offer.wanted is not None:
                text = self.tr("{name} offers {shift} for your {wanted}").format(
                    name=offer.from_name, shift=shift_text(offer.shift), wanted=shift_text(offer.wanted))
            else:
                text = self.tr("{name} offers {shift}").format(name=offer.from_name, shift=shift_text(offer.shift))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, offer)
            self.swap_list.addItem(item)

    def move_period(self, step: int) -> None:
        if self.month_view.isChecked():
            self.month = months_after(self.month, step)
            self.refresh()
        else:
            self.show_week(weeks_after(self.monday, step))
            self._update_buttons()

    def go_to_today(self) -> None:
        self.monday = rota.monday_of(self.workspace.ctx.today())
        self.month = self.monday.replace(day=1)
        self.refresh()

    def _switch_view(self, month: bool) -> None:
        self.month = self.monday.replace(day=1)
        self.views.setCurrentIndex(1 if month else 0)
        self.refresh()

    def selected(self) -> rota.ShiftView | None:
        if self.month_view.isChecked():
            rows = self.month_table.selectionModel().selectedRows()
            return rows[0].data(Qt.ItemDataRole.UserRole) if rows else None
        indexes = self.grid.selectionModel().selectedIndexes()
        return self.week_model.shift_at(indexes[0]) if indexes else None

    def select(self, shift_id: int) -> None:
        for row in range(self.week_model.rowCount()):
            for column in range(self.week_model.columnCount()):
                index = self.week_model.index(row, column)
                shift = self.week_model.shift_at(index)
                if shift is not None and shift.id == shift_id:
                    self.grid.setCurrentIndex(index)
                    return

    def selected_offer(self) -> rota.SwapView | None:
        item = self.swap_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _update_buttons(self) -> None:
        shift = self.selected()
        actor = self.workspace.actor_id
        # Once a shift has started its seats stay as they are: the service refuses to change them.
        ahead = shift if shift is not None and not rota.has_started(self.workspace.ctx, shift) else None
        self.claim_button.setEnabled(actor is not None and ahead is not None and not ahead.mine
                                     and ahead.open_seats > 0)
        self.release_button.setEnabled(ahead is not None and ahead.mine)
        self.swap_button.setEnabled(ahead is not None and ahead.mine)
        self._update_no_show_button(shift)
        self._update_cancel_button(shift)
        self.ics_button.setEnabled(actor is not None)
        self.undo_button.setEnabled(rota.last_batch(self.workspace.ctx) is not None)
        offer = self.selected_offer()
        self.accept_button.setEnabled(offer is not None and offer.from_member_id != actor)
        self.decline_button.setEnabled(offer is not None)
        retitle(self.decline_button, self.tr("Withdraw my offer") if offer and offer.from_member_id == actor
                else self.tr("Decline"))

    def _update_no_show_button(self, shift: rota.ShiftView | None) -> None:
        """Enabled while a holder of the chosen shift can be marked as a no-show (or that mark undone); before
        the shift starts, its tooltip says from when."""
        held = shift is not None and bool(shift.claimants)
        ahead = shift is not None and held and self._no_show_ahead(shift)
        self.no_show_button.setEnabled(held and not ahead and self.workspace.actor_id is not None)
        if ahead:
            self.no_show_button.setToolTip(self.tr("A no-show is marked once the shift has started."))
        else:
            give_key(self.no_show_button, "Ctrl+Shift+N", self.no_show_tip)

    def _update_cancel_button(self, shift: rota.ShiftView | None) -> None:
        """Enabled while the chosen shift can be cancelled; otherwise its tooltip says why (it has started)."""
        refused = None if shift is None else rota.cancel_refusal(self.workspace.ctx, shift)
        self.cancel_button.setEnabled(shift is not None and refused is None and self.workspace.actor_id is not None)
        if refused is None:
            give_key(self.cancel_button, "Ctrl+Shift+C", self.cancel_tip)
        else:
            self.cancel_button.setToolTip(i18n.message(refused))

    def _no_show_ahead(self, shift: rota.ShiftView) -> bool:
        """Nothing to mark on ``shift`` yet: it has not started (and nobody on it is marked, to be undone)."""
        return not rota.has_started(self.workspace.ctx, shift) and not any(c.no_show for c in shift.claimants)

    def _add_no_show_actions(self, menu: QMenu, shift: rota.ShiftView) -> None:
        """For each holder of ``shift``: mark her as a no-show, or undo that mark; before the shift starts, one
        disabled entry that says from when. Anyone at the desk may do it, for anyone (the one who did not come is
        not there to say so): the audit log keeps who did it."""
        if self._no_show_ahead(shift):
            menu.addAction(self.tr("Mark a no-show (once the shift has started)")).setEnabled(False)
            return
        started = rota.has_started(self.workspace.ctx, shift)
        for claimant in by_name(shift):
            if claimant.no_show:
                text = self.tr("Undo {name}'s no-show").format(name=claimant.name)
            else:
                text = self.tr("Mark {name} as a no-show").format(name=claimant.name)
            action = menu.addAction(menu_text(text))
            action.setEnabled(self.workspace.actor_id is not None and (started or claimant.no_show))
            action.triggered.connect(lambda _checked=False, c=claimant: self.set_no_show(shift, c, not c.no_show))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """A right click on a shift, or the keyboard's menu key in a view of the shifts: that shift's menu."""
        if isinstance(event, QContextMenuEvent):
            view = next((v for v in (self.grid, self.month_table) if watched in (v, v.viewport())), None)
            if view is not None:
                self.show_seat_menu(view, event)
                return True
        return super().eventFilter(watched, event)

    def show_seat_menu(self, view: QAbstractItemView, event: QContextMenuEvent) -> None:
        """The actions on a shift, enabled as its buttons are: claim, release, swap, cancel, then the no-shows of
        its holders. A right click chooses the shift under the mouse first; the menu key takes the chosen one."""
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            index = view.indexAt(event.pos())  # a right click comes to the viewport: in its coordinates
            if not index.isValid():
                return
            view.setCurrentIndex(index)
            at = event.globalPos()
        else:
            at = view.viewport().mapToGlobal(view.visualRect(view.currentIndex()).center())
        shift = self.selected()
        if shift is not None:
            self.fill_seat_menu(shift).popup(at)

    def fill_seat_menu(self, shift: rota.ShiftView) -> QMenu:
        """The menu of the chosen ``shift``, filled anew."""
        self.seat_menu.clear()
        for button, slot in ((self.claim_button, self.claim_selected), (self.release_button, self.release_selected),
                             (self.swap_button, self.offer_swap_selected), (self.cancel_button, self.cancel_selected)):
            key = button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action = self.seat_menu.addAction(f"{button.text()}\t{key}", slot)  # the key, shown as a reminder
            action.setEnabled(button.isEnabled())
            action.setToolTip(button.toolTip())  # why a greyed entry is (a started shift is not cancelled)
        if shift.claimants:
            self.seat_menu.addSeparator()
            self._add_no_show_actions(self.seat_menu, shift)
        return self.seat_menu

    def choose_no_show(self) -> None:
        """The button: the holders of the chosen shift in a menu under it, the first one ready for Enter."""
        shift = self.selected()
        if shift is None or not self.no_show_button.isEnabled():
            return
        self.seat_menu.clear()
        self._add_no_show_actions(self.seat_menu, shift)
        self.seat_menu.setActiveAction(self.seat_menu.actions()[0])
        self.seat_menu.popup(self.no_show_button.mapToGlobal(self.no_show_button.rect().bottomLeft()))

    # --- actions ---------------------------------------------------------------------------------

    def _run(self, title: str, action: Callable[[], Result]) -> Result | Literal[_Failed.FAILED]:
        """The action's result (None for some), or FAILED once its error is shown."""
        try:
            result = action()
        except CercleError as error:
            show_error(self, title, error)
            return FAILED
        self.took_effect()
        return result

    def claim_selected(self) -> None:
        shift = self.selected()
        if shift is None or shift.mine or not shift.open_seats or self.workspace.actor_id is None:
            return
        question = self.tr("Take a seat at reception on {shift}?").format(shift=shift_text(shift))
        try:
            notice = rota.release_notice_passed(self.workspace.ctx, shift.day, shift.start)
        except CercleError:
            notice = None  # the centre out of reach: the claim itself says so
        if notice is not None:  # said before, not after: a seat taken by mistake could only be swapped
            question += "\n\n" + self.tr("It starts in less than {hours} hours: once taken, it can no longer "
                                          "be released, only offered in a swap.").format(hours=notice)
        if not confirm(self, self.tr("Claim a shift"), question):
            return
        result = self._run(self.tr("Claim a shift"), lambda: rota.claim_shift(self.workspace.ctx, shift.id))
        if result is not FAILED:
            notes = [i18n.message(warning) for warning in result.warnings]
            self.message.setText("\n".join([self.tr("You hold {shift}.").format(shift=shift_text(shift)), *notes]))
            self.select(shift.id)

    def release_selected(self) -> None:
        shift = self.selected()
        if shift is None or not shift.mine:
            return
        too_late: CercleError | None
        try:
            too_late = rota.release_refusal(self.workspace.ctx, shift)
        except CercleError as error:
            too_late = error  # the centre out of reach: said now, as the release would say it
        if too_late is not None:  # said at once: a refusal never follows a yes
            show_error(self, self.tr("Release a shift"), too_late)
            return
        if not confirm(self, self.tr("Release a shift"),
                       self.tr("Give back your seat on {shift}? Someone else will have to take it.").format(
                           shift=shift_text(shift))):
            return
        if self._run(self.tr("Release a shift"),
                     lambda: rota.release_shift(self.workspace.ctx, shift.id)) is FAILED:
            return
        self.message.setText(self.tr("You released {shift}.").format(shift=shift_text(shift)))

    def set_no_show(self, shift: rota.ShiftView, claimant: rota.ClaimantView, no_show: bool) -> None:
        """Mark ``claimant`` as a no-show on ``shift`` (her hours of it no longer count), once asked, or undo it."""
        text = shift_text(shift)
        if no_show:
            title = self.tr("Mark a no-show")
            if not confirm(self, title, self.tr(
                    "Mark {name} as a no-show on {shift}? The hours of this shift will not be counted for them.").format(
                    name=claimant.name, shift=text)):
                return
        else:
            title = self.tr("Undo a no-show")
        if self._run(title, lambda: rota.mark_no_show(self.workspace.ctx, claimant.claim_id, no_show)) is FAILED:
            return
        if no_show:
            said = self.tr("{name} is marked as a no-show on {shift}: these hours are not counted.")
        else:
            said = self.tr("{name}'s no-show on {shift} is undone: these hours are counted again.")
        self.message.setText(said.format(name=claimant.name, shift=text))
        self.select(shift.id)

    def cancel_selected(self) -> None:
        """Cancel the chosen shift once asked, naming the holders who lose their seat; then say what was done."""
        shift, ctx = self.selected(), self.workspace.ctx
        if shift is None or not self.cancel_button.isEnabled():
            return
        title, text = self.tr("Cancel a shift"), shift_text(shift)
        names = ", ".join(claimant.name for claimant in by_name(shift))
        if not shift.claimants:
            question = self.tr("Cancel the shift of {shift}? Nobody holds a seat on it yet.")
        elif len(shift.claimants) == 1:
            question = self.tr("Cancel the shift of {shift}? {names} will lose their seat, and its hours.")
        else:
            question = self.tr("Cancel the shift of {shift}? {names} will lose their seats, and their hours.")
        if not confirm(self, title, question.format(shift=text, names=names)):
            return
        warnings = self._run(title, lambda: rota.cancel_shift(ctx, shift.id))
        if warnings is not FAILED:
            self.message.setText("\n".join([self.tr("The shift of {shift} is cancelled.").format(shift=text),
                                             *(i18n.message(warning) for warning in warnings)]))

    def add_one_off_shift(self) -> None:
        """A shift outside the weekly slots, first offered on the chosen day; then shown, chosen."""
        added = OneOffShiftDialog.add(self, self.workspace.ctx, self._chosen_day())
        if added is None:
            return
        self.took_effect()
        month = self.month_view.isChecked()
        shown = self.month if month else self.monday
        self.monday, self.month = rota.monday_of(added.day), added.day.replace(day=1)
        if (self.month if month else self.monday) != shown:
            self.refresh()  # the period of the new shift, if it is not the one shown
        self.select(added.id)
        self.message.setText(self.tr("One-off shift added: {shift}.").format(shift=shift_text(added)))

    def _chosen_day(self) -> date:
        """The day of the chosen shift or cell, else the first day shown."""
        shift = self.selected()
        if shift is not None:
            return shift.day
        if self.month_view.isChecked():
            return self.month
        current = self.grid.currentIndex()
        return self.week_model.days[current.column()] if current.isValid() else self.monday

    def offer_swap_selected(self) -> None:
        shift = self.selected()
        if shift is not None and shift.mine and SwapDialog.offer(self, self.workspace.ctx, shift):
            self.say(self.tr("Your swap offer is waiting for an answer."))  # after the refresh the offer brings

    def accept_swap(self) -> None:
        offer = self.selected_offer()
        if offer is None or not confirm(self, self.tr("Accept a swap"), self.tr(
                "Take {shift} from {name}?").format(shift=shift_text(offer.shift), name=offer.from_name)):
            return
        warnings = self._run(self.tr("Accept a swap"), lambda: rota.accept_swap(self.workspace.ctx, offer.id))
        if warnings is not FAILED:
            notes = [i18n.message(warning) for warning in warnings]
            self.message.setText("\n".join([self.tr("You hold {shift}.").format(shift=shift_text(offer.shift)),
                                             *notes]))

    def decline_swap(self) -> None:
        offer = self.selected_offer()
        if offer is None:
            return
        mine = offer.from_member_id == self.workspace.actor_id
        action = rota.cancel_swap if mine else rota.decline_swap
        if self._run(self.tr("Answer a swap"), lambda: action(self.workspace.ctx, offer.id)) is not FAILED:
            self.message.setText(self.tr("You withdrew your offer.") if mine else self.tr("You declined the offer."))

    def draft_rota(self) -> None:
        if DraftRotaDialog.run(self, self.workspace.ctx) is not None:
            self.say(self.tr("The proposed rota was applied. You can undo it until its first shift."))

    def set_up_rota(self) -> None:
        RotaSetupDialog.run(self, self.workspace.ctx)
        self.took_effect()  # what it changed, shown now; closed without a change, nothing is read again

    def create_shifts_ahead(self) -> None:
        RotaSetupDialog.run_to_create_ahead(self, self.workspace.ctx)
        self.took_effect()

    def undo_last_rota(self) -> None:
        if not confirm(self, self.tr("Undo the last rota"),
                       self.tr("Remove every seat the last applied rota gave? Seats claimed by hand stay.")):
            return
        undone = self._run(self.tr("Undo the last rota"), lambda: rota.undo_batch(self.workspace.ctx))
        if undone is not FAILED:
            self.message.setText(self.tr("{count} seats given back.").format(count=undone))

    def export_pdf(self) -> None:
        monday, ctx = self.monday, self.workspace.ctx  # read here: the writing runs off the GUI thread
        year, number, _ = monday.isocalendar()
        suggested = self.tr("roster-{year}-W{week}.pdf").format(year=year, week=f"{number:02d}")
        export_with_dialog(self, self.tr("Print the roster"), suggested, "PDF (*.pdf)",
                           lambda path, _chosen: roster.export_week_pdf(ctx, monday, path))

    def export_ics(self) -> None:
        actor, ctx = self.workspace.actor_id, self.workspace.ctx
        if actor is None:
            return
        first, last = roster.default_period(ctx)
        export_with_dialog(self, self.tr("Export my shifts"), self.tr("my-reception-shifts.ics"),
                           self.tr("Calendar (*.ics)"),
                           lambda path, _chosen: roster.export_member_ics(ctx, actor, first, last, path))
