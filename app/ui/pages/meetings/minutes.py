"""The Minutes tab: the meeting held, its minutes approved then corrected by errata, exported, and shown as
they will read."""

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QInputDialog, QLabel, QTextBrowser, QVBoxLayout, QWidget

from app import formatting
from app.domain.meetings import MeetingStatus, has_begun
from app.exports import minutes as minutes_export
from app.services import meetings
from app.services.meetings import MeetingDetail, MeetingSummary
from app.ui.exporting import export_with_dialog
from app.ui.flow_layout import FlowLayout
from app.ui.pages.meetings.common import MeetingHost, button, run, status_labels
from app.ui.widgets import announce, confirm, give_key


class MinutesPanel(QWidget):
    def __init__(self, host: MeetingHost, centre_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.centre_name = centre_name
        self.status_labels = status_labels()
        layout = QVBoxLayout(self)
        self.minutes_status = QLabel()
        self.minutes_status.setWordWrap(True)  # on two lines in a narrow window
        layout.addWidget(self.minutes_status)
        row = FlowLayout()
        self.held_button = button(QCoreApplication.translate("MeetingsPage", "Meeting held"), self.mark_held, row)
        self.approve_button = button(QCoreApplication.translate("MeetingsPage", "Approve the minutes"),
                                     self.approve, row)
        self.erratum_button = button(QCoreApplication.translate("MeetingsPage", "Add an erratum…"),
                                     self.ask_erratum, row)
        row.addStretch()
        layout.addLayout(row)
        exports = FlowLayout()  # a row of its own: six buttons on one line would widen the whole page
        self.export_buttons = {
            fmt: button(label, lambda _checked=False, fmt=fmt: self.ask_export(fmt), exports)
            for fmt, label in (
                ("odt", QCoreApplication.translate("MeetingsPage", "Export ODT…")),
                ("pdf", QCoreApplication.translate("MeetingsPage", "Export PDF…")),
                ("md", QCoreApplication.translate("MeetingsPage", "Export Markdown…")),
            )
        }
        for fmt, key in (("odt", "Ctrl+E"), ("pdf", "Ctrl+P"), ("md", "Ctrl+Shift+E")):
            give_key(self.export_buttons[fmt], key, self.export_buttons[fmt].text().rstrip("…"))
        exports.addStretch()
        layout.addLayout(exports)
        self._at_start = QTimer(self)  # the chosen meeting shown again when it begins: it can be held from then
        self._at_start.setSingleShot(True)
        self._at_start.timeout.connect(lambda: self.show_meeting(self.host.detail))
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(QCoreApplication.translate("MeetingsPage", "The minutes"))
        layout.addWidget(self.preview, 1)

    def show_meeting(self, detail: MeetingDetail | None) -> None:
        status = detail.summary.status if detail else None
        begun = detail is None or self._begun(detail.summary)
        self.held_button.setEnabled(status == MeetingStatus.PLANNED and begun)
        self.approve_button.setEnabled(status == MeetingStatus.HELD and begun)
        why = "" if begun else QCoreApplication.translate(
            "MeetingsPage", "The meeting has not begun: it is marked held, and its minutes approved, once it has.")
        for widget in (self.held_button, self.approve_button):
            widget.setToolTip(why)
        self.erratum_button.setEnabled(status == MeetingStatus.APPROVED)
        self.minutes_status.setText(self._status_text(detail))
        self.preview.setHtml(
            minutes_export.minutes_html(minutes_export.Minutes(detail, self.centre_name)) if detail else ""
        )

    def _begun(self, meeting: MeetingSummary) -> bool:
        """Whether ``meeting`` has begun; if it begins within a day, the buttons are enabled again then."""
        now = self.host.ctx.local_now()
        if has_begun(meeting.day, meeting.start, now):
            return True
        wait = datetime.combine(meeting.day, meeting.start, tzinfo=now.tzinfo) - self.host.ctx.now()  # in UTC
        if wait <= timedelta(days=1):  # the page open until then, most likely; far below a QTimer's 24.8 days
            self._at_start.start(int(wait.total_seconds() * 1000) + 1)
        return False

    def _status_text(self, detail: MeetingDetail | None) -> str:
        if detail is None:
            return ""
        summary = detail.summary
        return QCoreApplication.translate("MeetingsPage", "{title}, {day}, {start}–{end}: {status}").format(
            title=summary.title,
            day=formatting.long_date(summary.day),
            start=formatting.clock(summary.start),
            end=formatting.clock(summary.end),
            status=self.status_labels[summary.status],
        )

    def mark_held(self) -> None:
        detail = self.host.detail
        if detail:
            self.host.flush_notes()
            meeting_id = detail.summary.id
            if run(self, QCoreApplication.translate("MeetingsPage", "Meeting held"),
                   lambda: meetings.mark_held(self.host.ctx, meeting_id)):
                self._say_status()

    def approve(self) -> None:
        detail = self.host.detail
        if detail and confirm(
            self,
            QCoreApplication.translate("MeetingsPage", "Approve the minutes"),
            QCoreApplication.translate(
                "MeetingsPage",
                "Once approved, the minutes can no longer be edited; corrections "
                "are added as errata. Approve?"
            ),
        ):
            self.host.flush_notes()
            if run(self, QCoreApplication.translate("MeetingsPage", "Approve the minutes"),
                   lambda: meetings.approve_minutes(self.host.ctx, detail.summary.id)):
                self._say_status()

    def _say_status(self) -> None:
        """The meeting's new status, told to a screen reader: the line above the minutes changed silently."""
        announce(self.minutes_status, self.minutes_status.text())

    def ask_erratum(self) -> None:
        text, accepted = QInputDialog.getMultiLineText(
            self, QCoreApplication.translate("MeetingsPage", "Add an erratum"),
            QCoreApplication.translate("MeetingsPage", "What is to be corrected in the approved minutes?")
        )
        if accepted:
            self.add_erratum(text)

    def add_erratum(self, text: str) -> bool:
        detail = self.host.detail
        if not detail:
            return False
        return run(
            self, QCoreApplication.translate("MeetingsPage", "Add an erratum"),
            lambda: meetings.add_erratum(self.host.ctx, detail.summary.id, text)
        )

    def ask_export(self, fmt: str) -> None:
        detail = self.host.detail
        if detail is None:
            return
        filters = {
            "odt": QCoreApplication.translate("MeetingsPage", "OpenDocument text (*.odt)"),
            "pdf": QCoreApplication.translate("MeetingsPage", "PDF (*.pdf)"),
            "md": QCoreApplication.translate("MeetingsPage", "Markdown (*.md)"),
        }
        day = detail.summary.day.isoformat()
        suggested = QCoreApplication.translate("MeetingsPage", "minutes-{day}.{extension}").format(
            day=day, extension=fmt)
        self.host.flush_notes()  # the notes being typed are in the minutes
        meeting_id, ctx = detail.summary.id, self.host.ctx  # read here: the writing runs off the GUI thread
        export_with_dialog(self, QCoreApplication.translate("MeetingsPage", "Export the minutes"), suggested,
                           filters[fmt],
                           lambda path, _chosen: minutes_export.export_minutes(ctx, meeting_id, path, fmt))
