"""My week: the acting member's shifts, hours, proposals awaiting their position and action items."""

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout

from app.domain.hours import monday_of
from app.services import decisions, hours, meetings, rota
from app.services.members import get_member
from app.ui import formatting
from app.ui.pages.base import Page

LATE = QColor("#b00020")


class Card(QGroupBox):
    """A titled list with a button that leads to the page where the work is done."""

    def __init__(self, title: str, button_text: str, page_key: str, page: "MyWeekPage") -> None:
        super().__init__(title)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.hide()
        layout.addWidget(self.summary)
        self.list = QListWidget()
        self.list.setAccessibleName(title)
        self.list.setWordWrap(True)  # a long title wraps instead of hiding behind a scroll bar
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemActivated.connect(lambda _item: page.go_to(page_key))
        layout.addWidget(self.list, 1)
        button = QPushButton(button_text)
        button.clicked.connect(lambda: page.go_to(page_key))
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignRight)

    def fill(self, lines: list[tuple[str, bool]], empty: str) -> None:
        """``lines`` are (text, late); ``empty`` is said when there is nothing."""
        self.list.clear()
        for text, late in lines:
            item = QListWidgetItem(text)
            if late:
                item.setForeground(QBrush(LATE))
            self.list.addItem(item)
        if not lines:
            item = QListWidgetItem(empty)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)


class MyWeekPage(Page):
    watched = frozenset({"shift", "time_entry", "proposal", "action_item", "meeting", "member", "week_validation"})

    def __init__(self, workspace, title: str, parent=None) -> None:
        super().__init__(workspace, title, parent)
        self.greeting = QLabel()
        self.greeting.setObjectName("greeting")
        self.body.addWidget(self.greeting)
        grid = QGridLayout()
        self.shifts = Card(self.tr("My reception shifts"), self.tr("Open the reception rota"), "reception", self)
        self.hours = Card(self.tr("My hours this week"), self.tr("Open my timesheet"), "hours", self)
        self.proposals = Card(self.tr("Proposals awaiting my position"), self.tr("Open the decisions"),
                              "decisions", self)
        self.actions = Card(self.tr("My action items"), self.tr("Open the meetings"), "meetings", self)
        for index, card in enumerate((self.shifts, self.hours, self.proposals, self.actions)):
            grid.addWidget(card, index // 2, index % 2)
        self.body.addLayout(grid, 1)
        self.refresh()

    def go_to(self, key: str) -> None:
        window = self.window()
        if hasattr(window, "show_page"):
            window.show_page(key)

    def refresh(self) -> None:
        member_id = self.workspace.actor_id
        if member_id is None:
            return
        today = self.workspace.ctx.today()
        monday = monday_of(today)
        name = get_member(self.workspace.ctx, member_id).name.split()[0]
        self.greeting.setText(self.tr("Hello {name}: week {week}, from {first} to {last}.").format(
            name=name, week=monday.isocalendar().week, first=formatting.long_date(monday),
            last=formatting.long_date(monday + timedelta(days=6))))
        self._fill_shifts(member_id, monday, today)
        self._fill_hours(member_id, monday)
        self._fill_proposals(member_id)
        self._fill_actions(member_id, today)

    def _fill_shifts(self, member_id: int, monday: date, today: date) -> None:
        shifts = rota.member_shifts(self.workspace.ctx, member_id, today, monday + timedelta(days=13))
        self.shifts.fill([
            (self.tr("{day}, {start}–{end} {label}").format(
                day=formatting.long_date(shift.day), start=formatting.clock(shift.start),
                end=formatting.clock(shift.end), label=f"— {shift.label}" if shift.label else "").strip(), False)
            for shift in shifts
        ], self.tr("No reception shift in the next two weeks."))

    def _fill_hours(self, member_id: int, monday: date) -> None:
        totals = hours.week_totals(self.workspace.ctx, member_id, monday)
        line = self.tr("{kind}: {done} done of {target} ({gap})")
        self.hours.fill([
            (line.format(kind=self.tr("Profession"), done=formatting.duration(totals.done_profession),
                         target=formatting.duration(totals.target_profession),
                         gap=signed(totals.gap_profession)), False),
            (line.format(kind=self.tr("Self-management"), done=formatting.duration(totals.done_self_management),
                         target=formatting.duration(totals.target_self_management),
                         gap=signed(totals.gap_self_management)), False),
        ], "")

    def _fill_proposals(self, member_id: int) -> None:
        waiting = decisions.awaiting_position(self.workspace.ctx, member_id)
        self.proposals.fill([
            (self.tr("{title} — until {deadline}").format(
                title=proposal.title,
                deadline=formatting.long_date(proposal.deadline.astimezone(self.workspace.ctx.timezone).date())),
             False)
            for proposal in waiting
        ], self.tr("Nothing awaits your position."))

    def _fill_actions(self, member_id: int, today: date) -> None:
        actions = meetings.open_actions_for(self.workspace.ctx, member_id)
        self.actions.fill([
            (self.tr("{text} — by {due}").format(text=action.description, due=formatting.short_date(action.due))
             if action.due else action.description, bool(action.due and action.due < today))
            for action in actions
        ], self.tr("No action item for you."))


def signed(minutes: int) -> str:
    return ("+" if minutes > 0 else "") + formatting.duration(minutes)
