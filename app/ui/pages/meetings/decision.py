"""Meeting mode for a decision item: positions stated aloud by those present, then the close."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app import i18n
from app.domain.consensus import Stance
from app.domain.meetings import Attendance, MeetingStatus
from app.domain.members import name_key
from app.exports import minutes as minutes_export
from app.exports.decisions import stance_label
from app.services import meetings
from app.services.meetings import AgendaItemView, DecisionView
from app.ui.pages.meetings.common import MeetingHost, button, run
from app.ui.widgets import confirm


class DecisionPanel(QGroupBox):
    """Shown under the notes while a decision item is chosen: the count so far, a position to record, the
    close with its statement."""

    def __init__(self, host: MeetingHost, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("MeetingsPage", "Decision in the meeting"), parent)
        self.host = host
        self.item: AgendaItemView | None = None
        self.shown: DecisionView | None = None  # the decision as the panel shows it, its text in the tooltip
        layout = QVBoxLayout(self)
        self.tally = QLabel()
        self.tally.setWordWrap(True)
        layout.addWidget(self.tally)
        row = QHBoxLayout()
        self.voter = QComboBox()
        self.voter.setAccessibleName(QCoreApplication.translate("MeetingsPage", "Member stating a position"))
        self.voter.setPlaceholderText(QCoreApplication.translate("MeetingsPage", "Mark who is present first"))
        self.voter.setMinimumContentsLength(18)
        self.stance = QComboBox()
        self.stance.setAccessibleName(QCoreApplication.translate("MeetingsPage", "Position"))
        for stance in Stance:
            self.stance.addItem(stance_label(stance), stance.value)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(QCoreApplication.translate("MeetingsPage", "Reason (required for a block)"))
        self.reason.setAccessibleName(QCoreApplication.translate("MeetingsPage", "Reason of the position"))
        for widget in (self.voter, self.stance, self.reason):
            row.addWidget(widget, 1 if widget is self.reason else 0)
        self.record_button = button(
            QCoreApplication.translate("MeetingsPage", "Record the position"), self.record_position, row)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.statement = QLineEdit()
        self.statement.setPlaceholderText(QCoreApplication.translate("MeetingsPage", "What was decided, in a sentence"))
        self.statement.setAccessibleName(QCoreApplication.translate("MeetingsPage", "Statement of the decision"))
        row.addWidget(self.statement, 1)
        self.close_button = button(
            QCoreApplication.translate("MeetingsPage", "Close the decision"), self.close_decision, row)
        layout.addLayout(row)
        self.hide()

    def show_item(self, item: AgendaItemView | None) -> None:
        """The decision of ``item`` in the chosen meeting, if it is a proposal's; else nothing shown."""
        self.item = item
        detail = self.host.detail
        decision = None
        if item is not None and item.proposal_id is not None and detail is not None:
            decision = next((d for d in detail.decisions if d.proposal_id == item.proposal_id), None)
        self.shown = decision
        self.setVisible(decision is not None)
        if decision is None or detail is None:
            return
        self._show_tally(decision)
        is_open = decision.status == "open" and detail.summary.status != MeetingStatus.APPROVED
        for widget in (self.voter, self.stance, self.reason, self.record_button, self.statement, self.close_button):
            widget.setEnabled(is_open)
        chosen = self.voter.currentData()
        self.voter.clear()
        for person in detail.attendance:
            if person.attendance == Attendance.PRESENT:
                self.voter.addItem(person.name, person.member_id)
        # With a placeholder, a filled combo starts on no one: choose the same person again, or the first.
        self.voter.setCurrentIndex(max(0, self.voter.findData(chosen)) if self.voter.count() else -1)

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
        detail, shown = self.host.detail, self.shown
        if detail is None or shown is None or self.voter.currentData() is None:
            return
        meeting_id, proposal_id = detail.summary.id, shown.proposal_id
        if run(
            self,
            QCoreApplication.translate("MeetingsPage", "Record the position"),
            lambda: meetings.record_position(
                self.host.ctx, meeting_id, proposal_id, self.voter.currentData(),
                Stance(self.stance.currentData()), self.reason.text(), text_version=shown.version,
            ),
        ):
            self.reason.clear()
            self.voter.setCurrentIndex(min(self.voter.currentIndex() + 1, self.voter.count() - 1))

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
