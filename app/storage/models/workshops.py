"""Workshops for the neighbourhood: themes, workshops, facilitators, partners, sessions, enrolments.

Participants are recorded with the least data possible (a first name or a pseudonym, maybe a phone)
and erased after the retention period; the counts of a session stay.
"""

from datetime import date, datetime, time

from sqlalchemy import CheckConstraint, Column, Text, UniqueConstraint, false
from sqlmodel import Field, SQLModel

import app.storage.models.partners
import app.storage.models.rooms  # noqa: F401 - and their sessions to rooms
from app.storage.models.base import utc_now
from app.storage.types import FREE_TEXT, UTCDateTime


class WorkshopTheme(SQLModel, table=True):
    """A theme of workshops (nutrition, physical activity...), an editable list."""

    __tablename__ = "workshop_theme"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=80, unique=True)
    active: bool = True


class Workshop(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint(
            "status IN ('idea', 'planned', 'confirmed', 'held', 'cancelled')", name="status_known"
        ),
        CheckConstraint("capacity >= 1", name="capacity_positive"),
    )

    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(max_length=200)
    theme_id: int | None = Field(default=None, foreign_key="workshop_theme.id", index=True)
    description: str = Field(
        default="", sa_column=Column(Text, nullable=False, server_default="", info=FREE_TEXT)
    )
    audience: str = Field(default="", max_length=200)
    status: str = Field(default="planned", max_length=16)
    capacity: int = 12
    # A closed cycle: people enrol once for all its sessions (CycleEnrolment), not per session.
    is_cycle: bool = Field(default=False, sa_column_kwargs={"server_default": false()})
    version: int = 1
    created_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)


class WorkshopFacilitator(SQLModel, table=True):
    """A member facilitating a workshop, with the preparation time each session asks of them."""

    __tablename__ = "workshop_facilitator"
    __table_args__ = (
        UniqueConstraint("workshop_id", "member_id"),
        CheckConstraint("preparation_minutes >= 0", name="preparation_positive"),
    )

    id: int | None = Field(default=None, primary_key=True)
    workshop_id: int = Field(foreign_key="workshop.id", index=True)
    member_id: int = Field(foreign_key="member.id", index=True)
    preparation_minutes: int = 0


class WorkshopPartner(SQLModel, table=True):
    __tablename__ = "workshop_partner"
    __table_args__ = (UniqueConstraint("workshop_id", "partner_id"),)

    id: int | None = Field(default=None, primary_key=True)
    workshop_id: int = Field(foreign_key="workshop.id", index=True)
    partner_id: int = Field(foreign_key="partner.id", index=True)


class WorkshopSession(SQLModel, table=True):
    """One session of a workshop on a day; ``series_id`` is the first session of its series.

    ``theme_id`` and its partners (``SessionPartner``) and co-facilitators (``SessionCoFacilitator``) are what it
    is done under: the workshop's while it is planned, kept once it is held or cancelled, so that a figure once
    printed (the activity report, the yearly summary) never follows a later change to the workshop.
    """

    __tablename__ = "workshop_session"
    __table_args__ = (
        CheckConstraint("end_time > start_time", name="ends_after_start"),
        CheckConstraint("status IN ('planned', 'held', 'cancelled')", name="status_known"),
        CheckConstraint("attendance_count IS NULL OR attendance_count >= 0", name="attendance_positive"),
    )

    id: int | None = Field(default=None, primary_key=True)
    workshop_id: int = Field(foreign_key="workshop.id", index=True)
    day: date = Field(index=True)
    start_time: time
    end_time: time
    room_id: int | None = Field(default=None, foreign_key="room.id")
    status: str = Field(default="planned", max_length=16)
    series_id: int | None = Field(default=None, index=True)
    attendance_count: int | None = None  # anonymous, kept after the participants are erased
    notes: str = Field(default="", sa_column=Column(Text, nullable=False, server_default="", info=FREE_TEXT))
    theme_id: int | None = Field(default=None, foreign_key="workshop_theme.id")  # None: no theme


class SessionPartner(SQLModel, table=True):
    """A partner a session is done with (see ``WorkshopSession``)."""

    __tablename__ = "session_partner"
    __table_args__ = (UniqueConstraint("session_id", "partner_id"),)

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="workshop_session.id", index=True)
    partner_id: int = Field(foreign_key="partner.id", index=True)


