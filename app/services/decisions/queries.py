"""Reading decisions: the lists of proposals, one proposal in full, where a member stands, the register."""

from collections.abc import Callable, Collection
from datetime import date, datetime, timedelta, tzinfo
from functools import cache, lru_cache
from typing import Any

import sqlalchemy as sql
from sqlalchemy import ColumnElement, Select, and_, exists, or_
from sqlalchemy.orm import Mapped
from sqlmodel import Session, col, select

from app.domain import consensus
from app.domain.consensus import CLOSED, Outcome, ProposalStatus, Rule, Stance
from app.domain.members import name_key
from app.domain.names import like_pattern, mentions
from app.services.changes import Entity
from app.services.context import Context, id_of
from app.services.decisions.rows import (
    MEMBER_ID,
    PROPOSAL_ID,
    domain_positions,
    endorsements_needed,
    load_proposal,
    member_names,
    names_and_active,
    plain,
    proposal_in,
)
from app.services.decisions.views import (
    EVERY_DECISION,
    OUTCOME_OF,
    STATUS_OF,
    CommentView,
    EarlierOutcomeView,
    EventView,
    MemberName,
    MemberStand,
    ProposalDetail,
    ProposalSummary,
    RegisterEntry,
    RegisterFilter,
    VersionView,
    position_view,
    summary_of,
)
from app.services.paging import kept_page
from app.storage.models import AuditEntry, Member
from app.storage.models.decisions import (
    Comment,
    EarlierOutcome,
    Endorsement,
    Position,
    PositionHistory,
    Proposal,
    ProposalVersion,
)

SUMMARY_COLUMNS = (
    PROPOSAL_ID, col(Proposal.title), col(Proposal.category), col(Proposal.author_id), col(Proposal.status),
    col(Proposal.rule), col(Proposal.quorum_percent), col(Proposal.deadline), col(Proposal.created_at),
    col(Proposal.closed_at), col(Proposal.outcome), col(Proposal.review_date), col(Proposal.current_version),
    col(Proposal.version),
)  # fmt: skip
REGISTER_COLUMNS = (
    PROPOSAL_ID, col(Proposal.title), col(Proposal.category), col(Proposal.status), col(Proposal.outcome),
    col(Proposal.closed_at), col(ProposalVersion.text), col(Proposal.current_version),
    col(Proposal.outcome_statement), col(Proposal.review_date), col(Proposal.count_agree),
    col(Proposal.count_stand_aside), col(Proposal.count_abstain), col(Proposal.count_block),
)  # fmt: skip


# ---------------------------------------------------------------- proposals


def list_proposals(
    ctx: Context, status: ProposalStatus | Collection[ProposalStatus] | None = None
) -> list[ProposalSummary]:
    """Proposals of one status (or several, or all), the soonest deadline first, then the newest."""
    with ctx.reading() as db:
        query = sql.select(*SUMMARY_COLUMNS)
        if isinstance(status, ProposalStatus):
            query = query.where(col(Proposal.status) == status.value)
        elif status is not None:
            query = query.where(col(Proposal.status).in_([s.value for s in status]))
        names = member_names(db)
        rows = [summary_of(row, names) for row in db.connection().execute(query).all()]
    return sorted(rows, key=_list_order)


def _list_order(proposal: ProposalSummary) -> tuple[int, float, int]:
    """Proposals in progress by deadline, then closed ones, the latest closed first (as the register)."""
    if proposal.status in CLOSED and proposal.closed_at is not None:  # _decided, said for mypy
        return (1, -proposal.closed_at.timestamp(), -proposal.id)
    return (0, proposal.deadline.timestamp(), proposal.id)


def _decided(proposal: ProposalSummary) -> bool:
    """Whether ``proposal`` is listed with the decisions taken (by its close), not by its deadline."""
    return proposal.status in CLOSED and proposal.closed_at is not None


_CLOSED_STATUSES = [status.value for status in CLOSED]


