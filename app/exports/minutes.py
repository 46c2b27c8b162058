"""The minutes of a meeting as ODT (LibreOffice, Word), A4 PDF or Markdown, in the interface language.

``cercle minutes export MEETING_ID --format odt|pdf|md --output FILE`` and the Minutes tab both call
:func:`export_minutes`. Files are written to a temporary file and renamed: never half-written.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from app import formatting, i18n
from app.domain import people as people_rules
from app.domain.consensus import Outcome, ProposalStatus
from app.domain.errors import QT_TRANSLATE_NOOP
from app.domain.meetings import PARTNER_KINDS, Attendance, ItemKind
from app.domain.members import name_key
from app.exports.decision_labels import outcome_label, status_label
from app.exports.document import (
    Bullets,
    Document,
    Heading,
    Paragraph,
    Table,
    to_html,
    to_markdown,
    write_document_pdf,
    write_odt,
)
from app.exports.documents import write_text
from app.services import centre, meetings
from app.services.context import Context
from app.services.meetings import DecisionView, GuestView, MeetingDetail, PartnerAttendance

FORMATS = ("odt", "pdf", "md")
CONTEXT = "Minutes"

ROLE_LABELS = {
    "facilitator": QT_TRANSLATE_NOOP("Minutes", "Facilitator"),
    "minute_taker": QT_TRANSLATE_NOOP("Minutes", "Minute-taker"),
    "time_keeper": QT_TRANSLATE_NOOP("Minutes", "Time-keeper"),
}
ATTENDANCE_LABELS = {
    Attendance.PRESENT: QT_TRANSLATE_NOOP("Minutes", "Present"),
    Attendance.EXCUSED: QT_TRANSLATE_NOOP("Minutes", "Excused"),
    Attendance.ABSENT: QT_TRANSLATE_NOOP("Minutes", "Absent"),
}
KIND_LABELS = {
    ItemKind.INFORMATION: QT_TRANSLATE_NOOP("Minutes", "information"),
    ItemKind.DISCUSSION: QT_TRANSLATE_NOOP("Minutes", "discussion"),
    ItemKind.DECISION: QT_TRANSLATE_NOOP("Minutes", "decision"),
    ItemKind.CARE_REVIEW: QT_TRANSLATE_NOOP("Minutes", "care pathway review"),
}


def _day(day) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def _short(day) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def _clock(moment) -> str:
    return QLocale().toString(QTime(moment.hour, moment.minute), "HH:mm")


def _minutes(value: int) -> str:
    """10 min; past an hour, the reader's way (« 1 h 30 », "1 h 30 min")."""
    return formatting.duration(value) if value >= 60 else f"{value} min"


