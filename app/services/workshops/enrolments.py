"""Enrolments in a session: first come, first served, a waiting list that moves up as places free.

(A workshop's "registration" in the users' words; the code says enrolment, keeping "register" for the
decision register.)
"""

from sqlalchemy import func
from sqlmodel import Session, col, select

from app.domain import names
from app.domain import workshops as rules
from app.domain.errors import QT_TRANSLATE_NOOP, RuleViolation
from app.domain.workshops import EnrolmentStatus, SessionStatus
from app.services import reminders
from app.services.changes import Entity
from app.services.context import Context, UnitOfWork, id_of
from app.services.errors import NotAllowed
from app.services.workshops.messages import (
    ENROLMENT_CANCELLED,
    IS_A_CYCLE,
    PARTICIPANT_NAME_LENGTH,
    SESSION_CANCELLED,
    UNKNOWN_ENROLMENT,
    UNKNOWN_SESSION,
    UNKNOWN_WORKSHOP,
    check_not_held,
    check_offered,
    clean_text,
    get_row,
)
from app.services.workshops.views import EnrolmentView, EnrolResult, enrolment_view
from app.storage.models.workshops import Enrolment, Workshop, WorkshopFacilitator, WorkshopSession

ALREADY_REGISTERED = QT_TRANSLATE_NOOP("Errors", "{name} is already registered for this session.")

# A session's enrolments in the order of the lists: the confirmed, then the waiting list, then the cancelled.
_LIST_ORDER = {EnrolmentStatus.CONFIRMED: 0, EnrolmentStatus.WAITING: 1, EnrolmentStatus.CANCELLED: 2}


def active_enrolments(db: Session, session_id: int) -> list[Enrolment]:
    """The enrolments of a session not cancelled, first come first."""
    return list(
        db.exec(
            select(Enrolment)
            .where(Enrolment.session_id == session_id, Enrolment.status != EnrolmentStatus.CANCELLED)
            .order_by(col(Enrolment.seq))
        )
    )


def _audit_picture(row: Enrolment) -> dict[str, object]:
    """What the audit log keeps of an enrolment: never the name or the phone (they are to be forgotten).

    So the enrolments are audited with this picture, not with ``unit.change`` (which keeps the whole row).
    """
    return {
        "id": row.id,
        "session_id": row.session_id,
        "places": row.places,
        "status": row.status,
        "attended": row.attended,
        "erased": row.erased,
    }


def _allocate(capacity: int, enrolments: list[Enrolment]) -> rules.Allocation:
    return rules.allocate(capacity, (rules.Enrolment(id_of(r), r.places, r.seq) for r in enrolments))


def reallocate(unit: UnitOfWork, workshop: Workshop, row: WorkshopSession) -> list[Enrolment]:
    """Move waiting people up as far as places allow (nobody confirmed loses a place); who moved up.

    Each promotion notifies the facilitators (no personal data in the notice).
    """
    enrolments = active_enrolments(unit.db, id_of(row))
    stored = rules.Allocation(
        tuple(id_of(r) for r in enrolments if r.status == EnrolmentStatus.CONFIRMED),
        tuple(id_of(r) for r in enrolments if r.status == EnrolmentStatus.WAITING),
    )
    promoted_ids = set(rules.newly_promoted(stored, _allocate(workshop.capacity, enrolments)))
    promoted = [r for r in enrolments if r.id in promoted_ids]
    facilitator_ids = list(
        unit.db.exec(
            select(WorkshopFacilitator.member_id).where(WorkshopFacilitator.workshop_id == workshop.id)
        )
    )
    # One notice per promotion: to the facilitator, or to everyone when several (or none) facilitate.
    told = facilitator_ids[0] if len(facilitator_ids) == 1 else None
    for enrolment in promoted:
        enrolment.status = EnrolmentStatus.CONFIRMED
        unit.audit("promote", Entity.ENROLMENT, enrolment.id, after=_audit_picture(enrolment))
        reminders.waiting_list_promoted(
            unit, member_id=told, participant_id=id_of(enrolment), title=workshop.title, day=row.day
        )
    unit.db.flush()
    return promoted


