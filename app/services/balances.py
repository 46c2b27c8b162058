"""The weekly balances kept (table ``week_balance``), and their invalidation in the writes' transactions.

A member's running balance at the end of a week that is over is kept once computed, so that a balance is
folded from the last week kept instead of from the member's start. Any write that can change a past week
deletes, in its own transaction, the kept weeks from that week on: the unit of work's database session reports the
rows it flushes (see :func:`watch`), and this module knows which of them move a balance and from which day.

A reader keeps what it computed only if no invalidation happened since it began reading: every
invalidation increments ``balance_stamp.generation``, which the reader reads first and checks again,
row-locked, in the short transaction that stores the weeks (:func:`keep`).

A week is kept only two days after its Sunday by the reader's clock, while a write invalidates every week
whose Sunday is before its own today: workstations whose clocks differ by less than a day agree.
"""

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any, NamedTuple, TypedDict

from sqlalchemy import (
    BindParameter,
    Date,
    Engine,
    ScalarSelect,
    and_,
    bindparam,
    delete,
    event,
    func,
    insert,
    inspect,
    orm,
    update,
)
from sqlalchemy import select as core_select
from sqlalchemy.orm import InstanceState, ORMExecuteState, UOWTransaction, aliased
from sqlalchemy.orm.attributes import instance_state
from sqlmodel import Session, col, select

from app.domain.hours import monday_of as week_start
from app.services.context import id_of
from app.storage.connection import server_guard
from app.storage.engine import writing_guard
from app.storage.errors import DatabaseReadOnly
from app.storage.models import Centre, ContractTerm, Departure, Member
from app.storage.models.hours import (
    Absence,
    BalanceStamp,
    OpeningBalance,
    TimeCategory,
    TimeEntry,
    WeekBalance,
)
from app.storage.models.settings import Setting

TODAY = "cercle_balances_today"  # db.info: the writer's today (weeks from its own on cannot be kept)
INVALIDATED = "cercle_balances_invalidated"  # execution option: the statement's writer invalidated itself
DATED = "cercle_balances_dated_contracts"  # db.info: members whose new contract a term dates (contract_dated)
EVERYONE = 0  # invalidations of every member
CONTRACT = ("contract_minutes", "self_management_minutes", "working_days")
DATES = ("start_date", "end_date")
CENTRE_WIDE_SETTINGS = frozenset({"profession_hours_assumed", "worked_holidays"})
# tables whose rows move balances: a bulk statement on one of them forgets every week kept
MOVING = frozenset(table.name for model in (
    Absence, Centre, ContractTerm, Departure, Member, OpeningBalance, Setting, TimeCategory, TimeEntry)
    for table in inspect(model).tables)


class KeptWeek(TypedDict):
    """A row of ``week_balance`` to keep."""

    member_id: int
    week_start: date
    profession_minutes: int
    self_management_minutes: int


def watch(db: Session, today: date) -> None:
    """Have the writing ``db`` invalidate the weeks its changes reach (see the module)."""
    db.info[TODAY] = today


def contract_dated(db: Session, member_id: int) -> None:
    """The member's contract columns change in ``db``'s transaction along a contract term, which says from
    which week the new contract applies: the term's week is invalidated, not the member's whole history."""
    db.info.setdefault(DATED, set()).add(member_id)


def is_keepable(monday: date, today: date) -> bool:
    """Whether the week of ``monday`` is over for long enough to be kept (see the module)."""
    return monday + timedelta(days=7) < today


def generation(db: Session) -> int | None:
    """The invalidations counted so far; None without the stamp row (nothing is kept then). Read on the
    transaction's connection: through the ORM, this one-row read cost ten times its query."""
    found: int | None = db.connection().execute(_GENERATION).scalar()
    return found


_GENERATION = core_select(col(BalanceStamp.generation)).where(col(BalanceStamp.id) == 1)


class KeptBalance(NamedTuple):
    """A member's running balance kept at the end of the week of ``week_start``."""

    week_start: date
    profession_minutes: int
    self_management_minutes: int


class Kept(NamedTuple):
    """A member's weeks kept: the latest before the weeks asked (None: none), and the latest of all (a
    tuple: one is made per member at every balance, quicker than a frozen dataclass)."""

    before: KeptBalance | None
    last_week: date | None


def kept(db: Session, member_ids: Iterable[int], before: date, today: date) -> dict[int, Kept]:
    """Each member's latest week kept before the week of ``before`` (and over by ``today``'s clock), and
    their latest week kept at all: one query whose every look is into the primary key, whatever the years
    kept (a list of (member, week) pairs made SQLite scan every week kept). Plain rows: an ORM object per
    member cost more than the query."""
    over = today - timedelta(days=7)  # a week starting before this day is keepable (is_keepable)
    found = db.connection().execute(
        _KEPT, {"ids": list(member_ids), "over": over, "before": min(week_start(before), over)}).all()
    return {member_id: Kept(None if week is None else KeptBalance(week, profession, self_management), last_week)
            for member_id, week, profession, self_management, last_week in found}


def _latest(bound: BindParameter[date]) -> ScalarSelect[date | None]:
    earlier = aliased(WeekBalance)  # apart from the week_balance that ``kept`` joins
    return select(func.max(earlier.week_start)).where(
        earlier.member_id == Member.id, earlier.week_start < bound
    ).correlate(Member).scalar_subquery()