def _by_deadline(statuses: list[str]) -> ColumnElement[bool]:
    """Those of ``statuses`` listed by deadline: the ones not closed, found by the status index, and any closed
    one without its closing time, found by the closing time's index (a closed status is thousands of rows)."""
    closed = [status for status in statuses if status in _CLOSED_STATUSES]
    others = [status for status in statuses if status not in _CLOSED_STATUSES]
    return or_(
        col(Proposal.status).in_(others),
        and_(_unindexed(col(Proposal.status)).in_(closed), col(Proposal.closed_at).is_(None)),
    )


def proposals_page(
    ctx: Context,
    status: ProposalStatus | Collection[ProposalStatus] | None,
    after: ProposalSummary | None,
    limit: int,
) -> list[ProposalSummary]:
    """The next ``limit`` proposals of :func:`list_proposals`'s list after ``after`` (from the first when None):
    the list of ten years of decisions reads the page it shows. Two runs that indexes walk: the few proposals
    by deadline (found by their status), then the decisions taken, along the closing time's index from the
    latest one (their status checked on the way, as the register does: see ``_unindexed``)."""
    wanted = [s.value for s in ProposalStatus] if status is None else [
        s.value for s in ([status] if isinstance(status, ProposalStatus) else status)]
    decided = [value for value in wanted if value in _CLOSED_STATUSES]
    query = sql.select(*SUMMARY_COLUMNS).limit(limit)
    deadline, closed_at = col(Proposal.deadline), col(Proposal.closed_at)
    by_deadline = query.where(_by_deadline(wanted)).order_by(deadline, PROPOSAL_ID)
    by_close = query.where(_unindexed(col(Proposal.status)).in_(decided), closed_at.is_not(None)
                           ).order_by(closed_at.desc(), PROPOSAL_ID.desc())
    with ctx.reading() as db:
        names = member_names(db)

        def read(statement: Select[Any]) -> list[ProposalSummary]:
            return [summary_of(row, names) for row in db.connection().execute(statement).all()]

        if after is not None and _decided(after):
            return read(by_close.where(closed_at <= after.closed_at,
                                       or_(closed_at < after.closed_at, PROPOSAL_ID < after.id)))
        if after is not None:
            by_deadline = by_deadline.where(deadline >= after.deadline,
                                            or_(deadline > after.deadline, PROPOSAL_ID > after.id))
        found = read(by_deadline)
        if len(found) < limit and decided:
            found += read(by_close.limit(limit - len(found)))
    return found


RECENT_CHANGES = 50  # changed positions, and steps, shown until the whole history is asked for


def proposal_status(ctx: Context, proposal_id: int) -> ProposalStatus | None:
    """The status of the proposal now; None when there is none of that id."""
    with ctx.reading() as db:
        found = db.connection().execute(sql.select(col(Proposal.status)).where(PROPOSAL_ID == proposal_id)).scalar()
    return None if found is None else STATUS_OF[found]


def get_proposal(ctx: Context, proposal_id: int, *, whole_history: bool = False) -> ProposalDetail:
    with ctx.reading() as db:
        return detail(db, proposal_id, whole_history=whole_history)


