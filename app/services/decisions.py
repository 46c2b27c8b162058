"""Consensus decisions: draft, endorse, open, amend, take positions, close, reopen; the register.

Every write is one transaction, audited under the entity "proposal". The rules themselves (tally,
outcome, lifecycle) live in ``app.domain.consensus``; this module loads, checks state and stores.
"""

import json
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import and_, exists, or_
from sqlmodel import Session, select

from app.domain import consensus
from app.domain.consensus import Outcome, ProposalStatus, Rule, Stance, Tally
from app.domain.errors import QT_TRANSLATE_NOOP, RuleViolation
from app.domain.members import name_key
from app.services import settings
from app.services.context import Context, UnitOfWork
from app.services.errors import INACTIVE_MEMBER, NO_ACTOR, NotAllowed, NotFound, StaleEdit
from app.storage.models import AuditEntry, Member, Setting
from app.storage.models.decisions import (
    Comment,
    Endorsement,
    Position,
    PositionHistory,
    Proposal,
    ProposalVersion,
)

UNKNOWN_PROPOSAL = QT_TRANSLATE_NOOP("Errors", "This proposal does not exist.")
EMPTY_TITLE = QT_TRANSLATE_NOOP("Errors", "A proposal needs a title.")
EMPTY_TEXT = QT_TRANSLATE_NOOP("Errors", "A proposal needs a text before it goes to the team.")
DEADLINE_PAST = QT_TRANSLATE_NOOP("Errors", "The deadline must be in the future.")
DEADLINE_PASSED = QT_TRANSLATE_NOOP("Errors", "The deadline of this proposal has passed.")
NOT_AUTHOR = QT_TRANSLATE_NOOP("Errors", "Only the author of a proposal can do this.")
WRONG_STATE = QT_TRANSLATE_NOOP("Errors", "This cannot be done while the proposal is {status}.")
CHANGED_MEANWHILE = QT_TRANSLATE_NOOP(
    "Errors", "Someone changed this proposal meanwhile: look at it again before saving."
)
ALREADY_ENDORSED = QT_TRANSLATE_NOOP("Errors", "You already endorse this proposal.")
AUTHOR_ENDORSES = QT_TRANSLATE_NOOP("Errors", "The author cannot endorse their own proposal.")
NOT_PRESENT = QT_TRANSLATE_NOOP(
    "Errors", "{name} is not marked present: record only the positions of those present."
)
SAME_TEXT = QT_TRANSLATE_NOOP("Errors", "The amendment does not change the text.")
NOTE_NEEDED = QT_TRANSLATE_NOOP("Errors", "Say in a few words why.")
EMPTY_COMMENT = QT_TRANSLATE_NOOP("Errors", "A comment cannot be empty.")
STATEMENT_NEEDED = QT_TRANSLATE_NOOP("Errors", "Say in a sentence what was decided.")
REVIEW_TOO_EARLY = QT_TRANSLATE_NOOP("Errors", "The review date must come after the decision.")
TITLE_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "A title has at most 200 characters.")
UNKNOWN_MEMBER = QT_TRANSLATE_NOOP("Errors", "This member does not exist.")

# Status words as the error messages show them (translated in the "Errors" context with the message).
STATUS_WORDS = {
    ProposalStatus.DRAFT: QT_TRANSLATE_NOOP("Errors", "a draft"),
    ProposalStatus.SEEKING_ENDORSEMENT: QT_TRANSLATE_NOOP("Errors", "seeking endorsement"),
    ProposalStatus.OPEN: QT_TRANSLATE_NOOP("Errors", "open"),
    ProposalStatus.ADOPTED: QT_TRANSLATE_NOOP("Errors", "adopted"),
    ProposalStatus.NOT_ADOPTED: QT_TRANSLATE_NOOP("Errors", "not adopted"),
    ProposalStatus.WITHDRAWN: QT_TRANSLATE_NOOP("Errors", "withdrawn"),
}
CLOSED = (ProposalStatus.ADOPTED, ProposalStatus.NOT_ADOPTED)
NOT_CLOSED = (ProposalStatus.DRAFT, ProposalStatus.SEEKING_ENDORSEMENT, ProposalStatus.OPEN)
ENTITY = "proposal"
_STATUSES = {status.value: status for status in ProposalStatus}
_OUTCOMES = {outcome.value: outcome for outcome in Outcome} | {None: None}


# ---------------------------------------------------------------- read objects


class ProposalSummary(NamedTuple):
    """A proposal as the list shows it (a named tuple: the list may hold thousands)."""

    id: int
    title: str
    category: str
    author_id: int
    author_name: str
    status: ProposalStatus
    rule: Rule
    quorum_percent: int | None
    deadline: datetime
    created_at: datetime
    closed_at: datetime | None
    outcome: Outcome | None
    review_date: date | None
    current_version: int
    version: int


@dataclass(frozen=True)
class VersionView:
    number: int
    text: str
    change_note: str
    created_at: datetime


@dataclass(frozen=True)
class PositionView:
    member_id: int
    member_name: str
    version: int
    stance: Stance
    reason: str
    given_at: datetime
    recorded_by_name: str | None
    is_current: bool
    replaced_at: datetime | None = None  # set on the positions of the history


@dataclass(frozen=True)
class CommentView:
    id: int
    member_name: str
    at: datetime
    text: str


