"""What the meetings' use cases share: loading a meeting or an item (locked while writing, refused once the
minutes are approved), marking them changed, and checking titles, durations and drafts."""

from sqlmodel import Session, col, select

from app.domain.errors import RuleViolation
from app.domain.kept_years import check_calendar_days
from app.domain.meetings import Attendance, MeetingKind, MeetingStatus
from app.services.context import UnitOfWork, id_of
from app.services.errors import UNKNOWN_MEMBER, NotAllowed, NotFound, StaleEdit
from app.services.meetings.errors import (
    BAD_MINUTES,
    EMPTY_MEETING_TITLE,
    ENDS_BEFORE_START,
    MINUTES_LOCKED,
    PLACE_TOO_LONG,
    TITLE_TOO_LONG,
    UNKNOWN_ITEM,
    UNKNOWN_MEETING,
)
from app.services.meetings.views import MeetingDraft, duration_minutes, summary_of
from app.storage.models import Member
from app.storage.models.meetings import AgendaItem, Meeting, MeetingAttendance

MAX_ITEM_MINUTES = 600
MAX_TITLE = 200  # what the database keeps of a meeting's or an item's title
MAX_PLACE = 120  # and of a meeting's place


def load(db: Session, meeting_id: int, *, lock: bool = False) -> Meeting:
    query = select(Meeting).where(Meeting.id == meeting_id)
    meeting = db.exec(query.with_for_update() if lock else query).first()
    if meeting is None:
        raise NotFound(UNKNOWN_MEETING)
    return meeting


def editable(unit: UnitOfWork, meeting_id: int, expected_version: int | None = None) -> Meeting:
    """The meeting, locked, provided its minutes are still a draft."""
    meeting = load(unit.db, meeting_id, lock=True)
    if meeting.status == MeetingStatus.APPROVED.value:
        raise NotAllowed(MINUTES_LOCKED)
    if expected_version is not None and meeting.version != expected_version:
        raise StaleEdit(summary_of(meeting))
    return meeting


def touch(unit: UnitOfWork, meeting: Meeting) -> None:
    """A new version of the meeting: an edit of its details begun before this one is stale."""
    meeting.version += 1
    unit.db.add(meeting)
    unit.db.flush()


def locked_item(unit: UnitOfWork, item_id: int) -> tuple[AgendaItem, Meeting]:
    """The item, as last committed, and its meeting, locked, provided the minutes are still a draft."""
    item = unit.db.get(AgendaItem, item_id)
    if item is None:
        raise NotFound(UNKNOWN_ITEM)
    meeting = editable(unit, item.meeting_id)
    # Every write to an item holds its meeting's lock: read the item again now that the lock is ours, so
    # that the version compared is the one the last writer committed (PostgreSQL reads per statement).
    unit.db.refresh(item)
    if item.removed:
        raise NotFound(UNKNOWN_ITEM)
    return item, meeting


def bump(unit: UnitOfWork, item: AgendaItem) -> None:
    """A new version of the item: a save of it (notes, title...) begun before this one is stale."""
    item.version += 1
    unit.db.add(item)
    unit.db.flush()


def agenda(db: Session, meeting_id: int) -> list[AgendaItem]:
    """The meeting's items still on its agenda, in their order."""
    return list(
        db.exec(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == meeting_id, ~col(AgendaItem.removed))
            .order_by(col(AgendaItem.position), col(AgendaItem.id))
        )
    )


def present(db: Session, meeting_id: int) -> list[int]:
    """The members marked present at the meeting."""
    return list(db.exec(select(MeetingAttendance.member_id).where(
        MeetingAttendance.meeting_id == meeting_id,
        MeetingAttendance.attendance == Attendance.PRESENT.value)))


def member_names(db: Session) -> dict[int, str]:
    return {id_of(member): member.name for member in db.exec(select(Member))}


def active_ids(db: Session) -> set[int]:
    return {id_of(member) for member in db.exec(select(Member).where(col(Member.active)))}


def member(unit: UnitOfWork, member_id: int) -> Member:
    found = unit.db.get(Member, member_id)
    if found is None:
        raise NotFound(UNKNOWN_MEMBER)
    return found


def check_title(title: str, message: str) -> str:
    title = " ".join(title.split())
    if not title:
        raise RuleViolation(message)
    if len(title) > MAX_TITLE:
        raise RuleViolation(TITLE_TOO_LONG)
    return title


def check_place(place: str) -> str:
    """A meeting's place, refused beyond :data:`MAX_PLACE` (it was cut there without a word: the address typed
    lost its end)."""
    place = place.strip()
    if len(place) > MAX_PLACE:
        raise RuleViolation(PLACE_TOO_LONG, limit=MAX_PLACE)
    return place


def check_minutes(minutes: int) -> int:
    if not 0 <= minutes <= MAX_ITEM_MINUTES:
        raise RuleViolation(BAD_MINUTES)
    return minutes


def check_draft(draft: MeetingDraft) -> MeetingDraft:
    check_calendar_days(draft.day)  # the meeting's week, and its actions due a week later, are computed with it
    if duration_minutes(draft.start, draft.end) <= 0:
        raise RuleViolation(ENDS_BEFORE_START)
    return MeetingDraft(
        title=check_title(draft.title, EMPTY_MEETING_TITLE),
        day=draft.day,
        start=draft.start,
        end=draft.end,
        kind=MeetingKind(draft.kind),
        place=check_place(draft.place),
        room_id=draft.room_id,
    )
