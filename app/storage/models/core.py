"""The centre and its members: what the lock screen shows, loaded with the package."""

from datetime import date, datetime, time

from sqlalchemy import CheckConstraint, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.storage.models.base import utc_now
from app.storage.types import UTCDateTime


class Centre(SQLModel, table=True):
    """The one centre a database holds: its id is 1, by constraint (two workstations creating it at once on a
    new database cannot make two)."""

    __table_args__ = (CheckConstraint("id = 1", name="one_centre"),)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=120)
    timezone: str = Field(default="Europe/Paris", max_length=64)
    holiday_region: str = Field(default="metropole", max_length=32)
    opens_at: time = Field(default=time(8, 30))
    closes_at: time = Field(default=time(18, 30))
    created_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)


class Member(SQLModel, table=True):
    """A person of the team. Never deleted once they have history: deactivated instead."""

    __table_args__ = (
        CheckConstraint("contract_minutes BETWEEN 0 AND 2880", name="contract_range"),
        CheckConstraint(
            "self_management_minutes >= 0 AND self_management_minutes <= contract_minutes",
            name="self_management_range",
        ),
        CheckConstraint("end_date IS NULL OR start_date IS NULL OR end_date >= start_date", name="dates_order"),
    )

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=80, unique=True)
    profession: str = Field(default="", max_length=80)
    colour: str = Field(default="#4a90d9", max_length=9)
    contract_minutes: int = 35 * 60
    self_management_minutes: int = 10 * 60
    working_days: str = Field(default="01234", max_length=7)  # ISO weekday digits, Monday = 0
    start_date: date | None = None
    end_date: date | None = None
    phone: str = Field(default="", max_length=32, sa_column_kwargs={"server_default": ""})
    email: str = Field(default="", max_length=120, sa_column_kwargs={"server_default": ""})
    pin_hash: str | None = Field(default=None, max_length=200)
    active: bool = True
    version: int = 1
    created_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)


class Departure(SQLModel, table=True):
    """A time a member was away from the team: deactivated after ``last_day``, back on ``back_on`` (None
    while away). Nothing is owed in between; a member may leave and come back several times."""

    __table_args__ = (
        CheckConstraint("back_on IS NULL OR back_on > last_day", name="back_after_leaving"),
    )

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True)
    last_day: date
    back_on: date | None = None


class ContractTerm(SQLModel, table=True):
    """A member's contract from the Monday ``effective_from`` until the next term's: a week's targets follow
    the term in force on its Monday, so that a change of contract never rewrites the weeks before it. The
    member's first term also stands for the weeks before it (nothing is owed before their start date anyway).
    The member's own contract columns repeat their latest term, for the readers of the contract of now."""

    __tablename__ = "contract_term"
    __table_args__ = (
        UniqueConstraint("member_id", "effective_from"),
        CheckConstraint("contract_minutes BETWEEN 0 AND 2880", name="contract_range"),
        CheckConstraint(
            "self_management_minutes >= 0 AND self_management_minutes <= contract_minutes",
            name="self_management_range",
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True)
    effective_from: date  # a Monday
    contract_minutes: int
    self_management_minutes: int
    working_days: str = Field(max_length=7)  # ISO weekday digits, Monday = 0