def detail(db: Session, proposal_id: int, *, whole_history: bool = False) -> ProposalDetail:
    """Everything about one proposal, read in ``db``: a read, or a write returning what it did.

    A write has the proposal already (locked, maybe changed): it is not read again. The lists are plain
    rows, not ORM objects, several times cheaper. A proposal debated at length has hundreds of positions
    replaced and of steps, read again after each position taken: unless ``whole_history`` is asked for,
    only the latest RECENT_CHANGES of each are, so that a position costs the same on the hundredth day."""
    kept = None if whole_history else RECENT_CHANGES
    shown = None if kept is None else kept + 1  # one more row tells that earlier ones are left out
    proposal = proposal_in(db, proposal_id)
    names, active = names_and_active(db)
    versions = db.execute(
        sql.select(plain(ProposalVersion))
        .where(col(ProposalVersion.proposal_id) == proposal_id)
        .order_by(col(ProposalVersion.number))
    ).all()
    endorsers = db.exec(
        select(Endorsement.member_id)
        .where(Endorsement.proposal_id == proposal_id)
        .order_by(col(Endorsement.at), col(Endorsement.id))
    ).all()
    positions = db.execute(
        sql.select(plain(Position))
        .where(col(Position.proposal_id) == proposal_id)
        .order_by(col(Position.version).desc(), col(Position.given_at).desc(), col(Position.id).desc())
    ).all()
    history = db.execute(
        sql.select(plain(PositionHistory))
        .where(col(PositionHistory.proposal_id) == proposal_id)
        .order_by(col(PositionHistory.id).desc())  # as recorded: read backwards along the proposal's index
        .limit(shown)
    ).all()
    comments = db.execute(
        sql.select(plain(Comment)).where(col(Comment.proposal_id) == proposal_id)
        .order_by(col(Comment.at), col(Comment.id))
    ).all()
    events = db.exec(
        select(AuditEntry.at, AuditEntry.member_id, AuditEntry.action)
        .where(AuditEntry.entity == Entity.PROPOSAL.value, AuditEntry.entity_id == proposal_id)
        .order_by(col(AuditEntry.id).desc())
        .limit(shown)
    ).all()  # newest first
    counted = domain_positions(positions, proposal.current_version)
    quorum = proposal.quorum_percent
    return ProposalDetail(
        summary=summary_of(proposal, names),
        outcome_statement=proposal.outcome_statement,
        status_note=proposal.status_note,
        versions=tuple(VersionView(v.number, v.text, v.change_note, v.created_at) for v in versions),
        endorsers=tuple(names.get(member_id, "") for member_id in endorsers),
        endorser_ids=tuple(endorsers),
        endorsements_needed=endorsements_needed(db),
        positions=tuple(position_view(p, names) for p in positions),
        history=tuple(position_view(p, names, replaced_at=p.replaced_at) for p in history[:kept]),
        earlier_history=len(history) > len(history[:kept]),
        comments=tuple(
            CommentView(id_of(c), names.get(c.member_id, ""), c.at, c.text) for c in comments
        ),
        events=tuple(
            EventView(at, names.get(member_id) if member_id else None, action)
            for at, member_id, action in reversed(events[:kept])
        ),
        earlier_events=len(events) > len(events[:kept]),
        earlier_outcomes=earlier_outcomes(db, proposal_id, names),
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


def earlier_outcomes(db: Session, proposal_id: int, names: dict[int, str]) -> tuple[EarlierOutcomeView, ...]:
    rows = db.execute(
        sql.select(plain(EarlierOutcome)).where(col(EarlierOutcome.proposal_id) == proposal_id)
        .order_by(col(EarlierOutcome.id))
    ).all()
    return tuple(
        EarlierOutcomeView(
            row.version, Outcome(row.outcome), row.statement, row.closed_at,
            row.review_date, (row.count_agree, row.count_stand_aside, row.count_abstain, row.count_block),
            row.reopened_at, names.get(row.reopened_by_id) if row.reopened_by_id else None, row.reason,
        )
        for row in rows
    )


# ---------------------------------------------------------------- members and proposals


def members_without_position(ctx: Context, proposal_id: int) -> list[MemberName]:
    """Active members who have not taken a position on the current version (for reminders)."""
    with ctx.reading() as db:
        proposal = load_proposal(db, proposal_id)
        took = select(Position.member_id).where(
            Position.proposal_id == proposal_id, Position.version == proposal.current_version
        )
        rows = db.connection().execute(
            sql.select(MEMBER_ID, col(Member.name)).where(col(Member.active), MEMBER_ID.not_in(took))
        ).tuples()
        members = [MemberName(member_id, name) for member_id, name in rows]
    return sorted(members, key=lambda member: name_key(member.name))


def awaiting_position(ctx: Context, member_id: int) -> list[ProposalSummary]:
    """Open proposals on whose current version ``member_id`` has not taken a position, soonest deadline first."""
    with ctx.reading() as db:
        took = exists().where(
            col(Position.proposal_id) == PROPOSAL_ID,
            col(Position.version) == col(Proposal.current_version),
            col(Position.member_id) == member_id,
        )
        query = (
            sql.select(*SUMMARY_COLUMNS)
            .where(col(Proposal.status) == ProposalStatus.OPEN.value, ~took)
            .order_by(col(Proposal.deadline), PROPOSAL_ID)
        )
        names = member_names(db)
        return [summary_of(row, names) for row in db.connection().execute(query).all()]


def stands_of(ctx: Context, member_id: int, proposal_ids: Collection[int] | None = None) -> dict[int, MemberStand]:
    """Proposal id → where ``member_id`` stands on it, for every proposal they endorsed or took a position on
    (among ``proposal_ids``: a list shows where they stand on the proposals it lists, not on ten years of them)."""
    # Among ``proposal_ids``, each proposal's positions are found by the (proposal, version, member) index: the
    # member's own index would walk every position they took in ten years.
    member = col(Position.member_id) if proposal_ids is None else col(Position.member_id) + 0
    positions_read = (
        select(Position.proposal_id, Position.stance)
        .join(Proposal, col(Proposal.id) == col(Position.proposal_id))
        .where(member == member_id, Position.version == Proposal.current_version)
    )
    endorsements_read = select(Endorsement.proposal_id).where(Endorsement.member_id == member_id)
    if proposal_ids is not None:
        ids = sorted(proposal_ids)
        positions_read = positions_read.where(col(Position.proposal_id).in_(ids))
        endorsements_read = endorsements_read.where(col(Endorsement.proposal_id).in_(ids))
    with ctx.reading() as db:
        positions = db.exec(positions_read).all()
        endorsed = set(db.exec(endorsements_read))
    stances = {proposal_id: Stance(stance) for proposal_id, stance in positions}
    return {
        proposal_id: MemberStand(stances.get(proposal_id), proposal_id in endorsed)
        for proposal_id in stances.keys() | endorsed
    }


# ---------------------------------------------------------------- the register of decisions taken


def register(ctx: Context, query: RegisterFilter = EVERY_DECISION) -> list[RegisterEntry]:
    """The decisions taken (adopted or not), newest first, filtered by text, category, status and date."""
    with ctx.reading() as db:
        return list(filter(_holding(query.text), _register_entries(db, _filtered_register(ctx, query))))


def register_page(
    ctx: Context, query: RegisterFilter, after: RegisterEntry | None, limit: int
) -> list[RegisterEntry]:
    """The next ``limit`` decisions of the register after the entry ``after`` (from the first when None):
    a list reads what it shows, and a page costs the same ten years back as on the first screen."""
    statement = _filtered_register(ctx, query).limit(limit)
    with ctx.reading() as db:
        return kept_page(lambda before: _register_entries(db, _after(statement, before)), _holding(query.text),
                         after, limit)


def _after(statement: Select[Any], entry: RegisterEntry | None) -> Select[Any]:
    """``statement`` from the entry after ``entry`` on, in the register's order: closed earlier, or at the same
    instant with a lower id."""
    if entry is None:
        return statement
    closed_at = col(Proposal.closed_at)
    return statement.where(
        closed_at <= entry.closed_at,  # the range an index walks; the next term breaks the tie
        or_(closed_at < entry.closed_at, PROPOSAL_ID < entry.id),
    )


def _holding(text: str) -> Callable[[RegisterEntry], bool]:
    """Whether an entry holds ``text`` (its title, text or outcome), case set aside in every alphabet: SQL's
    filter (``like_pattern``) only narrows, since lower() leaves « É » as it is on SQLite."""
    wanted = text.strip()
    return lambda entry: not wanted or mentions((entry.title, entry.text, entry.outcome_statement), wanted)


def categories(ctx: Context) -> list[str]:
    with ctx.reading() as db:
        return sorted(db.connection().execute(CATEGORIES_IN_USE).scalars(), key=str.casefold)


def _categories_in_use() -> Select[Any]:
    """The categories in use, each found by one step along the category index from the one before: a few
    steps, however many proposals ten years made (a DISTINCT reads every entry of the index)."""
    category = col(Proposal.category)
    steps = sql.select(sql.func.min(category).label("name")).where(category > "").cte(recursive=True)
    following = sql.select(sql.func.min(category)).where(category > steps.c.name).scalar_subquery()
    steps = steps.union_all(sql.select(following).where(steps.c.name.is_not(None)))
    return sql.select(steps.c.name).where(steps.c.name.is_not(None))


CATEGORIES_IN_USE = _categories_in_use()


def reviews_due(ctx: Context, on: date | None = None) -> list[RegisterEntry]:
    """Adopted decisions whose review date has come (``on`` defaults to today)."""
    with ctx.reading() as db:
        return _register_entries(db, _reviews_due(), {"on": on or ctx.today()})


@cache
def _reviews_due() -> Select[Any]:
    """Built once, the day a parameter (see ``_register_statement``)."""
    return (
        _register_query()
        .where(_unindexed(col(Proposal.status)) == ProposalStatus.ADOPTED.value,
               col(Proposal.review_date) <= sql.bindparam("on"))
        .order_by(col(Proposal.review_date), PROPOSAL_ID)
    )


def _register_query() -> Select[Any]:
    """Plain columns, not ORM objects: the register of thousands of decisions opens in a few milliseconds."""
    return sql.select(*REGISTER_COLUMNS).join(
        ProposalVersion,
        and_(
            col(ProposalVersion.proposal_id) == PROPOSAL_ID,
            col(ProposalVersion.number) == col(Proposal.current_version),
        ),
    )


def _filtered_register(ctx: Context, query: RegisterFilter) -> Select[Any]:
    """The register's statement under ``query``, newest first (the id breaks ties: pages never overlap)."""
    return _register_statement(ctx.timezone, query)


@lru_cache(maxsize=16)
def _register_statement(timezone: tzinfo, query: RegisterFilter) -> Select[Any]:
    """Built once per filter: building it cost more than reading a page of it. (A statement is immutable:
    each page adds its own terms to a copy.)"""
    statuses = [query.status.value] if query.status in CLOSED else [s.value for s in CLOSED]
    statement = (
        _register_query()
        .where(_unindexed(col(Proposal.status)).in_(statuses))
        .order_by(col(Proposal.closed_at).desc(), PROPOSAL_ID.desc())
    )
    if query.text.strip():  # narrowed here, decided by _holding
        pattern = like_pattern(query.text.strip())
        statement = statement.where(or_(*[column.ilike(pattern) for column in (
            col(Proposal.title), col(ProposalVersion.text), col(Proposal.outcome_statement))]))
    if query.category:
        statement = statement.where(_unindexed(col(Proposal.category)) == query.category)
    if query.since:
        statement = statement.where(col(Proposal.closed_at) >= _start_of(timezone, query.since))
    if query.until:
        statement = statement.where(col(Proposal.closed_at) < _start_of(timezone, query.until + timedelta(days=1)))
    return statement


def _unindexed(column: Mapped[str]) -> ColumnElement[str]:
    """A status or a category as an expression, which no index serves. Without statistics SQLite takes such
    a value for a rare one and walks its index, then sorts thousands of decisions; the register's statements
    are left the index on their order (closing time) or their range (review date), and stop after a page."""
    return column + ""


def _register_entries(db: Session, statement: Select[Any], parameters: dict[str, Any] | None = None
                      ) -> list[RegisterEntry]:
    # Core rows rather than ORM loading, and dictionary look-ups rather than Enum calls: the register
    # of thousands of decisions opens within its time budget.
    return [
        RegisterEntry(id_, title, category, STATUS_OF[status], OUTCOME_OF[outcome], *rest)
        for id_, title, category, status, outcome, *rest in db.connection().execute(statement, parameters).all()
    ]


def _start_of(timezone: tzinfo, day: date) -> datetime:
    return datetime.combine(day, datetime.min.time(), tzinfo=timezone)