def list_enrolments(ctx: Context, session_id: int, *, include_cancelled: bool = False) -> list[EnrolmentView]:
    """A session's enrolments, first come first, the waiting list after the confirmed."""
    with ctx.reading() as db:
        query = select(Enrolment).where(Enrolment.session_id == session_id)
        rows = [r for r in db.exec(query) if include_cancelled or r.status != EnrolmentStatus.CANCELLED]
        rows.sort(key=lambda r: (_LIST_ORDER[EnrolmentStatus(r.status)], r.seq))
        return [enrolment_view(r) for r in rows]


def _next_seq(db: Session, session_id: int) -> int:
    last = db.exec(
        select(func.coalesce(func.max(Enrolment.seq), 0)).where(Enrolment.session_id == session_id)
    ).one()
    return int(last) + 1


def _check_not_registered(db: Session, session_id: int, name: str, phone: str) -> None:
    """One registration per person and session, as a closed cycle: the same name (case set aside) and phone.

    Called with the session locked, so that two workstations cannot both register them."""
    same_phone = [row for row in active_enrolments(db, session_id) if row.phone == phone and not row.erased]
    if names.named(same_phone, name, lambda row: row.name):
        raise RuleViolation(ALREADY_REGISTERED, name=name)


def enrol(ctx: Context, session_id: int, name: str, phone: str = "", places: int = 1) -> EnrolResult:
    """Enrol someone (first name or pseudonym, maybe a phone): confirmed if the places fit, else waiting."""
    name = clean_text(name, limit=PARTICIPANT_NAME_LENGTH)
    phone = rules.normalise_phone(phone)
    rules.validate_places(places)
    with ctx.writing() as unit:
        row = get_row(unit.db, WorkshopSession, session_id, UNKNOWN_SESSION, lock=True)  # serialises the places
        if row.status == SessionStatus.CANCELLED:
            raise NotAllowed(SESSION_CANCELLED)
        check_not_held(row)  # a session over but not yet held takes the names from its paper list
        workshop = get_row(unit.db, Workshop, row.workshop_id, UNKNOWN_WORKSHOP)
        if workshop.is_cycle:
            raise NotAllowed(IS_A_CYCLE)
        check_offered(workshop)
        _check_not_registered(unit.db, session_id, name, phone)
        rules.validate_places(places, workshop.capacity)  # more could never come in, and would hold the list
        enrolment = Enrolment(
            session_id=session_id,
            name=name,
            phone=phone,
            places=places,
            seq=_next_seq(unit.db, session_id),
            created_at=ctx.now(),
            status=EnrolmentStatus.WAITING,
        )
        unit.add(enrolment)
        if enrolment.id in _allocate(workshop.capacity, active_enrolments(unit.db, session_id)).confirmed:
            enrolment.status = EnrolmentStatus.CONFIRMED
        unit.db.flush()
        unit.audit("register", Entity.ENROLMENT, enrolment.id, after=_audit_picture(enrolment))
        return EnrolResult(enrolment_view(enrolment), enrolment.status == EnrolmentStatus.WAITING)


def cancel_enrolment(ctx: Context, enrolment_id: int) -> list[EnrolmentView]:
    """Cancel an enrolment; the waiting people it lets in, so that the facilitators tell them."""
    with ctx.writing() as unit:
        enrolment = get_row(unit.db, Enrolment, enrolment_id, UNKNOWN_ENROLMENT)
        row = get_row(unit.db, WorkshopSession, enrolment.session_id, UNKNOWN_SESSION, lock=True)
        unit.db.refresh(enrolment)
        if enrolment.status == EnrolmentStatus.CANCELLED:
            raise NotAllowed(ENROLMENT_CANCELLED)
        before = _audit_picture(enrolment)
        enrolment.status = EnrolmentStatus.CANCELLED
        unit.db.flush()
        unit.audit("cancel", Entity.ENROLMENT, enrolment.id, before=before, after=_audit_picture(enrolment))
        promoted = []
        if row.status == SessionStatus.PLANNED:
            promoted = reallocate(unit, get_row(unit.db, Workshop, row.workshop_id, UNKNOWN_WORKSHOP), row)
        return [enrolment_view(r) for r in promoted]
