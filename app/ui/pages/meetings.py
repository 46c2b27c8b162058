"""Meetings: the list of meetings and, for the chosen one, its agenda (with notes autosaved), attendance
and roles, action items and minutes (approve, export). ``MyActionsList`` is reused by the My week page."""

import difflib
from datetime import date, timedelta
from functools import partial

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import formatting, i18n
from app.domain.consensus import Stance
from app.domain.errors import CercleError
from app.domain.meetings import ROLES, Attendance, ItemKind, MeetingKind, MeetingStatus
from app.domain.members import name_key
from app.exports import minutes as minutes_export
from app.exports.decisions import stance_label
from app.services import centre, meetings, members
from app.services.changes import Entity
from app.services.errors import StaleEdit
from app.services.meetings import MeetingDetail
from app.ui.dialogs.meeting import MeetingDialog, NotesConflictDialog
from app.ui.exporting import export_with_dialog
from app.ui.models.lazy import LazyRowsModel
from app.ui.models.table import Column, RowsModel
from app.ui.pages.base import ChangeFollower, Page
from app.ui.widgets import (
    StatusLabel, TableView, announce, confirm, fit_columns, fit_columns_to_sample, give_key, show_error, split,
)

AUTOSAVE_MS = 2000  # notes are saved this long after the last keystroke, and on focus out


def kept_position(old: str, new: str, position: int) -> int:
    """Where a cursor at ``position`` in ``old`` goes when the text becomes ``new``: it moves with the text
    around it (lines added or changed above it, words added before it on its line), and stays at the same
    place within its line when that line itself was changed (clamped to the line's new length)."""
    old_lines, new_lines = old.splitlines(keepends=True), new.splitlines(keepends=True)
    old_starts, new_starts = _line_starts(old_lines), _line_starts(new_lines)
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if not old_starts[i1] <= position <= old_starts[i2]:
            continue
        if tag != "equal" and position == old_starts[i2] and i2 < len(old_lines):
            continue  # at the start of the next lines: they decide
        if tag == "equal":
            return new_starts[j1] + position - old_starts[i1]
        # The cursor's lines were changed: follow the characters within them.
        before, after = old[old_starts[i1]:old_starts[i2]], new[new_starts[j1]:new_starts[j2]]
        offset = position - old_starts[i1]
        chars = difflib.SequenceMatcher(None, before, after, autojunk=False)
        for ctag, c1, c2, d1, d2 in chars.get_opcodes():
            if c1 <= offset <= c2 and (ctag == "equal" or offset < c2):
                return new_starts[j1] + (d1 + offset - c1 if ctag == "equal" else min(d1 + offset - c1, d2))
        return new_starts[j1] + min(offset, len(after))
    return len(new)


def _line_starts(lines: list[str]) -> list[int]:
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    return starts


def table_view(model, name: str, *stretch: int, multi: bool = False, large: bool = False) -> QTableView:
    """A table of read objects; a ``large`` one (a lazy model) sizes its columns from its header and a sample
    of rows, once, and keeps its rows one line high."""
    view = TableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.verticalHeader().hide()
    if large:
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        fit_columns_to_sample(view, *stretch)
    else:
        fit_columns(view, *stretch)
    return view


def selected_rows(view: QTableView) -> list:
    return [index.data(Qt.ItemDataRole.UserRole) for index in view.selectionModel().selectedRows()]


def button(text: str, slot, parent_layout) -> QPushButton:
    widget = QPushButton(text)
    widget.clicked.connect(slot)
    parent_layout.addWidget(widget)
    return widget


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

    def _due(self, action) -> str:
        if action.due is None:
            return "—"
        if action.is_overdue(self.workspace.ctx.today()):
            return self.tr("{day} (overdue)").format(day=formatting.short_date(action.due))
        return formatting.short_date(action.due)

    def refresh(self) -> None:
        actor = self.workspace.actor_id
        self.model.set_rows(meetings.open_actions_for(self.workspace.ctx, actor) if actor else [])


class _FocusOut(QObject):
    """Calls ``callback`` when the watched widget loses the focus."""

    def __init__(self, callback, parent: QObject) -> None:
        super().__init__(parent)
        self.callback = callback

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FocusOut:
            self.callback()
        return False


