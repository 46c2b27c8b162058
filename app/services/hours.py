"""Hours: time categories, manual entries, absences, week targets, the week grid, balances, validation.

Profession hours are either recorded in full, or (setting ``profession_hours_assumed``) assumed as
planned: the member then records only the differences, which may be negative. Only counted entries
(not the pending ones, see app.services.time_entries) enter totals and balances.
"""

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import date, timedelta
from fractions import Fraction
from functools import cache, cached_property, lru_cache, partial
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Date, Select, and_, bindparam, func, or_
from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from app.domain import hours as rules
from app.domain import names
from app.domain.errors import QT_TRANSLATE_NOOP, CercleError, Marked, RuleViolation, as_shown
from app.domain.kept_years import check_calendar_days
from app.services import balances, centre, members, settings, time_entries
from app.services.changes import Entity
from app.services.context import Context, UnitOfWork, id_of
from app.services.errors import INACTIVE_MEMBER, UNKNOWN_MEMBER, NotAllowed, NotFound, StaleEdit
from app.services.members import name_key
from app.storage.models import Centre, Departure, Member, Setting
from app.storage.models.hours import (
    Absence,
    OpeningBalance,
    TimeCategory,
    TimeEntry,
    WeekValidation,
)
from app.storage.weeks import monday_of_week_number, week_number

PROFESSION = "profession"
ABSENCE_KINDS = rules.ABSENCE_KINDS
MINUTES_PER_DAY = 24 * 60
MAX_OPENING_MINUTES = 100_000
EVERY_WEEKDAY = tuple(range(7))

UNKNOWN_CATEGORY = QT_TRANSLATE_NOOP("Errors", "This time category does not exist.")
UNKNOWN_ENTRY = QT_TRANSLATE_NOOP("Errors", "This time entry does not exist (any more).")
UNKNOWN_ABSENCE = QT_TRANSLATE_NOOP("Errors", "This absence does not exist (any more).")
EMPTY_LABEL = QT_TRANSLATE_NOOP("Errors", "Give the category a name.")
DUPLICATE_LABEL = QT_TRANSLATE_NOOP("Errors", "Another category is already called {label}.")
CATEGORY_USED = QT_TRANSLATE_NOOP("Errors", "{label} already holds hours: retire it instead of deleting it.")
PROFESSION_KEPT = QT_TRANSLATE_NOOP("Errors", "The profession category cannot be retired or deleted.")
RETIRED_CATEGORY = QT_TRANSLATE_NOOP("Errors", "{label} is retired: choose another category.")
KIND_FIXED_PROFESSION = QT_TRANSLATE_NOOP(
    "Errors", "{label} is built into Cercle as the category of the profession: its kind cannot be changed."
)
KIND_FIXED_SELF_MANAGEMENT = QT_TRANSLATE_NOOP(
    "Errors", "{label} is built into Cercle as a category of self-management (Cercle credits its hours itself): "
              "its kind cannot be changed."
)
KIND_HOLDS_HOURS = QT_TRANSLATE_NOOP(
    "Errors", "{label} already holds hours: changing its kind would move them to the other count. Retire it "
              "and create another category of the right kind instead."
)
KIND_CREDITS_MEETINGS = QT_TRANSLATE_NOOP(
    "Errors", "Meetings credit their time to {label}: in Settings, choose another category for them first."
)
NEGATIVE_MINUTES = QT_TRANSLATE_NOOP("Errors", "A duration cannot be negative.")
NEGATIVE_ONLY_DIFFERENCES = QT_TRANSLATE_NOOP(
    "Errors", "Only a difference in profession hours (when they are assumed as planned) can be negative."
)
WEEK_LOCKED = QT_TRANSLATE_NOOP("Errors", "The week of {day} is validated: unlock it first to change it.")
NOT_YET = QT_TRANSLATE_NOOP("Errors", "{day} has not come yet: hours are recorded once they are done.")
BEFORE_ARRIVAL = QT_TRANSLATE_NOOP("Errors", "{name} arrived on {day}: no hours can be recorded before.")
AFTER_CONTRACT = QT_TRANSLATE_NOOP("Errors", "{name}'s contract ended on {day}: no hours can be recorded after.")
AUTOMATIC_ENTRY = QT_TRANSLATE_NOOP(
    "Errors", "This entry comes from another part of Cercle; change it there (a shift, a meeting...)."
)
BELOW_AUTOMATIC = QT_TRANSLATE_NOOP(
    "Errors", "This cell already holds {automatic} credited automatically; type at least that."
)
ALREADY_VALIDATED = QT_TRANSLATE_NOOP("Errors", "This week is already validated.")
WEEK_AHEAD = QT_TRANSLATE_NOOP("Errors", "The week of {day} has not begun: a week is validated once it has.")
NOT_VALIDATED = QT_TRANSLATE_NOOP("Errors", "This week is not validated.")
REASON_NEEDED = QT_TRANSLATE_NOOP("Errors", "Say why the week is unlocked.")
OPENING_RANGE = QT_TRANSLATE_NOOP("Errors", "A starting balance must stay within {hours} hours.")


# --- read objects ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CategoryView:
    id: int
    code: str
    label: str
    is_self_management: bool
    active: bool
    position: int


@dataclass(frozen=True)
class EntryView:
    id: int
    member_id: int
    day: date
    category_id: int
    minutes: int
    note: str
    automatic: bool
    source: str | None
    pending: bool


@dataclass(frozen=True)
class AbsenceView:
    id: int
    member_id: int
    first_day: date
    last_day: date
    kind: str
    half_day_start: bool
    half_day_end: bool
    note: str


@dataclass(frozen=True)
class RecordedAbsence(AbsenceView):
    """An absence just recorded, with what it changed on the rota (the shifts it freed) to tell. Apart from the
    absence's view: those are read by the thousand from its stored columns."""

    warnings: tuple[CercleError, ...] = ()


def _category_view(row: TimeCategory) -> CategoryView:
    return CategoryView(id_of(row), row.code, row.label, row.is_self_management, row.active, row.position)


def _entry_view(row: TimeEntry) -> EntryView:
    return EntryView(id_of(row), row.member_id, row.day, row.category_id, row.minutes, row.note, row.automatic,
                     row.source, row.pending)


def _absence_view(row: Absence) -> AbsenceView:
    return AbsenceView(id_of(row), row.member_id, row.first_day, row.last_day, row.kind, row.half_day_start,
                       row.half_day_end, row.note)


week_start = rules.monday_of  # the Monday of a day's ISO week


# --- categories -----------------------------------------------------------------------------------


def list_categories(ctx: Context, *, include_retired: bool = False) -> list[CategoryView]:
    with ctx.reading() as db:
        return _categories(db, include_retired)


def _categories(db: Session, include_retired: bool = True) -> list[CategoryView]:
    query = select(TimeCategory).order_by(col(TimeCategory.position), col(TimeCategory.id))
    if not include_retired:
        query = query.where(TimeCategory.active)
    return [_category_view(row) for row in db.exec(query)]


def _tidy_label(unit: UnitOfWork, label: str, category_id: int | None) -> str:
    """``label`` on one line, unless empty or another category's (whatever the case). The labels are read once
    the profession's row is locked (PostgreSQL; SQLite's BEGIN IMMEDIATE serialises writers): two workstations
    naming a category at once name it one after the other, the second reading the first's label (and code).
    FOR NO KEY UPDATE: the hours recorded in it meanwhile are not held up."""
    label = names.tidy(label)
    if not label:
        raise RuleViolation(EMPTY_LABEL)
    unit.db.exec(select(TimeCategory.id).where(TimeCategory.code == PROFESSION).with_for_update(key_share=True)).all()
    for row in unit.db.exec(select(TimeCategory).where(TimeCategory.id != category_id) if category_id is not None
                            else select(TimeCategory)):
        if _reads_as(row.label, label):
            raise RuleViolation(DUPLICATE_LABEL, label=Marked(row.label, "Categories"))  # said as it reads
    return label


def _reads_as(stored: str, typed: str) -> bool:
    """Whether a category's label, as stored or as the user reads it, is ``typed`` whatever the case: the
    built-in ones are stored in English and shown translated (« Réunions »). Compared in Python (a few rows),
    since SQL's lower() folds only ASCII on SQLite."""
    return names.fold(typed) in label_keys(stored)


def label_keys(stored: str) -> frozenset[str]:
    """The keys a category's label is found by (``names.fold``): as stored, and as the user reads it."""
    return frozenset({names.fold(stored), names.fold(as_shown(Marked(stored, "Categories")))})