@dataclass(frozen=True)
class EventView:
    """One step in the life of a proposal, from the audit log."""

    at: datetime
    member_name: str | None  # None: done by Cercle itself (closing at the deadline)
    action: str


@dataclass(frozen=True)
class ProposalDetail:
    """Everything the detail view shows about one proposal."""

    summary: ProposalSummary
    outcome_statement: str
    status_note: str
    versions: tuple[VersionView, ...]
    endorsers: tuple[str, ...]
    endorser_ids: tuple[int, ...]
    endorsements_needed: int
    positions: tuple[PositionView, ...]  # one per (version, member), newest first
    history: tuple[PositionView, ...]  # replaced positions, newest first
    comments: tuple[CommentView, ...]
    events: tuple[EventView, ...]  # oldest first
    tally: Tally  # live, on the current version
    outcome_if_closed_now: Outcome
    closing_counts: tuple[int, int, int, int] | None  # agree, stand aside, abstain, block at the close

    @property
    def text(self) -> str:
        return self.versions[-1].text

    def counting(self) -> tuple[PositionView, ...]:
        """The positions that count: on the current version."""
        return tuple(p for p in self.positions if p.version == self.summary.current_version)

    def position_of(self, member_id: int | None) -> PositionView | None:
        return next((p for p in self.counting() if p.member_id == member_id), None)


@dataclass(frozen=True)
class RegisterFilter:
    text: str = ""
    category: str | None = None
    status: ProposalStatus | None = None  # adopted or not adopted; None = both
    since: date | None = None  # closing day, local
    until: date | None = None


class RegisterEntry(NamedTuple):
    """One decision taken, as the register lists it (a named tuple: thousands are built at once)."""

    id: int
    title: str
    category: str
    status: ProposalStatus
    outcome: Outcome | None
    closed_at: datetime
    text: str
    version: int
    outcome_statement: str
    review_date: date | None
    agree: int
    stand_aside: int
    abstain: int
    block: int


@dataclass(frozen=True)
class MemberName:
    id: int
    name: str


SUMMARY_COLUMNS = (
    Proposal.id, Proposal.title, Proposal.category, Proposal.author_id, Proposal.status, Proposal.rule,
    Proposal.quorum_percent, Proposal.deadline, Proposal.created_at, Proposal.closed_at, Proposal.outcome,
    Proposal.review_date, Proposal.current_version, Proposal.version,
)  # fmt: skip


def _summary(row, names: dict[int, str]) -> ProposalSummary:
    """A summary from a row of SUMMARY_COLUMNS (or a Proposal, which has the same attributes)."""
    return ProposalSummary(
        id=row.id,
        title=row.title,
        category=row.category,
        author_id=row.author_id,
        author_name=names.get(row.author_id, ""),
        status=_STATUSES[row.status],
        rule=Rule(row.rule),
        quorum_percent=row.quorum_percent,
        deadline=row.deadline,
        created_at=row.created_at,
        closed_at=row.closed_at,
        outcome=_OUTCOMES[row.outcome],
        review_date=row.review_date,
        current_version=row.current_version,
        version=row.version,
    )


def _names(db: Session) -> dict[int, str]:
    return dict(db.exec(select(Member.id, Member.name)).all())


def _names_and_active(db: Session) -> tuple[dict[int, str], list[int]]:
    """Every member's name, and the active members' ids, in one query."""
    rows = db.exec(select(Member.id, Member.name, Member.active)).all()
    return {row.id: row.name for row in rows}, [row.id for row in rows if row.active]


# ---------------------------------------------------------------- reads


def list_proposals(
    ctx: Context, status: ProposalStatus | Collection[ProposalStatus] | None = None
) -> list[ProposalSummary]:
    """Proposals of one status (or several, or all), the soonest deadline first, then the newest."""
    with ctx.reading() as db:
        query = select(*SUMMARY_COLUMNS)
        if isinstance(status, ProposalStatus):
            query = query.where(Proposal.status == status.value)
        elif status is not None:
            query = query.where(Proposal.status.in_([s.value for s in status]))
        names = _names(db)
        rows = [_summary(row, names) for row in db.connection().execute(query).all()]
    return sorted(rows, key=_list_order)


def _list_order(proposal: ProposalSummary) -> tuple:
    """Proposals in progress by deadline, then closed ones, the latest closed first."""
    if proposal.status in CLOSED:
        return (1, -proposal.closed_at.timestamp(), proposal.id)
    return (0, proposal.deadline.timestamp(), proposal.id)


def get_proposal(ctx: Context, proposal_id: int) -> ProposalDetail:
    with ctx.reading() as db:
        return _detail(db, proposal_id)


