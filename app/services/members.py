"""Members of the team: add, edit, deactivate (never delete someone with history), PINs."""

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import bindparam, func
from sqlalchemy import select as core_select
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from app.domain import hours as rules
from app.domain import names
from app.domain.errors import QT_TRANSLATE_NOOP, CercleError, RuleViolation
from app.domain.members import (
    DUPLICATE_NAME,
    MemberDraft,
    colour_counts,
    least_used_colour,
    name_key,
    next_colour,
    validate_member,
    validate_pin,
    working_days_from_text,
    working_days_text,
)
from app.services.changes import Entity
from app.services.context import Context, UnitOfWork, id_of
from app.services.errors import UNKNOWN_MEMBER, NotFound, StaleEdit
from app.storage.models import ContractTerm, Departure, Member

if TYPE_CHECKING:
    from argon2 import PasswordHasher

ALREADY_LEFT = QT_TRANSLATE_NOOP("Errors", "{name} has already left the team.")
ALREADY_IN_TEAM = QT_TRANSLATE_NOOP("Errors", "{name} is already in the team.")
TOO_MANY_TRIES = QT_TRANSLATE_NOOP("Errors", "Too many wrong PINs. Try again in {seconds} s.")
WRONG_PIN = QT_TRANSLATE_NOOP("Errors", "Wrong PIN.")
MAX_PIN_TRIES = 5
PIN_LOCK_SECONDS = 60


@cache
def _hasher() -> "PasswordHasher":
    """argon2id with the library's recommended costs (loaded on first use: the lock screen lists names only)."""
    from argon2 import PasswordHasher

    return PasswordHasher()


@dataclass(frozen=True)
class MemberView:
    id: int
    name: str
    profession: str
    colour: str
    contract_minutes: int
    self_management_minutes: int
    working_days: frozenset[int]
    start_date: date | None
    end_date: date | None
    active: bool
    has_pin: bool
    version: int
    phone: str = ""
    email: str = ""
    last_day: date | None = None  # of the member's latest departure (None: never left)
    back_on: date | None = None  # from that departure (None: not back, or never left)
    warnings: tuple[CercleError, ...] = ()  # what a departure or new dates just changed (the shifts they freed)

    @property
    def profession_minutes(self) -> int:
        return self.contract_minutes - self.self_management_minutes

    def draft(self) -> MemberDraft:
        return MemberDraft(
            name=self.name,
            profession=self.profession,
            colour=self.colour,
            contract_minutes=self.contract_minutes,
            self_management_minutes=self.self_management_minutes,
            working_days=self.working_days,
            start_date=self.start_date,
            end_date=self.end_date,
            phone=self.phone,
            email=self.email,
        )


def view(member: Member) -> MemberView:
    return MemberView(
        id=id_of(member),
        name=member.name,
        profession=member.profession,
        colour=member.colour,
        contract_minutes=member.contract_minutes,
        self_management_minutes=member.self_management_minutes,
        working_days=working_days_from_text(member.working_days),
        start_date=member.start_date,
        end_date=member.end_date,
        active=member.active,
        has_pin=member.pin_hash is not None,
        version=member.version,
        phone=member.phone,
        email=member.email,
    )


def list_members(ctx: Context, *, include_inactive: bool = False) -> list[MemberView]:
    """The members (by name), each with the last day and return of their latest departure."""
    with ctx.reading() as db:
        query = select(Member)
        if not include_inactive:
            query = query.where(Member.active)
        latest = {member_id: times[-1] for member_id, times in departures(db, None).items()}
        found = (
            replace(view(member), last_day=away.last_day, back_on=away.back_on) if away else view(member)
            for member in db.exec(query) for away in [latest.get(id_of(member))]
        )
        return sorted(found, key=lambda m: name_key(m.name))


def get_member(ctx: Context, member_id: int) -> MemberView:
    with ctx.reading() as db:
        return view(_load(db, member_id))


def _load(db: Session, member_id: int, *, lock: bool = False) -> Member:
    """The member; with ``lock`` (a write), their row is locked until the commit on PostgreSQL, so that a
    second workstation saving the same record waits, then sees the new version (SQLite writers queue
    already). FOR NO KEY UPDATE: rows that refer to the member are not held up."""
    member = db.get(Member, member_id, with_for_update={"key_share": True} if lock else None)
    if member is None:
        raise NotFound(UNKNOWN_MEMBER)
    return member