def _code_for(unit: UnitOfWork, label: str) -> str:
    """A stable code from the label (ascii, lower case, underscores), unique among categories."""
    ascii_label = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "_", ascii_label.lower()).strip("_")[:32] or "category"
    taken = set(unit.db.exec(select(TimeCategory.code)))
    code, number = base, 2
    while code in taken:
        code, number = f"{base}_{number}", number + 1
    return code


def add_category(ctx: Context, label: str, *, is_self_management: bool = True) -> CategoryView:
    """A new category, placed last."""
    with ctx.writing() as unit:
        return insert_category(unit, label, is_self_management)


def insert_category(unit: UnitOfWork, label: str, is_self_management: bool) -> CategoryView:
    """:func:`add_category` within a transaction under way."""
    label = _tidy_label(unit, label, None)
    position = (unit.db.exec(select(func.max(TimeCategory.position))).one() or 0) + 1
    row = unit.add(TimeCategory(code=_code_for(unit, label), label=label,
                                is_self_management=is_self_management, position=position))
    unit.audit("add", "time_category", row.id, after=row)
    return _category_view(row)


def rename_category(ctx: Context, category_id: int, label: str, expected: CategoryView | None = None) -> CategoryView:
    """Give a category a new label. ``expected``: the category as the window showed it; renamed since (at
    another workstation), StaleEdit carrying it as saved, and nothing written."""
    with ctx.writing() as unit:
        row = _load_category(unit.db, category_id, lock=True)
        if expected is not None and row.label != expected.label:
            raise StaleEdit(_category_view(row))
        label = _tidy_label(unit, label, category_id)
        with unit.change(row, Entity.TIME_CATEGORY, "rename"):
            row.label = label
        return _category_view(row)


def set_category_active(ctx: Context, category_id: int, active: bool) -> CategoryView:
    """Retire a category (its hours stay and still count) or bring it back."""
    with ctx.writing() as unit:
        return change_active(unit, _load_category(unit.db, category_id), active)


def change_active(unit: UnitOfWork, row: TimeCategory, active: bool) -> CategoryView:
    """:func:`set_category_active` within a transaction under way."""
    if row.code == PROFESSION and not active:
        raise RuleViolation(PROFESSION_KEPT)
    with unit.change(row, Entity.TIME_CATEGORY, "reactivate" if active else "retire"):
        row.active = active
    return _category_view(row)


def delete_category(ctx: Context, category_id: int) -> None:
    """Delete a category that never held any hours (a used one is retired instead)."""
    with ctx.writing() as unit:
        row = _load_category(unit.db, category_id)
        if row.code == PROFESSION:
            raise RuleViolation(PROFESSION_KEPT)
        used = unit.db.exec(select(TimeEntry.id).where(TimeEntry.category_id == category_id)).first()
        if used is not None:
            raise RuleViolation(CATEGORY_USED, label=Marked(row.label, "Categories"))  # said as it reads
        before = row.model_dump()
        unit.db.delete(row)
        unit.db.flush()
        unit.audit("delete", "time_category", category_id, before=before)


# The built-in categories whose kind the rules fix (code -> of self-management?): the profession hours are
# the 25 h; reception, meetings and workshops are credited by Cercle itself, to the 10 h of self-management.
# (app.services.credits credits the last three by these codes; it is loaded only to read what meetings credit.)
FIXED_KINDS = {PROFESSION: False, "reception": True, "meetings": True, "workshops": True}


def change_category_kind(ctx: Context, category_id: int, is_self_management: bool) -> CategoryView:
    """Move a category to the other side (profession or self-management), while no hours were ever recorded in
    it: nothing counted changes sides, no figure already printed changes."""
    with ctx.writing() as unit:
        return change_kind(unit, _load_category(unit.db, category_id, lock=True), is_self_management)


def change_kind(unit: UnitOfWork, row: TimeCategory, is_self_management: bool) -> CategoryView:
    """:func:`change_category_kind` within a transaction under way (``row`` locked: see :func:`_load_category`);
    asking for the kind it has changes nothing."""
    if row.is_self_management != is_self_management:
        problem = kind_refusal(unit.db, row, is_self_management)
        if problem is not None:
            raise problem
        with unit.change(row, Entity.TIME_CATEGORY, "change_kind"):
            row.is_self_management = is_self_management
    return _category_view(row)


def kind_refusal(db: Session, row: TimeCategory, is_self_management: bool) -> RuleViolation | None:
    """Why ``row`` cannot be made a category of self-management (or of the profession), None if it can: a
    built-in category whose kind the rules fix, one holding hours (any entry, counted or pending), one that
    meetings credit their time to (a category of self-management only: they would credit another silently)."""
    label = Marked(row.label, "Categories")  # said as it reads
    if row.code in FIXED_KINDS:
        return RuleViolation(KIND_FIXED_PROFESSION if row.code == PROFESSION else KIND_FIXED_SELF_MANAGEMENT,
                             label=label)
    if db.exec(select(TimeEntry.id).where(TimeEntry.category_id == id_of(row)).limit(1)).first() is not None:
        return RuleViolation(KIND_HOLDS_HOURS, label=label)
    from app.services import credits  # the meetings' tables: the hours report loads none

    if not is_self_management and row.code in credits.meeting_category_codes(db):
        return RuleViolation(KIND_CREDITS_MEETINGS, label=label)
    return None


def kind_refusals(ctx: Context) -> dict[int, RuleViolation]:
    """Each category whose kind cannot change, with why (the other kind asked for); one not listed can change."""
    with ctx.reading() as db:
        found = {id_of(row): kind_refusal(db, row, not row.is_self_management) for row in db.exec(select(TimeCategory))}
    return {category_id: problem for category_id, problem in found.items() if problem is not None}


def locked(db: Session, row: TimeCategory) -> TimeCategory:
    """``row`` read again, locked until the transaction ends (see :func:`_load_category`)."""
    return _load_category(db, id_of(row), lock=True)


def _load_category(db: Session, category_id: int, *, lock: bool = False) -> TimeCategory:
    """The category; ``lock``: its row locked until the transaction ends (PostgreSQL; SQLite's BEGIN IMMEDIATE
    serialises writers): FOR UPDATE waits for an entry being written in it (its foreign key holds the row
    FOR KEY SHARE), so that the check that none is there stays true until the change is committed."""
    row = db.get(TimeCategory, category_id, with_for_update=True if lock else None, populate_existing=lock)
    if row is None:
        raise NotFound(UNKNOWN_CATEGORY)
    return row


# --- manual entries -------------------------------------------------------------------------------


def profession_hours_assumed(ctx: Context) -> bool:
    """Whether profession hours are assumed as planned (only differences recorded)."""
    return bool(settings.get(ctx, ASSUMED))


ASSUMED = "profession_hours_assumed"


def _assumed(db: Session) -> bool:
    """profession_hours_assumed, read inside a service's transaction (no second connection)."""
    return bool(settings.read(db, ASSUMED))


def list_entries(ctx: Context, member_id: int, first_day: date, last_day: date) -> list[EntryView]:
    """The member's entries between two days included, counted and pending."""
    with ctx.reading() as db:
        return _entries(db, member_id, first_day, last_day)


def _entries(db: Session, member_id: int, first_day: date, last_day: date) -> list[EntryView]:
    query = select(TimeEntry).where(
        TimeEntry.member_id == member_id, TimeEntry.day >= first_day, TimeEntry.day <= last_day
    ).order_by(col(TimeEntry.day), col(TimeEntry.id))
    return [_entry_view(row) for row in db.exec(query)]


def record_entry(ctx: Context, member_id: int, day: date, category_id: int, minutes: int,
                 note: str = "") -> EntryView:
    """Record ``minutes`` of manual time; checked first, nothing written when refused."""
    with ctx.writing() as unit:
        _check_writable(unit, member_id, day)
        category = _check_category(unit, category_id, minutes, _assumed(unit.db))
        _check_day_total(unit, member_id, day, category, minutes)
        row = unit.add(TimeEntry(member_id=member_id, day=day, category_id=id_of(category), minutes=minutes,
                                 note=note.strip(), created_at=ctx.now()))
        unit.audit("record", "time_entry", row.id, after=row)
        return _entry_view(row)


def edit_entry(ctx: Context, entry_id: int, minutes: int, note: str | None = None) -> EntryView:
    with ctx.writing() as unit:
        row = _load_manual_entry(unit, entry_id)
        _check_writable(unit, row.member_id, row.day)
        category = _check_category(unit, row.category_id, minutes, _assumed(unit.db), allow_retired=True)
        _check_day_total(unit, row.member_id, row.day, category, minutes, replacing=(id_of(row),))
        with unit.change(row, Entity.TIME_ENTRY):
            row.minutes = minutes
            if note is not None:
                row.note = note.strip()
        return _entry_view(row)


