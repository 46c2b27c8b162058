"""Participants' privacy: their names and phones erased after the retention period or on request, what
Cercle holds about one of them, and the yearly tallies that keep the number of different people once their
names are gone."""

import json
from collections import defaultdict
from collections.abc import Collection, Sequence
from datetime import date

from sqlalchemy import func
from sqlmodel import Session, col, select

from app.domain import names
from app.domain import workshops as rules
from app.domain.cycles import Presence
from app.domain.workshops import SessionStatus
from app.services import settings
from app.services.changes import Entity
from app.services.context import Context, id_of
from app.services.workshops.messages import clean_text
from app.services.workshops.views import session_views
from app.storage.models.workshops import (
    CycleAttendance,
    CycleEnrolment,
    Enrolment,
    ParticipantTally,
    SessionPartner,
    Workshop,
    WorkshopSession,
)

# ("workshop", year, workshop id), ("theme", year, theme id or 0) or ("partner", year, partner id): the people who
# came to the sessions of a workshop, done under a theme, or done with a partner (as each session recorded it)
Group = tuple[str, int, int]
Person = tuple[str, str]  # (name folded, phone)
Participant = Enrolment | CycleEnrolment  # a session's enrolment or a cycle's: both have a name to forget
Came = tuple[int, date, int, int | None, Participant]  # session, day, workshop, theme, who


def attendees(db: Session, first: date, last: date) -> list[tuple[int, Participant]]:
    """(session id, person) for each person who came to a held session of those days, enrolled in it or a
    cycle's member present."""
    return [(session_id, person) for session_id, _day, _workshop, _theme, person in _came(db, first, last)]


def _came(db: Session, first: date, last: date) -> list[Came]:
    """Each person who came to a held session of those days, with the session's day, workshop and theme."""
    session = WorkshopSession
    held = (session.status == SessionStatus.HELD, session.day >= first, session.day <= last)
    enrolled = (select(session, Enrolment).select_from(Enrolment)
                .join(session, col(session.id) == Enrolment.session_id)
                .where(*held, col(Enrolment.attended).is_(True)))
    members = (select(session, CycleEnrolment).select_from(CycleEnrolment)
               .join(CycleAttendance, col(CycleAttendance.cycle_enrolment_id) == CycleEnrolment.id)
               .join(session, col(session.id) == CycleAttendance.session_id)
               .where(*held, CycleAttendance.presence == Presence.PRESENT))
    rows: list[tuple[WorkshopSession, Participant]] = [*db.exec(enrolled), *db.exec(members)]
    return [(id_of(row), row.day, row.workshop_id, row.theme_id, person) for row, person in rows]


def _partners(db: Session, first: date, last: date) -> dict[int, set[int]]:
    """Held session → the partners it was done with, over those days."""
    partners: dict[int, set[int]] = defaultdict(set)
    for session_id, partner_id in db.exec(
            select(SessionPartner.session_id, SessionPartner.partner_id)
            .join(WorkshopSession, col(WorkshopSession.id) == SessionPartner.session_id)
            .where(WorkshopSession.status == SessionStatus.HELD, WorkshopSession.day >= first,
                   WorkshopSession.day <= last)):
        partners[session_id].add(partner_id)
    return partners


def tally_groups(day: date, workshop_id: int, theme_id: int | None, partner_ids: Collection[int]) -> list[Group]:
    """The tally groups a person who came to a session counts in."""
    return [("workshop", day.year, workshop_id), ("theme", day.year, theme_id or 0),
            *(("partner", day.year, partner_id) for partner_id in sorted(partner_ids))]


def known_people(db: Session, years: Collection[int], until: date = date.max) -> dict[Group, set[Person]]:
    """The people still known by name who came to the held sessions of those years (up to ``until``), by
    workshop, by the theme and by each partner each session was done under (a workshop re-themed or given
    other partners later keeps its people where they came)."""
    people: dict[Group, set[Person]] = {}
    if not years:
        return people
    first, last = date(min(years), 1, 1), min(date(max(years), 12, 31), until)
    partners = _partners(db, first, last)
    for session_id, day, workshop_id, theme_id, person in _came(db, first, last):
        if day.year in years and not person.erased:
            for group in tally_groups(day, workshop_id, theme_id, partners.get(session_id, ())):
                people.setdefault(group, set()).add((names.fold(person.name), person.phone))
    return people


