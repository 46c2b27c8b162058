"""Dialogs of the workshops page: a workshop, a session or series, a registration, attendance, a partner;
for a closed cycle, an enrolment in the cycle, a drop-out and the attendance of its members.

Each runs through a classmethod returning its result; ``save`` does the work, so tests call it directly.
"""

from collections.abc import Collection, Iterable
from datetime import time
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from app import formatting
from app.domain.cycles import CycleStatus, Presence
from app.domain.workshops import MAX_ATTENDANCE, EnrolmentStatus, WorkshopStatus
from app.services import members, people, recurring
from app.services import workshops as ws
from app.services.errors import StaleEdit
from app.ui.desk import run_modal
from app.ui.dialogs.base import ListEditorDialog, ServiceDialog
from app.ui.dialogs.conflict import EditedElsewhereDialog
from app.ui.dialogs.fields import date_edit, pydate, qdate
from app.ui.dialogs.people import person_label
from app.ui.dialogs.rooms import room_picker
from app.ui.repeat import SESSIONS, RepeatEditor

NEW_SESSION_TIMES = (time(14, 0), time(16, 0))


def _time(edit: QTimeEdit) -> time:
    value = edit.time()
    return time(value.hour(), value.minute())


def _checklist(name: str, items: list[tuple[int, str]], checked: set[int]) -> QListWidget:
    widget = QListWidget()
    widget.setAccessibleName(name)
    for item_id, text in items:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, item_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if item_id in checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.setMaximumHeight(110)
    return widget


def offered(items: Iterable[members.MemberView | ws.PartnerView | ws.ThemeView], chosen: Collection[int | None],
            inactive: str) -> list[tuple[int, str]]:
    """(id, label) of the items still active, and of those already chosen though no longer active (a member
    who left, a partner or theme set aside) labelled by ``inactive``: saving a form keeps what it had."""
    return [(item.id, item.name if item.active else inactive.format(name=item.name))
            for item in items if item.active or item.id in chosen]


def checked_ids(widget: QListWidget) -> list[int]:
    return [
        widget.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(widget.count())
        if widget.item(row).checkState() == Qt.CheckState.Checked
    ]


def checked_names(widget: QListWidget) -> list[str]:
    return [
        widget.item(row).text()
        for row in range(widget.count())
        if widget.item(row).checkState() == Qt.CheckState.Checked
    ]


def set_checked(widget: QListWidget, ids: set[int]) -> None:
    for row in range(widget.count()):
        item = widget.item(row)
        item.setCheckState(
            Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in ids else Qt.CheckState.Unchecked
        )


