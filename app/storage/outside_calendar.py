"""The days saved outside the years Cercle keeps (app.domain.kept_years), by a version that did not refuse them:
found in every date column of every table, and in the moments the team sets or reads (a proposal's deadline,
the moment a decision was closed), for the integrity checks to name them so that the team corrects them (the
pages show such a row, or leave it out, without failing)."""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import Connection, Date, Table, or_, select
from sqlmodel import SQLModel

from app.domain.errors import QT_TRANSLATE_NOOP
from app.domain.kept_years import FIRST_CALENDAR_DAY, LAST_CALENDAR_DAY
from app.storage.models import load_all_models
from app.storage.types import UTCDateTime

# In the context of the notifications under the bell, which say them too (their parameters read from there).
OUTSIDE_NAMED = QT_TRANSLATE_NOOP(
    "Notifications", "{what} “{name}” (no. {id}), {column}: {day} is outside the years Cercle keeps ({first} to "
    "{last}). Correct it, or ask for help.")
OUTSIDE = QT_TRANSLATE_NOOP(
    "Notifications", "{what} no. {id}, {column}: {day} is outside the years Cercle keeps ({first} to {last}). "
    "Correct it, or ask for help.")

WHAT = {
    "meeting": QT_TRANSLATE_NOOP("Notifications", "Meeting"),
    "action_item": QT_TRANSLATE_NOOP("Notifications", "Meeting action"),
    "workshop_session": QT_TRANSLATE_NOOP("Notifications", "Workshop session"),
    "shift": QT_TRANSLATE_NOOP("Notifications", "Reception shift"),
    "closure": QT_TRANSLATE_NOOP("Notifications", "Closure of the centre"),
    "absence": QT_TRANSLATE_NOOP("Notifications", "Absence"),
    "time_entry": QT_TRANSLATE_NOOP("Notifications", "Hours entry"),
    "proposal": QT_TRANSLATE_NOOP("Notifications", "Decision"),
    "member": QT_TRANSLATE_NOOP("Notifications", "Member"),
    "departure": QT_TRANSLATE_NOOP("Notifications", "Departure"),
    "contract_term": QT_TRANSLATE_NOOP("Notifications", "Contract"),
    "person": QT_TRANSLATE_NOOP("Notifications", "Inhabitant or volunteer"),
    "cycle_enrolment": QT_TRANSLATE_NOOP("Notifications", "Workshop cycle enrolment"),
    "member_rota": QT_TRANSLATE_NOOP("Notifications", "Reception rota"),
    "earlier_outcome": QT_TRANSLATE_NOOP("Notifications", "Earlier outcome of a decision"),
    "shift_template": QT_TRANSLATE_NOOP("Notifications", "Weekly reception slot"),
    "opening_balance": QT_TRANSLATE_NOOP("Notifications", "Opening balance of hours"),
    "week_balance": QT_TRANSLATE_NOOP("Notifications", "Weekly balance of hours"),
    "week_validation": QT_TRANSLATE_NOOP("Notifications", "Validation of a week"),
    "rota_batch": QT_TRANSLATE_NOOP("Notifications", "Proposed reception rota"),
}
COLUMN = {
    "day": QT_TRANSLATE_NOOP("Notifications", "day"),
    "due": QT_TRANSLATE_NOOP("Notifications", "due date"),
    "review_date": QT_TRANSLATE_NOOP("Notifications", "review date"),
    "first_day": QT_TRANSLATE_NOOP("Notifications", "first day"),
    "last_day": QT_TRANSLATE_NOOP("Notifications", "last day"),
    "start_date": QT_TRANSLATE_NOOP("Notifications", "start date"),
    "end_date": QT_TRANSLATE_NOOP("Notifications", "end date"),
    "deadline": QT_TRANSLATE_NOOP("Notifications", "deadline"),
    "closed_at": QT_TRANSLATE_NOOP("Notifications", "closing"),
    "valid_from": QT_TRANSLATE_NOOP("Notifications", "valid from"),
    "valid_until": QT_TRANSLATE_NOOP("Notifications", "valid until"),
    "effective_from": QT_TRANSLATE_NOOP("Notifications", "in force from"),
    "back_on": QT_TRANSLATE_NOOP("Notifications", "day back"),
    "week_start": QT_TRANSLATE_NOOP("Notifications", "week"),
    "consent_on": QT_TRANSLATE_NOOP("Notifications", "agreement to be contacted"),
    "last_active": QT_TRANSLATE_NOOP("Notifications", "last visit"),
    "joined_on": QT_TRANSLATE_NOOP("Notifications", "enrolled on"),
    "dropped_on": QT_TRANSLATE_NOOP("Notifications", "left on"),
}
# The table whose title or name says which record a row belongs to, through the row's link to it.
NAMED_THROUGH = {"member_id": ("member", "name"), "workshop_id": ("workshop", "title"),
                 "meeting_id": ("meeting", "title"), "proposal_id": ("proposal", "title")}
