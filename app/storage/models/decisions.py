"""Consensus decisions: proposals, their versions, endorsements, positions (with history), the outcomes of
proposals reopened since, and comments."""

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.storage.models.base import utc_now
from app.storage.types import FREE_TEXT, UTCDateTime

STANCES = "('agree', 'stand_aside', 'abstain', 'block')"
# The database refuses a block without a real reason, whatever the code above it does.
BLOCK_HAS_REASON = "stance <> 'block' OR length(reason) >= 10"


class Proposal(SQLModel, table=True):
    """A decision put to the team. Never deleted: withdrawn instead. ``version`` guards concurrent edits."""

    __table_args__ = (
        CheckConstraint("quorum_percent IS NULL OR quorum_percent BETWEEN 0 AND 100", name="quorum_range"),
        CheckConstraint("current_version >= 1", name="current_version_positive"),
        CheckConstraint(
            "status IN ('draft', 'seeking_endorsement', 'open', 'adopted', 'not_adopted', 'withdrawn')",
            name="status_known",
        ),
        CheckConstraint("rule IN ('consensus', 'consent')", name="rule_known"),
        CheckConstraint("status <> 'adopted' OR count_block = 0", name="adopted_without_block"),
    )

    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(max_length=200)
    category: str = Field(default="", max_length=80, index=True)
    author_id: int = Field(foreign_key="member.id")
    status: str = Field(default="draft", max_length=24, index=True)
    rule: str = Field(default="consensus", max_length=16)
    quorum_percent: int | None = None
    deadline: datetime = Field(sa_type=UTCDateTime, index=True)
    created_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    closed_at: datetime | None = Field(default=None, sa_type=UTCDateTime, index=True)
    outcome: str | None = Field(default=None, max_length=16)
    outcome_statement: str = Field(
        default="", sa_column=Column(Text, nullable=False, server_default="", info=FREE_TEXT)
    )
    review_date: date | None = Field(default=None, index=True)
    status_note: str = Field(
        default="", sa_column=Column(Text, nullable=False, server_default="", info=FREE_TEXT)
    )
    current_version: int = 1
    # The tally at the close, kept so that the register reads it without counting positions again.
    count_agree: int = 0
    count_stand_aside: int = 0
    count_abstain: int = 0
    count_block: int = 0
    version: int = 1


class ProposalVersion(SQLModel, table=True):
    """One wording of a proposal; an amendment adds the next number, earlier ones stay."""

    __tablename__ = "proposal_version"
    __table_args__ = (
        UniqueConstraint("proposal_id", "number"),
        CheckConstraint("number >= 1", name="number_positive"),
    )

    id: int | None = Field(default=None, primary_key=True)
    proposal_id: int = Field(foreign_key="proposal.id")
    number: int
    text: str = Field(sa_column=Column(Text, nullable=False, info=FREE_TEXT))
    change_note: str = Field(
        default="", sa_column=Column(Text, nullable=False, server_default="", info=FREE_TEXT)
    )
    created_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)


class Endorsement(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("proposal_id", "member_id"),)

    id: int | None = Field(default=None, primary_key=True)
    proposal_id: int = Field(foreign_key="proposal.id")
    member_id: int = Field(foreign_key="member.id")
    at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)


class Position(SQLModel, table=True):
    """A member's position on one version: ONE row per (proposal, version, member), by constraint.

    A changed position replaces the row; the earlier one moves to ``position_history``.
    ``is_current`` marks the member's latest position on the proposal (any version).
    """

    __table_args__ = (
        UniqueConstraint("proposal_id", "version", "member_id"),
        CheckConstraint(f"stance IN {STANCES}", name="stance_known"),
        CheckConstraint(BLOCK_HAS_REASON, name="block_has_reason"),
    )

    id: int | None = Field(default=None, primary_key=True)
    proposal_id: int = Field(foreign_key="proposal.id")
    version: int
    member_id: int = Field(foreign_key="member.id", index=True)
    stance: str = Field(max_length=16)
    reason: str = Field(default="", sa_column=Column(Text, nullable=False, server_default="", info=FREE_TEXT))
    given_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    recorded_by_id: int | None = Field(default=None, foreign_key="member.id")
    is_current: bool = True


class PositionHistory(SQLModel, table=True):
    """A position that was replaced by a later one on the same version: nothing is lost."""

    __tablename__ = "position_history"
    __table_args__ = (CheckConstraint(f"stance IN {STANCES}", name="stance_known"),)

    id: int | None = Field(default=None, primary_key=True)
    proposal_id: int = Field(foreign_key="proposal.id", index=True)
    version: int
    member_id: int = Field(foreign_key="member.id")
    stance: str = Field(max_length=16)
    reason: str = Field(default="", sa_column=Column(Text, nullable=False, server_default="", info=FREE_TEXT))
    given_at: datetime = Field(sa_type=UTCDateTime)
    recorded_by_id: int | None = Field(default=None, foreign_key="member.id")
    replaced_at: datetime = Field(sa_type=UTCDateTime)


class EarlierOutcome(SQLModel, table=True):
    """A closed proposal's outcome as it stood when the proposal was reopened: what was decided is never lost."""

    __tablename__ = "earlier_outcome"

    id: int | None = Field(default=None, primary_key=True)
    proposal_id: int = Field(foreign_key="proposal.id", index=True)
    version: int  # the version that was decided
    outcome: str = Field(max_length=16)
    statement: str = Field(default="", sa_column=Column(Text, nullable=False, server_default="", info=FREE_TEXT))
    closed_at: datetime = Field(sa_type=UTCDateTime)
    review_date: date | None = None
    count_agree: int = 0
    count_stand_aside: int = 0
    count_abstain: int = 0
    count_block: int = 0
    reopened_at: datetime = Field(sa_type=UTCDateTime)
    reopened_by_id: int | None = Field(default=None, foreign_key="member.id")
    # Why it was reopened ("" for those reopened before it was asked).
    reason: str = Field(default="", sa_column=Column(Text, nullable=False, server_default="", info=FREE_TEXT))


class Comment(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    proposal_id: int = Field(foreign_key="proposal.id", index=True)
    member_id: int = Field(foreign_key="member.id")
    at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    text: str = Field(sa_column=Column(Text, nullable=False, info=FREE_TEXT))
