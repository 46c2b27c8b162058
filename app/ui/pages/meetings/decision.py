"""Meeting mode for a decision item: positions stated aloud by those present, then the close."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app import formatting, i18n
from app.domain.consensus import Stance
from app.domain.meetings import Attendance, MeetingStatus, takes_positions
from app.domain.members import name_key
from app.exports import minutes as minutes_export
from app.exports.decisions import stance_label
from app.services import meetings
from app.services.meetings import AgendaItemView, DecisionView, MeetingSummary
from app.ui.flow_layout import FlowLayout
from app.ui.pages.meetings.common import MeetingHost, button, run
from app.ui.widgets import confirm, fit_placeholder


class DecisionPanel(QGroupBox):
    """Shown under the notes while a decision item is chosen: the count so far, a position to record, the
    close with its statement."""

    def __init__(self, host: MeetingHost, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("MeetingsPage", "Decision in the meeting"), parent)
        self.host = host
        self.item: AgendaItemView | None = None
        self.shown: DecisionView | None = None  # the decision as the panel shows it, its text in the tooltip
        self.open = False  # its positions recorded and its close made here: open, in a meeting whose day has come
        self.saving = False  # from a click on "Record the position" until the service has answered
        layout = QVBoxLayout(self)
        self.tally = QLabel()
        self.tally.setWordWrap(True)
        layout.addWidget(self.tally)
        row = FlowLayout()  # in a narrow window, the reason and the button go down a line
        self.voter = QComboBox()
        self.voter.setAccessibleName(QCoreApplication.translate("MeetingsPage", "Member stating a position"))
        self.voter.setPlaceholderText(QCoreApplication.translate("MeetingsPage", "Mark who is present first"))
        self.voter.setMinimumContentsLength(18)
        self.stance = QComboBox()
        self.stance.setAccessibleName(QCoreApplication.translate("MeetingsPage", "Position"))
        for stance in Stance:
            self.stance.addItem(stance_label(stance), stance.value)
        # No stance until one is chosen for the member stating it: none left over from the member before.
        self.stance.setPlaceholderText(QCoreApplication.translate("MeetingsPage", "Position stated"))
        self.stance.setCurrentIndex(-1)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(QCoreApplication.translate("MeetingsPage", "Reason (required for a block)"))
        self.reason.setAccessibleName(QCoreApplication.translate("MeetingsPage", "Reason of the position"))
        fit_placeholder(self.reason)
        for widget in (self.voter, self.stance, self.reason):
            row.addWidget(widget)  # the reason, which expands, takes the room left on its line
        self.record_button = button(
            QCoreApplication.translate("MeetingsPage", "Record the position"), self.record_position, row)
        layout.addLayout(row)
        statement_row = QHBoxLayout()
        self.statement = QLineEdit()
        self.statement.setPlaceholderText(QCoreApplication.translate("MeetingsPage", "What was decided, in a sentence"))
        self.statement.setAccessibleName(QCoreApplication.translate("MeetingsPage", "Statement of the decision"))
        statement_row.addWidget(self.statement, 1)
        self.close_button = button(
            QCoreApplication.translate("MeetingsPage", "Close the decision"), self.close_decision, statement_row)
        layout.addLayout(statement_row)
        self.not_yet = QLabel()  # why nothing can be recorded yet, said rather than left to a greyed button
        self.not_yet.setWordWrap(True)
        layout.addWidget(self.not_yet)
        self.voter.currentIndexChanged.connect(self._enable_record)
        self.stance.currentIndexChanged.connect(self._enable_record)
        self.hide()

    def show_item(self, item: AgendaItemView | None) -> None:
        """The decision of ``item`` in the chosen meeting, if it is a proposal's; else nothing shown."""
        self.item = item
        detail = self.host.detail
        decision = None
        if item is not None and item.proposal_id is not None and detail is not None:
            decision = next((d for d in detail.decisions if d.proposal_id == item.proposal_id), None)
        if _text_of(decision) != _text_of(self.shown):
            self.stance.setCurrentIndex(-1)  # a stance chosen on another decision or wording is not one on this
        self.shown = decision
        self.setVisible(decision is not None)
        if decision is None or detail is None:
            return
        self._show_tally(decision)
        self._show_open(decision, detail.summary)
        chosen = self.voter.currentData()
        self.voter.clear()
        for person in detail.attendance:
            if person.attendance == Attendance.PRESENT:
                self.voter.addItem(person.name, person.member_id)
        # With a placeholder, a filled combo starts on no one: choose the same person again, or the first.
        self.voter.setCurrentIndex(max(0, self.voter.findData(chosen)) if self.voter.count() else -1)
        self._enable_record()

    def _show_open(self, decision: DecisionView, meeting: MeetingSummary) -> None:
        """Enable what can be done on ``decision`` in ``meeting`` now, and say why not when its day is to come."""
        editable = decision.status == "open" and meeting.status != MeetingStatus.APPROVED
        day_come = takes_positions(meeting.day, self.host.ctx.today())
        self.open = editable and day_come
        for widget in (self.voter, self.stance, self.reason, self.statement, self.close_button):
            widget.setEnabled(self.open)
        why = "" if self.open or not editable else QCoreApplication.translate(
            "MeetingsPage", "Positions are recorded, and the decision closed, on the day of the meeting ({day})."
        ).format(day=formatting.long_date(meeting.day))
        self.not_yet.setText(why)
        self.not_yet.setVisible(bool(why))
        for widget in (self.record_button, self.close_button):
            widget.setToolTip(why)

    def _enable_record(self) -> None:
        """A position is recorded once both the member and the position they state are chosen."""
        self.record_button.setEnabled(
            self.open and not self.saving and self.voter.currentIndex() >= 0 and self.stance.currentIndex() >= 0
        )

    def _show_tally(self, decision: DecisionView) -> None:
        counts = QCoreApplication.translate(
            "MeetingsPage", "Agree {agree} · stand aside {aside} · abstain {abstain} · block {block}").format(
            agree=decision.agree, aside=decision.stand_aside, abstain=decision.abstain, block=decision.block
        )
        blocks = "".join(
            "\n" + i18n.fill(QCoreApplication.translate("MeetingsPage", "Block by {name}: {reason}"),
                             name=b.name, reason=b.reason)
            for b in sorted(decision.blocks, key=lambda b: name_key(b.name))
        )
        outcome = minutes_export.statement_line(decision) if decision.statement else ""
        text = "\n".join(part for part in (counts + blocks, outcome) if part)
        self.tally.setText(text)
        self.tally.setToolTip(decision.text)
        # Room for every line (and a little wrapping): the notes above take whatever height is left.
        self.tally.setMinimumHeight(self.tally.fontMetrics().lineSpacing() * (text.count("\n") + 2))

    def record_position(self) -> None:
        detail, shown, member, stance = self.host.detail, self.shown, self.voter.currentData(), self.stance.currentData()
        if self.saving or detail is None or shown is None or member is None or stance is None:
            return  # a second click while the first one saves (a double click), or nothing chosen
        self.saving = True
        self._enable_record()
        try:
            recorded = run(
                self,
                QCoreApplication.translate("MeetingsPage", "Record the position"),
                lambda: meetings.record_position(
                    self.host.ctx, detail.summary.id, shown.proposal_id, member, Stance(stance),
                    self.reason.text(), text_version=shown.version,
                ),
            )
        finally:
            self.saving = False
        if recorded:  # on to the next member, whose position is theirs to state: never this one's
            self.reason.clear()
            self.stance.setCurrentIndex(-1)
            self.voter.setCurrentIndex(min(self.voter.currentIndex() + 1, self.voter.count() - 1))
        self._enable_record()

    def close_decision(self) -> None:
        item, detail = self.item, self.host.detail
        if detail is None or item is None or item.proposal_id is None:
            return
        if not confirm(
            self,
            QCoreApplication.translate("MeetingsPage", "Close the decision"),
            QCoreApplication.translate(
                "MeetingsPage", "Close “{title}” now? The outcome follows from the positions.").format(title=item.title),
        ):
            return
        meeting_id, proposal_id = detail.summary.id, item.proposal_id
        if run(
            self,
            QCoreApplication.translate("MeetingsPage", "Close the decision"),
            lambda: meetings.close_decision(self.host.ctx, meeting_id, proposal_id, self.statement.text()),
        ):
            self.statement.clear()


def _text_of(decision: DecisionView | None) -> tuple[int, int | None] | None:
    """Which proposal, in which wording, ``decision`` puts to those present."""
    return (decision.proposal_id, decision.version) if decision else None