class Minutes:
    """The text of the minutes, once, for the three formats."""

    def __init__(self, detail: MeetingDetail, centre_name: str) -> None:
        self.detail = detail
        self.centre_name = centre_name
        summary = detail.summary
        self.title = summary.title
        self.when = QCoreApplication.translate("Minutes", "{day}, {start}–{end}").format(
            day=_day(summary.day), start=_clock(summary.start), end=_clock(summary.end)
        )
        self.place = summary.place
        self.status = (
            QCoreApplication.translate("Minutes", "Approved minutes")
            if detail.approved_at
            else QCoreApplication.translate("Minutes", "Draft minutes")
        )

    def attendance(self) -> list[tuple[str, str]]:
        return [
            (
                QCoreApplication.translate("Minutes", ATTENDANCE_LABELS[state]),
                ", ".join(self.detail.people(state)) or "—",
            )
            for state in Attendance
        ]

    def partners(self) -> list[tuple[str, str]]:
        """« Partenaires présents : CPAM (Mme Roy), ARS »: when organisations came, or the meeting is one with
        partners (then "—" says that none came)."""
        present = self.detail.partners
        if not present and self.detail.summary.kind not in PARTNER_KINDS:
            return []
        return [(QCoreApplication.translate("Minutes", "Partners present"),
                 ", ".join(map(partner_with_contacts, present)) or "—")]
    def guests(self) -> list[tuple[str, str]]:
        """The inhabitants and habitants-relais who came (partners' contacts are named with their organisation)."""
        named = [guest for guest in self.detail.guests if guest.partner_id is None or guest.erased]
        if not named:
            return []
        return [(QCoreApplication.translate("Minutes", "Inhabitants present"), ", ".join(map(guest_name, named)))]

    def roles(self) -> list[tuple[str, str]]:
        return [
            (QCoreApplication.translate("Minutes", label), self.detail.role_name(role) or "—")
            for role, label in ROLE_LABELS.items()
        ]

    def item_heading(self, number: int, item) -> str:
        return QCoreApplication.translate("Minutes", "{number}. {title} ({kind}, {minutes})").format(
            number=number,
            title=item.title,
            kind=QCoreApplication.translate("Minutes", KIND_LABELS[item.kind]),
            minutes=_minutes(item.spent_minutes or item.planned_minutes),
        )

    def decision_lines(self, decision: DecisionView) -> list[str]:
        lines = [QCoreApplication.translate("Minutes", "Proposal: {text}").format(text=decision.text)]
        outcome = QCoreApplication.translate("Minutes", "Outcome: {outcome}")
        lines.append(outcome.format(outcome=_outcome(decision)))
        if decision.statement:
            lines.append(statement_line(decision))
        lines.append(
            QCoreApplication.translate(
                "Minutes", "Agree {agree} · stand aside {aside} · abstain {abstain} · block {block}"
            ).format(
                agree=decision.agree,
                aside=decision.stand_aside,
                abstain=decision.abstain,
                block=decision.block,
            )
        )
        lines += [
            i18n.fill(QCoreApplication.translate("Minutes", "Block by {name}: {reason}"),
                      name=b.name, reason=b.reason)
            for b in sorted(decision.blocks, key=lambda b: name_key(b.name))
        ]
        return lines

    def actions(self) -> list[tuple[str, str, str]]:
        return [(a.owner_name, a.description, _short(a.due) if a.due else "—") for a in self.detail.actions]

    def next_meeting(self) -> str:
        following = self.detail.next_meeting
        if following is None:
            return QCoreApplication.translate("Minutes", "Not planned yet.")
        text = QCoreApplication.translate("Minutes", "{title}, {day}, {start}–{end}").format(
            title=following.title,
            day=_day(following.day),
            start=_clock(following.start),
            end=_clock(following.end),
        )
        return f"{text}, {following.place}" if following.place else text

    def decisions_by_proposal(self) -> dict[int, DecisionView]:
        return {d.proposal_id: d for d in self.detail.decisions}


def partner_with_contacts(partner: PartnerAttendance) -> str:
    """"CPAM (Agnès Roy, Paul Petit)", or the organisation alone when nobody is named for it."""
    if not partner.contacts:
        return partner.name
    return QCoreApplication.translate("Minutes", "{partner} ({contacts})").format(
        partner=partner.name, contacts=", ".join(sorted(partner.contacts, key=name_key)))
def guest_name(guest: GuestView) -> str:
    """"Awa (habitante-relais)", or "Personne effacée" once forgotten."""
    if guest.erased:
        return QCoreApplication.translate("Minutes", "Erased person")
    return f"{guest.name} ({QCoreApplication.translate('People', people_rules.ROLE_LABELS[guest.role]).lower()})"


def _outcome(decision: DecisionView) -> str:
    status = status_label(ProposalStatus(decision.status))
    return outcome_label(Outcome(decision.outcome)) if decision.outcome else status


def statement_line(decision: DecisionView) -> str:
    """"Decided: …" for an adopted proposal, "Conclusion: …" for another, the outcome not said twice
    (the minutes and the Meetings page)."""
    labels = (status_label(ProposalStatus(decision.status)), _outcome(decision))
    adopted = decision.status == ProposalStatus.ADOPTED
    label = (QCoreApplication.translate("Minutes", "Decided: {statement}") if adopted
             else QCoreApplication.translate("Minutes", "Conclusion: {statement}"))
    return label.format(statement=without_label(decision.statement, labels))