def _names_taken(db: Session, but: int | None = None) -> dict[str, str]:
    """The members' names (but member ``but``'s) by their key :func:`names.fold`: names are unique whatever
    their case, accents included, compared in Python since SQL's lower() folds only ASCII on SQLite and
    « ÉLODIE » would pass beside « Élodie »."""
    query = select(Member.name) if but is None else select(Member.name).where(Member.id != but)
    taken: dict[str, str] = {}
    for name in db.exec(query):
        taken.setdefault(names.fold(name), name)
    return taken


def _check_unique_name(taken: dict[str, str], name: str) -> None:
    """Refuse ``name`` if one of the names ``taken`` (:func:`_names_taken`) is the same."""
    same = taken.get(names.fold(name))
    if same is not None:
        raise RuleViolation(DUPLICATE_NAME, name=same)


def _apply(member: Member, draft: MemberDraft) -> None:
    member.name = draft.name
    member.profession = draft.profession
    member.colour = draft.colour or member.colour
    member.contract_minutes = draft.contract_minutes
    member.self_management_minutes = draft.effective_self_management()
    member.working_days = working_days_text(draft.working_days)
    member.start_date = draft.start_date
    member.end_date = draft.end_date
    member.phone = draft.phone
    member.email = draft.email


def hash_pin(pin: str) -> str:
    return _hasher().hash(validate_pin(pin))


def has_active_members(db: Session) -> bool:
    return db.exec(select(Member.id).where(Member.active)).first() is not None


def used_colours(db: Session) -> list[str]:
    """The colours of the active members."""
    return list(db.exec(select(Member.colour).where(Member.active)))


def colour_for_new_member(ctx: Context) -> str:
    """The colour a member added now would get: the first of the palette no active member has."""
    with ctx.reading() as db:
        return next_colour(used_colours(db))


def add_member(ctx: Context, draft: MemberDraft, pin: str | None = None) -> MemberView:
    """A new member; without a colour in ``draft``, the first of the palette no active member has."""
    draft = validate_member(draft)
    pin_hash = hash_pin(pin) if pin else None
    with ctx.writing() as unit:
        return insert(unit, draft, pin_hash)


@contextmanager
def named(name: str) -> Iterator[None]:
    """Writing a member named ``name``: another workstation that gave a member that name at this very moment
    (each found it free) is said as the name taken, not as the database's refusal."""
    try:
        yield
    except IntegrityError as error:
        raise RuleViolation(DUPLICATE_NAME, name=name) from error


def insert(unit: UnitOfWork, draft: MemberDraft, pin_hash: str | None) -> MemberView:
    """Add a member (``draft`` validated) within a transaction under way."""
    return Arrivals(unit).add(draft, pin_hash)


class Arrivals:
    """New members in a transaction: one by :func:`insert`, a whole team by an import (:meth:`add_all`). The
    names taken and the colours in use are read once, then kept up to date here: read again for each member
    of an import, they made it cost n² (10,000 members: eight minutes of processor time, now six seconds)."""

    def __init__(self, unit: UnitOfWork) -> None:
        self.unit = unit
        self._taken = _names_taken(unit.db)
        self._colours = colour_counts(used_colours(unit.db))

    def add(self, draft: MemberDraft, pin_hash: str | None) -> MemberView:
        """Add a member (``draft`` validated); without a colour in ``draft``, the first of the palette no active
        member has."""
        member = self._member(draft, pin_hash)
        with named(member.name):
            self.unit.add(member)
        _arrived(self.unit, [member])
        return view(member)

    def add_all(self, drafts: Sequence[MemberDraft]) -> None:
        """Add members (``drafts`` validated) as :meth:`add` adds one, checked in their order, then inserted in
        one flush, their first contract terms in another: a flush for each row cost three times as much."""
        new = [self._member(draft, None) for draft in drafts]
        self.unit.db.add_all(new)
        self.unit.db.flush()
        _arrived(self.unit, new)

    def _member(self, draft: MemberDraft, pin_hash: str | None) -> Member:
        """The row of a new member, its name checked and noted as taken, its colour chosen and counted."""
        _check_unique_name(self._taken, draft.name)
        if draft.colour is None:
            draft = replace(draft, colour=least_used_colour(self._colours))
        member = Member(name=draft.name)
        _apply(member, draft)
        member.start_date = draft.start_date or self.unit.context.today()  # nothing is owed before a member arrived
        member.pin_hash = pin_hash
        self._taken[names.fold(member.name)] = member.name
        self._colours[member.colour.lower()] += 1  # a new member is active
        return member


