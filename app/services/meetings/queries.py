"""Reading meetings: the list (by pages, or searched), the next one, one meeting whole, open actions."""

from collections.abc import Collection
from datetime import date

from sqlalchemy import and_, func, or_, tuple_
from sqlmodel import Session, col, select

from app.domain.meetings import Attendance, MeetingStatus
from app.domain.members import name_key
from app.domain.upcoming import upcoming_first
from app.services.context import Context, id_of
from app.services.meetings.guests import guest_views
from app.services.meetings.partners import partners_present
from app.services.meetings.rows import agenda, load
from app.services.meetings.views import (
    ActionView,
    BlockReason,
    DecisionView,
    ErratumView,
    MeetingDetail,
    MeetingSummary,
    PersonAttendance,
    action_views,
    item_view,
    summary_of,
)
from app.storage.models import Member
from app.storage.models.decisions import Position, Proposal, ProposalVersion
from app.storage.models.meetings import ActionItem, AgendaItem, Meeting, MeetingAttendance, MinutesErratum

LIST_KEY = tuple_(col(Meeting.day), col(Meeting.start_time), col(Meeting.id))  # the lists' order, pages' keyset


def list_meetings(ctx: Context, since: date | None = None, until: date | None = None) -> list[MeetingSummary]:
    """Meetings between two days (included): the next one first, then the later ones, then the past ones
    from the latest back."""
    query = select(Meeting)
    if since is not None:
        query = query.where(Meeting.day >= since)
    if until is not None:
        query = query.where(Meeting.day <= until)
    with ctx.reading() as db:
        summaries = [summary_of(m) for m in db.exec(query)]
    return upcoming_first(summaries, ctx.today(), lambda m: (m.day, m.start, m.id))


def meetings_page(ctx: Context, after: MeetingSummary | None, limit: int) -> list[MeetingSummary]:
    """The next ``limit`` meetings after ``after`` (from the first when None) in ``list_meetings``' order:
    a list of ten years of meetings reads the page it shows."""
    today = ctx.today()
    found: list[Meeting] = []
    with ctx.reading() as db:
        if after is None or after.day >= today:  # from today on, the next one first
            upcoming = select(Meeting).where(Meeting.day >= today)
            if after is not None:
                upcoming = upcoming.where(LIST_KEY > (after.day, after.start, after.id))
            found = list(db.exec(upcoming.order_by(*LIST_KEY.clauses).limit(limit)))
            after = None  # the past ones follow from the latest
        if len(found) < limit:
            past = select(Meeting).where(Meeting.day < today)
            if after is not None:
                past = past.where(LIST_KEY < (after.day, after.start, after.id))
            latest_first = [column.desc() for column in LIST_KEY.clauses]
            found += db.exec(past.order_by(*latest_first).limit(limit - len(found)))
        return [summary_of(meeting) for meeting in found]


def next_meeting(ctx: Context) -> MeetingSummary | None:
    """The next planned meeting: today's while it is not over, or the soonest after today."""
    now = ctx.local_now()
    later_today = and_(col(Meeting.day) == now.date(), col(Meeting.end_time) > now.time().replace(tzinfo=None))
    query = (
        select(Meeting)
        .where(Meeting.status == MeetingStatus.PLANNED.value, or_(col(Meeting.day) > now.date(), later_today))
        .order_by(col(Meeting.day), col(Meeting.start_time), col(Meeting.id))
    )
    with ctx.reading() as db:
        row = db.exec(query).first()
        return summary_of(row) if row else None


def get_meeting(ctx: Context, meeting_id: int) -> MeetingDetail:
    with ctx.reading() as db:
        meeting = load(db, meeting_id)
        names = member_names(db)
        items = tuple(item_view(item) for item in agenda(db, meeting_id))
        guests = guest_views(db, meeting_id)
        return MeetingDetail(
            summary=summary_of(meeting),
            roles={
                "facilitator": meeting.facilitator_id,
                "minute_taker": meeting.minute_taker_id,
                "time_keeper": meeting.time_keeper_id,
            },
            names=names,
            attendance=_attendance(db, meeting_id, names),
            items=items,
            decisions=tuple(decision_view(db, item.proposal_id, names) for item in items if item.proposal_id),
            actions=tuple(action_views(db, ActionItem.meeting_id == meeting_id)),
            errata=_errata(db, meeting_id, names),
            approved_at=meeting.approved_at,
            next_meeting=_following(db, meeting),
            partners=partners_present(db, meeting_id, guests),
            guests=guests,
        )


def member_names(db: Session) -> dict[int, str]:
    return {id_of(member): member.name for member in db.exec(select(Member))}


def _attendance(db: Session, meeting_id: int, names: dict[int, str]) -> tuple[PersonAttendance, ...]:
    """Everyone active, and whoever else was recorded, by name."""
    recorded = dict(db.exec(select(col(MeetingAttendance.member_id), col(MeetingAttendance.attendance))
                            .where(MeetingAttendance.meeting_id == meeting_id)).all())
    active = {id_of(member) for member in db.exec(select(Member).where(col(Member.active)))}
    people = (
        PersonAttendance(member_id, names[member_id],
                         Attendance(recorded[member_id]) if member_id in recorded else None)
        for member_id in active | set(recorded)
    )
    return tuple(sorted(people, key=lambda p: name_key(p.name)))


