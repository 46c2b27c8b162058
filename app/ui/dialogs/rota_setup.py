"""Setting the reception rota up: the weekly slots, the exceptional closures, each member's half-days; a one-off
shift outside the weekly slots."""

from collections.abc import Callable
from datetime import date, time, timedelta
from typing import Any, TypeVar

from PySide6.QtCore import QLocale, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app import formatting, i18n
from app.domain.errors import CercleError
from app.domain.imports import Kind
from app.domain.rota import MAX_CLOSURE_REASON, MAX_LABEL, MAX_SEATS, Half, Slot, half_days
from app.services import centre, members, rota
from app.services.errors import NotAllowed, NotFound
from app.services.members import MemberView
from app.ui.desk import run_modal
from app.ui.dialogs.base import ServiceDialog
from app.ui.dialogs.fields import date_edit, pydate, pytime, qdate, qtime
from app.ui.dialogs.imports import ImportDialog, help_text
from app.ui.dialogs.rota import read_only_table
from app.ui.models.table import Column, RowsModel
from app.ui.widgets import ErrorLabel, StatusLabel, confirm

WORKDAYS = range(5)  # the grids of half-days cover Monday to Friday
ONE_OFF_TIMES = (time(8, 30), time(12, 30))  # a one-off shift is first offered as the usual morning
HALVES: tuple[Half, ...] = ("am", "pm")

T = TypeVar("T")


day_name = formatting.weekday_name  # Monday = 0


def time_edit(value: time, name: str) -> QTimeEdit:
    edit = QTimeEdit(qtime(value))
    edit.setDisplayFormat("HH:mm")
    edit.setAccessibleName(name)
    return edit


def first_half_day(ctx) -> tuple[time, time]:
    """The first reception shift of a day at the centre's opening hours: what a new slot starts from."""
    current = centre.get_centre(ctx)
    return half_days(current.opens_at, current.closes_at)[0] if current else (time(8, 30), time(12, 30))


