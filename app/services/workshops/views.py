"""The read objects of workshops (what the pages, dialogs and exports get), the drafts they send back, and
how the rows become them."""

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time

from sqlalchemy import func
from sqlmodel import Session, col, select

from app.domain import cycles
from app.domain.workshops import EnrolmentStatus, SessionStatus, WorkshopStatus
from app.services.context import id_of
from app.services.workshops.messages import SessionWarning
from app.storage.models import Partner, Room
from app.storage.models.workshops import CycleEnrolment, Enrolment, Workshop, WorkshopSession, WorkshopTheme


@dataclass(frozen=True)
class ThemeView:
    id: int
    name: str
    active: bool


@dataclass(frozen=True)
class FacilitatorView:
    member_id: int
    name: str
    preparation_minutes: int


@dataclass(frozen=True)
class PartnerView:
    id: int
    name: str
    kind: str
    contact_person: str
    phone: str
    email: str
    notes: str
    active: bool
    workshops: tuple[str, ...] = ()  # titles of the workshops done with this partner
    meetings: int = 0  # the meetings held where it was present, up to today


@dataclass(frozen=True)
class PartnerDraft:
    name: str
    kind: str = ""
    contact_person: str = ""
    phone: str = ""
    email: str = ""
    notes: str = ""


@dataclass(frozen=True)
class WorkshopDraft:
    title: str
    capacity: int = 12
    theme_id: int | None = None
    description: str = ""
    audience: str = ""
    status: WorkshopStatus = WorkshopStatus.PLANNED
    is_cycle: bool = False  # a closed cycle: people enrol once for all its sessions


@dataclass(frozen=True)
class WorkshopView:
    id: int
    title: str
    theme_id: int | None
    theme: str
    description: str
    audience: str
    status: WorkshopStatus
    capacity: int
    version: int
    next_day: date | None = None
    session_count: int = 0
    warnings: tuple[SessionWarning, ...] = ()  # after a save: new facilitators booked elsewhere meanwhile
    is_cycle: bool = False

    def draft(self) -> WorkshopDraft:
        return WorkshopDraft(
            self.title, self.capacity, self.theme_id, self.description, self.audience, self.status, self.is_cycle
        )


@dataclass(frozen=True)
class SessionDraft:
    day: date
    start: time
    end: time
    room_id: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class SessionView:
    id: int
    workshop_id: int
    title: str
    day: date
    start: time
    end: time
    room_id: int | None
    room: str
    status: SessionStatus
    series_id: int | None
    attendance_count: int | None
    notes: str
    capacity: int
    confirmed_places: int = 0
    waiting_places: int = 0

    @property
    def minutes(self) -> int:
        return minutes_between(self.start, self.end)


@dataclass(frozen=True)
class EnrolmentView:
    id: int
    session_id: int
    name: str
    phone: str
    places: int
    status: EnrolmentStatus
    attended: bool | None
    erased: bool
    created_at: datetime


@dataclass(frozen=True)
class WorkshopDetail:
    workshop: WorkshopView
    sessions: tuple[SessionView, ...]
    facilitators: tuple[FacilitatorView, ...]
    partners: tuple[PartnerView, ...]


@dataclass(frozen=True)
class PlanResult:
    """Sessions created or changed, with what is worth telling (holiday, absent facilitator...)."""

    sessions: tuple[SessionView, ...]
    warnings: tuple[SessionWarning, ...] = ()


@dataclass(frozen=True)
class EnrolResult:
    enrolment: EnrolmentView
    waiting: bool


@dataclass(frozen=True)
class SummaryLine:
    """One line of the yearly summary: a workshop or a theme."""

    label: str
    sessions_held: int
    participants: int
    unique_participants: int
    partners: tuple[str, ...] = field(default=())


# --- from rows ---------------------------------------------------------------------------------------


def minutes_between(start: time, end: time) -> int:
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)


def theme_names(db: Session) -> dict[int, str]:
    return {id_of(theme): theme.name for theme in db.exec(select(WorkshopTheme))}


def theme_view(theme: WorkshopTheme) -> ThemeView:
    return ThemeView(id_of(theme), theme.name, theme.active)


def workshop_view(
    workshop: Workshop,
    themes: dict[int, str],
    sessions: Sequence[WorkshopSession] = (),
    today: date | None = None,
) -> WorkshopView:
    live = [s for s in sessions if s.status != SessionStatus.CANCELLED]
    upcoming = sorted(s.day for s in live if today is None or s.day >= today)
    return counted_view(workshop, themes, upcoming[0] if upcoming else None, len(live))