def _detail(db: Session, proposal_id: int) -> ProposalDetail:
    """Everything about one proposal, read in ``db`` (a read, or the write refusing a stale edit)."""
    proposal = _load(db, proposal_id)
    names, active = _names_and_active(db)
    versions = db.exec(
        select(ProposalVersion)
        .where(ProposalVersion.proposal_id == proposal_id)
        .order_by(ProposalVersion.number)
    ).all()
    endorsers = db.exec(
        select(Endorsement.member_id)
        .where(Endorsement.proposal_id == proposal_id)
        .order_by(Endorsement.at, Endorsement.id)
    ).all()
    positions = db.exec(
        select(Position)
        .where(Position.proposal_id == proposal_id)
        .order_by(Position.version.desc(), Position.given_at.desc(), Position.id.desc())
    ).all()
    history = db.exec(
        select(PositionHistory)
        .where(PositionHistory.proposal_id == proposal_id)
        .order_by(PositionHistory.replaced_at.desc(), PositionHistory.id.desc())
    ).all()
    comments = db.exec(
        select(Comment).where(Comment.proposal_id == proposal_id).order_by(Comment.at, Comment.id)
    ).all()
    events = db.exec(
        select(AuditEntry.at, AuditEntry.member_id, AuditEntry.action)
        .where(AuditEntry.entity == ENTITY, AuditEntry.entity_id == proposal_id)
        .order_by(AuditEntry.id)
    ).all()
    needed = _endorsements_needed(db)
    counted = _domain_positions(positions, proposal.current_version)
    quorum = proposal.quorum_percent
    return ProposalDetail(
        summary=_summary(proposal, names),
        outcome_statement=proposal.outcome_statement,
        status_note=proposal.status_note,
        versions=tuple(VersionView(v.number, v.text, v.change_note, v.created_at) for v in versions),
        endorsers=tuple(names.get(member_id, "") for member_id in endorsers),
        endorser_ids=tuple(endorsers),
        endorsements_needed=needed,
        positions=tuple(_position_view(p, names) for p in positions),
        history=tuple(_position_view(p, names, replaced_at=p.replaced_at) for p in history),
        comments=tuple(CommentView(c.id, names.get(c.member_id, ""), c.at, c.text) for c in comments),
        events=tuple(
            EventView(at, names.get(member_id) if member_id else None, action)
            for at, member_id, action in events
        ),
        tally=consensus.tally(counted, proposal.current_version, active, quorum),
        outcome_if_closed_now=consensus.outcome(
            counted, proposal.current_version, active, Rule(proposal.rule), quorum
        ),
        closing_counts=(
            proposal.count_agree,
            proposal.count_stand_aside,
            proposal.count_abstain,
            proposal.count_block,
        )
        if proposal.closed_at
        else None,
    )


def _position_view(
    row: Position | PositionHistory, names: dict[int, str], replaced_at: datetime | None = None
) -> PositionView:
    return PositionView(
        member_id=row.member_id,
        member_name=names.get(row.member_id, ""),
        version=row.version,
        stance=Stance(row.stance),
        reason=row.reason,
        given_at=row.given_at,
        recorded_by_name=names.get(row.recorded_by_id) if row.recorded_by_id else None,
        is_current=getattr(row, "is_current", False),
        replaced_at=replaced_at,
    )


def members_without_position(ctx: Context, proposal_id: int) -> list[MemberName]:
    """Active members who have not taken a position on the current version (for reminders)."""
    with ctx.reading() as db:
        proposal = _load(db, proposal_id)
        took = select(Position.member_id).where(
            Position.proposal_id == proposal_id, Position.version == proposal.current_version
        )
        rows = db.exec(
            select(Member.id, Member.name).where(Member.active, Member.id.not_in(took))
        ).all()
    return sorted((MemberName(member_id, name) for member_id, name in rows), key=lambda m: name_key(m.name))


REGISTER_COLUMNS = (
    Proposal.id,
    Proposal.title,
    Proposal.category,
    Proposal.status,
    Proposal.outcome,
    Proposal.closed_at,
    ProposalVersion.text,
    Proposal.current_version,
    Proposal.outcome_statement,
    Proposal.review_date,
    Proposal.count_agree,
    Proposal.count_stand_aside,
    Proposal.count_abstain,
    Proposal.count_block,
)


def _register_query():
    """Plain columns, not ORM objects: the register of thousands of decisions opens in a few milliseconds."""
    return select(*REGISTER_COLUMNS).join(
        ProposalVersion,
        and_(ProposalVersion.proposal_id == Proposal.id, ProposalVersion.number == Proposal.current_version),
    )


def awaiting_position(ctx: Context, member_id: int) -> list[ProposalSummary]:
    """Open proposals on whose current version ``member_id`` has not taken a position, soonest deadline first."""
    with ctx.reading() as db:
        took = exists().where(
            Position.proposal_id == Proposal.id,
            Position.version == Proposal.current_version,
            Position.member_id == member_id,
        )
        query = (
            select(*SUMMARY_COLUMNS)
            .where(Proposal.status == ProposalStatus.OPEN.value, ~took)
            .order_by(Proposal.deadline, Proposal.id)
        )
        names = _names(db)
        return [_summary(row, names) for row in db.connection().execute(query).all()]


@dataclass(frozen=True)
class MemberStand:
    """Where one member stands on a proposal: their position on its current version, and their endorsement."""

    stance: Stance | None
    endorsed: bool


def stands_of(ctx: Context, member_id: int) -> dict[int, MemberStand]:
    """Proposal id → where ``member_id`` stands on it, for every proposal they endorsed or took a position on."""
    with ctx.reading() as db:
        positions = db.exec(
            select(Position.proposal_id, Position.stance)
            .join(Proposal, Proposal.id == Position.proposal_id)
            .where(Position.member_id == member_id, Position.version == Proposal.current_version)
        ).all()
        endorsed = set(
            db.exec(select(Endorsement.proposal_id).where(Endorsement.member_id == member_id))
        )
    stances = {proposal_id: Stance(stance) for proposal_id, stance in positions}
    return {
        proposal_id: MemberStand(stances.get(proposal_id), proposal_id in endorsed)
        for proposal_id in stances.keys() | endorsed
    }


