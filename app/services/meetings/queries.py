"""Reading meetings: the list (by pages, or searched), the next one, one meeting whole, open actions."""

from collections.abc import Collection
from datetime import date, time, tzinfo
from typing import Any

from sqlalchemy import CompoundSelect, Select, and_, bindparam, case, literal, or_, tuple_, union_all
from sqlalchemy.sql import ColumnElement
from sqlmodel import Session, col, select

from app.domain.kept_years import local_moment
from app.domain.meetings import Attendance, MeetingStatus
from app.domain.members import name_key
from app.domain.names import fold, like_pattern, mentions
from app.domain.upcoming import upcoming_first
from app.services.context import Context, id_of
from app.services.meetings.guests import guest_views
from app.services.meetings.partners import partners_present
from app.services.meetings.rows import active_ids, agenda, load, member_names
from app.services.meetings.told import meeting_decisions
from app.services.meetings.views import (
    ActionView,
    ErratumView,
    MeetingDetail,
    MeetingSummary,
    PersonAttendance,
    action_views,
    item_view,
    summary_of,
)
from app.storage.models.decisions import Proposal, ProposalVersion
from app.storage.models.meetings import (
    ActionItem,
    AgendaItem,
    Meeting,
    MeetingAttendance,
    MinutesDecision,
    MinutesErratum,
)

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
            decisions=meeting_decisions(db, meeting, items, names),
            actions=tuple(action_views(db, ActionItem.meeting_id == meeting_id)),
            errata=_errata(db, meeting_id, names, ctx.timezone),
            approved_at=meeting.approved_at,
            next_meeting=_following(db, meeting),
            partners=partners_present(db, meeting_id, guests),
            guests=guests,
        )


def _attendance(db: Session, meeting_id: int, names: dict[int, str]) -> tuple[PersonAttendance, ...]:
    """Everyone active, and whoever else was recorded, by name."""
    recorded = dict(db.exec(select(col(MeetingAttendance.member_id), col(MeetingAttendance.attendance))
                            .where(MeetingAttendance.meeting_id == meeting_id)).all())
    active = active_ids(db)
    people = (
        PersonAttendance(member_id, names[member_id],
                         Attendance(recorded[member_id]) if member_id in recorded else None)
        for member_id in active | set(recorded)
    )
    return tuple(sorted(people, key=lambda p: name_key(p.name)))


def _errata(db: Session, meeting_id: int, names: dict[int, str], timezone: tzinfo) -> tuple[ErratumView, ...]:
    rows = db.exec(select(MinutesErratum).where(MinutesErratum.meeting_id == meeting_id)
                   .order_by(col(MinutesErratum.at), col(MinutesErratum.id)))
    return tuple(ErratumView(e.at, local_moment(e.at, timezone).date(), names.get(e.by_id) if e.by_id else None, e.text)
                 for e in rows)


def _following(db: Session, meeting: Meeting) -> MeetingSummary | None:
    """The next meeting of the same kind, whatever its status: the minutes announce it. The next one of its
    series first (two commissions are of one kind, each its own series), else the next of its kind."""
    later = or_(col(Meeting.day) > meeting.day,
                and_(col(Meeting.day) == meeting.day, col(Meeting.start_time) > meeting.start_time))
    soonest: list[Any] = [col(Meeting.day), col(Meeting.start_time), col(Meeting.id)]
    if meeting.series_id is not None:
        soonest.insert(0, case((col(Meeting.series_id) == meeting.series_id, 0), else_=1))
    following = db.exec(
        select(Meeting).where(later, Meeting.kind == meeting.kind).order_by(*soonest).limit(1)
    ).first()
    return None if following is None else summary_of(following)


def open_actions_for(ctx: Context, member_id: int) -> list[ActionView]:
    """The member's open action items, soonest due first (for "My week" and the reminders)."""
    with ctx.reading() as db:
        return action_views(db, ActionItem.owner_id == member_id, ActionItem.status == "open")


def open_actions(ctx: Context) -> list[ActionView]:
    with ctx.reading() as db:
        return action_views(db, ActionItem.status == "open")


def search_meetings(ctx: Context, word: str) -> list[MeetingSummary]:
    """Meetings whose titles, notes or decisions (title, text, statement, as their minutes tell them) mention
    ``word``, newest first."""
    return search_meetings_page(ctx, word, None, None)


