"""My week: the acting member's hours so far, next meeting, shifts, proposals awaiting their position and
action items, each leading to the page where the work is done."""

from datetime import date, timedelta
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import formatting
from app.domain.hours import monday_of
from app.domain.kept_years import local_moment
from app.services import decisions, hours, meetings, rota
from app.services.changes import Entity
from app.services.members import get_member
from app.ui.pages.base import Page
from app.ui.widgets import WrappingLabel, gives_way, scrolling

LATE = QColor("#b00020")
PAST = QColor("#566470")  # 4.5:1 at least on the window (WCAG AA)


class Card(QGroupBox):
    """A titled box with a button, at its foot, that leads to the page where the work is done."""

    def __init__(self, title: str, button_text: str, page_key: str, page: "MyWeekPage") -> None:
        super().__init__(title)
        self.content = QVBoxLayout(self)
        self.button = QPushButton(button_text)
        self.button.clicked.connect(lambda: page.go_to(page_key))
        self.page_key = page_key

    def finish(self) -> None:
        self.content.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)


class ListCard(Card):
    """A card listing lines; an empty list says so."""

    def __init__(self, title: str, button_text: str, page_key: str, page: "MyWeekPage") -> None:
        super().__init__(title, button_text, page_key, page)
        self.list = QListWidget()
        self.list.setObjectName("weekList")  # no frame: a column of lines, not an empty box when short
        self.list.setAccessibleName(title)
        self.list.setWordWrap(True)  # a long title wraps instead of hiding behind a scroll bar
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        gives_way(self.list)  # the rest of the height, or two lines in a low window
        self.list.itemActivated.connect(lambda _item: page.go_to(page_key))
        self.content.addWidget(self.list, 1)
        self.finish()

    def fill(self, lines: list[tuple[str, QColor | None]], empty: str) -> None:
        """``lines`` are (text, colour or None); ``empty`` is said when there is nothing."""
        self.list.clear()
        self.add_lines(lines, empty)

    def add_lines(self, lines: list[tuple[str, QColor | None]], empty: str) -> None:
        for text, colour in lines:
            item = QListWidgetItem(text)
            if colour is not None:
                item.setForeground(QBrush(colour))
                item.setData(Qt.ItemDataRole.AccessibleTextRole, self._said(colour).format(text=text))
            self.list.addItem(item)
        if not lines:
            item = QListWidgetItem(empty)
            item.setFlags(Qt.ItemFlag.NoItemFlags)  # greyed: a sentence, not an item to open
            self.list.addItem(item)

    def _said(self, colour: QColor) -> str:
        """What a line's colour means, in words for whoever does not see it."""
        return self.tr("Overdue: {text}") if colour == LATE else self.tr("Past: {text}")

    def add_heading(self, text: str) -> None:
        """A heading among the lines: not an item to open, but written as plainly as they are."""
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = QFont(self.list.font())
        font.setBold(True)
        item.setFont(font)
        self.list.addItem(item)


class HoursBar(QWidget):
    """One kind of hours: its name, a small bar of what is done against what is due by today, the words."""

    def __init__(self, name: str) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.name = QLabel(name)
        self.bar = QProgressBar()
        self.bar.setObjectName("hoursBar")
        self.bar.setAccessibleName(name)
        self.bar.setTextVisible(False)
        self.bar.setFixedSize(180, 10)
        self.text = WrappingLabel()  # on two lines in a narrow window
        layout.addWidget(self.name)
        layout.addWidget(self.bar)
        layout.addWidget(self.text, 1)

    def show_minutes(self, done: int, due: int, words: str) -> None:
        self.bar.setRange(0, max(due, done, 1))
        self.bar.setValue(max(done, 0))
        self.text.setText(words)


