"""The read objects of meetings, plain frozen dataclasses the UI and the exports hold, and how rows become
them."""

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy.sql import ColumnElement
from sqlmodel import Session, col, select

from app.domain.errors import CercleError
from app.domain.meetings import Attendance, ItemKind, MeetingKind, MeetingStatus
from app.domain.people import PersonRole
from app.services.context import id_of
from app.storage.models import Member
from app.storage.models.meetings import ActionItem, AgendaItem, Meeting


@dataclass(frozen=True)
class MeetingDraft:
    title: str
    day: date
    start: time
    end: time
    kind: MeetingKind = MeetingKind.TEAM
    place: str = ""
    room_id: int | None = None


@dataclass(frozen=True)
class MeetingSummary:
    id: int
    kind: MeetingKind
    title: str
    day: date
    start: time
    end: time
    place: str
    status: MeetingStatus
    series_id: int | None
    version: int
    room_id: int | None = None  # the room booked, if any: an edit of the details keeps it
    # after an edit moving it: those marked present who are booked elsewhere at its new time
    warnings: tuple[CercleError, ...] = ()

    @property
    def minutes(self) -> int:
        return duration_minutes(self.start, self.end)


@dataclass(frozen=True)
class PersonAttendance:
    member_id: int
    name: str
    attendance: Attendance | None  # None: not recorded yet


@dataclass(frozen=True)
class PartnerAttendance:
    """A partner organisation present at a meeting: named in the minutes, never in a quorum, never credited.

    ``contacts``: the names of its contacts present (people of the directory who are not staff), by name.
    """

    partner_id: int
    name: str
    contacts: tuple[str, ...] = ()


@dataclass(frozen=True)
class GuestView:
    """Someone who is not staff at the meeting (``meetings.guests``): never in a quorum, never credited."""

    person_id: int
    name: str  # "" once the person was erased
    role: PersonRole
    partner_id: int | None  # the organisation of a partner's contact
    partner_name: str  # its name, "" otherwise
    erased: bool


@dataclass(frozen=True)
class AgendaItemView:
    id: int
    position: int
    kind: ItemKind
    title: str
    planned_minutes: int
    spent_minutes: int
    notes: str
    proposal_id: int | None
    submitted_by: int | None
    source_action_id: int | None
    version: int  # what a save of the notes or of the item gives back as its ``expected_version``


@dataclass(frozen=True)
class ActionView:
    id: int
    meeting_id: int
    meeting_day: date
    owner_id: int
    owner_name: str
    description: str
    due: date | None
    status: str
    done_at: datetime | None

    @property
    def text(self) -> str:
        return self.description

    @property
    def is_open(self) -> bool:
        return self.status == "open"

    def is_overdue(self, today: date) -> bool:
        return self.is_open and self.due is not None and self.due < today


@dataclass(frozen=True)
class BlockReason:
    name: str
    reason: str


@dataclass(frozen=True)
class DecisionView:
    """A proposal treated in the meeting, as the minutes tell it."""

    proposal_id: int
    title: str
    text: str
    version: int | None  # the number of ``text``, a position recorded on it names it (None once approved)
    status: str
    outcome: str | None
    statement: str
    agree: int
    stand_aside: int
    abstain: int
    block: int
    blocks: tuple[BlockReason, ...]


@dataclass(frozen=True)
class ErratumView:
    at: datetime
    day: date  # the day it was written, in the centre's time zone: what the minutes date it
    by_name: str | None
    text: str


@dataclass(frozen=True)
class MeetingDetail:
    summary: MeetingSummary
    roles: dict[str, int | None]  # rules.ROLES -> member id
    names: dict[int, str]  # every member named in the meeting
    attendance: tuple[PersonAttendance, ...]
    items: tuple[AgendaItemView, ...]
    decisions: tuple[DecisionView, ...]
    actions: tuple[ActionView, ...]
    errata: tuple[ErratumView, ...]
    approved_at: datetime | None
    next_meeting: MeetingSummary | None
    partners: tuple[PartnerAttendance, ...] = ()  # the organisations present, by name, with their contacts
    guests: tuple[GuestView, ...] = ()  # inhabitants, habitants-relais and partners' contacts present

    def present_ids(self) -> list[int]:
        return [p.member_id for p in self.attendance if p.attendance == Attendance.PRESENT]

    def people(self, attendance: Attendance) -> list[str]:
        return [p.name for p in self.attendance if p.attendance == attendance]

    def role_name(self, role: str) -> str | None:
        member_id = self.roles.get(role)
        return None if member_id is None else self.names.get(member_id)


def duration_minutes(start: time, end: time) -> int:
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)



def summary_of(meeting: Meeting) -> MeetingSummary:
    return MeetingSummary(
        id=id_of(meeting),
        kind=MeetingKind(meeting.kind),
        title=meeting.title,
        day=meeting.day,
        start=meeting.start_time,
        end=meeting.end_time,
        place=meeting.place,
        status=MeetingStatus(meeting.status),
        series_id=meeting.series_id,
        version=meeting.version,
        room_id=meeting.room_id,
    )


def item_view(item: AgendaItem) -> AgendaItemView:
    return AgendaItemView(
        id=id_of(item),
        position=item.position,
        kind=ItemKind(item.kind),
        title=item.title,
        planned_minutes=item.planned_minutes,
        spent_minutes=item.spent_minutes,
        notes=item.notes,
        proposal_id=item.proposal_id,
        submitted_by=item.submitted_by,
        source_action_id=item.source_action_id,
        version=item.version,
    )


def action_views(db: Session, *conditions: ColumnElement[bool] | bool) -> list[ActionView]:
    """The action items meeting ``conditions``, with their owner's name and meeting's day, soonest due first."""
    rows = db.exec(
        select(ActionItem, col(Member.name), col(Meeting.day))
        .where(*conditions)
        .join(Member, col(Member.id) == col(ActionItem.owner_id))
        .join(Meeting, col(Meeting.id) == col(ActionItem.meeting_id))
        .order_by(col(ActionItem.due).is_(None), col(ActionItem.due), col(ActionItem.id))
    ).all()
    return [
        ActionView(
            id=id_of(action),
            meeting_id=action.meeting_id,
            meeting_day=day,
            owner_id=action.owner_id,
            owner_name=name,
            description=action.description,
            due=action.due,
            status=action.status,
            done_at=action.done_at,
        )
        for action, name, day in rows
    ]


def action_view(db: Session, action: ActionItem) -> ActionView:
    return action_views(db, col(ActionItem.id) == id_of(action))[0]
