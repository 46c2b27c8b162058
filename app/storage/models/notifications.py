"""Notifications: reminders and messages shown under the bell, for one member or for everyone."""

from datetime import datetime

from sqlalchemy import Column, Text
from sqlmodel import Field, SQLModel

from app.storage.models.base import utc_now
from app.storage.types import UTCDateTime


class Notification(SQLModel, table=True):
    """A message for a member (``member_id``) or for everyone (None).

    ``text`` is an English template translated by the UI, filled with ``params`` (JSON). ``dedupe_key``
    is unique: a reminder created again by a second run of a job (or another workstation) is refused.
    """

    id: int | None = Field(default=None, primary_key=True)
    member_id: int | None = Field(default=None, foreign_key="member.id", index=True)
    kind: str = Field(max_length=32)
    text: str = Field(sa_column=Column(Text, nullable=False))
    params: str = Field(default="{}", sa_column=Column(Text, nullable=False, server_default="{}"))
    created_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime, index=True)
    read_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    dedupe_key: str = Field(max_length=200, unique=True)
