"""The minutes: the meeting held, its minutes approved (locked from then on), corrected only by errata."""

from app.domain.errors import RuleViolation
from app.domain.kept_years import local_moment
from app.domain.meetings import MeetingStatus, has_begun
from app.services.changes import Entity
from app.services.context import Context, UnitOfWork, id_of
from app.services.errors import NotAllowed
from app.services.meetings.errors import EMPTY_ERRATUM, NOT_APPROVED, NOT_BEGUN, NOT_HELD_YET
from app.services.meetings.rows import editable, load, touch
from app.services.meetings.told import keep_decisions
from app.services.meetings.views import ErratumView, MeetingSummary, summary_of
from app.storage.models import Member
from app.storage.models.meetings import Meeting, MinutesErratum


def mark_held(ctx: Context, meeting_id: int) -> MeetingSummary:
    """The meeting took place (once it has begun): its minutes are to be approved."""
    with ctx.writing() as unit:
        meeting = _begun(unit, meeting_id)
        with unit.change(meeting, Entity.MEETING, "held"):
            meeting.status = MeetingStatus.HELD.value
            touch(unit, meeting)
        return summary_of(meeting)


def approve_minutes(ctx: Context, meeting_id: int) -> MeetingSummary:
    """Approve the minutes: from now on they are locked, and corrected only by errata. The decisions are kept
    as the minutes tell them now: the proposals live on, the approved minutes do not change with them."""
    with ctx.writing() as unit:
        meeting = _begun(unit, meeting_id)  # one marked held ahead of its time, before that was refused, waits
        if meeting.status != MeetingStatus.HELD.value:
            raise NotAllowed(NOT_HELD_YET)
        with unit.change(meeting, Entity.MEETING, "approve"):
            meeting.status = MeetingStatus.APPROVED.value
            meeting.approved_at = ctx.now()
            touch(unit, meeting)
        keep_decisions(unit.db, meeting_id)
        return summary_of(meeting)


def _begun(unit: UnitOfWork, meeting_id: int) -> Meeting:
    """The meeting, locked while its minutes are a draft, provided it has begun by the centre's clock."""
    meeting = editable(unit, meeting_id)
    if not has_begun(meeting.day, meeting.start_time, unit.context.local_now()):
        raise NotAllowed(NOT_BEGUN, day=meeting.day, start=meeting.start_time)
    return meeting


def add_erratum(ctx: Context, meeting_id: int, text: str) -> ErratumView:
    text = text.strip()
    if not text:
        raise RuleViolation(EMPTY_ERRATUM)
    with ctx.writing() as unit:
        meeting = load(unit.db, meeting_id, lock=True)
        if meeting.status != MeetingStatus.APPROVED.value:
            raise NotAllowed(NOT_APPROVED)
        erratum = MinutesErratum(meeting_id=id_of(meeting), at=ctx.now(), by_id=ctx.actor_id, text=text)
        unit.add(erratum)
        unit.audit("erratum", Entity.MEETING, meeting.id, after=erratum)
        by = unit.db.get(Member, ctx.actor_id) if ctx.actor_id else None
        return ErratumView(erratum.at, local_moment(erratum.at, ctx.timezone).date(), by.name if by else None, text)
