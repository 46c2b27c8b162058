"""Team meetings: planning (one-off or weekly), roles, attendance, the agenda and its notes, decisions taken
in the meeting, action items, and the minutes (draft → approved, then corrected only by errata).

Every write is one transaction, audited under "meeting" (or "action_item" for the actions). The notes are
autosaved by the UI every few seconds: each save is one small transaction, so a crash loses seconds at most.
"""

from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, func, or_, tuple_
from sqlmodel import Session, select

from app.domain import meetings as rules
from app.domain.errors import QT_TRANSLATE_NOOP, CercleError, RuleViolation
from app.domain.members import name_key
from app.domain.upcoming import upcoming_first
from app.domain.meetings import Attendance, ItemKind, MeetingKind, MeetingStatus
from app.services import centre, credits
from app.services.context import Context, UnitOfWork
from app.services.errors import UNKNOWN_MEMBER, NotAllowed, NotFound, StaleEdit
from app.storage.models import Member
from app.storage.models.decisions import Position, Proposal, ProposalVersion
from app.storage.models.meetings import ActionItem, AgendaItem, Meeting, MeetingAttendance, MinutesErratum

UNKNOWN_MEETING = QT_TRANSLATE_NOOP("Errors", "This meeting does not exist.")
UNKNOWN_ITEM = QT_TRANSLATE_NOOP("Errors", "This agenda item does not exist.")
UNKNOWN_ACTION = QT_TRANSLATE_NOOP("Errors", "This action item does not exist.")
EMPTY_MEETING_TITLE = QT_TRANSLATE_NOOP("Errors", "A meeting needs a title.")
EMPTY_ITEM_TITLE = QT_TRANSLATE_NOOP("Errors", "An agenda item needs a title.")
EMPTY_ACTION = QT_TRANSLATE_NOOP("Errors", "Say what is to be done.")
EMPTY_ERRATUM = QT_TRANSLATE_NOOP("Errors", "Say what the correction is.")
TITLE_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "A title has at most 200 characters.")
ENDS_BEFORE_START = QT_TRANSLATE_NOOP("Errors", "A meeting must end after it starts.")
BAD_WEEKS = QT_TRANSLATE_NOOP("Errors", "A weekly series has between 1 and 104 meetings.")
ONLY_HOLIDAYS = QT_TRANSLATE_NOOP(
    "Errors", "Every day of this series is a public holiday: no meeting to plan.")
BAD_MINUTES = QT_TRANSLATE_NOOP("Errors", "A duration is between 0 and 600 minutes.")
MINUTES_LOCKED = QT_TRANSLATE_NOOP(
    "Errors", "The minutes of this meeting are approved: add an erratum to correct them."
)
NOT_APPROVED = QT_TRANSLATE_NOOP("Errors", "Errata are for approved minutes; edit the draft instead.")
NOT_HELD_YET = QT_TRANSLATE_NOOP("Errors", "Minutes are approved once the meeting has been held.")
NOT_PRESENT = QT_TRANSLATE_NOOP("Errors", "{name} is not marked present at this meeting.")
NOT_ON_AGENDA = QT_TRANSLATE_NOOP("Errors", "This proposal is not on the agenda of this meeting.")
NO_UPCOMING_MEETING = QT_TRANSLATE_NOOP("Errors", "No meeting is planned yet to put this item on.")

ENTITY = "meeting"
ACTION_ENTITY = "action_item"
CREDIT_SOURCE = credits.MEETING
MAX_ITEM_MINUTES = 600
AGENDA_PROPOSAL_STATUSES = ("open", "seeking_endorsement")


# ---------------------------------------------------------------- read objects


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

    def present_ids(self) -> list[int]:
        return [p.member_id for p in self.attendance if p.attendance == Attendance.PRESENT]

    def people(self, attendance: Attendance) -> list[str]:
        return [p.name for p in self.attendance if p.attendance == attendance]

    def role_name(self, role: str) -> str | None:
        member_id = self.roles.get(role)
        return None if member_id is None else self.names.get(member_id)


def duration_minutes(start: time, end: time) -> int:
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)


