"""The Meetings page: the list of meetings beside the chosen one, whose panels (agenda and notes with the
decision in the meeting, attendance and roles, actions, minutes) each show it and act on it."""

from functools import partial

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from app import formatting
from app.domain.meetings import MeetingStatus
from app.exports import meetings as meetings_export
from app.services import centre, meetings, members
from app.services.changes import Entity
from app.services.context import Context
from app.services.meetings import MeetingDetail
from app.ui.dialogs.meeting import MeetingDialog
from app.ui.exporting import export_with_dialog
from app.ui.flow_layout import FlowLayout
from app.ui.models.lazy import LazyRowsModel
from app.ui.models.table import Column
from app.ui.pages.base import Page
from app.ui.pages.meetings.actions import ActionsPanel, MyActionsList
from app.ui.pages.meetings.agenda import AgendaPanel
from app.ui.pages.meetings.attendance import AttendancePanel
from app.ui.pages.meetings.common import button, selected_rows, short_status_labels, table_view
from app.ui.pages.meetings.minutes import MinutesPanel
from app.ui.widgets import PaneTabs, Splitter, TabWidget, give_key, scrolling, search_as_typed, split


class MeetingsPage(Page):
    """Holds the chosen meeting (``detail``) and gives it to its panels at each refresh; they act on it
    through the services, and the change they make comes back as a refresh."""

    watched = frozenset({Entity.MEETING, Entity.ACTION_ITEM, Entity.PROPOSAL, Entity.MEMBER, Entity.PARTNER,
                         Entity.PERSON})

    def __init__(self, workspace, title: str, parent: QWidget | None = None) -> None:
        super().__init__(workspace, title, parent)
        self.detail: MeetingDetail | None = None
        self._details_loaded = 0  # how many times the chosen meeting was read: a refresh reads it once
        # Refreshes wait while the notes are being saved (perhaps asking how to merge them): one comes after.
        self._refresh_pending = False
        self._refresh_later = QTimer(self)
        self._refresh_later.setSingleShot(True)
        self._refresh_later.setInterval(0)
        self._refresh_later.timeout.connect(self.refresh)
        found = centre.get_centre(workspace.ctx)
        self.short_status_labels = short_status_labels()
        meeting_list = self._build_list()
        self.agenda = AgendaPanel(self)
        self.agenda.notes.settled.connect(self._after_notes_saved)
        self.attendance = AttendancePanel(self)
        self.actions_panel = ActionsPanel(self)
        self.minutes = MinutesPanel(self, found.name if found else "")
        self.tabs = TabWidget()
        self.tabs.setAccessibleName(self.tr("The chosen meeting"))
        # Scrolls in a low window where a decision is taken too: the panel to record it comes below the notes.
        self.tabs.addTab(scrolling(self.agenda, down_only=True), self.tr("Agenda"))
        self.tabs.addTab(self.attendance, self.tr("Attendance and roles"))
        self.tabs.addTab(self.actions_panel, self.tr("Actions"))
        self.tabs.addTab(self.minutes, self.tr("Minutes"))
        # The list whole (day, time, a meeting's usual title, its status), the chosen meeting beside it; in a
        # narrow window (half a screen), one or the other, chosen by tabs above them: stacked, the list and the
        # agenda each showed a row and a half.
        splitter = split(self.tr("Meetings and the chosen one"), (meeting_list, self.tabs), (440, 590),
                         stack_when_narrow=True)
        assert isinstance(splitter, Splitter), "stacked when narrow"
        self.panes = PaneTabs(splitter, (self.tr("Meetings"), self.tr("The chosen meeting")),
                              self.tr("The list of meetings, or the chosen one"))
        self.body.addWidget(self.panes)
        self.body.addWidget(splitter, 1)
        self.refresh()
        self._select_default()

    def _build_list(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the notes and decisions…"))
        self.search.setAccessibleName(self.tr("Search meetings"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = search_as_typed(self.search, lambda: self.refresh(searching=True))  # at a pause
        layout.addWidget(self.search)
        self.list_model = LazyRowsModel(
            [
                Column(self.tr("Day"), lambda m: formatting.short_date(m.day)),
                Column(self.tr("Time"), lambda m: formatting.clock(m.start)),
                Column(self.tr("Meeting"), lambda m: m.title, long_text=True),
                Column(self.tr("Status"), lambda m: self.short_status_labels[m.status],
                       texts=tuple(self.short_status_labels.values())),
            ],
            self,
        )
        self.list_view = table_view(self.list_model, self.tr("Meetings"), 2, large=True)
        self.list_view.selectionModel().selectionChanged.connect(lambda *_: self._on_meeting_chosen())
        self.list_view.activated.connect(lambda _index: self._open_chosen())  # Enter, or a double click
        layout.addWidget(self.list_view, 2)
        row = FlowLayout()
        self.plan_button = button(self.tr("Plan a meeting…"), self.plan_meeting, row)
        # The page's key, whichever of the list and the chosen meeting shows in a narrow window
        give_key(self.plan_button, "Ctrl+N", self.tr("Plan a new meeting"), owner=self)
        self.edit_button = button(self.tr("Edit the meeting…"), self.edit_meeting, row)
        row.addStretch()
        self.calendar_button = button(self.tr("Export the calendar…"), self.export_calendar, row)
        self.calendar_button.setToolTip(self.tr("The meetings of this month and the twelve next, as iCalendar"))
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("My open action items")))
        self.my_actions = MyActionsList(self.workspace)
        layout.addWidget(self.my_actions, 1)  # a third of the height: the list the rest
        return panel

    # ------------------------------------------------------------ what the panels ask of the page

    @property
    def ctx(self) -> Context:
        return self.workspace.ctx

    def flush_notes(self, leaving: bool = False) -> None:
        """Save the notes being typed, before what could lose them (see NotesEditor.flush)."""
        self.agenda.notes.flush(leaving)

    def _after_notes_saved(self) -> None:
        if self._refresh_pending:  # after the caller is done too (it may be choosing another item)
            self._refresh_pending = False
            self._refresh_later.start()

    # ------------------------------------------------------------ refreshing

    def refresh(self, searching: bool = False) -> None:
        """Read the list again (its first page) and the chosen meeting. ``searching``: the search just
        changed, and the chosen meeting stays chosen only if the page read lists it (found further down, it
        would cost reading every page of a word found everywhere)."""
        if self.agenda.notes.busy:  # saving notes, or asking how to merge them: refresh once that is over
            self._refresh_pending = True
            return
        searching = searching or self._search_timer.isActive()  # a search waits: this refresh is that search
        self._search_timer.stop()
        chosen = self.detail.summary.id if self.detail else None
        word = self.search.text().strip()
        # ten years of meetings, or of meetings with a common word: the pages scrolled to
        self.list_model.load(partial(meetings.search_meetings_page, self.ctx, word) if word
                             else partial(meetings.meetings_page, self.ctx))
        loaded = self._details_loaded
        if chosen is not None:
            self.select_meeting(chosen, read_further=not searching)
        if self._details_loaded == loaded:  # chosen again, it was read as chosen: once is enough
            self._load_detail()

    def _select_default(self) -> None:
        """The next meeting from today, or else the latest one: the first of the list (see list_meetings)."""
        if self.list_model.rowCount():
            self.list_view.selectRow(0)

    def select_meeting(self, meeting_id: int, read_further: bool = True) -> None:
        row = self.list_model.find(lambda meeting: meeting.id == meeting_id, read_further)
        if row is not None:
            self.list_view.selectRow(row)

    def _on_meeting_chosen(self) -> None:
        chosen = selected_rows(self.list_view)
        if self.detail is not None and (not chosen or chosen[0].id != self.detail.summary.id):
            self.agenda.notes.forget()
            self.attendance.attendance_notes.clear()
        self._load_detail()

    def _open_chosen(self) -> None:
        """In a narrow window, the chosen meeting in place of the list (beside it, it is in sight already)."""
        if self.panes.isVisible() and self.detail is not None:
            self.panes.setCurrentIndex(1)
            self.tabs.setFocus()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Shown again, the page keeps the tab last shown in a narrow window (see PaneTabs), unless no meeting
        is chosen any more: then the list, not an empty meeting."""
        if self.detail is None:
            self.panes.setCurrentIndex(0)
        super().showEvent(event)

    def _load_detail(self) -> None:
        self._details_loaded += 1
        chosen = selected_rows(self.list_view)
        self.detail = detail = meetings.get_meeting(self.ctx, chosen[0].id) if chosen else None
        self.panes.set_title(1, self.tr("{title}, {day}").format(
            title=detail.summary.title, day=formatting.short_date(detail.summary.day)) if detail
            else self.tr("The chosen meeting"))
        self.tabs.setEnabled(detail is not None)
        locked = detail is not None and detail.summary.status == MeetingStatus.APPROVED
        people = members.list_members(self.ctx)
        self.attendance.show_meeting(detail, locked, people)
        self.actions_panel.show_meeting(detail, locked, people, self.workspace.actor_id)
        self.edit_button.setEnabled(detail is not None and not locked)
        self.minutes.show_meeting(detail)
        self.agenda.show_meeting(detail, locked)

    # ------------------------------------------------------------ planning

    def plan_meeting(self) -> None:
        """Plan a meeting or a series, then show the (first) meeting planned: in a narrow window, its tab."""
        self.flush_notes()
        created = MeetingDialog.plan(self, self.ctx, self.ctx.today())
        if created:
            self.took_effect()  # listed now, so that it can be chosen (it was not, and stayed unchosen)
            self.select_meeting(created[0].id)
            if self.detail is not None and self.detail.summary.id == created[0].id:  # listed: not hidden by a search
                self._open_chosen()

    def export_calendar(self) -> None:
        """The meetings of this month and the next twelve, for the members' own calendars."""
        first, last = meetings_export.default_period(self.ctx.today())
        name = self.tr("meetings-{day}.ics").format(day=f"{first:%Y-%m}")
        export_with_dialog(self, self.tr("Export the meetings"), name, self.tr("iCalendar (*.ics)"),
                           lambda path, _chosen: meetings_export.export_meetings(self.ctx, first, last, path))

    def edit_meeting(self) -> None:
        if self.detail:
            self.flush_notes()
            saved = MeetingDialog.edit(self, self.ctx, self.detail.summary)
            if saved and saved.warnings:  # moved to a time when someone present is booked elsewhere
                self.attendance.tell(saved.warnings)
