"""Automatic time entries: the hours other parts of Cercle credit to a member (reception, meetings...).

Each credit is keyed by (source, source_id, member_id), so calling ``credit`` again updates the same
entry: hours are never counted twice. Both functions run INSIDE the caller's unit of work.

When the week concerned is validated (locked), the counted entry is left as it was and the new state
waits beside it as a pending row, shown to the member; unlocking the week applies it
(``apply_pending``). A pending row of 0 minutes is a withdrawal waiting.
"""

from datetime import date, timedelta

from sqlalchemy import delete
from sqlmodel import Session, col, select

from app.domain.errors import QT_TRANSLATE_NOOP, RuleViolation
from app.services import balances
from app.services.changes import Entity
from app.services.context import UnitOfWork
from app.storage.models import TimeCategory, TimeEntry, WeekValidation

UNKNOWN_CATEGORY = QT_TRANSLATE_NOOP("Errors", "There is no time category called {code}.")
BAD_CREDIT = QT_TRANSLATE_NOOP("Errors", "An automatic credit is between 0 and 24 hours.")
MINUTES_PER_DAY = 24 * 60
ENTITY = Entity.TIME_ENTRY


def credit(unit: UnitOfWork, *, source: str, source_id: int, member_id: int, day: date, minutes: int,
           category: str) -> None:
    """Create or update the automatic entry of ``member_id`` for (source, source_id); idempotent.

    A credit of 0 minutes is a withdrawal: no hours, no entry.
    """
    if not 0 <= minutes <= MINUTES_PER_DAY:
        raise RuleViolation(BAD_CREDIT)
    category_id = category_id_of(unit, category)
    if minutes == 0:
        withdraw(unit, source=source, source_id=source_id, member_id=member_id)
        return
    counted, pending = _rows(unit, source, source_id, member_id)
    locked = is_locked(unit, member_id, day) or (
        counted is not None and is_locked(unit, member_id, counted.day)
    )
    if not locked:
        if pending is not None:
            _remove(unit, pending)
        if counted is None:
            _add(unit, source, source_id, member_id, day, minutes, category_id, pending=False)
        else:
            _change(unit, counted, day, minutes, category_id)
        return
    if counted is not None and _state(counted) == (day, minutes, category_id):
        if pending is not None:
            _remove(unit, pending)  # the source came back to what was counted
    elif pending is None:
        _add(unit, source, source_id, member_id, day, minutes, category_id, pending=True)
    else:
        _change(unit, pending, day, minutes, category_id)


def withdraw(unit: UnitOfWork, *, source: str, source_id: int, member_id: int | None = None) -> None:
    """Remove the credit(s) of (source, source_id): one member's, or everyone's with ``member_id=None``."""
    query = select(TimeEntry).where(TimeEntry.source == source, TimeEntry.source_id == source_id)
    if member_id is not None:
        query = query.where(TimeEntry.member_id == member_id)
    rows = list(unit.db.exec(query.with_for_update()))
    for member in sorted({row.member_id for row in rows}):
        counted = next((row for row in rows if row.member_id == member and not row.pending), None)
        pending = next((row for row in rows if row.member_id == member and row.pending), None)
        if counted is not None and is_locked(unit, member, counted.day):
            if pending is None:
                _add(unit, source, source_id, member, counted.day, 0, counted.category_id, pending=True)
            else:
                _change(unit, pending, counted.day, 0, counted.category_id)
            continue
        for row in (counted, pending):
            if row is not None:
                _remove(unit, row)


def apply_pending(unit: UnitOfWork, member_id: int) -> int:
    """Apply the pending changes of ``member_id`` whose weeks are all open now; return how many."""
    pending_rows = list(unit.db.exec(
        select(TimeEntry).where(TimeEntry.member_id == member_id, TimeEntry.pending).with_for_update()
    ))
    applied = 0
    for pending in pending_rows:
        counted, _ = _rows(unit, pending.source, pending.source_id, member_id)
        if is_locked(unit, member_id, pending.day) or (counted and is_locked(unit, member_id, counted.day)):
            continue
        if counted is not None:
            _remove(unit, counted)
            unit.db.flush()  # the unique key (source, source_id, member, pending) frees up
        if pending.minutes == 0:
            _remove(unit, pending)
        else:
            with unit.change(pending, ENTITY, "apply_pending"):
                pending.pending = False
        applied += 1
    return applied


def category_id_of(unit: UnitOfWork, code: str) -> int:
    category_id = unit.db.exec(select(TimeCategory.id).where(TimeCategory.code == code)).first()
    if category_id is None:
        raise RuleViolation(UNKNOWN_CATEGORY, code=code)
    return int(category_id)


def week_start(day: date) -> date:
    """The Monday of ``day``'s ISO week."""
    return day - timedelta(days=day.weekday())


def is_locked(unit: UnitOfWork, member_id: int, day: date) -> bool:
    """Whether ``member_id`` has validated the week of ``day`` (and not unlocked it since)."""
    return locked_week(unit.db, member_id, day, day) is not None


def locked_week(db: Session, member_id: int, first_day: date, last_day: date) -> date | None:
    """The Monday of the first week touching ``first_day``..``last_day`` that ``member_id`` has validated (and
    not unlocked since), if any: one query, however long the span (an absence of months)."""
    query = select(WeekValidation.week_start).where(
        WeekValidation.member_id == member_id, WeekValidation.week_start >= week_start(first_day),
        WeekValidation.week_start <= last_day, WeekValidation.unlocked == False,  # noqa: E712 - SQL
    ).order_by(col(WeekValidation.week_start))
    return db.exec(query).first()


def _state(row: TimeEntry) -> tuple[date, int, int]:
    return row.day, row.minutes, row.category_id


def _rows(unit: UnitOfWork, source: str, source_id: int,
          member_id: int) -> tuple[TimeEntry | None, TimeEntry | None]:
    query = select(TimeEntry).where(
        TimeEntry.source == source, TimeEntry.source_id == source_id, TimeEntry.member_id == member_id
    )
    rows = list(unit.db.exec(query.with_for_update()))
    counted = next((row for row in rows if not row.pending), None)
    pending = next((row for row in rows if row.pending), None)
    return counted, pending


def _add(unit: UnitOfWork, source: str, source_id: int, member_id: int, day: date, minutes: int,
         category_id: int, *, pending: bool) -> None:
    row = unit.add(TimeEntry(
        member_id=member_id, day=day, category_id=category_id, minutes=minutes, automatic=True,
        source=source, source_id=source_id, pending=pending, created_at=unit.context.now(),
    ))
    unit.audit("credit_pending" if pending else "credit", ENTITY, row.id, after=row)


def _change(unit: UnitOfWork, row: TimeEntry, day: date, minutes: int, category_id: int) -> None:
    if _state(row) == (day, minutes, category_id):
        return  # the same credit again: nothing to do, nothing to audit
    with unit.change(row, ENTITY, "credit"):
        row.day, row.minutes, row.category_id = day, minutes, category_id


def _remove(unit: UnitOfWork, row: TimeEntry) -> None:
    before = row.model_dump()
    balances.invalidate(unit.db, row.member_id, row.day)
    unit.db.execute(delete(TimeEntry).where(TimeEntry.id == row.id),
                         execution_options={balances.INVALIDATED: True})
    unit.db.expunge(row)
    unit.audit("withdraw", ENTITY, before["id"], before=before)