def compact_form() -> QFormLayout:
    """A form whose fields keep their natural width instead of stretching across the dialog."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    return form


def text_field(name: str, placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setAccessibleName(name)
    field.setPlaceholderText(placeholder)
    field.setMinimumWidth(320)
    return field


def shift_fields(form: QFormLayout, times: tuple[time, time], hint: str) -> tuple[QTimeEdit, QTimeEdit, QSpinBox,
                                                                                    QLineEdit]:
    """The rows of a shift in ``form``, a weekly slot's or a one-off shift's: its start and end, its seats, its
    label (``hint`` shows an example)."""
    start = time_edit(times[0], QApplication.translate("ShiftFields", "Start"))
    end = time_edit(times[1], QApplication.translate("ShiftFields", "End"))
    row = QHBoxLayout()
    for widget in (start, QLabel(QApplication.translate("ShiftFields", "to")), end):
        row.addWidget(widget)
    row.addStretch(1)
    form.addRow(QApplication.translate("ShiftFields", "Time"), row)
    seats = QSpinBox()
    seats.setRange(1, MAX_SEATS)
    seats.setAccessibleName(QApplication.translate("ShiftFields", "Seats"))
    form.addRow(QApplication.translate("ShiftFields", "Seats"), seats)
    label = text_field(QApplication.translate("ShiftFields", "Label"), hint)
    label.setMaxLength(MAX_LABEL)  # what the rota keeps: a longer one pasted is cut here, where it shows
    form.addRow(QApplication.translate("ShiftFields", "Label"), label)
    return start, end, seats, label


def selectable_table(model: RowsModel, name: str) -> QTableView:
    table = read_only_table(model, name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    return table


def selected_row(table: QTableView) -> Any:
    model = table.model()
    assert isinstance(model, RowsModel), "made by selectable_table"
    index = table.currentIndex()
    return model.rows[index.row()] if index.isValid() else None


class HalfDayGrid(QGroupBox):
    """Monday to Friday in columns, morning and afternoon in rows, a checkbox in each cell."""

    def __init__(self, title: str, chosen: frozenset[Slot], parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.kept = frozenset(slot for slot in chosen if slot[0] not in WORKDAYS)  # weekend half-days stay
        grid = QGridLayout(self)
        half_names = {"am": self.tr("Morning"), "pm": self.tr("Afternoon")}
        self.boxes: dict[Slot, QCheckBox] = {}
        centre = Qt.AlignmentFlag.AlignHCenter
        for column, weekday in enumerate(WORKDAYS, start=1):
            grid.addWidget(QLabel(day_name(weekday)), 0, column, centre)
        for row, half in enumerate(HALVES, start=1):
            grid.addWidget(QLabel(half_names[half]), row, 0)
            for column, weekday in enumerate(WORKDAYS, start=1):
                box = QCheckBox()
                box.setAccessibleName(self.tr("{grid}: {day} {half}").format(
                    grid=title, day=day_name(weekday), half=half_names[half].lower()))
                box.setChecked((weekday, half) in chosen)
                grid.addWidget(box, row, column, centre)
                self.boxes[(weekday, half)] = box

    def slots(self) -> frozenset[Slot]:
        return self.kept | {slot for slot, box in self.boxes.items() if box.isChecked()}


class MemberRotaDialog(ServiceDialog[rota.MemberRotaView]):
    """One member's reception settings: exempt, and the half-days they cannot or would rather hold."""

    def __init__(self, ctx, member: MemberView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.member = member
        current = rota.get_member_rota(ctx, member.id)
        self.setWindowTitle(i18n.fill(self.tr("Reception for {name}"), name=member.name))
        layout = QVBoxLayout(self)
        self.exempt = QCheckBox(self.tr("Exempt from reception"))
        self.exempt.setAccessibleName(self.tr("Exempt from reception"))
        self.exempt.setChecked(current.exempt)
        layout.addWidget(self.exempt)
        self.unavailable = HalfDayGrid(self.tr("Unavailable"), current.unavailable)
        self.preferred = HalfDayGrid(self.tr("Preferred"), current.preferred)
        layout.addWidget(self.unavailable)
        layout.addWidget(self.preferred)
        hint = QLabel(self.tr("A proposed rota never puts anyone on a half-day they are unavailable, "
                              "and favours their preferred half-days."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.add_buttons(layout)

    def call_service(self) -> rota.MemberRotaView:
        return rota.set_member_rota(
            self.ctx, self.member.id, exempt=self.exempt.isChecked(),
            preferences=rota.slots_text(self.preferred.slots()),
            unavailability=rota.slots_text(self.unavailable.slots()))

    @classmethod
    def edit(cls, parent: QWidget, ctx, member: MemberView) -> rota.MemberRotaView | None:
        return cls.run(parent, ctx, member)


class OneOffShiftDialog(ServiceDialog[rota.ShiftView]):
    """A shift on one day, outside the weekly slots (an extra Saturday morning for a vaccination day)."""

    def __init__(self, ctx, day: date, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Add a one-off shift"))
        form = compact_form()
        self.setLayout(form)
        self.day = date_edit(max(day, ctx.today()))
        self.day.setMinimumDate(qdate(ctx.today()))
        self.day.setAccessibleName(self.tr("Date"))
        form.addRow(self.tr("Date"), self.day)
        self.start, self.end, self.seats, self.label = shift_fields(
            form, ONE_OFF_TIMES, self.tr("optional, e.g. Vaccination day"))
        self.add_buttons(form, self.tr("Add the shift"))

    def call_service(self) -> rota.ShiftView:
        return rota.add_shift(self.ctx, pydate(self.day.date()), pytime(self.start.time()), pytime(self.end.time()),
                              self.seats.value(), self.label.text())

    @classmethod
    def add(cls, parent: QWidget, ctx, day: date) -> rota.ShiftView | None:
        """The shift added, first offered on ``day`` (not before today); None if cancelled."""
        return cls.run(parent, ctx, day)


class RotaSetupDialog(QDialog):
    """Three tabs: the weekly slots, the closures, and each member's reception settings."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Set up the rota"))
        self.resize(880, 640)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._slots_tab(), self.tr("Slots"))
        self.tabs.addTab(self._closures_tab(), self.tr("Closures"))
        self.tabs.addTab(self._people_tab(), self.tr("People"))
        self.tabs.currentChanged.connect(lambda _index: self._say(""))
        layout.addWidget(self.tabs, 1)
        self.message = StatusLabel(self.tr("Last action"))
        layout.addWidget(self.message)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    # --- slots -----------------------------------------------------------------------------------

    def _slots_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.slots = RowsModel([
            Column(self.tr("Day"), lambda t: day_name(t.weekday)),
            Column(self.tr("Start"), lambda t: formatting.clock(t.start)),
            Column(self.tr("End"), lambda t: formatting.clock(t.end)),
            Column(self.tr("Seats"), lambda t: str(t.seats), align_right=True),
            Column(self.tr("Label"), lambda t: t.label),
            Column(self.tr("Valid from"), lambda t: formatting.short_date(t.valid_from)),
            Column(self.tr("Until"), lambda t: formatting.short_date(t.valid_until) if t.valid_until else ""),
        ], self)
        self.slot_table = selectable_table(self.slots, self.tr("Weekly reception slots"))
        self.slot_table.selectionModel().currentRowChanged.connect(self._fill_slot_form)
        layout.addWidget(self.slot_table, 1)
        form = compact_form()
        self.weekday = QComboBox()
        self.weekday.setAccessibleName(self.tr("Day of the week"))
        for weekday in range(7):
            self.weekday.addItem(day_name(weekday), weekday)
        form.addRow(self.tr("Day of the week"), self.weekday)
        self.start, self.end, self.seats, self.label = shift_fields(
            form, first_half_day(self.ctx), self.tr("optional, e.g. Café-accueil"))
        self.from_day = date_edit(self.ctx.today())
        self.from_day.setMinimumDate(qdate(self.ctx.today()))
        self.from_day.setAccessibleName(self.tr("From"))
        form.addRow(self.tr("From"), self.from_day)
        layout.addLayout(form)
        explanation = QLabel(self.tr(
            "Changing or ending a slot applies from the chosen day on. Past shifts are never touched, and a "
            "shift where someone already holds a seat keeps its times and its people."))
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        buttons = QHBoxLayout()
        self.add_slot_button = QPushButton(self.tr("Add slot"))
        self.add_slot_button.clicked.connect(self.add_slot)
        self.change_slot_button = QPushButton(self.tr("Change selected slot"))
        self.change_slot_button.clicked.connect(self.change_slot)
        self.end_slot_button = QPushButton(self.tr("End selected slot…"))
        self.end_slot_button.clicked.connect(self.end_slot)
        self.import_slots_button = QPushButton(self.tr("Import…"))
        self.import_slots_button.setToolTip(help_text(Kind.RECEPTION))
        self.import_slots_button.clicked.connect(self.import_slots)
        self.ahead_button = QPushButton(self.tr("Create shifts ahead"))
        self.ahead_button.setToolTip(self.tr("Put the shifts of the coming weeks in the rota, from the slots"))
        self.ahead_button.clicked.connect(self.create_ahead)
        for button in (self.add_slot_button, self.change_slot_button, self.end_slot_button,
                       self.import_slots_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.ahead_button)
        layout.addLayout(buttons)
        return tab

    def selected_slot(self) -> rota.TemplateView | None:
        return selected_row(self.slot_table)

    def _fill_slot_form(self, current: QModelIndex, _previous: QModelIndex) -> None:
        template = self.slots.rows[current.row()] if current.isValid() else None
        self.change_slot_button.setEnabled(template is not None)
        self.end_slot_button.setEnabled(template is not None)
        if template is None:
            return
        self.weekday.setCurrentIndex(template.weekday)
        self.start.setTime(qtime(template.start))
        self.end.setTime(qtime(template.end))
        self.seats.setValue(template.seats)
        self.label.setText(template.label)

    def _slot_text(self, template: rota.TemplateView) -> str:
        """The slot as the sentences that name it say it: « lundi 09:00–14:00 »."""
        return self.tr("{day} {start}–{end}").format(day=formatting.weekday_in_text(template.weekday),
                                                    start=formatting.clock(template.start),
                                                    end=formatting.clock(template.end))

    def add_slot(self) -> None:
        added = self._act(lambda: rota.add_template(
            self.ctx, self.weekday.currentData(), pytime(self.start.time()), pytime(self.end.time()),
            self.seats.value(), self.label.text(), valid_from=pydate(self.from_day.date())))
        if added is not None:
            self._say(self.tr("Slot added: {slot}. “Create shifts ahead” puts its shifts in the rota.").format(
                slot=self._slot_text(added)))

    def change_slot(self) -> None:
        template = self.selected_slot()
        if template is None:
            return
        changed = self._act(lambda: rota.change_template(
            self.ctx, template.id, start=pytime(self.start.time()), end=pytime(self.end.time()),
            seats=self.seats.value(), label=self.label.text(), from_day=pydate(self.from_day.date()),
            seen=template))
        if changed is not None:
            self._say(self.tr("Slot changed from {day} on: {slot}.").format(
                day=formatting.long_date(changed.valid_from), slot=self._slot_text(changed)))

    def end_slot(self) -> None:
        template = self.selected_slot()
        if template is None:
            return
        first_day = pydate(self.from_day.date())
        if not confirm(self, self.tr("End a slot"), self.tr(
                "No more shifts of {slot} from {day} on? Its open shifts from that day are cancelled; "
                "shifts where someone holds a seat stay.").format(slot=self._slot_text(template),
                                                                  day=formatting.long_date(first_day))):
            return
        if self._done(lambda: rota.end_template(self.ctx, template.id, first_day - timedelta(days=1), template)):
            self._say(self.tr("{slot} ends before {day}.").format(slot=self._slot_text(template),
                                                                   day=formatting.long_date(first_day)))

    def import_slots(self) -> None:
        if ImportDialog.run(self, self.ctx, Kind.RECEPTION) is not None:
            self.refresh()
            self._say(self.tr("Weekly slots imported. “Create shifts ahead” puts their shifts in the rota."))

    def create_ahead(self) -> None:
        created = self._act(lambda: rota.create_shifts_ahead(self.ctx))
        if created is not None:
            self._say(self.tr("{count} shifts created ahead.").format(count=created))

    # --- closures --------------------------------------------------------------------------------

    def _closures_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        intro = QLabel(self.tr("Days the centre is exceptionally closed (public holidays are already known): "
                               "no reception shift on these days."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.closures = RowsModel([
            Column(self.tr("Date"), lambda c: formatting.long_date(c.day)),
            Column(self.tr("Reason"), lambda c: c.reason),
        ], self)
        self.closure_table = selectable_table(self.closures, self.tr("Closures"))
        layout.addWidget(self.closure_table, 1)
        form = compact_form()
        self.closure_day = date_edit(self.ctx.today())
        self.closure_day.setMinimumDate(qdate(self.ctx.today()))
        self.closure_day.setAccessibleName(self.tr("Date"))
        form.addRow(self.tr("Date"), self.closure_day)
        self.closure_reason = text_field(self.tr("Reason"), self.tr("e.g. team away day"))
        self.closure_reason.setMaxLength(MAX_CLOSURE_REASON)
        form.addRow(self.tr("Reason"), self.closure_reason)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.add_closure_button = QPushButton(self.tr("Add closure…"))
        self.add_closure_button.clicked.connect(self.add_closure)
        self.remove_closure_button = QPushButton(self.tr("Remove selected closure…"))
        self.remove_closure_button.clicked.connect(self.remove_closure)
        self.closure_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.remove_closure_button.setEnabled(current.isValid()))
        buttons.addWidget(self.add_closure_button)
        buttons.addWidget(self.remove_closure_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return tab

    def selected_closure(self) -> rota.ClosureView | None:
        return selected_row(self.closure_table)

    def add_closure(self) -> None:
        day = pydate(self.closure_day.date())
        if not confirm(self, self.tr("Add a closure"), self.tr(
                "Close the centre on {day}? Its reception shifts are cancelled, held seats included, "
                "and their hours withdrawn.").format(day=formatting.long_date(day))):
            return
        closure = self._act(lambda: rota.add_closure(self.ctx, day, self.closure_reason.text()))
        if closure is not None:
            self.closure_reason.clear()
            # Meetings and sessions planned before the closure stay: whoever closes is told which, to move them.
            self._say("\n".join([self.tr("The centre is closed on {day}.").format(day=formatting.long_date(day)),
                                  *(i18n.message(warning) for warning in closure.warnings)]))

    def remove_closure(self) -> None:
        closure = self.selected_closure()
        if closure is None or not confirm(self, self.tr("Remove a closure"), self.tr(
                "Open the centre on {day} after all? Its shifts come back, with the seats held before.").format(
                    day=formatting.long_date(closure.day))):
            return
        warnings = self._act(lambda: rota.remove_closure(self.ctx, closure.id))
        if warnings is not None:
            # A seat whose holder may no longer hold it, a shift already started: whoever opens is told which.
            opens = self.tr("The centre opens on {day}.").format(day=formatting.long_date(closure.day))
            self._say("\n".join([opens, *(i18n.message(warning) for warning in warnings)]))

    # --- people ----------------------------------------------------------------------------------

    def _people_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.people = RowsModel([
            Column(self.tr("Member"), lambda row: row[0].name),
            Column(self.tr("Exempt"), lambda row: self.tr("exempt") if row[1].exempt else ""),
            Column(self.tr("Unavailable"), lambda row: self._slots_text(row[1].unavailable)),
            Column(self.tr("Preferred"), lambda row: self._slots_text(row[1].preferred)),
        ], self)
        self.people_table = selectable_table(self.people, self.tr("Members' reception settings"))
        self.people_table.doubleClicked.connect(lambda _index: self.edit_member())
        layout.addWidget(self.people_table, 1)
        buttons = QHBoxLayout()
        self.edit_member_button = QPushButton(self.tr("Edit half-days…"))
        self.edit_member_button.clicked.connect(self.edit_member)
        self.people_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.edit_member_button.setEnabled(current.isValid()))
        buttons.addWidget(self.edit_member_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return tab

    def _slots_text(self, slots: frozenset[Slot]) -> str:
        names = {"am": self.tr("{day} morning"), "pm": self.tr("{day} afternoon")}
        short = QLocale.FormatType.ShortFormat
        return ", ".join(names[half].format(day=QLocale().dayName(weekday + 1, short))
                         for weekday, half in sorted(slots))

    def edit_member(self) -> None:
        row = selected_row(self.people_table)
        if row is not None and MemberRotaDialog.edit(self, self.ctx, row[0]) is not None:
            self.refresh()
            self._say(i18n.fill(self.tr("Reception settings of {name} saved."), name=row[0].name))

    # --- common ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        today = self.ctx.today()
        self.slots.set_rows([t for t in rota.list_templates(self.ctx)
                             if t.valid_until is None or t.valid_until >= today])
        self.closures.set_rows(rota.list_closures(self.ctx, first_day=today))
        team = members.list_members(self.ctx)
        settings = rota.member_rotas(self.ctx, [member.id for member in team])  # one read, not one a member
        self.people.set_rows([(member, settings[member.id]) for member in team])  # each table measured (fit_columns)
        for button in (self.change_slot_button, self.end_slot_button, self.remove_closure_button,
                       self.edit_member_button):
            button.setEnabled(False)

    def _act(self, action: Callable[[], T]) -> T | None:
        """Run a service call; show its error inline, or refresh the tables. A refusal about the state of the
        data (a slot changed at another workstation since the list was read, a closure removed there) shows the
        tables as they are now too; one about what was typed keeps the choice and the form as they are."""
        self.error.clear_error()
        try:
            result = action()
        except CercleError as error:
            self.message.clear()
            if isinstance(error, NotAllowed | NotFound):
                self.refresh()
            self.error.show_error(error)
            return None
        self.refresh()
        return result

    def _done(self, action: Callable[[], None]) -> bool:
        """Run a service call that returns nothing, as :meth:`_act` does; whether it was done."""
        def call() -> bool:
            action()
            return True
        return self._act(call) is not None

    def _say(self, text: str) -> None:
        self.error.clear_error()
        self.message.setText(text)

    @classmethod
    def run(cls, parent: QWidget, ctx) -> None:
        run_modal(cls(ctx, parent))

    @classmethod
    def run_to_create_ahead(cls, parent: QWidget, ctx) -> None:
        """The set-up at its slots, “Create shifts ahead” ready to press once there are slots."""
        dialog = cls(ctx, parent)
        if dialog.slots.rowCount():
            dialog.ahead_button.setDefault(True)
            QTimer.singleShot(0, dialog.ahead_button.setFocus)  # once the dialog is shown
        run_modal(dialog)