class Enrolment(SQLModel, table=True):
    """Places asked for a session by one participant; ``seq`` orders them first come, first served."""

    __tablename__ = "registration"  # the table keeps its first name
    __table_args__ = (
        CheckConstraint("places >= 1", name="places_positive"),
        CheckConstraint("status IN ('confirmed', 'waiting', 'cancelled')", name="status_known"),
        UniqueConstraint("session_id", "seq"),  # one place in the queue per enrolment
    )

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="workshop_session.id", index=True)
    name: str = Field(max_length=80)  # a first name or a pseudonym, nothing more
    phone: str = Field(default="", max_length=32)
    places: int = 1
    created_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    seq: int
    status: str = Field(default="confirmed", max_length=16)
    attended: bool | None = None
    erased: bool = False


class CycleEnrolment(SQLModel, table=True):
    """One person in a closed cycle: holding a seat from ``joined_on``, waiting (``seq`` orders the waiting
    list, first come first served), or gone on ``dropped_on``. Seats are given under a lock on the workshop,
    as a session's places are under a lock on the session."""

    __tablename__ = "cycle_enrolment"
    __table_args__ = (
        CheckConstraint("status IN ('enrolled', 'waiting', 'dropped_out')", name="status_known"),
        CheckConstraint("status <> 'enrolled' OR (joined_on IS NOT NULL AND dropped_on IS NULL)",
                        name="enrolled_has_seat"),
        CheckConstraint("status <> 'waiting' OR (joined_on IS NULL AND dropped_on IS NULL)",
                        name="waiting_has_no_seat"),
        CheckConstraint("status <> 'dropped_out' OR dropped_on IS NOT NULL", name="dropped_out_dated"),
        CheckConstraint("joined_on IS NULL OR dropped_on IS NULL OR dropped_on >= joined_on",
                        name="drops_out_after_joining"),
        UniqueConstraint("workshop_id", "seq"),  # one place in the queue per person
        # One enrolment per person and cycle while they are known by name (an erased row's key is NULL).
        UniqueConstraint("workshop_id", "name_key", "phone"),
    )

    id: int | None = Field(default=None, primary_key=True)
    workshop_id: int = Field(foreign_key="workshop.id", index=True)
    name: str = Field(max_length=80)  # a first name or a pseudonym, nothing more
    name_key: str | None = Field(default=None, max_length=80)  # the name case-folded; None once erased
    phone: str = Field(default="", max_length=32)
    created_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    seq: int
    status: str = Field(default="waiting", max_length=16)
    joined_on: date | None = None
    dropped_on: date | None = None
    erased: bool = False


class CycleAttendance(SQLModel, table=True):
    """Whether a cycle's member came to one of its sessions; kept (anonymous) after their name is erased."""

    __tablename__ = "cycle_attendance"
    __table_args__ = (
        UniqueConstraint("session_id", "cycle_enrolment_id"),
        CheckConstraint("presence IN ('present', 'absent', 'excused')", name="presence_known"),
    )

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="workshop_session.id", index=True)
    cycle_enrolment_id: int = Field(foreign_key="cycle_enrolment.id", index=True)
    presence: str = Field(max_length=16)


class ParticipantTally(SQLModel, table=True):
    """People no longer known by name, counted once per year and workshop (``scope`` "workshop",
    ``ref_id`` its id), per year and theme ("theme", its id, 0 without a theme) or per year and partner
    ("partner", its id: the people of the sessions done with it).

    Kept when enrolments are erased, so that a yearly summary reprinted later gives the same numbers:
    the different people of a year are this count plus those still known by name among the live rows.
    """

    __tablename__ = "participant_tally"
    __table_args__ = (
        UniqueConstraint("year", "scope", "ref_id"),
        CheckConstraint("scope IN ('workshop', 'theme', 'partner')", name="scope_known"),
        CheckConstraint("people >= 0", name="people_positive"),
    )

    id: int | None = Field(default=None, primary_key=True)
    year: int
    scope: str = Field(max_length=16)
    ref_id: int
    people: int = 0
