"""Reception rota: weekly templates, closures, shifts with seats, claims, swaps, applied rota batches.

A claim is a member holding one seat of a shift; releasing it deletes the claim (the audit log keeps
its picture), so that counting the claims of a shift counts its held seats. Shifts are never deleted:
a shift that will not happen is cancelled.
"""

from datetime import date, datetime, time

import sqlalchemy as sa
from sqlalchemy import CheckConstraint, Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

import app.storage.models.hours  # noqa: F401 - an absence's seats refer to it
from app.storage.models.base import utc_now
from app.storage.types import FREE_TEXT, UTCDateTime


class ShiftTemplate(SQLModel, table=True):
    """A weekly shift (Monday 08:30–12:30, two seats) that creates shifts from ``valid_from`` on."""

    __tablename__ = "shift_template"
    __table_args__ = (
        CheckConstraint("seats >= 1", name="seats_positive"),
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_range"),
        CheckConstraint("end_time > start_time", name="times_order"),
        CheckConstraint("valid_until IS NULL OR valid_until >= valid_from", name="validity_order"),
    )

    id: int | None = Field(default=None, primary_key=True)
    weekday: int  # Monday = 0
    start_time: time
    end_time: time
    seats: int = 1
    label: str = Field(default="", max_length=80)
    valid_from: date
    valid_until: date | None = None


class Closure(SQLModel, table=True):
    """A day the centre is closed besides public holidays: no shift is created on it."""

    id: int | None = Field(default=None, primary_key=True)
    day: date = Field(unique=True)
    reason: str = Field(default="", max_length=120, sa_column_kwargs={"info": FREE_TEXT})
    cancelled: bool = False


# a shift is cancelled for a public holiday only while it is cancelled, and never by a closure as well
HOLIDAY_CANCELLED = "NOT cancelled_for_holiday OR (status = 'cancelled' AND closure_id IS NULL)"


class Shift(SQLModel, table=True):
    """One reception shift on a given day; creating shifts ahead twice never creates one twice."""

    __table_args__ = (
        CheckConstraint("seats >= 1", name="seats_positive"),
        CheckConstraint("end_time > start_time", name="times_order"),
        CheckConstraint("status IN ('planned', 'cancelled')", name="status_known"),
        CheckConstraint(HOLIDAY_CANCELLED, name="holiday_cancelled"),
        UniqueConstraint("day", "start_time", "template_id", name="uq_shift_day_start_template"),
    )

    id: int | None = Field(default=None, primary_key=True)
    day: date = Field(index=True)
    start_time: time
    end_time: time
    seats: int = 1
    label: str = Field(default="", max_length=80)
    template_id: int | None = Field(default=None, foreign_key="shift_template.id")
    status: str = Field(default="planned", max_length=16)
    # the closure that cancelled the shift, while it is in force: removing it gives back what it cancelled
    closure_id: int | None = Field(default=None, foreign_key="closure.id")
    # cancelled because its day became a public holiday the centre does not work: it comes back when the day is
    # no longer one (the shift's own state, never read from the audit log)
    cancelled_for_holiday: bool = Field(default=False, sa_column_kwargs={"server_default": sa.false()})


class RotaBatch(SQLModel, table=True):
    """The claims one applied rota proposal made, so that they can be undone together."""

    __tablename__ = "rota_batch"

    id: int | None = Field(default=None, primary_key=True)
    applied_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    by_member_id: int | None = Field(default=None, foreign_key="member.id")
    first_day: date
    last_day: date
    undone_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class ShiftClaim(SQLModel, table=True):
    """A member holding a seat of a shift."""

    __tablename__ = "shift_claim"
    __table_args__ = (UniqueConstraint("shift_id", "member_id", name="uq_shift_claim_shift_member"),)

    id: int | None = Field(default=None, primary_key=True)
    shift_id: int = Field(foreign_key="shift.id", index=True)
    member_id: int = Field(foreign_key="member.id", index=True)
    claimed_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    batch_id: int | None = Field(default=None, foreign_key="rota_batch.id", index=True)
    no_show: bool = False


class SwapOffer(SQLModel, table=True):
    """A member offering their shift to someone (or to everyone), maybe for one of theirs in return."""

    __tablename__ = "swap_offer"
    __table_args__ = (
        CheckConstraint("status IN ('offered', 'accepted', 'declined', 'cancelled')", name="status_known"),
    )

    id: int | None = Field(default=None, primary_key=True)
    shift_id: int = Field(foreign_key="shift.id", index=True)
    from_member_id: int = Field(foreign_key="member.id")
    to_member_id: int | None = Field(default=None, foreign_key="member.id")  # None: anyone may take it
    wanted_shift_id: int | None = Field(default=None, foreign_key="shift.id")
    status: str = Field(default="offered", max_length=16)
    created_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    answered_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    answered_by: int | None = Field(default=None, foreign_key="member.id")


class AbsenceSeat(SQLModel, table=True):
    """A shift an absence took its member off (her seat opened again, or a no-show once started): cancelling the
    absence gives back those seats that are still free."""

    __tablename__ = "absence_seat"
    __table_args__ = (UniqueConstraint("absence_id", "shift_id", name="uq_absence_seat_absence_shift"),)

    id: int | None = Field(default=None, primary_key=True)
    absence_id: int = Field(foreign_key="absence.id", index=True)
    shift_id: int = Field(foreign_key="shift.id")


class MemberRota(SQLModel, table=True):
    """A member's reception settings: exempt or not, preferred and unavailable half-days ("0am,2pm")."""

    __tablename__ = "member_rota"

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", unique=True)
    exempt: bool = False
    preferences: str = Field(
        default="", sa_column=Column(Text, nullable=False, server_default="", info=FREE_TEXT)
    )
    unavailability: str = Field(
        default="", sa_column=Column(Text, nullable=False, server_default="", info=FREE_TEXT)
    )
