"""Action items: those of the chosen meeting (the Actions tab), and the acting member's open ones
(``MyActionsList``, beside the list of meetings and on the My week page)."""

from datetime import date
from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from app import formatting
from app.domain.kept_years import days_after
from app.services import meetings
from app.services.changes import Entity
from app.services.meetings import ActionView, MeetingDetail
from app.services.members import MemberView
from app.ui.dialogs.fields import date_edit, qdate
from app.ui.flow_layout import FlowLayout
from app.ui.models.table import Column, RowsModel
from app.ui.pages.base import ChangeFollower
from app.ui.pages.meetings.common import MeetingHost, button, run, selected_rows, table_view
from app.ui.widgets import fit_choices, fit_placeholder


class ActionsPanel(QWidget):
    def __init__(self, host: MeetingHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        layout = QVBoxLayout(self)
        self.actions_model = RowsModel(
            [
                Column(QCoreApplication.translate("MeetingsPage", "Who"), lambda a: a.owner_name),
                Column(QCoreApplication.translate("MeetingsPage", "What"), lambda a: a.description, long_text=True),
                Column(QCoreApplication.translate("MeetingsPage", "By when"),
                       lambda a: formatting.short_date(a.due) if a.due else "—"),
                Column(QCoreApplication.translate("MeetingsPage", "Status"),
                       lambda a: QCoreApplication.translate("MeetingsPage", "open") if a.is_open
                       else QCoreApplication.translate("MeetingsPage", "done")),
            ],
            self,
        )
        self.actions_view = table_view(
            self.actions_model, QCoreApplication.translate("MeetingsPage", "Action items of the meeting"), 1)
        layout.addWidget(self.actions_view, 1)
        layout.addLayout(self._build_new_action())
        layout.addLayout(self._build_due_row())
        row = FlowLayout()
        self.done_button = button(QCoreApplication.translate("MeetingsPage", "Mark done"),
                                  lambda: self.set_done(True), row)
        self.reopen_button = button(QCoreApplication.translate("MeetingsPage", "Open again"),
                                    lambda: self.set_done(False), row)
        row.addStretch()
        layout.addLayout(row)

    def _build_new_action(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.owner = QComboBox()
        fit_choices(self.owner)
        self.owner.setAccessibleName(QCoreApplication.translate("MeetingsPage", "Who does it"))
        self.description = QLineEdit()
        self.description.setPlaceholderText(QCoreApplication.translate("MeetingsPage", "What is to be done…"))
        self.description.setAccessibleName(QCoreApplication.translate("MeetingsPage", "What is to be done"))
        fit_placeholder(self.description)
        self.has_due = QCheckBox(QCoreApplication.translate("MeetingsPage", "by"))
        self.due = date_edit(name=QCoreApplication.translate("MeetingsPage", "By when"))
        self.due.setEnabled(False)
        self.has_due.toggled.connect(self.due.setEnabled)
        row.addWidget(self.owner)
        row.addWidget(self.description, 1)
        return row

    def _build_due_row(self) -> QHBoxLayout:
        """The date and the button on a line of their own: beside the name and the text they did not fit."""
        row = QHBoxLayout()
        row.addWidget(self.has_due)
        row.addWidget(self.due)
        row.addStretch(1)
        self.add_action_button = button(QCoreApplication.translate("MeetingsPage", "Add the action"),
                                        self.add_action, row)
        return row

    def show_meeting(self, detail: MeetingDetail | None, locked: bool, people: list[MemberView],
                     actor_id: int | None) -> None:
        """The actions of ``detail``; a new one is the acting member's by default, due a week after the
        meeting when a day is wanted."""
        self.actions_model.set_rows(detail.actions if detail else [])
        if detail is not None and not self.has_due.isChecked():
            due = days_after(detail.summary.day, 7)  # stays on the calendar for a day saved outside it
            self.due.setDate(qdate(due))
        self.owner.clear()
        for person in people:
            self.owner.addItem(person.name, person.id)
        if actor_id is not None:
            self.owner.setCurrentIndex(max(0, self.owner.findData(actor_id)))
        self.add_action_button.setEnabled(not locked)

    def add_action(self) -> None:
        detail = self.host.detail
        if detail is None or self.owner.currentData() is None:
            return
        due = None
        if self.has_due.isChecked():
            value = self.due.date()
            due = date(value.year(), value.month(), value.day())
        if run(
            self,
            QCoreApplication.translate("MeetingsPage", "Add an action"),
            lambda: meetings.add_action(
                self.host.ctx, detail.summary.id, self.owner.currentData(), self.description.text(), due
            ),
        ):
            self.description.clear()

    def set_done(self, done: bool) -> None:
        for action in selected_rows(self.actions_view):
            run(self, QCoreApplication.translate("MeetingsPage", "Actions"),
                partial(meetings.set_action_done, self.host.ctx, action.id, done))


class MyActionsList(QWidget):
    """The acting member's open action items, soonest due first (overdue ones say so)."""

    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.model = RowsModel(
            [
                Column(self.tr("What"), lambda a: a.description, long_text=True),
                Column(self.tr("By when"), self._due),
            ],
            self,
        )
        self.view = table_view(self.model, self.tr("My open action items"), 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.follower = ChangeFollower(self, workspace.hub, frozenset({Entity.ACTION_ITEM, Entity.MEMBER}),
                                       self.refresh)
        self.refresh()

    def _due(self, action: ActionView) -> str:
        if action.due is None:
            return "—"
        if action.is_overdue(self.workspace.ctx.today()):
            return self.tr("{day} (overdue)").format(day=formatting.short_date(action.due))
        return formatting.short_date(action.due)

    def refresh(self) -> None:
        actor = self.workspace.actor_id
        self.model.set_rows(meetings.open_actions_for(self.workspace.ctx, actor) if actor else [])
