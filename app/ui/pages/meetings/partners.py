"""The partner organisations present at the chosen meeting, on the Attendance and roles tab: ticked in the
directory's list, each tick saved at once; a partner missing from the directory is added from here.

Organisations are not members: they hold no hours and never count in a quorum. The people who came for them
(partner contacts) belong to the directory of people who are not staff."""

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.domain.members import name_key
from app.services import meetings
from app.services import workshops as ws
from app.services.meetings import MeetingDetail
from app.ui.dialogs.workshops import PartnerDialog, checked_ids
from app.ui.flow_layout import FlowLayout
from app.ui.pages.meetings.common import MeetingHost, button, run


class PartnersPresent(QWidget):
    def __init__(self, host: MeetingHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QCoreApplication.translate("MeetingsPage", "Partner organisations present")
        label = QLabel(title)
        layout.addWidget(label)
        self.list = QListWidget()
        self.list.setAccessibleName(title)
        self.list.setAccessibleDescription(QCoreApplication.translate(
            "MeetingsPage", "Tick the organisations that came; they hold no hours and never count in a quorum"))
        self.list.setMaximumHeight(190)  # the directory's partners seen at once, the guests below
        label.setBuddy(self.list)
        self.list.itemChanged.connect(lambda _item: self.save())
        layout.addWidget(self.list)
        row = FlowLayout()
        self.add_button = button(QCoreApplication.translate("MeetingsPage", "Add a partner…"), self.add_partner, row)
        self.add_button.setToolTip(QCoreApplication.translate(
            "MeetingsPage", "An organisation missing from the partners directory"))
        row.addStretch()
        layout.addLayout(row)

    def show_meeting(self, detail: MeetingDetail | None, locked: bool) -> None:
        """The directory's active partners, and any other present, ticked when present at ``detail``."""
        present = {p.partner_id: p.name for p in detail.partners} if detail else {}
        choices = {p.id: p.name for p in ws.list_partners(self.host.ctx)} | present
        scrolled = self.list.verticalScrollBar().value()
        with QSignalBlocker(self.list):
            self.list.clear()
            for partner_id, name in sorted(choices.items(), key=lambda choice: name_key(choice[1])):
                item = QListWidgetItem(name)
                item.setData(Qt.ItemDataRole.UserRole, partner_id)
                flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(flags & ~Qt.ItemFlag.ItemIsEnabled if locked else flags)
                item.setCheckState(Qt.CheckState.Checked if partner_id in present else Qt.CheckState.Unchecked)
                self.list.addItem(item)
        self.list.verticalScrollBar().setValue(scrolled)
        self.add_button.setEnabled(detail is not None and not locked)

    def save(self) -> None:
        detail = self.host.detail
        if detail is None:
            return
        chosen = checked_ids(self.list)
        title = QCoreApplication.translate("MeetingsPage", "Partner organisations present")
        if not run(self, title, lambda: meetings.set_meeting_partners(self.host.ctx, detail.summary.id, chosen)):
            self.show_meeting(detail, locked=False)  # back to what is saved

    def add_partner(self) -> None:
        PartnerDialog.add(self, self.host.ctx)