class MyWeekPage(Page):
    watched = frozenset({Entity.SHIFT, Entity.TIME_ENTRY, Entity.ABSENCE, Entity.PROPOSAL, Entity.ACTION_ITEM,
                         Entity.MEETING, Entity.MEMBER, Entity.WEEK_VALIDATION})

    def __init__(self, workspace, title: str, parent=None) -> None:
        super().__init__(workspace, title, parent)
        self.greeting = QLabel()
        self.greeting.setObjectName("greeting")
        self.body.addWidget(self.greeting)
        self.hours = Card(self.tr("My hours this week, up to today"), self.tr("Open my timesheet"), "hours", self)
        self.profession = HoursBar(self.tr("Profession"))
        self.self_management = HoursBar(self.tr("Self-management"))
        names_width = max(bar.name.sizeHint().width() for bar in (self.profession, self.self_management))
        for bar in (self.profession, self.self_management):
            bar.name.setMinimumWidth(max(120, names_width))  # the two bars start at the same place
            self.hours.content.addWidget(bar)
        self.hours.finish()
        self.meeting = Card(self.tr("Next meeting"), self.tr("Open the meetings"), "meetings", self)
        self.next_meeting = QLabel()
        self.next_meeting.setWordWrap(True)
        self.meeting.content.addWidget(self.next_meeting, 1)
        self.meeting.finish()
        self.shifts = ListCard(self.tr("My reception shifts"), self.tr("Open the reception rota"), "reception", self)
        self.proposals = ListCard(self.tr("Proposals awaiting my position"), self.tr("Open the decisions"),
                                  "decisions", self)
        self.action_items = ListCard(self.tr("My action items"), self.tr("Open the meetings"), "meetings", self)
        cards = QWidget()  # they scroll down in a low window, rather than squeeze their lines
        self.grid = QGridLayout(cards)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.columns = 0
        self._place_cards(3)
        self.body.addWidget(scrolling(cards), 1)
        self.refresh()

    def _place_cards(self, columns: int) -> None:
        """The summaries above the three lists; in a narrow window (a list's title would be cut), two columns:
        the hours across, then the next meeting and the lists two by two. Read row after row, as Tab goes."""
        if columns == self.columns:
            return
        self.columns = columns
        cards = (self.hours, self.meeting, self.shifts, self.proposals, self.action_items)
        for card in cards:
            self.grid.removeWidget(card)
        if columns == 3:
            places = [(0, 0, 1, 2), (0, 2, 1, 1), (1, 0, 1, 1), (1, 1, 1, 1), (1, 2, 1, 1)]
        else:
            places = [(0, 0, 1, 2), (1, 0, 1, 1), (1, 1, 1, 1), (2, 0, 1, 1), (2, 1, 1, 1)]
        for card, place in zip(cards, places, strict=True):
            self.grid.addWidget(card, *place)
        for column in range(3):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        self.grid.setRowStretch(1, 1)  # the summaries take their height; the lists, the rest
        self.grid.setRowStretch(2, 1 if columns == 2 else 0)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        outer = self.layout()
        assert outer is not None, "a page has its layout"
        margins = outer.contentsMargins()
        room = event.size().width() - margins.left() - margins.right()
        spacing = self.grid.horizontalSpacing()
        lists = sum(card.minimumSizeHint().width() for card in (self.shifts, self.proposals, self.action_items))
        hours_on_one_line = self.hours.sizeHint().width()
        summaries = hours_on_one_line + self.meeting.minimumSizeHint().width() + spacing
        wide = max(lists + 2 * spacing, summaries) <= room
        self._place_cards(3 if wide else 2)
        self.hours.setMinimumWidth(hours_on_one_line if wide else 0)  # beside the meeting: each hour on one line
        super().resizeEvent(event)

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
        self._fill_hours(member_id, today)
        self._fill_meeting()
        self._fill_shifts(member_id, monday, today)
        self._fill_proposals(member_id)
        self._fill_actions(member_id, today)

    def _fill_hours(self, member_id: int, today: date) -> None:
        week = hours.week_so_far(self.workspace.ctx, member_id, today)
        words = self.tr("{done} done of {due} due by today ({target} in the week)")
        for bar, done, due, target in (
            (self.profession, week.done_profession, week.due_profession, week.target_profession),
            (self.self_management, week.done_self_management, week.due_self_management,
             week.target_self_management),
        ):
            bar.show_minutes(done, due, words.format(done=formatting.duration(done), due=formatting.duration(due),
                                                     target=formatting.duration(target)))

    def _fill_meeting(self) -> None:
        meeting = meetings.next_meeting(self.workspace.ctx)
        if meeting is None:
            self.next_meeting.setText(self.tr("No meeting planned."))
            return
        when = self.tr("{day}, {start}–{end}").format(
            day=formatting.long_date(meeting.day), start=formatting.clock(meeting.start),
            end=formatting.clock(meeting.end))
        lines = [f"<b>{escape(meeting.title)}</b>", escape(when)] + ([escape(meeting.place)] if meeting.place else [])
        self.next_meeting.setText("<br>".join(lines))

    def _fill_shifts(self, member_id: int, monday: date, today: date) -> None:
        shifts = rota.member_shifts(self.workspace.ctx, member_id, monday, monday + timedelta(days=13))
        self.shifts.fill([], self.tr("No reception shift this week or next."))
        if not shifts:
            return
        self.shifts.list.clear()
        for heading, week in ((self.tr("This week"), monday), (self.tr("Next week"), monday + timedelta(days=7))):
            held = [shift for shift in shifts if week <= shift.day < week + timedelta(days=7)]
            self.shifts.add_heading(heading)
            self.shifts.add_lines(
                [(self._shift_text(shift), PAST if shift.day < today else None) for shift in held], self.tr("None.")
            )

    def _shift_text(self, shift: rota.ShiftView) -> str:
        return self.tr("{day}, {start}–{end} {label}").format(
            day=formatting.long_date(shift.day), start=formatting.clock(shift.start),
            end=formatting.clock(shift.end), label=f"— {shift.label}" if shift.label else "").strip()

    def _fill_proposals(self, member_id: int) -> None:
        waiting = decisions.awaiting_position(self.workspace.ctx, member_id)
        self.proposals.fill([
            (self.tr("{title} — until {deadline}").format(
                title=proposal.title,
                deadline=formatting.long_date(local_moment(proposal.deadline, self.workspace.ctx.timezone).date())),
             None)
            for proposal in waiting
        ], self.tr("Nothing awaits your position."))

    def _fill_actions(self, member_id: int, today: date) -> None:
        actions = meetings.open_actions_for(self.workspace.ctx, member_id)
        self.action_items.fill([
            (self.tr("{text} — by {due}").format(text=action.description, due=formatting.short_date(action.due))
             if action.due else action.description, LATE if action.is_overdue(today) else None)
            for action in actions
        ], self.tr("No action item for you."))
