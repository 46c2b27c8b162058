"""Plan a meeting or edit its details: title, kind, day, hours, room, place; optionally a series repeating by
a rule (every n weeks, monthly on a date or on a weekday). ``NotesConflictDialog`` settles notes of an agenda
item saved elsewhere while they were typed here."""

from datetime import date, time
from functools import partial
from typing import cast

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app import formatting, i18n
from app.domain.meetings import MEETING_KIND_LABELS, MeetingKind, merge_notes
from app.services import meetings
from app.services.errors import StaleEdit
from app.services.meetings import MeetingDraft, MeetingSummary
from app.ui.desk import run_modal
from app.ui.dialogs.base import ServiceDialog
from app.ui.dialogs.conflict import EditedElsewhereDialog
from app.ui.dialogs.fields import date_edit, qdate
from app.ui.dialogs.rooms import room_picker
from app.ui.repeat import MEETINGS, RepeatEditor


def _details(summary: MeetingSummary) -> tuple:
    """What the dialog edits of a meeting (its version also moves with the agenda, roles, attendance)."""
    return (
        summary.kind, summary.title, summary.day, summary.start, summary.end, summary.place, summary.room_id
    )


class MeetingDialog(ServiceDialog[MeetingSummary | list[MeetingSummary]]):
    """Use :meth:`plan` or :meth:`edit`; the services validate, the dialog shows their message inline.

    An edit saved over details someone saved meanwhile shows both and lets the person keep theirs, take
    the other or go back to editing (a meeting whose agenda or attendance changed meanwhile, details
    untouched, is no conflict).
    """

    def __init__(
        self, ctx, day: date, parent: QWidget | None = None, meeting: MeetingSummary | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.meeting = meeting
        self.setWindowTitle(self.tr("Edit the meeting") if meeting else self.tr("Plan a meeting"))
        if meeting is not None:
            day = meeting.day
        form = QFormLayout(self)
        self.title = QLineEdit(self.tr("Team meeting"))
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setMaxLength(meetings.MAX_TITLE)
        form.addRow(self.tr("Title"), self.title)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind"))
        for kind, label in MEETING_KIND_LABELS.items():
            self.kind.addItem(i18n.translate(label), kind.value)
        form.addRow(self.tr("Kind"), self.kind)
        self.day = date_edit(day, self.tr("Day"))
        form.addRow(self.tr("Day"), self.day)
        self.start = QTimeEdit(QTime(12, 30))
        self.start.setAccessibleName(self.tr("Starts at"))
        form.addRow(self.tr("Starts at"), self.start)
        self.end = QTimeEdit(QTime(14, 0))
        self.end.setAccessibleName(self.tr("Ends at"))
        form.addRow(self.tr("Ends at"), self.end)
        self.room = room_picker(ctx, meeting.room_id if meeting else None, self.tr("No room"))
        self.room.setAccessibleName(self.tr("Room"))
        form.addRow(self.tr("Room"), self.room)
        self.place = QLineEdit()
        self.place.setAccessibleName(self.tr("Place"))
        self.place.setMaxLength(meetings.MAX_PLACE)  # what is kept, seen as it is typed
        form.addRow(self.tr("Place"), self.place)
        self.repeat = RepeatEditor(self._first(), partial(meetings.series_days, ctx),
                                   MEETINGS, self)
        self.repeat.add_to(form)
        self.day.dateChanged.connect(lambda _day: self.repeat.set_first(self._first()))
        if meeting is not None:
            self._show(meeting)
            self.repeat.set_visible(form, False)  # a series is planned, not made of one meeting later
        self.add_buttons(form)
        self.say_if_outside_calendar(meeting.day if meeting else None)

    def _first(self) -> date:
        day = self.day.date()
        return date(day.year(), day.month(), day.day())

    def _show(self, meeting: MeetingSummary) -> None:
        self.title.setText(meeting.title)
        self.kind.setCurrentIndex(max(0, self.kind.findData(meeting.kind.value)))
        self.day.setDate(qdate(meeting.day))
        self.start.setTime(QTime(meeting.start.hour, meeting.start.minute))
        self.end.setTime(QTime(meeting.end.hour, meeting.end.minute))
        self.place.setText(meeting.place)
        self.room.setCurrentIndex(max(0, self.room.findData(meeting.room_id)))

    def draft(self) -> MeetingDraft:
        day, start, end = self.day.date(), self.start.time(), self.end.time()
        return MeetingDraft(
            title=self.title.text(),
            kind=MeetingKind(self.kind.currentData()),
            day=date(day.year(), day.month(), day.day()),
            start=time(start.hour(), start.minute()),
            end=time(end.hour(), end.minute()),
            place=self.place.text(),
            room_id=self.room.currentData(),
        )

    def call_service(self) -> MeetingSummary | list[MeetingSummary]:
        """The meeting edited, or the meetings planned."""
        if self.meeting is not None:
            return meetings.update_meeting(
                self.ctx, self.meeting.id, self.draft(), expected_version=self.meeting.version
            )
        if self.repeat.repeats():
            return meetings.create_series(self.ctx, self.draft(), self.repeat.rule(), self.repeat.chosen())
        return [meetings.create_meeting(self.ctx, self.draft())]

    def resolve(self, conflict: StaleEdit) -> None:
        """Someone saved this meeting meanwhile: when its details changed, show both and let the person keep
        theirs, take the other or go back to editing; when only its agenda, roles or attendance did, save
        quietly (the details overwrite nothing then)."""
        theirs = conflict.current
        assert isinstance(theirs, MeetingSummary), "the service says it with the record as saved"
        assert self.meeting is not None, "only an edit meets a newer version"
        if _details(theirs) == _details(self.meeting):
            self.meeting = theirs  # from now on the edit starts from what was saved
            self.save()
            return
        mine = self.draft()
        labels = {self.kind.itemData(row): self.kind.itemText(row) for row in range(self.kind.count())}
        rows = [
            (self.tr("Title"), mine.title, theirs.title),
            (self.tr("Kind"), labels[mine.kind], labels[theirs.kind]),
            (self.tr("Day"), formatting.long_date(mine.day), formatting.long_date(theirs.day)),
            (self.tr("Starts at"), formatting.clock(mine.start), formatting.clock(theirs.start)),
            (self.tr("Ends at"), formatting.clock(mine.end), formatting.clock(theirs.end)),
            (self.tr("Room"), self._room_name(mine.room_id), self._room_name(theirs.room_id)),
            (self.tr("Place"), mine.place, theirs.place),
        ]
        text = self.tr("Someone else saved this meeting while you were editing it.")
        EditedElsewhereDialog.settle(self, text, rows, theirs, edited="meeting")

    def _room_name(self, room_id: int | None) -> str:
        index = self.room.findData(room_id)
        return self.room.itemText(index) if index >= 0 else ""

    @classmethod
    def plan(cls, parent: QWidget, ctx, day: date) -> list[MeetingSummary]:
        """Plan a meeting or a series from ``day``; returns the meetings planned (none if cancelled)."""
        return cast(list[MeetingSummary] | None, cls.run(parent, ctx, day)) or []  # planned: a list

    @classmethod
    def edit(cls, parent: QWidget, ctx, meeting: MeetingSummary) -> MeetingSummary | None:
        """Edit the details of ``meeting``; returns the meeting as saved, or None if nothing was saved."""
        return cast(MeetingSummary | None, cls.run(parent, ctx, meeting.day, meeting=meeting))


class NotesConflictDialog(QDialog):
    """Notes of an agenda item saved elsewhere while these were typed: both side by side, and a merge to
    check and edit. Use :meth:`resolve`.

    The person chooses one of the three buttons: Escape and the close button do nothing, so that neither
    text can be dropped without a decision.
    """

    def __init__(self, mine: str, theirs: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen: str | None = None
        self.setWindowTitle(self.tr("Notes edited elsewhere"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Someone else saved the notes of this item while you were typing yours. "
            "Nothing is saved until you choose what to keep."
        ))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        sides = QHBoxLayout()
        self.mine = self._side(sides, self.tr("Your notes"), mine)
        self.theirs = self._side(sides, self.tr("Notes saved elsewhere"), theirs)
        layout.addLayout(sides, 1)
        layout.addWidget(QLabel(self.tr("Merged notes: theirs, then your lines that they do not have")))
        self.merged = QPlainTextEdit(merge_notes(mine, theirs))
        self.merged.setAccessibleName(self.tr("Merged notes"))
        self.merged.setTabChangesFocus(True)
        layout.addWidget(self.merged, 1)
        row = QHBoxLayout()
        self.keep_button = QPushButton(self.tr("Keep mine"))
        self.keep_button.clicked.connect(lambda: self._choose(mine))
        self.take_button = QPushButton(self.tr("Take theirs"))
        self.take_button.clicked.connect(lambda: self._choose(theirs))
        self.merge_button = QPushButton(self.tr("Save the merged notes"))
        self.merge_button.clicked.connect(lambda: self._choose(self.merged.toPlainText()))
        self.merge_button.setDefault(True)
        row.addStretch(1)
        for widget in (self.keep_button, self.take_button, self.merge_button):
            widget.setAutoDefault(False)
            row.addWidget(widget)
        layout.addLayout(row)
        self.resize(820, 520)

    @staticmethod
    def _side(row: QHBoxLayout, title: str, text: str) -> QPlainTextEdit:
        column = QVBoxLayout()
        column.addWidget(QLabel(title))
        view = QPlainTextEdit(text)
        view.setReadOnly(True)
        view.setTabChangesFocus(True)
        view.setAccessibleName(title)
        column.addWidget(view, 1)
        row.addLayout(column, 1)
        return view

    def _choose(self, text: str) -> None:
        self.chosen = text
        self.accept()

    def reject(self) -> None:
        """Escape and the close button: not a choice (see the class)."""

    @classmethod
    def resolve(cls, parent: QWidget, mine: str, theirs: str) -> str | None:
        """The notes to save: mine, theirs or the merge, as the person chose (None only if the dialog was
        ended without a choice, e.g. by its parent closing)."""
        dialog = cls(mine, theirs, parent)
        try:
            run_modal(dialog)
            return dialog.chosen
        finally:
            dialog.deleteLater()