def _arrived(unit: UnitOfWork, new: list[Member]) -> None:
    """The first contract of each member just inserted, from the Monday of their first week, and the audit of
    their addition: the member's entry says it (their hours, working days and start date), the log shows one
    addition."""
    unit.db.add_all([_term(member, rules.monday_of(member.start_date or unit.context.today())) for member in new])
    unit.db.flush()
    for member in new:
        unit.audit("add", "member", member.id, after=member)


def update_member(
    ctx: Context, member_id: int, draft: MemberDraft, pin: str | None = None, expected_version: int | None = None,
    contract_from: date | None = None,
) -> MemberView:
    """Save a member's record; a new ``pin`` (when given) is set in the same transaction.

    A new contract (hours or working days) applies from the week of ``contract_from`` (by default this
    week): the weeks before keep the contract they had (see :func:`record_contract`).

    With ``expected_version`` (the version the editor started from), a record saved meanwhile by
    another workstation raises StaleEdit instead of being silently overwritten.
    """
    draft = validate_member(draft)
    pin_hash = hash_pin(pin) if pin else None
    with ctx.writing() as unit:
        member = _load(unit.db, member_id, lock=True)
        if expected_version is not None and member.version != expected_version:
            raise StaleEdit(view(member))
        _check_unique_name(_names_taken(unit.db, but=member_id), draft.name)
        contract = _draft_contract(draft)
        dates = contract_dates(member)
        with named(draft.name), unit.change(member, Entity.MEMBER):
            if contract != _contract_columns(member):
                record_contract(unit, member, contract, contract_from or ctx.today())
            _apply(member, draft)
            if pin_hash:
                member.pin_hash = pin_hash
            member.version += 1
        return replace(view(member), warnings=dates_changed(unit, member, dates))


def contract_dates(member: Member) -> tuple[date | None, date | None]:
    """The member's start and end dates, to compare with after a change (:func:`dates_changed`)."""
    return member.start_date, member.end_date


def dates_changed(unit: UnitOfWork, member: Member,
                  before: tuple[date | None, date | None]) -> tuple[CercleError, ...]:
    """After the member's start or end date changed from ``before`` (within its transaction, her row locked), she
    leaves the reception shifts now outside her dates, as a departure does: the warnings name each shift."""
    if contract_dates(member) == before:
        return ()
    from app.services import rota  # as for a departure: the lock screen reads the members without the rota

    return rota.leave_outside_dates(unit, member)


CONTRACT_COLUMNS = ("contract_minutes", "self_management_minutes", "working_days")


def _contract_columns(member: Member) -> dict[str, object]:
    return {name: getattr(member, name) for name in CONTRACT_COLUMNS}


def _draft_contract(draft: MemberDraft) -> dict[str, object]:
    """The contract columns of a member saved from ``draft`` (validated)."""
    return {"contract_minutes": draft.contract_minutes, "self_management_minutes": draft.effective_self_management(),
            "working_days": working_days_text(draft.working_days)}


def record_contract(unit: UnitOfWork, member: Member, contract: dict[str, object], day: date) -> None:
    """Make ``contract`` (contract columns) the member's contract from the week of ``day`` on: a term from that
    Monday, in place of the terms from then on (audited). Refused from a week the member validated or before
    one. Called before the member's own columns are set to it, which then move no week before that Monday:
    only the weeks kept from then on are forgotten (app.services.balances)."""
    monday = rules.monday_of(day)
    rules.check_contract_from(monday, _last_validated_week(unit.db, id_of(member)), member.name)
    from app.services import balances  # loaded with the first write, as the tables it watches

    balances.contract_dated(unit.db, id_of(member))
    later = list(unit.db.exec(select(ContractTerm).where(
        ContractTerm.member_id == member.id, col(ContractTerm.effective_from) >= monday).with_for_update()))
    term = None
    for row in later:
        if row.effective_from == monday:
            term = row
            continue
        unit.audit("supersede", Entity.CONTRACT_TERM, row.id, before=row)
        unit.db.delete(row)
    with unit.change(term or _term(member, monday), Entity.CONTRACT_TERM, "change_contract") as term:
        for name, value in contract.items():
            setattr(term, name, value)


def _term(member: Member, monday: date) -> ContractTerm:
    """A term of the member's contract columns from ``monday``."""
    return ContractTerm(member_id=id_of(member), effective_from=monday, contract_minutes=member.contract_minutes,
                        self_management_minutes=member.self_management_minutes, working_days=member.working_days)