def register(ctx: Context, query: RegisterFilter = RegisterFilter()) -> list[RegisterEntry]:
    """The decisions taken (adopted or not), newest first, filtered by text, category, status and date."""
    with ctx.reading() as db:
        return _register_entries(db, _filtered_register(ctx, query))


def register_page(
    ctx: Context, query: RegisterFilter, after: RegisterEntry | None, limit: int
) -> list[RegisterEntry]:
    """The next ``limit`` decisions of the register after the entry ``after`` (from the first when None):
    a list reads what it shows, and a page costs the same ten years back as on the first screen."""
    statement = _filtered_register(ctx, query).limit(limit)
    if after is not None:  # in the register's order: closed earlier, or at the same instant with a lower id
        statement = statement.where(
            Proposal.closed_at <= after.closed_at,  # the range an index walks; the next term breaks the tie
            or_(Proposal.closed_at < after.closed_at, Proposal.id < after.id),
        )
    with ctx.reading() as db:
        return _register_entries(db, statement)


def _filtered_register(ctx: Context, query: RegisterFilter):
    """The register's statement under ``query``, newest first (the id breaks ties: pages never overlap)."""
    statuses = [query.status.value] if query.status in CLOSED else [s.value for s in CLOSED]
    statement = (
        _register_query()
        .where(_unindexed(Proposal.status).in_(statuses))
        .order_by(Proposal.closed_at.desc(), Proposal.id.desc())
    )
    needle = query.text.strip()
    if needle:
        pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        statement = statement.where(
            or_(
                Proposal.title.ilike(pattern, escape="\\"),
                ProposalVersion.text.ilike(pattern, escape="\\"),
                Proposal.outcome_statement.ilike(pattern, escape="\\"),
            )
        )
    if query.category:
        statement = statement.where(_unindexed(Proposal.category) == query.category)
    if query.since:
        statement = statement.where(Proposal.closed_at >= _start_of(ctx, query.since))
    if query.until:
        statement = statement.where(Proposal.closed_at < _start_of(ctx, query.until + timedelta(days=1)))
    return statement


def _unindexed(column):
    """A status or a category as an expression, which no index serves. Without statistics SQLite takes such
    a value for a rare one and walks its index, then sorts thousands of decisions; the register's statements
    are left the index on their order (closing time) or their range (review date), and stop after a page."""
    return column + ""


def _register_entries(db: Session, statement) -> list[RegisterEntry]:
    # Core rows rather than ORM loading, and dictionary look-ups rather than Enum calls: the register
    # of thousands of decisions opens within its time budget.
    return [
        RegisterEntry(id_, title, category, _STATUSES[status], _OUTCOMES[outcome], *rest)
        for id_, title, category, status, outcome, *rest in db.connection().execute(statement).all()
    ]


def categories(ctx: Context) -> list[str]:
    with ctx.reading() as db:
        found = db.exec(select(Proposal.category).where(Proposal.category != "").distinct()).all()
    return sorted(found, key=str.casefold)


def reviews_due(ctx: Context, on: date | None = None) -> list[RegisterEntry]:
    """Adopted decisions whose review date has come (``on`` defaults to today)."""
    on = on or ctx.today()
    statement = (
        _register_query()
        .where(_unindexed(Proposal.status) == ProposalStatus.ADOPTED.value, Proposal.review_date <= on)
        .order_by(Proposal.review_date, Proposal.id)
    )
    with ctx.reading() as db:
        return _register_entries(db, statement)


def _start_of(ctx: Context, day: date) -> datetime:
    return datetime.combine(day, datetime.min.time(), tzinfo=ctx.timezone)


# ---------------------------------------------------------------- helpers for writes


def _load(db: Session, proposal_id: int, *, lock: bool = False, shared: bool = False) -> Proposal:
    """The proposal; with ``lock``, locked until the commit (PostgreSQL: concurrent writers wait; SQLite
    writers already queue): ``shared`` lets other shared lockers (positions) through, not changes."""
    query = select(Proposal).where(Proposal.id == proposal_id)
    if lock:
        query = query.with_for_update(read=shared)
    proposal = db.exec(query).first()
    if proposal is None:
        raise NotFound(UNKNOWN_PROPOSAL)
    return proposal


def _actor(unit: UnitOfWork, *, lock: bool = False) -> Member:
    """The acting member, who must be active; with ``lock``, their row is locked until the commit."""
    if unit.context.actor_id is None:
        raise NotAllowed(NO_ACTOR)
    member = _member(unit, unit.context.actor_id, lock=lock)
    if member is None:
        raise NotAllowed(NO_ACTOR)
    if not member.active:
        raise NotAllowed(INACTIVE_MEMBER, name=member.name)
    return member


def _member(unit: UnitOfWork, member_id: int, *, lock: bool = False) -> Member | None:
    """A member; ``lock`` (PostgreSQL) queues up the writes of that member's position from two workstations,
    without blocking the rows that refer to the member (FOR NO KEY UPDATE)."""
    return unit.db.get(Member, member_id, with_for_update={"key_share": True} if lock else None)


