"""The reception roster: a week on one A4 landscape page for the wall, and a member's shifts as iCalendar.

``cercle roster export --week 2026-W48 --format pdf --output FILE`` and
``cercle roster export --member NAME --from DATE --to DATE --format ics --output FILE`` call these,
as do the buttons of the Reception page.
"""

from datetime import date, datetime, timedelta
from html import escape
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from app.domain.errors import QT_TRANSLATE_NOOP, RuleViolation
from app.exports.documents import write_bytes, write_pdf
from app.services import rota
from app.services.context import Context

CONTEXT = "Roster"
BAD_WEEK = QT_TRANSLATE_NOOP("Errors", "Write the week like 2026-W48, not {text}.")
TIMEZONE = "Europe/Paris"


def parse_week(text: str) -> date:
    """'2026-W48' → the Monday of that ISO week."""
    try:
        year, week = text.strip().upper().split("-W")
        return date.fromisocalendar(int(year), int(week), 1)
    except ValueError as error:
        raise RuleViolation(BAD_WEEK, text=text) from error


def _day_heading(day: date) -> str:
    from PySide6.QtCore import QDate, QLocale

    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d")


def roster_html(week: rota.WeekView) -> str:
    """The week as a large table: one column a day, one row a shift time, names in their colour."""
    days = [day for day in week.days if day.weekday() < 5 or any(s.day == day for s in week.shifts)]
    times = sorted({(s.start, s.end) for s in week.shifts})
    year, number, _ = week.monday.isocalendar()
    title = QCoreApplication.translate("Roster", "Reception — week {number} of {year}").format(
        number=number, year=year
    )
    head = "".join(f"<th>{escape(_day_heading(day))}</th>" for day in days)
    rows = []
    for start, end in times:
        cells = [f"<th style='white-space:nowrap'>{start:%H:%M}–{end:%H:%M}</th>"]
        for day in days:
            cells.append(f"<td>{_cell(week, day, start, end)}</td>")
        rows.append(f"<tr>{''.join(cells)}</tr>")
    return (
        "<html><body style='font-size:16pt'>"
        f"<h1 style='font-size:24pt'>{escape(title)}</h1>"
        "<table border='1' cellspacing='0' cellpadding='8' width='100%'>"
        f"<tr><th></th>{head}</tr>{''.join(rows)}</table></body></html>"
    )


def _cell(week: rota.WeekView, day: date, start, end) -> str:
    shift = next((s for s in week.shifts if s.day == day and (s.start, s.end) == (start, end)), None)
    if shift is None:
        return ""
    names = [
        f"<span style='color:{escape(c.colour)}'><b>{escape(c.name)}</b></span>" for c in shift.claimants
    ]
    if shift.open_seats:
        names.append(
            "<span style='color:#c0392b'>"
            + escape(
                QCoreApplication.translate("Roster", "{count} open seat(s)").format(count=shift.open_seats)
            )
            + "</span>"
        )
    label = f"<i>{escape(shift.label)}</i><br>" if shift.label else ""
    return label + "<br>".join(names)


def export_week_pdf(ctx: Context, day: date, path: Path) -> Path:
    """The roster of the ISO week holding ``day``, as an A4 landscape PDF."""
    week = rota.week_view(ctx, day)
    year, number, _ = week.monday.isocalendar()
    return write_pdf(Path(path), roster_html(week), title=f"{year}-W{number:02d}", landscape=True)


def member_calendar(ctx: Context, member_id: int, first: date, last: date) -> bytes:
    """The member's shifts between two days as an RFC 5545 calendar, with stable UIDs."""
    from icalendar import Calendar, Event

    rota.check_period(first, last)
    zone = ZoneInfo(TIMEZONE)
    calendar = Calendar()
    calendar.add("prodid", "-//Cercle//Reception rota//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", QCoreApplication.translate("Roster", "Reception shifts"))
    stamp = ctx.now()
    for shift in rota.member_shifts(ctx, member_id, first, last):
        event = Event()
        event.add("uid", f"shift-{shift.id}-member-{member_id}@cercle")
        event.add("dtstamp", stamp)
        event.add("dtstart", datetime.combine(shift.day, shift.start, tzinfo=zone))
        event.add("dtend", datetime.combine(shift.day, shift.end, tzinfo=zone))
        summary = QCoreApplication.translate("Roster", "Reception")
        event.add("summary", f"{summary} — {shift.label}" if shift.label else summary)
        others = [c.name for c in shift.claimants if c.member_id != member_id]
        if others:
            event.add(
                "description",
                QCoreApplication.translate("Roster", "With {names}").format(names=", ".join(others)),
            )
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def export_member_ics(ctx: Context, member_id: int, first: date, last: date, path: Path) -> Path:
    return write_bytes(Path(path), member_calendar(ctx, member_id, first, last))


def default_period(ctx: Context) -> tuple[date, date]:
    """From the start of this week to the end of the shifts created ahead."""
    monday = rota.monday_of(ctx.today())
    return monday, monday + timedelta(weeks=12)