def _last_validated_week(db: Session, member_id: int) -> date | None:
    from app.storage.models.hours import WeekValidation  # the lock screen does not load the tables of hours

    latest: date | None = db.exec(select(func.max(WeekValidation.week_start)).where(
        WeekValidation.member_id == member_id, WeekValidation.unlocked == False)).one()  # noqa: E712 - SQL
    return latest


class ContractTermView(NamedTuple):
    """A member's contract from the Monday ``effective_from`` until the next term's."""

    effective_from: date
    contract_minutes: int
    self_management_minutes: int
    working_days: str  # ISO weekday digits, Monday = 0


def contract_history(ctx: Context, member_id: int) -> list[ContractTermView]:
    """The member's contract terms, in order."""
    with ctx.reading() as db:
        _load(db, member_id)
        return list(contract_terms(db, [member_id]).get(member_id, ()))


def contract_terms(db: Session, member_ids: list[int] | None) -> dict[int, tuple[ContractTermView, ...]]:
    """Each member's contract terms, in order, as plain rows of the reading transaction's connection."""
    query = _TERMS if member_ids is None else _TERMS_OF
    found: dict[int, list[ContractTermView]] = {}
    for member_id, *term in db.connection().execute(query, {"ids": member_ids}).all():
        found.setdefault(member_id, []).append(ContractTermView(*term))
    return {member_id: tuple(terms) for member_id, terms in found.items()}


_TERMS = core_select(col(ContractTerm.member_id), col(ContractTerm.effective_from), col(ContractTerm.contract_minutes),
                     col(ContractTerm.self_management_minutes), col(ContractTerm.working_days)).order_by(
    col(ContractTerm.member_id), col(ContractTerm.effective_from))
_TERMS_OF = _TERMS.where(col(ContractTerm.member_id).in_(bindparam("ids", expanding=True)))


def set_active(ctx: Context, member_id: int, active: bool) -> MemberView:
    """Deactivate (last day: today) or bring back (from today) a member; their history stays."""
    return reactivate(ctx, member_id) if active else deactivate(ctx, member_id)


def deactivate(ctx: Context, member_id: int, last_day: date | None = None) -> MemberView:
    """The member leaves the team after ``last_day`` (today by default): nothing is owed after it, and
    their balance stays as it was that day. Not before they arrived (or last came back), not after today.

    In the same transaction, they leave the reception shifts after that day (open again, or a no-show for one
    already started) and their swap offers are withdrawn: the view's warnings name each shift."""
    with ctx.writing() as unit:
        member = _load(unit.db, member_id, lock=True)
        if not member.active:
            raise RuleViolation(ALREADY_LEFT, name=member.name)
        last_day = last_day or ctx.today()
        back = _latest_return(unit.db, id_of(member))
        arrived = max((day for day in (member.start_date, back) if day is not None), default=None)
        rules.check_last_day(last_day, member.name, arrived, ctx.today(),
                             came_back=back is not None and arrived == back)
        departure = unit.add(Departure(member_id=id_of(member), last_day=last_day))
        unit.audit("add", "departure", departure.id, after=departure)
        _release_workshops(unit, id_of(member), last_day)
        left = _set_active(unit, member, False)
        return replace(left, warnings=_leave_reception(unit, member, last_day))


def _leave_reception(unit: UnitOfWork, member: Member, last_day: date) -> tuple[CercleError, ...]:
    # Imported here, as the workshops below: the lock screen reads the members without loading the rota's tables.
    from app.services import rota

    return rota.leave_team(unit, member, last_day)


def _release_workshops(unit: UnitOfWork, member_id: int, last_day: date) -> None:
    # Imported here: the workshops services read the members (their reminders), not the other way round.
    from app.services.workshops.catalogue import release_facilitator

    release_facilitator(unit, member_id, last_day)


def reactivate(ctx: Context, member_id: int, back_on: date | None = None) -> MemberView:
    """The member comes back on ``back_on`` (by default today, or the day after their last day): targets
    resume from that day, the days since their last day are not owed, and the balance of their last day
    is carried over."""
    with ctx.writing() as unit:
        member = _load(unit.db, member_id, lock=True)
        if member.active:
            raise RuleViolation(ALREADY_IN_TEAM, name=member.name)
        departure = _open_departure(unit.db, member_id)
        back_on = back_on or first_day_back(ctx, departure.last_day if departure else None)
        if departure is not None:
            rules.check_day_back(back_on, departure.last_day)
            with unit.change(departure, Entity.DEPARTURE):
                departure.back_on = back_on
        return _set_active(unit, member, True)


def first_day_back(ctx: Context, last_day: date | None) -> date:
    """The day back offered: today, unless the member left today (deactivated by mistake): the next day."""
    return ctx.today() if last_day is None else max(ctx.today(), last_day + timedelta(days=1))


