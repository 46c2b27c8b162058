"""Notifications under the bell: created once (by their dedupe key), counted, listed, marked read.

A notification addressed to a member is theirs; one addressed to nobody (``member_id`` None) is for the
whole desk (a failed job, a backup problem): whoever reads it marks it read for everyone.
"""

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, func, or_, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select

from app.services.context import Context, UnitOfWork, id_of
from app.storage.models.notifications import Notification

# The parameters that are Cercle's own words (a check's « Réunion », « jour »), translated by the UI in the
# notifications' context; every other one is the team's (a name, a title) and is shown as it was typed.
WORD_PARAMETERS = frozenset({"what", "column"})


@dataclass(frozen=True)
class NotificationView:
    id: int
    member_id: int | None
    kind: str
    text: str  # an English template, translated by the UI then filled with ``params``
    params: dict[str, Any]
    created_at: datetime
    read_at: datetime | None

    @property
    def is_read(self) -> bool:
        return self.read_at is not None


def _view(row: Notification) -> NotificationView:
    return NotificationView(id_of(row), row.member_id, row.kind, row.text, json.loads(row.params), row.created_at,
                            row.read_at)


def add_notification(
    unit: UnitOfWork, *, kind: str, text: str, dedupe_key: str, member_id: int | None = None,
    params: dict[str, Any] | None = None,
) -> int | None:
    """Inside the caller's transaction: create the notification unless its key exists; its id, or None.

    A savepoint absorbs the race of two workstations creating the same reminder at the same moment.
    """
    db = unit.db
    if db.exec(select(Notification.id).where(Notification.dedupe_key == dedupe_key)).first() is not None:
        return None
    row = Notification(member_id=member_id, kind=kind, text=text, dedupe_key=dedupe_key,
                       params=json.dumps(params or {}, ensure_ascii=False, sort_keys=True, default=str),
                       created_at=unit.context.now())
    try:
        with db.begin_nested():
            db.add(row)
            db.flush()
    except IntegrityError:
        return None
    unit.audit("notify", "notification", row.id, after=row)
    return row.id


def notify(
    ctx: Context, *, kind: str, text: str, dedupe_key: str, member_id: int | None = None,
    params: dict[str, Any] | None = None,
) -> int | None:
    """Create a notification once: a second call with the same ``dedupe_key`` does nothing (returns None)."""
    with ctx.writing() as unit:
        return add_notification(unit, kind=kind, text=text, dedupe_key=dedupe_key, member_id=member_id,
                                params=params)


def _for(member_id: int | None) -> ColumnElement[bool]:
    return or_(col(Notification.member_id) == member_id, col(Notification.member_id).is_(None))


def unread_count(ctx: Context, member_id: int | None) -> int:
    """How many unread notifications ``member_id`` sees (theirs and the whole desk's)."""
    with ctx.reading() as db:
        statement = select(func.count()).select_from(Notification).where(
            _for(member_id), col(Notification.read_at).is_(None))
        return db.exec(statement).one()


def list_notifications(ctx: Context, member_id: int | None, *, unread_only: bool = False,
                       limit: int = 100) -> list[NotificationView]:
    """The notifications ``member_id`` sees, newest first."""
    with ctx.reading() as db:
        statement = select(Notification).where(_for(member_id))
        if unread_only:
            statement = statement.where(col(Notification.read_at).is_(None))
        statement = statement.order_by(col(Notification.created_at).desc(), col(Notification.id).desc()).limit(limit)
        return [_view(row) for row in db.exec(statement)]


def mark_read(ctx: Context, notification_ids: list[int] | tuple[int, ...]) -> None:
    """Mark these notifications read (those already read keep their first reading time)."""
    if not notification_ids:
        return
    with ctx.writing() as unit:
        rows = unit.db.exec(select(Notification).where(
            col(Notification.id).in_(notification_ids), col(Notification.read_at).is_(None))).all()
        for row in rows:
            row.read_at = ctx.now()
            unit.audit("read", "notification", row.id)


def mark_all_read(ctx: Context, member_id: int | None) -> int:
    """Mark read everything ``member_id`` sees; returns how many were unread."""
    with ctx.writing() as unit:
        unread = select(Notification.id).where(_for(member_id), col(Notification.read_at).is_(None))
        ids = unit.db.exec(unread).all()
        if ids:
            marking = update(Notification).where(col(Notification.id).in_(ids)).values(read_at=ctx.now())
            unit.db.execute(marking)
            for notification_id in ids:
                unit.audit("read", "notification", notification_id)
        return len(ids)