def delete_entry(ctx: Context, entry_id: int) -> None:
    """Delete a manual entry (audited); an automatic one follows its source and cannot be deleted here."""
    with ctx.writing() as unit:
        row = _load_manual_entry(unit, entry_id)
        _check_writable(unit, row.member_id, row.day, removing=True)
        before = row.model_dump()
        unit.db.delete(row)
        unit.db.flush()
        unit.audit("delete", "time_entry", entry_id, before=before)


def set_cell(ctx: Context, member_id: int, day: date, category_id: int, minutes: int) -> None:
    """Make the grid cell (day, category) show ``minutes``: the manual part is set to what the
    automatic credits leave; several manual entries of the cell become one (notes kept)."""
    with ctx.writing() as unit:
        _check_writable(unit, member_id, day, removing=minutes == 0)
        assumed = _assumed(unit.db)
        cell = list(unit.db.exec(select(TimeEntry).where(
            TimeEntry.member_id == member_id, TimeEntry.day == day, TimeEntry.category_id == category_id,
            TimeEntry.pending == False,  # noqa: E712 - SQL
        ).order_by(col(TimeEntry.id)).with_for_update()))
        automatic = sum(row.minutes for row in cell if row.automatic)
        manual_rows = [row for row in cell if not row.automatic]
        manual = minutes - automatic
        if automatic and manual < 0:
            raise RuleViolation(BELOW_AUTOMATIC, automatic=rules.Minutes(automatic))
        category = _check_category(unit, category_id, manual, assumed,
                                   allow_retired=bool(manual_rows) or manual == 0)
        _check_day_total(unit, member_id, day, category, manual,
                         replacing=tuple(id_of(row) for row in manual_rows))
        if manual_rows and sum(row.minutes for row in manual_rows) == manual:
            return
        keep, extra = (manual_rows[0], manual_rows[1:]) if manual_rows else (None, [])
        for row in extra:
            unit.audit("delete", "time_entry", row.id, before=row)
            unit.db.delete(row)
        if manual == 0:
            if keep is not None:
                unit.audit("delete", "time_entry", keep.id, before=keep)
                unit.db.delete(keep)
            unit.db.flush()
            return
        if keep is None:
            row = unit.add(TimeEntry(member_id=member_id, day=day, category_id=id_of(category), minutes=manual,
                                     created_at=ctx.now()))
            unit.audit("record", "time_entry", row.id, after=row)
            return
        with unit.change(keep, Entity.TIME_ENTRY):
            keep.minutes = manual
            keep.note = " / ".join(row.note for row in manual_rows if row.note)


def _load_member(db: Session, member_id: int, *, lock: bool = False) -> Member:
    query = select(Member).where(Member.id == member_id)
    member = db.exec(query.with_for_update() if lock else query).first()
    if member is None:
        raise NotFound(UNKNOWN_MEMBER)
    return member


def _check_writable(unit: UnitOfWork, member_id: int, day: date, *, removing: bool = False) -> None:
    """An active member, a day that has come within their dates (see _check_within_dates; unless ``removing``,
    which may take away an entry recorded outside them before that rule), in a week they have not validated.
    Locks the member's row on PostgreSQL, so that two workstations checking the day total queue up."""
    member = _load_member(unit.db, member_id, lock=True)
    if not member.active:
        raise RuleViolation(INACTIVE_MEMBER, name=member.name)
    if day > unit.context.today():
        raise RuleViolation(NOT_YET, day=rules.day_text(day))
    if not removing:
        _check_within_dates(unit.db, member, day)
    if time_entries.is_locked(unit, member_id, day):
        raise RuleViolation(WEEK_LOCKED, day=day)


def _check_within_dates(db: Session, member: Member, day: date) -> None:
    """Hours are recorded in the member's time in the team, from their arrival to the end of their contract,
    not while they were away: nothing outside it counts (see in_team_time), an entry there would be lost."""
    check_calendar_days(day)
    if member.start_date is not None and day < member.start_date:
        raise RuleViolation(BEFORE_ARRIVAL, name=member.name, day=member.start_date)
    if member.end_date is not None and day > member.end_date:
        raise RuleViolation(AFTER_CONTRACT, name=member.name, day=member.end_date)
    members.check_in_team(db, member, day)  # a day they were away, back since


def _check_category(unit: UnitOfWork, category_id: int, minutes: int, assumed: bool, *,
                    allow_retired: bool = False) -> TimeCategory:
    category = _load_category(unit.db, category_id)
    if not category.active and not allow_retired:
        raise RuleViolation(RETIRED_CATEGORY, label=Marked(category.label, "Categories"))  # said as it reads
    if minutes < 0 and not (assumed and category.code == PROFESSION):
        raise RuleViolation(NEGATIVE_ONLY_DIFFERENCES if category.code == PROFESSION else NEGATIVE_MINUTES)
    return category


def _check_day_total(unit: UnitOfWork, member_id: int, day: date, category: TimeCategory, minutes: int,
                     replacing: tuple[int, ...] = ()) -> None:
    """The day with ``minutes`` of ``category`` written (instead of the entries ``replacing``): at most 24 h, and
    a profession difference takes off no more than was planned that day (rules.check_day_total)."""
    query = select(TimeEntry.category_id, TimeEntry.minutes).where(
        TimeEntry.member_id == member_id, TimeEntry.day == day, TimeEntry.pending == False  # noqa: E712
    )
    if replacing:
        query = query.where(col(TimeEntry.id).not_in(replacing))
    if minutes < -MINUTES_PER_DAY:
        raise RuleViolation(rules.DURATION_TOO_LONG)
    day_rows = unit.db.exec(query).all()
    profession = 0  # only a profession entry moves the day's profession minutes (no other takes any below 0)
    if category.code == PROFESSION:
        profession = minutes + sum(value for category_id, value in day_rows if category_id == category.id)
    planned = _planned_profession(unit, member_id, day) if profession < 0 else 0  # read only when it matters
    rules.check_day_total(minutes + sum(value for _, value in day_rows), profession=profession, planned=planned)


def _planned_profession(unit: UnitOfWork, member_id: int, day: date) -> int:
    """The profession minutes assumed done on ``day``, as the member's week grid shows them today."""
    monday = week_start(day)
    facts = _load_facts(unit.context, unit.db, [member_id], monday, monday)
    return _planned_days(facts, member_id, monday)[day.weekday()]


def _load_manual_entry(unit: UnitOfWork, entry_id: int) -> TimeEntry:
    row = unit.db.exec(select(TimeEntry).where(TimeEntry.id == entry_id).with_for_update()).first()
    if row is None:
        raise NotFound(UNKNOWN_ENTRY)
    if row.automatic:
        raise NotAllowed(AUTOMATIC_ENTRY)
    return row


# --- absences and opening balances ----------------------------------------------------------------


def add_absence(ctx: Context, member_id: int, first_day: date, last_day: date, kind: str = "holiday", *,
                half_day_start: bool = False, half_day_end: bool = False, note: str = "") -> RecordedAbsence:
    """Record an absence; ``half_day_start``: only the afternoon of the first day, ``half_day_end``: only
    the morning of the last day.

    In the same transaction, the member leaves the reception shifts of the absence (of its half days only):
    a seat not started yet opens again, a shift already started is a no-show, with no hours. The warnings
    name each shift."""
    check_calendar_days(first_day, last_day)
    absence = rules.Absence(first_day, last_day, kind, half_day_start, half_day_end)  # checks it
    with ctx.writing() as unit:
        member = _check_weeks_open(unit, member_id, first_day, last_day)  # locked: a claim meanwhile waits
        row = unit.add(Absence(member_id=member_id, first_day=first_day, last_day=last_day, kind=kind,
                               half_day_start=half_day_start, half_day_end=half_day_end, note=note.strip(),
                               created_at=ctx.now()))
        unit.audit("add", "absence", row.id, after=row)
        from app.services import rota  # here: the hours report loads no rota, meetings or workshops tables

        warnings = rota.leave_for_absence(unit, member, id_of(row), absence)
        return RecordedAbsence(**vars(_absence_view(row)), warnings=warnings)


def cancel_absence(ctx: Context, absence_id: int) -> tuple[CercleError, ...]:
    """An absence entered by mistake is cancelled (kept in the history, no longer counted).

    In the same transaction, the member gets back the reception seats the absence took her off, those still free
    on shifts not started (see rota.back_from_absence): the warnings say which came back and which did not."""
    with ctx.writing() as unit:
        row = _absence_kept(unit.db, absence_id)
        member = _check_weeks_open(unit, row.member_id, row.first_day, row.last_day)
        unit.db.refresh(row)  # as it is once the member's row is ours: cancelled at another workstation meanwhile?
        if row.cancelled:
            raise NotFound(UNKNOWN_ABSENCE)
        with unit.change(row, Entity.ABSENCE, "cancel"):
            row.cancelled = True
        from app.services import rota  # as in add_absence

        return rota.back_from_absence(unit, member, absence_id)


