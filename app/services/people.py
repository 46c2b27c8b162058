"""The directory of people who are not staff: inhabitants, habitants-relais and partners' contacts.

Create, edit, deactivate and erase a person; list and search the directory; choose the people who
co-facilitate a workshop. Their presence at meetings is in ``app.services.meetings`` (``add_guest``...).

Each use case is one transaction, audited under "person" with a picture that never holds the name nor the
contact data (they are to be forgotten, as workshop participants' are). A person is erased on request or once
``participant_retention_months`` have passed since they last took part, never while something they take part
in is planned: the name and the contact data go, the row stays with its role and organisation, so that the
counts of people involved never change.
"""

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import and_, func, true, update
from sqlalchemy.sql import ColumnElement
from sqlmodel import Session, col, select

from app.domain import names
from app.domain import people as rules
from app.domain.errors import QT_TRANSLATE_NOOP
from app.domain.meetings import MeetingStatus
from app.domain.members import name_key
from app.domain.people import PersonDraft, PersonRole
from app.domain.workshops import SessionStatus, retention_cutoff
from app.services import settings
from app.services.changes import Entity
from app.services.context import Context, UnitOfWork, id_of
from app.services.errors import NotAllowed, NotFound
from app.storage.models.meetings import Meeting
from app.storage.models.partners import Partner
from app.storage.models.people import MeetingGuest, Person, SessionCoFacilitator, WorkshopCoFacilitator
from app.storage.models.workshops import Workshop, WorkshopSession

UNKNOWN_PERSON = QT_TRANSLATE_NOOP("Errors", "This person is not in the directory.")
UNKNOWN_PARTNER = QT_TRANSLATE_NOOP("Errors", "This partner does not exist.")
UNKNOWN_WORKSHOP = QT_TRANSLATE_NOOP("Errors", "This workshop does not exist.")
PERSON_ERASED = QT_TRANSLATE_NOOP("Errors", "This person was erased: nothing more can be recorded about them.")
HELD_MEETINGS = (MeetingStatus.HELD.value, MeetingStatus.APPROVED.value)
PERSON_INACTIVE = QT_TRANSLATE_NOOP("Errors", "This person is no longer active in the directory.")


@dataclass(frozen=True)
class PersonView:
    id: int
    name: str  # "" once erased
    role: PersonRole
    phone: str
    email: str
    consent_on: date | None
    partner_id: int | None
    partner_name: str  # "" without one
    active: bool
    last_active: date  # the latest day they take part, planned ones included: the retention counts from it
    erased: bool
    last_came: date | None = None  # the latest meeting or session held, up to today, they took part in

    def draft(self) -> PersonDraft:
        return PersonDraft(name=self.name, role=self.role, phone=self.phone, email=self.email,
                           consent_on=self.consent_on, partner_id=self.partner_id)


def _view(person: Person, partner_name: str | None) -> PersonView:
    return PersonView(
        id=id_of(person), name=person.name, role=PersonRole(person.role), phone=person.phone,
        email=person.email, consent_on=person.consent_on, partner_id=person.partner_id,
        partner_name=partner_name or "", active=person.active, last_active=person.last_active,
        erased=person.erased,
    )


def _picture(person: Person) -> dict[str, object]:
    """What the audit log keeps of a person: never the name nor the contact data, only whether there are."""
    return {
        "id": person.id, "role": person.role, "partner_id": person.partner_id, "active": person.active,
        "erased": person.erased, "consent_on": person.consent_on, "has_phone": bool(person.phone),
        "has_email": bool(person.email),
    }


@contextmanager
def _changing(unit: UnitOfWork, person: Person, action: str) -> Iterator[Person]:
    """As ``unit.change``, with the picture of :func:`_picture` instead of the whole row."""
    before = None if person.id is None else _picture(person)
    yield person
    unit.add(person)
    unit.audit(action, Entity.PERSON, person.id, before=before, after=_picture(person))


