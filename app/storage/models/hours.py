"""Hours: time categories, time entries (manual and automatic), absences, validated weeks, opening balances.

``time_entry.minutes`` is signed (between -24 h and 24 h): when the centre assumes profession hours as
planned, a member records only the difference, which may be negative ("left 1 h early"). Every other
entry is positive; the services check that, the database bounds the range.

An automatic entry is the credit of another part of Cercle, keyed by (source, source_id, member_id).
When a credit arrives while its week is validated, the counted entry stays as it was and the new state
waits beside it as a *pending* row (at most one counted and one pending row per key); the pending row is
applied when the week is unlocked. A pending row of 0 minutes is a withdrawal waiting.
"""

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.storage.models.base import utc_now
from app.storage.types import FREE_TEXT, UTCDateTime


class TimeCategory(SQLModel, table=True):
    """Profession, or a self-management sub-category. Renamed or retired, never deleted once used."""

    __tablename__ = "time_category"

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=40, unique=True)
    label: str = Field(max_length=80)
    is_self_management: bool = True
    active: bool = True
    position: int = 0


class TimeEntry(SQLModel, table=True):
    __tablename__ = "time_entry"
    __table_args__ = (
        CheckConstraint("minutes BETWEEN -1440 AND 1440", name="minutes_range"),
        CheckConstraint(
            "(automatic AND source IS NOT NULL AND source_id IS NOT NULL) "
            "OR (NOT automatic AND source IS NULL)",
            name="automatic_has_source",
        ),
        CheckConstraint("automatic OR NOT pending", name="only_automatic_pending"),
        UniqueConstraint("source", "source_id", "member_id", "pending",
                         name="uq_time_entry_source_member_pending"),
        Index("ix_time_entry_member_day", "member_id", "day"),
    )

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True)
    day: date = Field(index=True)
    category_id: int = Field(foreign_key="time_category.id", index=True)
    minutes: int
    note: str = Field(default="", sa_column=Column(Text, nullable=False, server_default="", info=FREE_TEXT))
    automatic: bool = False
    source: str | None = Field(default=None, max_length=40)
    source_id: int | None = None
    pending: bool = False
    created_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)


class Absence(SQLModel, table=True):
    """Holiday, sick leave, training or other, from ``first_day`` to ``last_day`` included."""

    __table_args__ = (
        CheckConstraint("last_day >= first_day", name="days_order"),
        CheckConstraint("kind IN ('holiday', 'sick', 'training', 'other')", name="kind_known"),
    )

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True)
    first_day: date
    last_day: date
    kind: str = Field(default="holiday", max_length=16)
    half_day_start: bool = False  # the first day is only an afternoon off
    half_day_end: bool = False  # the last day is only a morning off
    note: str = Field(default="", sa_column=Column(Text, nullable=False, server_default="", info=FREE_TEXT))
    cancelled: bool = False
    created_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)


class WeekValidation(SQLModel, table=True):
    """A member's ISO week, validated (locked) or unlocked again with a reason."""

    __tablename__ = "week_validation"
    __table_args__ = (UniqueConstraint("member_id", "week_start", name="uq_week_validation_member_week"),)

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id")
    week_start: date
    validated_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    unlocked: bool = False
    unlock_reason: str = Field(
        default="", sa_column=Column(Text, nullable=False, server_default="", info=FREE_TEXT)
    )


class OpeningBalance(SQLModel, table=True):
    """Where a member's running balance starts: the week it counts from, and the hours carried in."""

    __tablename__ = "opening_balance"
    __table_args__ = (
        CheckConstraint("profession_minutes BETWEEN -100000 AND 100000", name="profession_range"),
        CheckConstraint("self_management_minutes BETWEEN -100000 AND 100000", name="self_management_range"),
    )

    member_id: int = Field(foreign_key="member.id", primary_key=True)
    week_start: date
    profession_minutes: int = 0
    self_management_minutes: int = 0


class WeekBalance(SQLModel, table=True):
    """A cache: a member's running balance at the end of an ISO week that is over, so that a balance is
    folded from the last week kept rather than from the member's start. Rows are deleted, in the write's
    own transaction, from the first week any change can alter (app.services.balances); never audited."""

    __tablename__ = "week_balance"

    member_id: int = Field(foreign_key="member.id", primary_key=True)
    week_start: date = Field(primary_key=True)
    profession_minutes: int
    self_management_minutes: int


class BalanceStamp(SQLModel, table=True):
    """One row counting the invalidations of :class:`WeekBalance`: a balance computed by a reader is kept
    only if no invalidation happened since it started reading."""

    __tablename__ = "balance_stamp"

    id: int = Field(default=1, primary_key=True)
    generation: int = 0