def tallies(db: Session, year: int) -> dict[Group, int]:
    """The people of ``year`` no longer known by name, by workshop, theme and partner."""
    rows = db.exec(select(ParticipantTally).where(ParticipantTally.year == year))
    return {(row.scope, row.year, row.ref_id): row.people for row in rows}


def add_to_tallies(db: Session, counts: dict[Group, int]) -> None:
    """Add people no longer known by name to the yearly counts (the demo writes its own erased rows)."""
    for (scope, year, ref_id), people in counts.items():
        row = db.exec(
            select(ParticipantTally)
            .where(ParticipantTally.year == year, ParticipantTally.scope == scope,
                   ParticipantTally.ref_id == ref_id)
            .with_for_update()
        ).first() or ParticipantTally(year=year, scope=scope, ref_id=ref_id)
        row.people += people
        db.add(row)
    db.flush()


def _years(db: Session, rows: Sequence[Participant]) -> set[int]:
    """The years of the sessions those people were enrolled in (a cycle's people: of all its sessions)."""
    session_ids = {row.session_id for row in rows if isinstance(row, Enrolment)}
    workshop_ids = {row.workshop_id for row in rows if isinstance(row, CycleEnrolment)}
    if not rows:
        return set()
    days = db.exec(select(col(WorkshopSession.day)).where(
        col(WorkshopSession.id).in_(session_ids) | col(WorkshopSession.workshop_id).in_(workshop_ids)))
    return {day.year for day in days}


def _erase(db: Session, rows: Sequence[Participant]) -> None:
    """Erase names and phones, first counting the people who stop being known by name.

    A person who came three times in a year counts once: what the erasure takes away from the people
    still known by name, of each workshop, theme and partner of each year, goes to the tallies.
    """
    years = _years(db, rows)
    before = known_people(db, years)
    for row in rows:
        row.name, row.phone, row.erased = "", "", True
        if isinstance(row, CycleEnrolment):
            row.name_key = None
    db.flush()
    after = known_people(db, years)
    gone = {group: len(people) - len(after.get(group, ())) for group, people in before.items()}
    add_to_tallies(db, {group: count for group, count in gone.items() if count})


def _expired_cycle_members(db: Session, cutoff: date) -> list[CycleEnrolment]:
    """The cycles' people gone before ``cutoff``, or whose cycle's last session was before it (a cycle with no
    session: enrolled before it)."""
    last_days = dict(db.exec(select(WorkshopSession.workshop_id, func.max(WorkshopSession.day))
                             .group_by(col(WorkshopSession.workshop_id))).all())
    rows = db.exec(select(CycleEnrolment).where(col(CycleEnrolment.erased).is_(False)))
    return [row for row in rows
            if (row.dropped_on is not None and row.dropped_on < cutoff)
            or last_days.get(row.workshop_id, row.created_at.date()) < cutoff]


def erase_expired_participants(ctx: Context, today: date) -> int:
    """Erase names and phones of enrolments to sessions older than the retention period, and of the people of
    cycles over (or who left) before it; how many.

    The places, statuses, attendance and counts stay (anonymous). Idempotent: for the scheduler.
    """
    cutoff = rules.retention_cutoff(today, int(settings.get(ctx, "participant_retention_months")))
    with ctx.writing() as unit:
        rows: list[Participant] = [
            *unit.db.exec(
                select(Enrolment)
                .join(WorkshopSession, col(WorkshopSession.id) == Enrolment.session_id)
                .where(WorkshopSession.day < cutoff, col(Enrolment.erased).is_(False))
            ),
            *_expired_cycle_members(unit.db, cutoff),
        ]
        _erase(unit.db, rows)
        if rows:
            unit.audit(
                "erase_expired",
                Entity.ENROLMENT,
                None,
                after={"count": len(rows), "before": cutoff.isoformat()},
            )
        return len(rows)