def _errata(db: Session, meeting_id: int, names: dict[int, str]) -> tuple[ErratumView, ...]:
    rows = db.exec(select(MinutesErratum).where(MinutesErratum.meeting_id == meeting_id)
                   .order_by(col(MinutesErratum.at), col(MinutesErratum.id)))
    return tuple(ErratumView(e.at, names.get(e.by_id) if e.by_id else None, e.text) for e in rows)


def _following(db: Session, meeting: Meeting) -> MeetingSummary | None:
    """The meeting after this one, whatever its status: the minutes announce it."""
    following = db.exec(
        select(Meeting)
        .where(or_(col(Meeting.day) > meeting.day,
                   and_(col(Meeting.day) == meeting.day, col(Meeting.start_time) > meeting.start_time)))
        .order_by(col(Meeting.day), col(Meeting.start_time))
        .limit(1)
    ).first()
    return None if following is None else summary_of(following)


def decision_view(db: Session, proposal_id: int, names: dict[int, str]) -> DecisionView:
    """A proposal treated in the meeting: its current text, the count (live while open), the blocks."""
    proposal = db.get(Proposal, proposal_id)
    assert proposal is not None, "an agenda item refers to an existing proposal"
    version = proposal.current_version
    of_current = (col(Position.proposal_id) == proposal_id, col(Position.version) == version)
    text = db.exec(select(col(ProposalVersion.text)).where(
        ProposalVersion.proposal_id == proposal_id, ProposalVersion.number == version)).first() or ""
    blocks = db.exec(select(col(Position.member_id), col(Position.reason))
                     .where(*of_current, Position.stance == "block")).all()
    if proposal.closed_at is None:  # still open: the live count of the current version
        counts = dict(db.exec(select(col(Position.stance), func.count())
                              .where(*of_current).group_by(col(Position.stance))).all())
        agree, aside, abstain, block = (counts.get(s, 0) for s in ("agree", "stand_aside", "abstain", "block"))
    else:
        agree, aside = proposal.count_agree, proposal.count_stand_aside
        abstain, block = proposal.count_abstain, proposal.count_block
    return DecisionView(
        proposal_id=proposal_id,
        title=proposal.title,
        text=text,
        version=version,
        status=proposal.status,
        outcome=proposal.outcome,
        statement=proposal.outcome_statement,
        agree=agree,
        stand_aside=aside,
        abstain=abstain,
        block=block,
        blocks=tuple(BlockReason(names.get(member_id, "?"), reason) for member_id, reason in blocks),
    )


def open_actions_for(ctx: Context, member_id: int) -> list[ActionView]:
    """The member's open action items, soonest due first (for "My week" and the reminders)."""
    with ctx.reading() as db:
        return action_views(db, ActionItem.owner_id == member_id, ActionItem.status == "open")


def open_actions(ctx: Context) -> list[ActionView]:
    with ctx.reading() as db:
        return action_views(db, ActionItem.status == "open")


def search_meetings(ctx: Context, word: str) -> list[MeetingSummary]:
    """Meetings whose titles, notes or decisions (title, text, statement) mention ``word``, newest first."""
    return search_meetings_page(ctx, word, None, None)


def search_meetings_page(ctx: Context, word: str, after: MeetingSummary | None,
                         limit: int | None) -> list[MeetingSummary]:
    """The next ``limit`` (all when None) meetings after ``after`` (from the newest when None) that
    ``search_meetings`` finds: a word found in ten years of notes reads the page it shows."""
    word = word.strip()
    if not word:
        return []
    pattern = f"%{word.lower()}%"
    in_items = select(col(AgendaItem.meeting_id)).where(
        ~col(AgendaItem.removed),
        or_(func.lower(AgendaItem.notes).like(pattern), func.lower(AgendaItem.title).like(pattern)),
    )
    in_decisions = (
        select(col(AgendaItem.meeting_id))
        .join(Proposal, col(Proposal.id) == col(AgendaItem.proposal_id))
        .join(ProposalVersion, and_(col(ProposalVersion.proposal_id) == col(Proposal.id),
                                    col(ProposalVersion.number) == col(Proposal.current_version)))
        .where(or_(func.lower(Proposal.title).like(pattern),
                   func.lower(Proposal.outcome_statement).like(pattern),
                   func.lower(ProposalVersion.text).like(pattern)))
    )
    query = select(Meeting).where(or_(col(Meeting.id).in_(in_items), col(Meeting.id).in_(in_decisions),
                                      func.lower(Meeting.title).like(pattern)))
    if after is not None:
        query = query.where(LIST_KEY < (after.day, after.start, after.id))
    newest_first = query.order_by(*[column.desc() for column in LIST_KEY.clauses]).limit(limit)
    with ctx.reading() as db:
        return [summary_of(m) for m in db.exec(newest_first)]


def present_member_ids(ctx: Context, meeting_id: int) -> Collection[int]:
    return get_meeting(ctx, meeting_id).present_ids()