def without_label(statement: str, labels: tuple[str, ...]) -> str:
    """The statement without the outcome it may start with ("Non adoptée : nous gardons…" after
    "Résultat : non adoptée"), so that the line does not say it twice, with two colons."""
    for label in labels:
        if label and statement[:len(label)].casefold() == label.casefold():
            rest = statement[len(label):].lstrip(" \u00a0\u202f")
            if rest.startswith((":", "—", "-", ",")):
                return rest[1:].strip() or statement
    return statement


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def minutes_document(minutes: Minutes) -> Document:
    """The minutes as a document: the centre, the meeting as title, when and where, then the sections."""
    subtitle = f"{minutes.when} — {minutes.place}" if minutes.place else minutes.when
    blocks: list = [
        Paragraph(minutes.status, emphasis=True),
        Heading(QCoreApplication.translate("Minutes", "Attendance and roles"), 1),
        Table(
            (QCoreApplication.translate("Minutes", "Who"), QCoreApplication.translate("Minutes", "Names")),
            minutes.attendance() + minutes.partners() + minutes.guests() + minutes.roles(),
            widths=(1, 3),
        ),
        Heading(QCoreApplication.translate("Minutes", "Agenda"), 1),
    ]
    decisions = minutes.decisions_by_proposal()
    for number, item in enumerate(minutes.detail.items, start=1):
        blocks.append(Heading(minutes.item_heading(number, item), 2))
        blocks += [Paragraph(line) for line in _lines(item.notes)]
        if item.proposal_id in decisions:
            blocks += [
                Paragraph(line, emphasis=True) for line in minutes.decision_lines(decisions[item.proposal_id])
            ]
    blocks.append(Heading(QCoreApplication.translate("Minutes", "Actions"), 1))
    actions = minutes.actions()
    blocks.append(
        Table(
            (
                QCoreApplication.translate("Minutes", "Who"),
                QCoreApplication.translate("Minutes", "What"),
                QCoreApplication.translate("Minutes", "By when"),
            ),
            actions,
            widths=(2, 5, 2),
        )
        if actions
        else Paragraph(QCoreApplication.translate("Minutes", "No action decided."))
    )
    if minutes.detail.errata:
        blocks.append(Heading(QCoreApplication.translate("Minutes", "Errata"), 1))
        blocks.append(Bullets(tuple(f"{_short(e.day)} — {e.text}" for e in minutes.detail.errata)))
    blocks.append(Heading(QCoreApplication.translate("Minutes", "Next meeting"), 1))
    blocks.append(Paragraph(minutes.next_meeting()))
    return Document(title=minutes.title, subtitle=subtitle, blocks=blocks, organisation=minutes.centre_name)


def minutes_html(minutes: Minutes) -> str:
    return to_html(minutes_document(minutes))


def minutes_markdown(minutes: Minutes) -> str:
    return to_markdown(minutes_document(minutes))


def minutes_of(ctx: Context, meeting_id: int) -> Minutes:
    found = centre.get_centre(ctx)
    return Minutes(meetings.get_meeting(ctx, meeting_id), found.name if found else "")


def export_minutes(ctx: Context, meeting_id: int, path: Path, format: str) -> Path:
    """Write the minutes of ``meeting_id`` to ``path`` as odt, pdf or md. Raises ExportFailed, NotFound."""
    if format not in FORMATS:
        raise ValueError(format)
    minutes = minutes_of(ctx, meeting_id)
    title = f"{minutes.title} — {_short(minutes.detail.summary.day)}"
    if format == "md":
        return write_text(Path(path), minutes_markdown(minutes))
    document = minutes_document(minutes)
    if format == "pdf":
        return write_document_pdf(Path(path), document, title=title)
    return write_odt(Path(path), document, title=title)