def _views(db: Session, *conditions: ColumnElement[bool] | bool) -> list[PersonView]:
    """The people of ``conditions`` in the directory's order: by name as a French reader expects (« Élodie »
    between « David » and « Fatou »), the erased last. Sorted in Python, by the key of every list of names:
    SQL's lower() left « Élodie » after « Zoé » on SQLite, and PostgreSQL orders by the database's collation."""
    rows = db.exec(
        select(Person, col(Partner.name)).outerjoin(Partner, col(Partner.id) == Person.partner_id).where(*conditions)
    ).all()
    in_order = sorted(rows, key=lambda row: (row[0].erased, name_key(row[0].name), row[0].id))
    return [_view(person, partner) for person, partner in in_order]


def _with_last_came(db: Session, views: list[PersonView], today: date) -> list[PersonView]:
    """The views with the latest day each person came: a meeting held or a co-facilitated session held, up to
    ``today`` (a planned meeting is not a visit yet)."""
    came = _latest_days(db, [view.id for view in views],
                        and_(col(Meeting.day) <= today, col(Meeting.status).in_(HELD_MEETINGS)),
                        and_(col(WorkshopSession.day) <= today,
                             col(WorkshopSession.status) == SessionStatus.HELD.value))
    return [replace(view, last_came=came.get(view.id)) for view in views]


def _latest_days(db: Session, person_ids: list[int], meetings: ColumnElement[bool],
                 sessions: ColumnElement[bool]) -> dict[int, date]:
    """Person id → the latest day of the ``meetings`` they are a guest at and of the ``sessions`` they
    co-facilitate (nobody for a person with none)."""
    if not person_ids:
        return {}
    guest = (select(MeetingGuest.person_id, func.max(Meeting.day))
             .join(Meeting, col(Meeting.id) == MeetingGuest.meeting_id)
             .where(col(MeetingGuest.person_id).in_(person_ids), meetings).group_by(col(MeetingGuest.person_id)))
    co_lead = (select(SessionCoFacilitator.person_id, func.max(WorkshopSession.day))
               .join(WorkshopSession, col(WorkshopSession.id) == SessionCoFacilitator.session_id)
               .where(col(SessionCoFacilitator.person_id).in_(person_ids), sessions)
               .group_by(col(SessionCoFacilitator.person_id)))
    latest: dict[int, date] = {}
    for person_id, day in [*db.exec(guest).all(), *db.exec(co_lead).all()]:
        latest[person_id] = max(day, latest.get(person_id, day))
    return latest


def locked(unit: UnitOfWork, person_id: int) -> Person:
    person = unit.db.exec(select(Person).where(Person.id == person_id).with_for_update()).first()
    if person is None:
        raise NotFound(UNKNOWN_PERSON)
    return person


def present_person(unit: UnitOfWork, person_id: int) -> Person:
    """The person, locked, provided they may still take part (not erased, still active)."""
    person = locked(unit, person_id)
    if person.erased:
        raise NotAllowed(PERSON_ERASED)
    if not person.active:
        raise NotAllowed(PERSON_INACTIVE)
    return person


def seen_on(person: Person, day: date) -> None:
    """The person took part on ``day``: their retention period starts again from it."""
    person.last_active = max(person.last_active, day)


def _checked(unit: UnitOfWork, draft: PersonDraft) -> PersonDraft:
    draft = rules.clean_draft(draft, unit.context.today())
    if draft.partner_id is not None and unit.db.get(Partner, draft.partner_id) is None:
        raise NotFound(UNKNOWN_PARTNER)
    return draft


def _fill(person: Person, draft: PersonDraft) -> None:
    person.name, person.role, person.phone, person.email = draft.name, draft.role.value, draft.phone, draft.email
    person.consent_on, person.partner_id = draft.consent_on, draft.partner_id


def create_person(ctx: Context, draft: PersonDraft) -> PersonView:
    """A new person in the directory (see the consent rule in ``app.domain.people``)."""
    with ctx.writing() as unit:
        person = insert(unit, draft)
        return _views(unit.db, Person.id == id_of(person))[0]


def insert(unit: UnitOfWork, draft: PersonDraft) -> Person:
    """Within a transaction (the dialog's, an import's): a new person, checked and audited."""
    draft = _checked(unit, draft)
    person = Person(name=draft.name, last_active=unit.context.today())
    with _changing(unit, person, "create"):
        _fill(person, draft)
    return person