def _set_active(unit: UnitOfWork, member: Member, active: bool) -> MemberView:
    with unit.change(member, Entity.MEMBER, "reactivate" if active else "deactivate"):
        member.active = active
        member.version += 1
    return view(member)


def _latest_return(db: Session, member_id: int) -> date | None:
    latest: date | None = db.exec(
        select(func.max(Departure.back_on)).where(Departure.member_id == member_id)).one()
    return latest


def _open_departure(db: Session, member_id: int) -> Departure | None:
    return db.exec(select(Departure).where(
        Departure.member_id == member_id, Departure.back_on == None  # noqa: E711 - SQL
    ).order_by(col(Departure.last_day).desc())).first()


def last_day(ctx: Context, member_id: int) -> date | None:
    """The last day of a member who left and has not come back (None: in the team, or left before
    departures were dated)."""
    with ctx.reading() as db:
        departure = _open_departure(db, member_id)
        return departure.last_day if departure else None


def departures(db: Session, member_ids: list[int] | None) -> dict[int, tuple[rules.Departure, ...]]:
    """Each member's times away from the team, in order, as the rules of targets take them: plain rows of the
    reading transaction's connection (an ORM object per departure cost more than the query)."""
    query = _DEPARTURES if member_ids is None else _DEPARTURES_OF
    found: dict[int, list[rules.Departure]] = {}
    for member_id, last_day, back_on in db.connection().execute(query, {"ids": member_ids}).all():
        found.setdefault(member_id, []).append(rules.Departure(last_day, back_on))
    return {member_id: tuple(times) for member_id, times in found.items()}


def team_time(db: Session, member: Member) -> rules.TeamTime:
    """The member's time in the team (rules.in_team): outside it, no activity credits them any hours."""
    away = departures(db, [id_of(member)]).get(id_of(member), ())
    return rules.TeamTime(member.start_date, member.end_date, away)


def check_in_team(db: Session, member: Member, day: date) -> None:
    """Refuse ``day`` for the member's own action (a shift taken, a meeting attended) outside their time in
    the team, saying why: not arrived yet, contract ended, or away from the team."""
    team_time(db, member).check(member.name, day)


# made once: building a statement took longer than running it
_DEPARTURES = core_select(col(Departure.member_id), col(Departure.last_day), col(Departure.back_on)).order_by(
    col(Departure.member_id), col(Departure.last_day))
_DEPARTURES_OF = _DEPARTURES.where(col(Departure.member_id).in_(bindparam("ids", expanding=True)))


def set_pin(ctx: Context, member_id: int, pin: str | None) -> None:
    """Set, change or (with None) remove a member's PIN. Only its argon2id hash is stored."""
    pin_hash = hash_pin(pin) if pin else None
    with ctx.writing() as unit:
        member = _load(unit.db, member_id, lock=True)
        member.pin_hash = pin_hash
        unit.audit("set_pin" if pin else "remove_pin", "member", member.id)


class PinGuard:
    """Counts wrong PINs per member: after five, the member waits a minute.

    Kept in memory on purpose: the lock protects a shared desk from guessing, and a restart
    of Cercle already costs a guesser more than the minute.
    """

    def __init__(self) -> None:
        self._failures: dict[int, int] = {}
        self._locked_until: dict[int, float] = {}

    def check(self, ctx: Context, member_id: int, pin: str) -> None:
        """Raise RuleViolation unless ``pin`` is the member's PIN (or the member has none)."""
        now = ctx.now().timestamp()
        locked_until = self._locked_until.get(member_id, 0.0)
        if now < locked_until:
            raise RuleViolation(TOO_MANY_TRIES, seconds=int(locked_until - now) + 1)
        with ctx.reading() as db:
            pin_hash = _load(db, member_id).pin_hash
        if pin_hash is None or _matches(pin_hash, pin):
            self._failures.pop(member_id, None)
            return
        failures = self._failures.get(member_id, 0) + 1
        self._failures[member_id] = failures
        if failures >= MAX_PIN_TRIES:
            self._failures.pop(member_id)
            self._locked_until[member_id] = now + PIN_LOCK_SECONDS
            raise RuleViolation(TOO_MANY_TRIES, seconds=PIN_LOCK_SECONDS)
        raise RuleViolation(WRONG_PIN)


def _matches(pin_hash: str, pin: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return _hasher().verify(pin_hash, pin)
    except (VerificationError, InvalidHashError):
        return False
