"""The read objects of decisions: what the pages, exports and reminders receive, never database rows."""

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import Row

from app.domain.consensus import Outcome, ProposalStatus, Rule, Stance, Tally
from app.storage.models.decisions import Position, PositionHistory, Proposal

# Dictionary look-ups rather than Enum calls: thousands of rows are turned into read objects at once.
STATUS_OF = {status.value: status for status in ProposalStatus}
STANCE_OF = {stance.value: stance for stance in Stance}
OUTCOME_OF: dict[str | None, Outcome | None] = {outcome.value: outcome for outcome in Outcome} | {None: None}


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
class EarlierOutcomeView:
    """What was decided before the proposal was reopened: the outcome, its statement and its tally; who
    reopened it, when and why ("" when reopened before the reason was asked)."""

    version: int
    outcome: Outcome
    statement: str
    closed_at: datetime
    review_date: date | None
    counts: tuple[int, int, int, int]  # agree, stand aside, abstain, block
    reopened_at: datetime
    reopened_by_name: str | None
    reason: str


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
    earlier_outcomes: tuple[EarlierOutcomeView, ...] = ()  # before each reopening, oldest first
    earlier_history: bool = False  # earlier replaced positions are left out (see queries.RECENT_CHANGES)
    earlier_events: bool = False  # so are earlier steps

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


EVERY_DECISION = RegisterFilter()  # the whole register, unfiltered


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


@dataclass(frozen=True)
class MemberStand:
    """Where one member stands on a proposal: their position on its current version, and their endorsement."""

    stance: Stance | None
    endorsed: bool


def summary_of(row: Proposal | Row[Any], names: dict[int, str]) -> ProposalSummary:
    """The summary of a stored proposal, or of a row of its summary columns; its author named from ``names``."""
    assert row.id is not None, "a stored proposal has an id"
    return ProposalSummary(
        id=row.id,
        title=row.title,
        category=row.category,
        author_id=row.author_id,
        author_name=names.get(row.author_id, ""),
        status=STATUS_OF[row.status],
        rule=Rule(row.rule),
        quorum_percent=row.quorum_percent,
        deadline=row.deadline,
        created_at=row.created_at,
        closed_at=row.closed_at,
        outcome=OUTCOME_OF[row.outcome],
        review_date=row.review_date,
        current_version=row.current_version,
        version=row.version,
    )


def position_view(
    row: Position | PositionHistory | Row[Any], names: dict[int, str], replaced_at: datetime | None = None
) -> PositionView:
    """A position, or a replaced one (with ``replaced_at``), stored or read as a plain row."""
    return PositionView(
        member_id=row.member_id,
        member_name=names.get(row.member_id, ""),
        version=row.version,
        stance=STANCE_OF[row.stance],
        reason=row.reason,
        given_at=row.given_at,
        recorded_by_name=names.get(row.recorded_by_id) if row.recorded_by_id else None,
        is_current=getattr(row, "is_current", False),
        replaced_at=replaced_at,
    )
