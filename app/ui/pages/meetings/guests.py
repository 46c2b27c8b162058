"""The guests of a meeting, in its Attendance tab: inhabitants, habitants-relais and partners' contacts from
the directory (Team page). They are named in the minutes, never counted in a quorum, never credited time."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from app.domain.people import PersonRole
from app.services import meetings, people
from app.services.meetings import GuestView, MeetingDetail
from app.ui.dialogs.people import person_label, role_label
from app.ui.flow_layout import FlowLayout
from app.ui.models.table import Column, RowsModel
from app.ui.pages.meetings.common import MeetingHost, button, run, selected_rows, table_view
from app.ui.widgets import StatusLabel


def guest_name(guest: GuestView) -> str:
    return guest.name or QCoreApplication.translate("People", "Erased person")


def guest_detail(guest: GuestView) -> str:
    return guest.partner_name or role_label(guest.role)


class GuestsBox(QGroupBox):
    def __init__(self, host: MeetingHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Inhabitants and partners present"))
        self.host = host
        layout = QVBoxLayout(self)
        self.model = RowsModel([
            Column(self.tr("Name"), guest_name, long_text=True),
            Column(self.tr("Role or partner"), guest_detail, long_text=True),
        ], self)
        self.view = table_view(self.model, self.title(), 0)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()  # the person chosen, then what to do: each label whole at 1280×800
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Person to add"))
        self.person.setMinimumContentsLength(18)
        row.addWidget(self.person, 1)
        self.add_button = button(self.tr("Add"), self.add_chosen, row)
        layout.addLayout(row)
        actions = FlowLayout()
        self.remove_button = button(self.tr("Remove"), self.remove_selected, actions)
        actions.addStretch()
        self.relays_button = button(self.tr("Invite all habitants-relais"), self.invite_relays, actions)
        self.relays_button.setToolTip(self.tr("Every active habitant-relais of the directory attends"))
        layout.addLayout(actions)
        self.notes = StatusLabel(self.tr("Guests, last change"))
        layout.addWidget(self.notes)

    def show_meeting(self, detail: MeetingDetail | None, locked: bool) -> None:
        guests = detail.guests if detail else ()
        self.model.set_rows(guests)
        here = {guest.person_id for guest in guests}
        directory = people.list_people(self.host.ctx)
        self.person.clear()
        for person in directory:
            if person.id not in here:
                self.person.addItem(person_label(person), person.id)
        has_relays = any(person.role == PersonRole.RELAY for person in directory)
        for widget in (self.person, self.add_button, self.remove_button):
            widget.setEnabled(detail is not None and not locked)
        self.add_button.setEnabled(self.add_button.isEnabled() and self.person.count() > 0)
        self.relays_button.setEnabled(detail is not None and not locked and has_relays)

    def _meeting_id(self) -> int | None:
        return self.host.detail.summary.id if self.host.detail else None

    def add_chosen(self) -> None:
        meeting_id, person_id = self._meeting_id(), self.person.currentData()
        if meeting_id is not None and person_id is not None:
            name = self.person.currentText()
            if run(self, self.tr("Guests"), lambda: meetings.add_guest(self.host.ctx, meeting_id, person_id)):
                self.notes.setText(self.tr("{name} attends the meeting.").format(name=name))

    def remove_selected(self) -> None:
        meeting_id, chosen = self._meeting_id(), selected_rows(self.view)
        if meeting_id is not None and chosen:
            run(self, self.tr("Guests"), lambda: meetings.remove_guest(self.host.ctx, meeting_id, chosen[0].person_id))

    def invite_relays(self) -> None:
        meeting_id = self._meeting_id()
        if meeting_id is None:
            return
        added: list[int] = []
        ctx = self.host.ctx
        if run(self, self.tr("Guests"), lambda: added.append(meetings.invite_relays(ctx, meeting_id))):
            self.notes.setText(self.tr("Habitants-relais added: {count}.").format(count=added[0]))
