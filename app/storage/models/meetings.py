"""Team meetings: the meeting, who came, its agenda, its action items, the decisions as its approved minutes
tell them, and the errata of its minutes."""

from datetime import date, datetime, time

from sqlalchemy import CheckConstraint, Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

import app.storage.models.decisions
import app.storage.models.partners
import app.storage.models.rooms  # noqa: F401 - meetings book rooms, partner organisations attend
from app.storage.models.base import utc_now
from app.storage.types import FREE_TEXT, UTCDateTime

# app.domain.meetings.MeetingKind, as the database checks it (a test keeps the two the same)
MEETING_KINDS = "('team', 'general_assembly', 'commission', 'care_review', 'partner', 'steering_committee', 'relays')"


class Meeting(SQLModel, table=True):
    """One meeting. Its minutes are locked once approved: later corrections are errata."""

    __table_args__ = (
        CheckConstraint("status IN ('planned', 'held', 'approved')", name="status_known"),
        CheckConstraint(f"kind IN {MEETING_KINDS}", name="kind_known"),
        CheckConstraint("end_time > start_time", name="ends_after_start"),
    )

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(default="team", max_length=24)
    title: str = Field(max_length=200)
    day: date = Field(index=True)
    start_time: time
    end_time: time
    place: str = Field(default="", max_length=120)
    room_id: int | None = Field(default=None, foreign_key="room.id")
    status: str = Field(default="planned", max_length=16, index=True)
    facilitator_id: int | None = Field(default=None, foreign_key="member.id")
    minute_taker_id: int | None = Field(default=None, foreign_key="member.id")
    time_keeper_id: int | None = Field(default=None, foreign_key="member.id")
    series_id: int | None = Field(default=None, index=True)  # the first meeting of a weekly series
    approved_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    version: int = 1


class MeetingAttendance(SQLModel, table=True):
    __tablename__ = "meeting_attendance"
    __table_args__ = (
        UniqueConstraint("meeting_id", "member_id"),
        CheckConstraint("attendance IN ('present', 'excused', 'absent')", name="attendance_known"),
    )

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id")
    member_id: int = Field(foreign_key="member.id", index=True)
    attendance: str = Field(max_length=16)


class MeetingPartner(SQLModel, table=True):
    """A partner organisation present at a meeting: never a member, never in a quorum, never credited."""

    __tablename__ = "meeting_partner"
    __table_args__ = (UniqueConstraint("meeting_id", "partner_id"),)

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    partner_id: int = Field(foreign_key="partner.id", index=True)


class AgendaItem(SQLModel, table=True):
    """One item of a meeting's agenda; ``notes`` are autosaved while the meeting runs, checked against
    ``version`` so that two workstations typing the same item's notes do not overwrite each other."""

    __tablename__ = "agenda_item"
    __table_args__ = (
        CheckConstraint("planned_minutes >= 0", name="planned_minutes_positive"),
        CheckConstraint("spent_minutes >= 0", name="spent_minutes_positive"),
        CheckConstraint(
            "kind IN ('information', 'discussion', 'decision', 'care_review')", name="kind_known"
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    position: int
    kind: str = Field(default="discussion", max_length=16)
    title: str = Field(max_length=200)
    planned_minutes: int = 10
    spent_minutes: int = 0
    notes: str = Field(default="", sa_column=Column(Text, nullable=False, server_default="", info=FREE_TEXT))
    proposal_id: int | None = Field(default=None, foreign_key="proposal.id")
    submitted_by: int | None = Field(default=None, foreign_key="member.id")
    source_action_id: int | None = Field(default=None, foreign_key="action_item.id")
    removed: bool = False  # nothing with history is deleted
    # Bumped by every save of the item (notes, title, kind, minutes): a save over a newer one is refused.
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})


class ActionItem(SQLModel, table=True):
    """Who does what by when, decided in a meeting; carried to the next agendas until done."""

    __tablename__ = "action_item"
    __table_args__ = (CheckConstraint("status IN ('open', 'done')", name="status_known"),)

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    owner_id: int = Field(foreign_key="member.id", index=True)
    description: str = Field(sa_column=Column(Text, nullable=False, info=FREE_TEXT))
    due: date | None = None
    status: str = Field(default="open", max_length=8, index=True)
    done_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class MinutesErratum(SQLModel, table=True):
    """A correction to approved minutes: the minutes stay as approved, the erratum is added beside them."""

    __tablename__ = "minutes_erratum"

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    by_id: int | None = Field(default=None, foreign_key="member.id")
    text: str = Field(sa_column=Column(Text, nullable=False, info=FREE_TEXT))


class MinutesDecision(SQLModel, table=True):
    """A decision as the approved minutes tell it, kept at their approval: the proposal lives on (closed at a
    later meeting, amended, reopened), the approved minutes do not change with it. One row per proposal on
    the agenda, in the agenda's order."""

    __tablename__ = "minutes_decision"
    __table_args__ = (
        UniqueConstraint("meeting_id", "proposal_id"),
        UniqueConstraint("meeting_id", "position"),
        CheckConstraint(
            "count_agree >= 0 AND count_stand_aside >= 0 AND count_abstain >= 0 AND count_block >= 0",
            name="counts_positive",
        ),
        CheckConstraint("status <> 'adopted' OR count_block = 0", name="adopted_without_block"),
    )

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    position: int  # among the meeting's decisions, in the order of its agenda
    proposal_id: int = Field(foreign_key="proposal.id")
    title: str = Field(max_length=200)
    text: str = Field(sa_column=Column(Text, nullable=False, info=FREE_TEXT))
    status: str = Field(max_length=24)
    outcome: str | None = Field(default=None, max_length=16)
    statement: str = Field(default="", sa_column=Column(Text, nullable=False, server_default="", info=FREE_TEXT))
    count_agree: int = 0
    count_stand_aside: int = 0
    count_abstain: int = 0
    count_block: int = 0


class MinutesBlock(SQLModel, table=True):
    """A block as the approved minutes tell it: the name of who blocked, as it was then, and the reason."""

    __tablename__ = "minutes_block"

    id: int | None = Field(default=None, primary_key=True)
    decision_id: int = Field(foreign_key="minutes_decision.id", index=True)
    name: str = Field(max_length=80)
    reason: str = Field(sa_column=Column(Text, nullable=False, info=FREE_TEXT))