# The moments (UTC date-time columns) the team sets, reads or computes with: a deadline, the closing shown in the
# register and its exports. Those Cercle stamps from its clock (created, read, given) are not looked at.
MOMENTS = {"proposal": ("deadline", "closed_at"), "earlier_outcome": ("closed_at",)}
# A moment is outside when its day in UTC is: from the first instant of 2000 to the last of 9998.
FIRST_MOMENT = datetime.combine(FIRST_CALENDAR_DAY, datetime.min.time(), UTC)
AFTER_LAST_MOMENT = datetime(LAST_CALENDAR_DAY.year + 1, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class OutsideDay:
    table: str
    column: str
    key: str  # the row's primary key, as text ("12", or "3, 2026-11-23" for two columns)
    day: date  # for a moment, its day in UTC
    name: str | None  # the record's title or its member's name, when there is one

    def said(self) -> tuple[str, dict]:
        """The template and parameters that name this row, for a message or a notification."""
        params = {"what": WHAT.get(self.table, self.table), "id": self.key, "day": self.day,
                  "column": COLUMN.get(self.column, self.column), "first": FIRST_CALENDAR_DAY.year,
                  "last": LAST_CALENDAR_DAY.year}
        if self.name:
            return OUTSIDE_NAMED, {**params, "name": self.name}
        return OUTSIDE, params


def _name_column(table: Table):
    """The expression naming a row of ``table``: its own title or name, else its member's, workshop's or
    meeting's; None when nothing does."""
    for own in ("title", "name"):
        if own in table.c:
            return table.c[own]
    tables = SQLModel.metadata.tables
    for link, (other, column) in NAMED_THROUGH.items():
        if link in table.c:
            target = tables[other]
            return select(target.c[column]).where(target.c.id == table.c[link]).scalar_subquery()
    return None


def outside_calendar(connection: Connection, limit: int = 1000) -> list[OutsideDay]:
    """Every day of every date column outside the years Cercle keeps (at most ``limit``), table by table."""
    found: list[OutsideDay] = []
    for row in _scan(connection):
        found.append(row)
        if len(found) >= limit:
            break
    return found


def _scan(connection: Connection) -> Iterator[OutsideDay]:
    for table in load_all_models().sorted_tables:
        keys = list(table.primary_key.columns)
        name = _name_column(table)
        for column in table.columns:
            if isinstance(column.type, Date):
                outside = or_(column < FIRST_CALENDAR_DAY, column > LAST_CALENDAR_DAY)
            elif isinstance(column.type, UTCDateTime) and column.name in MOMENTS.get(table.name, ()):
                outside = or_(column < FIRST_MOMENT, column >= AFTER_LAST_MOMENT)
            else:
                continue
            shown = [*keys, column] + ([name.label("_name")] if name is not None else [])
            for row in connection.execute(select(*shown).where(outside).order_by(*keys)):
                value = row[len(keys)]
                yield OutsideDay(table.name, column.name, ", ".join(str(row[index]) for index in range(len(keys))),
                                 value.date() if isinstance(value, datetime) else value,
                                 row[-1] if name is not None else None)