def _writable(
    unit: UnitOfWork,
    proposal_id: int,
    expected_version: int | None,
    *statuses: ProposalStatus,
    author_only: bool = False,
    stale_edit: bool = False,
    position_of: int | None = None,
) -> tuple[Proposal, Member]:
    """Load and lock a proposal for a change by the actor, checking its state and version.

    A version other than ``expected_version`` refuses the change with CHANGED_MEANWHILE; with ``stale_edit``
    (an edit of typed text), it raises StaleEdit carrying the proposal as saved, once the state and author
    are known to allow the edit (saving it again over that version would then be accepted).

    For a position of member ``position_of``, the proposal is only share-locked: members take positions
    side by side, while a change of the proposal (close, amend...) waits for them, and they for it. That
    member's row is locked instead (here when they act, else by the caller)."""
    actor = _actor(unit, lock=position_of == unit.context.actor_id)
    proposal = _load(unit.db, proposal_id, lock=True, shared=position_of is not None)
    stale = expected_version is not None and proposal.version != expected_version
    if stale and not stale_edit:
        raise NotAllowed(CHANGED_MEANWHILE)
    _require_status(proposal, *statuses)
    if author_only and proposal.author_id != actor.id:
        raise NotAllowed(NOT_AUTHOR)
    if stale:
        raise StaleEdit(_detail(unit.db, proposal_id))
    return proposal, actor


def _require_status(proposal: Proposal, *statuses: ProposalStatus) -> None:
    if statuses and ProposalStatus(proposal.status) not in statuses:
        raise NotAllowed(WRONG_STATE, status=STATUS_WORDS[ProposalStatus(proposal.status)])


def _move(proposal: Proposal, new: ProposalStatus) -> None:
    consensus.check_transition(ProposalStatus(proposal.status), new)
    proposal.status = new.value


def _touch(unit: UnitOfWork, proposal: Proposal) -> None:
    proposal.version += 1
    unit.db.add(proposal)
    unit.db.flush()


def _check_title(title: str) -> str:
    title = " ".join(title.split())
    if not title:
        raise RuleViolation(EMPTY_TITLE)
    if len(title) > 200:
        raise RuleViolation(TITLE_TOO_LONG)
    return title


def _check_deadline(ctx: Context, deadline: datetime) -> datetime:
    if deadline.tzinfo is None:
        raise ValueError("deadlines are timezone-aware moments")
    if deadline <= ctx.now():
        raise RuleViolation(DEADLINE_PAST)
    return deadline


def _check_statement(statement: str) -> str:
    """An outcome statement says what was decided: it cannot be empty."""
    if not statement.strip():
        raise RuleViolation(STATEMENT_NEEDED)
    return statement.strip()


def _check_note(note: str) -> str:
    note = note.strip()
    if not note:
        raise RuleViolation(NOTE_NEEDED)
    return note


def _active_member_ids(db: Session) -> list[int]:
    return list(db.exec(select(Member.id).where(Member.active)).all())


def _setting(db: Session, key: str) -> Any:
    """A centre setting read inside the current transaction."""
    row = db.get(Setting, key)
    return json.loads(row.value) if row else settings.defaults()[key]


def _endorsements_needed(db: Session) -> int:
    return _setting(db, "endorsements_needed")


def _default_quorum(db: Session) -> int:
    return _setting(db, "quorum_percent")


def _domain_positions(rows, current_version: int) -> list[consensus.Position]:
    return [
        consensus.Position(r.member_id, r.version, Stance(r.stance), r.reason)
        for r in rows
        if r.version == current_version
    ]


def _current_text(db: Session, proposal: Proposal) -> ProposalVersion:
    return db.exec(
        select(ProposalVersion).where(
            ProposalVersion.proposal_id == proposal.id, ProposalVersion.number == proposal.current_version
        )
    ).one()


def _positions_on(db: Session, proposal: Proposal) -> list[Position]:
    return list(
        db.exec(
            select(Position).where(
                Position.proposal_id == proposal.id, Position.version == proposal.current_version
            )
        ).all()
    )


# ---------------------------------------------------------------- drafting


def create_draft(
    ctx: Context,
    *,
    title: str,
    text: str = "",
    deadline: datetime,
    category: str = "",
    rule: Rule = Rule.CONSENSUS,
    quorum_percent: int | None = None,
) -> ProposalDetail:
    """A new draft by the acting member; a consensus without a quorum takes the centre's default."""
    title = _check_title(title)
    deadline = _check_deadline(ctx, deadline)
    rule = Rule(rule)
    with ctx.writing() as unit:
        author = _actor(unit)
        if rule == Rule.CONSENSUS and quorum_percent is None:
            quorum_percent = _default_quorum(unit.db)
        consensus.validate_rule(rule, quorum_percent)
        proposal = unit.add(
            Proposal(
                title=title,
                category=" ".join(category.split()),
                author_id=author.id,
                rule=rule.value,
                quorum_percent=quorum_percent,
                deadline=deadline,
                created_at=ctx.now(),
            )
        )
        unit.add(ProposalVersion(proposal_id=proposal.id, number=1, text=text.strip(), created_at=ctx.now()))
        unit.audit("create", ENTITY, proposal.id, after=proposal)
        proposal_id = proposal.id
    return get_proposal(ctx, proposal_id)


