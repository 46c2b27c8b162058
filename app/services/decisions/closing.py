"""Closing proposals: now, or at their deadline; their outcome statement and review date; reopening.

The outcome comes from the rules (``app.domain.consensus``); the tally at the close is kept on the proposal.
"""

from datetime import date, datetime

from sqlmodel import col, select

from app.domain import consensus
from app.domain.consensus import CLOSED, Outcome, ProposalStatus, Rule
from app.domain.errors import RuleViolation
from app.domain.kept_years import local_moment
from app.services.context import Context, UnitOfWork, id_of
from app.services.decisions import checks
from app.services.decisions.messages import REVIEW_TOO_EARLY
from app.services.decisions.queries import detail
from app.services.decisions.rows import active_member_ids, changing, domain_positions, positions_on
from app.services.decisions.views import ProposalDetail
from app.storage.models.decisions import EarlierOutcome, Proposal


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
        return detail(unit.db, proposal_id)


def close_in(
    unit: UnitOfWork,
    proposal_id: int,
    *,
    statement: str,
    review_date: date | None = None,
    expected_version: int | None = None,
) -> None:
    """:func:`close` within the caller's transaction (the meetings service checks the meeting in it)."""
    statement = checks.statement(statement)
    if review_date is not None and review_date <= unit.context.today():
        raise RuleViolation(REVIEW_TOO_EARLY)
    proposal, _ = checks.writable(unit, proposal_id, expected_version, ProposalStatus.OPEN)
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
            .order_by(col(Proposal.deadline), col(Proposal.id))
            .with_for_update()
        ).all()
        for proposal in due:
            _close(unit, proposal, proposal.deadline, "", None, action="close_at_deadline")
        return [id_of(proposal) for proposal in due]


def _close(
    unit: UnitOfWork, proposal: Proposal, at: datetime, statement: str, review_date: date | None, action: str
) -> None:
    positions = domain_positions(positions_on(unit.db, proposal), proposal.current_version)
    active = active_member_ids(unit.db)
    rule = Rule(proposal.rule)
    result = consensus.outcome(positions, proposal.current_version, active, rule, proposal.quorum_percent)
    counts = consensus.tally(positions, proposal.current_version, active, proposal.quorum_percent)
    with changing(unit, proposal, action):
        checks.move(proposal, ProposalStatus.ADOPTED if result == Outcome.ADOPTED else ProposalStatus.NOT_ADOPTED)
        proposal.outcome, proposal.closed_at = result.value, at
        proposal.outcome_statement, proposal.review_date = statement, review_date
        proposal.count_agree, proposal.count_stand_aside = counts.agree, counts.stand_aside
        proposal.count_abstain, proposal.count_block = counts.abstain, counts.block


def update_outcome(
    ctx: Context,
    proposal_id: int,
    *,
    statement: str,
    review_date: date | None = None,
    expected_version: int | None = None,
) -> ProposalDetail:
    """Write (or correct) the statement and review date of a closed proposal (e.g. closed at its deadline)."""
    statement = checks.statement(statement)
    with ctx.writing() as unit:
        proposal, _ = checks.writable(unit, proposal_id, expected_version, *CLOSED)
        closed_on = local_moment(proposal.closed_at, ctx.timezone).date() if proposal.closed_at else None
        if review_date is not None and closed_on is not None and review_date <= closed_on:
            raise RuleViolation(REVIEW_TOO_EARLY)
        with changing(unit, proposal, "edit_outcome"):
            proposal.outcome_statement, proposal.review_date = statement, review_date
        return detail(unit.db, proposal_id)


def reopen(
    ctx: Context, proposal_id: int, deadline: datetime, *, reason: str, expected_version: int | None = None
) -> ProposalDetail:
    """Open a closed proposal again until a new deadline, saying why; what was decided is kept as an earlier
    outcome, with the reason (the audit log keeps its digest)."""
    deadline = checks.deadline(ctx, deadline)
    reason = checks.reopen_reason(reason)
    with ctx.writing() as unit:
        proposal, _ = checks.writable(unit, proposal_id, expected_version, *CLOSED)
        unit.add(_earlier_outcome(proposal, unit.context.now(), unit.context.actor_id, reason))
        with changing(unit, proposal, "reopen", reason=reason):
            checks.move(proposal, ProposalStatus.OPEN)
            proposal.deadline, proposal.closed_at, proposal.outcome = deadline, None, None
            proposal.outcome_statement, proposal.review_date = "", None
            proposal.count_agree = proposal.count_stand_aside = 0
            proposal.count_abstain = proposal.count_block = 0
        return detail(unit.db, proposal_id)


def _earlier_outcome(
    proposal: Proposal, reopened_at: datetime, reopened_by: int | None, reason: str
) -> EarlierOutcome:
    assert proposal.outcome is not None and proposal.closed_at is not None, "only a closed proposal is reopened"
    return EarlierOutcome(
        proposal_id=id_of(proposal), version=proposal.current_version, outcome=proposal.outcome,
        statement=proposal.outcome_statement, closed_at=proposal.closed_at, review_date=proposal.review_date,
        count_agree=proposal.count_agree, count_stand_aside=proposal.count_stand_aside,
        count_abstain=proposal.count_abstain, count_block=proposal.count_block,
        reopened_at=reopened_at, reopened_by_id=reopened_by, reason=reason,
    )
