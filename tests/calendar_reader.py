"""The tests' calendar reader: what a calendar program would show of an iCalendar file, read with
``icalendar`` and a repeat rule expanded with ``dateutil`` (RRULE less EXDATE, an occurrence moved by a
RECURRENCE-ID event), so that a test compares it to what was planned whichever form the export takes."""

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Occurrence:
    uid: str
    summary: str
    start: datetime
    end: datetime
    location: str


def occurrences(ics: bytes) -> list[Occurrence]:
    """Every occurrence of every event, in order of start."""
    from dateutil.rrule import rrulestr
    from icalendar import Calendar

    events = Calendar.from_ical(ics).walk("VEVENT")
    moved = {(str(e["UID"]), e.decoded("RECURRENCE-ID")) for e in events if "RECURRENCE-ID" in e}
    found: list[Occurrence] = []
    for event in events:
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        starts = [start]
        if "RRULE" in event and "RECURRENCE-ID" not in event:
            rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=start)
            excluded = {day.dt for dates in _as_list(event.get("EXDATE")) for day in dates.dts}
            starts = [s for s in rule if s not in excluded and (str(event["UID"]), s) not in moved]
        found.extend(
            Occurrence(str(event["UID"]), str(event["SUMMARY"]), s, s + (end - start), str(event.get("LOCATION", "")))
            for s in starts
        )
    return sorted(found, key=lambda o: (o.start, o.uid))


def _as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]
