"""The reception roster: a week on one A4 landscape page for the wall, and a member's shifts as iCalendar.

``cercle roster export --week 2026-W48 --format pdf --output FILE`` and
``cercle roster export --member NAME --from DATE --to DATE --format ics --output FILE`` call these,
as do the buttons of the Reception page.
"""

from datetime import date, datetime, timedelta
from html import escape
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QColor, QFontMetricsF

from app import i18n
from app.domain.errors import QT_TRANSLATE_NOOP, RuleViolation
from app.domain.kept_years import check_calendar_days
from app.domain.members import name_key
from app.exports.documents import text_metrics, write_bytes, write_pdf
from app.services import centre, rota
from app.services.context import Context

CONTEXT = "Roster"
BAD_WEEK = QT_TRANSLATE_NOOP("Errors", "Write the week like 2026-W48, not {text}.")
OPEN_SEAT = QT_TRANSLATE_NOOP("Roster", "{count} open seat")
OPEN_SEATS = QT_TRANSLATE_NOOP("Roster", "{count} open seats")
TIMEZONE = "Europe/Paris"
MIN_CONTRAST = 4.5  # WCAG AA, for text of any size
RED = "#c0392b"  # open seats: 5.4:1 on white
GREY = "#505050"
# The A4 landscape page (297 mm less 2 × 15 mm of margin), the column of times, a cell's padding, in points
NAME_POINTS, MIN_NAME_POINTS = 16.0, 9.0
PAGE_POINTS = 267 / 25.4 * 72
TIME_COLUMN_POINTS = 125.0
CELL_PADDING_POINTS = 14.0
SAFETY = 0.95  # Qt's table layout gives a column a little less than its share: never split a name for it


def parse_week(text: str) -> date:
    """'2026-W48' → the Monday of that ISO week, within the years Cercle keeps (its days are computed with)."""
    try:
        year, week = text.strip().upper().split("-W")
        monday = date.fromisocalendar(int(year), int(week), 1)
    except ValueError as error:
        raise RuleViolation(BAD_WEEK, text=text) from error
    check_calendar_days(monday)
    return monday


def open_seats_text(count: int) -> str:
    """« 1 place libre », « 2 places libres »: the roster and the Reception page say it alike."""
    return i18n.plural(count, OPEN_SEAT, OPEN_SEATS)


def _day_heading(day: date) -> str:
    """« lundi 23 novembre »: the month too, a roster on the wall is read weeks later."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM")


# --- colours --------------------------------------------------------------------------------------


def _luminance(colour: QColor) -> float:
    """WCAG's relative luminance of a colour."""
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast_ratio(foreground: str, background: str = "#ffffff") -> float:
    """WCAG's contrast ratio, from 1 (none) to 21 (black on white)."""
    lighter, darker = sorted((_luminance(QColor(foreground)), _luminance(QColor(background))), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def readable_colour(colour: str, background: str = "#ffffff") -> str:
    """``colour``, darkened as little as needed to be read on ``background`` (4.5:1, WCAG AA): a member's
    own colour stays recognisable on the wall, and every name stays legible when printed."""
    shade = QColor(colour)
    while contrast_ratio(shade.name(), background) < MIN_CONTRAST:
        shade = shade.darker(105)
    return shade.name()


# --- the week on a page ---------------------------------------------------------------------------


def _metrics(points: float) -> QFontMetricsF:
    """The metrics of a name's bold font, in points."""
    return text_metrics(points, bold=True)


def _room(columns: int) -> float:
    """The width for a name in a day's column, in points."""
    return SAFETY * ((PAGE_POINTS - TIME_COLUMN_POINTS) / max(columns, 1) - CELL_PADDING_POINTS)


def _name_size(names: list[str], columns: int) -> float:
    """The largest size (16 pt at most, 9 pt at least) at which the longest line of a cell fits."""
    points, room = NAME_POINTS, _room(columns)
    while points > MIN_NAME_POINTS and max(map(_metrics(points).horizontalAdvance, names), default=0) > room:
        points -= 0.5
    return points


def _fitted(name: str, points: float, columns: int) -> str:
    """The name on one line, never split between two: cut with "…" only when it does not fit at 9 pt."""
    shown = _metrics(points).elidedText(name, Qt.TextElideMode.ElideRight, _room(columns))
    return shown.replace(" ", "\u00a0")


def roster_html(week: rota.WeekView, centre_name: str = "") -> str:
    """The week as a large table: one column a day, one row a shift time, names in their colour."""
    days = [day for day in week.days if day.weekday() < 5 or any(s.day == day for s in week.shifts)]
    times = sorted({(s.start, s.end) for s in week.shifts})
    year, number, _ = week.monday.isocalendar()
    title = QCoreApplication.translate("Roster", "Reception — week {number} of {year}").format(
        number=number, year=year
    )
    lines = [c.name for s in week.shifts for c in s.claimants]
    lines += [open_seats_text(s.open_seats) for s in week.shifts]
    size = _name_size(lines, len(days))
    head = "".join(f"<th>{escape(_day_heading(day))}</th>" for day in days)
    closed = escape(QCoreApplication.translate("Roster", "closed"))
    rows = []
    for row, (start, end) in enumerate(times):
        cells = [f"<th style='white-space:nowrap'>{start:%H:%M}–{end:%H:%M}</th>"]
        for day in days:
            if day in week.closed and not any(s.day == day for s in week.shifts):
                if row == 0:  # one cell down the whole closed day
                    cells.append(f"<td rowspan='{len(times)}' align='center' valign='middle' "
                                 f"style='color:{GREY}; background-color:#eeeeee'><i>{closed}</i></td>")
                continue
            cells.append(f"<td>{_cell(week, day, start, end, size, len(days))}</td>")
        rows.append(f"<tr>{''.join(cells)}</tr>")
    centre = f"<p style='font-size:14pt; color:{GREY}'>{escape(centre_name)}</p>" if centre_name else ""
    return (
        "<html><body style='font-size:16pt'>"
        f"{centre}<h1 style='font-size:24pt'>{escape(title)}</h1>"
        "<table border='1' cellspacing='0' cellpadding='8' width='100%'>"
        f"<tr><th></th>{head}</tr>{''.join(rows)}</table></body></html>"
    )


def _cell(week: rota.WeekView, day: date, start, end, size: float, columns: int) -> str:
    shift = next((s for s in week.shifts if s.day == day and (s.start, s.end) == (start, end)), None)
    if shift is None:
        return ""
    names = [
        f"<span style='color:{readable_colour(c.colour)}; font-size:{size:.1f}pt'>"
        f"<b>{escape(_fitted(c.name, size, columns))}</b></span>"
        for c in sorted(shift.claimants, key=lambda c: name_key(c.name))
    ]
    if shift.open_seats:
        seats = _fitted(open_seats_text(shift.open_seats), size, columns)
        names.append(f"<span style='color:{RED}; font-size:{size:.1f}pt'>{escape(seats)}</span>")
    label = f"<i>{escape(shift.label)}</i><br>" if shift.label else ""
    return label + "<br>".join(names)


def export_week_pdf(ctx: Context, day: date, path: Path) -> Path:
    """The roster of the ISO week holding ``day``, as an A4 landscape PDF."""
    week = rota.week_view(ctx, day)
    year, number, _ = week.monday.isocalendar()
    found = centre.get_centre(ctx)
    html = roster_html(week, found.name if found else "")
    return write_pdf(Path(path), html, title=f"{year}-W{number:02d}", landscape=True)


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
