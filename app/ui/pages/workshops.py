"""Workshops: the list and the detail of each (sessions, facilitators, partners, registrations with the
waiting list), a month calendar, and the partners directory."""

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import formatting, i18n
from app.domain.cycles import CycleStatus, SessionCount
from app.domain.errors import CercleError
from app.domain.imports import Kind
from app.domain.kept_years import month_days
from app.domain.workshops import EnrolmentStatus, SessionStatus, has_started, is_offered
from app.exports.documents import write_text
from app.exports.workshops import export_workshops
from app.services import workshops as ws
from app.services.changes import Entity
from app.ui.dialogs.activity import export_activity_report
from app.ui.dialogs.imports import ImportDialog, help_text
from app.ui.dialogs.workshops import (
    AttendanceDialog,
    CycleAttendanceDialog,
    CycleEnrolDialog,
    DropOutDialog,
    EnrolDialog,
    PartnerDialog,
    SessionDialog,
    ThemesDialog,
    WorkshopDialog,
    status_text,
)
from app.ui.exporting import export_with_dialog
from app.ui.flow_layout import FlowLayout
from app.ui.models.table import Column, RowsModel
from app.ui.month_calendar import MonthCalendar
from app.ui.pages.base import Page, TabsRefresher
from app.ui.widgets import (
    StatusLabel,
    TableView,
    TabWidget,
    confirm,
    fit_columns,
    give_key,
    retitle,
    show_error,
    split,
)

MARKED_DAY = "#fbe3b0"  # a soft amber: a day with workshops, readable in both themes


def _table(model: RowsModel, name: str, *stretch: int) -> QTableView:
    table = TableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    # measured again only when a longer text comes: a refresh, a workshop or a session chosen, is not measured
    fit_columns(table, *stretch, grow_only=True)
    return table


def _selected(table: QTableView):
    indexes = table.selectionModel().selectedRows()
    return indexes[0].data(Qt.ItemDataRole.UserRole) if indexes else None


def _select(table: QTableView, row_id: int) -> None:
    model = table.model()
    for row in range(model.rowCount()):
        if model.index(row, 0).data(Qt.ItemDataRole.UserRole).id == row_id:
            table.selectRow(row)
            return


def _button(text: str, slot, layout: QLayout) -> QPushButton:
    button = QPushButton(text)
    button.clicked.connect(slot)
    layout.addWidget(button)
    return button