def change(unit: UnitOfWork, person: Person, draft: PersonDraft) -> None:
    """Within a transaction: ``person`` now says what ``draft`` says (an import's line), checked and audited."""
    if person.erased:
        raise NotAllowed(PERSON_ERASED)
    draft = _checked(unit, draft)
    with _changing(unit, person, "edit"):
        _fill(person, draft)
    _count_in_role_until_held(unit.db, person)


def _count_in_role_until_held(db: Session, person: Person) -> None:
    """The meetings and the sessions still planned count the person in their role as it is now; those held (or
    cancelled) keep the role they were counted in: the reports printed counted them so."""
    planned_meetings = select(Meeting.id).where(Meeting.status == MeetingStatus.PLANNED.value)
    planned_sessions = select(WorkshopSession.id).where(WorkshopSession.status == SessionStatus.PLANNED.value)
    db.execute(update(MeetingGuest).values(role=person.role).where(
        col(MeetingGuest.person_id) == person.id, col(MeetingGuest.meeting_id).in_(planned_meetings)))
    db.execute(update(SessionCoFacilitator).values(role=person.role).where(
        col(SessionCoFacilitator.person_id) == person.id, col(SessionCoFacilitator.session_id).in_(planned_sessions)))


def update_person(ctx: Context, person_id: int, draft: PersonDraft) -> PersonView:
    with ctx.writing() as unit:
        change(unit, locked(unit, person_id), draft)
        return _views(unit.db, Person.id == person_id)[0]


def set_active(ctx: Context, person_id: int, active: bool) -> None:
    """Deactivate someone who stopped taking part (kept, and named where they were), or reactivate them."""
    with ctx.writing() as unit:
        person = locked(unit, person_id)
        if person.erased and active:
            raise NotAllowed(PERSON_ERASED)
        with _changing(unit, person, "activate" if active else "deactivate"):
            person.active = active
            if active:
                seen_on(person, ctx.today())


def _erase(person: Person) -> None:
    person.name, person.phone, person.email, person.consent_on = "", "", "", None
    person.active, person.erased = False, True


def erase_person(ctx: Context, person_id: int) -> None:
    """Forget a person on their request: name and contact data go; where they took part stays counted."""
    with ctx.writing() as unit:
        person = locked(unit, person_id)
        if not person.erased:
            with _changing(unit, person, "erase"):
                _erase(person)


def erase_expired_people(ctx: Context, today: date) -> int:
    """Erase the people who took no part for the retention period (as workshop participants); how many.

    Idempotent: for the scheduler's retention job.
    """
    cutoff = retention_cutoff(today, int(settings.get(ctx, "participant_retention_months")))
    with ctx.writing() as unit:
        rows = list(unit.db.exec(select(Person).where(~col(Person.erased), col(Person.last_active) < cutoff)))
        rows = [person for person in rows if _last_part(unit.db, id_of(person)) < cutoff]
        for person in rows:
            _erase(person)
            unit.db.add(person)
        if rows:
            unit.db.flush()
            unit.audit("erase_expired", Entity.PERSON, None,
                       after={"count": len(rows), "before": cutoff.isoformat()})
        return len(rows)


def _last_part(db: Session, person_id: int) -> date:
    """The latest day the person takes part, past or planned: a meeting they are a guest at, a session not
    cancelled they co-facilitate (``last_active`` only moves when they are added: a weekly session planned
    afterwards would not keep them). ``date.min`` for none."""
    days = _latest_days(db, [person_id], true(), col(WorkshopSession.status) != SessionStatus.CANCELLED.value)
    return days.get(person_id, date.min)


def get_person(ctx: Context, person_id: int) -> PersonView:
    with ctx.reading() as db:
        found = _with_last_came(db, _views(db, Person.id == person_id), ctx.today())
    if not found:
        raise NotFound(UNKNOWN_PERSON)
    return found[0]


def list_people(ctx: Context, *, search: str = "", roles: Iterable[PersonRole] = (),
                include_inactive: bool = False) -> list[PersonView]:
    """The directory in alphabetical order (the erased last), filtered by words of a name or an organisation,
    and by role."""
    conditions: list[ColumnElement[bool]] = [] if include_inactive else [col(Person.active).is_(True)]
    if values := [PersonRole(role).value for role in roles]:
        conditions.append(col(Person.role).in_(values))
    with ctx.reading() as db:
        # The words are looked for in Python: SQL's lower() misses « Émilie » (see app.domain.names), and
        # the directory is small.
        found = [view for view in _views(db, *conditions)
                 if names.has_words((view.name, view.partner_name), search.split())]
        return _with_last_came(db, found, ctx.today())