def edit_draft(
    ctx: Context,
    proposal_id: int,
    *,
    title: str,
    text: str,
    deadline: datetime,
    category: str = "",
    rule: Rule = Rule.CONSENSUS,
    quorum_percent: int | None = None,
    expected_version: int | None = None,
) -> ProposalDetail:
    """Change a draft (its author only). Text changed under earlier positions becomes a new version.

    With ``expected_version`` (the version the editor started from), a draft saved meanwhile by another
    workstation raises StaleEdit carrying the ProposalDetail as saved, and nothing is written."""
    title = _check_title(title)
    deadline = _check_deadline(ctx, deadline)
    rule = Rule(rule)
    consensus.validate_rule(rule, quorum_percent)
    with ctx.writing() as unit:
        proposal, _ = _writable(
            unit, proposal_id, expected_version, ProposalStatus.DRAFT, author_only=True, stale_edit=True
        )
        before = proposal.model_dump()
        proposal.title, proposal.deadline = title, deadline
        proposal.category = " ".join(category.split())
        proposal.rule, proposal.quorum_percent = rule.value, quorum_percent
        current = _current_text(unit.db, proposal)
        if text.strip() != current.text:
            if _positions_on(unit.db, proposal):
                _new_version(unit, proposal, text.strip(), "")
            else:
                current.text = text.strip()
        _touch(unit, proposal)
        unit.audit("edit", ENTITY, proposal.id, before=before, after=proposal)
    return get_proposal(ctx, proposal_id)


def set_quorum(
    ctx: Context, proposal_id: int, quorum_percent: int | None, expected_version: int | None = None
) -> ProposalDetail:
    """Change the quorum of a proposal not yet closed (its author only)."""
    with ctx.writing() as unit:
        proposal, _ = _writable(unit, proposal_id, expected_version, *NOT_CLOSED, author_only=True)
        consensus.validate_rule(Rule(proposal.rule), quorum_percent)
        before = proposal.model_dump()
        proposal.quorum_percent = quorum_percent
        _touch(unit, proposal)
        unit.audit("set_quorum", ENTITY, proposal.id, before=before, after=proposal)
    return get_proposal(ctx, proposal_id)


def submit(ctx: Context, proposal_id: int, expected_version: int | None = None) -> ProposalDetail:
    """Ask the team for endorsements; opens at once when the centre needs none."""
    with ctx.writing() as unit:
        proposal, _ = _writable(unit, proposal_id, expected_version, ProposalStatus.DRAFT, author_only=True)
        if not _current_text(unit.db, proposal).text:
            raise RuleViolation(EMPTY_TEXT)
        _check_deadline(ctx, proposal.deadline)
        before = proposal.model_dump()
        _move(proposal, ProposalStatus.SEEKING_ENDORSEMENT)
        proposal.status_note = ""
        _open_if_endorsed(unit, proposal)
        _touch(unit, proposal)
        unit.audit("submit", ENTITY, proposal.id, before=before, after=proposal)
    return get_proposal(ctx, proposal_id)


def _open_if_endorsed(unit: UnitOfWork, proposal: Proposal) -> None:
    endorsed = unit.db.exec(
        select(Endorsement.member_id).where(
            Endorsement.proposal_id == proposal.id, Endorsement.member_id != proposal.author_id
        )
    ).all()
    if consensus.can_open(len(endorsed), _endorsements_needed(unit.db)):
        _move(proposal, ProposalStatus.OPEN)


def endorse(ctx: Context, proposal_id: int) -> ProposalDetail:
    """The actor co-signs; the proposal opens once enough members besides its author have."""
    with ctx.writing() as unit:
        proposal, actor = _writable(unit, proposal_id, None, ProposalStatus.SEEKING_ENDORSEMENT)
        if actor.id == proposal.author_id:
            raise NotAllowed(AUTHOR_ENDORSES)
        if unit.db.exec(
            select(Endorsement).where(
                Endorsement.proposal_id == proposal.id, Endorsement.member_id == actor.id
            )
        ).first():
            raise NotAllowed(ALREADY_ENDORSED)
        before = proposal.model_dump()
        unit.add(Endorsement(proposal_id=proposal.id, member_id=actor.id, at=ctx.now()))
        _open_if_endorsed(unit, proposal)
        _touch(unit, proposal)
        unit.audit("endorse", ENTITY, proposal.id, before=before, after=proposal)
    return get_proposal(ctx, proposal_id)


# ---------------------------------------------------------------- open proposals


def _new_version(unit: UnitOfWork, proposal: Proposal, text: str, note: str) -> None:
    proposal.current_version += 1
    unit.add(
        ProposalVersion(
            proposal_id=proposal.id,
            number=proposal.current_version,
            text=text,
            change_note=note,
            created_at=unit.context.now(),
        )
    )


