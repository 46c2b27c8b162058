"""Workshops for the outside world: an iCalendar of the sessions, and a printable monthly programme (A4 PDF)
to pin up in the waiting room. ``cercle workshops export --from DATE --to DATE --format ics|pdf --output FILE``.

Only what the public may read goes out: titles, days, times, rooms, partners. Never a participant.
"""

from datetime import date, datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app import i18n
from app.domain.errors import QT_TRANSLATE_NOOP, RuleViolation
from app.exports.documents import write_bytes, write_pdf
from app.services import centre
from app.services import workshops as ws
from app.services.context import Context

CONTEXT = "WorkshopsExport"
BAD_PERIOD = QT_TRANSLATE_NOOP("Errors", "The period ends before it starts.")
FORMATS = ("ics", "pdf")
# (sessions a month that fit one A4 page, the print that holds them: title, text, cell padding in points):
# a busy month gets smaller print, to stay on its page.
POSTER_PRINTS = ((7, (20, 16, 10)), (16, (14, 11, 5)), (21, (12, 9.5, 3)), (None, (10, 8, 1.5)))


def _check_period(first: date, last: date) -> None:
    if last < first:
        raise RuleViolation(BAD_PERIOD)


def workshops_calendar(ctx: Context, first: date, last: date) -> bytes:
    """The sessions offered between two days (see ``ws.public_sessions``) as an RFC 5545 calendar, with
    stable UIDs."""
    from icalendar import Calendar, Event

    _check_period(first, last)
    calendar = Calendar()
    calendar.add("prodid", "-//Cercle//Workshops//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", QCoreApplication.translate("WorkshopsExport", "Workshops"))
    stamp = ctx.now()
    for session in ws.public_sessions(ctx, first, last):
        event = Event()
        event.add("uid", f"workshop-session-{session.id}@cercle")
        event.add("dtstamp", stamp)
        event.add("dtstart", datetime.combine(session.day, session.start, tzinfo=ctx.timezone))
        event.add("dtend", datetime.combine(session.day, session.end, tzinfo=ctx.timezone))
        event.add("summary", session.title)
        if session.room:
            event.add("location", session.room)
        if session.notes:
            event.add("description", session.notes)
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def _months(first: date, last: date) -> list[tuple[int, int]]:
    months, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _poster_print(sessions: int) -> tuple[float, float, float]:
    return next(size for most, size in POSTER_PRINTS if most is None or sessions <= most)


def programme_html(ctx: Context, first: date, last: date) -> str:
    """One poster-like page a month: each day with workshops, in large print."""
    from PySide6.QtCore import QDate, QLocale

    _check_period(first, last)
    locale = QLocale()
    sessions = ws.public_sessions(ctx, first, last)
    partners = {  # each partner's name on one line (no-break spaces and hyphens), the list breaking after a comma
        workshop_id: ", ".join(p.name.replace(" ", "\u00a0").replace("-", "\u2011")
                               for p in ws.get_workshop(ctx, workshop_id).partners)
        for workshop_id in {s.workshop_id for s in sessions}
    }
    found = centre.get_centre(ctx)
    centre_name = (f"<p style='text-align:center; font-size:14pt; color:#505050'>{escape(found.name)}</p>"
                   if found else "")
    pages: list[str] = []
    for year, month in _months(first, last):
        # a no-break space: never the year alone on its line
        heading = locale.toString(QDate(year, month, 1), "MMMM yyyy").replace(" ", "\u00a0")
        title = QCoreApplication.translate("WorkshopsExport", "Workshops of {month}")
        title = i18n.fill(title, month=heading)
        rows = []
        of_month = [s for s in sessions if (s.day.year, s.day.month) == (year, month)]
        title_size, text_size, padding = _poster_print(len(of_month))
        for session in of_month:
            day = locale.toString(QDate(session.day.year, session.day.month, session.day.day), "dddd d MMMM")
            hours = QCoreApplication.translate("WorkshopsExport", "{start} to {end}").format(
                start=f"{session.start:%H:%M}", end=f"{session.end:%H:%M}"
            )
            lines = [f"<span style='font-size:{title_size}pt'><b>{escape(session.title)}</b></span>"]
            if session.room:
                lines.append(escape(session.room))
            if with_whom := partners.get(session.workshop_id, ""):
                with_text = QCoreApplication.translate("WorkshopsExport", "with {partners}")
                lines.append(f"<i>{escape(with_text.format(partners=with_whom))}</i>")
            rows.append(  # the day on one line: its column as wide as the longest day
                f"<tr><td style='white-space:nowrap'><b>{escape(day)}</b><br>{escape(hours)}</td>"
                f"<td>{'<br>'.join(lines)}</td></tr>"
            )
        body = (
            "".join(rows)
            or f"<tr><td>{escape(QCoreApplication.translate('WorkshopsExport', 'No workshop this month.'))}</td></tr>"
        )
        page_break = "page-break-before: always; " if pages else ""  # one month a page
        invitation = escape(
            QCoreApplication.translate("WorkshopsExport", "Free, open to all. Ask at the reception desk.")
        )
        pages.append(
            f"<div style='{page_break}'>{centre_name}</div>"
            f"<p style='font-size:28pt; font-weight:bold; text-align:center'>{escape(title)}</p>"
            f"<p style='text-align:center; font-size:15pt'>{invitation}</p>"
            f"<table border='0' cellspacing='0' cellpadding='{padding}' width='100%' style='font-size:{text_size}pt'>"
            f"{body}</table>"
        )
    return f"<html><body>{''.join(pages)}</body></html>"


def export_workshops(ctx: Context, first: date, last: date, path: Path, fmt: str) -> Path:
    """Write the sessions between two days as ``ics`` or as a ``pdf`` programme; the path written."""
    if fmt == "ics":
        return write_bytes(Path(path), workshops_calendar(ctx, first, last))
    return write_pdf(
        Path(path),
        programme_html(ctx, first, last),
        title=QCoreApplication.translate("WorkshopsExport", "Workshops"),
    )