class WorkshopDialog(ServiceDialog[ws.WorkshopView]):
    """Plan or edit a workshop: title, theme, capacity, audience, facilitators and partners."""

    def __init__(self, ctx, detail: ws.WorkshopDetail | None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.detail = detail
        self.setWindowTitle(self.tr("Edit a workshop") if detail else self.tr("Plan a workshop"))
        self.setMinimumWidth(560)  # the partners' names are long
        draft = detail.workshop.draft() if detail else ws.WorkshopDraft(title="")
        form = QFormLayout(self)
        self.title_edit = QLineEdit(draft.title)
        self.title_edit.setMaxLength(ws.TITLE_LENGTH)
        self.title_edit.setAccessibleName(self.tr("Title"))
        form.addRow(self.tr("Title"), self.title_edit)
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        self.theme.addItem(self.tr("no theme"), None)
        themes = ws.list_themes(ctx, include_inactive=True)
        for theme_id, text in offered(themes, {draft.theme_id}, self.tr("{name} (set aside)")):
            self.theme.addItem(text, theme_id)
        self.theme.setCurrentIndex(max(0, self.theme.findData(draft.theme_id)))
        form.addRow(self.tr("Theme"), self.theme)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for status in ws.WORKSHOP_STATUSES:
            self.status.addItem(status_text(status), status)
        self.status.setCurrentIndex(self.status.findData(draft.status))
        form.addRow(self.tr("Status"), self.status)
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 500)
        self.capacity.setValue(draft.capacity)
        self.capacity.setAccessibleName(self.tr("Places"))
        form.addRow(self.tr("Places"), self.capacity)
        self.cycle = QCheckBox(self.tr("Closed group, enrolled for the whole cycle"))
        self.cycle.setChecked(draft.is_cycle)
        self.cycle.setAccessibleName(self.tr("Closed cycle"))
        form.addRow(self.tr("Cycle"), self.cycle)
        self.audience = QLineEdit(draft.audience)
        self.audience.setMaxLength(ws.AUDIENCE_LENGTH)
        self.audience.setAccessibleName(self.tr("For whom"))
        form.addRow(self.tr("For whom"), self.audience)
        self.description = QPlainTextEdit(draft.description)
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setMaximumHeight(80)
        self.description.setTabChangesFocus(True)  # Tab goes to the next field, as in the other forms
        form.addRow(self.tr("Description"), self.description)
        current = {f.member_id: f.preparation_minutes for f in detail.facilitators} if detail else {}
        team = offered(members.list_members(ctx, include_inactive=True), current, self.tr("{name} (left the team)"))
        self.facilitators = _checklist(self.tr("Facilitators"), team, set(current))
        form.addRow(self.tr("Facilitators"), self.facilitators)
        self.preparation = QSpinBox()
        self.preparation.setRange(0, 24 * 60)
        self.preparation.setSingleStep(15)
        self.preparation.setSuffix(self.tr(" min"))
        self.preparation.setValue(max(current.values(), default=30))
        self.preparation.setAccessibleName(self.tr("Preparation per session"))
        form.addRow(self.tr("Preparation per session"), self.preparation)
        partners = {p.id for p in detail.partners} if detail else set()
        directory = offered(ws.list_partners(ctx, include_inactive=True), partners, self.tr("{name} (set aside)"))
        self.partners = _checklist(self.tr("Partners"), directory, partners)
        form.addRow(self.tr("Partners"), self.partners)
        chosen = {p.id for p in people.co_facilitators(ctx, detail.workshop.id)} if detail else set()
        self.co_facilitators = _checklist(
            self.tr("Co-facilitators"),
            [(p.id, person_label(p)) for p in people.list_people(ctx, include_inactive=True)
             if p.id in chosen or p.active],
            chosen,
        )
        self.co_facilitators.setToolTip(self.tr("Inhabitants and partners of the directory (Team page) who "
                                                "lead the workshop with the team"))
        form.addRow(self.tr("Co-facilitators"), self.co_facilitators)
        self.add_buttons(form)

    def draft(self) -> ws.WorkshopDraft:
        return ws.WorkshopDraft(
            self.title_edit.text(),
            self.capacity.value(),
            self.theme.currentData(),
            self.description.toPlainText(),
            self.audience.text(),
            self.status.currentData(),
            self.cycle.isChecked(),
        )

    def chosen_facilitators(self) -> dict[int, int]:
        """Member id → preparation minutes per session, as checked and set in the dialog."""
        return {member_id: self.preparation.value() for member_id in checked_ids(self.facilitators)}

    def call_service(self) -> ws.WorkshopView:
        facilitators, partners = self.chosen_facilitators(), checked_ids(self.partners)
        co_facilitators = checked_ids(self.co_facilitators)
        if self.detail is None:
            return ws.add_workshop(
                self.ctx, self.draft(), facilitators=facilitators, partner_ids=partners,
                co_facilitator_ids=co_facilitators,
            )
        return ws.update_workshop(
            self.ctx,
            self.detail.workshop.id,
            self.draft(),
            facilitators=facilitators,
            partner_ids=partners,
            co_facilitator_ids=co_facilitators,
            expected_version=self.detail.workshop.version,
        )

    @staticmethod
    def _edited(detail: ws.WorkshopDetail) -> tuple:
        """What this dialog saves of a workshop."""
        return (
            detail.workshop.draft(),
            {f.member_id: f.preparation_minutes for f in detail.facilitators},
            {p.id for p in detail.partners},
        )

    def resolve(self, conflict: StaleEdit) -> None:
        """Someone saved this workshop meanwhile: when what this dialog saves changed, show both and let the
        person keep theirs, take the other or go back to editing; otherwise save quietly."""
        theirs = conflict.current
        assert isinstance(theirs, ws.WorkshopDetail), "the service says it with the record as saved"
        assert self.detail is not None, "only an edit meets a newer version"
        if self._edited(theirs) == self._edited(self.detail):
            self.detail = theirs  # from now on the edit starts from the saved version
            self.save()
            return
        mine, saved = self.draft(), theirs.workshop
        facilitators = self.chosen_facilitators()
        rows = [
            (self.tr("Title"), mine.title, saved.title),
            (self.tr("Theme"), self.theme.currentText(), saved.theme or self.tr("no theme")),
            (self.tr("Status"), status_text(mine.status), status_text(saved.status)),
            (self.tr("Places"), str(mine.capacity), str(saved.capacity)),
            (self.tr("Cycle"), self._yes_no(mine.is_cycle), self._yes_no(saved.is_cycle)),
            (self.tr("For whom"), mine.audience, saved.audience),
            (self.tr("Description"), mine.description, saved.description),
            (
                self.tr("Facilitators"),
                ", ".join(sorted(checked_names(self.facilitators))),
                ", ".join(sorted(f.name for f in theirs.facilitators)),
            ),
            (
                self.tr("Preparation per session"),
                self._minutes_text(facilitators.values()),
                self._minutes_text(f.preparation_minutes for f in theirs.facilitators),
            ),
            (
                self.tr("Partners"),
                ", ".join(sorted(checked_names(self.partners))),
                ", ".join(sorted(p.name for p in theirs.partners)),
            ),
        ]
        text = self.tr("Someone else saved this workshop while you were editing it.")
        EditedElsewhereDialog.settle(self, text, rows, theirs, edited="detail", result=theirs.workshop)

    def _yes_no(self, value: bool) -> str:
        return self.tr("yes") if value else self.tr("no")

    def _minutes_text(self, minutes: Iterable[int]) -> str:
        suffix = self.tr(" min")
        return ", ".join(f"{value}{suffix}" for value in sorted(set(minutes)))

    @classmethod
    def plan(cls, parent: QWidget, ctx) -> ws.WorkshopView | None:
        return cls.run(parent, ctx, None)

    @classmethod
    def edit(cls, parent: QWidget, ctx, detail: ws.WorkshopDetail) -> ws.WorkshopView | None:
        return cls.run(parent, ctx, detail)