def views_of(db: Session, person_ids: Iterable[int]) -> dict[int, PersonView]:
    """The people of ``person_ids``, by id (for the meetings' guests and the workshops' co-facilitators)."""
    ids = set(person_ids)
    return {view.id: view for view in _views(db, col(Person.id).in_(ids))} if ids else {}


def co_facilitators(ctx: Context, workshop_id: int) -> list[PersonView]:
    with ctx.reading() as db:
        ids = db.exec(select(WorkshopCoFacilitator.person_id)
                      .where(WorkshopCoFacilitator.workshop_id == workshop_id)).all()
        return list(views_of(db, ids).values())


def set_co_facilitators(ctx: Context, workshop_id: int, person_ids: Iterable[int]) -> None:
    """The people who co-facilitate the workshop with the team (no hours: they are not staff)."""
    from app.services.workshops.sessions import follow_workshop  # the workshops' services import this module

    with ctx.writing() as unit:
        workshop = unit.db.get(Workshop, workshop_id)
        if workshop is None:
            raise NotFound(UNKNOWN_WORKSHOP)
        replace_co_facilitators(unit, workshop_id, person_ids)
        follow_workshop(unit.db, workshop)


def replace_co_facilitators(unit: UnitOfWork, workshop_id: int, person_ids: Iterable[int]) -> None:
    """Within a workshop's own save: its co-facilitators become ``person_ids``; a newcomer must be active. (The
    save then has its sessions still planned follow the workshop: ``workshops.sessions.follow_workshop``.)"""
    wanted = set(person_ids)
    rows = {row.person_id: row for row in unit.db.exec(
        select(WorkshopCoFacilitator).where(WorkshopCoFacilitator.workshop_id == workshop_id))}
    last_day = _last_session_day(unit.db, workshop_id) or unit.context.today()
    for person_id in sorted(wanted - rows.keys()):
        seen_on(present_person(unit, person_id), last_day)
        row = unit.add(WorkshopCoFacilitator(workshop_id=workshop_id, person_id=person_id))
        unit.audit("add_co_facilitator", Entity.WORKSHOP, workshop_id, after=row)
    for person_id in sorted(rows.keys() - wanted):
        unit.audit("remove_co_facilitator", Entity.WORKSHOP, workshop_id, before=rows[person_id])
        unit.db.delete(rows[person_id])
    unit.changed(Entity.PERSON)


def _last_session_day(db: Session, workshop_id: int) -> date | None:
    return db.exec(select(func.max(WorkshopSession.day)).where(WorkshopSession.workshop_id == workshop_id)).one()


def involved(db: Session, first: date, until: date, held_meetings: Iterable[str]) -> dict[PersonRole, int]:
    """The different people who were guests at a meeting held, or co-facilitated a session held, between the
    two days (included), by the role each was counted in there (recorded with them, kept once held): someone
    who took part in two roles over the period counts in each. Neither a role changed later nor an erasure
    (the links stay) changes the figure."""
    guests = (select(MeetingGuest.person_id, MeetingGuest.role)
              .join(Meeting, col(Meeting.id) == MeetingGuest.meeting_id)
              .where(Meeting.day >= first, Meeting.day <= until, col(Meeting.status).in_(tuple(held_meetings))))
    co_leads = (select(SessionCoFacilitator.person_id, SessionCoFacilitator.role)
                .join(WorkshopSession, col(WorkshopSession.id) == SessionCoFacilitator.session_id)
                .where(WorkshopSession.day >= first, WorkshopSession.day <= until,
                       WorkshopSession.status == SessionStatus.HELD.value))
    people = guests.union(co_leads).subquery()  # each person once per role
    counts = dict(db.exec(select(people.c.role, func.count()).group_by(people.c.role)).all())
    return {role: counts.get(role.value, 0) for role in PersonRole}