def search_meetings_page(ctx: Context, word: str, after: MeetingSummary | None,
                         limit: int | None) -> list[MeetingSummary]:
    """The next ``limit`` (all when None) meetings after ``after`` (from the newest when None) that
    ``search_meetings`` finds: a word found in ten years of notes reads the page it shows.

    SQL's lower() folds only A–Z on SQLite: « émilie » would miss « Émilie ». So SQL narrows to the meetings
    whose texts hold the word's letters A–Z and digits in order (``like_pattern``), then Python keeps those that
    mention the word, case set aside in every alphabet (``mentions``, app.domain.names). Folding every text in
    Python cost twenty times the SQL on ten years of notes: the pattern leaves the few texts that may match."""
    if not fold(word):
        return []
    pattern = like_pattern(word)
    key = None if after is None else (after.day, after.start, after.id)
    found: list[Meeting] = []
    with ctx.reading() as db:
        while limit is None or len(found) < limit:
            candidates = _newest_first(db, pattern, key, limit)
            texts = _texts_of(db, pattern, [id_of(meeting) for meeting in candidates])
            found += [meeting for meeting in candidates if mentions(texts.get(id_of(meeting), ()), word)]
            if limit is None or len(candidates) < limit:
                break
            key = (candidates[-1].day, candidates[-1].start_time, id_of(candidates[-1]))
        return [summary_of(meeting) for meeting in found[:limit]]


def _newest_first(db: Session, pattern: str, before: tuple[date, time, int] | None,
                  limit: int | None) -> list[Meeting]:
    """The next ``limit`` meetings before the key ``before`` (newest first) with a text that matches ``pattern``."""
    query = select(Meeting).where(col(Meeting.id).in_(_MATCHING))
    if before is not None:
        query = query.where(LIST_KEY < before)
    newest_first = query.order_by(*[column.desc() for column in LIST_KEY.clauses]).limit(limit)
    return list(db.exec(newest_first, params={"pattern": pattern}))


def _texts_of(db: Session, pattern: str, meeting_ids: list[int]) -> dict[int, list[str]]:
    """The texts of these meetings, by meeting, read where one of a row's texts matches ``pattern``."""
    found: dict[int, list[str]] = {}
    if meeting_ids:
        for meeting_id, *texts in db.connection().execute(_TEXTS_OF, {"pattern": pattern, "ids": meeting_ids}):
            found.setdefault(meeting_id, []).extend(texts)
    return found


def _reads() -> list[tuple[Select[Any], list[str]]]:
    """What a search reads: each a query of meeting ids and the texts of its rows. The meeting's title, its
    agenda items' titles and notes, and its decisions (title, text, statement) as its minutes tell them: a
    draft's, the proposals still on its agenda as they stand; approved minutes', the decisions they keep."""
    approved = col(Meeting.status) == MeetingStatus.APPROVED.value
    on_agenda = select(col(AgendaItem.meeting_id)).where(~col(AgendaItem.removed))
    proposals = (
        on_agenda.join(Meeting, col(Meeting.id) == col(AgendaItem.meeting_id)).where(~approved)
        .join(Proposal, col(Proposal.id) == col(AgendaItem.proposal_id))
        .join(ProposalVersion, and_(col(ProposalVersion.proposal_id) == col(Proposal.id),
                                    col(ProposalVersion.number) == col(Proposal.current_version)))
    )
    kept = select(col(MinutesDecision.meeting_id)).join(
        Meeting, col(Meeting.id) == col(MinutesDecision.meeting_id)).where(approved)
    return [
        (select(col(Meeting.id)), [Meeting.title]),
        (on_agenda, [AgendaItem.title, AgendaItem.notes]),
        (proposals, [Proposal.title, Proposal.outcome_statement, ProposalVersion.text]),
        (kept, [MinutesDecision.title, MinutesDecision.statement, MinutesDecision.text]),
    ]


def _matching(texts: list[str]) -> ColumnElement[bool]:
    """Whether one of ``texts`` matches the parameter ``pattern`` (:func:`~app.domain.names.like_pattern`)."""
    return or_(*[col(text).ilike(bindparam("pattern")) for text in texts])


def _texts_of_meetings() -> CompoundSelect[Any]:
    """(meeting id, three texts, "" for those a row has not) of the rows of :func:`_reads` of the meetings of the
    parameter ``ids`` with a text that matches the parameter ``pattern``."""
    selects = []
    for query, texts in _reads():
        of_meetings = query.selected_columns[0].in_(bindparam("ids", expanding=True))
        padding = [literal("")] * (3 - len(texts))
        selects.append(query.add_columns(*[col(text) for text in texts], *padding).where(of_meetings,
                                                                                         _matching(texts)))
    return union_all(*selects)


# Made once, the pattern and the ids as parameters: building them took longer than running them. Each row is
# read once, with all its texts: reading it again for each text took twice the time.
_MATCHING = union_all(*[query.where(_matching(texts)) for query, texts in _reads()])
_TEXTS_OF = _texts_of_meetings()


def present_member_ids(ctx: Context, meeting_id: int) -> Collection[int]:
    return get_meeting(ctx, meeting_id).present_ids()