class MeetingsPage(Page):
    watched = frozenset({Entity.MEETING, Entity.ACTION_ITEM, Entity.PROPOSAL, Entity.MEMBER})

    def __init__(self, workspace, title: str, parent=None) -> None:
        super().__init__(workspace, title, parent)
        self.detail: MeetingDetail | None = None
        # The notes editor: which item it shows, the version and text of its notes as last loaded or saved
        # here (to tell a change made elsewhere from one typed here), whether an autosave is due, and whether
        # a save (perhaps with its conflict dialog) is under way. Refreshes wait until that save is over.
        self._notes_item_id: int | None = None
        self._notes_version: int | None = None
        self._notes_base = ""
        self._notes_dirty = False
        self._loading_notes = False
        self._notes_busy = False
        self._refresh_pending = False
        self._refresh_later = QTimer(self)
        self._refresh_later.setSingleShot(True)
        self._refresh_later.setInterval(0)
        self._refresh_later.timeout.connect(self.refresh)
        found = centre.get_centre(workspace.ctx)
        self.centre_name = found.name if found else ""
        self.kind_labels = {
            ItemKind.INFORMATION: self.tr("Information"),
            ItemKind.DISCUSSION: self.tr("Discussion"),
            ItemKind.DECISION: self.tr("Decision"),
            ItemKind.CARE_REVIEW: self.tr("Care pathway review"),
        }
        self.status_labels = {
            MeetingStatus.PLANNED: self.tr("planned"),
            MeetingStatus.HELD: self.tr("held, minutes in draft"),
            MeetingStatus.APPROVED: self.tr("minutes approved"),
        }
        self.short_status_labels = {  # in the list beside the tabs; the Minutes tab says the rest
            MeetingStatus.PLANNED: self.tr("planned"),
            MeetingStatus.HELD: self.tr("held"),
            MeetingStatus.APPROVED: self.tr("minutes approved", "short"),
        }
        self.attendance_labels = {
            Attendance.PRESENT: self.tr("present"),
            Attendance.EXCUSED: self.tr("excused"),
            Attendance.ABSENT: self.tr("absent"),
            None: "—",
        }
        meetings = self._build_list()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("The chosen meeting"))
        self.tabs.addTab(self._build_agenda(), self.tr("Agenda"))
        self.tabs.addTab(self._build_attendance(), self.tr("Attendance and roles"))
        self.tabs.addTab(self._build_actions(), self.tr("Actions"))
        self.tabs.addTab(self._build_minutes(), self.tr("Minutes"))
        # The list whole (day, time, a meeting's usual title, its status), the chosen meeting beside it.
        self.body.addWidget(split(self.tr("Meetings and the chosen one"), (meetings, self.tabs), (440, 590)), 1)
        self.refresh()
        self._select_default()

    # ------------------------------------------------------------ building

    def _build_list(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the notes and decisions…"))
        self.search.setAccessibleName(self.tr("Search meetings"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self.refresh())
        layout.addWidget(self.search)
        self.list_model = LazyRowsModel(
            [
                Column(self.tr("Day"), lambda m: formatting.short_date(m.day)),
                Column(self.tr("Time"), lambda m: formatting.clock(m.start)),
                Column(self.tr("Meeting"), lambda m: m.title, long_text=True),
                Column(self.tr("Status"), lambda m: self.short_status_labels[m.status]),
            ],
            self,
        )
        self.list_view = table_view(self.list_model, self.tr("Meetings"), 2, large=True)
        self.list_view.selectionModel().selectionChanged.connect(lambda *_: self._on_meeting_chosen())
        layout.addWidget(self.list_view, 1)
        row = QHBoxLayout()
        self.plan_button = button(self.tr("Plan a meeting…"), self.plan_meeting, row)
        give_key(self.plan_button, "Ctrl+N", self.tr("Plan a new meeting"))
        self.edit_button = button(self.tr("Edit the meeting…"), self.edit_meeting, row)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("My open action items")))
        self.my_actions = MyActionsList(self.workspace)
        layout.addWidget(self.my_actions)
        return panel

    def _build_agenda(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        self.items_model = RowsModel(
            [
                Column("#", lambda i: str(i.position), align_right=True),
                Column(self.tr("Item"), lambda i: i.title, long_text=True),
                Column(self.tr("Kind"), lambda i: self.kind_labels[i.kind]),
                Column(
                    self.tr("Planned"), lambda i: formatting.duration(i.planned_minutes), align_right=True
                ),
                Column(
                    self.tr("Spent"),
                    lambda i: formatting.duration(i.spent_minutes) if i.spent_minutes else "",
                    align_right=True,
                ),
            ],
            self,
        )
        self.items_view = table_view(self.items_model, self.tr("Agenda items"), 1)
        self.items_view.selectionModel().selectionChanged.connect(lambda *_: self._on_item_chosen())
        layout.addWidget(self.items_view, 2)
        row = QHBoxLayout()
        self.build_button = button(self.tr("Build the agenda"), self.build_agenda, row)
        self.build_button.setToolTip(
            self.tr(
                "Add the open proposals, the open actions of earlier meetings and "
                "the items not treated last time"
            )
        )
        self.up_button = button(self.tr("Move up"), lambda: self.move_selected(-1), row)
        self.down_button = button(self.tr("Move down"), lambda: self.move_selected(1), row)
        self.remove_button = button(self.tr("Remove"), self.remove_selected, row)
        row.addStretch(1)
        layout.addLayout(row)
        add_row = QHBoxLayout()
        self.new_title = QLineEdit()
        self.new_title.setPlaceholderText(self.tr("A new item…"))
        self.new_title.setAccessibleName(self.tr("Title of a new item"))
        self.new_title.returnPressed.connect(self.add_item)
        self.new_kind = QComboBox()
        self.new_kind.setAccessibleName(self.tr("Kind of the new item"))
        for kind, label in self.kind_labels.items():
            self.new_kind.addItem(label, kind.value)
        self.new_kind.setCurrentIndex(1)
        self.new_minutes = QSpinBox()
        self.new_minutes.setRange(0, meetings.MAX_ITEM_MINUTES)
        self.new_minutes.setValue(10)
        self.new_minutes.setSuffix(" min")
        self.new_minutes.setAccessibleName(self.tr("Planned minutes of the new item"))
        add_row.addWidget(self.new_title, 1)
        add_row.addWidget(self.new_kind)
        add_row.addWidget(self.new_minutes)
        self.add_button = button(self.tr("Add"), self.add_item, add_row)
        layout.addLayout(add_row)
        notes_row = QHBoxLayout()
        self.notes_label = QLabel(self.tr("Notes"))
        notes_row.addWidget(self.notes_label, 1)
        notes_row.addWidget(QLabel(self.tr("Time spent")))
        self.spent = QSpinBox()
        self.spent.setRange(0, meetings.MAX_ITEM_MINUTES)
        self.spent.setSuffix(" min")
        self.spent.setAccessibleName(self.tr("Time spent on the item"))
        self.spent.editingFinished.connect(self.save_spent)
        notes_row.addWidget(self.spent)
        layout.addLayout(notes_row)
        self.no_patient_hint = QLabel(self.tr("Care review: write nothing that identifies a patient "
                                              "(no name, birth date, address or file number)."))
        self.no_patient_hint.setWordWrap(True)
        self.no_patient_hint.hide()
        layout.addWidget(self.no_patient_hint)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes of the chosen item"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(60)
        self.notes.textChanged.connect(self._notes_edited)
        self.notes.installEventFilter(_FocusOut(self.flush_notes, self))
        layout.addWidget(self.notes, 2)
        layout.addWidget(self._build_decision())
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.flush_notes)
        return panel

    def _build_decision(self) -> QWidget:
        """Meeting mode for a decision item: positions stated aloud by those present, then the close."""
        self.decision_box = QGroupBox(self.tr("Decision in the meeting"))
        layout = QVBoxLayout(self.decision_box)
        self.tally = QLabel()
        self.tally.setWordWrap(True)
        layout.addWidget(self.tally)
        row = QHBoxLayout()
        self.voter = QComboBox()
        self.voter.setAccessibleName(self.tr("Member stating a position"))
        self.voter.setPlaceholderText(self.tr("Mark who is present first"))
        self.voter.setMinimumContentsLength(18)
        self.stance = QComboBox()
        self.stance.setAccessibleName(self.tr("Position"))
        for stance in Stance:
            self.stance.addItem(stance_label(stance), stance.value)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason (required for a block)"))
        self.reason.setAccessibleName(self.tr("Reason of the position"))
        for widget in (self.voter, self.stance, self.reason):
            row.addWidget(widget, 1 if widget is self.reason else 0)
        self.record_button = button(self.tr("Record the position"), self.record_position, row)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.statement = QLineEdit()
        self.statement.setPlaceholderText(self.tr("What was decided, in a sentence"))
        self.statement.setAccessibleName(self.tr("Statement of the decision"))
        row.addWidget(self.statement, 1)
        self.close_button = button(self.tr("Close the decision"), self.close_decision, row)
        layout.addLayout(row)
        self.decision_box.hide()
        return self.decision_box

    def _show_decision(self, item) -> None:
        decision = None
        if item is not None and item.proposal_id is not None and self.detail is not None:
            decision = next((d for d in self.detail.decisions if d.proposal_id == item.proposal_id), None)
        self.decision_box.setVisible(decision is not None)
        if decision is None:
            return
        counts = self.tr("Agree {agree} · stand aside {aside} · abstain {abstain} · block {block}").format(
            agree=decision.agree, aside=decision.stand_aside, abstain=decision.abstain, block=decision.block
        )
        blocks = "".join(
            "\n" + i18n.fill(self.tr("Block by {name}: {reason}"), name=b.name, reason=b.reason)
            for b in sorted(decision.blocks, key=lambda b: name_key(b.name))
        )
        outcome = minutes_export.statement_line(decision) if decision.statement else ""
        text = "\n".join(part for part in (counts + blocks, outcome) if part)
        self.tally.setText(text)
        self.tally.setToolTip(decision.text)
        # Room for every line (and a little wrapping): the notes above take whatever height is left.
        self.tally.setMinimumHeight(self.tally.fontMetrics().lineSpacing() * (text.count("\n") + 2))
        is_open = decision.status == "open" and self.detail.summary.status != MeetingStatus.APPROVED
        for widget in (
            self.voter,
            self.stance,
            self.reason,
            self.record_button,
            self.statement,
            self.close_button,
        ):
            widget.setEnabled(is_open)
        chosen = self.voter.currentData()
        self.voter.clear()
        for person in self.detail.attendance:
            if person.attendance == Attendance.PRESENT:
                self.voter.addItem(person.name, person.member_id)
        # With a placeholder, a filled combo starts on no one: choose the same person again, or the first.
        self.voter.setCurrentIndex(max(0, self.voter.findData(chosen)) if self.voter.count() else -1)

    def record_position(self) -> None:
        item = self.selected_item()
        if self.detail is None or item is None or self.voter.currentData() is None:
            return
        if self._run(
            self.tr("Record the position"),
            lambda: meetings.record_position(
                self.ctx,
                self.detail.summary.id,
                item.proposal_id,
                self.voter.currentData(),
                Stance(self.stance.currentData()),
                self.reason.text(),
            ),
        ):
            self.reason.clear()
            self.voter.setCurrentIndex(min(self.voter.currentIndex() + 1, self.voter.count() - 1))

    def close_decision(self) -> None:
        item = self.selected_item()
        if self.detail is None or item is None:
            return
        if not confirm(
            self,
            self.tr("Close the decision"),
            self.tr("Close “{title}” now? The outcome follows from the positions.").format(title=item.title),
        ):
            return
        if self._run(
            self.tr("Close the decision"),
            lambda: meetings.close_decision(
                self.ctx, self.detail.summary.id, item.proposal_id, self.statement.text()
            ),
        ):
            self.statement.clear()

    def _build_attendance(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        self.people_model = RowsModel(
            [
                Column(self.tr("Member"), lambda p: p.name, long_text=True),
                Column(self.tr("Attendance"), lambda p: self.attendance_labels[p.attendance]),
            ],
            self,
        )
        self.people_view = table_view(self.people_model, self.tr("Attendance"), 0, multi=True)
        layout.addWidget(self.people_view, 1)
        row = QHBoxLayout()
        self.present_button = button(self.tr("Present"), lambda: self.mark(Attendance.PRESENT), row)
        self.excused_button = button(self.tr("Excused"), lambda: self.mark(Attendance.EXCUSED), row)
        self.absent_button = button(self.tr("Absent"), lambda: self.mark(Attendance.ABSENT), row)
        give_key(self.present_button, "Ctrl+Shift+P", self.tr("Mark the chosen members present"))
        give_key(self.excused_button, "Ctrl+Shift+E", self.tr("Mark the chosen members excused"))
        give_key(self.absent_button, "Ctrl+Shift+A", self.tr("Mark the chosen members absent"))
        row.addStretch(1)
        layout.addLayout(row)
        # Who was marked, and whether someone marked present is booked elsewhere at that time: said aloud.
        self.attendance_notes = StatusLabel(self.tr("Attendance, last change"))
        layout.addWidget(self.attendance_notes)
        form = QFormLayout()
        self.role_boxes: dict[str, QComboBox] = {}
        for role, label in zip(
            ROLES, (self.tr("Facilitator"), self.tr("Minute-taker"), self.tr("Time-keeper"))
        ):
            box = QComboBox()
            box.setAccessibleName(label)
            box.activated.connect(lambda _index, role=role: self.save_role(role))
            self.role_boxes[role] = box
            form.addRow(label, box)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.suggest_button = button(self.tr("Suggest roles"), self.suggest_roles, row)
        self.suggest_button.setToolTip(self.tr("Among those present, whoever held each role least recently"))
        row.addStretch(1)
        layout.addLayout(row)
        return panel

    def _build_actions(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        self.actions_model = RowsModel(
            [
                Column(self.tr("Who"), lambda a: a.owner_name),
                Column(self.tr("What"), lambda a: a.description, long_text=True),
                Column(self.tr("By when"), lambda a: formatting.short_date(a.due) if a.due else "—"),
                Column(self.tr("Status"), lambda a: self.tr("open") if a.is_open else self.tr("done")),
            ],
            self,
        )
        self.actions_view = table_view(self.actions_model, self.tr("Action items of the meeting"), 1)
        layout.addWidget(self.actions_view, 1)
        row = QHBoxLayout()
        self.owner = QComboBox()
        self.owner.setAccessibleName(self.tr("Who does it"))
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("What is to be done…"))
        self.description.setAccessibleName(self.tr("What is to be done"))
        self.has_due = QCheckBox(self.tr("by"))
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setAccessibleName(self.tr("By when"))
        self.due.setEnabled(False)
        self.has_due.toggled.connect(self.due.setEnabled)
        for widget in (self.owner, self.description, self.has_due, self.due):
            row.addWidget(widget, 1 if widget is self.description else 0)
        self.add_action_button = button(self.tr("Add the action"), self.add_action, row)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.done_button = button(self.tr("Mark done"), lambda: self.set_done(True), row)
        self.reopen_button = button(self.tr("Open again"), lambda: self.set_done(False), row)
        row.addStretch(1)
        layout.addLayout(row)
        return panel

    def _build_minutes(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        self.minutes_status = QLabel()
        layout.addWidget(self.minutes_status)
        row = QHBoxLayout()
        self.held_button = button(self.tr("Meeting held"), self.mark_held, row)
        self.approve_button = button(self.tr("Approve the minutes"), self.approve, row)
        self.erratum_button = button(self.tr("Add an erratum…"), self.ask_erratum, row)
        row.addStretch(1)
        layout.addLayout(row)
        exports = QHBoxLayout()  # a row of its own: six buttons on one line would widen the whole page
        self.export_buttons = {
            fmt: button(label, lambda _checked=False, fmt=fmt: self.ask_export(fmt), exports)
            for fmt, label in (
                ("odt", self.tr("Export ODT…")),
                ("pdf", self.tr("Export PDF…")),
                ("md", self.tr("Export Markdown…")),
            )
        }
        for fmt, key in (("odt", "Ctrl+E"), ("pdf", "Ctrl+P"), ("md", "Ctrl+Shift+E")):
            give_key(self.export_buttons[fmt], key, self.export_buttons[fmt].text().rstrip("…"))
        exports.addStretch(1)
        layout.addLayout(exports)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("The minutes"))
        layout.addWidget(self.preview, 1)
        return panel

    # ------------------------------------------------------------ refreshing

    @property
    def ctx(self):
        return self.workspace.ctx

    def refresh(self) -> None:
        if self._notes_busy:  # saving notes, or asking how to merge them: refresh once that is over
            self._refresh_pending = True
            return
        chosen = self.detail.summary.id if self.detail else None
        word = self.search.text().strip()
        if word:
            self.list_model.set_rows(meetings.search_meetings(self.ctx, word))
        else:  # ten years of meetings: the pages scrolled to
            self.list_model.load(partial(meetings.meetings_page, self.ctx))
        if chosen is not None:
            self.select_meeting(chosen)
        self._load_detail()

    def _select_default(self) -> None:
        """The next meeting from today, or else the latest one: the first of the list (see list_meetings)."""
        if self.list_model.rowCount():
            self.list_view.selectRow(0)

    def select_meeting(self, meeting_id: int) -> None:
        row = self.list_model.find(lambda meeting: meeting.id == meeting_id)
        if row is not None:
            self.list_view.selectRow(row)

    def _on_meeting_chosen(self) -> None:
        chosen = selected_rows(self.list_view)
        if self.detail is not None and (not chosen or chosen[0].id != self.detail.summary.id):
            self.flush_notes(leaving=True)
            self._notes_item_id = None
            self.attendance_notes.clear()
        self._load_detail()

    def _load_detail(self) -> None:
        chosen = selected_rows(self.list_view)
        self.detail = meetings.get_meeting(self.ctx, chosen[0].id) if chosen else None
        detail = self.detail
        self.tabs.setEnabled(detail is not None)
        locked = detail is not None and detail.summary.status == MeetingStatus.APPROVED
        item_id = self._notes_item_id
        self.items_model.set_rows(detail.items if detail else [])
        if item_id is not None:
            self.select_item(item_id)
        self.people_model.set_rows(detail.attendance if detail else [])
        self.actions_model.set_rows(detail.actions if detail else [])
        if detail is not None and not self.has_due.isChecked():  # a week after the meeting, when one is wanted
            due = detail.summary.day + timedelta(days=7)
            self.due.setDate(QDate(due.year, due.month, due.day))
        self._fill_people_boxes(detail)
        for widget in (
            self.build_button,
            self.up_button,
            self.down_button,
            self.remove_button,
            self.add_button,
            self.new_title,
            self.present_button,
            self.excused_button,
            self.absent_button,
            self.suggest_button,
            self.add_action_button,
            self.spent,
            *self.role_boxes.values(),
        ):
            widget.setEnabled(not locked)
        self.notes.setReadOnly(locked)
        status = detail.summary.status if detail else None
        self.held_button.setEnabled(status == MeetingStatus.PLANNED)
        self.approve_button.setEnabled(status == MeetingStatus.HELD)
        self.erratum_button.setEnabled(locked)
        self.edit_button.setEnabled(detail is not None and not locked)
        self.minutes_status.setText(self._status_text(detail))
        self.preview.setHtml(
            minutes_export.minutes_html(minutes_export.Minutes(detail, self.centre_name)) if detail else ""
        )
        self._on_item_chosen()

    def _status_text(self, detail: MeetingDetail | None) -> str:
        if detail is None:
            return ""
        summary = detail.summary
        return self.tr("{title}, {day}, {start}–{end}: {status}").format(
            title=summary.title,
            day=formatting.long_date(summary.day),
            start=formatting.clock(summary.start),
            end=formatting.clock(summary.end),
            status=self.status_labels[summary.status],
        )

    def _fill_people_boxes(self, detail: MeetingDetail | None) -> None:
        people = members.list_members(self.ctx)
        self.owner.clear()
        for person in people:
            self.owner.addItem(person.name, person.id)
        if self.workspace.actor_id is not None:
            self.owner.setCurrentIndex(max(0, self.owner.findData(self.workspace.actor_id)))
        for role, box in self.role_boxes.items():
            box.clear()
            box.addItem("—", None)
            for person in people:
                box.addItem(person.name, person.id)
            holder = detail.roles.get(role) if detail else None
            box.setCurrentIndex(max(0, box.findData(holder)) if holder is not None else 0)

    # ------------------------------------------------------------ the agenda

    def selected_item(self):
        rows = selected_rows(self.items_view)
        return rows[0] if rows else None

    def select_item(self, item_id: int) -> None:
        for row, item in enumerate(self.items_model.rows):
            if item.id == item_id:
                self.items_view.selectRow(row)
                return

    def _on_item_chosen(self) -> None:
        item = self.selected_item()
        same = item is not None and item.id == self._notes_item_id
        if not same:
            if self._notes_item_id is not None:
                self.flush_notes(leaving=True)
            self._load_notes(item)
        elif not self.has_unsaved_notes():
            self._load_notes(item)  # the same item, refreshed: show its notes as saved, maybe elsewhere
        # Else a refresh while typing: the typing stays, and so do the version and text it started from,
        # so that its next save meets any newer notes saved elsewhere and asks how to merge them.
        self.notes.setEnabled(item is not None)
        focus = QApplication.focusWidget()
        if not (same and focus is not None and (focus is self.spent or self.spent.isAncestorOf(focus))):
            self.spent.setValue(item.spent_minutes if item else 0)  # not under the time-keeper's fingers
        self.notes_label.setText(
            self.tr("Notes: {title}").format(title=item.title) if item else self.tr("Notes")
        )
        self.no_patient_hint.setVisible(self._is_care_review(item))
        self._show_decision(item)

    def _is_care_review(self, item) -> bool:
        """Notes of a care review (or of a care review item) must never identify a patient."""
        in_care_review = self.detail is not None and self.detail.summary.kind == MeetingKind.CARE_REVIEW
        return in_care_review or (item is not None and item.kind == ItemKind.CARE_REVIEW)

    def has_unsaved_notes(self) -> bool:
        """Whether the editor holds typing not saved yet (or not saveable: it stays on screen)."""
        return self._notes_item_id is not None and (
            self._notes_dirty or self.notes.toPlainText() != self._notes_base
        )

    def _load_notes(self, item) -> None:
        self._notes_item_id = item.id if item else None
        self._notes_version = item.version if item else None
        self._notes_base = item.notes if item else ""
        self._notes_dirty = False
        self._show_notes(self._notes_base)

    def _show_notes(self, text: str) -> None:
        """Put ``text`` in the editor without it counting as typing; the cursor and the scrolling stay where
        they were, as far as the change allows."""
        old = self.notes.toPlainText()
        if old == text:
            return
        cursor = self.notes.textCursor()
        anchor, position = cursor.anchor(), cursor.position()
        scroll = self.notes.verticalScrollBar().value()
        self._loading_notes = True
        try:
            self.notes.setPlainText(text)
        finally:
            self._loading_notes = False
        cursor = self.notes.textCursor()
        cursor.setPosition(kept_position(old, text, anchor))
        cursor.setPosition(kept_position(old, text, position), QTextCursor.MoveMode.KeepAnchor)
        self.notes.setTextCursor(cursor)
        self.notes.verticalScrollBar().setValue(scroll)

    def _notes_edited(self) -> None:
        if self._loading_notes or self._notes_item_id is None:
            return
        self._notes_dirty = True
        if not self._notes_busy:
            self.autosave.start()

    def flush_notes(self, leaving: bool = False) -> None:
        """Save the notes being typed now (autosave timer, focus out, another item chosen). ``leaving``:
        the editor is about to show other notes, so typing whose save failed earlier is tried again.

        Notes saved meanwhile elsewhere are never overwritten unseen: the conflict dialog shows both and
        the person keeps theirs, takes the others or saves a merge. One save at a time: the autosave is
        stopped, and focus changes or refreshes wait, while it runs and while its dialog is open.
        """
        self.autosave.stop()
        if self._notes_busy or self._notes_item_id is None:
            return
        if not (self._notes_dirty or (leaving and self.has_unsaved_notes())):
            return
        self._notes_busy = True
        try:
            self._save_notes(self._notes_item_id)
        finally:
            self._notes_busy = False
            if self._refresh_pending:  # after the caller is done too (it may be choosing another item)
                self._refresh_pending = False
                self._refresh_later.start()

    def _save_notes(self, item_id: int) -> None:
        text, expected = self.notes.toPlainText(), self._notes_version
        while True:
            try:
                saved = meetings.save_notes(self.ctx, item_id, text, expected_version=expected)
                break
            except StaleEdit as conflict:
                theirs = conflict.current
                if theirs.notes != self._notes_base:  # their notes changed too: let the person choose
                    chosen = NotesConflictDialog.resolve(self, text, theirs.notes)
                    if chosen is None:
                        return  # no choice made: the typing stays, unsaved, and the next save asks again
                    text = chosen
                    self._show_notes(text)  # on screen at once: should the save fail, it is not lost
                # else only the title or the time spent changed there: nothing to merge
                self._notes_base, expected = theirs.notes, theirs.version
            except CercleError as error:
                self._notes_dirty = False  # no retry until more typing; the text stays on screen meanwhile
                show_error(self, self.tr("Notes not saved"), error)
                return
        self._notes_version, self._notes_base = saved.version, saved.notes
        self._notes_dirty = False
        self._show_notes(saved.notes)

    def _run(self, title: str, action) -> bool:
        try:
            action()
        except CercleError as error:
            show_error(self, title, error)
            return False
        return True

    def build_agenda(self) -> None:
        if self.detail:
            self._run(
                self.tr("Build the agenda"), lambda: meetings.build_agenda(self.ctx, self.detail.summary.id)
            )

    def add_item(self) -> None:
        if self.detail and self._run(
            self.tr("Add an item"),
            lambda: meetings.add_item(
                self.ctx,
                self.detail.summary.id,
                self.new_title.text(),
                ItemKind(self.new_kind.currentData()),
                self.new_minutes.value(),
            ),
        ):
            self.new_title.clear()

    def move_selected(self, step: int) -> None:
        item = self.selected_item()
        if item is not None:
            self._run(
                self.tr("Move an item"),
                lambda: meetings.move_item(self.ctx, item.id, item.position - 1 + step),
            )
            self.select_item(item.id)

    def remove_selected(self) -> None:
        item = self.selected_item()
        if item is not None and confirm(
            self,
            self.tr("Remove an item"),
            self.tr("Take “{title}” off the agenda?").format(title=item.title),
        ):
            self.flush_notes(leaving=True)
            self._notes_item_id = None
            self._run(self.tr("Remove an item"), lambda: meetings.remove_item(self.ctx, item.id))

    def save_spent(self) -> None:
        item = self.selected_item()
        if item is not None and item.spent_minutes != self.spent.value():
            self._run(
                self.tr("Time spent"),
                lambda: meetings.set_spent_minutes(self.ctx, item.id, self.spent.value()),
            )

    # ------------------------------------------------------------ attendance and roles

    def mark(self, attendance: Attendance) -> None:
        people = selected_rows(self.people_view)
        if self.detail and people:
            warnings = []
            marked = self._run(
                self.tr("Attendance"),
                lambda: warnings.extend(meetings.set_attendance(
                    self.ctx, self.detail.summary.id, {person.member_id: attendance for person in people}
                )),
            )
            if marked:
                names = ", ".join(person.name for person in people)
                done = self.tr("{names}: {attendance}.").format(names=names,
                                                                attendance=self.attendance_labels[attendance])
                notes = [done, *(i18n.message(warning) for warning in warnings)]
                self.attendance_notes.setText("\n".join(notes))

    def save_role(self, role: str) -> None:
        if self.detail:
            member_id = self.role_boxes[role].currentData()
            self._run(
                self.tr("Roles"),
                lambda: meetings.set_roles(self.ctx, self.detail.summary.id, {role: member_id}),
            )

    def suggest_roles(self) -> None:
        if self.detail:
            meeting_id = self.detail.summary.id
            self._run(
                self.tr("Roles"),
                lambda: meetings.set_roles(
                    self.ctx, meeting_id, meetings.suggest_meeting_roles(self.ctx, meeting_id)
                ),
            )

    # ------------------------------------------------------------ actions

    def add_action(self) -> None:
        if self.detail is None or self.owner.currentData() is None:
            return
        due = None
        if self.has_due.isChecked():
            value = self.due.date()
            due = date(value.year(), value.month(), value.day())
        if self._run(
            self.tr("Add an action"),
            lambda: meetings.add_action(
                self.ctx, self.detail.summary.id, self.owner.currentData(), self.description.text(), due
            ),
        ):
            self.description.clear()

    def set_done(self, done: bool) -> None:
        for action in selected_rows(self.actions_view):
            self._run(
                self.tr("Actions"), lambda action=action: meetings.set_action_done(self.ctx, action.id, done)
            )

    # ------------------------------------------------------------ meetings and minutes

    def plan_meeting(self) -> None:
        today = self.ctx.today()
        created = MeetingDialog.plan(self, self.ctx, today)
        if created:
            self.select_meeting(created[0].id)

    def edit_meeting(self) -> None:
        if self.detail:
            self.flush_notes()
            saved = MeetingDialog.edit(self, self.ctx, self.detail.summary)
            if saved and saved.warnings:  # moved to a time when someone present is booked elsewhere
                self.attendance_notes.setText("\n".join(i18n.message(warning) for warning in saved.warnings))

    def mark_held(self) -> None:
        if self.detail:
            self.flush_notes()
            meeting_id = self.detail.summary.id
            if self._run(self.tr("Meeting held"), lambda: meetings.mark_held(self.ctx, meeting_id)):
                self._say_status()

    def approve(self) -> None:
        if self.detail and confirm(
            self,
            self.tr("Approve the minutes"),
            self.tr(
                "Once approved, the minutes can no longer be edited; corrections "
                "are added as errata. Approve?"
            ),
        ):
            self.flush_notes()
            if self._run(
                self.tr("Approve the minutes"),
                lambda: meetings.approve_minutes(self.ctx, self.detail.summary.id),
            ):
                self._say_status()

    def _say_status(self) -> None:
        """The meeting's new status, told to a screen reader: the line above the minutes changed silently."""
        announce(self.minutes_status, self.minutes_status.text())

    def ask_erratum(self) -> None:
        text, accepted = QInputDialog.getMultiLineText(
            self, self.tr("Add an erratum"), self.tr("What is to be corrected in the approved minutes?")
        )
        if accepted:
            self.add_erratum(text)

    def add_erratum(self, text: str) -> bool:
        return bool(self.detail) and self._run(
            self.tr("Add an erratum"), lambda: meetings.add_erratum(self.ctx, self.detail.summary.id, text)
        )

    def ask_export(self, fmt: str) -> None:
        if self.detail is None:
            return
        filters = {
            "odt": self.tr("OpenDocument text (*.odt)"),
            "pdf": self.tr("PDF (*.pdf)"),
            "md": self.tr("Markdown (*.md)"),
        }
        day = self.detail.summary.day.isoformat()
        suggested = self.tr("minutes-{day}.{extension}").format(day=day, extension=fmt)
        self.flush_notes()  # the notes being typed are in the minutes
        meeting_id, ctx = self.detail.summary.id, self.ctx  # read here: the writing runs off the GUI thread
        export_with_dialog(self, self.tr("Export the minutes"), suggested, filters[fmt],
                           lambda path, _chosen: minutes_export.export_minutes(ctx, meeting_id, path, fmt))
