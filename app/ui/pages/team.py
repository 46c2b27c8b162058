"""Team: the members, their contracts and split; add, edit, deactivate, import from a spreadsheet. A second
tab holds the people who are not staff (inhabitants, habitants-relais, partners' contacts), apart from the
team's list."""

from operator import attrgetter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import formatting, i18n
from app.domain.imports import Kind
from app.services import members
from app.services.changes import Entity
from app.ui.dialogs.audit import AuditDialog
from app.ui.dialogs.departure import DepartureDialog
from app.ui.dialogs.imports import ImportDialog, help_text
from app.ui.dialogs.member import MemberDialog
from app.ui.flow_layout import FlowLayout
from app.ui.models.table import Column, RowsModel, sorting_proxy
from app.ui.pages.base import Page, TabsRefresher
from app.ui.people import PeopleTab
from app.ui.widgets import StatusLabel, TabWidget, colour_icon, directory_table, give_key


def minutes_column(title: str, attribute: str) -> Column:
    minutes = attrgetter(attribute)
    return Column(title, lambda member: formatting.duration(minutes(member)), align_right=True, sort_key=minutes)


class TeamPage(Page):
    watched = frozenset({Entity.MEMBER, Entity.PERSON, Entity.PARTNER})

    def __init__(self, workspace, title: str, parent=None) -> None:
        super().__init__(workspace, title, parent)
        self.model = RowsModel([
            Column(self.tr("Name"), lambda m: m.name, lambda m: colour_icon(m.colour)),
            Column(self.tr("Profession"), lambda m: m.profession, long_text=True),
            minutes_column(self.tr("Contract"), "contract_minutes"),
            minutes_column(self.tr("Profession hours"), "profession_minutes"),
            minutes_column(self.tr("Self-management"), "self_management_minutes"),
            Column(self.tr("Status"), self._status),
        ], self)
        self.proxy = sorting_proxy(self.model)
        self.table = directory_table(self.proxy, self.tr("Members of the team"), self.edit_selected)
        buttons = FlowLayout()  # on two lines in a narrow window
        self.add_button = QPushButton(self.tr("Add a member…"))
        give_key(self.add_button, "Ctrl+N", self.tr("Add a member to the team"))
        self.add_button.clicked.connect(self.add_member)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.active_button = QPushButton(self.tr("Deactivate"))
        self.active_button.clicked.connect(self.toggle_active)
        self.log_button = QPushButton(self.tr("Audit log…"))
        self.log_button.setToolTip(self.tr("Everything done in Cercle, by whom and when"))
        self.log_button.clicked.connect(lambda: AuditDialog.show_log(self, self.workspace.ctx))
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setToolTip(help_text(Kind.MEMBERS))
        self.import_button.clicked.connect(lambda: ImportDialog.run(self, self.workspace.ctx, Kind.MEMBERS))
        self.show_inactive = QCheckBox(self.tr("Show members who left"))
        self.show_inactive.toggled.connect(self.refresh)
        for widget in (self.add_button, self.edit_button, self.active_button, self.import_button):
            buttons.addWidget(widget)
        buttons.addStretch()
        buttons.addWidget(self.show_inactive)
        buttons.addWidget(self.log_button)
        team = QWidget()
        layout = QVBoxLayout(team)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.message = StatusLabel(self.tr("Last action"))
        layout.addWidget(self.message)
        self.people = PeopleTab(workspace.ctx)
        self.tabs = TabWidget()
        self.tabs.addTab(team, self.tr("The team"))
        self.tabs.addTab(self.people, self.tr("Inhabitants and partners"))
        self.body.addWidget(self.tabs, 1)
        # each tab reads when it is in sight and something changed, or when chosen after a change
        self.tab_refresher = TabsRefresher(self.tabs, (self._refresh_team, self.people.refresh))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def _status(self, member: members.MemberView) -> str:
        """In the team, back since a day, or gone after a last day (undated: left before days were kept)."""
        if member.active and member.back_on is None:
            return self.tr("active")
        if member.last_day is None:
            return self.tr("left the team")
        last_day = formatting.short_date(member.last_day)
        if member.active and member.back_on is not None:  # always, when active here: said for mypy
            return self.tr("back on {day} (last day {last_day})").format(
                day=formatting.short_date(member.back_on), last_day=last_day)
        return self.tr("left the team (last day {last_day})").format(last_day=last_day)

    def refresh(self) -> None:
        self.message.clear()  # about the last action: after another member's change or a reload, stale
        self.tab_refresher.refresh()

    def _refresh_team(self) -> None:
        selected = self.selected()
        rows = members.list_members(self.workspace.ctx, include_inactive=self.show_inactive.isChecked())
        self.model.set_rows(rows)
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    def selected(self):
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(Qt.ItemDataRole.UserRole) if indexes else None

    def select(self, member_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole).id == member_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        member = self.selected()
        self.edit_button.setEnabled(member is not None)
        self.active_button.setEnabled(member is not None)
        self.active_button.setText(self.tr("Reactivate") if member and not member.active else self.tr("Deactivate"))

    def add_member(self) -> None:
        added = MemberDialog.add(self, self.workspace.ctx)
        if added:
            self.select(added.id)
            self.say(self.tr("{name} is added to the team.").format(name=added.name))

    def edit_selected(self) -> None:
        member = self.selected()
        saved = MemberDialog.edit(self, self.workspace.ctx, member) if member else None
        if member and saved:
            # New dates free the shifts outside them, as a departure does: whoever saved sees which seats to fill.
            self.say("\n".join([i18n.fill(self.tr("The details of {name} are saved."), name=member.name),
                                *(i18n.message(warning) for warning in saved.warnings)]))

    def toggle_active(self) -> None:
        """Deactivate from a last day, or bring back from a first day back: a dialog asks which day."""
        member = self.selected()
        changed = DepartureDialog.run(self, self.workspace.ctx, member) if member is not None else None
        if member is not None and changed is not None:
            text = (self.tr("The departure of {name} is recorded.") if member.active
                    else self.tr("The return of {name} is recorded."))
            # A departure frees the shifts after the last day: whoever records it sees which seats to fill.
            self.say("\n".join([i18n.fill(text, name=member.name),
                                *(i18n.message(warning) for warning in changed.warnings)]))
