"""The team's meetings as an iCalendar, for the members' own calendars:
``cercle meetings export --from DATE --to DATE --output FILE``.

Each meeting is one event, a series expanded: the days its rule left out (public holidays, closures, days
chosen) have none, and a meeting moved shows on its new day, under the same UID as before.
Only what the team shares goes out: titles, days, hours, rooms and places. No attendance, no notes.
"""

from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.domain.errors import QT_TRANSLATE_NOOP, RuleViolation
from app.exports.documents import write_bytes
from app.services import meetings, rooms
from app.services.context import Context

BAD_PERIOD = QT_TRANSLATE_NOOP("Errors", "The period ends before it starts.")


def uid(meeting_id: int) -> str:
    return f"meeting-{meeting_id}@cercle"


def meetings_calendar(ctx: Context, first: date, last: date) -> bytes:
    """The meetings between two days (included) as an RFC 5545 calendar, with stable UIDs; a meeting of a
    series is related to the series' first one."""
    from icalendar import Calendar, Event

    if last < first:
        raise RuleViolation(BAD_PERIOD)
    room_names = {room.id: room.name for room in rooms.list_rooms(ctx, include_retired=True)}
    calendar = Calendar()
    calendar.add("prodid", "-//Cercle//Meetings//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", QCoreApplication.translate("MeetingsExport", "Team meetings"))
    stamp = ctx.now()
    for meeting in sorted(meetings.list_meetings(ctx, first, last), key=lambda m: (m.day, m.start, m.id)):
        event = Event()
        event.add("uid", uid(meeting.id))
        event.add("dtstamp", stamp)
        event.add("dtstart", datetime.combine(meeting.day, meeting.start, tzinfo=ctx.timezone))
        event.add("dtend", datetime.combine(meeting.day, meeting.end, tzinfo=ctx.timezone))
        event.add("summary", meeting.title)
        where = [name for name in (room_names.get(meeting.room_id or 0), meeting.place) if name]
        if where:
            event.add("location", ", ".join(where))
        if meeting.series_id is not None and meeting.series_id != meeting.id:
            event.add("related-to", uid(meeting.series_id), parameters={"RELTYPE": "SIBLING"})
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def default_period(today: date) -> tuple[date, date]:
    """From the first of this month to the end of the twelfth month after it."""
    from dateutil.relativedelta import relativedelta

    first = today.replace(day=1)
    return first, first + relativedelta(months=13) - timedelta(days=1)


def export_meetings(ctx: Context, first: date, last: date, path: Path) -> Path:
    """Write the meetings between two days as an ``.ics`` file; the path written."""
    return write_bytes(Path(path), meetings_calendar(ctx, first, last))