def amend(
    ctx: Context, proposal_id: int, *, text: str, change_note: str, expected_version: int | None = None
) -> ProposalDetail:
    """A new version (its author only): earlier positions stay visible but no longer count."""
    text = text.strip()
    change_note = _check_note(change_note)
    if not text:
        raise RuleViolation(EMPTY_TEXT)
    with ctx.writing() as unit:
        proposal, _ = _writable(
            unit,
            proposal_id,
            expected_version,
            ProposalStatus.SEEKING_ENDORSEMENT,
            ProposalStatus.OPEN,
            author_only=True,
        )
        if text == _current_text(unit.db, proposal).text:
            raise RuleViolation(SAME_TEXT)
        before = proposal.model_dump()
        _new_version(unit, proposal, text, change_note)
        _touch(unit, proposal)
        unit.audit("amend", ENTITY, proposal.id, before=before, after={**proposal.model_dump(), "text": text})
    return get_proposal(ctx, proposal_id)


def take_position(ctx: Context, proposal_id: int, stance: Stance, reason: str = "") -> ProposalDetail:
    """The actor's own position on the current version; a later one replaces it (kept in the history)."""
    reason = consensus.validate_position(stance, reason)
    with ctx.writing() as unit:
        proposal, actor = _writable(unit, proposal_id, None, ProposalStatus.OPEN, position_of=ctx.actor_id)
        _store_position(unit, proposal, actor.id, stance, reason, recorded_by=None)
        return _detail(unit.db, proposal_id)  # read in the same transaction: one connection


def record_position(
    ctx: Context,
    proposal_id: int,
    member_id: int,
    stance: Stance,
    reason: str = "",
    *,
    present_member_ids: Collection[int],
) -> ProposalDetail:
    """Meeting mode: the minute-taker (the actor) records the position a present member states aloud."""
    with ctx.writing() as unit:
        record_position_in(unit, proposal_id, member_id, stance, reason, present_member_ids=present_member_ids)
        return _detail(unit.db, proposal_id)


def record_position_in(
    unit: UnitOfWork,
    proposal_id: int,
    member_id: int,
    stance: Stance,
    reason: str = "",
    *,
    present_member_ids: Collection[int],
) -> None:
    """:func:`record_position` within the caller's transaction (the meetings service checks the meeting in it)."""
    reason = consensus.validate_position(stance, reason)
    proposal, actor = _writable(unit, proposal_id, None, ProposalStatus.OPEN, position_of=member_id)
    member = _member(unit, member_id, lock=True)
    if member is None:
        raise NotFound(UNKNOWN_MEMBER)
    if member_id not in present_member_ids or not member.active:
        raise NotAllowed(NOT_PRESENT, name=member.name)
    _store_position(
        unit, proposal, member_id, stance, reason, recorded_by=None if member_id == actor.id else actor.id
    )


def _store_position(
    unit: UnitOfWork, proposal: Proposal, member_id: int, stance: Stance, reason: str, recorded_by: int | None
) -> None:
    now = unit.context.now()
    if proposal.deadline <= now:
        raise NotAllowed(DEADLINE_PASSED)
    db = unit.db
    existing = db.exec(
        select(Position).where(
            Position.proposal_id == proposal.id,
            Position.version == proposal.current_version,
            Position.member_id == member_id,
        )
    ).first()
    before = None
    if existing is not None:
        before = existing.model_dump()
        db.add(
            PositionHistory(
                proposal_id=existing.proposal_id,
                version=existing.version,
                member_id=existing.member_id,
                stance=existing.stance,
                reason=existing.reason,
                given_at=existing.given_at,
                recorded_by_id=existing.recorded_by_id,
                replaced_at=now,
            )
        )
        existing.stance, existing.reason, existing.given_at = stance.value, reason, now
        existing.recorded_by_id = recorded_by
        position = existing
    else:
        for earlier in db.exec(
            select(Position).where(
                Position.proposal_id == proposal.id, Position.member_id == member_id, Position.is_current
            )
        ):
            earlier.is_current = False
        position = Position(
            proposal_id=proposal.id,
            version=proposal.current_version,
            member_id=member_id,
            stance=stance.value,
            reason=reason,
            given_at=now,
            recorded_by_id=recorded_by,
        )
    db.add(position)
    db.flush()
    action = "record_position" if recorded_by else "take_position"
    unit.audit(action, ENTITY, proposal.id, before=before, after=position)


def withdraw(
    ctx: Context, proposal_id: int, note: str = "", expected_version: int | None = None
) -> ProposalDetail:
    """The author takes the proposal back; it stays in the list as withdrawn."""
    with ctx.writing() as unit:
        proposal, _ = _writable(unit, proposal_id, expected_version, *NOT_CLOSED, author_only=True)
        before = proposal.model_dump()
        _move(proposal, ProposalStatus.WITHDRAWN)
        proposal.status_note = note.strip()
        _touch(unit, proposal)
        unit.audit("withdraw", ENTITY, proposal.id, before=before, after=proposal)
    return get_proposal(ctx, proposal_id)


def postpone(
    ctx: Context, proposal_id: int, note: str, expected_version: int | None = None
) -> ProposalDetail:
    """Back to draft, with a note saying why (the author rethinks it)."""
    note = _check_note(note)
    with ctx.writing() as unit:
        proposal, _ = _writable(
            unit,
            proposal_id,
            expected_version,
            ProposalStatus.SEEKING_ENDORSEMENT,
            ProposalStatus.OPEN,
            author_only=True,
        )
        before = proposal.model_dump()
        _move(proposal, ProposalStatus.DRAFT)
        proposal.status_note = note
        _touch(unit, proposal)
        unit.audit("postpone", ENTITY, proposal.id, before=before, after=proposal)
    return get_proposal(ctx, proposal_id)