# made once: building it took longer than running it; five columns, more than sqlmodel's select types
_KEPT = core_select(col(Member.id), col(WeekBalance.week_start), col(WeekBalance.profession_minutes),
                    col(WeekBalance.self_management_minutes), _latest(bindparam("over", type_=Date))).outerjoin(
    WeekBalance, and_(col(WeekBalance.member_id) == Member.id,
                      col(WeekBalance.week_start) == _latest(bindparam("before", type_=Date))),
).where(col(Member.id).in_(bindparam("ids", expanding=True)))


def keep(engine: Engine, stamp: int | None, rows: list[KeptWeek]) -> None:
    """Store ``rows`` (week_balance dictionaries) unless an invalidation happened since ``stamp`` was read.
    A file open read-only keeps nothing: its balances are folded each time."""
    if stamp is None or not rows:
        return
    try:
        with server_guard(engine), writing_guard(engine), Session(engine) as db, db.begin():
            locked = select(BalanceStamp.generation).where(BalanceStamp.id == 1).with_for_update()
            if db.exec(locked).first() != stamp:
                return
            for member_id, weeks in _weeks_by_member(rows).items():  # another reader may have kept some
                db.execute(delete(WeekBalance).where(
                    col(WeekBalance.member_id) == member_id, col(WeekBalance.week_start).between(min(weeks), max(weeks))))
            db.execute(insert(WeekBalance), rows)
    except DatabaseReadOnly:
        pass


def _weeks_by_member(rows: list[KeptWeek]) -> dict[int, list[date]]:
    weeks: dict[int, list[date]] = defaultdict(list)
    for row in rows:
        weeks[row["member_id"]].append(row["week_start"])
    return weeks


# --- invalidation ---------------------------------------------------------------------------------


@event.listens_for(Session, "before_flush")
def _before_flush(db: Session, _context: UOWTransaction, _instances: object) -> None:
    today = db.info.get(TODAY)
    if today is None:
        return
    reached: dict[int, date] = {}
    for row in (*db.new, *db.dirty, *db.deleted):
        if (found := _reach(row, db)) is not None:
            member_id, day = found
            reached[member_id] = min(day, reached.get(member_id, day))
    _invalidate(db, reached)


def invalidate(db: Session, member_id: int, day: date) -> None:
    """Forget the member's weeks kept from the week of ``day`` on, for a bulk statement run with the
    execution option ``INVALIDATED`` (which :func:`_bulk_statement` then lets pass)."""
    _invalidate(db, {member_id: day})


@event.listens_for(Session, "do_orm_execute")
def _bulk_statement(state: ORMExecuteState) -> None:
    """A bulk insert, update or delete (the demo's years of entries) forgets every week kept."""
    if TODAY not in state.session.info or not (state.is_insert or state.is_update or state.is_delete) \
            or state.execution_options.get(INVALIDATED):
        return
    table = getattr(state.statement, "table", None)
    if table is not None and table.name in MOVING:
        _invalidate(state.session, {EVERYONE: date.min})


def _invalidate(db: orm.Session, reached: dict[int, date]) -> None:
    """Delete the weeks kept from the week of each member's day on (EVERYONE: every member's); nothing
    for days in weeks not over by the writer's today (see the module)."""
    today = db.info.get(TODAY, date.max)
    reached = {member_id: day for member_id, day in reached.items() if week_start(day) + timedelta(days=6) < today}
    if not reached:
        return
    connection = db.connection()
    for member_id, day in reached.items():
        query = delete(WeekBalance).where(col(WeekBalance.week_start) >= week_start(day))
        if member_id != EVERYONE:
            query = query.where(col(WeekBalance.member_id) == member_id)
        connection.execute(query)
    connection.execute(update(BalanceStamp).values(generation=BalanceStamp.generation + 1))


def _reach(row: object, db: Session) -> tuple[int, date] | None:
    """(member or EVERYONE, first day) whose balances ``row``'s change can move; None if none."""
    state = instance_state(row)
    if isinstance(row, TimeEntry):
        return row.member_id, _earliest(state, "day")
    if isinstance(row, Absence):
        return row.member_id, _earliest(state, "first_day")
    if isinstance(row, Departure):
        return row.member_id, _earliest(state, "last_day")
    if isinstance(row, OpeningBalance):
        return row.member_id, date.min
    if isinstance(row, ContractTerm):
        return row.member_id, _earliest(state, "effective_from")
    if isinstance(row, Member):
        return (id_of(row), date.min) if _member_moved(row, state, db) else None
    if isinstance(row, Centre):
        return (EVERYONE, date.min) if _changed(state, ("holiday_region",)) else None
    if isinstance(row, Setting):
        return (EVERYONE, date.min) if row.key in CENTRE_WIDE_SETTINGS else None
    if isinstance(row, TimeCategory):
        moved = row in db.deleted or _changed(state, ("is_self_management",))
        return (EVERYONE, date.min) if moved and not state.pending else None
    return None


def _member_moved(row: Member, state: InstanceState[Any], db: Session) -> bool:
    """Whether a change of the member moves their whole history: their dates, or a contract no term dates
    (a week's contract is the term in force then, the member's columns repeat the latest)."""
    if state.pending:
        return False
    undated = _changed(state, CONTRACT) and id_of(row) not in db.info.get(DATED, ())
    return bool(state.deleted or row in db.deleted or _changed(state, DATES) or undated)


def _earliest(state: InstanceState[Any], name: str) -> date:
    """The attribute's value, or its value before this change when that was earlier."""
    days: list[date | None] = [getattr(state.object, name), *state.attrs[name].history.deleted]
    return min(day for day in days if day is not None)


def _changed(state: InstanceState[Any], names: tuple[str, ...]) -> bool:
    return any(state.attrs[name].history.has_changes() for name in names)