def cancel_absence_refusal(ctx: Context, absence_id: int) -> CercleError | None:
    """What cancel_absence would say, refusing to cancel the absence now (gone already, or in a validated week);
    None if it would cancel it. The same rules, asked without writing: a window says why before anyone tries."""
    with ctx.reading() as db:
        try:
            row = _absence_kept(db, absence_id)
        except NotFound as gone:
            return gone
        return _locked_refusal(db, row.member_id, row.first_day, row.last_day)


def _absence_kept(db: Session, absence_id: int) -> Absence:
    """The absence, unless it does not exist or is cancelled already."""
    row = db.get(Absence, absence_id)
    if row is None or row.cancelled:
        raise NotFound(UNKNOWN_ABSENCE)
    return row


def _check_weeks_open(unit: UnitOfWork, member_id: int, first_day: date, last_day: date) -> Member:
    """The member, unless the absence, added or cancelled, falls in a week they validated: it would move the
    targets and the balance they locked, as an entry would (see _check_writable). Locks the member's row first,
    as validate_week does, so that the two queue up on PostgreSQL."""
    member = _load_member(unit.db, member_id, lock=True)
    refused = _locked_refusal(unit.db, member_id, first_day, last_day)
    if refused is not None:
        raise refused
    return member


def _locked_refusal(db: Session, member_id: int, first_day: date, last_day: date) -> RuleViolation | None:
    """Why an absence over ``first_day``..``last_day`` can be neither added nor cancelled: a week of it that the
    member validated. None: all its weeks are open."""
    locked = time_entries.locked_week(db, member_id, first_day, last_day)
    return None if locked is None else RuleViolation(WEEK_LOCKED, day=locked)


def list_absences(ctx: Context, member_id: int | None = None, first_day: date | None = None,
                  last_day: date | None = None) -> list[AbsenceView]:
    with ctx.reading() as db:
        return _absences(db, first_day, last_day, member_id)


def _absences(db: Session, first_day: date | None, last_day: date | None,
              member_id: int | None = None) -> list[AbsenceView]:
    """The absences not cancelled that touch ``first_day``..``last_day`` (open on a side given None), by
    their first day, as plain rows: an ORM object per absence cost more than the query."""
    query = _ABSENCES if member_id is None else _ABSENCES.where(col(Absence.member_id) == member_id)
    values = {"first": first_day or date.min, "last": last_day or date.max}
    return [AbsenceView(*row) for row in db.connection().execute(query, values)]


