"""Participants' privacy: their names and phones erased after the retention period or on request, what
Cercle holds about one of them, and the yearly tallies that keep the number of different people once their
names are gone."""

import json
from collections.abc import Collection, Sequence
from datetime import date

from sqlalchemy import func
from sqlmodel import Session, col, select

from app.domain import workshops as rules
from app.domain.workshops import SessionStatus
from app.services import settings
from app.services.changes import Entity
from app.services.context import Context
from app.services.workshops.messages import clean_text
from app.services.workshops.views import session_views
from app.storage.models.workshops import Enrolment, ParticipantTally, Workshop, WorkshopSession

Group = tuple[str, int, int]  # ("workshop", year, workshop id) or ("theme", year, theme id or 0)
Person = tuple[str, str]  # (name folded, phone)


def known_people(db: Session, years: Collection[int]) -> dict[Group, set[Person]]:
    """The people still known by name who came to the held sessions of those years, by workshop and theme."""
    people: dict[Group, set[Person]] = {}
    if not years:
        return people
    came = (
        select(col(WorkshopSession.day), col(WorkshopSession.workshop_id), col(Workshop.theme_id), Enrolment)
        .join(WorkshopSession, col(WorkshopSession.id) == Enrolment.session_id)
        .join(Workshop, col(Workshop.id) == WorkshopSession.workshop_id)
        .where(WorkshopSession.status == SessionStatus.HELD, col(Enrolment.attended).is_(True),
               col(Enrolment.erased).is_(False), WorkshopSession.day >= date(min(years), 1, 1),
               WorkshopSession.day <= date(max(years), 12, 31))
    )
    for day, workshop_id, theme_id, enrolment in db.exec(came):
        if day.year in years:
            person = (enrolment.name.casefold(), enrolment.phone)
            people.setdefault(("workshop", day.year, workshop_id), set()).add(person)
            people.setdefault(("theme", day.year, theme_id or 0), set()).add(person)
    return people


def tallies(db: Session, year: int) -> dict[Group, int]:
    """The people of ``year`` no longer known by name, by workshop and theme."""
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


def _erase(db: Session, rows: Sequence[Enrolment]) -> None:
    """Erase names and phones, first counting the people who stop being known by name.

    A person who came three times in a year counts once: what the erasure takes away from the people
    still known by name, of each workshop and theme of each year, goes to the tallies.
    """
    session_ids = {row.session_id for row in rows}
    years = {day.year for day in db.exec(
        select(col(WorkshopSession.day)).where(col(WorkshopSession.id).in_(session_ids)))} if rows else set()
    before = known_people(db, years)
    for row in rows:
        row.name, row.phone, row.erased = "", "", True
    db.flush()
    after = known_people(db, years)
    gone = {group: len(people) - len(after.get(group, ())) for group, people in before.items()}
    add_to_tallies(db, {group: count for group, count in gone.items() if count})


def erase_expired_participants(ctx: Context, today: date) -> int:
    """Erase names and phones of enrolments to sessions older than the retention period; how many.

    The places, statuses and attendance counts stay (anonymous). Idempotent: for the scheduler.
    """
    cutoff = rules.retention_cutoff(today, int(settings.get(ctx, "participant_retention_months")))
    with ctx.writing() as unit:
        rows = list(
            unit.db.exec(
                select(Enrolment)
                .join(WorkshopSession, col(WorkshopSession.id) == Enrolment.session_id)
                .where(WorkshopSession.day < cutoff, col(Enrolment.erased).is_(False))
            )
        )
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
    query = select(Enrolment).where(func.lower(Enrolment.name) == name.lower(), col(Enrolment.erased).is_(False))
    if phone:
        query = query.where(Enrolment.phone == phone)
    return list(db.exec(query.order_by(col(Enrolment.id))))


def forget_participant(ctx: Context, name: str, phone: str = "") -> int:
    """Erase one person everywhere (their name, and their phone when given); how many enrolments."""
    name, phone = clean_text(name), rules.normalise_phone(phone)
    with ctx.writing() as unit:
        rows = _same_person(unit.db, name, phone)
        _erase(unit.db, rows)
        unit.audit("forget", Entity.ENROLMENT, None, after={"count": len(rows)})
        return len(rows)


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
        }
    return json.dumps(data, ensure_ascii=False, indent=2)