def status_text(status: str) -> str:
    """A status of a workshop, session or registration, in the user's language."""
    translate = QCoreApplication.translate
    # A session's and an enrolment's statuses share their values (and words) with a workshop's.
    words: dict[str, str] = {
        WorkshopStatus.IDEA: translate("Workshops", "idea"),
        WorkshopStatus.PLANNED: translate("Workshops", "planned"),
        WorkshopStatus.CONFIRMED: translate("Workshops", "confirmed"),
        WorkshopStatus.HELD: translate("Workshops", "held"),
        WorkshopStatus.CANCELLED: translate("Workshops", "cancelled"),
        EnrolmentStatus.WAITING: translate("Workshops", "waiting list"),
        CycleStatus.ENROLLED: translate("Workshops", "enrolled"),
        CycleStatus.DROPPED_OUT: translate("Workshops", "dropped out"),
    }
    return words.get(status, status)


class SessionDialog(ServiceDialog[ws.PlanResult]):
    """Plan one session or a series repeating by a rule, or change a session and maybe the following."""

    def __init__(
        self, ctx, workshop_id: int, session: ws.SessionView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.workshop_id, self.session = workshop_id, session
        self.shown_day = session.day if session else None  # the following sessions move as far as it is moved from it
        self.setWindowTitle(self.tr("Change a session") if session else self.tr("Plan sessions"))
        shown = session or ws.suggest_session(ctx, *NEW_SESSION_TIMES)  # a working day, a free room
        form = QFormLayout(self)
        self.day = date_edit(shown.day, self.tr("Day"))
        form.addRow(self.tr("Day"), self.day)
        times = QHBoxLayout()
        self.start = QTimeEdit(QTime(shown.start.hour, shown.start.minute))
        self.start.setAccessibleName(self.tr("Start"))
        self.end = QTimeEdit(QTime(shown.end.hour, shown.end.minute))
        self.end.setAccessibleName(self.tr("End"))
        times.addWidget(self.start)
        times.addWidget(QLabel(self.tr("to")))
        times.addWidget(self.end)
        form.addRow(self.tr("Time"), times)
        self.room = room_picker(ctx, shown.room_id, self.tr("no room (outside)"))
        self.room.setAccessibleName(self.tr("Room"))
        form.addRow(self.tr("Room"), self.room)
        self.notes = QLineEdit(session.notes if session else "")
        self.notes.setAccessibleName(self.tr("Notes"))
        form.addRow(self.tr("Notes"), self.notes)
        self.following = QCheckBox(self.tr("Also change the following sessions of the series"))
        if session is None:
            self.repeat = RepeatEditor(shown.day, partial(recurring.series_days, ctx),
                                       SESSIONS, self)
            self.repeat.add_to(form)
            self.day.dateChanged.connect(lambda _day: self.repeat.set_first(pydate(self.day.date())))
        elif session.series_id is not None:
            form.addRow(self.following)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        form.addRow(self.warnings)
        self.add_buttons(form)
        self.say_if_outside_calendar(session.day if session else None)

    def draft(self) -> ws.SessionDraft:
        return ws.SessionDraft(
            pydate(self.day.date()), _time(self.start), _time(self.end), self.room.currentData(), self.notes.text()
        )

    def call_service(self) -> ws.PlanResult:
        if self.session is not None:
            return ws.update_session(
                self.ctx, self.session.id, self.draft(), following=self.following.isChecked(), expected=self.session,
                moved_from=self.shown_day,
            )
        if not self.repeat.repeats():
            return ws.add_session(self.ctx, self.workshop_id, self.draft())
        return ws.add_series(
            self.ctx, self.workshop_id, self.draft(), rule=self.repeat.rule(), chosen=self.repeat.chosen()
        )

    def resolve(self, conflict: StaleEdit) -> None:
        """Someone moved or changed this session meanwhile: show both and let the person keep theirs (the
        following sessions then move from the session as saved), take the other or go back to editing."""
        theirs = conflict.current
        assert isinstance(theirs, ws.SessionView), "the service says it with the session as saved"
        mine = self.draft()
        rows = [
            (self.tr("Day"), formatting.long_date(mine.day), formatting.long_date(theirs.day)),
            (self.tr("Time"), self._times(mine.start, mine.end), self._times(theirs.start, theirs.end)),
            (self.tr("Room"), self.room.currentText(), self._room_text(theirs.room_id, theirs.room)),
            (self.tr("Notes"), mine.notes.strip(), theirs.notes),
        ]
        text = self.tr("Someone else changed this session while you were editing it.")
        EditedElsewhereDialog.settle(self, text, rows, theirs, edited="session")

    @staticmethod
    def _times(start: time, end: time) -> str:
        return f"{formatting.clock(start)}–{formatting.clock(end)}"

    def _room_text(self, room_id: int | None, name: str) -> str:
        """A room as the picker names it (no room, one no longer in use)."""
        index = self.room.findData(room_id)
        return self.room.itemText(index) if index >= 0 else name

    @classmethod
    def plan(cls, parent: QWidget, ctx, workshop_id: int) -> ws.PlanResult | None:
        return cls.run(parent, ctx, workshop_id, None)

    @classmethod
    def change(cls, parent: QWidget, ctx, session: ws.SessionView) -> ws.PlanResult | None:
        return cls.run(parent, ctx, session.workshop_id, session)


def participant_fields(form: QFormLayout, heading: str) -> tuple[QLabel, QLineEdit, QLineEdit]:
    """What every enrolment asks, under a heading saying what one enrols in: a first name or pseudonym, maybe
    a phone."""
    label = QLabel(heading)
    label.setObjectName("dialogHeading")
    label.setWordWrap(True)
    form.addRow(label)
    name = QLineEdit()
    name.setMaxLength(ws.PARTICIPANT_NAME_LENGTH)
    name.setAccessibleName(QCoreApplication.translate("EnrolDialog", "First name or pseudonym"))
    form.addRow(QCoreApplication.translate("EnrolDialog", "First name or pseudonym"), name)
    phone = QLineEdit()
    phone.setAccessibleName(QCoreApplication.translate("EnrolDialog", "Phone"))
    phone.setPlaceholderText(QCoreApplication.translate("EnrolDialog", "optional, to tell them of a change"))
    form.addRow(QCoreApplication.translate("EnrolDialog", "Phone"), phone)
    return label, name, phone


def add_privacy_notice(form: QFormLayout) -> None:
    form.addRow(QLabel(QCoreApplication.translate(
        "EnrolDialog", "Record nothing about health here. Names are erased after the retention period.")))


class EnrolDialog(ServiceDialog[ws.EnrolResult]):
    """Register a participant: a first name or pseudonym, maybe a phone, and how many places."""

    def __init__(self, ctx, session: ws.SessionView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.session_id = session.id
        self.setWindowTitle(self.tr("Register a participant"))
        form = QFormLayout(self)
        # which session: registering someone on the wrong date is easy otherwise
        self.heading, self.name, self.phone = participant_fields(form, self.tr(
            "Registration for “{workshop}” — {day}, {start} – {end}").format(
                workshop=session.title,
                day=formatting.long_date(session.day),
                start=formatting.clock_text(session.start),
                end=formatting.clock_text(session.end),
        ))
        self.places = QSpinBox()
        self.places.setRange(0, session.capacity)
        self.places.setValue(1)
        self.places.setAccessibleName(self.tr("Places"))
        form.addRow(self.tr("Places"), self.places)
        add_privacy_notice(form)
        self.add_buttons(form)

    def call_service(self) -> ws.EnrolResult:
        return ws.enrol(
            self.ctx, self.session_id, self.name.text(), self.phone.text(), self.places.value()
        )


class AttendanceDialog(ServiceDialog[ws.SessionView]):
    """After a session: tick who came, and the number of people there (walk-ins included)."""

    def __init__(self, ctx, session: ws.SessionView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.session = session
        self.setWindowTitle(self.tr("Attendance"))
        form = QFormLayout(self)
        registrations = [r for r in ws.list_enrolments(ctx, session.id) if r.status == EnrolmentStatus.CONFIRMED]
        self.people = _checklist(
            self.tr("Who came"),
            [
                (
                    r.id,
                    self.tr("{name} (%n place(s))", "", r.places).format(
                        name=r.name or QCoreApplication.translate("Workshops", ws.ERASED_NAME)
                    ),
                )
                for r in registrations
            ],
            {r.id for r in registrations if r.attended},
        )
        form.addRow(self.tr("Who came"), self.people)
        self.count = QSpinBox()
        self.count.setRange(0, MAX_ATTENDANCE)
        self.count.setValue(
            session.attendance_count
            if session.attendance_count is not None
            else sum(r.places for r in registrations)
        )
        self.count.setAccessibleName(self.tr("People there"))
        form.addRow(self.tr("People there"), self.count)
        self.registrations = registrations
        self.add_buttons(form)

    def call_service(self) -> ws.SessionView:
        came = set(checked_ids(self.people))
        return ws.record_attendance(
            self.ctx,
            self.session.id,
            {r.id: r.id in came for r in self.registrations},
            self.count.value(),
        )


def _erased(name: str) -> str:
    return name or QCoreApplication.translate("Workshops", ws.ERASED_NAME)


class CycleEnrolDialog(ServiceDialog[ws.CycleEnrolResult]):
    """Enrol someone once for all the sessions of a closed cycle: a first name or pseudonym, maybe a phone."""

    def __init__(self, ctx, workshop: ws.WorkshopView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.workshop_id = workshop.id
        self.setWindowTitle(self.tr("Enrol in the cycle"))
        form = QFormLayout(self)
        _heading, self.name, self.phone = participant_fields(form, self.tr(
            "Enrolment in the cycle “{workshop}”, for all its sessions").format(workshop=workshop.title))
        add_privacy_notice(form)
        self.add_buttons(form)

    def call_service(self) -> ws.CycleEnrolResult:
        return ws.enrol_in_cycle(self.ctx, self.workshop_id, self.name.text(), self.phone.text())


class DropOutDialog(ServiceDialog[list[ws.CycleMemberView]]):
    """Someone leaves a cycle (or its waiting list) on a day: they are no longer expected after it."""

    def __init__(self, ctx, member: ws.CycleMemberView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.member = member
        self.setWindowTitle(self.tr("Leave the cycle"))
        form = QFormLayout(self)
        text = QLabel(self.tr("{name} leaves the cycle: no longer expected at the sessions after this day; "
                              "the first person waiting is offered the seat.").format(name=_erased(member.name)))
        text.setWordWrap(True)
        form.addRow(text)
        self.day = date_edit(ctx.today())
        self.day.setMaximumDate(qdate(ctx.today()))
        if member.joined_on:
            self.day.setMinimumDate(qdate(member.joined_on))
        self.day.setAccessibleName(self.tr("Left on"))
        form.addRow(self.tr("Left on"), self.day)
        self.add_buttons(form)

    def call_service(self) -> list[ws.CycleMemberView]:
        return ws.drop_out(self.ctx, self.member.id, pydate(self.day.date()))


def presence_text(presence: str) -> str:
    translate = QCoreApplication.translate
    words = {Presence.PRESENT: translate("Workshops", "present"), Presence.ABSENT: translate("Workshops", "absent"),
             Presence.EXCUSED: translate("Workshops", "excused")}
    return words.get(Presence(presence), presence)


class CycleAttendanceDialog(ServiceDialog[ws.SessionView]):
    """After a cycle's session: each member expected that day present, absent or excused."""

    def __init__(self, ctx, session: ws.SessionView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.session = session
        self.setWindowTitle(self.tr("Attendance"))
        form = QFormLayout(self)
        heading = QLabel(self.tr("“{workshop}” — {day}").format(workshop=session.title,
                                                                  day=formatting.long_date(session.day)))
        heading.setObjectName("dialogHeading")
        form.addRow(heading)
        self.choices: dict[int, QComboBox] = {}
        for line in ws.session_roll(ctx, session.id):
            choice = QComboBox()
            for presence in Presence:
                choice.addItem(presence_text(presence), presence)
            choice.setCurrentIndex(choice.findData(line.presence or Presence.PRESENT))
            choice.setAccessibleName(_erased(line.name))
            form.addRow(_erased(line.name), choice)
            self.choices[line.member_id] = choice
        if not self.choices:
            form.addRow(QLabel(self.tr("Nobody was enrolled in the cycle on that day.")))
        self.add_buttons(form)

    def call_service(self) -> ws.SessionView:
        marks = {member_id: Presence(choice.currentData()) for member_id, choice in self.choices.items()}
        return ws.record_cycle_attendance(self.ctx, self.session.id, marks)


class PartnerDialog(ServiceDialog[ws.PartnerView]):
    """Add or edit a partner of the directory."""

    def __init__(self, ctx, partner: ws.PartnerView | None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.partner = partner
        self.setWindowTitle(self.tr("Edit a partner") if partner else self.tr("Add a partner"))
        form = QFormLayout(self)
        self.fields: dict[str, QLineEdit] = {}
        labels = {
            "name": self.tr("Name"),
            "kind": self.tr("Kind"),
            "contact_person": self.tr("Contact person"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
        }
        for key, label in labels.items():
            edit = QLineEdit(getattr(partner, key) if partner else "")
            if key in ws.PARTNER_LENGTHS:
                edit.setMaxLength(ws.PARTNER_LENGTHS[key])
            edit.setAccessibleName(label)
            form.addRow(label, edit)
            self.fields[key] = edit
        self.notes = QPlainTextEdit(partner.notes if partner else "")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setMaximumHeight(80)
        self.notes.setTabChangesFocus(True)
        form.addRow(self.tr("Notes"), self.notes)
        self.active = QCheckBox(self.tr("We still work with them"))
        self.active.setChecked(partner.active if partner else True)
        if partner:
            form.addRow(self.active)
        self.add_buttons(form)

    def draft(self) -> ws.PartnerDraft:
        return ws.PartnerDraft(
            notes=self.notes.toPlainText(), **{k: e.text() for k, e in self.fields.items()}
        )

    def call_service(self) -> ws.PartnerView:
        if self.partner is None:
            return ws.add_partner(self.ctx, self.draft())
        return ws.update_partner(
            self.ctx, self.partner.id, self.draft(), active=self.active.isChecked(), expected=self.partner
        )

    def resolve(self, conflict: StaleEdit) -> None:
        """Someone saved this partner meanwhile: show both and let the person keep theirs, take the other or go
        back to editing."""
        theirs = conflict.current
        assert isinstance(theirs, ws.PartnerView), "the service says it with the record as saved"
        mine = self.draft()
        rows = [(self.fields[key].accessibleName(), getattr(mine, key).strip(), getattr(theirs, key))
                for key in self.fields]
        rows += [
            (self.tr("Notes"), mine.notes.strip(), theirs.notes),
            (self.active.text(), self._yes_no(self.active.isChecked()), self._yes_no(theirs.active)),
        ]
        text = self.tr("Someone else saved this partner while you were editing it.")
        EditedElsewhereDialog.settle(self, text, rows, theirs, edited="partner")

    def _yes_no(self, value: bool) -> str:
        return self.tr("yes") if value else self.tr("no")

    @classmethod
    def add(cls, parent: QWidget, ctx) -> ws.PartnerView | None:
        return cls.run(parent, ctx, None)

    @classmethod
    def edit(cls, parent: QWidget, ctx, partner: ws.PartnerView) -> ws.PartnerView | None:
        return cls.run(parent, ctx, partner)


class ThemesDialog(ListEditorDialog):
    """The editable list of workshop themes: add one, rename one, or set one aside."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Workshop themes"), self.tr("Themes"), parent)
        form = QFormLayout(self)
        form.addRow(self.records)
        self.name = QLineEdit()
        self.name.setMaxLength(ws.THEME_LENGTH)
        self.name.setAccessibleName(self.tr("Theme name"))
        form.addRow(self.tr("Name"), self.name)
        self.active = QCheckBox(self.tr("Offered for new workshops"))
        self.active.setChecked(True)
        form.addRow(self.active)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add)
        self.rename_button = QPushButton(self.tr("Save changes"))
        self.rename_button.clicked.connect(self.rename)
        row.addWidget(self.add_button)
        row.addWidget(self.rename_button)
        form.addRow(row)
        self.add_close_button(form)
        self.guard_adding(self.name, self.add_button)
        self.reload()

    def rows(self) -> list[tuple[str, ws.ThemeView]]:
        return [(theme.name if theme.active else self.tr("{name} (set aside)").format(name=theme.name), theme)
                for theme in ws.list_themes(self.ctx, include_inactive=True)]

    def show_current(self) -> None:
        theme = self.current()
        if theme:
            self.name.setText(theme.name)
            self.active.setChecked(theme.active)
        self.rename_button.setEnabled(theme is not None)

    def add(self) -> None:
        self.change(lambda: ws.add_theme(self.ctx, self.name.text()))

    def rename(self) -> None:
        theme = self.current()
        if theme:
            self.change(
                lambda: ws.rename_theme(self.ctx, theme.id, self.name.text(), active=self.active.isChecked(),
                                        expected=theme)
            )

    @classmethod
    def run(cls, parent: QWidget, ctx) -> None:
        run_modal(cls(ctx, parent))