def set_opening_balance(ctx: Context, member_id: int, from_week: date, profession_minutes: int,
                        self_management_minutes: int) -> None:
    """The balance a member starts with, counted from the week of ``from_week``."""
    for value in (profession_minutes, self_management_minutes):
        if abs(value) > MAX_OPENING_MINUTES:
            raise RuleViolation(OPENING_RANGE, hours=MAX_OPENING_MINUTES // 60)
    with ctx.writing() as unit:
        _load_member(unit.db, member_id)
        row = (unit.db.get(OpeningBalance, member_id)
               or OpeningBalance(member_id=member_id, week_start=week_start(from_week)))
        with unit.change(row, Entity.OPENING_BALANCE, "set_opening_balance"):
            row.week_start = week_start(from_week)
            row.profession_minutes = profession_minutes
            row.self_management_minutes = self_management_minutes


# --- validation -----------------------------------------------------------------------------------


def is_validated(ctx: Context, member_id: int, week: date) -> bool:
    with ctx.reading() as db:
        row = _validation(db, member_id, week)
        return row is not None and not row.unlocked


def _validation(db: Session, member_id: int, week: date, *, lock: bool = False) -> WeekValidation | None:
    query = select(WeekValidation).where(
        WeekValidation.member_id == member_id, WeekValidation.week_start == week_start(week)
    )
    return db.exec(query.with_for_update() if lock else query).first()


def week_has_begun(ctx: Context, week: date) -> bool:
    """Whether the week of ``week`` can be validated: it has begun by the centre's today. Ahead, its hours would
    be locked before they exist (a shift held then would stay pending), and the future is not owed."""
    return week_start(week) <= ctx.today()


def validate_week(ctx: Context, member_id: int, week: date) -> None:
    """The member validates the week of ``week``, once it has begun: it is locked from now on."""
    if not week_has_begun(ctx, week):
        raise RuleViolation(WEEK_AHEAD, day=week_start(week))
    with ctx.writing() as unit:
        _load_member(unit.db, member_id, lock=True)
        row = _validation(unit.db, member_id, week, lock=True)
        if row is not None and not row.unlocked:
            raise RuleViolation(ALREADY_VALIDATED)
        row = row or WeekValidation(member_id=member_id, week_start=week_start(week))
        with unit.change(row, Entity.WEEK_VALIDATION, "validate"):
            row.validated_at, row.unlocked = ctx.now(), False


def unlock_week(ctx: Context, member_id: int, week: date, reason: str) -> int:
    """Unlock a validated week, saying why (audited); the changes waiting for it are applied.

    Returns how many pending changes were applied.
    """
    reason = " ".join(reason.split())
    if not reason:
        raise RuleViolation(REASON_NEEDED)
    with ctx.writing() as unit:
        _load_member(unit.db, member_id, lock=True)
        row = _validation(unit.db, member_id, week, lock=True)
        if row is None or row.unlocked:
            raise RuleViolation(NOT_VALIDATED)
        with unit.change(row, Entity.WEEK_VALIDATION, "unlock"):
            row.unlocked, row.unlock_reason = True, reason
        return time_entries.apply_pending(unit, member_id)


# --- targets, totals and balances -----------------------------------------------------------------


@dataclass(frozen=True)
class WeekTotals:
    """One member's week: targets, what was done, and the gaps (done - target), in minutes."""

    member_id: int
    week_start: date
    target_profession: int
    target_self_management: int
    done_profession: int
    done_self_management: int
    by_category: tuple[tuple[int, int], ...]  # (category id, counted minutes), self-management and profession

    @property
    def gap_profession(self) -> int:
        return self.done_profession - self.target_profession

    @property
    def gap_self_management(self) -> int:
        return self.done_self_management - self.target_self_management

    def minutes_of(self, category_id: int) -> int:
        return dict(self.by_category).get(category_id, 0)


@dataclass(frozen=True)
class BalanceWeek:
    """A week of the running balance: the week's totals and the balance carried at its end."""

    totals: WeekTotals
    balance_profession: int
    balance_self_management: int


# The targets of weeks without absences inside the contract's dates: (contract, the weekdays of the week's
# public holidays, the weekdays counted) -> target (see _week_target). Kept for the process, as a key holds
# everything its target is computed from: no change can make one wrong. Emptied when full.
_USUAL_TARGETS: dict[tuple[rules.Contract, tuple[int, ...], tuple[int, ...]], rules.WeekTarget] = {}
_USUAL_TARGETS_KEPT = 10_000


@dataclass(frozen=True)
class _Recorded:
    """The counted minutes of one member's week."""

    profession: int = 0
    self_management: int = 0
    by_category: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class _Facts:
    """Everything the targets and totals of some members over some weeks are computed from."""

    members: dict[int, "MemberRow"]
    contracts: dict[int, rules.ContractHistory]
    absences: dict[tuple[int, date], list[rules.Absence]]  # (member, Monday) -> absences touching that week
    holidays: frozenset[date]
    recorded: dict[tuple[int, date], _Recorded]  # (member, week) -> minutes
    assumed: bool
    holidays_by_week: dict[date, tuple[int, ...]]  # Monday -> weekdays of its public holidays
    counted: rules.CountedDays  # the days owed and done: never after today
    absence_rows: tuple[AbsenceView, ...] = ()  # the members' absences touching the weeks, by first day

    @property
    def last_counted(self) -> date:
        """The last day counted, which :func:`_load_facts` always bounds (by today at the latest)."""
        assert self.counted.last is not None, "bounded by _load_facts"
        return self.counted.last


class MemberRow(NamedTuple):
    """What the hours read of a member, their contract and their opening balance if any: a plain row, as an
    ORM object per member cost more than its query."""

    id: int
    name: str
    active: bool
    contract_minutes: int
    self_management_minutes: int
    working_days: str
    start_date: date | None
    end_date: date | None
    opening_week: date | None  # the opening balance: the week it counts from (None: none), its minutes
    opening_profession: int | None
    opening_self_management: int | None


# The reads of targets and balances, made once (building a statement took longer than running it) and run
# on the reading transaction's connection as plain rows. Their callers only read: nothing waits to be flushed.
_MEMBERS = core_select(
    col(Member.id), col(Member.name), col(Member.active), col(Member.contract_minutes),
    col(Member.self_management_minutes), col(Member.working_days), col(Member.start_date), col(Member.end_date),
    col(OpeningBalance.week_start), col(OpeningBalance.profession_minutes),
    col(OpeningBalance.self_management_minutes),
).outerjoin(OpeningBalance, col(OpeningBalance.member_id) == Member.id)
_MEMBERS_OF = _MEMBERS.where(col(Member.id).in_(bindparam("ids", expanding=True)))
_ACTIVE_MEMBERS = _MEMBERS.where(col(Member.active))
_SELF_MANAGEMENT_IDS = core_select(col(TimeCategory.id)).where(col(TimeCategory.is_self_management))
# the centre's region and the settings of holidays worked and hours assumed (as stored: None, their default)
_CENTRE_RULES = core_select(
    core_select(col(Centre.holiday_region)).limit(1).scalar_subquery(),
    *(core_select(col(Setting.value)).where(col(Setting.key) == key).scalar_subquery()
      for key in (centre.WORKED_HOLIDAYS, ASSUMED)))
_ABSENCES = core_select(*(col(getattr(Absence, item.name)) for item in fields(AbsenceView))).where(
    col(Absence.cancelled) == False, col(Absence.last_day) >= bindparam("first", type_=Date),  # noqa: E712 - SQL
    col(Absence.first_day) <= bindparam("last", type_=Date)).order_by(col(Absence.first_day), col(Absence.id))


def _member_rows(db: Session, member_ids: list[int] | None, *, active: bool = False) -> dict[int, MemberRow]:
    """The members of ``member_ids``; None: every member, or the active ones."""
    query = _MEMBERS_OF if member_ids is not None else _ACTIVE_MEMBERS if active else _MEMBERS
    return {row.id: row for row in map(MemberRow._make, db.connection().execute(query, {"ids": member_ids}).all())}


@dataclass(frozen=True)
class _Read:
    """The members, and the categories of hours, read once per transaction."""

    members: dict[int, MemberRow]
    categories: tuple[CategoryView, ...] = ()  # read only when shown
    self_management_ids: frozenset[int] | None = None  # known when the categories are read

    @staticmethod
    def of(db: Session, member_ids: list[int] | None, *, categories: bool = False,
           rows: dict[int, MemberRow] | None = None) -> "_Read":
        """``rows``: the members of ``member_ids``, when read already."""
        if rows is None:
            rows = _member_rows(db, member_ids)
        if not categories:
            return _Read(rows)
        shown = tuple(_categories(db))
        return _Read(rows, shown, frozenset(category.id for category in shown if category.is_self_management))

    @property
    def active(self) -> list[MemberRow]:
        return [row for row in self.members.values() if row.active]


@dataclass(frozen=True)
class _Steady:
    """What the targets read that does not depend on the weeks: departures and holiday settings (a Team
    week step takes them again, as it takes the totals)."""

    departures: dict[int, tuple[rules.Departure, ...]]
    region: str
    worked: rules.WorkedHolidays
    assumed: bool
    terms: dict[int, tuple[members.ContractTermView, ...]]

    @staticmethod
    def of(db: Session, member_ids: list[int] | None) -> "_Steady":
        region, worked, assumed = db.connection().execute(_CENTRE_RULES).one()  # one statement for the three
        return _Steady(members.departures(db, member_ids), region or centre.DEFAULT_REGION,
                       rules.WorkedHolidays.from_setting(settings.decoded(centre.WORKED_HOLIDAYS, worked)),
                       bool(settings.decoded(ASSUMED, assumed)), members.contract_terms(db, member_ids))

    def holidays(self, first_year: int, last_year: int) -> frozenset[date]:
        """The public holidays of these years on which the centre is closed (see centre.holidays_off)."""
        return frozenset().union(*(rules.holidays_off(year, self.region, self.worked)
                                   for year in range(first_year, last_year + 1)))


def _load_facts(ctx: Context, db: Session, member_ids: list[int] | None, first_week: date,
                last_week: date, *, by_category: bool = True, recorded_from: date | None = None,
                first_day: date | None = None, last_day: date | None = None, read: _Read | None = None,
                steady: _Steady | None = None) -> _Facts:
    """Members, contracts, absences, holidays and the minutes recorded, summed by week in the database
    (by category, or only profession / self-management when ``by_category`` is False: fewer rows),
    from ``recorded_from`` when only the last weeks' minutes are needed.

    Only the days from ``first_day`` to ``last_day`` (a report's period) and up to today count: a day
    that has not happened is neither owed nor done, whatever was planned or credited for it ahead.

    ``read``: the members and categories the transaction read already; ``steady``: the departures and
    settings read before."""
    today = ctx.today()
    counted = rules.CountedDays(first_day, min(last_day or today, today))
    last_day = last_week + timedelta(days=6)
    read = read or _Read.of(db, member_ids)
    member_rows = read.members
    absences: dict[tuple[int, date], list[rules.Absence]] = defaultdict(list)
    absence_rows = tuple(row for row in _absences(db, first_week, last_day) if row.member_id in member_rows)
    for row in absence_rows:
        for week in _weeks(max(row.first_day, first_week), min(row.last_day, last_day)):
            absences[(row.member_id, week)].append(_rule_absence(row))
    steady = steady or _Steady.of(db, member_ids)
    holidays = steady.holidays(first_week.year, last_day.year)
    contracts = {member_id: _history(row, steady.terms.get(member_id), steady.departures.get(member_id, ()))
                 for member_id, row in member_rows.items()}
    recorded = _recorded(db, member_ids, *counted.clip(recorded_from or first_week, last_day), by_category,
                         read.self_management_ids)
    by_week: dict[date, list[int]] = defaultdict(list)
    for day in sorted(holidays):
        by_week[week_start(day)].append(day.weekday())
    return _Facts(member_rows, contracts, absences, holidays, recorded, steady.assumed,
                  {week: tuple(days) for week, days in by_week.items()}, counted,
                  absence_rows)


def in_team_time(member_id: Any, day: Any) -> ColumnElement[bool]:
    """SQL: ``day`` falls in the time in the team of the member ``member_id`` (columns of the statement it goes
    in, to which it correlates): rules.in_team, in the database's words. The hours of a day outside it count
    nowhere, neither in a balance nor in a report (a credit written there before its dates moved, or by an
    earlier version of Cercle, stays in the table but is not counted)."""
    arrived = core_select(col(Member.id)).where(
        col(Member.id) == member_id, or_(col(Member.start_date).is_(None), col(Member.start_date) <= day),
        or_(col(Member.end_date).is_(None), day <= col(Member.end_date))).exists()
    away = core_select(col(Departure.id)).where(
        col(Departure.member_id) == member_id, col(Departure.last_day) < day,
        or_(col(Departure.back_on).is_(None), day < col(Departure.back_on))).exists()
    return and_(arrived, ~away)


@cache
def _sums(by_category: bool, of_members: bool) -> Select[Any]:
    """The statement of :func:`_recorded`, made once for each way it is run: by category, or by whether the
    category is one of self-management. Only the days in each member's time in the team count."""
    week = week_number(TimeEntry.day)
    category_of = col(TimeEntry.category_id)
    kind = category_of if by_category else category_of.in_(_SELF_MANAGEMENT_IDS)
    query = core_select(col(TimeEntry.member_id), week, kind, func.sum(TimeEntry.minutes)).where(
        col(TimeEntry.pending) == False, col(TimeEntry.day) >= bindparam("first", type_=Date),  # noqa: E712 - SQL
        col(TimeEntry.day) <= bindparam("last", type_=Date), in_team_time(TimeEntry.member_id, TimeEntry.day),
    ).group_by(col(TimeEntry.member_id), week, kind)
    return query.where(col(TimeEntry.member_id).in_(bindparam("ids", expanding=True))) if of_members else query


def _recorded(db: Session, member_ids: list[int] | None, first_day: date, last_day: date,
              by_category: bool, self_management_ids: frozenset[int] | None) -> dict[tuple[int, date], _Recorded]:
    """The counted minutes of each (member, week), summed in the database by category, or only by profession
    and self-management when ``by_category`` is False (fewer rows). The categories are told apart by their
    ids (``self_management_ids``, read here if None): a join to time_category cost as much as the sums
    themselves."""
    ids: frozenset[int] = frozenset()  # by category, those of self-management; else the statement tells
    if by_category:
        ids = self_management_ids if self_management_ids is not None else frozenset(
            found for found in db.connection().execute(_SELF_MANAGEMENT_IDS).scalars() if found is not None)
    query = _sums(by_category, member_ids is not None)
    values = {"ids": member_ids, "first": first_day, "last": last_day}
    # (member, week) -> ([profession, self-management minutes], [(category, minutes)])
    sums: dict[tuple[int, date], tuple[list[int], list[tuple[int, int]]]] = defaultdict(lambda: ([0, 0], []))
    mondays: dict[int, date] = {}
    for member_id, number, category, total in db.connection().execute(query, values).all():  # plain rows, no ORM
        monday = mondays.get(number) or mondays.setdefault(number, monday_of_week_number(number))
        minutes, categories = sums[(member_id, monday)]
        is_self_management = category in ids if by_category else bool(category)
        minutes[1 if is_self_management else 0] += int(total)
        if by_category and total:
            categories.append((category, int(total)))
    return {key: _Recorded(profession, self_management, tuple(sorted(categories)))
            for key, ([profession, self_management], categories) in sums.items()}


def _week_target(facts: _Facts, member_id: int, week: date) -> rules.WeekTarget:
    """The domain's target. Weeks without absences inside the contract's dates differ only by their public
    holidays' weekdays and the weekdays counted (all but in the current week and those ahead): their
    targets are computed once per contract and pattern (see _USUAL_TARGETS), which keeps the balance of
    years of weeks, the weeks ahead and every refresh of the team's balances quick."""
    contract = facts.contracts[member_id].on(week)
    absences = facts.absences.get((member_id, week), ())
    if absences or not contract.covers_days(week, week + timedelta(days=6)):
        return rules.week_target(contract, week, absences, facts.holidays, facts.counted)
    counted = EVERY_WEEKDAY if facts.counted.covers_week(week) else tuple(
        offset for offset in range(7) if week + timedelta(days=offset) in facts.counted)
    key = (contract, facts.holidays_by_week.get(week, ()), counted)
    if (target := _USUAL_TARGETS.get(key)) is None:  # get, not `in`: another thread may empty it meanwhile
        if len(_USUAL_TARGETS) >= _USUAL_TARGETS_KEPT:
            _USUAL_TARGETS.clear()
        target = _USUAL_TARGETS[key] = rules.week_target(contract, week, (), facts.holidays, facts.counted)
    return target


TotalsOf = Callable[[int, date], "WeekTotals"]  # a member's totals of a week


_NOTHING_RECORDED = _Recorded()  # made once: a week's totals are made by the thousand


def _week_totals(facts: _Facts, member_id: int, week: date) -> WeekTotals:
    target = _week_target(facts, member_id, week)
    recorded = facts.recorded.get((member_id, week), _NOTHING_RECORDED)
    done_profession = rules.done_profession_minutes(
        recorded_profession=recorded.profession, target_profession=target.profession_minutes,
        assumed_as_planned=facts.assumed,
    )
    return WeekTotals(member_id, week, target.profession_minutes, target.self_management_minutes,
                      done_profession, recorded.self_management, recorded.by_category)


def _history(member: MemberRow, terms: tuple[members.ContractTermView, ...] | None,
             departures: tuple[rules.Departure, ...]) -> rules.ContractHistory:
    """The member's contracts over time: their terms, or (a member written without any) their own columns."""
    return _history_of(terms or (_term_of_columns(member),), member.start_date, member.end_date, departures)


def _term_of_columns(member: MemberRow) -> members.ContractTermView:
    return members.ContractTermView(date.min, member.contract_minutes, member.self_management_minutes,
                                    member.working_days)


@lru_cache(maxsize=1024)
def _history_of(terms: tuple[members.ContractTermView, ...], start: date | None, end: date | None,
                departures: tuple[rules.Departure, ...]) -> rules.ContractHistory:
    """The same history for the same terms, for the process: made once per member, not at every read."""
    return rules.ContractHistory(tuple(term.effective_from for term in terms), tuple(
        _contract_of(term.contract_minutes, term.self_management_minutes, term.working_days, start, end, departures)
        for term in terms))


@lru_cache(maxsize=1024)
def _contract_of(contract_minutes: int, self_management_minutes: int, working_days: str, start: date | None,
                 end: date | None, departures: tuple[rules.Departure, ...]) -> rules.Contract:
    """The same contract object for the same terms, for the process: made and checked once, and found at
    once among the usual targets (see _USUAL_TARGETS)."""
    return rules.Contract(contract_minutes, self_management_minutes, frozenset(int(char) for char in working_days),
                          start, end, departures)


def _rule_absence(row: AbsenceView) -> rules.Absence:
    return rules.Absence(row.first_day, row.last_day, row.kind, row.half_day_start, row.half_day_end)


def _weeks(first_week: date, last_week: date) -> list[date]:
    count = (week_start(last_week) - week_start(first_week)).days // 7 + 1
    return [week_start(first_week) + timedelta(weeks=index) for index in range(max(count, 0))]


def week_totals(ctx: Context, member_id: int, week: date) -> WeekTotals:
    """The member's targets, done hours and gaps for the week of ``week``."""
    with ctx.reading() as db:
        _load_member(db, member_id)
        facts = _load_facts(ctx, db, [member_id], week_start(week), week_start(week))
        return _week_totals(facts, member_id, week_start(week))


@dataclass(frozen=True)
class WeekSoFar:
    """One member's week up to ``day`` included: what is done, what was due by then, and the week's target."""

    day: date
    done_profession: int
    done_self_management: int
    due_profession: int
    due_self_management: int
    target_profession: int
    target_self_management: int


def week_so_far(ctx: Context, member_id: int, day: date) -> WeekSoFar:
    """The week of ``day`` as it stands that evening: what is done and due up to ``day`` (never after today),
    and the whole week's targets as planned."""
    monday = week_start(day)
    with ctx.reading() as db:
        _load_member(db, member_id)
        facts = _load_facts(ctx, db, [member_id], monday, monday, last_day=day)
    so_far = _week_totals(facts, member_id, monday)
    planned = rules.week_target(facts.contracts[member_id].on(monday), monday, facts.absences.get((member_id, monday), ()),
                                facts.holidays)
    return WeekSoFar(day, so_far.done_profession, so_far.done_self_management, so_far.target_profession,
                     so_far.target_self_management, planned.profession_minutes, planned.self_management_minutes)


class _Start(NamedTuple):
    """The week a member's running balance counts from and the balance carried into it; ``anchored`` when
    that week does not depend on the week asked (an opening balance, an arrival or an entry before it). A
    tuple: one is made per member at every balance, quicker than a frozen dataclass."""

    week: date
    profession: int
    self_management: int
    anchored: bool


@dataclass(frozen=True)
class _Anchors:
    """What the members' running balances start from, whatever the week: their opening balances (week,
    profession, self-management), and the first day of the entries of those with neither opening balance
    nor start date."""

    openings: dict[int, tuple[date, int, int]]
    first_days: dict[int, date]

    @staticmethod
    def of(db: Session, team: list[MemberRow]) -> "_Anchors":
        openings = {member.id: (member.opening_week, member.opening_profession or 0,
                                member.opening_self_management or 0)
                    for member in team if member.opening_week is not None}
        unanchored = [member.id for member in team if member.id not in openings and member.start_date is None]
        first_days: dict[int, date] = {member_id: day for member_id, day in db.connection().execute(
            _FIRST_DAYS, {"ids": unanchored})} if unanchored else {}
        return _Anchors(openings, first_days)


_FIRST_DAYS = core_select(col(TimeEntry.member_id), func.min(TimeEntry.day)).where(
    col(TimeEntry.member_id).in_(bindparam("ids", expanding=True))).group_by(col(TimeEntry.member_id))


def _balance_starts(anchors: _Anchors, team: list[MemberRow], until: date) -> dict[int, _Start]:
    """For each member, where their running balance starts: their opening balance, else the week they
    started, else the week of their first entry (else the week of ``until``)."""
    starts: dict[int, _Start] = {}
    for member in team:
        member_id = member.id
        if (opening := anchors.openings.get(member_id)) is not None:
            starts[member_id] = _Start(*opening, True)
        elif member.start_date is not None:
            starts[member_id] = _Start(week_start(member.start_date), 0, 0, True)
        elif (first := anchors.first_days.get(member_id)) is not None and first <= until:
            starts[member_id] = _Start(week_start(first), 0, 0, True)
        else:
            starts[member_id] = _Start(week_start(until), 0, 0, False)
    return starts


@dataclass(frozen=True)
class _Folds:
    """Where the running balances of some members are folded from: for each, the first week to fold and the
    balance carried into it (see :func:`_fold_from`); with the weeks kept, and the invalidations counted
    when they were read (app.services.balances)."""

    stamp: int | None
    starts: dict[int, tuple[date, int, int]]
    kept: dict[int, balances.Kept]

    @property
    def first_week(self) -> date:
        return min(week for week, _, _ in self.starts.values())


def _plan_folds(ctx: Context, db: Session, stamp: int | None, team: list[MemberRow], until: date,
                shown: int, anchors: "_Anchors | None" = None) -> _Folds:
    """The folds of the last ``shown`` weeks up to the week of ``until`` for the members of ``team`` who have
    started by then; none for the others. ``stamp``: balances.generation, read before anything else in the
    transaction (what is kept must not be older than what it was read from); ``anchors``: those of ``team``,
    when read already."""
    last = week_start(until)
    anchors = anchors or _Anchors.of(db, team)
    starts = {member_id: start for member_id, start in _balance_starts(anchors, team, until).items()
              if start.week <= last}
    if not starts:
        return _Folds(stamp, {}, {})
    shown_from = last - timedelta(weeks=min(shown - 1, (last - date.min).days // 7))
    kept = balances.kept(db, [m for m, start in starts.items() if start.anchored], shown_from, ctx.today())
    return _Folds(stamp, {member_id: _fold_from(start, kept[member_id].before if member_id in kept else None)
                          for member_id, start in starts.items()}, kept)


def _fold(ctx: Context, folds: _Folds, totals_of: TotalsOf, last: date, shown: int) -> dict[int, list[BalanceWeek]]:
    """The last ``shown`` weeks up to ``last`` of each fold, from the totals of its weeks; the weeks over that
    the folds went through are kept for the next time."""
    history = {member_id: _running(totals_of, member_id, _weeks(week, last), profession, self_management)
               for member_id, (week, profession, self_management) in folds.starts.items()}
    kept, today = folds.kept, ctx.today()
    balances.keep(ctx.engine, folds.stamp, [
        {"member_id": member_id, "week_start": week.totals.week_start,
         "profession_minutes": week.balance_profession, "self_management_minutes": week.balance_self_management}
        for member_id, weeks in history.items() if member_id in kept
        for week in weeks if _is_new(week.totals.week_start, kept[member_id].last_week, today)
    ])
    return {member_id: weeks[-shown:] for member_id, weeks in history.items()}


def _balances(ctx: Context, member_ids: list[int] | None, until: date, shown: int) -> dict[int, list[BalanceWeek]]:
    """The last ``shown`` weeks, up to the week of ``until``, of the running balance of each member of
    ``member_ids`` (None: the active members) who has started by then.

    The balance is folded from the latest week kept before those weeks (app.services.balances), else from
    the member's start; the weeks over that this fold went through are kept for the next time."""
    last = week_start(until)
    with ctx.reading() as db:
        stamp = balances.generation(db)  # read first: see _plan_folds
        team = _member_rows(db, member_ids, active=True)
        if member_ids is not None and len(team) < len(set(member_ids)):
            raise NotFound(UNKNOWN_MEMBER)
        folds = _plan_folds(ctx, db, stamp, list(team.values()), until, shown)
        if not folds.starts:
            return {}
        folded = list(folds.starts)
        # the whole team's facts read without a list of their ids (quicker), those of the others unused
        facts = _load_facts(ctx, db, folded if member_ids is not None else None, folds.first_week, last,
                            by_category=False, read=_Read.of(db, folded, rows={m: team[m] for m in folded}))
    return _fold(ctx, folds, partial(_week_totals, facts), last, shown)


def _is_new(week: date, last_kept: date | None, today: date) -> bool:
    """Whether the week is over for long enough to be kept and is not kept yet."""
    return balances.is_keepable(week, today) and (last_kept is None or week > last_kept)


def _fold_from(start: _Start, kept: balances.KeptBalance | None) -> tuple[date, int, int]:
    """The first week to fold and the balance carried into it: the week after the one kept, if any
    since the start."""
    if kept is None or kept.week_start < start.week:
        return start.week, start.profession, start.self_management
    return kept.week_start + timedelta(weeks=1), kept.profession_minutes, kept.self_management_minutes


def balance(ctx: Context, member_id: int, until: date, *, weeks: int = 12) -> list[BalanceWeek]:
    """The last ``weeks`` weeks of the member's running balance, up to the week of ``until``."""
    return _balances(ctx, [member_id], until, weeks).get(member_id, [])


def balance_on(ctx: Context, member_id: int, day: date) -> tuple[int, int]:
    """The member's running balance (profession, self-management) on ``day``, as far as it is counted:
    the balance a member who left on ``day`` finds again when they come back."""
    history = balance(ctx, member_id, day, weeks=1)
    return (history[-1].balance_profession, history[-1].balance_self_management) if history else (0, 0)


def _running(totals_of: TotalsOf, member_id: int, weeks: list[date], profession: int,
             self_management: int) -> list[BalanceWeek]:
    totals = [totals_of(member_id, week) for week in weeks]
    running = rules.running_balance(
        [(_target(week), week.done_profession, week.done_self_management) for week in totals],
        profession, self_management,
    )
    return [BalanceWeek(week, carried.running_profession, carried.running_self)
            for week, carried in zip(totals, running, strict=True)]


_NO_DAYS = Fraction(0)  # the running balance needs no days worked; made once: a Fraction costs a few µs


def _target(totals: WeekTotals) -> rules.WeekTarget:
    return rules.WeekTarget(totals.week_start, _NO_DAYS, totals.target_profession, totals.target_self_management)


def team_balances(ctx: Context, until: date) -> dict[int, BalanceWeek]:
    """Every active member's running balance at the end of the week of ``until`` (missing: not started),
    with that week's totals. Costs the weeks since the last week kept (see :func:`_balances`)."""
    return {member_id: weeks[-1] for member_id, weeks in _balances(ctx, None, until, 1).items()}


@dataclass(frozen=True)
class TeamRow:
    member_id: int
    name: str
    weeks: tuple[WeekTotals, ...]

    def total(self, attribute: str) -> int:
        return sum(getattr(week, attribute) for week in self.weeks)

    def minutes_of(self, category_id: int) -> int:
        return sum(week.minutes_of(category_id) for week in self.weeks)


@dataclass(frozen=True)
class TeamView:
    """Members × weeks, with the categories to total the hours by; the weeks' days from ``first_day`` to
    ``counted_until`` count (``last_day``, asked, may lie after today)."""

    weeks: tuple[date, ...]
    categories: tuple[CategoryView, ...]
    rows: tuple[TeamRow, ...]
    first_day: date
    last_day: date
    counted_until: date

    def category_total(self, category_id: int) -> int:
        return self.category_totals.get(category_id, 0)

    @cached_property
    def category_totals(self) -> dict[int, int]:
        """Each category's minutes over the rows and weeks, summed once (a table of categories asks each)."""
        totals: dict[int, int] = defaultdict(int)
        for row in self.rows:
            for week in row.weeks:
                for category_id, minutes in week.by_category:
                    totals[category_id] += minutes
        return dict(totals)


def team_view(ctx: Context, first_day: date, last_day: date) -> TeamView:
    """The ISO weeks from the week of ``first_day`` to the week of ``last_day``, for the active members
    and for those who left but owed or did hours in these weeks (a report of the past names them too).
    Only the days from ``first_day`` to ``last_day`` count, up to today: the weeks at the edges of a
    period count their days inside it."""
    if last_day < first_day:
        raise RuleViolation(rules.END_BEFORE_START)
    weeks = _weeks(week_start(first_day), week_start(last_day))
    with ctx.reading() as db:
        facts = _load_facts(ctx, db, None, weeks[0], weeks[-1], first_day=first_day, last_day=last_day)
        categories = tuple(_categories(db))
    return _team_view(facts, partial(_week_totals, facts), categories, weeks, first_day, last_day)


def _team_view(facts: _Facts, totals_of: TotalsOf, categories: tuple[CategoryView, ...], weeks: list[date],
               first_day: date, last_day: date) -> TeamView:
    rows = []
    for member in sorted(facts.members.values(), key=lambda m: name_key(m.name)):
        totals = tuple(totals_of(member.id, week) for week in weeks)
        if member.active or any(week.by_category or week.target_profession or week.target_self_management
                                for week in totals):  # one who left, if they owed or did hours in the weeks
            rows.append(TeamRow(member.id, member.name, totals))
    return TeamView(tuple(weeks), categories, tuple(rows), first_day, last_day, facts.last_counted)


@dataclass(frozen=True)
class TeamWeeks:
    """What the Team tab shows: the team's weeks (:func:`team_view`) and each active member's running balance
    at the end of the last of them (:func:`team_balances`); with every member's totals of these weeks and the
    day they were counted up to, which the next week step takes again (see :func:`team_weeks`)."""

    view: TeamView
    balances: dict[int, BalanceWeek]
    today: date = field(default=date.min, repr=False, compare=False)
    totals: dict[tuple[int, date], WeekTotals] = field(default_factory=dict, repr=False, compare=False)
    steady: "_TeamSteady | None" = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class _TeamSteady:
    """What a Team week step reads that does not depend on the weeks: the members and categories, the
    departures and settings, where the balances start."""

    read: _Read
    steady: _Steady
    anchors: _Anchors

    @staticmethod
    def of(db: Session) -> "_TeamSteady":
        read = _Read.of(db, None, categories=True)
        return _TeamSteady(read, _Steady.of(db, None), _Anchors.of(db, read.active))


def team_weeks(ctx: Context, last_week: date, count: int, known: TeamWeeks | None = None) -> TeamWeeks:
    """The ``count`` whole weeks up to the week of ``last_week``: ``team_view`` of them and ``team_balances``
    at their end, read together. The balances fold from the weeks kept through the weeks shown, whose
    totals the view computes anyway.

    ``known``: what the step before read, if nothing changed since (the Team tab passes it on a week step
    only, and forgets it at any change): only the weeks it does not hold are read and totalled, so that a
    step costs one week, not eight; so are the reads that do not depend on the weeks (``_TeamSteady``)."""
    last = week_start(last_week)
    weeks = _weeks(last - timedelta(weeks=count - 1), last)
    first_day, last_day = weeks[0], last + timedelta(days=6)
    reused = known.totals if known is not None and known.today == ctx.today() else {}
    held = {week for _, week in reused}
    missing = [week for week in weeks if week not in held] or [last]
    with ctx.reading() as db:
        stamp = balances.generation(db)  # read first: see _plan_folds
        steady = (known.steady if reused and known is not None else None) or _TeamSteady.of(db)
        read = steady.read  # the members and categories, once
        folds = _plan_folds(ctx, db, stamp, read.active, last, 1, steady.anchors)
        facts = _load_facts(ctx, db, None, missing[0], missing[-1], first_day=first_day, last_day=last_day,
                            read=read, steady=steady.steady)
        if reused and {member_id for member_id, _ in reused} != set(facts.members):  # someone came or went
            reused, missing = {}, weeks
            facts = _load_facts(ctx, db, None, weeks[0], last, first_day=first_day, last_day=last_day, read=read,
                                steady=steady.steady)
        categories = read.categories
        # weeks to fold before those shown (the weeks kept lag behind, or none is kept yet): read apart
        earlier = _load_facts(ctx, db, list(folds.starts), folds.first_week, last, by_category=False,
                              steady=steady.steady) if (
            folds.starts and folds.first_week < weeks[0]) else None
    totals = {(member_id, week): reused.get((member_id, week)) or _week_totals(facts, member_id, week)
              for member_id in facts.members for week in weeks}
    view = _team_view(facts, lambda member_id, week: totals[(member_id, week)], categories, weeks, first_day,
                      last_day)
    shown = _fold(ctx, folds, partial(_week_totals, earlier) if earlier else lambda member_id, week: totals[
        (member_id, week)], last, 1)
    return TeamWeeks(view, {member_id: history[-1] for member_id, history in shown.items()}, ctx.today(), totals,
                     steady)


# --- the week grid --------------------------------------------------------------------------------


@dataclass(frozen=True)
class WeekGrid:
    """What the timesheet of one member's week shows."""

    member_id: int
    member_name: str
    week_start: date
    days: tuple[date, ...]
    working_days: frozenset[int]
    categories: tuple[CategoryView, ...]
    cells: dict[tuple[date, int], int]  # counted minutes of (day, category id)
    automatic: dict[tuple[date, int], int]  # the automatic part of those
    pending: tuple[EntryView, ...]
    totals: WeekTotals
    balance_profession: int  # at the end of the week
    balance_self_management: int
    validated: bool
    unlock_reason: str
    assumed: bool
    absences: tuple[AbsenceView, ...]
    holidays: frozenset[date]
    # the profession minutes assumed done each day when they are assumed as planned (else empty): the
    # week's profession target spread over its days worked, so that the rows add up to what is done
    planned: dict[date, int] = field(default_factory=dict)

    @property
    def carried_profession(self) -> int:
        """The profession balance carried in from the weeks before this one."""
        return self.balance_profession - self.totals.gap_profession

    @property
    def carried_self_management(self) -> int:
        return self.balance_self_management - self.totals.gap_self_management

    def cell(self, day: date, category_id: int) -> int:
        return self.cells.get((day, category_id), 0)

    def day_total(self, day: date) -> int:
        return self.planned.get(day, 0) + sum(value for (cell_day, _), value in self.cells.items()
                                             if cell_day == day)

    def category_total(self, category_id: int) -> int:
        return sum(value for (_, cell_category), value in self.cells.items() if cell_category == category_id)


def _planned_days(facts: _Facts, member_id: int, monday: date) -> list[int]:
    """The profession minutes assumed done on each day of the week of ``monday`` (none unless they are assumed as
    planned): the week's profession target, as counted, spread over its days worked, so that they add up to it."""
    if not facts.assumed:
        return [0] * 7
    shares = rules.day_shares(facts.contracts[member_id].on(monday), monday,
                              facts.absences.get((member_id, monday), ()), facts.holidays, facts.counted)
    return rules.spread(_week_target(facts, member_id, monday).profession_minutes, shares)


def week_grid(ctx: Context, member_id: int, week: date) -> WeekGrid:
    """The member's timesheet for the week of ``week``: cells, totals, targets, gaps, balance, lock."""
    monday = week_start(week)
    days = tuple(monday + timedelta(days=index) for index in range(7))
    with ctx.reading() as db:  # one transaction; the balance folds from the weeks kept (see _balances)
        stamp = balances.generation(db)  # read first: see _plan_folds
        member = _member_rows(db, [member_id]).get(member_id)
        if member is None:
            raise NotFound(UNKNOWN_MEMBER)
        read = _Read.of(db, [member_id], categories=True, rows={member_id: member})
        folds = _plan_folds(ctx, db, stamp, [member], monday, 1)
        entries = _entries(db, member_id, days[0], days[-1])
        # with the weeks to fold before this one (those kept lag behind, or none is kept yet)
        first_week = min(folds.first_week, monday) if folds.starts else monday
        facts = _load_facts(ctx, db, [member_id], first_week, monday, read=read)
        totals = _week_totals(facts, member_id, monday)
        validation = _validation(db, member_id, monday)
        used = {entry.category_id for entry in entries}
        categories = tuple(c for c in read.categories if c.active or c.id in used)
        absences = tuple(row for row in facts.absence_rows  # read with the facts' weeks
                         if row.member_id == member_id and row.last_day >= days[0] and row.first_day <= days[-1])
    history = _fold(ctx, folds, partial(_week_totals, facts), monday, 1).get(member_id, [])
    cells: dict[tuple[date, int], int] = defaultdict(int)
    automatic: dict[tuple[date, int], int] = defaultdict(int)
    contract = facts.contracts[member_id].on(monday)  # the week's own, whatever the member's now
    for entry in entries:
        # a shift ahead is credited once it is held; a day outside the member's time in the team counts nothing
        if entry.pending or entry.day > facts.last_counted or not contract.covers(entry.day):
            continue
        cells[(entry.day, entry.category_id)] += entry.minutes
        if entry.automatic:
            automatic[(entry.day, entry.category_id)] += entry.minutes
    carried = history[-1] if history else None
    planned = dict(zip(days, _planned_days(facts, member_id, monday), strict=True))
    return WeekGrid(
        member_id=member_id, member_name=member.name, week_start=monday, days=days,
        working_days=contract.working_days, categories=categories,
        cells=dict(cells), automatic=dict(automatic), pending=tuple(e for e in entries if e.pending),
        totals=totals,
        balance_profession=carried.balance_profession if carried else totals.gap_profession,
        balance_self_management=carried.balance_self_management if carried else totals.gap_self_management,
        validated=validation is not None and not validation.unlocked,
        unlock_reason=validation.unlock_reason if validation else "",
        assumed=facts.assumed, absences=absences,
        holidays=frozenset(day for day in days if day in facts.holidays),
        planned=planned if facts.assumed else {},
    )