class WorkshopsPage(Page):
    watched = frozenset({Entity.WORKSHOP, Entity.WORKSHOP_SESSION, Entity.ENROLMENT, Entity.CYCLE_ENROLMENT,
                         Entity.PARTNER})

    def __init__(self, workspace, title: str, parent=None) -> None:
        super().__init__(workspace, title, parent)
        self.detail: ws.WorkshopDetail | None = None
        self._details_shown = 0  # how many times the chosen workshop was read: a refresh reads it once
        self.cycle_sessions: dict[int, SessionCount] = {}  # a cycle's figures per session, shown once held
        self.tabs = TabWidget()
        self.tabs.setAccessibleName(self.tr("Workshops views"))
        self.tabs.addTab(self._workshops_tab(), self.tr("Workshops"))
        self.tabs.addTab(self._calendar_tab(), self.tr("Calendar"))
        self.tabs.addTab(self._partners_tab(), self.tr("Partners"))
        self.tabs.addTab(self._summary_tab(), self.tr("Year summary"))
        # each tab reads when it is in sight and something changed, or when chosen after a change: a change
        # does not read the year's summary and the month's calendar behind the workshops' list
        self.tab_refresher = TabsRefresher(
            self.tabs, (self._refresh_workshops, self.refresh_calendar, self._refresh_partners, self.refresh_summary))
        self.body.addWidget(self.tabs, 1)
        self.refresh()

    @property
    def ctx(self):
        return self.workspace.ctx

    # --- the workshops tab ---------------------------------------------------------------------------

    def _workshops_tab(self) -> QWidget:
        self.workshop_model = RowsModel(
            [
                Column(self.tr("Workshop"), lambda w: w.title, long_text=True),  # its theme: in the detail
                Column(
                    self.tr("Next session"),
                    lambda w: formatting.short_date(w.next_day) if w.next_day else "—",
                ),
                Column(self.tr("Status"), lambda w: status_text(w.status)),
            ],
            self,
        )
        self.workshop_table = _table(self.workshop_model, self.tr("Workshops"), 0)
        self.session_model = RowsModel(
            [
                Column(self.tr("Day"), lambda s: formatting.long_date(s.day)),
                Column(self.tr("Time"), lambda s: f"{formatting.clock(s.start)}–{formatting.clock(s.end)}"),
                Column(self.tr("Room"), lambda s: s.room or self.tr("no room"), long_text=True),
                Column(self.tr("Places taken"), self._places_text, align_right=True),
                Column(self.tr("Waiting"), self._waiting_text, align_right=True),
                Column(self.tr("Status"), lambda s: status_text(s.status)),
            ],
            self,
        )
        self.session_table = _table(self.session_model, self.tr("Sessions"), 2)
        self.registration_model = RowsModel(
            [
                Column(self.tr("Participant"), lambda r: r.name or self.tr("(erased)"), long_text=True),
                Column(self.tr("Phone"), lambda r: r.phone),
                Column(self.tr("Places"), lambda r: str(r.places), align_right=True),
                Column(self.tr("Status"), lambda r: status_text(r.status)),
                Column(
                    self.tr("Came"),
                    lambda r: "" if r.attended is None else (self.tr("yes") if r.attended else self.tr("no")),
                ),
            ],
            self,
        )
        self.registration_table = _table(self.registration_model, self.tr("Registrations"), 0)
        self.cycle_model = RowsModel(
            [
                Column(self.tr("Participant"), lambda m: m.name or self.tr("(erased)"), long_text=True),
                Column(self.tr("Phone"), lambda m: m.phone),
                Column(self.tr("Status"), lambda m: status_text(m.status)),
                Column(self.tr("Since"), lambda m: formatting.short_date(m.joined_on) if m.joined_on else "—"),
                Column(self.tr("Left on"),
                       lambda m: formatting.short_date(m.dropped_on) if m.dropped_on else ""),
            ],
            self,
        )
        self.cycle_table = _table(self.cycle_model, self.tr("People of the cycle"), 0)
        self.cycle_table.hide()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        workshop_buttons = FlowLayout()  # each row of buttons on two lines in a narrow window
        self.new_button = _button(self.tr("Plan a workshop…"), self.plan_workshop, workshop_buttons)
        give_key(self.new_button, "Ctrl+N", self.tr("Plan a new workshop"))
        self.edit_button = _button(self.tr("Edit…"), self.edit_workshop, workshop_buttons)
        workshop_buttons.addStretch()
        self.themes_button = _button(
            self.tr("Themes…"), lambda: ThemesDialog.run(self, self.ctx), workshop_buttons
        )
        session_buttons = FlowLayout()
        self.sessions_button = _button(self.tr("Plan sessions…"), self.plan_sessions, session_buttons)
        self.change_session_button = _button(self.tr("Change session…"), self.change_session, session_buttons)
        self.cancel_session_button = _button(self.tr("Cancel session"), self.cancel_session, session_buttons)
        self.attendance_button = _button(self.tr("Attendance…"), self.record_attendance, session_buttons)
        give_key(self.attendance_button, "Ctrl+Shift+A", self.tr("Record who came to the selected session"))
        session_buttons.addStretch()
        registration_buttons = FlowLayout()
        self.enrol_button = _button(
            self.tr("Register a participant…"), self.register, registration_buttons
        )
        give_key(self.enrol_button, "Ctrl+R", self.tr("Register someone for the selected session"))
        self.unenrol_button = _button(
            self.tr("Cancel registration"), self.cancel_registration, registration_buttons
        )
        registration_buttons.addStretch()
        privacy_buttons = FlowLayout()  # requests under the GDPR, on a row of their own below the list
        privacy_buttons.addStretch()
        self.export_person_button = _button(
            self.tr("Export their data…"), self.export_person, privacy_buttons
        )
        self.export_person_button.setToolTip(
            self.tr("Everything Cercle holds about this person, as a JSON file")
        )
        self.forget_button = _button(self.tr("Forget this person"), self.forget_person, privacy_buttons)
        self.forget_button.setToolTip(self.tr("Erase their name and phone from every registration"))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        # Each list comes before what acts on its chosen row, on screen as in the order of Tab.
        left_layout.addWidget(self.workshop_table, 1)
        left_layout.addLayout(workshop_buttons)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.session_table, 2)
        right_layout.addLayout(session_buttons)
        right_layout.addWidget(self.registration_table, 1)
        right_layout.addWidget(self.cycle_table, 1)  # instead of the registrations, for a closed cycle
        right_layout.addLayout(registration_buttons)
        right_layout.addLayout(privacy_buttons)
        self.message = StatusLabel(self.tr("Last action"))
        right_layout.addWidget(self.message)
        splitter = split(self.tr("Workshops and their sessions"), (left, right), (380, 880), stretch=2,
                         stack_when_narrow=True)
        self.workshop_table.selectionModel().selectionChanged.connect(lambda *_: self._show_detail())
        self.session_table.selectionModel().selectionChanged.connect(lambda *_: self._show_registrations())
        self.registration_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.cycle_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        return splitter

    def selected_workshop(self) -> ws.WorkshopView | None:
        return _selected(self.workshop_table)

    def selected_session(self) -> ws.SessionView | None:
        return _selected(self.session_table)

    def selected_registration(self) -> ws.EnrolmentView | None:
        return None if self.is_cycle() else _selected(self.registration_table)

    def selected_member(self) -> ws.CycleMemberView | None:
        return _selected(self.cycle_table) if self.is_cycle() else None

    def selected_person(self) -> ws.EnrolmentView | ws.CycleMemberView | None:
        """The person chosen in the list shown: a session's registration, or a cycle's member."""
        return self.selected_member() if self.is_cycle() else self.selected_registration()

    def is_cycle(self) -> bool:
        return self.detail is not None and self.detail.workshop.is_cycle

    def select_workshop(self, workshop_id: int) -> None:
        _select(self.workshop_table, workshop_id)

    def select_session(self, session_id: int) -> None:
        _select(self.session_table, session_id)

    def refresh(self) -> None:
        self.message.clear()  # about the last action: after another member's change or a reload, stale
        self.tab_refresher.refresh()

    def _refresh_workshops(self) -> None:
        workshop, session = self.selected_workshop(), self.selected_session()
        shown = self._details_shown
        self.workshop_model.set_rows(ws.list_workshops(self.ctx))
        if workshop is not None:
            self.select_workshop(workshop.id)
        elif self.workshop_model.rowCount():
            self.workshop_table.selectRow(0)  # open on a workshop rather than on an empty detail
        if self._details_shown == shown:  # not shown as chosen since the list was read: once is enough
            self._show_detail()
        if session is not None:
            self.select_session(session.id)
        self._update_buttons()

    def _refresh_partners(self) -> None:
        self.partner_model.set_rows(ws.list_partners(self.ctx, include_inactive=True))
        self._update_buttons()

    def _show_detail(self) -> None:
        self._details_shown += 1
        workshop = self.selected_workshop()
        self.detail = ws.get_workshop(self.ctx, workshop.id) if workshop else None
        cycle = ws.get_cycle(self.ctx, self.detail.workshop.id) if self.is_cycle() and self.detail else None
        self.cycle_sessions = {count.session_id: count for count in cycle.sessions} if cycle else {}
        sessions = self.detail.sessions if self.detail else ()
        self.session_model.set_rows(sessions)
        if self.detail:
            upcoming = next(
                (s for s in sessions if s.day >= self.ctx.today() and s.status == SessionStatus.PLANNED), None
            )
            if upcoming:
                self.select_session(upcoming.id)
            facilitators = ", ".join(
                self.tr("{name} ({preparation} preparation)").format(
                    name=f.name, preparation=formatting.duration(f.preparation_minutes)
                )
                for f in self.detail.facilitators
            )
            workshop = self.detail.workshop
            heading = " — ".join(part for part in (  # no theme: no empty dash between two others
                f"<b>{escape(workshop.title)}</b>", escape(workshop.theme),
                self.tr("{places} places").format(places=workshop.capacity)) if part)
            self.summary.setText(
                self.tr("{workshop}<br>Facilitators: {facilitators}<br>Partners: {partners}").format(
                    workshop=heading,
                    facilitators=facilitators or "—",
                    partners=", ".join(p.name for p in self.detail.partners) or "—",
                ) + self._cycle_summary()
            )
        else:
            self.summary.setText(self.tr("Choose a workshop to see its sessions and registrations."))
        self._show_people()

    def _past_in_cycle(self, session: ws.SessionView) -> SessionCount | None:
        """A cycle's session that has happened: its figures are who came, not places taken."""
        count = self.cycle_sessions.get(session.id)
        return count if count is not None and session.day < self.ctx.today() else None

    def _places_text(self, session: ws.SessionView) -> str:
        count = self._past_in_cycle(session)
        if count is None:
            return self.tr("{taken} / {capacity}").format(taken=session.confirmed_places, capacity=session.capacity)
        if count.present is None:
            return self.tr("attendance not taken / {expected}").format(expected=count.expected)
        return self.tr("present: {present} / {expected}").format(present=count.present, expected=count.expected)

    def _waiting_text(self, session: ws.SessionView) -> str:
        return "—" if self._past_in_cycle(session) else str(session.waiting_places)

    def _cycle_summary(self) -> str:
        """For a closed cycle, its people and attendance so far (and their list instead of a session's)."""
        cycle = ws.get_cycle(self.ctx, self.detail.workshop.id) if self.is_cycle() and self.detail else None
        self.cycle_model.set_rows(cycle.members if cycle else [])
        if cycle is None:
            return ""
        count = cycle.count
        # rounded as the activity report rounds it (82.5 gives 83 in both), so that the two figures agree
        rate = ("—" if count.attendance_rate is None
                else formatting.percent(QLocale().toString(100 * count.attendance_rate, "f", 0)))
        return "<br>" + self.tr(
            "Closed cycle: {enrolled} enrolled, {waiting} waiting, {dropped} dropped out; attendance {rate} "
            "(sessions held: {held})").format(enrolled=count.enrolled - count.dropped_out,
                                                   waiting=count.waiting, dropped=count.dropped_out, rate=rate,
                                                   held=count.sessions_held)

    def _show_people(self) -> None:
        cycle = self.is_cycle()
        self.registration_table.setVisible(not cycle)
        self.cycle_table.setVisible(cycle)
        retitle(self.enrol_button, self.tr("Enrol in the cycle…") if cycle else self.tr("Register a participant…"))
        self.unenrol_button.setText(self.tr("Leave the cycle…") if cycle else self.tr("Cancel registration"))
        self._show_registrations()

    def _show_registrations(self) -> None:
        session = None if self.is_cycle() else self.selected_session()
        self.registration_model.set_rows(ws.list_enrolments(self.ctx, session.id) if session else [])
        self._update_buttons()

    def _update_buttons(self) -> None:
        workshop, session = self.selected_workshop(), self.selected_session()
        live = session if session is not None and session.status != SessionStatus.CANCELLED else None
        planned = live is not None and live.status == SessionStatus.PLANNED
        offered = workshop is not None and is_offered(workshop.status)
        self.edit_button.setEnabled(workshop is not None)
        self.sessions_button.setEnabled(workshop is not None)
        self.change_session_button.setEnabled(
            planned and live is not None and not has_started(live.day, live.start, self.ctx.local_now()))
        self.cancel_session_button.setEnabled(planned)
        self.attendance_button.setEnabled(live is not None and live.day <= self.ctx.today())
        if self.is_cycle():
            member = self.selected_member()
            self.enrol_button.setEnabled(offered)
            self.unenrol_button.setEnabled(member is not None and member.status != CycleStatus.DROPPED_OUT)
        else:
            self.enrol_button.setEnabled(planned and offered)
            registration = self.selected_registration()
            self.unenrol_button.setEnabled(
                registration is not None and registration.status != EnrolmentStatus.CANCELLED)
        person = self.selected_person()
        self.forget_button.setEnabled(person is not None and not person.erased)
        self.export_person_button.setEnabled(person is not None and not person.erased)
        self.edit_partner_button.setEnabled(_selected(self.partner_table) is not None)

    def plan_workshop(self) -> None:
        added = WorkshopDialog.plan(self, self.ctx)
        if added:
            self.took_effect()  # listed now, so that it can be chosen
            self.select_workshop(added.id)

    def edit_workshop(self) -> None:
        if self.detail:
            self._tell_warnings(WorkshopDialog.edit(self, self.ctx, self.detail))

    def plan_sessions(self) -> None:
        workshop = self.selected_workshop()
        if workshop:
            planned = SessionDialog.plan(self, self.ctx, workshop.id)
            if planned:
                self.took_effect()  # listed now, so that it can be chosen
                self.select_session(planned.sessions[0].id)  # the new session, ready for registrations
            self._tell_warnings(planned)

    def change_session(self) -> None:
        session = self.selected_session()
        if session:
            self._tell_warnings(SessionDialog.change(self, self.ctx, session))

    def _tell_warnings(self, result: ws.PlanResult | ws.WorkshopView | None) -> None:
        if result and result.warnings:
            QMessageBox.information(
                self,
                self.tr("Worth knowing"),
                "\n".join(dict.fromkeys(i18n.message(w) for w in result.warnings)),
            )

    def cancel_session(self) -> None:
        session = self.selected_session()
        if session is None or not confirm(
            self,
            self.tr("Cancel a session"),
            self.tr("Cancel the session of {day}? The people registered will have to be told.").format(
                day=formatting.long_date(session.day)
            ),
        ):
            return
        try:
            told: list[ws.EnrolmentView] | list[ws.RollLine] = ws.cancel_session(self.ctx, session.id)
            if self.is_cycle():  # the cycle's members expected that day
                told = ws.session_roll(self.ctx, session.id)
        except CercleError as error:
            show_error(self, self.tr("Cancel a session"), error)
            return
        self.say(self.tr("The session of {day} is cancelled.").format(
            day=formatting.long_date(session.day)))
        if told:
            self._tell(self.tr("Tell these people that the session is cancelled"), told)

    def _tell(self, title: str, people: list[ws.EnrolmentView] | list[ws.RollLine]) -> None:
        QMessageBox.information(self, title, "\n".join(f"{r.name} {r.phone}".strip() for r in people))

    def register(self) -> None:
        if self.is_cycle():
            self.enrol_in_cycle()
            return
        session = self.selected_session()
        result = EnrolDialog.run(self, self.ctx, session) if session else None
        if session is None or result is None:
            return
        day = formatting.long_date(session.day)
        self.say(i18n.fill(
            self.tr("{name} is on the waiting list of {day}.") if result.waiting
            else self.tr("{name} is registered for {day}."), name=result.enrolment.name, day=day))

    def enrol_in_cycle(self) -> None:
        result = CycleEnrolDialog.run(self, self.ctx, self.detail.workshop) if self.detail else None
        if result is not None:
            self.say(i18n.fill(
                self.tr("{name} is on the waiting list of the cycle.") if result.waiting
                else self.tr("{name} is enrolled in the cycle."), name=result.member.name))

    def leave_cycle(self) -> None:
        member = self.selected_member()
        promoted = DropOutDialog.run(self, self.ctx, member) if member else None
        if member is None or promoted is None:
            return
        self.say(i18n.fill(self.tr("{name} has left the cycle."), name=member.name))
        if promoted:
            QMessageBox.information(self, self.tr("These people now have a seat in the cycle: tell them"),
                                    "\n".join(f"{m.name} {m.phone}".strip() for m in promoted))

    def cancel_registration(self) -> None:
        if self.is_cycle():
            self.leave_cycle()
            return
        registration = self.selected_registration()
        if registration is None or not confirm(
            self,
            self.tr("Cancel a registration"),
            i18n.fill(self.tr("Cancel the registration of {name}?"), name=registration.name),
        ):
            return
        try:
            promoted = ws.cancel_enrolment(self.ctx, registration.id)
        except CercleError as error:
            show_error(self, self.tr("Cancel a registration"), error)
            return
        self.say(i18n.fill(self.tr("The registration of {name} is cancelled."),
                                       name=registration.name))
        if promoted:
            self._tell(self.tr("These people now have a place: tell them"), promoted)

    def forget_person(self) -> None:
        registration = self.selected_person()
        if registration is None or not confirm(
            self,
            self.tr("Forget a person"),
            self.tr("Erase {name} from every registration? The counts stay; this cannot be undone.").format(
                name=registration.name
            ),
        ):
            return
        try:
            erased = ws.forget_participant(self.ctx, registration.name, registration.phone)
        except CercleError as error:
            show_error(self, self.tr("Forget a person"), error)
            return
        if erased:
            self.say(self.tr("Registrations of this person erased: {count}.").format(count=erased))
        else:  # erased meanwhile, at another workstation or by the retention job
            self.say(self.tr("No registration of {name} was found: nothing was erased.").format(
                name=registration.name))

    def export_person(self) -> None:
        registration = self.selected_person()
        if registration is None:
            return
        export_with_dialog(
            self, self.tr("Export their data"), f"{registration.name}.json", self.tr("JSON (*.json)"),
            lambda path, _chosen: self.write_person_data(registration, path),
        )

    def write_person_data(self, registration: ws.EnrolmentView | ws.CycleMemberView, path: Path) -> Path:
        """Runs off the GUI thread."""
        return write_text(path, ws.export_participant(self.ctx, registration.name, registration.phone))

    def record_attendance(self) -> None:
        session = self.selected_session()
        dialog = CycleAttendanceDialog if self.is_cycle() else AttendanceDialog
        if session and dialog.run(self, self.ctx, session) is not None:
            self.say(self.tr("The attendance of {day} is recorded.").format(
                day=formatting.long_date(session.day)))

    # --- the calendar tab ----------------------------------------------------------------------------

    def _calendar_tab(self) -> QWidget:
        self.calendar = MonthCalendar(self.tr("Days of the month and their workshops"), MARKED_DAY)
        self.day_list = QListWidget()
        self.day_list.setAccessibleName(self.tr("Sessions of the chosen day"))
        self.day_list.setSpacing(4)  # the sessions apart from each other
        self.day_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.month_sessions: list[ws.SessionView] = []
        self.calendar.currentPageChanged.connect(lambda _year, _month: self.refresh_calendar())
        self.calendar.selectionChanged.connect(self._show_day)
        buttons = FlowLayout()
        give_key(_button(self.tr("Print the programme of the month…"), lambda: self.export_month("pdf"), buttons),
                 "Ctrl+P", self.tr("Print the programme of the month"))
        give_key(_button(self.tr("Export to a calendar (iCalendar)…"), lambda: self.export_month("ics"), buttons),
                 "Ctrl+E", self.tr("Export the month's sessions to a calendar"))
        buttons.addStretch()
        tab = QWidget()
        outer = QVBoxLayout(tab)
        outer.addLayout(buttons)
        layout = QHBoxLayout()
        outer.addLayout(layout, 1)
        layout.addWidget(self.calendar, 2)
        layout.addWidget(self.day_list, 1)
        today = self.workspace.ctx.today()
        self.calendar.setSelectedDate(QDate(today.year, today.month, today.day))
        return tab

    def show_month(self, year: int, month: int) -> None:
        self.calendar.setCurrentPage(year, month)

    def refresh_calendar(self) -> None:
        """Each day of the shown month says its sessions (the cancelled ones are not planned)."""
        self.month_sessions = ws.month_sessions(
            self.ctx, self.calendar.yearShown(), self.calendar.monthShown()
        )
        planned: dict[date, list[str]] = {}
        for session in self.month_sessions:
            if session.status != SessionStatus.CANCELLED:
                planned.setdefault(session.day, []).append(f"{formatting.clock(session.start)} {session.title}")
        self.calendar.set_planned(planned)
        self._show_day()

    def _show_day(self) -> None:
        chosen = self.calendar.selectedDate()
        day = date(chosen.year(), chosen.month(), chosen.day())
        self.day_list.clear()
        for session in self.month_sessions:
            if session.day == day:  # three short lines: the panel is a third of the page
                item = QListWidgetItem("\n".join((
                    self.tr("{start}–{end}, {status}").format(
                        start=formatting.clock(session.start), end=formatting.clock(session.end),
                        status=status_text(session.status)),
                    session.title,
                    session.room or self.tr("no room"),
                )))
                item.setToolTip(item.text())  # whole, should a title be longer than the panel is wide
                self.day_list.addItem(item)
        if not self.day_list.count():
            nothing = QListWidgetItem(self.tr("Nothing planned"))
            nothing.setFlags(Qt.ItemFlag.NoItemFlags)  # a statement, not a session to choose
            self.day_list.addItem(nothing)

    def shown_month(self) -> tuple[date, date]:
        return month_days(self.calendar.yearShown(), self.calendar.monthShown())

    def export_month(self, fmt: str) -> None:
        first, _last = self.shown_month()
        name = self.tr("workshops-{month}.{extension}").format(month=f"{first:%Y-%m}", extension=fmt)
        wanted = self.tr("PDF (*.pdf)") if fmt == "pdf" else self.tr("iCalendar (*.ics)")
        month = self.shown_month()  # read here: the writing runs off the GUI thread
        export_with_dialog(self, self.tr("Export the workshops"), name, wanted,
                           lambda path, _chosen: export_workshops(self.ctx, *month, path, fmt))

    # --- the summary tab -----------------------------------------------------------------------------

    def _summary_tab(self) -> QWidget:
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(self.ctx.today().year)
        self.year.setAccessibleName(self.tr("Year"))
        self.year.valueChanged.connect(lambda _year: self.refresh_summary())
        self.by_workshop_model = RowsModel(self._summary_columns(self.tr("Workshop")), self)
        self.by_theme_model = RowsModel(self._summary_columns(self.tr("Theme")), self)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Year")))
        row.addWidget(self.year)
        row.addStretch(1)
        self.activity_button = _button(self.tr("Activity report for funders…"),
                                       lambda: export_activity_report(self, self.ctx), row)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("By theme")))
        layout.addWidget(_table(self.by_theme_model, self.tr("Summary by theme"), 0, 4), 1)
        layout.addWidget(QLabel(self.tr("By workshop")))
        layout.addWidget(_table(self.by_workshop_model, self.tr("Summary by workshop"), 0, 4), 2)
        return tab

    def _summary_columns(self, first: str) -> list[Column]:
        return [
            Column(first, lambda line: line.label or self.tr("no theme"), long_text=True),
            Column(self.tr("Sessions held"), lambda line: str(line.sessions_held), align_right=True),
            Column(self.tr("Participants"), lambda line: str(line.participants), align_right=True),
            Column(self.tr("Different people"), lambda line: str(line.unique_participants), align_right=True),
            Column(self.tr("Partners"), lambda line: ", ".join(line.partners), long_text=True),
        ]

    def refresh_summary(self) -> None:
        by_workshop, by_theme = ws.yearly_summary(self.ctx, self.year.value())
        self.by_workshop_model.set_rows(by_workshop)
        self.by_theme_model.set_rows(by_theme)

    # --- the partners tab ----------------------------------------------------------------------------

    def _partners_tab(self) -> QWidget:
        self.partner_model = RowsModel(
            [
                Column(self.tr("Partner"), lambda p: p.name, long_text=True),
                Column(self.tr("Kind"), lambda p: p.kind, long_text=True),
                Column(self.tr("Contact person"), lambda p: p.contact_person, long_text=True),
                Column(self.tr("Phone"), lambda p: p.phone),
                Column(self.tr("E-mail"), lambda p: p.email, long_text=True),
                Column(self.tr("Workshops"), lambda p: ", ".join(p.workshops), long_text=True),
                Column(self.tr("Meetings"), lambda p: str(p.meetings), align_right=True,
                       sort_key=lambda p: p.meetings),
            ],
            self,
        )
        self.partner_table = _table(self.partner_model, self.tr("Partners"), 0, 5)
        self.partner_table.doubleClicked.connect(lambda _index: self.edit_partner())
        buttons = FlowLayout()
        self.add_partner_button = _button(self.tr("Add a partner…"), self.add_partner, buttons)
        self.edit_partner_button = _button(self.tr("Edit…"), self.edit_partner, buttons)
        buttons.addStretch()
        self.import_partners_button = _button(
            self.tr("Import…"), lambda: ImportDialog.run(self, self.ctx, Kind.PARTNERS), buttons
        )
        self.import_partners_button.setToolTip(help_text(Kind.PARTNERS))
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(buttons)
        layout.addWidget(self.partner_table, 1)
        self.partner_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        return tab

    def add_partner(self) -> None:
        PartnerDialog.add(self, self.ctx)

    def edit_partner(self) -> None:
        partner = _selected(self.partner_table)
        if partner:
            PartnerDialog.edit(self, self.ctx, partner)