def _same_person(db: Session, name: str, phone: str) -> list[Enrolment]:
    """The enrolments of ``name`` (case set aside) not erased, with ``phone`` when given.

    Narrowed in SQL by the phone, which is exact; the names compared in Python (see ``app.domain.names``).
    """
    query = select(Enrolment).where(col(Enrolment.erased).is_(False))
    if phone:
        query = query.where(Enrolment.phone == phone)
    return names.named(db.exec(query.order_by(col(Enrolment.id))), name, lambda row: row.name)


def _same_cycle_member(db: Session, name: str, phone: str) -> list[CycleEnrolment]:
    query = select(CycleEnrolment).where(CycleEnrolment.name_key == names.fold(name))
    if phone:
        query = query.where(CycleEnrolment.phone == phone)
    return list(db.exec(query.order_by(col(CycleEnrolment.id))))


def forget_participant(ctx: Context, name: str, phone: str = "") -> int:
    """Erase one person everywhere (their name, and their phone when given); how many enrolments (in sessions
    and in cycles)."""
    name, phone = clean_text(name), rules.normalise_phone(phone)
    with ctx.writing() as unit:
        rows: list[Participant] = [*_same_person(unit.db, name, phone), *_same_cycle_member(unit.db, name, phone)]
        _erase(unit.db, rows)
        unit.audit("forget", Entity.ENROLMENT, None, after={"count": len(rows)})
        return len(rows)


def _cycle_titles(db: Session, rows: list[CycleEnrolment]) -> list[tuple[CycleEnrolment, str]]:
    titles = dict(db.exec(select(Workshop.id, Workshop.title)
                          .where(col(Workshop.id).in_({r.workshop_id for r in rows}))).all())
    return [(row, titles[row.workshop_id]) for row in rows]


def _cycle_marks(db: Session, member_id: int) -> dict[str, str]:
    """A cycle member's attendance, session day → presence."""
    marks = db.exec(select(col(WorkshopSession.day), col(CycleAttendance.presence))
                    .join(WorkshopSession, col(WorkshopSession.id) == CycleAttendance.session_id)
                    .where(CycleAttendance.cycle_enrolment_id == member_id).order_by(col(WorkshopSession.day)))
    return {day.isoformat(): presence for day, presence in marks}


def export_participant(ctx: Context, name: str, phone: str = "") -> str:
    """Everything Cercle holds about one person (their right of access), as JSON text.

    The keys keep the users' word, "registrations": the file is for the person.
    """
    name, phone = clean_text(name), rules.normalise_phone(phone)
    with ctx.reading() as db:
        rows = _same_person(db, name, phone)
        session_rows = db.exec(select(WorkshopSession).where(
            col(WorkshopSession.id).in_({r.session_id for r in rows})))
        sessions = {s.id: s for s in session_views(db, list(session_rows))}
        data = {
            "name": name,
            "phone": phone,
            "registrations": [
                {
                    "workshop": sessions[r.session_id].title,
                    "day": sessions[r.session_id].day.isoformat(),
                    "start": sessions[r.session_id].start.strftime("%H:%M"),
                    "name": r.name,
                    "phone": r.phone,
                    "places": r.places,
                    "status": r.status,
                    "attended": r.attended,
                    "registered_at": r.created_at.isoformat(),
                }
                for r in rows
            ],
            "cycles": [
                {
                    "workshop": title,
                    "name": r.name,
                    "phone": r.phone,
                    "status": r.status,
                    "joined_on": r.joined_on.isoformat() if r.joined_on else None,
                    "dropped_on": r.dropped_on.isoformat() if r.dropped_on else None,
                    "registered_at": r.created_at.isoformat(),
                    "attendance": _cycle_marks(db, id_of(r)),
                }
                for r, title in _cycle_titles(db, _same_cycle_member(db, name, phone))
            ],
        }
    return json.dumps(data, ensure_ascii=False, indent=2)