def counted_view(workshop: Workshop, themes: dict[int, str], next_day: date | None, session_count: int
                 ) -> WorkshopView:
    """The view of ``workshop`` whose sessions were counted already: its next day, and its sessions not
    cancelled."""
    return WorkshopView(
        id=id_of(workshop),
        title=workshop.title,
        theme_id=workshop.theme_id,
        theme=themes.get(workshop.theme_id, "") if workshop.theme_id else "",
        description=workshop.description,
        audience=workshop.audience,
        status=WorkshopStatus(workshop.status),
        capacity=workshop.capacity,
        version=workshop.version,
        is_cycle=workshop.is_cycle,
        next_day=next_day,
        session_count=session_count,
    )


def _places(db: Session, session_ids: Collection[int]) -> dict[tuple[int, str], int]:
    """The places taken in each session, by enrolment status (the cancelled ones left out)."""
    if not session_ids:
        return {}
    rows = db.exec(
        select(Enrolment.session_id, Enrolment.status, func.sum(Enrolment.places))
        .where(col(Enrolment.session_id).in_(session_ids), Enrolment.status != EnrolmentStatus.CANCELLED)
        .group_by(col(Enrolment.session_id), col(Enrolment.status))
    )
    return {(session_id, status): int(total) for session_id, status, total in rows}


def _cycle_seats(db: Session, rows: Sequence[WorkshopSession], cycle_ids: set[int]) -> dict[tuple[int, str], int]:
    """For the sessions of closed cycles, as ``_places``: the members expected that day, and the cycle's waiting
    list (one seat each)."""
    if not cycle_ids:
        return {}
    people: dict[int, list[CycleEnrolment]] = {}
    for person in db.exec(select(CycleEnrolment).where(col(CycleEnrolment.workshop_id).in_(cycle_ids))):
        people.setdefault(person.workshop_id, []).append(person)
    seats: dict[tuple[int, str], int] = {}
    for row in (r for r in rows if r.workshop_id in cycle_ids):
        members = people.get(row.workshop_id, [])
        counted = [cycles.Member(id_of(m), m.created_at.date(), m.joined_on, m.dropped_on) for m in members]
        seats[(id_of(row), EnrolmentStatus.CONFIRMED)] = cycles.seats_taken(counted, row.day)
        seats[(id_of(row), EnrolmentStatus.WAITING)] = sum(m.status == cycles.CycleStatus.WAITING for m in members)
    return seats


def session_views(db: Session, rows: Sequence[WorkshopSession]) -> list[SessionView]:
    workshops = (
        {
            id_of(w): w
            for w in db.exec(select(Workshop).where(col(Workshop.id).in_({r.workshop_id for r in rows})))
        }
        if rows
        else {}
    )
    rooms = {id_of(room): room.name for room in db.exec(select(Room))}
    places = _places(db, [id_of(r) for r in rows]) | _cycle_seats(
        db, rows, {id_ for id_, w in workshops.items() if w.is_cycle})
    return [
        SessionView(
            id=id_of(row),
            workshop_id=row.workshop_id,
            title=workshops[row.workshop_id].title,
            day=row.day,
            start=row.start_time,
            end=row.end_time,
            room_id=row.room_id,
            room=rooms.get(row.room_id, "") if row.room_id is not None else "",
            status=SessionStatus(row.status),
            series_id=row.series_id,
            attendance_count=row.attendance_count,
            notes=row.notes,
            capacity=workshops[row.workshop_id].capacity,
            confirmed_places=places.get((id_of(row), EnrolmentStatus.CONFIRMED), 0),
            waiting_places=places.get((id_of(row), EnrolmentStatus.WAITING), 0),
        )
        for row in sorted(rows, key=lambda r: (r.day, r.start_time, id_of(r)))
    ]


def enrolment_view(row: Enrolment) -> EnrolmentView:
    return EnrolmentView(
        id_of(row),
        row.session_id,
        row.name,
        row.phone,
        row.places,
        EnrolmentStatus(row.status),
        row.attended,
        row.erased,
        row.created_at,
    )


def partner_view(partner: Partner, workshops: tuple[str, ...] = (), meetings: int = 0) -> PartnerView:
    return PartnerView(
        id_of(partner),
        partner.name,
        partner.kind,
        partner.contact_person,
        partner.phone,
        partner.email,
        partner.notes,
        partner.active,
        workshops,
        meetings,
    )