def _summary(meeting: Meeting) -> MeetingSummary:
    return MeetingSummary(
        id=meeting.id,
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


def _item_view(item: AgendaItem) -> AgendaItemView:
    return AgendaItemView(
        id=item.id,
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


def _action_views(db: Session, *conditions) -> list[ActionView]:
    rows = db.exec(
        select(ActionItem, Member.name, Meeting.day)
        .where(*conditions)
        .join(Member, Member.id == ActionItem.owner_id)
        .join(Meeting, Meeting.id == ActionItem.meeting_id)
        .order_by(ActionItem.due.is_(None), ActionItem.due, ActionItem.id)
    ).all()
    return [
        ActionView(
            id=action.id,
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


# ---------------------------------------------------------------- reading


def list_meetings(ctx: Context, since: date | None = None, until: date | None = None) -> list[MeetingSummary]:
    """Meetings between two days (included): the next one first, then the later ones, then the past ones
    from the latest back."""
    query = select(Meeting)
    if since is not None:
        query = query.where(Meeting.day >= since)
    if until is not None:
        query = query.where(Meeting.day <= until)
    with ctx.reading() as db:
        summaries = [_summary(m) for m in db.exec(query)]
    return upcoming_first(summaries, ctx.today(), lambda m: (m.day, m.start, m.id))


def meetings_page(ctx: Context, after: MeetingSummary | None, limit: int) -> list[MeetingSummary]:
    """The next ``limit`` meetings after ``after`` (from the first when None) in ``list_meetings``' order:
    a list of ten years of meetings reads the page it shows."""
    today = ctx.today()
    key = tuple_(Meeting.day, Meeting.start_time, Meeting.id)
    found: list[Meeting] = []
    with ctx.reading() as db:
        if after is None or after.day >= today:  # from today on, the next one first
            upcoming = select(Meeting).where(Meeting.day >= today)
            if after is not None:
                upcoming = upcoming.where(key > (after.day, after.start, after.id))
            found = list(db.exec(upcoming.order_by(*key.clauses).limit(limit)))
            after = None  # the past ones follow from the latest
        if len(found) < limit:
            past = select(Meeting).where(Meeting.day < today)
            if after is not None:
                past = past.where(key < (after.day, after.start, after.id))
            latest_first = [column.desc() for column in key.clauses]
            found += db.exec(past.order_by(*latest_first).limit(limit - len(found)))
        return [_summary(meeting) for meeting in found]


def next_meeting(ctx: Context) -> MeetingSummary | None:
    """The next planned meeting: today's while it is not over, or the soonest after today."""
    now = ctx.local_now()
    later_today = and_(Meeting.day == now.date(), Meeting.end_time > now.time().replace(tzinfo=None))
    query = (
        select(Meeting)
        .where(Meeting.status == MeetingStatus.PLANNED.value, or_(Meeting.day > now.date(), later_today))
        .order_by(Meeting.day, Meeting.start_time, Meeting.id)
    )
    with ctx.reading() as db:
        row = db.exec(query).first()
        return _summary(row) if row else None


def get_meeting(ctx: Context, meeting_id: int) -> MeetingDetail:
    with ctx.reading() as db:
        meeting = _load(db, meeting_id)
        names = dict(db.exec(select(Member.id, Member.name)).all())
        recorded = dict(
            db.exec(
                select(MeetingAttendance.member_id, MeetingAttendance.attendance).where(
                    MeetingAttendance.meeting_id == meeting_id
                )
            ).all()
        )
        active = set(db.exec(select(Member.id).where(Member.active)).all())
        attendance = tuple(
            sorted(
                (
                    PersonAttendance(
                        member_id,
                        names[member_id],
                        Attendance(recorded[member_id]) if member_id in recorded else None,
                    )
                    for member_id in active | set(recorded)
                ),
                key=lambda p: name_key(p.name),
            )
        )
        items = tuple(_item_view(item) for item in _items(db, meeting_id))
        decisions = tuple(_decision(db, item.proposal_id, names) for item in items if item.proposal_id)
        actions = tuple(_action_views(db, ActionItem.meeting_id == meeting_id))
        errata = tuple(
            ErratumView(e.at, names.get(e.by_id), e.text)
            for e in db.exec(
                select(MinutesErratum)
                .where(MinutesErratum.meeting_id == meeting_id)
                .order_by(MinutesErratum.at, MinutesErratum.id)
            )
        )
        following = db.exec(
            select(Meeting)
            .where(
                or_(
                    Meeting.day > meeting.day,
                    (Meeting.day == meeting.day) & (Meeting.start_time > meeting.start_time),
                )
            )
            .order_by(Meeting.day, Meeting.start_time)
            .limit(1)
        ).first()
        return MeetingDetail(
            summary=_summary(meeting),
            roles={
                "facilitator": meeting.facilitator_id,
                "minute_taker": meeting.minute_taker_id,
                "time_keeper": meeting.time_keeper_id,
            },
            names=names,
            attendance=attendance,
            items=items,
            decisions=decisions,
            actions=actions,
            errata=errata,
            approved_at=meeting.approved_at,
            next_meeting=None if following is None else _summary(following),
        )


def _decision(db: Session, proposal_id: int, names: dict[int, str]) -> DecisionView:
    proposal = db.get(Proposal, proposal_id)
    text = (
        db.exec(
            select(ProposalVersion.text).where(
                ProposalVersion.proposal_id == proposal_id, ProposalVersion.number == proposal.current_version
            )
        ).first()
        or ""
    )
    blocks = db.exec(
        select(Position.member_id, Position.reason).where(
            Position.proposal_id == proposal_id,
            Position.version == proposal.current_version,
            Position.stance == "block",
        )
    ).all()
    if proposal.closed_at is None:  # still open: the live count of the current version
        stances = db.exec(
            select(Position.stance, func.count())
            .where(Position.proposal_id == proposal_id, Position.version == proposal.current_version)
            .group_by(Position.stance)
        ).all()
        counts = dict(stances)
        agree, aside, abstain, block = (
            counts.get(s, 0) for s in ("agree", "stand_aside", "abstain", "block")
        )
    else:
        agree, aside = proposal.count_agree, proposal.count_stand_aside
        abstain, block = proposal.count_abstain, proposal.count_block
    return DecisionView(
        proposal_id=proposal.id,
        title=proposal.title,
        text=text,
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
        return _action_views(db, ActionItem.owner_id == member_id, ActionItem.status == "open")


def open_actions(ctx: Context) -> list[ActionView]:
    with ctx.reading() as db:
        return _action_views(db, ActionItem.status == "open")


def search_meetings(ctx: Context, word: str) -> list[MeetingSummary]:
    """Meetings whose titles, notes or decisions (title, text, statement) mention ``word``, newest first."""
    word = word.strip()
    if not word:
        return []
    pattern = f"%{word.lower()}%"
    with ctx.reading() as db:
        in_items = select(AgendaItem.meeting_id).where(
            ~AgendaItem.removed,
            or_(func.lower(AgendaItem.notes).like(pattern), func.lower(AgendaItem.title).like(pattern)),
        )
        in_decisions = (
            select(AgendaItem.meeting_id)
            .join(Proposal, Proposal.id == AgendaItem.proposal_id)
            .join(
                ProposalVersion,
                (ProposalVersion.proposal_id == Proposal.id)
                & (ProposalVersion.number == Proposal.current_version),
            )
            .where(
                or_(
                    func.lower(Proposal.title).like(pattern),
                    func.lower(Proposal.outcome_statement).like(pattern),
                    func.lower(ProposalVersion.text).like(pattern),
                )
            )
        )
        query = select(Meeting).where(
            or_(
                Meeting.id.in_(in_items),
                Meeting.id.in_(in_decisions),
                func.lower(Meeting.title).like(pattern),
            )
        )
        return [
            _summary(m) for m in db.exec(query.order_by(Meeting.day.desc(), Meeting.start_time.desc()))
        ]


def suggest_meeting_roles(ctx: Context, meeting_id: int) -> dict[str, int]:
    """Who should hold each role: among those present (everyone active if nobody is marked yet),
    whoever held it least recently."""
    with ctx.reading() as db:
        meeting = _load(db, meeting_id)
        present = list(
            db.exec(
                select(MeetingAttendance.member_id).where(
                    MeetingAttendance.meeting_id == meeting_id,
                    MeetingAttendance.attendance == Attendance.PRESENT.value,
                )
            ).all()
        ) or list(db.exec(select(Member.id).where(Member.active)).all())
        history = []
        earlier = db.exec(
            select(
                Meeting.day, Meeting.facilitator_id, Meeting.minute_taker_id, Meeting.time_keeper_id
            ).where(Meeting.day < meeting.day)
        ).all()
        for day, *holders in earlier:
            history.extend(
                (day, role, member) for role, member in zip(rules.ROLES, holders) if member is not None
            )
    return rules.suggest_roles(present, history)


# ---------------------------------------------------------------- helpers


def _load(db: Session, meeting_id: int, *, lock: bool = False) -> Meeting:
    query = select(Meeting).where(Meeting.id == meeting_id)
    meeting = db.exec(query.with_for_update() if lock else query).first()
    if meeting is None:
        raise NotFound(UNKNOWN_MEETING)
    return meeting


def _editable(unit: UnitOfWork, meeting_id: int, expected_version: int | None = None) -> Meeting:
    """The meeting, locked, provided its minutes are still a draft."""
    meeting = _load(unit.db, meeting_id, lock=True)
    if meeting.status == MeetingStatus.APPROVED.value:
        raise NotAllowed(MINUTES_LOCKED)
    if expected_version is not None and meeting.version != expected_version:
        raise StaleEdit(_summary(meeting))
    return meeting


def _touch(unit: UnitOfWork, meeting: Meeting) -> None:
    meeting.version += 1
    unit.db.add(meeting)
    unit.db.flush()


def _item(unit: UnitOfWork, item_id: int) -> tuple[AgendaItem, Meeting]:
    """The item, as last committed, and its meeting, locked, provided the minutes are still a draft."""
    item = unit.db.get(AgendaItem, item_id)
    if item is None:
        raise NotFound(UNKNOWN_ITEM)
    meeting = _editable(unit, item.meeting_id)
    # Every write to an item holds its meeting's lock: read the item again now that the lock is ours, so
    # that the version compared is the one the last writer committed (PostgreSQL reads per statement).
    unit.db.refresh(item)
    if item.removed:
        raise NotFound(UNKNOWN_ITEM)
    return item, meeting


def _bump(unit: UnitOfWork, item: AgendaItem) -> None:
    item.version += 1
    unit.db.add(item)
    unit.db.flush()


def _items(db: Session, meeting_id: int) -> list[AgendaItem]:
    return list(
        db.exec(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == meeting_id, ~AgendaItem.removed)
            .order_by(AgendaItem.position, AgendaItem.id)
        )
    )


def _check_title(title: str, message: str) -> str:
    title = " ".join(title.split())
    if not title:
        raise RuleViolation(message)
    if len(title) > 200:
        raise RuleViolation(TITLE_TOO_LONG)
    return title


def _check_minutes(minutes: int) -> int:
    if not 0 <= minutes <= MAX_ITEM_MINUTES:
        raise RuleViolation(BAD_MINUTES)
    return minutes


def _check_draft(draft: MeetingDraft) -> MeetingDraft:
    if duration_minutes(draft.start, draft.end) <= 0:
        raise RuleViolation(ENDS_BEFORE_START)
    return MeetingDraft(
        title=_check_title(draft.title, EMPTY_MEETING_TITLE),
        day=draft.day,
        start=draft.start,
        end=draft.end,
        kind=MeetingKind(draft.kind),
        place=draft.place.strip()[:120],
        room_id=draft.room_id,
    )


def _member(unit: UnitOfWork, member_id: int) -> Member:
    member = unit.db.get(Member, member_id)
    if member is None:
        raise NotFound(UNKNOWN_MEMBER)
    return member


# ---------------------------------------------------------------- planning


def _new_meeting(draft: MeetingDraft, day: date, series_id: int | None = None) -> Meeting:
    return Meeting(
        kind=draft.kind.value,
        title=draft.title,
        day=day,
        start_time=draft.start,
        end_time=draft.end,
        place=draft.place,
        room_id=draft.room_id,
        series_id=series_id,
    )


def create_meeting(ctx: Context, draft: MeetingDraft) -> MeetingSummary:
    from app.services import rooms

    draft = _check_draft(draft)
    with ctx.writing() as unit:
        rooms.check_bookable(unit.db, draft.room_id)
        rooms.check_free(unit.db, draft.room_id, draft.day, draft.start, draft.end)
        meeting = unit.add(_new_meeting(draft, draft.day))
        unit.audit("add", ENTITY, meeting.id, after=meeting)
        return _summary(meeting)


@dataclass(frozen=True)
class SeriesDays:
    """The days of a weekly series: those it meets on, and the public holidays it leaves out."""

    days: tuple[date, ...]
    skipped: tuple[date, ...]


def series_days(ctx: Context, first: date, weeks: int) -> SeriesDays:
    """What :func:`create_weekly_series` would plan (the dialog says which holidays it skips as one types)."""
    with ctx.reading() as db:
        return _series_days(db, first, weeks)


def _series_days(db: Session, first: date, weeks: int) -> SeriesDays:
    if not 1 <= weeks <= 104:
        raise RuleViolation(BAD_WEEKS)
    every = rules.weekly_occurrences(first, first + timedelta(weeks=weeks - 1))
    holidays = centre.holidays_off(db, {day.year for day in every})
    return SeriesDays(tuple(d for d in every if d not in holidays), tuple(d for d in every if d in holidays))


def create_weekly_series(ctx: Context, draft: MeetingDraft, weeks: int) -> list[MeetingSummary]:
    """A meeting on the same weekday and hours every week for ``weeks`` weeks from ``draft.day``, but on
    public holidays (see :func:`series_days`); the first one names the series."""
    from app.services import rooms

    draft = _check_draft(draft)
    with ctx.writing() as unit:
        rooms.check_bookable(unit.db, draft.room_id)
        days = _series_days(unit.db, draft.day, weeks).days
        if not days:
            raise RuleViolation(ONLY_HOLIDAYS)
        for day in days:
            rooms.check_free(unit.db, draft.room_id, day, draft.start, draft.end)
        first = unit.add(_new_meeting(draft, days[0]))
        first.series_id = first.id
        created = [first]
        for day in days[1:]:
            created.append(unit.add(_new_meeting(draft, day, first.id)))
        for meeting in created:
            unit.audit("add", ENTITY, meeting.id, after=meeting)
        return [_summary(m) for m in created]


def update_meeting(
    ctx: Context, meeting_id: int, draft: MeetingDraft, expected_version: int | None = None
) -> MeetingSummary:
    """Change the title, day, hours or place; present members are credited the new duration, and warned of
    when they are booked elsewhere at the meeting's new time."""
    from app.services import rooms

    draft = _check_draft(draft)
    with ctx.writing() as unit:
        meeting = _editable(unit, meeting_id, expected_version)
        rooms.check_bookable(unit.db, draft.room_id, meeting.room_id)
        rooms.check_free(unit.db, draft.room_id, draft.day, draft.start, draft.end,
                         exclude_meetings=(meeting.id,))
        before = meeting.model_dump()
        moved = (meeting.day, meeting.start_time, meeting.end_time) != (draft.day, draft.start, draft.end)
        meeting.kind, meeting.title, meeting.day = draft.kind.value, draft.title, draft.day
        meeting.start_time, meeting.end_time = draft.start, draft.end
        meeting.place, meeting.room_id = draft.place, draft.room_id
        _touch(unit, meeting)
        unit.db.flush()
        credits.resettle(unit, CREDIT_SOURCE, meeting.id)
        unit.audit("edit", ENTITY, meeting.id, before=before, after=meeting)
        present = _present(unit.db, meeting.id) if moved else []
        return replace(_summary(meeting), warnings=_booked_elsewhere(unit.db, meeting, present))


def set_roles(ctx: Context, meeting_id: int, roles: Mapping[str, int | None]) -> MeetingSummary:
    """Facilitator, minute-taker, time-keeper (keys of ``rules.ROLES``; missing keys stay as they are)."""
    with ctx.writing() as unit:
        meeting = _editable(unit, meeting_id)
        before = meeting.model_dump()
        for role, member_id in roles.items():
            if role not in rules.ROLES:
                raise ValueError(role)
            if member_id is not None:
                _member(unit, member_id)
            setattr(meeting, f"{role}_id", member_id)
        _touch(unit, meeting)
        unit.audit("set_roles", ENTITY, meeting.id, before=before, after=meeting)
        return _summary(meeting)


def set_attendance(ctx: Context, meeting_id: int,
                   attendance: Mapping[int, Attendance]) -> tuple["AttendanceWarning", ...]:
    """Record who was present, excused or absent; present members are credited the meeting's time (once with
    their other activities at that time), and the credit of someone no longer present is withdrawn.
    Returns a warning for each member marked present who is booked elsewhere at the same time."""
    with ctx.writing() as unit:
        meeting = _editable(unit, meeting_id)
        rows = {
            row.member_id: row
            for row in unit.db.exec(
                select(MeetingAttendance).where(MeetingAttendance.meeting_id == meeting_id)
            )
        }
        for member_id, state in attendance.items():
            state = Attendance(state)
            _member(unit, member_id)
            row = rows.get(member_id)
            if row is not None and row.attendance == state.value:
                continue
            before = None if row is None else {"member_id": member_id, "attendance": row.attendance}
            if row is None:
                unit.add(
                    MeetingAttendance(meeting_id=meeting_id, member_id=member_id, attendance=state.value)
                )
            else:
                row.attendance = state.value
                unit.db.add(row)
            unit.audit(
                "attendance",
                ENTITY,
                meeting.id,
                before=before,
                after={"member_id": member_id, "attendance": state.value},
            )
        unit.db.flush()
        credits.resettle(unit, CREDIT_SOURCE, meeting.id)
        present = [member_id for member_id, state in attendance.items()
                   if Attendance(state) == Attendance.PRESENT]
        return _booked_elsewhere(unit.db, meeting, present)


def _present(db: Session, meeting_id: int) -> list[int]:
    return list(db.exec(select(MeetingAttendance.member_id).where(
        MeetingAttendance.meeting_id == meeting_id,
        MeetingAttendance.attendance == Attendance.PRESENT.value)))


def _booked_elsewhere(db: Session, meeting: Meeting,
                      member_ids: list[int]) -> tuple["AttendanceWarning", ...]:
    """For each of ``member_ids``, the other activities they are booked for during the meeting."""
    return tuple(
        warning for member_id in member_ids
        for warning in credits.booked_twice(db, member_id, meeting.day, meeting.start_time,
                                            meeting.end_time, besides=(CREDIT_SOURCE, meeting.id),
                                            warning=AttendanceWarning)
    )


class AttendanceWarning(CercleError):
    """Something worth telling about an attendance, that does not stop it."""


# ---------------------------------------------------------------- the agenda


def add_item(
    ctx: Context,
    meeting_id: int,
    title: str,
    kind: ItemKind = ItemKind.DISCUSSION,
    planned_minutes: int = 10,
    *,
    proposal_id: int | None = None,
) -> AgendaItemView:
    """Add an item at the end of the agenda; the actor is recorded as who submitted it."""
    title = _check_title(title, EMPTY_ITEM_TITLE)
    planned_minutes = _check_minutes(planned_minutes)
    with ctx.writing() as unit:
        meeting = _editable(unit, meeting_id)
        item = _append(
            unit,
            meeting,
            title=title,
            kind=ItemKind(kind),
            planned_minutes=planned_minutes,
            proposal_id=proposal_id,
            submitted_by=ctx.actor_id,
        )
        _touch(unit, meeting)
        return _item_view(item)


def submit_item(
    ctx: Context, title: str, kind: ItemKind = ItemKind.DISCUSSION, planned_minutes: int = 10
) -> AgendaItemView:
    """A member puts an item on the next planned meeting from today."""
    with ctx.reading() as db:
        upcoming = db.exec(
            select(Meeting.id)
            .where(Meeting.day >= ctx.today(), Meeting.status == MeetingStatus.PLANNED.value)
            .order_by(Meeting.day, Meeting.start_time)
            .limit(1)
        ).first()
    if upcoming is None:
        raise NotAllowed(NO_UPCOMING_MEETING)
    return add_item(ctx, upcoming, title, kind, planned_minutes)


def _append(unit: UnitOfWork, meeting: Meeting, **values) -> AgendaItem:
    last = unit.db.exec(
        select(func.max(AgendaItem.position)).where(AgendaItem.meeting_id == meeting.id, ~AgendaItem.removed)
    ).one()
    item = unit.add(AgendaItem(meeting_id=meeting.id, position=(last or 0) + 1, **values))
    unit.audit("add_item", ENTITY, meeting.id, after=item)
    return item


def update_item(
    ctx: Context,
    item_id: int,
    title: str,
    kind: ItemKind,
    planned_minutes: int,
    expected_version: int | None = None,
) -> AgendaItemView:
    """Change an item's title, kind or planned minutes. With ``expected_version``, an item saved meanwhile
    (its notes too) raises StaleEdit carrying what was saved, and nothing is written."""
    title = _check_title(title, EMPTY_ITEM_TITLE)
    planned_minutes = _check_minutes(planned_minutes)
    kind = ItemKind(kind).value
    with ctx.writing() as unit:
        item, meeting = _item(unit, item_id)
        if (item.title, item.kind, item.planned_minutes) == (title, kind, planned_minutes):
            return _item_view(item)  # nothing to write, so nothing to conflict with
        if expected_version is not None and item.version != expected_version:
            raise StaleEdit(_item_view(item))
        before = item.model_dump()
        item.title, item.kind, item.planned_minutes = title, kind, planned_minutes
        _bump(unit, item)
        _touch(unit, meeting)
        unit.audit("edit_item", ENTITY, meeting.id, before=before, after=item)
        return _item_view(item)


def remove_item(ctx: Context, item_id: int) -> None:
    """Take an item off the agenda (kept, marked removed: the audit log can still show it)."""
    with ctx.writing() as unit:
        item, meeting = _item(unit, item_id)
        before = item.model_dump()
        item.removed = True
        unit.db.add(item)
        _touch(unit, meeting)
        _renumber(unit, meeting.id)
        unit.audit("remove_item", ENTITY, meeting.id, before=before, after=item)


def move_item(ctx: Context, item_id: int, new_index: int) -> list[AgendaItemView]:
    """Put the item at ``new_index`` (0-based, clamped) of the agenda; returns the agenda in its new order."""
    with ctx.writing() as unit:
        item, meeting = _item(unit, item_id)
        ordered = [other for other in _items(unit.db, meeting.id) if other.id != item.id]
        ordered.insert(max(0, min(new_index, len(ordered))), item)
        before = [other.id for other in _items(unit.db, meeting.id)]
        _renumber(unit, meeting.id, ordered)
        _touch(unit, meeting)
        unit.audit(
            "reorder",
            ENTITY,
            meeting.id,
            before={"order": before},
            after={"order": [other.id for other in ordered]},
        )
        return [_item_view(other) for other in ordered]


def _renumber(unit: UnitOfWork, meeting_id: int, ordered: list[AgendaItem] | None = None) -> None:
    for position, item in enumerate(ordered or _items(unit.db, meeting_id), start=1):
        item.position = position
        unit.db.add(item)
    unit.db.flush()


def build_agenda(ctx: Context, meeting_id: int) -> list[AgendaItemView]:
    """Add what the team expects to treat: proposals open for positions or seeking endorsement, the open
    action items of earlier meetings (overdue first), and the items members submitted to earlier meetings
    that were not treated. Running it again adds only what is new."""
    with ctx.writing() as unit:
        meeting = _editable(unit, meeting_id)
        db = unit.db
        present = _items(db, meeting_id)
        have_proposals = {item.proposal_id for item in present}
        have_actions = {item.source_action_id for item in present}
        have_titles = {(item.submitted_by, item.title) for item in present}
        proposals = db.exec(
            select(Proposal)
            .where(Proposal.status.in_(AGENDA_PROPOSAL_STATUSES))
            .order_by(Proposal.deadline, Proposal.id)
        ).all()
        for proposal in proposals:
            if proposal.id not in have_proposals:
                _append(
                    unit,
                    meeting,
                    title=proposal.title[:200],
                    kind=ItemKind.DECISION.value,
                    planned_minutes=20,
                    proposal_id=proposal.id,
                )
        actions = db.exec(
            select(ActionItem)
            .join(Meeting, Meeting.id == ActionItem.meeting_id)
            .where(ActionItem.status == "open", Meeting.day < meeting.day)
            .order_by(ActionItem.due.is_(None), ActionItem.due, ActionItem.id)
        ).all()
        for action in actions:
            if action.id not in have_actions:
                _append(
                    unit,
                    meeting,
                    title=action.description[:200],
                    kind=ItemKind.INFORMATION.value,
                    planned_minutes=5,
                    source_action_id=action.id,
                    submitted_by=action.owner_id,
                )
        untreated = db.exec(
            select(AgendaItem)
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .where(
                Meeting.day < meeting.day,
                Meeting.status != MeetingStatus.APPROVED.value,
                AgendaItem.submitted_by.is_not(None),
                AgendaItem.source_action_id.is_(None),
                AgendaItem.proposal_id.is_(None),
                ~AgendaItem.removed,
                AgendaItem.spent_minutes == 0,
                AgendaItem.notes == "",
            )
            .order_by(Meeting.day, AgendaItem.position)
        ).all()
        for item in untreated:
            if (item.submitted_by, item.title) not in have_titles:
                have_titles.add((item.submitted_by, item.title))
                _append(
                    unit,
                    meeting,
                    title=item.title,
                    kind=item.kind,
                    planned_minutes=item.planned_minutes,
                    submitted_by=item.submitted_by,
                )
        _touch(unit, meeting)
        return [_item_view(item) for item in _items(db, meeting_id)]


def save_notes(ctx: Context, item_id: int, notes: str, expected_version: int | None = None) -> AgendaItemView:
    """The autosave of an item's notes: one small transaction, nothing written when nothing changed.

    With ``expected_version`` (the version the notes were loaded or last saved at), notes saved meanwhile
    by another workstation raise StaleEdit carrying the saved item, and nothing is written. Returns the
    item as saved, with its new version.
    """
    with ctx.writing() as unit:
        item, meeting = _item(unit, item_id)
        if item.notes == notes:
            return _item_view(item)  # the same text: quiet, whatever the version
        if expected_version is not None and item.version != expected_version:
            raise StaleEdit(_item_view(item))
        before = {"item_id": item.id, "notes": item.notes, "version": item.version}
        item.notes = notes
        _bump(unit, item)
        after = {"item_id": item.id, "notes": notes, "version": item.version}
        unit.audit("notes", ENTITY, meeting.id, before=before, after=after)
        return _item_view(item)


def set_spent_minutes(ctx: Context, item_id: int, minutes: int) -> AgendaItemView:
    minutes = _check_minutes(minutes)
    with ctx.writing() as unit:
        item, meeting = _item(unit, item_id)
        before = item.model_dump()
        item.spent_minutes = minutes
        _bump(unit, item)
        unit.audit("time_spent", ENTITY, meeting.id, before=before, after=item)
        return _item_view(item)


# ---------------------------------------------------------------- decisions in the meeting


def _present_on_agenda(ctx: Context, meeting_id: int, proposal_id: int) -> list[int]:
    detail = get_meeting(ctx, meeting_id)
    if detail.summary.status == MeetingStatus.APPROVED:
        raise NotAllowed(MINUTES_LOCKED)
    if proposal_id not in {item.proposal_id for item in detail.items}:
        raise NotAllowed(NOT_ON_AGENDA)
    return detail.present_ids()


def record_position(
    ctx: Context, meeting_id: int, proposal_id: int, member_id: int, stance, reason: str = ""
):
    """The minute-taker records the position a present member states aloud (through the decisions service)."""
    from app.services import decisions

    present = _present_on_agenda(ctx, meeting_id, proposal_id)
    return decisions.record_position(ctx, proposal_id, member_id, stance, reason, present_member_ids=present)


def close_decision(
    ctx: Context, meeting_id: int, proposal_id: int, statement: str, review_date: date | None = None
):
    """Close a proposal treated in the meeting: the outcome from the rules, the statement from the team."""
    from app.services import decisions

    _present_on_agenda(ctx, meeting_id, proposal_id)
    return decisions.close(ctx, proposal_id, statement=statement, review_date=review_date)


# ---------------------------------------------------------------- action items


def add_action(
    ctx: Context, meeting_id: int, owner_id: int, description: str, due: date | None = None
) -> ActionView:
    description = description.strip()
    if not description:
        raise RuleViolation(EMPTY_ACTION)
    with ctx.writing() as unit:
        meeting = _editable(unit, meeting_id)
        _member(unit, owner_id)
        action = unit.add(
            ActionItem(meeting_id=meeting.id, owner_id=owner_id, description=description, due=due)
        )
        unit.audit("add", ACTION_ENTITY, action.id, after=action)
        unit.audit("add_action", ENTITY, meeting.id, after=action)
        return _action_views(unit.db, ActionItem.id == action.id)[0]


def set_action_done(ctx: Context, action_id: int, done: bool = True) -> ActionView:
    """Mark an action done (or open again). Allowed after the minutes are approved: the action lives on."""
    with ctx.writing() as unit:
        action = unit.db.exec(
            select(ActionItem).where(ActionItem.id == action_id).with_for_update()
        ).first()
        if action is None:
            raise NotFound(UNKNOWN_ACTION)
        before = action.model_dump()
        action.status = "done" if done else "open"
        action.done_at = ctx.now() if done else None
        unit.db.add(action)
        unit.db.flush()
        unit.audit("done" if done else "reopen", ACTION_ENTITY, action.id, before=before, after=action)
        return _action_views(unit.db, ActionItem.id == action.id)[0]


# ---------------------------------------------------------------- minutes


def mark_held(ctx: Context, meeting_id: int) -> MeetingSummary:
    with ctx.writing() as unit:
        meeting = _editable(unit, meeting_id)
        before = meeting.model_dump()
        meeting.status = MeetingStatus.HELD.value
        _touch(unit, meeting)
        unit.audit("held", ENTITY, meeting.id, before=before, after=meeting)
        return _summary(meeting)


def approve_minutes(ctx: Context, meeting_id: int) -> MeetingSummary:
    """Approve the minutes: from now on they are locked, and corrected only by errata."""
    with ctx.writing() as unit:
        meeting = _editable(unit, meeting_id)
        if meeting.status != MeetingStatus.HELD.value:
            raise NotAllowed(NOT_HELD_YET)
        before = meeting.model_dump()
        meeting.status = MeetingStatus.APPROVED.value
        meeting.approved_at = ctx.now()
        _touch(unit, meeting)
        unit.audit("approve", ENTITY, meeting.id, before=before, after=meeting)
        return _summary(meeting)


def add_erratum(ctx: Context, meeting_id: int, text: str) -> ErratumView:
    text = text.strip()
    if not text:
        raise RuleViolation(EMPTY_ERRATUM)
    with ctx.writing() as unit:
        meeting = _load(unit.db, meeting_id, lock=True)
        if meeting.status != MeetingStatus.APPROVED.value:
            raise NotAllowed(NOT_APPROVED)
        erratum = unit.add(MinutesErratum(meeting_id=meeting.id, at=ctx.now(), by_id=ctx.actor_id, text=text))
        unit.audit("erratum", ENTITY, meeting.id, after=erratum)
        by = unit.db.get(Member, ctx.actor_id) if ctx.actor_id else None
        return ErratumView(erratum.at, by.name if by else None, text)


def present_member_ids(ctx: Context, meeting_id: int) -> Collection[int]:
    return get_meeting(ctx, meeting_id).present_ids()
