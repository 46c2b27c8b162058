"""Taking a position on an open proposal: one's own, or a present member's recorded in a meeting.

Members take positions side by side: the proposal is only share-locked (see ``checks.writable``), and each
member's row is locked so that one member's two workstations write their position one after the other.
"""

from collections.abc import Collection
from datetime import datetime

from sqlmodel import col, select

from app.domain import consensus
from app.domain.consensus import ProposalStatus, Stance
from app.services.changes import Entity
from app.services.context import Context, UnitOfWork, id_of
from app.services.decisions import checks
from app.services.decisions.messages import DEADLINE_PASSED, NOT_PRESENT
from app.services.decisions.queries import detail
from app.services.decisions.views import ProposalDetail
from app.services.errors import UNKNOWN_MEMBER, NotAllowed, NotFound
from app.storage.models.decisions import Position, PositionHistory, Proposal


def take_position(
    ctx: Context, proposal_id: int, stance: Stance, reason: str = "", *, text_version: int | None = None
) -> ProposalDetail:
    """The actor's own position on the current version; a later one replaces it (kept in the history).

    ``text_version``: the version of the text the actor read; refused if the proposal was amended since."""
    reason = consensus.validate_position(stance, reason)
    with ctx.writing() as unit:
        proposal, actor = checks.writable(
            unit, proposal_id, None, ProposalStatus.OPEN, position_of=ctx.actor_id
        )
        checks.text_read(proposal, text_version)
        _store_position(unit, proposal, id_of(actor), stance, reason, recorded_by=None)
        return detail(unit.db, proposal_id)


def record_position(
    ctx: Context,
    proposal_id: int,
    member_id: int,
    stance: Stance,
    reason: str = "",
    *,
    present_member_ids: Collection[int],
    text_version: int | None = None,
) -> ProposalDetail:
    """Meeting mode: the minute-taker (the actor) records the position a present member states aloud, on
    the version of the text read out (``text_version``, as for :func:`take_position`)."""
    with ctx.writing() as unit:
        record_position_in(unit, proposal_id, member_id, stance, reason, present_member_ids=present_member_ids,
                           text_version=text_version)
        return detail(unit.db, proposal_id)


def record_position_in(
    unit: UnitOfWork,
    proposal_id: int,
    member_id: int,
    stance: Stance,
    reason: str = "",
    *,
    present_member_ids: Collection[int],
    text_version: int | None = None,
) -> None:
    """:func:`record_position` within the caller's transaction (the meetings service checks the meeting in it)."""
    reason = consensus.validate_position(stance, reason)
    proposal, actor = checks.writable(unit, proposal_id, None, ProposalStatus.OPEN, position_of=member_id)
    checks.text_read(proposal, text_version)
    member = checks.member_row(unit, member_id, lock=True)
    if member is None:
        raise NotFound(UNKNOWN_MEMBER)
    if member_id not in present_member_ids or not member.active:
        raise NotAllowed(NOT_PRESENT, name=member.name)
    recorded_by = None if member_id == actor.id else id_of(actor)
    _store_position(unit, proposal, member_id, stance, reason, recorded_by)


def _store_position(
    unit: UnitOfWork, proposal: Proposal, member_id: int, stance: Stance, reason: str, recorded_by: int | None
) -> None:
    """The member's position on the current version: their existing one replaced, or a new one.

    Audited under the proposal, whose life the log tells (``unit.change`` would name the position's id)."""
    now = unit.context.now()
    if proposal.deadline <= now:
        raise NotAllowed(DEADLINE_PASSED)
    existing = unit.db.exec(
        select(Position).where(
            Position.proposal_id == proposal.id,
            Position.version == proposal.current_version,
            Position.member_id == member_id,
        )
    ).first()
    before = existing.model_dump() if existing else None
    if existing is not None:
        unit.db.add(_history_of(existing, replaced_at=now))
        position = existing
    else:
        _no_longer_current(unit, proposal, member_id)
        position = Position(
            proposal_id=id_of(proposal), version=proposal.current_version, member_id=member_id, stance=stance.value
        )
    position.stance, position.reason, position.given_at = stance.value, reason, now
    position.recorded_by_id = recorded_by
    unit.add(position)
    action = "record_position" if recorded_by else "take_position"
    unit.audit(action, Entity.PROPOSAL, proposal.id, before=before, after=position)


def _history_of(position: Position, replaced_at: datetime) -> PositionHistory:
    """``position`` as it stands, for the history, before it is replaced."""
    return PositionHistory(
        proposal_id=position.proposal_id,
        version=position.version,
        member_id=position.member_id,
        stance=position.stance,
        reason=position.reason,
        given_at=position.given_at,
        recorded_by_id=position.recorded_by_id,
        replaced_at=replaced_at,
    )


def _no_longer_current(unit: UnitOfWork, proposal: Proposal, member_id: int) -> None:
    """The member's positions on earlier versions are no longer their current one (a new one comes)."""
    for earlier in unit.db.exec(
        select(Position).where(
            Position.proposal_id == proposal.id, Position.member_id == member_id, col(Position.is_current)
        )
    ):
        earlier.is_current = False
