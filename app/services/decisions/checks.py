"""The checks before a change of a proposal: who acts, the proposal's state and version, the words typed.

Each raises what the window shows (NotAllowed, RuleViolation, StaleEdit), before anything is written.
"""

from datetime import UTC, datetime

from app.domain import consensus, names
from app.domain.consensus import ProposalStatus
from app.domain.errors import RuleViolation
from app.domain.kept_years import check_calendar_days, local_moment
from app.services.context import Context, UnitOfWork
from app.services.decisions.messages import (
    AMENDED_MEANWHILE,
    CATEGORY_TOO_LONG,
    CHANGED_MEANWHILE,
    DEADLINE_PAST,
    EMPTY_TITLE,
    NOT_AUTHOR,
    NOTE_NEEDED,
    REOPEN_REASON_NEEDED,
    STATEMENT_NEEDED,
    STATUS_WORDS,
    TITLE_TOO_LONG,
    WRONG_STATE,
)
from app.services.decisions.queries import detail
from app.services.decisions.rows import load_proposal
from app.services.errors import INACTIVE_MEMBER, NO_ACTOR, NotAllowed, StaleEdit
from app.storage.models import Member
from app.storage.models.decisions import Proposal

MAX_TITLE = 200
MAX_CATEGORY = 80  # the column's width: PostgreSQL refuses longer, SQLite keeps it and a move to a server fails


def acting_member(unit: UnitOfWork, *, lock: bool = False) -> Member:
    """The acting member, who must be active; with ``lock``, their row is locked until the commit."""
    if unit.context.actor_id is None:
        raise NotAllowed(NO_ACTOR)
    member = member_row(unit, unit.context.actor_id, lock=lock)
    if member is None:
        raise NotAllowed(NO_ACTOR)
    if not member.active:
        raise NotAllowed(INACTIVE_MEMBER, name=member.name)
    return member


def member_row(unit: UnitOfWork, member_id: int, *, lock: bool = False) -> Member | None:
    """A member; ``lock`` (PostgreSQL) queues up the writes of that member's position from two workstations,
    without blocking the rows that refer to the member (FOR NO KEY UPDATE)."""
    return unit.db.get(Member, member_id, with_for_update={"key_share": True} if lock else None)


def writable(
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
    actor = acting_member(unit, lock=position_of == unit.context.actor_id)
    proposal = load_proposal(unit.db, proposal_id, lock=True, shared=position_of is not None)
    stale = expected_version is not None and proposal.version != expected_version
    if stale and not stale_edit:
        raise NotAllowed(CHANGED_MEANWHILE)
    require_status(proposal, *statuses)
    if author_only and proposal.author_id != actor.id:
        raise NotAllowed(NOT_AUTHOR)
    if stale:
        raise StaleEdit(detail(unit.db, proposal_id))
    return proposal, actor


def text_read(proposal: Proposal, text_version: int | None) -> None:
    """A position goes on the version of the text its member read (``text_version``, None: whichever is
    current): one amended meanwhile is a text they have not seen, which they must read first."""
    if text_version is not None and proposal.current_version != text_version:
        raise NotAllowed(AMENDED_MEANWHILE)


def require_status(proposal: Proposal, *statuses: ProposalStatus) -> None:
    if statuses and ProposalStatus(proposal.status) not in statuses:
        raise NotAllowed(WRONG_STATE, status=STATUS_WORDS[ProposalStatus(proposal.status)])


def move(proposal: Proposal, new: ProposalStatus) -> None:
    """Change the status, as the lifecycle allows (else RuleViolation)."""
    consensus.check_transition(ProposalStatus(proposal.status), new)
    proposal.status = new.value


def title(typed: str) -> str:
    """The title on one line, or RuleViolation when it is empty or too long."""
    cleaned = names.tidy(typed)
    if not cleaned:
        raise RuleViolation(EMPTY_TITLE)
    if len(cleaned) > MAX_TITLE:
        raise RuleViolation(TITLE_TOO_LONG)
    return cleaned


def category(typed: str) -> str:
    """The category on one line (empty: none), or RuleViolation when it is too long."""
    cleaned = " ".join(typed.split())
    if len(cleaned) > MAX_CATEGORY:
        raise RuleViolation(CATEGORY_TOO_LONG)
    return cleaned


def deadline(ctx: Context, moment: datetime) -> datetime:
    """A deadline to come, in UTC as the database gives it back (the proposal a change returns is read
    before the commit, and shows its deadline as any later read will)."""
    if moment.tzinfo is None:
        raise ValueError("deadlines are timezone-aware moments")
    if moment <= ctx.now():
        raise RuleViolation(DEADLINE_PAST)
    check_calendar_days(local_moment(moment, ctx.timezone).date())  # its day is shown, reminded, closed on
    return moment.astimezone(UTC)


def statement(typed: str) -> str:
    """An outcome statement says what was decided: it cannot be empty."""
    if not typed.strip():
        raise RuleViolation(STATEMENT_NEEDED)
    return typed.strip()


def reopen_reason(typed: str) -> str:
    """Why a decided proposal is reopened: required, as a block's reason is (what a reader sees counts)."""
    if not consensus.visible_length(typed):
        raise RuleViolation(REOPEN_REASON_NEEDED)
    return typed.strip()


def note(typed: str) -> str:
    """A note saying why (postponing, amending): it cannot be empty."""
    if not typed.strip():
        raise RuleViolation(NOTE_NEEDED)
    return typed.strip()
