"""The audit log: appended to by every write."""

from datetime import datetime

from sqlalchemy import Column, Index, Text
from sqlmodel import Field, SQLModel

from app.storage.models.base import utc_now
from app.storage.types import UTCDateTime


class AuditEntry(SQLModel, table=True):
    """Who did what, when, with the record before and after (JSON). Appended, never changed."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_entity_entity_id", "entity", "entity_id"),)

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime, index=True)
    member_id: int | None = Field(default=None, foreign_key="member.id")
    system: str | None = Field(default=None, max_length=32)  # what of Cercle acted, when no member did
    action: str = Field(max_length=64)
    entity: str = Field(max_length=64)
    entity_id: int | None = None
    before: str | None = Field(default=None, sa_column=Column(Text))
    after: str | None = Field(default=None, sa_column=Column(Text))


class CommitMark(SQLModel, table=True):
    """On a SQLite file, the latest write of each workstation (one row each, the newest ones kept): its
    sequence number, one more than the file's latest. A workstation that sees the file change reads them
    to tell its own commits (not echoed) from others' (``app.storage.watch``). Unused on PostgreSQL, whose
    notices name their sender."""

    __tablename__ = "commit_mark"

    sender: str = Field(primary_key=True, max_length=32)
    seq: int
