"""The minutes of a meeting as ODT (LibreOffice, Word), A4 PDF or Markdown, in the interface language.

``cercle minutes export MEETING_ID --format odt|pdf|md --output FILE`` and the Minutes tab both call
:func:`export_minutes`. Files are written to a temporary file and renamed: never half-written.
"""

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from app.domain.consensus import Outcome, ProposalStatus
from app.domain.errors import QT_TRANSLATE_NOOP
from app.domain.meetings import Attendance, ItemKind
from app.exports.decisions import outcome_label, status_label
from app.exports.documents import write_odt, write_pdf, write_text
from app.services import centre, meetings
from app.services.context import Context
from app.services.meetings import DecisionView, MeetingDetail

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
    hours, rest = divmod(value, 60)
    return f"{hours} h {rest:02d}" if hours and rest else (f"{hours} h" if hours else f"{rest} min")


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
        if decision.outcome:
            outcome = outcome_label(Outcome(decision.outcome))
        else:
            outcome = status_label(ProposalStatus(decision.status))
        lines.append(QCoreApplication.translate("Minutes", "Outcome: {outcome}").format(outcome=outcome))
        if decision.statement:
            lines.append(
                QCoreApplication.translate("Minutes", "Decided: {statement}").format(
                    statement=decision.statement
                )
            )
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
            QCoreApplication.translate("Minutes", "Block by {name}: {reason}").format(
                name=b.name, reason=b.reason
            )
            for b in decision.blocks
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


def _html_table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    head = "".join(f"<th align='left'>{escape(cell)}</th>" for cell in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr>{head}</tr>{body}</table>"


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{escape(line)}</p>" for line in text.splitlines() if line.strip())


def minutes_html(minutes: Minutes) -> str:
    parts = [
        f"<p>{escape(minutes.centre_name)}</p>",
        f"<h1>{escape(minutes.title)}</h1>",
        f"<p><b>{escape(minutes.when)}</b>{escape(' — ' + minutes.place) if minutes.place else ''}</p>",
        f"<p><i>{escape(minutes.status)}</i></p>",
        f"<h2>{escape(QCoreApplication.translate('Minutes', 'Attendance and roles'))}</h2>",
        _html_table(
            (QCoreApplication.translate("Minutes", "Who"), QCoreApplication.translate("Minutes", "Names")),
            minutes.attendance() + minutes.roles(),
        ),
        f"<h2>{escape(QCoreApplication.translate('Minutes', 'Agenda'))}</h2>",
    ]
    decisions = minutes.decisions_by_proposal()
    for number, item in enumerate(minutes.detail.items, start=1):
        parts.append(f"<h3>{escape(minutes.item_heading(number, item))}</h3>")
        parts.append(_paragraphs(item.notes))
        if item.proposal_id in decisions:
            parts.append(
                "".join(
                    f"<p><i>{'<br/>'.join(map(escape, line.splitlines()))}</i></p>"
                    for line in minutes.decision_lines(decisions[item.proposal_id])
                )
            )
    parts.append(f"<h2>{escape(QCoreApplication.translate('Minutes', 'Actions'))}</h2>")
    actions = minutes.actions()
    parts.append(
        _html_table(
            (
                QCoreApplication.translate("Minutes", "Who"),
                QCoreApplication.translate("Minutes", "What"),
                QCoreApplication.translate("Minutes", "By when"),
            ),
            actions,
        )
        if actions
        else f"<p>{escape(QCoreApplication.translate('Minutes', 'No action decided.'))}</p>"
    )
    if minutes.detail.errata:
        parts.append(f"<h2>{escape(QCoreApplication.translate('Minutes', 'Errata'))}</h2>")
        parts += [f"<p>{escape(_short(e.at.date()))} — {escape(e.text)}</p>" for e in minutes.detail.errata]
    parts.append(
        f"<h2>{escape(QCoreApplication.translate('Minutes', 'Next meeting'))}</h2><p>{escape(minutes.next_meeting())}</p>"
    )
    return "<html><body>" + "".join(parts) + "</body></html>"


def _md_cell(text: str) -> str:
    return " ".join(text.replace("|", "\\|").split())


def _md_table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    lines = ["| " + " | ".join(map(_md_cell, header)) + " |", "|" + "---|" * len(header)]
    return lines + ["| " + " | ".join(map(_md_cell, row)) + " |" for row in rows] + [""]


def minutes_markdown(minutes: Minutes) -> str:
    lines = [
        minutes.centre_name,
        "",
        f"# {minutes.title}",
        "",
        f"**{minutes.when}**" + (f" — {minutes.place}" if minutes.place else ""),
        "",
        f"*{minutes.status}*",
        "",
        f"## {QCoreApplication.translate('Minutes', 'Attendance and roles')}",
        "",
    ]
    lines += _md_table(
        (QCoreApplication.translate("Minutes", "Who"), QCoreApplication.translate("Minutes", "Names")),
        minutes.attendance() + minutes.roles(),
    )
    lines += [f"## {QCoreApplication.translate('Minutes', 'Agenda')}", ""]
    decisions = minutes.decisions_by_proposal()
    for number, item in enumerate(minutes.detail.items, start=1):
        lines += [f"### {minutes.item_heading(number, item)}", ""]
        if item.notes.strip():
            lines += [item.notes.strip(), ""]
        if item.proposal_id in decisions:
            lines += [
                f"> {part}  "
                for line in minutes.decision_lines(decisions[item.proposal_id])
                for part in line.splitlines()
            ] + [""]
    lines += [f"## {QCoreApplication.translate('Minutes', 'Actions')}", ""]
    actions = minutes.actions()
    lines += (
        _md_table(
            (
                QCoreApplication.translate("Minutes", "Who"),
                QCoreApplication.translate("Minutes", "What"),
                QCoreApplication.translate("Minutes", "By when"),
            ),
            actions,
        )
        if actions
        else [QCoreApplication.translate("Minutes", "No action decided."), ""]
    )
    if minutes.detail.errata:
        lines += [f"## {QCoreApplication.translate('Minutes', 'Errata')}", ""] + [
            f"- {_short(e.at.date())} — {e.text}" for e in minutes.detail.errata
        ]
        lines.append("")
    lines += [f"## {QCoreApplication.translate('Minutes', 'Next meeting')}", "", minutes.next_meeting(), ""]
    return "\n".join(lines)


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
    html = minutes_html(minutes)
    if format == "pdf":
        return write_pdf(Path(path), html, title=title)
    return write_odt(Path(path), html, title=title)