# ---------------------------------------------------------------- closing


def close(
    ctx: Context,
    proposal_id: int,
    *,
    statement: str,
    review_date: date | None = None,
    expected_version: int | None = None,
) -> ProposalDetail:
    """Close now: the outcome comes from the rules, the statement says what was decided."""
    with ctx.writing() as unit:
        close_in(unit, proposal_id, statement=statement, review_date=review_date, expected_version=expected_version)
    return get_proposal(ctx, proposal_id)


def close_in(
    unit: UnitOfWork,
    proposal_id: int,
    *,
    statement: str,
    review_date: date | None = None,
    expected_version: int | None = None,
) -> None:
    """:func:`close` within the caller's transaction (the meetings service checks the meeting in it)."""
    statement = _check_statement(statement)
    if review_date is not None and review_date <= unit.context.today():
        raise RuleViolation(REVIEW_TOO_EARLY)
    proposal, _ = _writable(unit, proposal_id, expected_version, ProposalStatus.OPEN)
    _close(unit, proposal, unit.context.now(), statement, review_date, action="close")


def close_due(ctx: Context, now: datetime | None = None) -> list[int]:
    """Close every open proposal whose deadline has passed, at its deadline.

    Idempotent, for the scheduler and its catch-up pass at start: returns the ids it closed.
    """
    now = now or ctx.now()
    with ctx.writing() as unit:
        due = unit.db.exec(
            select(Proposal)
            .where(Proposal.status == ProposalStatus.OPEN.value, Proposal.deadline <= now)
            .order_by(Proposal.deadline, Proposal.id)
            .with_for_update()
        ).all()
        for proposal in due:
            _close(unit, proposal, proposal.deadline, "", None, action="close_at_deadline")
        return [proposal.id for proposal in due]


def _close(
    unit: UnitOfWork, proposal: Proposal, at: datetime, statement: str, review_date: date | None, action: str
) -> None:
    db = unit.db
    before = proposal.model_dump()
    positions = _domain_positions(_positions_on(db, proposal), proposal.current_version)
    active = _active_member_ids(db)
    rule = Rule(proposal.rule)
    result = consensus.outcome(positions, proposal.current_version, active, rule, proposal.quorum_percent)
    counts = consensus.tally(positions, proposal.current_version, active, proposal.quorum_percent)
    _move(proposal, ProposalStatus.ADOPTED if result == Outcome.ADOPTED else ProposalStatus.NOT_ADOPTED)
    proposal.outcome, proposal.closed_at = result.value, at
    proposal.outcome_statement, proposal.review_date = statement, review_date
    proposal.count_agree, proposal.count_stand_aside = counts.agree, counts.stand_aside
    proposal.count_abstain, proposal.count_block = counts.abstain, counts.block
    _touch(unit, proposal)
    unit.audit(action, ENTITY, proposal.id, before=before, after=proposal)


def update_outcome(
    ctx: Context,
    proposal_id: int,
    *,
    statement: str,
    review_date: date | None = None,
    expected_version: int | None = None,
) -> ProposalDetail:
    """Write (or correct) the statement and review date of a closed proposal (e.g. closed at its deadline)."""
    statement = _check_statement(statement)
    with ctx.writing() as unit:
        proposal, _ = _writable(unit, proposal_id, expected_version, *CLOSED)
        if review_date is not None and review_date <= proposal.closed_at.astimezone(ctx.timezone).date():
            raise RuleViolation(REVIEW_TOO_EARLY)
        before = proposal.model_dump()
        proposal.outcome_statement, proposal.review_date = statement, review_date
        _touch(unit, proposal)
        unit.audit("edit_outcome", ENTITY, proposal.id, before=before, after=proposal)
    return get_proposal(ctx, proposal_id)


def reopen(
    ctx: Context, proposal_id: int, deadline: datetime, expected_version: int | None = None
) -> ProposalDetail:
    """Open a closed proposal again until a new deadline; the earlier outcome stays in the audit log."""
    deadline = _check_deadline(ctx, deadline)
    with ctx.writing() as unit:
        proposal, _ = _writable(unit, proposal_id, expected_version, *CLOSED)
        before = proposal.model_dump()
        _move(proposal, ProposalStatus.OPEN)
        proposal.deadline, proposal.closed_at, proposal.outcome = deadline, None, None
        proposal.outcome_statement, proposal.review_date = "", None
        proposal.count_agree = proposal.count_stand_aside = proposal.count_abstain = proposal.count_block = 0
        _touch(unit, proposal)
        unit.audit("reopen", ENTITY, proposal.id, before=before, after=proposal)
    return get_proposal(ctx, proposal_id)


# ---------------------------------------------------------------- comments


def add_comment(ctx: Context, proposal_id: int, text: str) -> CommentView:
    text = text.strip()
    if not text:
        raise RuleViolation(EMPTY_COMMENT)
    with ctx.writing() as unit:
        actor = _actor(unit)
        proposal = _load(unit.db, proposal_id)
        comment = unit.add(Comment(proposal_id=proposal.id, member_id=actor.id, at=ctx.now(), text=text))
        unit.audit("comment", ENTITY, proposal.id, after=comment)
        return CommentView(comment.id, actor.name, comment.at, comment.text)
