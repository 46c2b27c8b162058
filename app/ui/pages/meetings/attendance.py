"""The Attendance and roles tab: who is present, excused or absent (and booked elsewhere meanwhile), the partner
organisations and the inhabitants present, and who facilitates, takes the minutes and keeps the time."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QVBoxLayout, QWidget

from app import i18n
from app.domain.errors import CercleError
from app.domain.meetings import ROLES, Attendance
from app.services import meetings
from app.services.meetings import MeetingDetail
from app.services.members import MemberView
from app.ui.flow_layout import FlowLayout
from app.ui.models.table import Column, RowsModel
from app.ui.pages.meetings.common import (
    MeetingHost,
    attendance_labels,
    button,
    run,
    selected_rows,
    table_view,
)
from app.ui.pages.meetings.guests import GuestsBox
from app.ui.pages.meetings.partners import PartnersPresent
from app.ui.widgets import StatusLabel, TabWidget, give_key, scrolling


class AttendancePanel(QWidget):
    def __init__(self, host: MeetingHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.attendance_labels = attendance_labels()
        # Two inner tabs, so that at 1280×800 the team's list, the organisations and the guests each have room.
        self.sections = TabWidget()
        self.sections.setDocumentMode(True)
        # each scrolls down in a low window, rather than squeeze its rows of buttons
        self.sections.addTab(scrolling(self._build_team()), QCoreApplication.translate("MeetingsPage", "Team"))
        outside = QWidget()
        outside_layout = QVBoxLayout(outside)
        self.partners = PartnersPresent(host)
        outside_layout.addWidget(self.partners)
        self.guests = GuestsBox(host)
        outside_layout.addWidget(self.guests, 1)
        self.sections.addTab(scrolling(outside), QCoreApplication.translate("MeetingsPage", "Partners and inhabitants"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sections)

    def _build_team(self) -> QWidget:
        """Who of the team came, and the meeting's roles."""
        team = QWidget()
        layout = QVBoxLayout(team)
        self.people_model = RowsModel(
            [
                Column(QCoreApplication.translate("MeetingsPage", "Member"), lambda p: p.name, long_text=True),
                Column(QCoreApplication.translate("MeetingsPage", "Attendance"),
                       lambda p: self.attendance_labels[p.attendance]),
            ],
            self,
        )
        self.people_view = table_view(
            self.people_model, QCoreApplication.translate("MeetingsPage", "Attendance"), 0, multi=True)
        layout.addWidget(self.people_view, 1)
        row = FlowLayout()
        self.present_button = button(QCoreApplication.translate("MeetingsPage", "Present"),
                                     lambda: self.mark(Attendance.PRESENT), row)
        self.excused_button = button(QCoreApplication.translate("MeetingsPage", "Excused"),
                                     lambda: self.mark(Attendance.EXCUSED), row)
        self.absent_button = button(QCoreApplication.translate("MeetingsPage", "Absent"),
                                    lambda: self.mark(Attendance.ABSENT), row)
        give_key(self.present_button, "Ctrl+Shift+P",
                 QCoreApplication.translate("MeetingsPage", "Mark the chosen members present"))
        give_key(self.excused_button, "Ctrl+Shift+E",
                 QCoreApplication.translate("MeetingsPage", "Mark the chosen members excused"))
        give_key(self.absent_button, "Ctrl+Shift+A",
                 QCoreApplication.translate("MeetingsPage", "Mark the chosen members absent"))
        row.addStretch()
        layout.addLayout(row)
        # Who was marked, and whether someone marked present is booked elsewhere at that time: said aloud.
        self.attendance_notes = StatusLabel(QCoreApplication.translate("MeetingsPage", "Attendance, last change"))
        layout.addWidget(self.attendance_notes)
        layout.addLayout(self._build_roles())
        row = FlowLayout()
        self.suggest_button = button(QCoreApplication.translate("MeetingsPage", "Suggest roles"),
                                     self.suggest_roles, row)
        self.suggest_button.setToolTip(
            QCoreApplication.translate("MeetingsPage", "Among those present, whoever held each role least recently"))
        row.addStretch()
        layout.addLayout(row)
        return team

    def _build_roles(self) -> QFormLayout:
        form = QFormLayout()
        self.role_boxes: dict[str, QComboBox] = {}
        labels = (QCoreApplication.translate("MeetingsPage", "Facilitator"),
                  QCoreApplication.translate("MeetingsPage", "Minute-taker"),
                  QCoreApplication.translate("MeetingsPage", "Time-keeper"))
        for role, label in zip(ROLES, labels):
            box = QComboBox()
            box.setAccessibleName(label)
            box.activated.connect(lambda _index, role=role: self.save_role(role))
            self.role_boxes[role] = box
            form.addRow(label, box)
        return form

    def show_meeting(self, detail: MeetingDetail | None, locked: bool, people: list[MemberView]) -> None:
        """Who came to ``detail`` and who holds its roles (among ``people``); nothing editable once ``locked``."""
        self.people_model.set_rows(detail.attendance if detail else [])
        for role, box in self.role_boxes.items():
            box.clear()
            box.addItem("—", None)
            for person in people:
                box.addItem(person.name, person.id)
            holder = detail.roles.get(role) if detail else None
            box.setCurrentIndex(max(0, box.findData(holder)) if holder is not None else 0)
        for widget in (self.present_button, self.excused_button, self.absent_button, self.suggest_button,
                       *self.role_boxes.values()):
            widget.setEnabled(not locked)
        self.partners.show_meeting(detail, locked)
        self.guests.show_meeting(detail, locked)
        outside = len(detail.partners) + len(detail.guests) if detail else 0
        title = QCoreApplication.translate("MeetingsPage", "Partners and inhabitants")
        self.sections.setTabText(1, f"{title} ({outside})" if outside else title)

    def tell(self, warnings: tuple[CercleError, ...]) -> None:
        """The meeting moved to a time when someone present is booked elsewhere: said beside who came."""
        self.attendance_notes.setText("\n".join(i18n.message(warning) for warning in warnings))

    def mark(self, attendance: Attendance) -> None:
        people = selected_rows(self.people_view)
        detail = self.host.detail
        if detail and people:
            warnings: list[CercleError] = []
            marked = run(
                self,
                QCoreApplication.translate("MeetingsPage", "Attendance"),
                lambda: warnings.extend(meetings.set_attendance(
                    self.host.ctx, detail.summary.id, {person.member_id: attendance for person in people}
                )),
            )
            if marked:
                names = ", ".join(person.name for person in people)
                done = QCoreApplication.translate("MeetingsPage", "{names}: {attendance}.").format(
                    names=names, attendance=self.attendance_labels[attendance])
                notes = [done, *(i18n.message(warning) for warning in warnings)]
                self.attendance_notes.setText("\n".join(notes))

    def save_role(self, role: str) -> None:
        detail = self.host.detail
        if detail:
            member_id = self.role_boxes[role].currentData()
            run(self, QCoreApplication.translate("MeetingsPage", "Roles"),
                lambda: meetings.set_roles(self.host.ctx, detail.summary.id, {role: member_id}))

    def suggest_roles(self) -> None:
        detail = self.host.detail
        if detail:
            meeting_id, ctx = detail.summary.id, self.host.ctx
            run(self, QCoreApplication.translate("MeetingsPage", "Roles"),
                lambda: meetings.set_roles(ctx, meeting_id, meetings.suggest_meeting_roles(ctx, meeting_id)))
